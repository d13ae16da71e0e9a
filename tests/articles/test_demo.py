"""``manage.py load_demo``: faithful seed article, enough content, idempotent."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import Article, Category, Source, Tag


@pytest.mark.django_db
def test_seed_article_is_faithful(demo):
    seed = demo["seed"]
    assert seed.title == "NATO: Rusia Serang Kota-Kota Ukraina karena Kalah di Medan Perang"
    assert seed.dateline == "Brussels"
    local = seed.published_at.astimezone(ZoneInfo("Asia/Jakarta"))
    assert local.date() == datetime.date(2022, 10, 11)
    assert local.strftime("%A") == "Tuesday"
    assert seed.category.name == "Internasional"
    assert sorted(seed.tags.values_list("name", flat=True)) == ["NATO", "Rusia", "Ukraina"]
    assert seed.source.name == "Medcom.id"
    assert seed.source.domain == "www.medcom.id"
    assert seed.editor.editor_profile.initials == "WIL"
    assert seed.is_published
    for phrase in ["Jens Stoltenberg", "Nord Stream", "senjata nuklir", "Anadolu Agency"]:
        assert phrase in seed.body


@pytest.mark.django_db
def test_demo_has_enough_published_content(demo):
    published = Article.objects.published()
    others = published.exclude(pk=demo["seed"].pk)
    assert others.count() >= 13  # the "Baca:" article and at least twelve more
    assert others.values("category").distinct().count() >= 4


@pytest.mark.django_db
def test_load_demo_is_idempotent():
    call_command("load_demo", stdout=StringIO())
    counts = [m.objects.count() for m in (Article, Category, Tag, Source, get_user_model())]
    call_command("load_demo", stdout=StringIO())
    assert [m.objects.count() for m in (Article, Category, Tag, Source, get_user_model())] == counts


@pytest.mark.django_db
def test_demo_accounts_only_with_debug(settings):
    settings.DEBUG = False
    quiet = StringIO()
    call_command("load_demo", stdout=quiet)
    assert "password" not in quiet.getvalue()
    assert not get_user_model().objects.filter(username__in=["editor", "moderator"]).exists()

    settings.DEBUG = True
    loud = StringIO()
    call_command("load_demo", stdout=loud)
    output = loud.getvalue()
    User = get_user_model()
    for username, group in [("editor", "Editor"), ("moderator", "Moderator")]:
        user = User.objects.get(username=username)
        assert user.is_staff and user.groups.filter(name=group).exists()
        password = output.split(f"Demo login '{username}', password '")[1].split("'")[0]
        assert user.check_password(password)


@pytest.mark.django_db
def test_byline_users_cannot_log_in(demo):
    wil = get_user_model().objects.get(username="wil")
    assert not wil.has_usable_password()
