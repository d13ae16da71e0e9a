"""Loads the demo newsroom idempotently: running it twice changes nothing."""

import datetime
import secrets
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from ..models import Article, Category, EditorProfile, Source, Tag
from . import content

SEED_BODY = Path(__file__).with_name("seed_nato.html")


def _aware(parts) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=ZoneInfo(settings.TIME_ZONE))


def _bylines() -> dict:
    User = get_user_model()
    users = {}
    for username, first, last, initials in content.BYLINES:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "is_staff": True},
        )
        if created:
            # A byline, not a login: the account has no usable password.
            user.set_unusable_password()
            user.save(update_fields=["password"])
        EditorProfile.objects.update_or_create(
            user=user,
            defaults={
                "initials": initials,
                "display_name": f"{first} {last}".strip(),
                "slug": slugify(f"{first} {last}"),
            },
        )
        users[username] = user
    return users


def _upsert_article(data: dict, body_html: str, users, categories, sources) -> Article:
    published_at = _aware(data["published_at"])
    slug = data.get("slug") or slugify(data["title"])[:255]
    article = Article.objects.filter(slug=slug, publication_date=published_at.date()).first()
    article = article or Article(slug=slug)
    article.title = data["title"]
    article.lead = data["lead"]
    article.body = body_html
    article.dateline = data["dateline"]
    article.status = Article.Status.PUBLISHED
    article.published_at = published_at
    article.category = categories[data["category"]]
    article.source = sources.get(data.get("source"))
    article.original_url = data.get("original_url", "")
    article.editor = users[data["byline"]]
    article.save()
    tags = []
    for name in data["tags"]:
        tag, _ = Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})
        tags.append(tag)
    article.tags.set(tags)
    return article


@transaction.atomic
def load_demo(*, with_accounts: bool) -> dict:
    """Create or refresh the demo content; return what was made.

    With ``with_accounts``, also (re)create demo editor and moderator logins
    with fresh random passwords, returned so the caller can print them.
    """
    categories = {}
    for position, (name, slug, description) in enumerate(content.CATEGORIES):
        categories[slug], _ = Category.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )
    sources = {}
    for name, slug, website in content.SOURCES:
        sources[slug], _ = Source.objects.update_or_create(
            slug=slug, defaults={"name": name, "website": website}
        )
    users = _bylines()

    articles = {}
    for data in content.ARTICLES:
        body = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in data["body"])
        articles[data["key"]] = _upsert_article(data, body, users, categories, sources)

    seed = content.SEED
    seed_body = SEED_BODY.read_text(encoding="utf-8").format(
        baca_url=articles["baca"].get_absolute_url()
    )
    articles["seed"] = _upsert_article(seed, seed_body, users, categories, sources)
    articles["seed"].related.set([articles[key] for key in seed["related"]])

    accounts = _demo_accounts() if with_accounts else {}
    return {"articles": articles, "seed": articles["seed"], "accounts": accounts}


def _demo_accounts() -> dict:
    """Demo logins for the Editor and Moderator roles, with new passwords."""
    User = get_user_model()
    accounts = {}
    for username, group_name, initials in [
        ("editor", "Editor", "EDT"),
        ("moderator", "Moderator", None),
    ]:
        user, _ = User.objects.get_or_create(username=username)
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.is_staff = True
        user.is_active = True
        user.first_name = group_name
        user.save()
        user.groups.set([Group.objects.get(name=group_name)])
        if initials:
            EditorProfile.objects.update_or_create(user=user, defaults={"initials": initials})
        accounts[username] = password
    return accounts
