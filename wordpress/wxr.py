"""Reading a WordPress export (WXR 1.1 or 1.2) as a stream of small records.

The file is parsed with ``defusedxml``: a DTD (and so any entity
definition, the billion laughs and external entities) is refused outright.
Each ``<item>`` is turned into a record and then dropped from the tree, so
memory stays flat however big the export is.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

SUPPORTED_VERSIONS = ("1.1", "1.2")
# http://wordpress.org/export/1.2/ and WordPress.com's https:// spelling.
_EXPORT_NAMESPACE = re.compile(r"https?://wordpress\.org/export/(\d+(?:\.\d+)*)/")
_EXCERPT_NAMESPACE = re.compile(r"https?://wordpress\.org/export/\d+(?:\.\d+)*/excerpt/")
_PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
}


class WxrError(Exception):
    """The file is not a WordPress export this importer can read."""


@dataclass
class Author:
    login: str
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass
class Term:
    """A category or tag as the export's channel lists it."""

    slug: str
    name: str
    parent: str = ""
    description: str = ""


@dataclass
class Comment:
    wp_id: int
    author: str = ""
    email: str = ""
    url: str = ""
    ip: str = ""
    agent: str = ""
    date: str = ""
    date_gmt: str = ""
    content: str = ""
    approved: str = ""
    type: str = ""
    parent: int = 0


@dataclass
class Item:
    """A post, page, attachment, menu entry or any other WordPress post type."""

    wp_id: int
    post_type: str = ""
    status: str = ""
    title: str = ""
    link: str = ""
    guid: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    post_name: str = ""
    date: str = ""
    date_gmt: str = ""
    parent: int = 0
    comment_status: str = ""
    password: str = ""
    attachment_url: str = ""
    # (domain, nicename, name): domain "category", "post_tag", ...
    terms: list[tuple[str, str, str]] = field(default_factory=list)
    # The first value of each key.
    meta: dict[str, str] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)


@dataclass
class Channel:
    """The site the export comes from."""

    version: str
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""


_names: dict[str, str] = {}


def _name(tag: str) -> str:
    """``{uri}local`` -> ``wp:local``, ``content:local``, ...; plain names as they are."""
    known = _names.get(tag)
    if known is not None:
        return known
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        if _EXCERPT_NAMESPACE.fullmatch(uri):
            prefix = "excerpt"
        elif _EXPORT_NAMESPACE.fullmatch(uri):
            prefix = "wp"
        else:
            prefix = _PREFIXES.get(uri, "other")
        known = f"{prefix}:{local}"
    else:
        known = tag
    _names[tag] = known
    return known


def _int(text: str) -> int:
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() else 0


def _children(element) -> Iterator[tuple[str, str]]:
    for child in element:
        yield _name(child.tag), child.text or ""


def _author(element) -> Author:
    values = dict(_children(element))
    return Author(
        login=values.get("wp:author_login", "").strip(),
        email=values.get("wp:author_email", "").strip(),
        display_name=values.get("wp:author_display_name", "").strip(),
        first_name=values.get("wp:author_first_name", "").strip(),
        last_name=values.get("wp:author_last_name", "").strip(),
    )


def _term(element, kind: str) -> Term:
    values = dict(_children(element))
    if kind == "category":
        return Term(
            slug=values.get("wp:category_nicename", "").strip(),
            name=values.get("wp:cat_name", "").strip(),
            parent=values.get("wp:category_parent", "").strip(),
            description=values.get("wp:category_description", "").strip(),
        )
    return Term(
        slug=values.get("wp:tag_slug", "").strip(),
        name=values.get("wp:tag_name", "").strip(),
        description=values.get("wp:tag_description", "").strip(),
    )


_COMMENT_FIELDS = {
    "wp:comment_author": "author",
    "wp:comment_author_email": "email",
    "wp:comment_author_url": "url",
    "wp:comment_author_IP": "ip",
    "wp:comment_agent": "agent",
    "wp:comment_date": "date",
    "wp:comment_date_gmt": "date_gmt",
    "wp:comment_content": "content",
    "wp:comment_approved": "approved",
    "wp:comment_type": "type",
}


def _comment(element) -> Comment:
    comment = Comment(wp_id=0)
    for name, text in _children(element):
        if name == "wp:comment_id":
            comment.wp_id = _int(text)
        elif name == "wp:comment_parent":
            comment.parent = _int(text)
        elif name in _COMMENT_FIELDS:
            value = text if name == "wp:comment_content" else text.strip()
            setattr(comment, _COMMENT_FIELDS[name], value)
    return comment


_ITEM_FIELDS = {
    "title": "title",
    "link": "link",
    "guid": "guid",
    "dc:creator": "creator",
    "content:encoded": "content",
    "excerpt:encoded": "excerpt",
    "wp:post_type": "post_type",
    "wp:status": "status",
    "wp:post_name": "post_name",
    "wp:post_date": "date",
    "wp:post_date_gmt": "date_gmt",
    "wp:comment_status": "comment_status",
    "wp:post_password": "password",
    "wp:attachment_url": "attachment_url",
}
_VERBATIM = {"content:encoded", "excerpt:encoded", "title"}


def _item(element) -> Item:
    item = Item(wp_id=0)
    for child in element:
        name = _name(child.tag)
        text = child.text or ""
        if name == "wp:post_id":
            item.wp_id = _int(text)
        elif name == "wp:post_parent":
            item.parent = _int(text)
        elif name in _ITEM_FIELDS:
            setattr(item, _ITEM_FIELDS[name], text if name in _VERBATIM else text.strip())
        elif name == "category":
            item.terms.append(
                (child.get("domain", ""), (child.get("nicename") or "").strip(), text.strip())
            )
        elif name == "wp:postmeta":
            meta = dict(_children(child))
            key = meta.get("wp:meta_key", "").strip()
            if key and key not in item.meta:
                item.meta[key] = meta.get("wp:meta_value", "")
        elif name == "wp:comment":
            item.comments.append(_comment(child))
    return item


def read(source) -> Iterator[Channel | Author | tuple[str, Term] | Item]:
    """Yield the records of the export ``source`` (a path or a binary file), in file order.

    First a ``Channel`` (once the export's version is known), then authors,
    ``("category", Term)`` and ``("tag", Term)`` pairs, and items. Raises
    ``WxrError`` for a file that is not a readable WXR 1.1 or 1.2 export;
    records already yielded were read from a file that turned out bad, so a
    caller that must not act on a bad file reads it through once first.
    """
    try:
        yield from _read(source)
    except DefusedXmlException as exc:
        raise WxrError(
            f"refused: the file declares a DTD or entities ({type(exc).__name__}); "
            "a WordPress export never does"
        ) from exc
    except ParseError as exc:
        raise WxrError(f"not well-formed XML ({exc})") from exc


def _read(source):
    events = iterparse(
        source if hasattr(source, "read") else str(source),
        events=("start", "end", "start-ns"),
        forbid_dtd=True,
        forbid_entities=True,
    )
    depth = 0
    channel_element = None
    channel = Channel(version="")
    namespace_versions: set[str] = set()
    announced = False
    for event, value in events:
        if event == "start-ns":
            match = _EXPORT_NAMESPACE.fullmatch(value[1])
            if match:
                namespace_versions.add(match.group(1))
            continue
        if event == "start":
            depth += 1
            if depth == 1 and value.tag != "rss":
                raise WxrError(f"not a WordPress export: the root element is <{value.tag}>")
            if depth == 2 and value.tag == "channel":
                channel_element = value
            continue
        depth -= 1
        if depth != 2 or channel_element is None:
            continue
        name = _name(value.tag)
        record = None
        if name == "item":
            record = _item(value)
        elif name == "wp:author":
            record = _author(value)
        elif name in ("wp:category", "wp:tag"):
            kind = name[3:]
            record = (kind, _term(value, kind))
        elif name == "wp:wxr_version":
            channel.version = (value.text or "").strip()
        elif name in ("link", "wp:base_site_url", "wp:base_blog_url"):
            setattr(channel, name.removeprefix("wp:"), (value.text or "").strip())
        # Whatever else the channel holds (terms of other taxonomies, the
        # generator...) is not needed: dropped like every item once read.
        channel_element.remove(value)
        if record is not None:
            if not announced:
                # The version stands before the first author, term or item.
                _check_version(channel, namespace_versions)
                announced = True
                yield channel
            yield record
    if channel_element is None:
        raise WxrError("not a WordPress export: no <channel> element")
    if not announced:
        _check_version(channel, namespace_versions)
        yield channel


def _check_version(channel: Channel, namespace_versions: set[str]) -> None:
    if not channel.version and not namespace_versions:
        raise WxrError("not a WordPress export: no WXR version (wp:wxr_version) in the channel")
    found = sorted({channel.version, *namespace_versions} - {""})
    unknown = [v for v in found if v not in SUPPORTED_VERSIONS]
    if unknown or not channel.version:
        raise WxrError(
            f"unsupported WXR version {', '.join(unknown or found)}: "
            f"this importer reads WXR {' and '.join(SUPPORTED_VERSIONS)}"
        )
