"""Each comment thread's HTML, kept under the thread's own state.

A comment approved on a busy article makes its page a cache miss, but it
changes one thread: the others are taken from the shared cache as they were
rendered, and only the changed one is read and rendered again. A thread's
name holds what its HTML depends on: the thread's state (``ShownThread``),
the page it is shown on, whether replies are open, the language, the
display depth and this code; a change to any of them names a new rendering,
so nothing is ever purged. Used for readers without a session only: a
reader with one may see their own pending comments in a thread.
"""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from . import rendering
from .threads import CommentPage, attach_replies

# Long enough to outlast any burst of readers; a thread nobody opens goes.
THREAD_SECONDS = 60 * 60
# The markup is this code's: a new release renders threads anew.
_CODE = hashlib.sha256(Path(rendering.__file__).read_bytes()).hexdigest()[:12]


def _prefix(*, page_number: int, is_open: bool, order: str) -> str:
    """What the names of one page's threads share."""
    language, depth = get_language(), settings.COMMENTS_MAX_DEPTH
    return f"comments:thread:{_CODE}:{language}:{depth}:{order}:{page_number}:{int(is_open)}"


def shared_threads_html(
    article, page: CommentPage, *, is_open: bool, order: str = ""
) -> SafeString:
    """The HTML of ``page``'s threads, rendering only those not kept yet."""
    page_number = page.page_obj.number
    prefix = _prefix(page_number=page_number, is_open=is_open, order=order)
    names = [f"{prefix}:{t.pk}:{t.state}" for t in page.threads]
    kept = cache.get_many(names) or {}
    missing = [(name, t) for name, t in zip(names, page.threads, strict=True) if name not in kept]
    if missing:
        threads = [thread for _, thread in missing]
        attach_replies(article, threads)
        html = rendering.render_each_thread(
            threads, is_open=is_open, page_number=page_number, order=order, own_parts=True
        )
        fresh = {name: text for (name, _), text in zip(missing, html, strict=True)}
        cache.set_many(fresh, THREAD_SECONDS)
        kept.update(fresh)
    # Rendered by comments.rendering: every value escaped, bodies sanitized.
    return mark_safe("".join(kept[name] for name in names))
