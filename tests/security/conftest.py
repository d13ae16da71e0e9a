"""A small newsroom for the security suite, and clients that show a 500 as a status."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from articles.models import Article
from comments.models import Comment
from tests import factories
from tests.comments.factories import make_comment

SECRET_EMAIL = "rahasia.pembaca@contoh.example"
SECRET_IP = "198.51.100.77"
HIDDEN_WORD = "Embargokata"

_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
_BAD_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:text", "data:image/svg")
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "cite", "data", "srcdoc"}


@pytest.fixture
def lenient():
    """A browser whose server errors come back as 500 answers, not exceptions."""
    return Client(raise_request_exception=False)


@pytest.fixture
def strict():
    """A browser that gets no free pass on CSRF."""
    return Client(enforce_csrf_checks=True, raise_request_exception=False)


@pytest.fixture
def no_limits(settings):
    """Rate limits out of the way for tests that post many times."""
    settings.COMMENTS_RATE_LIMIT = "100000/m"
    settings.POLL_RATE_LIMIT = "100000/m"
    settings.COMMENTS_PER_PAGE = 1000


@pytest.fixture
def newsroom(db):
    """A published article with tag, source and a commenter's private data, plus
    a draft and a scheduled article that readers must never reach."""
    category = factories.make_category(name="Nasional", slug="nasional")
    tag = factories.make_tag(name="Politik", slug="politik")
    source = factories.make_source(name="Medcom", slug="medcom")
    article = factories.make_article(
        title="Sidang kabinet membahas anggaran",
        lead="Anggaran negara dibahas dalam sidang kabinet.",
        body="<p>Menteri membahas anggaran negara bersama presiden.</p>",
        category=category,
        source=source,
        tags=[tag],
    )
    comment = make_comment(
        article=article, email=SECRET_EMAIL, ip_address=SECRET_IP, name="Budi", body="Setuju."
    )
    now = timezone.now()
    hidden = {
        "draft": factories.make_article(
            title=f"{HIDDEN_WORD} draf anggaran",
            category=category,
            tags=[tag],
            source=source,
            status=Article.Status.DRAFT,
            published_at=now - timedelta(hours=1),
        ),
        "scheduled": factories.make_article(
            title=f"{HIDDEN_WORD} terjadwal anggaran",
            category=category,
            tags=[tag],
            source=source,
            published_at=now + timedelta(hours=2),
        ),
    }
    return {
        "article": article,
        "category": category,
        "tag": tag,
        "source": source,
        "comment": comment,
        "hidden": hidden,
    }


@pytest.fixture
def reader_urls(newsroom):
    """Every page a reader can GET."""
    return [
        "/",
        newsroom["article"].get_absolute_url(),
        "/kategori/nasional/",
        "/tag/politik/",
        "/sumber/medcom/",
        "/cari/?q=anggaran",
        "/feed/",
        "/kategori/nasional/feed/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/robots.txt",
    ]


def approve_all():
    Comment.objects.update(status=Comment.Status.APPROVED)


def _normalised(value: str) -> str:
    """A URL as a browser reads it: the parser already decoded entities once;
    whitespace and controls inside a scheme are ignored."""
    return _INVISIBLE.sub("", value).lower()


def assert_inert(markup) -> None:
    """No script a reader did not get from us, no handlers, no script URLs.

    The site's own scripts are same-origin files (/static/, the admin's
    /admin/jsi18n/) and JSON data blocks; anything else that can run is an
    injection.
    """
    soup = markup if hasattr(markup, "find_all") else BeautifulSoup(markup, "html.parser")
    for element in soup.find_all(True):
        if element.name == "script":
            # JSON data blocks (JSON-LD, the admin's json_script) never run.
            src = element.get("src", "")
            assert (src.startswith("/") and not src.startswith("//")) or (
                element.get("type") in {"application/ld+json", "application/json"}
            ), str(element)[:200]
        assert element.name not in {"iframe", "object", "embed", "svg", "math", "base", "style"}, (
            str(element)[:200]
        )
        if element.name == "meta":
            assert element.get("http-equiv", "").lower() != "refresh", str(element)[:200]
        for name, value in element.attrs.items():
            assert not name.lower().startswith("on"), str(element)[:200]
            if name.lower() in _URL_ATTRIBUTES:
                value = " ".join(value) if isinstance(value, list) else value
                assert not _normalised(value).startswith(_BAD_SCHEMES), str(element)[:200]
