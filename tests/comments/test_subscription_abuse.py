"""Reply notifications cannot be turned against an inbox: one confirmation per
inbox, no subscribing a confirmed address without its owner, confirming by
POST only, and a notice that quotes no link of the reply."""

import pytest
from django.core import mail
from django.test import Client

from comments.models import Comment, NotificationAddress, ReplySubscription
from comments.subscriptions.inbox import inbox_of
from comments.subscriptions.quoting import quoted_reply
from tests.comments.test_subscriptions import (
    CONFIRM_LINK,
    approve,
    confirmed_follower,
    follow,
    path_of,
    reply_to,
    site,  # noqa: F401
)

pytestmark = pytest.mark.django_db

VARIANTS = [
    "wati.rahayu@gmail.com",
    "Wati.Rahayu@Gmail.com",
    "watirahayu@gmail.com",
    "w.a.t.i.rahayu@gmail.com",
    "wati.rahayu+kabar@gmail.com",
    "WATIRAHAYU+berita@googlemail.com",
    "wati.rahayu+1@gmail.com",
]


def test_inbox_normalisation():
    assert {inbox_of(v) for v in VARIANTS} == {"watirahayu@gmail.com"}
    assert inbox_of("Budi.Santoso+x@Contoh.co.id") == "budi.santoso@contoh.co.id"
    assert inbox_of("budi.santoso@contoh.co.id") != inbox_of("budisantoso@contoh.co.id")


def test_seven_variants_of_one_inbox_get_one_confirmation(article):
    for n, email in enumerate(VARIANTS):
        follow(Client(), article, email=email, REMOTE_ADDR=f"198.51.100.{n + 1}")
    assert len(mail.outbox) == 1
    assert NotificationAddress.objects.count() == len({v.lower() for v in VARIANTS})


def test_a_confirmed_address_is_not_subscribed_to_more_by_somebody_else(article):
    mine = confirmed_follower(Client(), article)
    # Somebody else types the same address on another comment.
    stranger = follow(Client(), article, body="Komentar orang lain.", REMOTE_ADDR="192.0.2.9")
    approve(Comment.objects.filter(pk=stranger.pk))
    mail.outbox.clear()
    reply_to(stranger)
    assert mail.outbox == []  # no notice for a subscription its owner never confirmed
    assert ReplySubscription.objects.get(comment=stranger).confirmed_at is None
    reply_to(mine)
    assert len(mail.outbox) == 1  # the owner's own subscription still works


def test_the_owner_confirms_the_new_subscription_by_mail(article, settings, monkeypatch):
    from comments.subscriptions import services

    mine = confirmed_follower(Client(), article)
    # The confirmation window has passed: a confirmation for the new one goes out.
    monkeypatch.setattr(services, "confirmation_max_age", lambda: 0)
    more = follow(Client(), article, body="Komentar kedua saya.", REMOTE_ADDR="192.0.2.10")
    approve(Comment.objects.filter(pk=more.pk))
    [confirmation] = mail.outbox
    client = Client()
    client.post(path_of(CONFIRM_LINK.search(confirmation.body).group()))
    assert ReplySubscription.objects.get(comment=more).confirmed_at is not None
    mail.outbox.clear()
    reply_to(more)
    assert len(mail.outbox) == 1
    assert mine.reply_subscription.confirmed_at is not None


def test_opening_the_confirmation_link_confirms_nothing(article):
    follow(Client(), article)
    link = path_of(CONFIRM_LINK.search(mail.outbox[0].body).group())
    for method in ("get", "head"):
        assert getattr(Client(), method)(link).status_code == 200
    assert not NotificationAddress.objects.get().is_active
    assert Client(enforce_csrf_checks=True).post(link).status_code == 403
    assert not NotificationAddress.objects.get().is_active


def test_the_notice_quotes_no_link_and_unescapes_once(article):
    comment = confirmed_follower(Client(), article)
    reply = reply_to(comment)
    Comment.objects.filter(pk=reply.pk).update(
        body='<p>Harga naik &amp; turun, 5 &lt; 7. Lihat <a href="https://jahat.example/x">'
        "promo</a> atau https://jahat.example/y dan www.jahat.example serta jahat.xyz</p>"
    )
    reply.refresh_from_db()
    mail.outbox.clear()
    from comments.subscriptions.emails import send_reply_notice

    send_reply_notice(reply, comment.reply_subscription.address)
    [notice] = mail.outbox
    assert "Harga naik & turun, 5 < 7." in notice.body
    assert "&amp;" not in notice.body and "&lt;" not in notice.body
    assert "jahat" not in notice.body
    html = notice.alternatives[0][0]
    assert "jahat" not in html and "&amp;amp;" not in html and "naik &amp; turun" in html


def test_quoted_reply_examples():
    assert quoted_reply("<p>A &amp;amp; B</p>") == "A &amp; B"
    assert quoted_reply("<p>kunjungi gacor88.com/daftar sekarang</p>") == (
        "kunjungi [tautan] sekarang"
    )
    assert quoted_reply("<p>" + "kata " * 200 + "</p>").endswith("…")


@pytest.mark.parametrize(
    "text",
    [
        "lihat...gacor88.com ya",
        "buka sub.domain.naga.xyz/daftar ya",
        "klikhttps://naga.example/x ya",
        "mampir www.naga88.vip ya",
    ],
)
def test_a_link_is_quoted_as_the_link_word_wherever_it_starts(text):
    quoted = quoted_reply(f"<p>{text}</p>")
    assert "[tautan]" in quoted and "naga" not in quoted and "gacor" not in quoted


def test_a_chain_of_dots_that_is_no_address_is_quoted_as_written():
    text = "a." * 2000
    assert quoted_reply(f"<p>{text}</p>", limit=5000) == text.strip()
