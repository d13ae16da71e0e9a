"""Let the Moderator group see reply-notification addresses and stop them; never delete."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_notificationaddress", "change_notificationaddress"]


def _permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="comments", codename__in=CODENAMES)


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    moderator, _ = Group.objects.get_or_create(name="Moderator")
    moderator.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    moderator = Group.objects.filter(name="Moderator").first()
    if moderator is not None:
        moderator.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0007_reply_subscriptions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
