"""Finding comments among millions: by words of the name or text, or by a whole email.

On PostgreSQL the words are matched against a GIN index on the name and
text (``simple`` configuration: names and slang are not stemmed; migration
0010 builds it on exactly ``search_vector()``), and an email through the
commenter index on its lower-cased form. Elsewhere the admin's own
``icontains`` search is used.
"""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import Q, QuerySet
from django.db.models.functions import Lower

SEARCH_CONFIG = "simple"


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
    return queryset.alias(comment_document=search_vector(), commenter_email=Lower("email")).filter(
        condition
    )
