"""Finding comments among millions: by words of the name or text, or by a whole email.

On PostgreSQL the words are matched against a GIN index on the name and
text (``simple`` configuration: names and slang are not stemmed; migration
0010 builds it on exactly ``search_vector()``), and an email through the
commenter index on its lower-cased form. Elsewhere the admin's own
``icontains`` search is used.

The list is newest first, and the planner, asked for the 50 newest
matches, walks the date index backwards and tests every comment on the
way: quick for a common word, a walk through all 3 million comments (23 s)
for a name with a few dozen. So the matches are first read from the GIN
index alone, at most ``CANDIDATES`` + 1 of them: when there are no more
than ``CANDIDATES``, the list is those rows by id (1 ms); when there are
more, the word is common enough (one comment in 300 at 3 million) for
the backward walk to meet 50 of them early.
"""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import Q, QuerySet
from django.db.models.functions import Lower

SEARCH_CONFIG = "simple"
CANDIDATES = 10_000


def search_vector() -> SearchVector:
    """The name and text as one document; the index in migration 0010 is built on it."""
    return SearchVector("name", "body", config=SEARCH_CONFIG)


def comment_matches(queryset: QuerySet, term: str, *, by_email: bool) -> QuerySet:
    """``queryset``'s comments with the words of ``term``, or by the email ``term`` is."""
    term = " ".join(term.split())
    words = SearchQuery(term, search_type="websearch", config=SEARCH_CONFIG)
    condition = Q(comment_document=words)
    if by_email and "@" in term and " " not in term:
        condition |= Q(commenter_email=term.lower())
    found = queryset.alias(comment_document=search_vector(), commenter_email=Lower("email")).filter(
        condition
    )
    ids = list(found.order_by().values_list("pk", flat=True)[: CANDIDATES + 1])
    if len(ids) <= CANDIDATES:
        return queryset.filter(pk__in=ids)
    return found
