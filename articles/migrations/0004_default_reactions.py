"""The default reaction options, as on Indonesian portals, and who manages them.

Editors manage the options in the admin, so the Editor group gets their
permissions here, next to the options themselves.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DEFAULT_REACTIONS = [
    ("senang", "Senang", "😀"),
    ("terhibur", "Terhibur", "😂"),
    ("terinspirasi", "Terinspirasi", "🤩"),
    ("tidak-peduli", "Tidak Peduli", "😐"),
    ("terganggu", "Terganggu", "😖"),
    ("sedih", "Sedih", "😢"),
    ("cemas", "Cemas", "😰"),
    ("marah", "Marah", "😡"),
]
EDITOR_CODENAMES = [
    "add_reactionoption",
    "change_reactionoption",
    "delete_reactionoption",
    "view_reactionoption",
    "view_reactiontally",
]


def ensure_permissions(apps):
    # Permissions are normally created after all migrations ran; this one
    # needs them now to hand them to the Editor group.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_defaults(apps, schema_editor):
    ReactionOption = apps.get_model("articles", "ReactionOption")
    for position, (slug, label, emoji) in enumerate(DEFAULT_REACTIONS, start=1):
        ReactionOption.objects.get_or_create(
            slug=slug, defaults={"label": label, "emoji": emoji, "position": position}
        )

    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles", codename__in=EDITOR_CODENAMES
        )
    )


def remove_defaults(apps, schema_editor):
    ReactionOption = apps.get_model("articles", "ReactionOption")
    slugs = [slug for slug, _label, _emoji in DEFAULT_REACTIONS]
    # Options readers already voted for stay: their votes protect them.
    ReactionOption.objects.filter(slug__in=slugs, votes__isnull=True).delete()
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for editor in Group.objects.filter(name="Editor"):
        editor.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="articles", codename__in=EDITOR_CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_reaction_poll"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_defaults, remove_defaults)]
