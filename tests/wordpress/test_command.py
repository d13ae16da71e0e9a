"""The command: its summary, its refusals, and what it never prints."""

import io

import pytest
from django.core.management.base import CommandError

from articles.models import Article, Category
from comments.models import Comment
from tests.wordpress import builder
from tests.wordpress.test_wxr import BILLION_LAUGHS, EXTERNAL_ENTITY, NOT_WXR_RSS
from wordpress.progress import Progress

pytestmark = pytest.mark.django_db


def test_the_summary_table_counts_every_kind(run_command, site_export):
    out, err = run_command(site_export)
    lines = out.splitlines()
    assert lines[0].split() == ["kind", "created", "updated", "unchanged", "skipped"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:] if line and line[0] != " "}
    assert rows["articles"] == ["6", "0", "0", "1"]
    assert rows["comments"] == ["9", "0", "0", "1"]
    assert rows["pingbacks"] == ["0", "0", "0", "1"]
    assert rows["authors"] == ["2", "0", "0", "0"]
    assert "Import done." in out
    assert err == ""  # no progress bar: the output is not a terminal

    again, _ = run_command(site_export)
    assert "Import done: everything was unchanged." in again


def test_emails_ips_and_user_agents_never_appear_in_the_output(run_command, write_export):
    bad_comment = builder.comment(
        77, "", email="rahasia@surel.example", ip="198.51.100.23", agent="RahasiaAgent/1.0"
    )
    post = builder.item(70, "Post", slug="post", content="Isi.", comments=[bad_comment])
    path = write_export(builder.site(extra_items=[post]))
    out, err = run_command(path, verbosity=3)
    out2, err2 = run_command(path, "--dry-run", verbosity=3)
    printed = out + err + out2 + err2
    assert "comment 77: empty once sanitized, skipped" in out
    for secret in ("@surel.example", "@lama.example", "203.0.113.7", "198.51.100.23", "Mozilla"):
        assert secret not in printed, secret
    assert "RahasiaAgent" not in printed


@pytest.mark.parametrize(
    "text",
    [
        BILLION_LAUGHS,
        EXTERNAL_ENTITY,
        NOT_WXR_RSS,
        builder.site()[:-200],  # truncated
        builder.site(namespace="http://wordpress.org/export/1.3/", version="1.3"),
        "bukan XML sama sekali",
    ],
    ids=["billion-laughs", "external-entity", "not-wxr", "truncated", "unknown-version", "text"],
)
def test_hostile_and_broken_files_are_refused_and_nothing_is_written(
    run_command, write_export, text
):
    with pytest.raises(CommandError, match="Nothing was imported"):
        run_command(write_export(text))
    assert Article.objects.count() == Comment.objects.count() == Category.objects.count() == 0


def test_a_truncated_file_refuses_even_after_valid_posts(run_command, write_export):
    # The first 60% holds whole posts: none of them may be written.
    text = builder.site()
    with pytest.raises(CommandError, match="not well-formed"):
        run_command(write_export(text[: int(len(text) * 0.6)]))
    assert Article.objects.count() == 0


def test_a_missing_file_or_uploads_folder_is_refused(run_command, tmp_path, site_export):
    with pytest.raises(CommandError, match="No such file"):
        run_command(tmp_path / "tidak-ada.xml")
    with pytest.raises(CommandError, match="No such folder"):
        run_command(site_export, "--uploads", tmp_path / "tidak-ada")


def test_dry_run_says_so(run_command, site_export):
    out, _ = run_command(site_export, "--dry-run")
    assert "Dry run: nothing was written." in out
    assert Article.objects.count() == 0


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_the_progress_bar_shows_only_on_a_terminal():
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = Progress(stream, 100, "Importing")
        bar.update(50, force=True)
        bar.finish()
    assert "\rImporting  [###############" in terminal.getvalue()
    assert "100%" in terminal.getvalue()
    assert pipe.getvalue() == ""


def test_imported_recent_comments_count_in_the_home_rankings(run_command, write_export):
    from datetime import timedelta

    from django.utils import timezone

    from comments.templatetags.comment_rankings import most_commented_articles

    now = timezone.now()
    gmt = (now - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")
    local = timezone.localtime(now - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")
    posted = (now - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    comments = [
        builder.comment(90 + n, f"Komentar {n}", date_gmt=gmt, date=local) for n in range(3)
    ]
    post = builder.item(
        89,
        "Banjir kemarin",
        slug="banjir-kemarin",
        content="Isi.",
        date_gmt=posted,
        date=posted,
        categories=[("nasional", "Nasional")],
        comments=comments,
    )
    run_command(write_export(builder.site(extra_items=[post])))
    ranked = most_commented_articles()
    assert [(a.title, a.recent_comments) for a in ranked][:1] == [("Banjir kemarin", 3)]
