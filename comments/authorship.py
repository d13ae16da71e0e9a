"""Which comments this browser sent: their author sees them waiting and may edit them.

No session: two small signed cookies, each sent only where it is read, so
neither splits a cached page for anyone else.

- ``kabar_penulis``, path ``/komentar/``: (article, comment) ids of the last
  ``REMEMBERED`` comments. The comment form (a double click finds the
  comment already sent) and the edit and withdraw views read it.
- ``kabar_komentar``, path: the article's own address: the ids of this
  browser's comments on that article. The page cache fills the article
  page's ``own-comments`` part from it (``own_comments_part``), so the
  author alone sees their comment waiting, on a page answered from the
  cache otherwise. Varnish passes that one article's requests.

Both live ``COMMENTS_AUTHOR_COOKIE_SECONDS``; a forged or stale cookie
names nothing.
"""

from django.conf import settings
from django.core import signing

from .models import Comment

AUTHOR_COOKIE = "kabar_penulis"
AUTHOR_PATH = "/komentar/"
ARTICLE_COOKIE = "kabar_komentar"
# Enough for any honest reader; keeps the cookies small.
REMEMBERED = 20
_SALT = "comments.authorship"


def _read(request, name: str) -> list:
    try:
        value = signing.loads(
            request.COOKIES.get(name, ""),
            salt=_SALT,
            max_age=settings.COMMENTS_AUTHOR_COOKIE_SECONDS,
        )
    except signing.BadSignature:
        return []
    return value if isinstance(value, list) else []


def _pairs(request) -> list[tuple[int, int]]:
    pairs = []
    for item in _read(request, AUTHOR_COOKIE):
        if isinstance(item, list) and len(item) == 2 and all(isinstance(i, int) for i in item):
            pairs.append((item[0], item[1]))
    return pairs


def own_comment_ids(request) -> frozenset[int]:
    """The comments this browser sent, as far as the cookie sent with ``request`` says."""
    if request is None:
        return frozenset()
    ids = {comment_id for _, comment_id in _pairs(request)}
    ids.update(i for i in _read(request, ARTICLE_COOKIE) if isinstance(i, int))
    return frozenset(ids)


def remember_comment(request, response, comment: Comment) -> None:
    """Set both cookies on ``response`` so this browser knows ``comment`` as its own."""
    pairs = [p for p in _pairs(request) if p[1] != comment.pk]
    pairs = [*pairs, (comment.article_id, comment.pk)][-REMEMBERED:]
    on_article = [c for a, c in pairs if a == comment.article_id]
    common = {
        "max_age": settings.COMMENTS_AUTHOR_COOKIE_SECONDS,
        "secure": request.is_secure(),
        "httponly": True,
        "samesite": "Lax",
    }
    value = signing.dumps([list(p) for p in pairs], salt=_SALT)
    response.set_cookie(AUTHOR_COOKIE, value, path=AUTHOR_PATH, **common)
    value = signing.dumps(on_article, salt=_SALT)
    path = comment.article.get_absolute_url()
    response.set_cookie(ARTICLE_COOKIE, value, path=path, **common)


def own_comments_part(request, arguments: list[str]) -> dict[str, str]:
    """This browser's own part of an article page: what fills each marker.

    The shared page marks the end of each comment (``c<id>-<level>``: the
    edit link of the author's own comment, their replies to it still
    waiting) and of the list of threads (``t<article id>``, or
    ``T<article id>`` where the article has none yet: their own comments
    still waiting). A waiting comment says "Komentar Anda sedang menunggu
    moderasi". One query, whatever the page.
    """
    ids = [i for i in _read(request, ARTICLE_COOKIE) if isinstance(i, int)][-REMEMBERED:]
    if not ids:
        return {}
    from .editing.services import editable_ids
    from .rendering import edit_link, render_threads

    mine = list(
        Comment.objects.filter(pk__in=ids)
        .exclude(status=Comment.Status.REJECTED)
        .select_related("article")
        .order_by("created_at", "pk")
    )
    editable = editable_ids(mine, frozenset(ids))
    waiting = [c for c in mine if not c.is_approved]

    def threads(parent_id, level, article_id=None):
        shown = [
            c
            for c in waiting
            if c.parent_id == parent_id and (article_id is None or c.article_id == article_id)
        ]
        for comment in shown:
            comment.level = level
            comment.display_children = threads(comment.pk, level + 1)
        return shown

    def html(shown):
        if not shown:
            return ""
        article = shown[0].article
        return render_threads(
            shown,
            is_open=article.is_published and article.discussion_open,
            page_number=1,
            editable=editable,
        )

    parts = {}
    for argument in arguments:
        kind, rest = argument[0], argument[1:]
        number, __, level = rest.partition("-")
        if not number.isdigit():
            continue
        if kind == "c":
            own = next((c for c in mine if c.pk == int(number)), None)
            text = ""
            if own is not None and own.is_approved and own.pk in editable:
                text += f'<p class="comment__actions">{edit_link(own)}</p>'
            replies = html(threads(int(number), int(level or 2)))
            if replies:
                text += f'<ol class="comment-list comment-list--replies">{replies}</ol>'
        elif kind in "tT":
            text = html(threads(None, 1, article_id=int(number)))
            if text and kind == "T":
                text = f'<ol class="comment-list">{text}</ol>'
        else:
            continue
        if text:
            parts[argument] = text
    return parts
