"""Reply-notification addresses: the admin's view of them, stopping them, forgetting idle ones."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from comments.subscriptions.models import NotificationAddress, ReplySubscription
from comments.subscriptions.services import inactive_addresses_purge
from tests import factories
from tests.comments.factories import make_comment

pytestmark = pytest.mark.django_db

LIST = "admin:comments_notificationaddress_changelist"
NOW = timezone.now()


def address(email, *, days_ago=0, confirmed=None, sent=None, left=None, follows=()):
    """An address created ``days_ago``; the other dates are days ago too (None: never)."""

    def ago(days):
        return None if days is None else NOW - timedelta(days=days)

    made = NotificationAddress.objects.create(email=email)
    NotificationAddress.objects.filter(pk=made.pk).update(
        created_at=ago(days_ago),
        confirmation_sent_at=ago(sent),
        confirmed_at=ago(confirmed),
        unsubscribed_at=ago(left),
    )
    for comment in follows:
        ReplySubscription.objects.create(comment=comment, address=made)
    return NotificationAddress.objects.get(pk=made.pk)


@pytest.fixture
def staff_without_private_data(client):
    user = factories.make_user(is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["view_notificationaddress", "change_notificationaddress"]
        )
    )
    client.force_login(user)
    return client


def test_moderators_see_addresses_and_their_state(moderator_client, article):
    address("aktif@contoh.id", confirmed=1, follows=[make_comment(article=article)])
    address("menunggu@contoh.id", sent=0)
    address("berhenti@contoh.id", confirmed=5, left=2)
    page = moderator_client.get(reverse(LIST)).content.decode()
    for email in ("aktif@contoh.id", "menunggu@contoh.id", "berhenti@contoh.id"):
        assert email in page
    for state in ("Aktif", "Menunggu konfirmasi", "Berhenti berlangganan"):
        assert state in page
    found = moderator_client.get(reverse(LIST), {"q": "berhenti@"}).content.decode()
    assert "berhenti@contoh.id" in found and "aktif@contoh.id" not in found


def test_without_the_private_data_permission_the_address_is_masked_and_unsearchable(
    staff_without_private_data, article
):
    stored = address("rahasia.sekali@contoh.id", confirmed=1)
    client = staff_without_private_data
    listing = client.get(reverse(LIST)).content.decode()
    assert "rahasia.sekali" not in listing
    assert "r•••@•••" in listing
    detail = client.get(
        reverse("admin:comments_notificationaddress_change", args=[stored.pk])
    ).content.decode()
    assert "rahasia.sekali" not in detail
    # Neither a search nor a filter in the URL tells whose address it is.
    assert "rahasia.sekali" not in client.get(reverse(LIST), {"q": "rahasia"}).content.decode()
    for probe in ("email__startswith", "inbox__startswith", "inbox__contains", "email"):
        assert client.get(reverse(LIST), {probe: "rahasia"}).status_code == 400, probe
    # The list's own filters still work.
    kept = client.get(reverse(LIST), {"confirmed_at__isnull": "False"})
    assert kept.status_code == 200 and "r•••@•••" in kept.content.decode()


def test_no_one_adds_an_address_and_moderators_cannot_delete_one(moderator_client):
    stored = address("aktif@contoh.id", confirmed=1)
    assert (
        moderator_client.get(reverse("admin:comments_notificationaddress_add")).status_code == 403
    )
    delete = reverse("admin:comments_notificationaddress_delete", args=[stored.pk])
    assert moderator_client.post(delete, {"post": "yes"}).status_code == 403
    assert NotificationAddress.objects.filter(pk=stored.pk).exists()


def test_stopping_notifications_from_the_admin(moderator_client):
    active = address("aktif@contoh.id", confirmed=1)
    left_before = address("berhenti@contoh.id", confirmed=5, left=2)
    response = moderator_client.post(
        reverse(LIST),
        {"action": "stop_notifications", "_selected_action": [active.pk, left_before.pk]},
        follow=True,
    )
    assert "dihentikan untuk 1 alamat" in response.content.decode()
    active.refresh_from_db()
    assert not active.is_active
    # An address that had left keeps the day it left.
    assert (
        NotificationAddress.objects.get(pk=left_before.pk).unsubscribed_at
        == left_before.unsubscribed_at
    )


def test_the_listing_costs_the_same_queries_for_many_addresses(
    moderator_client, article, django_assert_max_num_queries
):
    comment = make_comment(article=article)
    address("satu@contoh.id", confirmed=1, follows=[comment])
    with django_assert_max_num_queries(12) as few:
        assert moderator_client.get(reverse(LIST)).status_code == 200
    for n in range(30):
        address(f"pembaca{n}@contoh.id", confirmed=1, follows=[make_comment(article=article)])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = moderator_client.get(reverse(LIST))
    assert response.status_code == 200
    # Every address is listed, the page's rows counted in those queries.
    assert response.context["cl"].result_count == 31
    assert len(response.context["cl"].result_list) == 31


def test_idle_addresses_are_forgotten_and_active_ones_kept(article):
    followed = make_comment(article=article)
    keep = {
        "active for long": address("lama@contoh.id", days_ago=400, confirmed=399),
        "waiting, recent": address("baru@contoh.id", days_ago=3, sent=3),
        "left lately": address("keluar@contoh.id", days_ago=200, confirmed=199, left=10),
        "asked again lately": address("lagi@contoh.id", days_ago=300, sent=5, left=100),
    }
    forget = {
        "never confirmed": address("tak@contoh.id", days_ago=120, sent=120),
        "left long ago": address(
            "pergi@contoh.id", days_ago=300, confirmed=299, left=100, follows=[followed]
        ),
    }
    assert inactive_addresses_purge(older_than=timedelta(days=90)) == 2
    assert not NotificationAddress.objects.filter(pk__in=[a.pk for a in forget.values()]).exists()
    remaining = set(NotificationAddress.objects.values_list("pk", flat=True))
    assert remaining == {a.pk for a in keep.values()}
    assert not ReplySubscription.objects.filter(comment=followed).exists()
    # The comment itself stays.
    assert followed.__class__.objects.filter(pk=followed.pk).exists()


def test_the_purge_command_reports_both(capsys, article):
    address("tak@contoh.id", days_ago=120, sent=120)
    call_command("purge_commenter_data", "--days", "90")
    out = capsys.readouterr().out
    assert "1 inactive reply-notification address(es) removed" in out
    assert not NotificationAddress.objects.exists()
