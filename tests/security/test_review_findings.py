"""The review's smaller findings: each answered, each with a test that failed before."""

import io
import logging

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article
from tests.comments.factories import make_comment
from tests.factories import make_article
from wordpress.comments_import import comment_html

pytestmark = pytest.mark.django_db


def test_the_403_for_someone_elses_comment_names_no_unpublished_article():
    article = make_article(title="Rahasia Redaksi Belum Terbit", slug="rahasia-belum-terbit")
    comment = make_comment(article=article)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    response = Client().get(reverse("comments:edit", args=[comment.pk]))
    assert response.status_code == 403
    page = response.content.decode()
    assert "rahasia-belum-terbit" not in page and "Rahasia Redaksi" not in page
    assert "Kembali ke beranda" in page


def test_the_403_still_links_a_published_article():
    article = make_article(slug="sudah-terbit")
    comment = make_comment(article=article)
    page = Client().get(reverse("comments:edit", args=[comment.pk])).content.decode()
    assert article.get_absolute_url() in page


@pytest.mark.parametrize("name", ["a" * 255 + ".jpg", "a" * 300 + ".jpg", "b/" * 400 + "c.jpg"])
def test_long_media_paths_answer_404(settings, name):
    response = Client().get(f"{settings.MEDIA_URL}foto/{name}")
    assert response.status_code == 404


@pytest.mark.parametrize("digits", ["٣", "۳", "३", "³", "３"])
def test_only_ascii_digits_are_an_old_post_id(digits):
    make_article(wordpress_id=3)
    response = Client().get(f"/?p={digits}")
    assert response.status_code != 301
    assert Client().get("/?p=3").status_code == 301


def test_a_bad_host_is_one_log_line_without_traceback():
    logger = logging.getLogger("django.security.DisallowedHost")
    written = io.StringIO()
    # The site's own handlers (the test runner adds some of its own).
    ours = [h for h in logger.handlers if type(h) is logging.StreamHandler]
    assert ours
    streams = [handler.setStream(written) for handler in ours]
    try:
        response = Client().get("/", HTTP_HOST="penyerang.example")
    finally:
        for handler, stream in zip(ours, streams, strict=True):
            handler.setStream(stream)
    assert response.status_code == 400
    text = written.getvalue()
    assert "Invalid HTTP_HOST header" in text
    assert "Traceback" not in text and len(text.strip().splitlines()) == 1


def test_the_bad_host_logger_is_configured_without_traceback():
    logger = logging.getLogger("django.security.DisallowedHost")
    assert not logger.propagate
    record = logging.LogRecord("x", logging.ERROR, "", 0, "bad", None, (ValueError, None, None))
    for handler in logger.handlers:
        assert all(f.filter(record) for f in handler.filters if hasattr(f, "filter"))
    assert record.exc_info is None


def test_math_and_style_in_an_imported_comment_keep_the_rest():
    for text in [
        "Awal <math><style>x</style></math> sisa komentar.\n\nParagraf dua.",
        "Awal <math><style> sisa komentar.\n\nParagraf dua.",
        "Awal <svg><style>a</style></svg> sisa komentar. <b>tebal</b>\n\nParagraf dua.",
        "Awal <math><mi><style>a</style></mi></math> sisa komentar.\n\nParagraf dua.",
    ]:
        html = comment_html(text)
        assert "sisa komentar." in html, text
        assert "Paragraf dua." in html, text
        assert "<style" not in html and "<math" not in html, text
