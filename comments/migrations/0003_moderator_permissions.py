"""Give the Moderator group its comment permissions: view and change
comments and see commenters' private data; never delete."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_CODENAMES = ["view_comment", "change_comment", "view_commenter_private_data"]


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderator, _ = Group.objects.get_or_create(name="Moderator")
    moderator.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="comments", codename__in=MODERATOR_CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderator = Group.objects.filter(name="Moderator").first()
    if moderator is not None:
        moderator.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="comments", codename__in=MODERATOR_CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0002_reply_same_article"),
        ("articles", "0002_newsroom_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
