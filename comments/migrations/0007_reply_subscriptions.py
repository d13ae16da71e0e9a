"""Reply notifications: addresses that opted in, the comments they follow, one notice a reply."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0006_reports_edits_newsroom"),
    ]

    operations = [
        migrations.CreateModel(
            name="NotificationAddress",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("email", models.EmailField(max_length=254, unique=True, verbose_name="email")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="dibuat")),
                (
                    "confirmation_sent_at",
                    models.DateTimeField(
                        blank=True, editable=False, null=True, verbose_name="konfirmasi dikirim"
                    ),
                ),
                (
                    "confirmed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="dikonfirmasi"),
                ),
                (
                    "unsubscribed_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="berhenti berlangganan"
                    ),
                ),
            ],
            options={
                "verbose_name": "alamat notifikasi balasan",
                "verbose_name_plural": "alamat notifikasi balasan",
            },
        ),
        migrations.CreateModel(
            name="ReplySubscription",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="dibuat")),
                (
                    "address",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="subscriptions",
                        to="comments.notificationaddress",
                        verbose_name="alamat",
                    ),
                ),
                (
                    "comment",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reply_subscription",
                        to="comments.comment",
                        verbose_name="komentar",
                    ),
                ),
            ],
            options={
                "verbose_name": "langganan balasan",
                "verbose_name_plural": "langganan balasan",
            },
        ),
        migrations.CreateModel(
            name="ReplyNotification",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="dibuat")),
                (
                    "notified_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="email terkirim"),
                ),
                (
                    "reply",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reply_notification",
                        to="comments.comment",
                        verbose_name="balasan",
                    ),
                ),
                (
                    "subscription",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to="comments.replysubscription",
                        verbose_name="langganan",
                    ),
                ),
            ],
            options={
                "verbose_name": "notifikasi balasan",
                "verbose_name_plural": "notifikasi balasan",
            },
        ),
    ]
