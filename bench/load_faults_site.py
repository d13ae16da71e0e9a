"""The Django side of bench/load_faults.py, run in its own process.

    python bench/load_faults_site.py setup            # seed content; what the load needs
    python bench/load_faults_site.py verify FILE.json  # rows stored for the load's writes

Both read their settings (production, the run's database and Redis) from the
environment bench/load_faults.py builds, and print one JSON object on the
last line of their output.
"""

import argparse
import json
from pathlib import Path

# Also puts the project folder on sys.path.
import read_path_site


def setup(args) -> dict:
    """Comments and votes on the seed article (as bench-read seeds them), and its ids."""
    from articles.poll.models import ReactionOption, ReactionVote
    from comments.models import Comment

    seeded = read_path_site.seed(argparse.Namespace(comments=args.comments, votes=args.votes))
    article = read_path_site._seed_article()
    roots = (
        Comment.objects.approved()
        .filter(article=article, depth=0)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return {
        "article": seeded["article"],
        "category": seeded["category"],
        "article_id": article.pk,
        "parents": list(roots[:20]),
        "reactions": list(ReactionOption.objects.active().values_list("slug", flat=True)),
        "votes_before": ReactionVote.objects.filter(article=article).count(),
        "comments_before": Comment.objects.filter(article=article).count(),
    }


def verify(args) -> dict:
    """How many rows each written comment marker and each accepted reader left behind.

    The input names the comments' markers (unique tokens in their bodies)
    and the poll reader ids from the accepted votes' cookies; the vote rows
    hold only a keyed hash of the id, worked out here as the app does.
    """
    from django.db.models import Count

    from articles.poll.models import ReactionVote
    from articles.poll.services import reader_hash
    from comments.models import Comment

    data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    comment_rows = {
        marker: Comment.objects.filter(body__contains=marker).count() for marker in data["markers"]
    }
    hashes = {reader_hash(reader): reader for reader in data["readers"]}
    found = (
        ReactionVote.objects.filter(voter_hash__in=list(hashes))
        .values("voter_hash")
        .annotate(n=Count("id"))
    )
    vote_rows = dict.fromkeys(data["readers"], 0)
    for row in found:
        vote_rows[hashes[row["voter_hash"]]] = row["n"]
    article_id = data["article_id"]
    return {
        "comment_rows": comment_rows,
        "vote_rows": vote_rows,
        "votes_after": ReactionVote.objects.filter(article_id=article_id).count(),
        "comments_after": Comment.objects.filter(article_id=article_id).count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    setup_parser = sub.add_parser("setup")
    setup_parser.add_argument("--comments", type=int, default=200)
    setup_parser.add_argument("--votes", type=int, default=1000)
    verify_parser = sub.add_parser("verify")
    verify_parser.add_argument("file")
    args = parser.parse_args()
    read_path_site._setup()
    result = setup(args) if args.command == "setup" else verify(args)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
