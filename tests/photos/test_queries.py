"""Photos never add queries per photo: pages cost the same with 1 photo or 5."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.photos.models import Photo
from articles.photos.renditions import EXTENSIONS, plan
from tests.factories import make_article, make_category, make_source, make_tag


def listed_photo(n: int) -> Photo:
    """A photo row as the library keeps one (no files needed to count queries)."""
    folder = f"foto/uji/{n}"
    facts = [
        {
            "kind": spec.kind,
            "format": spec.format,
            "width": spec.width,
            "height": spec.height,
            "path": f"{folder}/f-{spec.stem}.{EXTENSIONS[spec.format]}",
            "bytes": 1000,
        }
        for spec in plan(1600, 900)
    ]
    return Photo.objects.create(
        alt_text=f"Foto {n}", original=f"{folder}/f.jpg", width=1600, height=900, renditions=facts
    )


def _body(photos) -> str:
    return "".join(
        f'<p>Paragraf {p.pk}.</p><figure data-photo="{p.pk}">'
        f'<img src="/media/{p.share_rendition()["path"]}" alt="{p.alt_text}">'
        f"<figcaption>Keterangan {p.pk}</figcaption></figure>"
        for p in photos
    )


def _site(n: int, editor) -> dict:
    """Pages whose every article, body figure and related article has a photo: ``n`` of each."""
    category, tag, source = make_category(), make_tag(), make_source()
    photos = [listed_photo(i) for i in range(n)]
    listed = [
        make_article(
            category=category, tags=[tag], source=source, editor=editor, featured_photo=photo
        )
        for photo in photos
    ]
    article = make_article(
        category=category,
        tags=[tag],
        source=source,
        editor=editor,
        featured_photo=photos[0],
        body=_body(photos),
        related=listed,
    )
    return {
        "article": article.get_absolute_url(),
        "home": "/",
        "category": category.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "source": source.get_absolute_url(),
        "search": "/cari/?q=judul",
        "feed": "/feed/",
    }


def _count(client, url) -> tuple[int, bytes]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries), response.content


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_photos(client, editor_user):
    one = {page: _count(client, url) for page, url in _site(1, editor_user).items()}
    five = {page: _count(client, url) for page, url in _site(5, editor_user).items()}
    for page, (queries, _content) in five.items():
        assert queries <= one[page][0], (page, queries, one[page][0])
    # The search results list has its own template, without thumbnails.
    for page in ("article", "home", "category", "tag", "source"):
        assert five[page][1].count(b"<picture>") >= 5, page
    assert five["feed"][1].count(b"<enclosure") >= 5
    assert five["article"][1].count(b'class="photo photo--inline"') == 5
