"""The editors' admin, used by a member of the Editor group."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import Article
from tests.factories import make_article, make_source, make_tag, make_user


@pytest.fixture
def admin_objects(article):
    tag = make_tag()
    article.tags.add(tag)
    return {
        "article": article,
        "category": article.category,
        "tag": tag,
        "source": make_source(),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["article", "category", "tag", "source"])
def test_editor_sees_changelist_add_and_change(editor_client, admin_objects, model):
    obj = admin_objects[model]
    for url in [
        reverse(f"admin:articles_{model}_changelist"),
        reverse(f"admin:articles_{model}_add"),
        reverse(f"admin:articles_{model}_change", args=[obj.pk]),
    ]:
        response = editor_client.get(url)
        assert response.status_code == 200, url


@pytest.mark.django_db
def test_changelist_filters_search_and_date_hierarchy(editor_client, article):
    url = reverse("admin:articles_article_changelist")
    response = editor_client.get(url, {"q": article.title, "status__exact": "published"})
    assert response.status_code == 200
    assert article.title in response.content.decode()
    year = article.published_at.year
    assert editor_client.get(url, {"published_at__year": year}).status_code == 200


@pytest.mark.django_db
def test_editor_adds_and_schedules_an_article(editor_client, editor_user, category):
    tag = make_tag(name="NATO", slug="nato")
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Artikel terjadwal",
            "slug": "artikel-terjadwal",
            "lead": "Ringkas.",
            "body": '<p>Isi <script>alert(1)</script><a href="javascript:x">x</a></p>',
            "dateline": "Jakarta",
            "status": "published",
            "published_at_0": "2099-01-01",
            "published_at_1": "08:00:00",
            "editor": editor_user.pk,
            "comments_open": "on",
            "category": category.pk,
            "tags": [tag.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="artikel-terjadwal")
    assert article.is_scheduled
    assert "<script" not in article.body and "javascript:" not in article.body
    assert list(article.tags.all()) == [tag]
    assert not Article.objects.published().filter(pk=article.pk).exists()


@pytest.mark.django_db
def test_bulk_publish_and_unpublish(editor_client, category, editor_user):
    drafts = [
        make_article(category=category, editor=editor_user, status=Article.Status.DRAFT)
        for _ in range(3)
    ]
    url = reverse("admin:articles_article_changelist")
    ids = [a.pk for a in drafts]
    response = editor_client.post(url, {"action": "publish", "_selected_action": ids})
    assert response.status_code == 302
    assert Article.objects.published().filter(pk__in=ids).count() == 3
    editor_client.post(url, {"action": "unpublish", "_selected_action": ids})
    assert Article.objects.published().filter(pk__in=ids).count() == 0


@pytest.mark.django_db
def test_view_on_site_previews_a_draft(editor_client, category, editor_user):
    draft = make_article(category=category, editor=editor_user, status=Article.Status.DRAFT)
    change = editor_client.get(reverse("admin:articles_article_change", args=[draft.pk]))
    shortcut = reverse("admin:view_on_site", args=[_content_type_id(), draft.pk])
    assert shortcut in change.content.decode()
    response = editor_client.get(shortcut, follow=True)
    assert response.status_code == 200
    assert draft.title in response.content.decode()


def _content_type_id():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(Article).pk


@pytest.mark.django_db
def test_tag_autocomplete_answers_editors(editor_client, article):
    make_tag(name="Ukraina", slug="ukraina")
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "Ukr", "app_label": "articles", "model_name": "article", "field_name": "tags"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Ukraina"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name", ["admin:auth_user_changelist", "admin:auth_group_changelist", "admin:auth_user_add"]
)
def test_editor_is_refused_what_is_not_theirs(editor_client, url_name):
    assert editor_client.get(reverse(url_name)).status_code == 403


@pytest.mark.django_db
def test_moderator_cannot_edit_articles(client, article):
    moderator = make_user(is_staff=True, groups=["Moderator"])
    client.force_login(moderator)
    for url in [
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_category_add"),
    ]:
        assert client.get(url).status_code == 403, url


@pytest.mark.django_db
def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


@pytest.mark.django_db
def test_editor_group_holds_the_newsroom_permissions_only():
    permissions = Group.objects.get(name="Editor").permissions.select_related("content_type")
    codenames = {p.codename for p in permissions}
    expected = {
        f"{action}_{model}"
        for model in ("article", "category", "tag", "source")
        for action in ("add", "change", "delete", "view")
    }
    assert expected <= codenames
    # Nothing outside the articles app: no users, groups or comments.
    assert {p.content_type.app_label for p in permissions} == {"articles"}
    assert not any("editorprofile" in codename for codename in codenames)


@pytest.mark.django_db
def test_publish_puts_a_scheduled_article_live_now(editor_client, category, editor_user):
    from datetime import timedelta

    from django.utils import timezone

    scheduled = make_article(
        category=category, editor=editor_user, published_at=timezone.now() + timedelta(days=2)
    )
    url = reverse("admin:articles_article_changelist")
    response = editor_client.post(
        url, {"action": "publish", "_selected_action": [scheduled.pk]}, follow=True
    )
    assert "1 artikel diterbitkan." in response.content.decode()
    scheduled.refresh_from_db()
    assert scheduled.is_published
    assert scheduled.publication_date == timezone.localdate()
    assert editor_client.get(scheduled.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_publish_refuses_a_slug_taken_today(editor_client, category, editor_user):
    from datetime import timedelta

    from django.utils import timezone

    make_article(category=category, editor=editor_user, slug="sama", published_at=timezone.now())
    later = make_article(
        category=category,
        editor=editor_user,
        slug="sama",
        published_at=timezone.now() + timedelta(days=3),
    )
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [later.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "0 artikel diterbitkan." in html
    assert "tidak dapat diterbitkan sekarang" in html
    later.refresh_from_db()
    assert later.is_scheduled
