"""Readers' reports, editing one's own comment, and the newsroom's replies.

Adding a NOT NULL column makes Django rebuild the table on SQLite, which
drops the triggers of 0002: they are created again at the end, and again
after the columns are removed when the migration is reversed.
"""

from importlib import import_module

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

recreate_triggers = import_module("comments.migrations.0004_comment_wordpress_id").recreate_triggers


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0005_moderation_queue"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, recreate_triggers),
        migrations.AddField(
            model_name="comment",
            name="by_newsroom",
            field=models.BooleanField(default=False, editable=False, verbose_name="dari redaksi"),
        ),
        migrations.AddField(
            model_name="comment",
            name="edited_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="waktu disunting"
            ),
        ),
        migrations.AddField(
            model_name="comment",
            name="posted_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="newsroom_comments",
                to=settings.AUTH_USER_MODEL,
                verbose_name="ditulis oleh",
            ),
        ),
        migrations.AlterField(
            model_name="comment",
            name="flag",
            field=models.CharField(
                blank=True,
                choices=[
                    ("", "Tidak ada"),
                    ("honeypot", "Ruas jebakan terisi"),
                    ("block_word", "Kata terlarang"),
                    ("watch_word", "Kata yang diawasi"),
                    ("links", "Terlalu banyak tautan"),
                    ("reported", "Dilaporkan pembaca"),
                    ("withdrawn", "Ditarik penulisnya"),
                ],
                default="",
                max_length=12,
                verbose_name="tanda otomatis",
            ),
        ),
        migrations.CreateModel(
            name="CommentReport",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "reason",
                    models.CharField(
                        choices=[
                            ("spam", "Spam"),
                            ("abusive", "Kasar/ujaran kebencian"),
                            ("misinformation", "Informasi keliru"),
                            ("other", "Lainnya"),
                        ],
                        max_length=16,
                        verbose_name="alasan",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=500, verbose_name="keterangan")),
                (
                    "reader_hash",
                    models.CharField(editable=False, max_length=64, verbose_name="pelapor"),
                ),
                (
                    "address_bucket",
                    models.CharField(blank=True, max_length=8, verbose_name="kelompok alamat"),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="dibuat")),
                (
                    "comment",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reports",
                        to="comments.comment",
                        verbose_name="komentar",
                    ),
                ),
            ],
            options={
                "verbose_name": "laporan komentar",
                "verbose_name_plural": "laporan komentar",
                "default_permissions": (),
                "ordering": ["created_at", "id"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("comment", "reader_hash"), name="comment_report_once_per_reader"
                    )
                ],
            },
        ),
        migrations.RunPython(recreate_triggers, migrations.RunPython.noop),
    ]
