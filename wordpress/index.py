"""The first reading of an export: checks the whole file, keeps what later steps look up.

Nothing is written while the file is read the first time, so a file that
turns out malformed, truncated or hostile halfway leaves the database as it
was. What is kept is small: the channel's authors and terms, one short entry
per post (for its new address and for links to it) and per attachment (for
photos), never a body.
"""

import datetime
import re
from dataclasses import dataclass, field

from . import wxr
from .derive import plain_text, wordpress_time

# WordPress statuses of posts that become articles, and what they become.
PUBLISHED_STATUSES = frozenset({"publish", "future"})
DRAFT_STATUSES = frozenset({"draft", "pending", "private"})
IMPORTED_STATUSES = PUBLISHED_STATUSES | DRAFT_STATUSES
_CREDIT = re.compile(r'"credit";s:\d+:"([^"]*)"')


@dataclass(frozen=True)
class PostEntry:
    wp_id: int
    title: str
    post_name: str
    status: str
    published_at: datetime.datetime | None
    link: str
    guid: str


@dataclass(frozen=True)
class Attachment:
    url: str
    alt_text: str
    caption: str
    credit: str
    parent: int


@dataclass
class ExportIndex:
    channel: wxr.Channel
    authors: dict[str, wxr.Author] = field(default_factory=dict)
    categories: dict[str, wxr.Term] = field(default_factory=dict)
    tags: dict[str, wxr.Term] = field(default_factory=dict)
    posts: dict[int, PostEntry] = field(default_factory=dict)
    attachments: dict[int, Attachment] = field(default_factory=dict)
    items: int = 0


def is_imported_post(item: wxr.Item) -> bool:
    return item.post_type == "post" and item.status in IMPORTED_STATUSES and item.wp_id > 0


def scan(source) -> ExportIndex:
    """Read the whole export once; raises ``wxr.WxrError`` for a bad file."""
    index = None
    for record in wxr.read(source):
        if isinstance(record, wxr.Channel):
            index = ExportIndex(channel=record)
        elif isinstance(record, wxr.Author):
            index.authors.setdefault(record.login, record)
        elif isinstance(record, tuple):
            kind, term = record
            target = index.categories if kind == "category" else index.tags
            target.setdefault(term.slug, term)
        elif isinstance(record, wxr.Item):
            index.items += 1
            _keep(index, record)
    return index


def _keep(index: ExportIndex, item: wxr.Item) -> None:
    if is_imported_post(item):
        index.posts[item.wp_id] = PostEntry(
            wp_id=item.wp_id,
            title=plain_text(item.title),
            post_name=item.post_name,
            status=item.status,
            published_at=wordpress_time(item.date_gmt, item.date),
            link=item.link,
            guid=item.guid,
        )
    elif item.post_type == "attachment" and item.attachment_url:
        credit = _CREDIT.search(item.meta.get("_wp_attachment_metadata", ""))
        index.attachments[item.wp_id] = Attachment(
            url=item.attachment_url,
            alt_text=plain_text(item.meta.get("_wp_attachment_image_alt", "")),
            caption=plain_text(item.excerpt),
            credit=plain_text(credit.group(1)) if credit else "",
            parent=item.parent,
        )
