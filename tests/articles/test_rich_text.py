"""The article body's rich-text editor, server side: what the admin serves and stores."""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from articles.editor.cleaning import clean_body_html
from articles.editor.equivalence import same_content
from articles.editor.schema import unsupported_elements
from articles.models import Article
from tests.factories import make_article

SEED_SLUG = "nato-rusia-serang-kota-kota-ukraina-karena-kalah-di-medan-perang"
EDITOR_ATTRIBUTE = "data-django-prose-editor-article"

# What Word 365 (Windows) puts on the clipboard, trimmed to one document.
WORD_CLIPBOARD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<style><!--
 p.MsoNormal, li.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:11.0pt;
 font-family:"Calibri",sans-serif;}
 p.MsoListParagraphCxSpFirst {mso-style-type:export-only; margin-left:36.0pt;}
--></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View>
<w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->
</head>
<body lang=IN style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h2><a name="_Toc167300001"></a><span lang=IN style='mso-ansi-language:IN'>Stok Beras
Aman<o:p></o:p></span></h2>
<p class=MsoNormal><span lang=IN style='font-size:12.0pt;mso-bidi-font-size:11.0pt'>Menurut
<b style='mso-bidi-font-weight:normal'><span style='color:#C00000'>Bulog</span></b>, stok
<i style='mso-bidi-font-style:normal'>cukup</i> hingga <a href="https://www.bulog.co.id/"><span
style='color:windowtext;text-decoration:none'>Lebaran</span></a>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span
style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=IN>Beras medium<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span
style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=IN>Beras premium<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if
!supportLists]><span lang=IN><span style='mso-list:Ignore'>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=IN>Cek gudang<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if
!supportLists]><span lang=IN><span style='mso-list:Ignore'>2.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=IN>Salurkan ke pasar<o:p></o:p></span></p>
<p class=MsoQuote><i><span lang=IN>“Kami siap,” katanya.<o:p></o:p></span></i></p>
<!--EndFragment-->
</body>
</html>"""

# What Google Docs (Chrome) puts on the clipboard.
DOCS_CLIPBOARD = (
    '<meta charset="utf-8"><b style="font-weight:normal;" '
    'id="docs-internal-guid-5f1c2a7e-7fff-1a2b-3c4d-0123456789ab">'
    '<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;">'
    '<span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;'
    "background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;"
    'text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">'
    "Harga Cabai Turun</span></h2>"
    '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">'
    '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;'
    'background-color:transparent;font-weight:400;font-style:normal;">Harga cabai di </span>'
    '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;'
    'background-color:transparent;font-weight:700;font-style:normal;">Pasar Induk</span>'
    '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;'
    'background-color:transparent;font-weight:400;font-style:italic;"> turun tajam</span>'
    '<span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">, kata </span>'
    '<a href="https://www.kemendag.go.id/" style="text-decoration:none;">'
    '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;'
    'font-weight:400;text-decoration:underline;">Kemendag</span></a>'
    '<span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">.</span></p>'
    '<br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">'
    '<li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1">'
    '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation">'
    '<span style="font-size:11pt;font-weight:400;">Cabai rawit</span></p></li>'
    '<li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1">'
    '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation">'
    '<span style="font-size:11pt;font-weight:400;">Cabai merah</span></p></li></ul>'
    '</b><br class="Apple-interchange-newline">'
)

OFFICE_NOISE = re.compile(
    r"<span|<o:p|<font|\sstyle=|\sclass=|\sid=|\sdir=|\slang=|<b\s|mso-|Mso|docs-internal"
)


def _between_blocks(html: str) -> str:
    """``html`` without the line breaks between its blocks."""
    return re.sub(r">\s+<(/?(?:h2|p|ul|ol|li)>)", r"><\1", html)


def _form_data(html: str) -> dict:
    """What a browser posts when the change form is saved untouched."""
    form = BeautifulSoup(html, "html.parser").find("form", id="article_form")
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        kind = field.get("type", "text")
        if not name or field.has_attr("disabled") or kind in ("submit", "button", "file"):
            continue
        if field.name == "textarea":
            # The parser keeps the line break Django writes after <textarea>.
            values = [field.get_text().removeprefix("\n")]
        elif field.name == "select":
            values = [option.get("value", "") for option in field.find_all("option", selected=True)]
        elif kind in ("checkbox", "radio"):
            values = [field.get("value", "on")] if field.has_attr("checked") else []
        else:
            values = [field.get("value", "")]
        data.setdefault(name, []).extend(values)
    data["_save"] = ["Simpan"]
    return data


def _article_body(path: str) -> str:
    """The body as a reader's page shows it, fresh from the server."""
    cache.clear()
    response = Client().get(path)
    assert response.status_code == 200
    return str(BeautifulSoup(response.content, "html.parser").select_one(".article__body"))


def _add(client, editor_user, body: str) -> Article:
    response = client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Tempelan dari pengolah kata",
            "body": body,
            "status": Article.Status.DRAFT,
            "published_at_0": "2024-05-01",
            "published_at_1": "08:00:00",
            "editor": editor_user.pk,
            "comments_open": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Article.objects.get(title="Tempelan dari pengolah kata")


# --- Pasting from Word and Google Docs ------------------------------------------


@pytest.mark.django_db
def test_a_word_paste_is_stored_as_clean_html(editor_client, editor_user):
    body = _add(editor_client, editor_user, WORD_CLIPBOARD).body
    assert not OFFICE_NOISE.search(body), body
    assert _between_blocks(body) == (
        "<h2>Stok Beras Aman</h2>"
        "<p>Menurut <strong>Bulog</strong>, stok <em>cukup</em> hingga "
        '<a href="https://www.bulog.co.id/">Lebaran</a>.</p>'
        "<ul><li>Beras medium</li><li>Beras premium</li></ul>"
        "<ol><li>Cek gudang</li><li>Salurkan ke pasar</li></ol>"
        "<p><em>“Kami siap,” katanya.</em></p>"
    )


@pytest.mark.django_db
def test_a_google_docs_paste_is_stored_as_clean_html(editor_client, editor_user):
    body = _add(editor_client, editor_user, DOCS_CLIPBOARD).body
    assert not OFFICE_NOISE.search(body), body
    # Docs' <b style="font-weight:normal"> wrapper is gone: the text is not all bold.
    assert body == (
        "<h2>Harga Cabai Turun</h2>"
        "<p>Harga cabai di <strong>Pasar Induk</strong><em> turun tajam</em>, kata "
        '<a href="https://www.kemendag.go.id/">Kemendag</a>.</p>'
        "<ul><li>Cabai rawit</li><li>Cabai merah</li></ul>"
    )


def test_office_tidying_leaves_ordinary_html_alone():
    body = '<p>Satu <b>dua</b> <a href="https://kabar.example/">tiga</a></p><ul><li>a</li></ul>'
    assert clean_body_html(body) == body


# --- What the editor sends ----------------------------------------------------------


@pytest.mark.django_db
def test_script_event_handlers_and_javascript_links_are_cleaned(editor_client, editor_user):
    body = _add(
        editor_client,
        editor_user,
        '<p>Awal<script>alert(1)</script> <img src="https://x.example/a.jpg" onerror="alert(2)">'
        '<a href="javascript:alert(3)" onclick="alert(4)">tautan</a>'
        '<strong onmouseover="alert(5)">tebal</strong></p>'
        '<iframe src="https://evil.example/"></iframe><p style="color:red">akhir</p>',
    ).body
    for bad in ("<script", "alert", "onerror", "onclick", "onmouseover", "javascript:", "iframe"):
        assert bad not in body, body
    assert "style=" not in body
    assert '<img src="https://x.example/a.jpg">' in body
    assert "<a>tautan</a>" not in body and "tautan" in body
    assert "<p>akhir</p>" in body


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        # The editor wraps each list item's text in a paragraph.
        ("<ul><li><p>Satu</p></li><li><p>Dua</p></li></ul>", "<ul><li>Satu</li><li>Dua</li></ul>"),
        (
            "<ol><li><p>Satu</p><ul><li><p>a</p></li></ul></li></ol>",
            "<ol><li>Satu<ul><li>a</li></ul></li></ol>",
        ),
        ("<ul><li><p>Satu</p><p>Dua</p></li></ul>", "<ul><li><p>Satu</p><p>Dua</p></li></ul>"),
        # The editor's empty document; the link dialog's empty title.
        ("<p></p>", ""),
        ('<p><a href="/x/" title="">a</a></p>', '<p><a href="/x/">a</a></p>'),
    ],
)
def test_the_editors_markup_habits_are_undone(sent, stored):
    assert clean_body_html(sent) == stored


@pytest.mark.django_db
def test_an_inline_library_photo_is_stored_as_the_editor_wrote_it(editor_client, editor_user):
    figure = (
        '<figure data-photo="42"><img src="/media/photos/42/1200.jpg" alt="Petani memanen padi">'
        "<figcaption>Panen raya di Karawang — ANTARA/Ali</figcaption></figure>"
    )
    body = _add(editor_client, editor_user, f"<p>Sebelum.</p>{figure}<p>Sesudah.</p>").body
    assert body == f"<p>Sebelum.</p>{figure}<p>Sesudah.</p>"


# --- Existing bodies ----------------------------------------------------------------


@pytest.mark.django_db
def test_the_seed_article_round_trips_unchanged(editor_client, demo):
    seed = Article.objects.get(slug=SEED_SLUG)
    stored, page = seed.body, _article_body(seed.get_absolute_url())
    admin = editor_client
    url = reverse("admin:articles_article_change", args=[seed.pk])
    change = admin.get(url)
    assert change.status_code == 200
    data = _form_data(change.content.decode())
    assert data["body"] == [stored]
    response = admin.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    seed.refresh_from_db()
    assert seed.body == stored
    assert _article_body(seed.get_absolute_url()) == page


@pytest.mark.django_db
def test_the_seed_body_as_the_editor_writes_it_back_is_not_rewritten(editor_client, demo):
    seed = Article.objects.get(slug=SEED_SLUG)
    stored = seed.body
    # ProseMirror's serialization: no line breaks between blocks, entities its own way.
    rewritten = stored.replace("</p>\n<p>", "</p><p>").strip()
    assert rewritten != stored
    url = reverse("admin:articles_article_change", args=[seed.pk])
    data = _form_data(editor_client.get(url).content.decode())
    data["body"] = [rewritten]
    assert editor_client.post(url, data).status_code == 302
    seed.refresh_from_db()
    assert seed.body == stored
    # A real change is kept.
    data["body"] = [rewritten.replace("Stoltenberg", "Stoltenberg (Sekjen NATO)", 1)]
    assert editor_client.post(url, data).status_code == 302
    seed.refresh_from_db()
    assert "Stoltenberg (Sekjen NATO)" in seed.body


@pytest.mark.django_db
def test_a_body_with_a_table_is_edited_as_html_and_keeps_it(editor_client, category, editor_user):
    table = (
        '<table><caption>Harga beras</caption><thead><tr><th scope="col">Jenis</th>'
        '<th scope="col">Harga</th></tr></thead><tbody><tr><td>Medium</td><td>Rp12.500</td>'
        "</tr></tbody></table>"
    )
    article = make_article(
        category=category, editor=editor_user, body=f"<p>Harga <u>hari ini</u>:</p>{table}"
    )
    stored = article.body
    url = reverse("admin:articles_article_change", args=[article.pk])
    page = editor_client.get(url).content.decode()
    soup = BeautifulSoup(page, "html.parser")
    textarea = soup.find("textarea", attrs={"name": "body"})
    assert not textarea.has_attr(EDITOR_ATTRIBUTE)
    assert "js/editor/article-body.js" not in page
    # The help text says why, naming the tags as text.
    help_text = soup.select_one(".field-body .help")
    assert "disunting sebagai HTML" in help_text.get_text()
    assert "(<table>, <u>)" in help_text.get_text()
    assert help_text.find_all(["table", "u"]) == []
    assert editor_client.post(url, _form_data(page)).status_code == 302
    article.refresh_from_db()
    assert article.body == stored


@pytest.mark.parametrize(
    ("html", "unsupported"),
    [
        ("<p>Teks <strong>tebal</strong>, <i>miring</i>, <a href='/x/'>tautan</a></p>", []),
        ("<h2>a</h2><h3>b</h3><h4>c</h4><blockquote><p>kutipan</p></blockquote>", []),
        ("<ul><li>a<ol><li>b</li></ol></li></ul><p>a<br>b</p>", []),
        ('<figure data-photo="3"><img src="https://x.example/a.jpg" alt="A"></figure>', []),
        (
            '<figure><img src="https://x.example/a.jpg" alt=""><figcaption>K</figcaption></figure>',
            [],
        ),
        (
            '<figure><img src="/a.jpg"><figcaption><a href="/">K</a></figcaption></figure>',
            ["figure"],
        ),
        ('<p><img src="https://x.example/a.jpg" alt="A"></p>', ["img"]),
        ("<table><tr><td>1</td></tr></table>", ["table"]),
        (
            "<p><u>garis</u> <s>coret</s> <sup>2</sup> <q>kutip</q></p><hr>",
            ["hr", "q", "s", "sup", "u"],
        ),
        ('<blockquote cite="https://x.example/">a</blockquote>', ["blockquote"]),
        ("<p><a>tanpa alamat</a> <a href='/' title='Judul'>ok</a></p>", ["a"]),
    ],
)
def test_what_the_editor_can_hold(html, unsupported):
    assert unsupported_elements(html) == unsupported


@pytest.mark.parametrize(
    ("stored", "submitted", "same"),
    [
        ("<p>a</p>\n<p>b</p>", "<p>a</p><p>b</p>", True),
        ("<p>Satu  <b>dua</b>\n tiga </p>", "<p>Satu <strong>dua</strong> tiga</p>", True),
        ("<p><em><strong>x</strong></em></p>", "<p><strong><em>x</em></strong></p>", True),
        ("<ul>\n<li>a</li>\n</ul>", "<ul><li><p>a</p></li></ul>", True),
        ("<blockquote>kutipan</blockquote>", "<blockquote><p>kutipan</p></blockquote>", True),
        ("Teks lepas<br>baris dua", "<p>Teks lepas<br>baris dua</p>", True),
        ("<p>a</p>", "<p>a.</p>", False),
        ("<p>a b</p>", "<p>a <strong>b</strong></p>", False),
        ("<p>a</p><p>b</p>", "<p>a<br>b</p>", False),
        ('<p><a href="/x/">a</a></p>', '<p><a href="/y/">a</a></p>', False),
        ("<ul><li>a</li></ul>", "<ol><li>a</li></ol>", False),
    ],
)
def test_a_body_is_the_same_when_readers_see_no_difference(stored, submitted, same):
    assert same_content(stored, submitted) is same


# --- The admin pages ----------------------------------------------------------------


def _editor_config(page: str) -> dict:
    textarea = BeautifulSoup(page, "html.parser").find("textarea", attrs={"name": "body"})
    return json.loads(textarea[EDITOR_ATTRIBUTE])


def _assert_assets_are_our_own(page: str) -> None:
    soup = BeautifulSoup(page, "html.parser")
    scripts = soup.find_all("script")
    # No inline script (an import map is one): the CSP would refuse it.
    assert all(script.get("src") for script in scripts), [s for s in scripts if not s.get("src")]
    assert not soup.find("script", type="importmap")
    assert not soup.find("style")
    urls = [s["src"] for s in scripts] + [link["href"] for link in soup.find_all("link", href=True)]
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
    assert '<script src="/static/js/editor/article-body.js" type="module">' in page
    for css in [
        "django_prose_editor/material-icons.css",
        "django_prose_editor/editor.css",
        "django_prose_editor/overrides.css",
        "css/editor.css",
    ]:
        assert f'href="/static/{css}"' in page, css
    config = _editor_config(page)
    assert config["editor_module"] == "/static/django_prose_editor/editor.js"
    assert config["js_modules"] == [
        "/static/js/editor/photo.js",
        "/static/js/editor/paste.js",
        "/static/js/editor/toolbar.js",
        "/static/js/editor/link.js",
    ]
    for url in [config["editor_module"], *config["js_modules"]]:
        assert finders.find(url.removeprefix("/static/")), url


@pytest.mark.django_db
def test_the_add_and_change_pages_load_the_editor_from_our_own_static(editor_client, article):
    for url in [
        reverse("admin:articles_article_add"),
        reverse("admin:articles_article_change", args=[article.pk]),
    ]:
        response = editor_client.get(url)
        assert response.status_code == 200
        policy = dict(
            directive.strip().split(" ", 1)
            for directive in response["Content-Security-Policy"].split(";")
        )
        assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
        _assert_assets_are_our_own(response.content.decode())


@pytest.mark.django_db
def test_the_editor_is_configured_for_the_newsroom(editor_client):
    page = editor_client.get(reverse("admin:articles_article_add")).content.decode()
    config = _editor_config(page)
    extensions = config["extensions"]
    assert extensions["Heading"] == {"levels": [2, 3, 4]}
    for name in ["Bold", "Italic", "ArticleLink", "BulletList", "OrderedList", "Blockquote"]:
        assert extensions[name], name
    for name in ["Table", "Image", "Figure", "HTML", "TextAlign", "Underline"]:
        assert name not in extensions, name
    assert extensions["ArticleToolbar"]["labels"]["bold"] == "Tebal"
    assert extensions["ArticlePhoto"]["texts"]["button"] == "Foto"
    assert extensions["ArticlePhoto"]["pickerUrl"] == reverse("admin:articles_photo_picker")
    assert config["catalog"]["Cancel"] == "Batal"
    # The field's old help text ("HTML; dibersihkan saat disimpan.") is gone.
    assert "dibersihkan saat disimpan" not in page


def test_the_editor_modules_are_plain_static_files():
    root = Path(__file__).resolve().parents[2] / "static"
    for path in [
        "js/editor/article-body.js",
        "js/editor/photo.js",
        "js/editor/paste.js",
        "js/editor/toolbar.js",
        "js/editor/field-names.js",
    ]:
        source = (root / path).read_text(encoding="utf-8")
        # No bare specifier: nothing here needs an import map.
        assert not re.search(r"""(from|import)\s*\(?\s*["'](?![./])""", source), path
        assert "django-prose-editor/editor" not in source, path
