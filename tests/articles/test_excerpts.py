"""Excerpts: paragraphs stay apart, long text is cut between words with "…"."""

import pytest
from bs4 import BeautifulSoup

from articles.discovery.search import with_snippets
from articles.excerpts import cut_at_word, excerpt, html_to_text
from tests import factories


def test_paragraphs_keep_a_space_between_them():
    assert html_to_text("<p>Akhir perang.</p><p>Presiden berkata</p>") == (
        "Akhir perang. Presiden berkata"
    )
    assert html_to_text("<li>satu</li><li>dua</li>baris<br>baru") == "satu dua baris baru"


def test_a_long_text_is_cut_between_words_with_an_ellipsis():
    text = "Presiden meresmikan jembatan baru di Kalimantan Timur pada Senin pagi"
    cut = cut_at_word(text, 30)
    assert cut.endswith("…")
    assert len(cut) <= 30
    assert text.startswith(cut[:-1])
    # The character after the cut in the original is a space: no half word.
    assert text[len(cut) - 1] == " "


def test_a_short_text_is_left_whole():
    assert cut_at_word("Berita singkat.", 30) == "Berita singkat."


def test_one_long_word_is_cut_where_the_limit_falls():
    assert cut_at_word("a" * 50, 10) == "a" * 9 + "…"


def test_excerpt_of_html():
    assert excerpt("<p>Satu dua tiga.</p><p>Empat lima enam tujuh.</p>", 25) == (
        "Satu dua tiga. Empat…"
    )


@pytest.mark.django_db
def test_search_snippets_end_on_a_word_with_an_ellipsis(settings):
    words = " ".join(f"kata{i}" for i in range(120))
    article = factories.make_article(lead="", body=f"<p>Banjir melanda.</p><p>{words}</p>")
    [result] = with_snippets([article], query="banjir")
    text = BeautifulSoup(str(result.snippet), "html.parser").get_text()
    assert "melanda. kata0" in text
    assert text.endswith("…")
    last_word = text[:-1].split()[-1]
    assert last_word in words.split()


@pytest.mark.django_db
def test_article_description_keeps_paragraphs_apart(client):
    article = factories.make_article(lead="", body="<p>Perang usai.</p><p>Presiden pulang.</p>")
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    assert soup.find("meta", attrs={"name": "description"})["content"] == (
        "Perang usai. Presiden pulang."
    )
