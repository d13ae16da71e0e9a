"""WordPress exports (WXR) written for the tests, in the format WordPress writes.

``export()`` puts a channel around items made with ``post()``, ``page()``,
``attachment()`` and ``comment()``; ``site()`` is a small news site with
every case the importer knows about.
"""

from xml.sax.saxutils import escape

WP_12 = "http://wordpress.org/export/1.2/"
WP_11 = "http://wordpress.org/export/1.1/"
WP_COM = "https://wordpress.org/export/1.2/"
SITE = "https://lama.example"

AUTHORS = [
    {
        "login": "budi",
        "email": "budi@lama.example",
        "display": "Budi Santoso",
        "first": "Budi",
        "last": "Santoso",
    },
    {
        "login": "sari dewi",
        "email": "sari@lama.example",
        "display": "Sari Dewi",
        "first": "",
        "last": "",
    },
]
CATEGORIES = [
    ("berita", "Berita", ""),
    ("politik", "Politik", "berita"),
    ("pilkada", "Pilkada", "politik"),
    ("olahraga", "Olahraga", ""),
    ("uncategorized", "Uncategorized", ""),
]
TAGS = [("banjir", "Banjir"), ("pemilu", "Pemilu")]


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def comment(
    wp_id,
    content,
    *,
    parent=0,
    approved="1",
    type="",
    author=None,
    email=None,
    ip="203.0.113.7",
    agent="Mozilla/5.0 (X11; Linux x86_64)",
    url="",
    date_gmt="2020-05-03 08:00:00",
    date="2020-05-03 15:00:00",
) -> str:
    author = author if author is not None else f"Pembaca {wp_id}"
    email = email if email is not None else f"pembaca{wp_id}@surel.example"
    return f"""
    <wp:comment>
      <wp:comment_id>{wp_id}</wp:comment_id>
      <wp:comment_author>{cdata(author)}</wp:comment_author>
      <wp:comment_author_email>{escape(email)}</wp:comment_author_email>
      <wp:comment_author_url>{escape(url)}</wp:comment_author_url>
      <wp:comment_author_IP>{escape(ip)}</wp:comment_author_IP>
      <wp:comment_agent>{escape(agent)}</wp:comment_agent>
      <wp:comment_date>{date}</wp:comment_date>
      <wp:comment_date_gmt>{date_gmt}</wp:comment_date_gmt>
      <wp:comment_content>{cdata(content)}</wp:comment_content>
      <wp:comment_approved>{approved}</wp:comment_approved>
      <wp:comment_type>{type}</wp:comment_type>
      <wp:comment_parent>{parent}</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
    </wp:comment>"""


def item(
    wp_id,
    title,
    *,
    post_type="post",
    slug="",
    status="publish",
    date_gmt="2020-05-03 07:15:00",
    date=None,
    content="",
    excerpt="",
    creator="budi",
    categories=(),
    tags=(),
    meta=None,
    comments=(),
    parent=0,
    link=None,
    guid=None,
    attachment_url="",
    password="",
    comment_status="open",
) -> str:
    if date is None:
        date = "2020-05-03 14:15:00" if date_gmt == "2020-05-03 07:15:00" else date_gmt
    link = link if link is not None else f"{SITE}/{date[:4]}/{date[5:7]}/{slug or wp_id}/"
    guid = guid if guid is not None else f"{SITE}/?p={wp_id}"
    terms = "".join(
        f'\n    <category domain="category" nicename="{s}">{cdata(n)}</category>'
        for s, n in categories
    ) + "".join(
        f'\n    <category domain="post_tag" nicename="{s}">{cdata(n)}</category>' for s, n in tags
    )
    metas = "".join(
        f"\n    <wp:postmeta><wp:meta_key>{escape(k)}</wp:meta_key>"
        f"<wp:meta_value>{cdata(v)}</wp:meta_value></wp:postmeta>"
        for k, v in (meta or {}).items()
    )
    extra = (
        f"\n    <wp:attachment_url>{escape(attachment_url)}</wp:attachment_url>"
        if (attachment_url)
        else ""
    )
    return f"""
  <item>
    <title>{escape(title)}</title>
    <link>{escape(link)}</link>
    <pubDate>Sun, 03 May 2020 07:15:00 +0000</pubDate>
    <dc:creator>{cdata(creator)}</dc:creator>
    <guid isPermaLink="false">{escape(guid)}</guid>
    <description></description>
    <content:encoded>{cdata(content)}</content:encoded>
    <excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>
    <wp:post_id>{wp_id}</wp:post_id>
    <wp:post_date>{cdata(date)}</wp:post_date>
    <wp:post_date_gmt>{cdata(date_gmt)}</wp:post_date_gmt>
    <wp:comment_status>{comment_status}</wp:comment_status>
    <wp:ping_status>open</wp:ping_status>
    <wp:post_name>{cdata(slug)}</wp:post_name>
    <wp:status>{status}</wp:status>
    <wp:post_parent>{parent}</wp:post_parent>
    <wp:menu_order>0</wp:menu_order>
    <wp:post_type>{post_type}</wp:post_type>
    <wp:post_password>{cdata(password)}</wp:post_password>
    <wp:is_sticky>0</wp:is_sticky>{extra}{terms}{metas}{"".join(comments)}
  </item>"""


def export(
    items,
    *,
    namespace=WP_12,
    version="1.2",
    site=SITE,
    authors=AUTHORS,
    categories=CATEGORIES,
    tags=TAGS,
) -> str:
    excerpt_ns = namespace.replace("export/", "export/").rstrip("/") + "/excerpt/"
    if "1.1" in namespace:
        excerpt_ns = "http://wordpress.org/export/1.1/excerpt/"
    people = "".join(
        f"""
  <wp:author><wp:author_id>{i}</wp:author_id><wp:author_login>{cdata(a["login"])}</wp:author_login>
    <wp:author_email>{cdata(a["email"])}</wp:author_email>
    <wp:author_display_name>{cdata(a["display"])}</wp:author_display_name>
    <wp:author_first_name>{cdata(a["first"])}</wp:author_first_name>
    <wp:author_last_name>{cdata(a["last"])}</wp:author_last_name></wp:author>"""
        for i, a in enumerate(authors, 1)
    )
    cats = "".join(
        f"""
  <wp:category><wp:term_id>{i}</wp:term_id><wp:category_nicename>{cdata(s)}</wp:category_nicename>
    <wp:category_parent>{cdata(p)}</wp:category_parent><wp:cat_name>{cdata(n)}</wp:cat_name></wp:category>"""
        for i, (s, n, p) in enumerate(categories, 1)
    )
    tag_list = "".join(
        f"""
  <wp:tag><wp:term_id>{i}</wp:term_id><wp:tag_slug>{cdata(s)}</wp:tag_slug>
    <wp:tag_name>{cdata(n)}</wp:tag_name></wp:tag>"""
        for i, (s, n) in enumerate(tags, 50)
    )
    version_line = f"<wp:wxr_version>{version}</wp:wxr_version>" if version else ""
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<rss version="2.0"
  xmlns:excerpt="{excerpt_ns}"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="{namespace}"
>
<channel>
  <title>Kabar Lama</title>
  <link>{site}</link>
  <description>Berita lama</description>
  <pubDate>Mon, 01 Jun 2020 00:00:00 +0000</pubDate>
  <language>id-ID</language>
  {version_line}
  <wp:base_site_url>{site}</wp:base_site_url>
  <wp:base_blog_url>{site}</wp:base_blog_url>
{people}{cats}{tag_list}
  <generator>https://wordpress.org/?v=6.5</generator>
{"".join(items)}
</channel>
</rss>
"""


BANJIR_BODY = "\n".join(
    [
        "Hujan deras sejak Sabtu malam membuat banjir di Jakarta. Air setinggi satu meter.",
        "Warga mengungsi ke masjid.",
        "",
        '[caption id="attachment_201" align="aligncenter" width="640"]'
        '<img class="size-large wp-image-201" '
        'src="https://lama.example/wp-content/uploads/2020/05/banjir-640x480.jpg" '
        'alt="Banjir di Kampung Melayu" width="640" height="480" /> '
        "Banjir di Kampung Melayu, Minggu pagi.[/caption]",
        "",
        "Daftar wilayah terdampak:",
        "<ul>",
        "  <li>Kampung Melayu</li>",
        "  <li>Bidara Cina</li>",
        "</ul>",
        "<pre>Tinggi muka air:",
        "  Katulampa   150 cm",
        "",
        "  Manggarai   850 cm</pre>",
        'Baca: <a href="https://www.medcom.id/nasional/banjir">Banjir di ibu kota</a>',
        "",
        'Lihat juga <a href="https://lama.example/?p=102">gempa kemarin</a> dan '
        '<a href="https://lama.example/2020/05/gempa-di-lombok/">laporan lengkapnya</a> '
        'serta <a href="/category/berita/politik/">berita politik</a>.',
        "",
        "[embed]https://www.youtube.com/watch?v=abc123[/embed]",
        "",
        '[gallery ids="201,202"]',
    ]
)


def site(
    *,
    namespace=WP_12,
    version="1.2",
    extra_items=(),
    banjir_title="Banjir melanda Jakarta",
    banjir_comments=None,
) -> str:
    """A small news site: every status, every kind of item, a threaded discussion."""
    if banjir_comments is None:
        banjir_comments = [
            comment(1001, "Semoga cepat surut.\n\nTetap waspada ya."),
            comment(1002, "Amin.\nTerima kasih infonya.", parent=1001),
            comment(1003, "Di sini juga banjir.", parent=1002),
            comment(1004, "Balasan ketiga.", parent=1003),
            comment(1005, "Balasan keempat, lebih dalam dari tampilan.", parent=1004),
            comment(1006, "Menunggu moderasi.", approved="0"),
            comment(1007, "Beli obat murah di sini", approved="spam"),
            comment(1008, "Komentar yang dibuang.", approved="trash"),
            comment(1009, "Pingback dari blog lain", type="pingback", author="Blog Lain"),
            comment(1010, "Trackback", type="trackback"),
            comment(1011, "Balasan untuk pingback.", parent=1009),
        ]
    items = [
        item(
            101,
            banjir_title,
            slug="banjir-melanda-jakarta",
            content=BANJIR_BODY,
            excerpt="Banjir <b>melanda</b> Jakarta sejak Sabtu malam.",
            categories=[("politik", "Politik")],
            tags=[("banjir", "Banjir")],
            meta={
                "_thumbnail_id": "201",
                "sumber": "Antara",
                "source_url": "https://www.antaranews.com/berita/1/banjir",
            },
            comments=banjir_comments,
        ),
        item(
            102,
            "Gempa di Lombok",
            slug="",
            date_gmt="2020-05-02 20:30:00",
            date="2020-05-03 03:30:00",
            link=f"{SITE}/2020/05/gempa-di-lombok/",
            content="Gempa magnitudo 5,2 mengguncang Lombok. Tidak ada korban jiwa.\n\n"
            "Warga sempat panik dan keluar rumah.",
            creator="sari dewi",
        ),
        item(
            103,
            "Jadwal pemilu diumumkan",
            slug="jadwal-pemilu",
            status="future",
            date_gmt="2099-01-01 01:00:00",
            date="2099-01-01 08:00:00",
            content="KPU akan mengumumkan jadwal.",
            categories=[("olahraga", "Olahraga")],
            tags=[("pemilu", "Pemilu")],
        ),
        item(
            104,
            "Draf tanpa tanggal",
            slug="",
            status="draft",
            date_gmt="0000-00-00 00:00:00",
            date="2020-06-01 09:00:00",
            content="Masih ditulis.",
        ),
        item(105, "Menunggu tinjauan", slug="menunggu-tinjauan", status="pending", content="Isi."),
        item(106, "Catatan pribadi", slug="catatan-pribadi", status="private", content="Isi."),
        item(107, "Dibuang", slug="dibuang", status="trash", content="Isi."),
        item(
            301,
            "Tentang kami",
            post_type="page",
            slug="tentang-kami",
            content="Halaman.",
            comments=[comment(3001, "Komentar di halaman.")],
        ),
        item(
            201,
            "banjir",
            post_type="attachment",
            slug="banjir",
            status="inherit",
            parent=101,
            attachment_url=f"{SITE}/wp-content/uploads/2020/05/banjir.jpg",
            excerpt="Banjir di Kampung Melayu.",
            meta={
                "_wp_attachment_image_alt": "Warga menembus banjir",
                "_wp_attachment_metadata": 'a:1:{s:10:"image_meta";a:1:{s:6:"credit";'
                's:12:"Foto: Antara";}}',
            },
        ),
        item(
            202,
            "logo",
            post_type="attachment",
            slug="logo",
            status="inherit",
            attachment_url=f"{SITE}/wp-content/uploads/2019/01/logo.png",
        ),
        item(401, "Beranda", post_type="nav_menu_item", slug="401", status="publish"),
        *extra_items,
    ]
    return export(items, namespace=namespace, version=version)
