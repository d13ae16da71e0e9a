"""Referrer classes from utm_source and document.referrer."""

import pytest

from articles.readership.referrers import referrer_class


@pytest.mark.parametrize(
    ("referrer", "utm", "expected"),
    [
        ("", "", "direct"),
        ("", "whatsapp", "whatsapp"),
        ("https://www.google.com/", "whatsapp", "whatsapp"),
        ("", "facebook", "facebook"),
        ("", "x", "x"),
        ("", "telegram", "telegram"),
        ("", "salin", "direct"),
        ("", "newsletter", "other"),
        ("https://l.facebook.com/l.php?u=x", "", "facebook"),
        ("https://m.facebook.com/", "", "facebook"),
        ("https://t.co/abc", "", "x"),
        ("https://x.com/home", "", "x"),
        ("https://www.google.co.id/", "", "google"),
        ("https://www.google.com/search?q=banjir", "", "google"),
        ("https://news.google.com/stories/1", "", "google_news"),
        ("https://web.whatsapp.com/", "", "whatsapp"),
        ("https://kabar.example/", "", "internal"),
        ("https://notgoogle.example/", "", "other"),
        ("https://evilfacebook.com/", "", "other"),
        ("not a url", "", "direct"),
        ("http://[::1", "", "other"),
    ],
)
def test_referrer_classes(referrer, utm, expected):
    assert referrer_class(referrer=referrer, utm_source=utm, own_host="kabar.example") == expected
