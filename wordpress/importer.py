"""The import as a whole: read the file through once, then import it in one transaction.

1. The whole export is read and checked (``index.scan``) before anything
   is written: a malformed, truncated or hostile file, or one that is not
   WXR 1.1 or 1.2, stops the import here with the database untouched.
2. Every post's address is decided (``addresses``), so links between posts
   can be rewritten as bodies come in.
3. The file is read again and each item imported, in one transaction: an
   error anywhere leaves nothing behind, and ``dry_run`` rolls it back at
   the end, so a dry run reports exactly what a real run would do.
"""

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from articles.page_keys import ARTICLES, CATEGORIES, COMMENT_LISTS, article_key, comments_key
from portal.page_cache.changes import pages_changed

from . import wxr
from .addresses import plan_addresses
from .authors import Authors
from .comments_import import SKIPPED_TYPES as SKIPPED_COMMENT_TYPES
from .comments_import import CommentWriter
from .index import ExportIndex, is_imported_post, scan
from .links import LinkRewriter
from .posts import PostContext, import_post
from .progress import CountingFile, Progress
from .summary import Report
from .taxonomy import Taxonomy

# Items that are not posts: the summary's row for each WordPress post type.
SKIPPED_TYPES = {
    "page": "pages",
    "attachment": "attachments",
    "nav_menu_item": "menu items",
    "revision": "revisions",
}


@dataclass
class Options:
    dry_run: bool = False
    # A copy of the old site's wp-content/uploads, and the photo library to
    # store its files in (see photos and photo_library).
    uploads: Path | None = None
    photo_library: object | None = None
    # Where the progress bar goes (shown only if it is a terminal).
    progress_stream: object | None = None


def check(path: Path, options: Options) -> ExportIndex:
    """Read the whole export; raises ``wxr.WxrError`` if it is not one to import."""
    progress = Progress(options.progress_stream, path.stat().st_size, "Checking")
    with open(path, "rb") as raw:
        index = scan(CountingFile(raw, progress))
    progress.finish()
    return index


def run_import(path: Path, options: Options | None = None) -> Report:
    """Import the WordPress export at ``path``; returns what was done."""
    options = options or Options()
    path = Path(path)
    index = check(path, options)
    report = Report()
    with transaction.atomic():
        _import(path, index, options, report)
        if options.dry_run:
            transaction.set_rollback(True)
    return report


def _photos(index: ExportIndex, options: Options, report: Report):
    if options.uploads is None:
        return None
    from .photo_library import kabar_photo_library
    from .photos import Photos

    return Photos(
        options.uploads,
        index.attachments,
        report,
        options.photo_library or kabar_photo_library(),
        dry_run=options.dry_run,
    )


def _import(path: Path, index: ExportIndex, options: Options, report: Report) -> None:
    addresses = plan_addresses(index.posts)
    context = PostContext(
        addresses=addresses,
        links=LinkRewriter(index, addresses),
        taxonomy=Taxonomy(index.categories, report),
        authors=Authors(index.authors, report),
        photos=_photos(index, options, report),
        report=report,
    )
    comments = CommentWriter(report)
    changed: set[int] = set()
    progress = Progress(options.progress_stream, path.stat().st_size, "Importing")
    with open(path, "rb") as raw:
        for record in wxr.read(CountingFile(raw, progress)):
            if isinstance(record, wxr.Item):
                _import_item(record, context, comments, changed)
    comments.flush()
    progress.finish()
    changed |= comments.changed
    if changed:
        keys = [ARTICLES, CATEGORIES, COMMENT_LISTS]
        pages_changed([*keys, *(k for pk in changed for k in (article_key(pk), comments_key(pk)))])


def _import_item(item: wxr.Item, context: PostContext, comments: CommentWriter, changed: set):
    report = context.report
    if is_imported_post(item):
        article, article_changed = import_post(item, context)
        comments.add(item, article)
        if article_changed:
            changed.add(article.pk)
        return
    if item.post_type == "post":  # trashed, auto-draft, or no id
        report.count("articles", "skipped")
    elif item.post_type == "attachment":
        # One attached to a post comes in as that post's photo (--uploads).
        if not item.parent:
            report.count("attachments", "skipped")
    else:
        report.count(SKIPPED_TYPES.get(item.post_type, "other items"), "skipped")
    for comment in item.comments:
        report.count(SKIPPED_COMMENT_TYPES.get(comment.type, "comments"), "skipped")
