"""The inertness checker itself: it must notice what it is there to catch."""

import pytest

from tests.security.conftest import assert_inert
from tests.security.corpora import SQL_INJECTION, XSS


def test_corpora_are_large_enough():
    assert len(XSS) >= 60
    assert len(SQL_INJECTION) >= 20


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href=" jAvA&#x73;cript:alert(1)">x</a>',
        '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74:alert(1)">x</a>',
        '<script src="//evil.example/x.js"></script>',
        '<script src="https://evil.example/x.js"></script>',
        '<a href="data:text/html,x">x</a>',
        "<svg></svg>",
        '<meta http-equiv="refresh" content="0;url=/">',
        '<iframe src="https://x.example"></iframe>',
    ],
)
def test_checker_notices_danger(markup):
    with pytest.raises(AssertionError):
        assert_inert(markup)


def test_checker_accepts_the_sites_own_scripts():
    assert_inert(
        '<script src="/static/js/poll.js" defer></script>'
        '<script type="application/ld+json" nonce="n">{}</script>'
        '<a href="&amp;#x6A&amp;#x61:alert(1)">relative, not a scheme</a>'
        '<a href="https://contoh.id" rel="nofollow">x</a>'
    )
