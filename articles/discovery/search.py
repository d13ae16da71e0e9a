"""Searching published articles, with highlighted snippets.

On PostgreSQL: full-text search over a weighted vector (title above lead
above body), stored in a generated column with a GIN index (migration
0018); the newest matches (``SEARCH_CANDIDATES``) are ranked, with
snippets from ``ts_headline``. On other databases (SQLite,
the no-server default): every word must appear in the title, lead or body,
and a title match ranks above a lead match above a body match. Both answer
with the same interface: a queryset of published articles, best first, and
``with_snippets`` for the page being shown.
"""

import re
from collections.abc import Iterable

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, QuerySet, TextField, Value, When
from django.db.models.expressions import Expression
from django.db.models.functions import Concat, Replace
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..excerpts import ELLIPSIS, html_to_text
from ..models import Article

# Indonesian stemming: "serangan" finds "serang", "dikutip" finds "kutip".
# The stored column (migration 0018) is built on exactly this expression.
SEARCH_CONFIG = "indonesian"

# Private-use code points as highlight markers: they cannot be confused with
# anything an editor typed, and are turned into <mark> only after escaping.
_START = "\ue000"
_STOP = "\ue001"

_SNIPPET_CHARS = 220
_MAX_TERMS = 8
_TERM = re.compile(r'"([^"]+)"|(\S+)')
# Control characters are never part of a word a reader looks for. NUL in
# particular is refused by PostgreSQL in any text parameter, and cuts a LIKE
# pattern short on SQLite (so that it would match every article).
# Control characters and line separators; direction marks, overrides,
# embeddings and isolates, which would make the echoed query read other than it is.
_CONTROL = re.compile("[\x00-\x1f\x7f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")


def search_vector() -> SearchVector:
    """The weighted document vector: the expression of the stored column (migration 0018)."""
    return (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("lead", weight="B", config=SEARCH_CONFIG)
        + SearchVector("body", weight="C", config=SEARCH_CONFIG)
    )


class _StoredDocument(Expression):
    """The ``search_document`` column of the query's article table, whatever its alias.

    The model does not know the column (migration 0018 adds it on
    PostgreSQL only), so this names it on the table the query starts from,
    renamed with it when the query becomes a subquery.
    """

    output_field = SearchVectorField()
    alias = None

    def resolve_expression(self, query=None, *args, **kwargs):
        resolved = self.copy()
        resolved.alias = query.get_initial_alias()
        return resolved

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.alias = change_map.get(self.alias, self.alias)
        return clone

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(self.alias)
        return f"{table}.{connection.ops.quote_name('search_document')}", []


def search_document() -> Expression:
    """The stored ``search_vector()`` of each article (PostgreSQL's generated column).

    Read as stored: matching goes through its GIN index, and ranking reads
    it instead of parsing the body again.
    """
    return _StoredDocument()


def uses_full_text() -> bool:
    return connection.vendor == "postgresql"


def clean_query(query: str) -> str:
    """``query`` as it is searched for: control and direction characters become spaces, ends
    trimmed."""
    return _CONTROL.sub(" ", query).strip()


def search_articles(*, query: str) -> QuerySet[Article]:
    """Published articles matching ``query``, best match first.

    The queryset carries what a result card needs (category, source, tags).
    An empty query matches nothing.
    """
    query = clean_query(query)
    published = Article.objects.published().for_listing()
    if not query:
        return published.none()
    if uses_full_text():
        return _full_text(published, query)
    return _word_match(published, query)


def article_matches(articles: QuerySet[Article], query: str) -> QuerySet[Article]:
    """``articles`` whose title, lead or body has the words of ``query`` (PostgreSQL).

    Read through the GIN index on the weighted vector, in whatever order
    ``articles`` has: the admin's search, drafts included.
    """
    search_query = SearchQuery(clean_query(query), search_type="websearch", config=SEARCH_CONFIG)
    return articles.alias(document=search_document()).filter(document=search_query)


def _full_text(articles: QuerySet[Article], query: str) -> QuerySet[Article]:
    """The newest ``SEARCH_CANDIDATES`` matches, the most relevant of them first.

    Ranking every match of a common word ("ekonomi": a third of the
    archive) costs seconds; a reader wants what is recent and relevant. The
    candidates are read newest first through the indexes, then ranked.
    """
    search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    candidates = (
        article_matches(Article.objects.published(), query)
        .order_by("-published_at", "-id")
        .values("pk")[: settings.SEARCH_CANDIDATES]
    )
    return (
        articles.filter(pk__in=candidates)
        .alias(document=search_document())
        .annotate(
            rank=SearchRank(F("document"), search_query),
            headline=SearchHeadline(
                Concat(_escaped("lead"), Value(" "), "body", output_field=TextField()),
                search_query,
                config=SEARCH_CONFIG,
                start_sel=_START,
                stop_sel=_STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        .order_by("-rank", "-published_at", "-id")
    )


def _escaped(field: str) -> Replace:
    """A plain-text column as HTML, so it reads as text beside the HTML body."""
    text = F(field)
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = Replace(text, Value(char), Value(entity), output_field=TextField())
    return text


def search_terms(query: str) -> list[str]:
    """The words and "quoted phrases" of ``query``, at most a handful."""
    terms = []
    for phrase, word in _TERM.findall(clean_query(query)):
        term = (phrase or word).strip().strip("\"'")
        if term and term.lower() not in (t.lower() for t in terms):
            terms.append(term)
    return terms[:_MAX_TERMS]


def _word_match(articles: QuerySet[Article], query: str) -> QuerySet[Article]:
    terms = search_terms(query)
    if not terms:
        return articles.none()
    condition = Q()
    score = Value(0)
    for term in terms:
        condition &= Q(title__icontains=term) | Q(lead__icontains=term) | Q(body__icontains=term)
        score = score + Case(
            When(title__icontains=term, then=Value(4)),
            When(lead__icontains=term, then=Value(2)),
            default=Value(1),
            output_field=IntegerField(),
        )
    return articles.filter(condition).annotate(rank=score).order_by("-rank", "-published_at", "-id")


def with_snippets(articles: Iterable[Article], *, query: str) -> list[Article]:
    """Give each article a ``snippet``: safe HTML with the matches in <mark>.

    Everything from the article is escaped first; only the markers become
    markup afterwards.
    """
    terms = search_terms(query)
    results = list(articles)
    for article in results:
        headline = getattr(article, "headline", None)
        if headline is not None:
            # ts_headline keeps the body's tags: paragraphs stay apart.
            article.snippet = _marked_to_html(_cut_marks(article, html_to_text(headline)))
        else:
            article.snippet = _python_snippet(article, terms)
    return results


def _cut_marks(article: Article, headline: str) -> str:
    """``headline`` with an ellipsis wherever it cuts the article's text."""
    headline = headline.strip()
    plain = headline.replace(_START, "").replace(_STOP, "")
    text = html_to_text(f"{escape(article.lead)} {article.body}").strip()
    if plain and not text.startswith(plain[:40]):
        headline = f"{ELLIPSIS} {headline}"
    if plain and not text.endswith(plain[-40:]):
        headline = f"{headline}{ELLIPSIS}"
    return headline


def _marked_to_html(text: str) -> SafeString:
    parts = []
    for i, chunk in enumerate(re.split(f"[{_START}{_STOP}]", text)):
        # Markers alternate start/stop, so odd chunks are the matches.
        parts.append(f"<mark>{escape(chunk)}</mark>" if i % 2 else escape(chunk))
    return mark_safe("".join(parts))


def _python_snippet(article: Article, terms: list[str]) -> SafeString:
    # The lead is plain text and the body HTML: escape the one, strip the
    # other, keeping a space where one paragraph ends and the next begins.
    text = html_to_text(f"{escape(article.lead)} {article.body}")
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE) if terms else None
    first = pattern.search(text) if pattern else None
    start = max(0, (first.start() if first else 0) - _SNIPPET_CHARS // 3)
    if start:
        # Begin on a word boundary, not mid-word.
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = start + _SNIPPET_CHARS
    if end < len(text):
        # End on a word boundary too.
        space = text.rfind(" ", start, end + 1)
        end = space if space > start + _SNIPPET_CHARS // 2 else end
    window = text[start:end].replace(_START, "").replace(_STOP, "")
    if pattern:
        window = pattern.sub(lambda m: f"{_START}{m.group(0)}{_STOP}", window)
    prefix = f"{ELLIPSIS} " if start else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return _marked_to_html(f"{prefix}{window.rstrip()}{suffix}")
