"""WordPress's wpautop, ported: the cases WordPress's own tests care about."""

from wordpress.autop import autop


def test_blank_lines_make_paragraphs_and_a_single_newline_a_break():
    assert autop("Satu\ndua\n\nTiga") == "<p>Satu<br />\ndua</p>\n<p>Tiga</p>\n"


def test_empty_text_stays_empty():
    assert autop("") == ""
    assert autop(" \n\n ") == ""


def test_lists_are_not_wrapped_in_paragraphs():
    html = autop("Daftar:\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\nSesudah")
    assert html == "<p>Daftar:</p>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\n<p>Sesudah</p>\n"


def test_pre_content_is_left_untouched():
    text = "<pre>baris 1\n\n  baris 2\nbaris 3</pre>\n\nTeks"
    assert autop(text) == "<pre>baris 1\n\n  baris 2\nbaris 3</pre>\n<p>Teks</p>\n"


def test_headings_blockquotes_tables_and_figures_stand_alone():
    html = autop(
        "<h2>Judul</h2>\nIsi\n\n<blockquote>Kutipan</blockquote>\n"
        "<table><tr><td>a</td></tr></table>\n<figure><img src='x'></figure>"
    )
    assert "<p><h2>" not in html and "<h2>Judul</h2>" in html
    assert "<blockquote><p>Kutipan</p></blockquote>" in html
    assert "<p><table>" not in html and "<p><figure>" not in html
    assert "<p>Isi</p>" in html


def test_newlines_inside_a_tag_are_not_line_breaks():
    assert autop('Isi <a\nhref="x">tautan</a>') == '<p>Isi <a\nhref="x">tautan</a></p>\n'


def test_two_br_tags_make_a_paragraph_break():
    assert autop("Satu<br><br>Dua") == "<p>Satu</p>\n<p>Dua</p>\n"


def test_carriage_returns_are_newlines():
    assert autop("Satu\r\n\r\nDua\r\ntiga") == "<p>Satu</p>\n<p>Dua<br />\ntiga</p>\n"


def test_no_break_space_is_text_not_a_gap():
    assert autop("a\n\u00a0\nb") == "<p>a<br />\n\u00a0<br />\nb</p>\n"
