"""Reading exports: both namespaces, and every hostile or broken file refused."""

import tracemalloc

import pytest

from tests.wordpress import builder
from wordpress import wxr
from wordpress.index import scan


def _records(path):
    return list(wxr.read(path))


@pytest.mark.parametrize(
    ("namespace", "version"),
    [(builder.WP_12, "1.2"), (builder.WP_11, "1.1"), (builder.WP_COM, "1.2")],
)
def test_both_namespaces_and_wordpress_com_are_read(write_export, namespace, version):
    index = scan(write_export(builder.site(namespace=namespace, version=version)))
    assert index.channel.version == version
    assert set(index.posts) == {101, 102, 103, 104, 105, 106}
    banjir = next(
        r for r in _records(write_export(builder.site())) if getattr(r, "wp_id", 0) == 101
    )
    assert "Hujan deras" in banjir.content
    assert banjir.excerpt.startswith("Banjir")
    assert len(banjir.comments) == 11
    assert index.attachments[201].alt_text == "Warga menembus banjir"
    assert index.attachments[201].caption == "Banjir di Kampung Melayu."
    assert index.attachments[201].credit == "Foto: Antara"
    assert index.categories["politik"].parent == "berita"
    assert index.authors["sari dewi"].display_name == "Sari Dewi"


def test_memory_stays_flat_on_a_big_export(write_export):
    # 1,500 posts of 6 KB each: a 9 MB file read with a small, steady footprint.
    body = "Paragraf berita yang panjang. " * 200
    items = [builder.item(i, f"Judul {i}", slug=f"judul-{i}", content=body) for i in range(1500)]
    path = write_export(builder.export(items))
    assert path.stat().st_size > 9_000_000
    tracemalloc.start()
    count = sum(1 for record in wxr.read(path) if isinstance(record, wxr.Item))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 1500
    assert peak < 2_000_000


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><item><title>&lol3;</title></item></channel></rss>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><item><title>&xxe;</title></item></channel></rss>"""

NOT_WXR_RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Feed</title><item><title>Berita</title></item></channel></rss>"""


HOSTILE = {
    "billion laughs": (BILLION_LAUGHS, "DTD"),
    "external entity": (EXTERNAL_ENTITY, "DTD"),
    "truncated": (builder.site()[:5000], "not well-formed"),
    "not xml": ("PK\x03\x04 this is a zip file", "not well-formed"),
    "empty": ("", "not well-formed"),
    "html": ("<html><body>halo</body></html>", "root element is <html>"),
    "plain rss": (NOT_WXR_RSS, "no WXR version"),
    "unknown version": (
        builder.site(namespace="http://wordpress.org/export/1.3/", version="1.3"),
        "unsupported WXR version 1.3",
    ),
    "old version": (
        builder.site(namespace="http://wordpress.org/export/1.0/", version="1.0"),
        "unsupported WXR version 1.0",
    ),
    "version element lies": (builder.site(version="2.0"), "unsupported WXR version 2.0"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_bad_files_are_refused_with_a_clear_error(write_export, name):
    text, message = HOSTILE[name]
    with pytest.raises(wxr.WxrError, match=message):
        scan(write_export(text))
