"""The keys of what article pages show: declared by pages, announced by changes.

- ``article-<id>``: one article as readers see it. Announced when it is
  saved or deleted, its tags or related articles change, a photo it shows
  changes.
- ``articles``: which articles are published, in what order, and what
  their cards show. Announced when a published article (or one that was)
  is saved or deleted, and when a source is saved.
- ``tag-<id>``: one tag, and which published articles carry it ("Baca
  juga" picks by tag). Announced when it is saved, and when an article
  carrying it is published, unpublished or changed.
- ``source-<id>``, ``editor-<user id>``: a source's name and site, an
  editor's initials. Announced when saved.
- ``categories``: every page's navigation and every card. Announced when
  one is saved or deleted.
- ``poll-options``: the reaction poll's options. Announced when one is
  saved or deleted.
- ``live-<article id>``: a live report's entries (articles.live), read by
  its page and its "what's new" answer. Announced, with ``article-<id>``,
  when an entry is posted, edited or withdrawn and when the report ends.
- ``comments-<article id>`` and ``comment-lists`` (lists ranked by
  comments): announced when a comment is approved, leaves the page, or
  changes while public; never for one that waits for moderation.
"""

ARTICLES = "articles"
CATEGORIES = "categories"
POLL_OPTIONS = "poll-options"
COMMENT_LISTS = "comment-lists"


def article_key(article_id: int) -> str:
    return f"article-{article_id}"


def tag_key(tag_id: int) -> str:
    return f"tag-{tag_id}"


def source_key(source_id: int) -> str:
    return f"source-{source_id}"


def editor_key(user_id: int) -> str:
    return f"editor-{user_id}"


def comments_key(article_id: int) -> str:
    return f"comments-{article_id}"


def live_key(article_id: int) -> str:
    return f"live-{article_id}"
