"""Shortcodes: captions become figures, the rest goes, prose in brackets stays."""

from wordpress.shortcodes import convert_shortcodes


def test_caption_becomes_a_figure_with_its_caption():
    text = (
        '[caption id="attachment_5" align="aligncenter" width="300"]'
        '<img src="https://x.example/a.jpg" alt="A" width="300" /> Presiden di Istana[/caption]'
    )
    assert convert_shortcodes(text) == (
        '<figure><img src="https://x.example/a.jpg" alt="A" width="300" />'
        "<figcaption>Presiden di Istana</figcaption></figure>"
    )


def test_caption_attribute_of_old_exports_and_a_linked_image():
    text = '[caption id="a" caption="Lama"]<a href="/b.jpg"><img src="b.jpg" /></a>[/caption]'
    assert convert_shortcodes(text) == (
        '<figure><a href="/b.jpg"><img src="b.jpg" /></a><figcaption>Lama</figcaption></figure>'
    )


def test_embed_keeps_its_url_and_gallery_goes():
    text = 'Video [embed]https://youtu.be/x[/embed] [gallery ids="1,2"] [more]'
    assert convert_shortcodes(text) == "Video https://youtu.be/x  "


def test_nested_enclosing_shortcodes_keep_their_text():
    assert convert_shortcodes('[su_box title="x"][su_button]Klik[/su_button][/su_box]') == "Klik"


def test_bracketed_prose_and_escaped_shortcodes_stay():
    assert convert_shortcodes("[Baca juga] catatan [1] [[gallery]]") == (
        "[Baca juga] catatan [1] [gallery]"
    )
