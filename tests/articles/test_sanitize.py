"""The editors' HTML allowlist."""

import pytest

from articles.sanitize import sanitize_article_html

DANGEROUS = [
    ("<script>alert(1)</script><p>ok</p>", "<p>ok</p>"),
    (
        '<img src="https://x.example/a.jpg" onerror="alert(1)">',
        '<img src="https://x.example/a.jpg">',
    ),
    # A refused address leaves no empty link behind, only its text.
    ('<a href="javascript:alert(1)">klik</a>', "klik"),
    ('<a href="JaVaScRiPt:alert(1)">klik</a>', "klik"),
    ('<a href="jav&#x09;ascript:alert(1)">klik</a>', "klik"),
    ('<p style="color:red">merah</p>', "<p>merah</p>"),
    ("<style>body{display:none}</style><p>ok</p>", "<p>ok</p>"),
    ('<iframe src="https://evil.example"></iframe><p>ok</p>', "<p>ok</p>"),
    ('<svg onload="alert(1)"><circle/></svg><p>ok</p>', "<p>ok</p>"),
    ('<img src="http://insecure.example/a.jpg" alt="a">', ""),
    ('<img src="data:image/png;base64,AAAA">', ""),
    ('<p onmouseover="alert(1)">x</p>', "<p>x</p>"),
    ('<form action="https://evil.example"><input name="q"></form>', ""),
]


@pytest.mark.parametrize(("dirty", "clean"), DANGEROUS)
def test_dangerous_markup_never_survives(dirty, clean):
    result = sanitize_article_html(dirty)
    assert result == clean
    lowered = result.lower()
    assert "<script" not in lowered
    assert "javascript:" not in lowered
    assert "onerror" not in lowered and "onload" not in lowered
    assert "style" not in lowered


ALLOWED = [
    "<p>Paragraf <strong>tebal</strong>, <em>miring</em>.</p>",
    "<h2>Subjudul</h2><h3>Anak subjudul</h3>",
    "<ul><li>satu</li><li>dua</li></ul><ol><li>a</li></ol>",
    "<blockquote><p>Kutipan</p></blockquote>",
    '<p>Baca: <a href="/2022/09/30/artikel/">Artikel</a></p>',
    '<a href="https://www.medcom.id/" title="Medcom">Medcom</a>',
    '<a href="mailto:redaksi@kabar.example">Redaksi</a>',
    (
        '<figure><img src="https://cdn.example/foto.jpg" alt="Foto">'
        "<figcaption>Keterangan</figcaption></figure>"
    ),
]


@pytest.mark.parametrize("html", ALLOWED)
def test_allowed_markup_is_kept(html):
    assert sanitize_article_html(html) == html


def test_empty_body():
    assert sanitize_article_html("") == ""
