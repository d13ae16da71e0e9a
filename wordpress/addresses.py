"""Each imported post's publication time and slug, decided before anything is written.

Knowing every article's address up front lets links between posts be
rewritten as the bodies are imported, in any order, and lets a second run
find the same addresses again (so it changes nothing).

A slug is unique per publication date (Kabar's URLs carry the date). The
WordPress slug is kept when it is free; a post without one gets one from
its title; a slug taken on that date by another article gets ``-2``,
``-3``... An article imported before keeps the slug it was given, as long
as its date and WordPress slug are the same.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone

from articles.models import Article

from .derive import kabar_slug
from .index import PostEntry

SLUG_MAX_LENGTH = Article._meta.get_field("slug").max_length
_CHUNK = 500


@dataclass(frozen=True)
class Address:
    published_at: datetime.datetime
    slug: str
    # Why the slug is not the WordPress one, if it is not: for the report.
    note: str = ""

    @property
    def date(self) -> datetime.date:
        return timezone.localdate(self.published_at)


def _chunks(values: list, size: int = _CHUNK):
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _base_slug(entry: PostEntry) -> tuple[str, str]:
    slug = kabar_slug(entry.post_name, SLUG_MAX_LENGTH)
    if slug and slug == entry.post_name:
        return slug, ""
    if slug:
        return slug, f"slug {entry.post_name!r} written as {slug!r}"
    slug = kabar_slug(entry.title, SLUG_MAX_LENGTH)
    if slug:
        return slug, f"slug derived from the title: {slug!r}"
    return f"artikel-{entry.wp_id}", f"slug made from the WordPress id: 'artikel-{entry.wp_id}'"


def _suffixed(base: str, n: int) -> str:
    suffix = f"-{n}"
    return base[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix


def plan_addresses(posts: dict[int, PostEntry]) -> dict[int, Address]:
    """The publication time and slug of every post in ``posts``, by WordPress id."""
    ids = sorted(posts)
    existing: dict[int, tuple[datetime.datetime, str]] = {}
    for chunk in _chunks(ids):
        for wp_id, published_at, slug in Article.objects.filter(wordpress_id__in=chunk).values_list(
            "wordpress_id", "published_at", "slug"
        ):
            existing[wp_id] = (published_at, slug)

    now = timezone.now()
    times = {wp_id: posts[wp_id].published_at or existing.get(wp_id, (now, ""))[0] for wp_id in ids}
    dates = sorted({timezone.localdate(t) for t in times.values()})
    # (date, slug) -> the WordPress id holding it, or None for an article of Kabar's own.
    taken: dict[tuple[datetime.date, str], int | None] = {}
    for chunk in _chunks(dates):
        for day, slug, wp_id in (
            Article.objects.filter(publication_date__in=chunk)
            .exclude(slug="")
            .values_list("publication_date", "slug", "wordpress_id")
        ):
            taken[(day, slug)] = wp_id

    addresses = {}
    for wp_id in ids:
        day = timezone.localdate(times[wp_id])
        base, note = _base_slug(posts[wp_id])
        slug = _kept_slug(existing.get(wp_id), day, base)
        n = 1
        while slug is None:
            candidate = base if n == 1 else _suffixed(base, n)
            if taken.get((day, candidate), wp_id) == wp_id:
                slug = candidate
                if n > 1:
                    note = f"slug {base!r} is taken on {day:%Y-%m-%d}: {candidate!r}"
            n += 1
        taken[(day, slug)] = wp_id
        addresses[wp_id] = Address(published_at=times[wp_id], slug=slug, note=note)
    return addresses


def _kept_slug(existing, day: datetime.date, base: str) -> str | None:
    """The slug an earlier import gave this post, if its date and base still hold."""
    if existing is None:
        return None
    published_at, slug = existing
    if timezone.localdate(published_at) != day:
        return None
    if slug == base or re.fullmatch(re.escape(base[: SLUG_MAX_LENGTH - 4]) + r"-\d+", slug):
        return slug
    return None
