"""Create the Editor and Moderator groups with exact permissions.

Moderator starts empty here; the comments app's migrations give it the
comment permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_MODELS = ["article", "category", "tag", "source"]
ACTIONS = ["add", "change", "delete", "view"]


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor, _ = Group.objects.get_or_create(name="Editor")
    codenames = [f"{action}_{model}" for model in EDITOR_MODELS for action in ACTIONS]
    editor.permissions.set(
        Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
    )
    Group.objects.get_or_create(name="Moderator")


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editor", "Moderator"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
