"""Builders for test data: small functions with sensible defaults."""

import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.discovery.sitemaps import NEWS_DAYS
from articles.models import Article, Category, EditorProfile, Source, Tag

_seq = itertools.count(1)


def _n() -> int:
    return next(_seq)


def make_category(**kwargs) -> Category:
    n = _n()
    kwargs.setdefault("name", f"Kategori {n}")
    kwargs.setdefault("slug", f"kategori-{n}")
    return Category.objects.create(**kwargs)


def make_tag(**kwargs) -> Tag:
    n = _n()
    kwargs.setdefault("name", f"Tag {n}")
    kwargs.setdefault("slug", f"tag-{n}")
    return Tag.objects.create(**kwargs)


def make_source(**kwargs) -> Source:
    n = _n()
    kwargs.setdefault("name", f"Sumber {n}")
    kwargs.setdefault("slug", f"sumber-{n}")
    kwargs.setdefault("website", f"https://www.sumber{n}.example")
    return Source.objects.create(**kwargs)


def make_user(*, groups=(), initials=None, password="rahasia-uji-123", **kwargs):
    n = _n()
    kwargs.setdefault("username", f"user{n}")
    kwargs.setdefault("email", f"user{n}@redaksi.example")
    user = get_user_model().objects.create_user(password=password, **kwargs)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    if initials:
        EditorProfile.objects.create(user=user, initials=initials)
    return user


def make_editor(**kwargs):
    kwargs.setdefault("is_staff", True)
    return make_user(groups=["Editor"], **kwargs)


def make_article(*, tags=(), related=(), **kwargs) -> Article:
    n = _n()
    kwargs.setdefault("title", f"Judul artikel {n}")
    kwargs.setdefault("slug", f"judul-artikel-{n}")
    kwargs.setdefault("lead", f"Ringkasan artikel {n}.")
    kwargs.setdefault("body", f"<p>Isi artikel nomor {n}.</p>")
    kwargs.setdefault("status", Article.Status.PUBLISHED)
    # Spread over the hours before now, and always inside the news
    # sitemap's window: never on its edge.
    hours = n % (NEWS_DAYS * 24 - 1) + 1
    kwargs.setdefault("published_at", timezone.now() - timedelta(hours=hours))
    if "category" not in kwargs:
        kwargs["category"] = make_category()
    if "editor" not in kwargs:
        kwargs["editor"] = make_user(is_staff=True, username=f"byline{n}")
    article = Article.objects.create(**kwargs)
    if tags:
        article.tags.set(tags)
    if related:
        article.related.set(related)
    return article


def make_draft_created(*, days_ago: int, **kwargs) -> Article:
    """A complete draft written ``days_ago`` days ago: created then, its time a placeholder."""
    then = timezone.now() - timedelta(days=days_ago)
    kwargs.setdefault("title", "Banjir Rob di Pesisir Utara")
    kwargs.setdefault("slug", "banjir-rob-di-pesisir-utara")
    draft = make_article(status=Article.Status.DRAFT, published_at=then, **kwargs)
    Article.objects.filter(pk=draft.pk).update(created_at=then, updated_at=then)
    draft.refresh_from_db()
    return draft
