"""Categories, tags and sources for imported posts.

Kabar's categories are flat: a WordPress subcategory maps to its top-level
ancestor, and the subcategory's own name comes across as a tag, so nothing
is lost. A post in several top-level categories is filed under the first
(other than "Uncategorized"); the others become tags too. "Uncategorized"
(and a published post with no category) maps to "Umum".

Categories, tags and sources are matched on their slug, then on their name,
and created when missing; existing ones are reused as they are (editors own
their names). A source comes from a post's custom fields: ``source``,
``sumber``, ``source_name`` or ``nama_sumber`` name it; ``source_url``,
``sumber_url``, ``url_sumber`` or ``original_url`` give the original
article's address (and, with no name, the source's name and website).
"""

from urllib.parse import urlsplit

from django.utils.text import slugify

from articles.models import Category, Source, Tag

from . import wxr
from .derive import clip, kabar_slug, plain_text
from .summary import Report

DEFAULT_CATEGORY = ("Umum", "umum")
UNCATEGORIZED = frozenset({"uncategorized", "tak-berkategori", "tanpa-kategori"})
SOURCE_NAME_KEYS = ("source", "sumber", "source_name", "nama_sumber")
SOURCE_URL_KEYS = ("source_url", "sumber_url", "url_sumber", "original_url")
_NAME_LENGTH = {Category: 80, Tag: 80, Source: 120}
_SLUG_LENGTH = {Category: 80, Tag: 80, Source: 120}
URL_MAX_LENGTH = 200


def top_level(categories: dict[str, wxr.Term], slug: str) -> str:
    """The slug of the top-level ancestor of the WordPress category ``slug``."""
    seen = {slug}
    while (parent := getattr(categories.get(slug), "parent", "")) and parent not in seen:
        seen.add(parent)
        slug = parent
    return slug


def kabar_category_slug(wp_slug: str) -> str:
    slug = kabar_slug(wp_slug, _SLUG_LENGTH[Category])
    return DEFAULT_CATEGORY[1] if slug in UNCATEGORIZED else slug


class Taxonomy:
    """Finds or creates the categories, tags and sources of the posts, once each per run."""

    def __init__(self, categories: dict[str, wxr.Term], report: Report):
        self.categories = categories
        self.report = report
        self._known: dict[tuple, object] = {}

    def _get(self, model, kind: str, name: str, slug: str, **extra):
        asked = (model, name, slug)
        if asked in self._known:
            return self._known[asked]
        name = clip(plain_text(name), _NAME_LENGTH[model]) or slug
        slug = slug or kabar_slug(name, _SLUG_LENGTH[model])
        if not slug:
            return None
        key = (model, slug)
        if key in self._known:
            self._known[asked] = self._known[key]
            return self._known[key]
        found = model.objects.filter(slug=slug).first() or model.objects.filter(name=name).first()
        if found is None:
            found = model.objects.create(name=name, slug=slug, **extra)
            self.report.count(kind, "created")
        else:
            self.report.count(kind, "unchanged")
        self._known[key] = self._known[asked] = found
        return found

    def category(self, wp_slug: str, name: str) -> Category | None:
        slug = kabar_category_slug(wp_slug)
        if slug == DEFAULT_CATEGORY[1]:
            name = DEFAULT_CATEGORY[0]
        term = self.categories.get(wp_slug)
        description = plain_text(term.description) if term else ""
        return self._get(Category, "categories", name, slug, description=description)

    def default_category(self) -> Category:
        return self._get(Category, "categories", *DEFAULT_CATEGORY)

    def tag(self, wp_slug: str, name: str) -> Tag | None:
        return self._get(Tag, "tags", name, kabar_slug(wp_slug, _SLUG_LENGTH[Tag]))

    def for_item(self, item: wxr.Item) -> tuple[Category | None, list[Tag]]:
        """The post's category (None if it has none) and its tags."""
        tags = []
        filed: dict[str, str] = {}  # top-level WordPress slug -> name, in the post's order
        for domain, wp_slug, name in item.terms:
            if domain == "post_tag":
                tags.append(self.tag(wp_slug, name))
            elif domain == "category":
                wp_slug = wp_slug or slugify(name)
                top = top_level(self.categories, wp_slug)
                if top != wp_slug:
                    tags.append(self.tag(wp_slug, name))
                top_term = self.categories.get(top)
                filed.setdefault(top, top_term.name if top_term and top_term.name else name)
        real = [slug for slug in filed if kabar_category_slug(slug) != DEFAULT_CATEGORY[1]]
        chosen = real[0] if real else next(iter(filed), None)
        tags.extend(self.tag(slug, filed[slug]) for slug in real if slug != chosen)
        category = self.category(chosen, filed[chosen]) if chosen is not None else None
        unique = {tag.pk: tag for tag in tags if tag is not None}
        return category, list(unique.values())

    def source_for(self, item: wxr.Item) -> tuple[Source | None, str]:
        """The post's source and the original article's URL, from its custom fields."""
        name = next((item.meta[k].strip() for k in SOURCE_NAME_KEYS if item.meta.get(k)), "")
        url = next((item.meta[k].strip() for k in SOURCE_URL_KEYS if item.meta.get(k)), "")
        if name.startswith(("http://", "https://")) and not url:
            name, url = "", name
        parts = urlsplit(url) if url else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            url, parts = "", None
        if not name and parts is not None:
            name = parts.hostname.removeprefix("www.")
        if not name:
            return None, ""
        website = f"{parts.scheme}://{parts.hostname}/" if parts is not None else ""
        source = self._get(Source, "sources", name, "", website=website[:URL_MAX_LENGTH])
        return source, url if len(url) <= 500 else ""
