"""A WordPress post as a Kabar article: created, updated, or left as it is.

Status: ``publish`` becomes published, ``future`` published with its
future time (scheduled), ``draft``, ``pending`` and ``private`` a draft; a
password-protected post is imported as a draft. A published article needs
a category, slug, lead and body: a missing slug comes from the title, a
missing lead from the body's first sentences, a missing category is
"Umum"; a post with no body at all is imported as a draft. Each such
change is noted in the report.

A post imported before (same WordPress id) is compared field by field and
saved only when something differs, so a second run of the same export
changes nothing. What the export holds wins over edits made in Kabar; such
an update is kept in the article's history (a revision), which can restore
the editor's version.
"""

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import reversion
from django.utils.translation import gettext as _

from articles.models import Article
from articles.permalinks.services import permalink_keep
from articles.plain_text import strip_control_characters
from portal.html_cleaner import drop_code_elements

from . import wxr
from .addresses import Address
from .authors import Authors
from .body import body_html, stored_body
from .derive import (
    CONTROL_CHARACTERS,
    LEAD_MAX_LENGTH,
    clip,
    lead_from_body,
    plain_text,
    title_from_body,
    wordpress_slug,
)
from .index import PUBLISHED_STATUSES
from .links import LinkRewriter
from .summary import Report
from .taxonomy import Taxonomy

TITLE_MAX_LENGTH = Article._meta.get_field("title").max_length
WORDPRESS_SLUG_MAX_LENGTH = Article._meta.get_field("wordpress_slug").max_length


@dataclass
class PostContext:
    """What importing a post needs besides the post."""

    addresses: dict[int, Address]
    links: LinkRewriter
    taxonomy: Taxonomy
    authors: Authors
    photos: object | None
    report: Report


def _fields(item: wxr.Item, context: PostContext) -> dict:
    address = context.addresses[item.wp_id]
    notes = [address.note] if address.note else []
    body = body_html(item.content, links=context.links, photos=context.photos, wp_id=item.wp_id)
    readable = drop_code_elements(body)
    title = clip(plain_text(item.title), TITLE_MAX_LENGTH)
    if not title:
        title = clip(title_from_body(readable), TITLE_MAX_LENGTH) or _("Tanpa judul")
        notes.append("title derived from the body")
    published = item.status in PUBLISHED_STATUSES
    if published and item.password:
        published = False
        notes.append("password-protected on WordPress: imported as a draft")
    if published and not plain_text(readable) and "<img" not in readable:
        published = False
        notes.append("no body: imported as a draft")
    lead = clip(plain_text(item.excerpt), LEAD_MAX_LENGTH)
    if published and not lead:
        lead = lead_from_body(readable)
        notes.append("lead taken from the body's first sentences")
    category, tags = context.taxonomy.for_item(item)
    if published and category is None:
        category = context.taxonomy.default_category()
        notes.append("no category: filed under Umum")
    source, original_url = context.taxonomy.source_for(item)
    fields = {
        "title": strip_control_characters(title),
        "slug": address.slug,
        "wordpress_slug": wordpress_slug(
            item.post_name, kabar=address.slug, max_length=WORDPRESS_SLUG_MAX_LENGTH
        ),
        "lead": strip_control_characters(lead),
        "body": body,
        "status": Article.Status.PUBLISHED if published else Article.Status.DRAFT,
        "published_at": address.published_at,
        "editor_id": context.authors.user_for(item.creator).pk,
        "category_id": category.pk if category else None,
        "source_id": source.pk if source else None,
        "original_url": original_url,
        "comments_open": item.comment_status != "closed",
    }
    return {"fields": fields, "tags": {tag.pk for tag in tags}, "notes": notes}


def _differs(article: Article, name: str, value) -> bool:
    if name == "body":
        # The stored body went through the allowlist on save.
        return article.body != stored_body(value)
    return getattr(article, name) != value


def _keep_permalink(item: wxr.Item, article: Article) -> None:
    """Every post keeps its exact WordPress permalink, whatever the site's structure.

    The patterns in ``old_links`` read the common structures (dated, by
    category, ``?p=``), but a site may have used any ("/%postname%/",
    "/berita/%category%/%post_id%-%postname%.html"), and a post whose slug
    had to change (taken on its date, or in another script) must not be
    sent by those patterns to another article's slug. The exact path, kept
    as an old permalink, leads to this one wherever else nothing answers
    (``articles.permalinks.middleware``). A path that is another article's
    own Kabar address stays that article's.
    """
    if not item.link:
        return
    try:
        path = unquote(urlsplit(item.link).path)
    except ValueError:
        return
    # "/" is the home page: a "?p=123" link is read by its query.
    if path.startswith("/") and path != "/" and len(path) <= 600:
        if not CONTROL_CHARACTERS.search(path):
            permalink_keep(path=path, article=article)


def import_post(item: wxr.Item, context: PostContext) -> tuple[Article, bool]:
    """Create or update the article for ``item``; returns it and whether it changed."""
    wanted = _fields(item, context)
    fields, tag_ids = wanted["fields"], wanted["tags"]
    photo = context.photos.featured(item) if context.photos is not None else None
    # Unordered: the default ordering costs more to compile than the lookup itself.
    article = next(iter(Article.objects.filter(wordpress_id=item.wp_id).order_by()[:1]), None)
    if article is None:
        article = Article(wordpress_id=item.wp_id, **fields)
        changed = True
        tags_changed = True
    else:
        changed_fields = [name for name, value in fields.items() if _differs(article, name, value)]
        for name in changed_fields:
            setattr(article, name, fields[name])
        tags_changed = set(article.tags.order_by().values_list("pk", flat=True)) != tag_ids
        changed = bool(changed_fields) or tags_changed
    outcome = "created" if article.pk is None else "updated" if changed else "unchanged"
    if outcome == "created":
        article.save()
        Through = Article.tags.through
        Through.objects.bulk_create([Through(article=article, tag_id=pk) for pk in tag_ids])
    elif changed:
        # An update may overwrite an editor's work: kept as a revision, so the
        # article's history shows it and can restore what was there.
        with reversion.create_revision():
            reversion.set_comment(_("Diperbarui dari impor WordPress."))
            article.save()
            if tags_changed:
                article.tags.set(tag_ids)
    if changed:
        _keep_permalink(item, article)
        for note in wanted["notes"]:
            context.report.note(f"post {item.wp_id}: {note}")
    if context.photos is not None and context.photos.set_featured(article, photo):
        outcome = "updated" if outcome == "unchanged" else outcome
        changed = True
    context.report.count("articles", outcome)
    return article, changed
