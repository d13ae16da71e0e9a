"""The photo library: ``Photo`` and the article's featured photo.

Editors get every permission on photos, as on the articles themselves.
"""

import articles.plain_text
import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

PHOTO_CODENAMES = [f"{action}_photo" for action in ("add", "change", "delete", "view")]


def grant_editors(apps, schema_editor):
    articles = apps.get_app_config("articles")
    articles.models_module = True
    create_permissions(articles, apps=apps, verbosity=0)
    articles.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="articles", codename__in=PHOTO_CODENAMES
    )
    for editor in Group.objects.filter(name="Editor"):
        editor.permissions.add(*permissions)


def revoke_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="articles", codename__in=PHOTO_CODENAMES
    )
    for editor in Group.objects.filter(name="Editor"):
        editor.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_article_wordpress_id"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Photo",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="dibuat"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="diperbarui")),
                (
                    "original",
                    models.FileField(
                        editable=False, max_length=255, upload_to="", verbose_name="berkas"
                    ),
                ),
                (
                    "width",
                    models.PositiveIntegerField(default=0, editable=False, verbose_name="lebar"),
                ),
                (
                    "height",
                    models.PositiveIntegerField(default=0, editable=False, verbose_name="tinggi"),
                ),
                (
                    "alt_text",
                    models.CharField(
                        help_text="Apa yang terlihat di foto, untuk pembaca yang tidak dapat melihatnya.",
                        max_length=255,
                        verbose_name="teks alternatif",
                    ),
                ),
                (
                    "caption",
                    models.CharField(blank=True, max_length=500, verbose_name="keterangan"),
                ),
                (
                    "credit",
                    models.CharField(
                        blank=True,
                        help_text="Seperti yang dicetak, mis. “Foto: Antara/Nama Fotografer”.",
                        max_length=150,
                        verbose_name="kredit",
                    ),
                ),
                (
                    "focal_x",
                    models.FloatField(
                        blank=True,
                        help_text="0 = tepi kiri, 1 = tepi kanan. Kosong: tengah.",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(0.0),
                            django.core.validators.MaxValueValidator(1.0),
                        ],
                        verbose_name="titik fokus X",
                    ),
                ),
                (
                    "focal_y",
                    models.FloatField(
                        blank=True,
                        help_text="0 = tepi atas, 1 = tepi bawah. Kosong: tengah.",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(0.0),
                            django.core.validators.MaxValueValidator(1.0),
                        ],
                        verbose_name="titik fokus Y",
                    ),
                ),
                (
                    "renditions",
                    models.JSONField(default=list, editable=False, verbose_name="rendisi"),
                ),
                (
                    "uploaded_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="diunggah oleh",
                    ),
                ),
            ],
            options={
                "verbose_name": "foto",
                "verbose_name_plural": "foto",
                "ordering": ["-created_at", "-id"],
            },
            bases=(articles.plain_text.PlainTextFieldsMixin, models.Model),
        ),
        migrations.AddField(
            model_name="article",
            name="featured_photo",
            field=models.ForeignKey(
                blank=True,
                help_text="Tampil di bawah judul, di kartu artikel, dan saat dibagikan.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="articles.photo",
                verbose_name="foto utama",
            ),
        ),
        migrations.RunPython(grant_editors, revoke_editors),
    ]
