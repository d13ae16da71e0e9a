"""Live reports: ``Article.is_live`` and ``live_ended_at``, and ``LiveEntry``.

Editors may post, edit and withdraw entries (add, change, view); nobody
deletes one.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models


ENTRY_CODENAMES = [f"{action}_liveentry" for action in ("add", "change", "view")]


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="articles", codename__in=ENTRY_CODENAMES
    )


def grant_editors(apps, schema_editor):
    articles = apps.get_app_config("articles")
    articles.models_module = True
    create_permissions(articles, apps=apps, verbosity=0)
    articles.models_module = None
    for editor in apps.get_model("auth", "Group").objects.filter(name="Editor"):
        editor.permissions.add(*_permissions(apps))


def revoke_editors(apps, schema_editor):
    for editor in apps.get_model("auth", "Group").objects.filter(name="Editor"):
        editor.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0014_editor_bylines'),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='is_live',
            field=models.BooleanField(default=False, help_text='Pembaruan singkat bertanda waktu, terbaru di atas, tampil di bawah isi.', verbose_name='Laporan langsung'),
        ),
        migrations.AddField(
            model_name='article',
            name='live_ended_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='laporan langsung berakhir'),
        ),
        migrations.CreateModel(
            name='LiveEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='dibuat')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='diperbarui')),
                ('posted_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='waktu')),
                ('body', models.TextField(help_text='HTML; dibersihkan saat disimpan.', verbose_name='isi')),
                ('key_event', models.BooleanField(default=False, help_text='Tampil juga di daftar peristiwa penting di atas laporan.', verbose_name='Peristiwa penting')),
                ('pinned', models.BooleanField(default=False, help_text='Tetap tampil paling atas.', verbose_name='Sematkan')),
                ('withdrawn_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='ditarik')),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='live_entries', to='articles.article', verbose_name='artikel')),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='penulis')),
            ],
            options={
                'verbose_name': 'pembaruan laporan langsung',
                'verbose_name_plural': 'pembaruan laporan langsung',
                'ordering': ['-id'],
                'indexes': [models.Index(fields=['article', 'withdrawn_at', '-id'], name='liveentry_article_idx')],
            },
        ),
        migrations.RunPython(grant_editors, revoke_editors),
    ]
