"""Library photos inside article bodies: kept by the sanitizer, expanded on the page."""

import pytest
from bs4 import BeautifulSoup

from articles.photos.body import with_photos
from articles.sanitize import sanitize_article_html
from tests.factories import make_article
from tests.photos.conftest import make_photo


def figure(photo, *, alt=None, caption="Keterangan — Foto: Antara/Nama") -> str:
    """What the body editor inserts for a library photo."""
    src = photo.url(photo.share_rendition())
    alt = photo.alt_text if alt is None else alt
    return (
        f'<figure data-photo="{photo.pk}"><img src="{src}" alt="{alt}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


KEPT = [
    '<figure data-photo="12"><img src="/media/foto/2026/11/abc/x-1200.jpg" alt="A">'
    "<figcaption>K — Foto: Antara/N</figcaption></figure>",
    '<figure><img src="https://cdn.kabar.example/foto/x-1200.jpg" alt="A"></figure>',
]
CLEANED = [
    ('<figure data-photo="12 onload=x">x</figure>', "<figure>x</figure>"),
    ('<figure data-photo="javascript:1">x</figure>', "<figure>x</figure>"),
    ('<figure data-photo="１２">x</figure>', "<figure>x</figure>"),
    ('<figure data-other="1" class="c">x</figure>', "<figure>x</figure>"),
    ('<p data-photo="12">x</p>', "<p>x</p>"),
    ('<img src="/static/css/kabar.css">', ""),
    ('<img src="/media/../admin/x.jpg">', ""),
    ('<img src="//evil.example/media/x.jpg">', ""),
    ('<img src="http://kabar.example/media/x.jpg">', ""),
    ('<img src="media/x.jpg">', ""),
    ('<img src="https://[">', ""),
]


@pytest.mark.parametrize("html", KEPT)
def test_the_sanitizer_keeps_library_figures(html):
    assert sanitize_article_html(html) == html


@pytest.mark.parametrize(("dirty", "clean"), CLEANED)
def test_the_sanitizer_refuses_anything_else(dirty, clean):
    assert sanitize_article_html(dirty) == clean


@pytest.mark.django_db
def test_body_photos_become_lazy_pictures_keeping_the_editors_words(client):
    photo = make_photo((1000, 500), alt_text="Asli")
    article = make_article(
        body=f"<p>Pembuka.</p>{figure(photo, alt='Ditulis editor &amp; benar')}<p>Penutup.</p>"
    )
    response = client.get(article.get_absolute_url())
    soup = BeautifulSoup(response.content, "html.parser")
    [fig] = soup.select(".article__body figure")
    assert fig["class"] == ["photo", "photo--inline"] and fig["data-photo"] == str(photo.pk)
    img = fig.select_one("picture > img")
    assert img["alt"] == "Ditulis editor & benar"
    assert (img["loading"], img["decoding"]) == ("lazy", "async")
    assert "fetchpriority" not in img.attrs
    assert (img["width"], img["height"]) == ("960", "480")
    assert fig.select_one("picture > source[type='image/webp']")
    assert fig.figcaption.text == "Keterangan — Foto: Antara/Nama"
    assert len(fig.find_all("img")) == 1
    assert [p.text for p in soup.select(".article__body > p")] == ["Pembuka.", "Penutup."]


@pytest.mark.django_db
def test_a_figure_whose_photo_was_deleted_is_left_out():
    photo = make_photo((400, 300))
    body = sanitize_article_html(f"<p>a</p>{figure(photo)}<p>b</p>")
    photo.delete()
    assert with_photos(body) == "<p>a</p><p>b</p>"


@pytest.mark.django_db
def test_a_body_without_library_photos_costs_no_query(django_assert_num_queries):
    body = '<p>a</p><figure><img src="https://x.example/a.jpg" alt=""></figure>'
    with django_assert_num_queries(0):
        assert with_photos(body) == body


@pytest.mark.django_db
def test_all_the_photos_of_a_body_cost_one_query(django_assert_num_queries):
    photos = [make_photo((400, 300), alt_text=f"Foto {n}") for n in range(3)]
    body = sanitize_article_html("".join(figure(p) for p in photos))
    with django_assert_num_queries(1):
        html = with_photos(body)
    assert html.count("<picture>") == 3
