import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_newsroom_groups"),
    ]

    operations = [
        migrations.CreateModel(
            name="ReactionOption",
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
                ("label", models.CharField(max_length=40, unique=True, verbose_name="label")),
                ("slug", models.SlugField(max_length=40, unique=True, verbose_name="slug")),
                ("emoji", models.CharField(blank=True, max_length=16, verbose_name="emoji")),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="urutan")),
                (
                    "is_active",
                    models.BooleanField(
                        default=True,
                        help_text="Opsi nonaktif tidak bisa dipilih; suaranya tetap tersimpan.",
                        verbose_name="aktif",
                    ),
                ),
            ],
            options={
                "verbose_name": "opsi tanggapan",
                "verbose_name_plural": "opsi tanggapan",
                "ordering": ["position", "id"],
            },
        ),
        migrations.CreateModel(
            name="ReactionTally",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("count", models.PositiveIntegerField(default=0, verbose_name="jumlah")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reaction_tallies",
                        to="articles.article",
                        verbose_name="artikel",
                    ),
                ),
                (
                    "option",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tallies",
                        to="articles.reactionoption",
                        verbose_name="opsi",
                    ),
                ),
            ],
            options={
                "verbose_name": "rekap tanggapan",
                "verbose_name_plural": "rekap tanggapan",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("article", "option"), name="reactiontally_unique"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("count__gte", 0)),
                        name="reactiontally_count_not_negative",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="ReactionVote",
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
                    "voter_hash",
                    models.CharField(editable=False, max_length=64, verbose_name="hash pembaca"),
                ),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reaction_votes",
                        to="articles.article",
                        verbose_name="artikel",
                    ),
                ),
                (
                    "option",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="votes",
                        to="articles.reactionoption",
                        verbose_name="opsi",
                    ),
                ),
            ],
            options={
                "verbose_name": "suara tanggapan",
                "verbose_name_plural": "suara tanggapan",
                "ordering": ["-created_at"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("article", "voter_hash"), name="reactionvote_one_per_reader"
                    )
                ],
            },
        ),
    ]
