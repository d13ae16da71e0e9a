"""Which article forms were saved already: a form sent twice is no conflict with itself.

Each rendering of the article form carries a random ``form_nonce``. Once a
save from it succeeds, the nonce is remembered for the article for an
hour; the same form arriving again (a double click, a browser resending
it) finds it and saves quietly over its own first save, while another tab's
form, whose nonce was never saved, is asked first. When the cache cannot
answer, the form is asked: a question too many, never a save lost.
"""

from django.core.cache import cache

REMEMBERED_SECONDS = 3600


def _key(article_pk: int, nonce: str) -> str:
    return f"desk-form-sent:{article_pk}:{nonce}"


def remember_form_sent(article_pk: int, nonce: str) -> None:
    if nonce:
        cache.set(_key(article_pk, nonce), True, REMEMBERED_SECONDS)


def form_sent_before(article_pk: int, nonce: str) -> bool:
    return bool(nonce) and bool(cache.get(_key(article_pk, nonce)))
