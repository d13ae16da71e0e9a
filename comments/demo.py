"""Demo comments for ``manage.py load_demo``: a discussion under the seed article."""

from django.db import transaction
from django.utils import timezone

from .models import Comment
from .sanitize import sanitize_comment

# (key, parent key, name, email, website, text, status)
DEMO_COMMENTS = [
    (
        "rina",
        None,
        "Rina Wulandari",
        "rina.demo@contoh.id",
        "",
        "Analisis yang jernih. Serangan ke kota-kota justru menunjukkan Rusia "
        "kehilangan inisiatif di medan perang.",
        Comment.Status.APPROVED,
    ),
    (
        "bagus",
        "rina",
        "Bagus Pratama",
        "bagus.demo@contoh.id",
        "https://bagus.contoh.id",
        "Setuju, tetapi jangan lupa dampaknya bagi warga sipil.\n"
        "Listrik dan air di banyak kota terputus.",
        Comment.Status.APPROVED,
    ),
    (
        "rina-2",
        "bagus",
        "Rina Wulandari",
        "rina.demo@contoh.id",
        "",
        "Betul. Itu yang membuat musim dingin nanti berat sekali bagi mereka.",
        Comment.Status.APPROVED,
    ),
    (
        "dewi",
        None,
        "Dewi Lestari",
        "dewi.demo@contoh.id",
        "",
        "Semoga perundingan damai segera dimulai.",
        Comment.Status.APPROVED,
    ),
    (
        "anon",
        None,
        "Pembaca Baru",
        "pembaca.demo@contoh.id",
        "",
        "Apakah NATO akan mengirim bantuan pertahanan udara tambahan?",
        Comment.Status.PENDING,
    ),
]


@transaction.atomic
def add_demo_comments(sender, *, seed_article, stdout=None, **kwargs):
    """Add the demo discussion once; running ``load_demo`` again changes nothing.

    Written directly rather than through ``comment_submit``: the demo needs
    approved comments and must not email moderators.
    """
    made = {}
    created_count = 0
    for key, parent_key, name, email, url, text, status in DEMO_COMMENTS:
        parent = made.get(parent_key)
        body = sanitize_comment(text)
        comment = Comment.objects.filter(article=seed_article, email=email, body=body).first()
        if comment is None:
            comment = Comment(
                article=seed_article,
                parent=parent,
                root=(parent.root or parent) if parent else None,
                depth=parent.depth + 1 if parent else 0,
                name=name,
                email=email,
                url=url,
                body=body,
                status=status,
                moderated_at=timezone.now() if status == Comment.Status.APPROVED else None,
            )
            comment.full_clean()
            comment.save()
            created_count += 1
        made[key] = comment
    if stdout is not None:
        stdout.write(f"Demo comments: {created_count} added, {len(made)} in all.")
