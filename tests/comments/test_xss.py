"""Hostile input in every field, approved, renders inert."""

import html
import re
import unicodedata

import pytest
from bs4 import BeautifulSoup

from comments.models import Comment
from tests.comments.factories import post_comment
from tests.comments.xss_payloads import PAYLOADS

pytestmark = pytest.mark.django_db

DANGEROUS_ELEMENTS = {"script", "svg", "math", "iframe", "object", "embed", "style", "form"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "cite", "data", "srcdoc"}
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def normalised(value: str) -> str:
    """How a browser reads a URL: entities decoded, whitespace and controls ignored."""
    return _INVISIBLE.sub("", html.unescape(html.unescape(value))).lower()


def assert_inert(region):
    for element in region.find_all(True):
        assert element.name not in DANGEROUS_ELEMENTS, str(element)
        for name, value in element.attrs.items():
            assert not name.lower().startswith("on"), str(element)
            if name.lower() in URL_ATTRIBUTES:
                value = " ".join(value) if isinstance(value, list) else value
                assert not normalised(value).startswith(("javascript:", "data:", "vbscript:")), str(
                    element
                )
    for link in region.select(".comment__body a[href], .comment__author a[href]"):
        assert link.get("rel") == ["nofollow", "ugc", "noopener"], str(link)


def test_there_are_at_least_40_payloads():
    assert len(PAYLOADS) >= 40


def _not_one_line(name: str) -> bool:
    return any(
        char != "\t" and unicodedata.category(char) in {"Cc", "Zl", "Zp"} for char in name.strip()
    ) or any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in name)


def test_payloads_in_every_field_render_inert(client, article, settings):
    settings.COMMENTS_RATE_LIMIT = "100000/m"
    settings.COMMENTS_PER_PAGE = 1000
    refused_urls = refused_names = 0
    for n, payload in enumerate(PAYLOADS):
        email = f"penyerang{n}@contoh.example"
        assert (
            post_comment(client, article, body=f"Isi {n} {payload}", email=email).status_code == 303
        )
        named = post_comment(client, article, name=payload[:100], email=f"n{email}")
        # A name is one line: line breaks and control characters are refused.
        refused_names += _not_one_line(payload[:100])
        assert named.status_code == (400 if _not_one_line(payload[:100]) else 303)
        for url in (payload, "https://contoh.id/" + re.sub(r"\s", "", payload)):
            response = post_comment(client, article, url=url[:200], email=f"u{len(url)}{email}")
            if response.status_code == 400:
                refused_urls += 1
                assert_inert(
                    BeautifulSoup(response.content, "html.parser").find(id="form-komentar")
                )
            else:
                assert response.status_code == 303
    Comment.objects.update(status=Comment.Status.APPROVED)
    page = client.get(article.get_absolute_url())
    region = BeautifulSoup(page.content, "html.parser").find(id="komentar")
    shown = region.select("li.comment")
    assert len(shown) == Comment.objects.count() >= 3 * len(PAYLOADS) - refused_names
    assert_inert(region)
    # Every refused website was a dangerous or malformed one.
    assert refused_urls >= len(PAYLOADS)


def test_the_checker_notices_danger():
    """The assertions above would fail on markup that is not inert."""
    for markup in (
        "<script>x</script>",
        '<a href=" jAvA&#x73;cript:alert(1)" rel="nofollow ugc noopener">x</a>',
        '<span class="comment__author"><a href="https://x.id">tanpa rel</a></span>',
        '<img src="data:text/html,x">',
        '<p onclick="x">x</p>',
    ):
        with pytest.raises(AssertionError):
            assert_inert(BeautifulSoup(f"<div>{markup}</div>", "html.parser"))
