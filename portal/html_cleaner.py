"""The HTML-cleaning core that every allowlist shares: bleach, with code dropped whole.

Each owner keeps its own allowlist (``articles.sanitize`` for editors'
bodies, ``comments.sanitize`` for readers' comments) and builds its cleaner
here, so both drop the same elements with their content and strip the rest
the same way.
"""

import re
import threading
from collections.abc import Callable, Iterable

import bleach

# Elements whose content is code, markup or a second document, not text for
# readers: dropped whole, so that stripping the tag does not leave a
# script's source or a form's default text behind as visible text.
DROPPED_WITH_CONTENT = (
    "script",
    "style",
    "template",
    "iframe",
    "object",
    "embed",
    "noscript",
    "noembed",
    "noframes",
    "svg",
    "math",
    "textarea",
    "title",
    "xmp",
)
_DROP_WITH_CONTENT = re.compile(
    r"<(" + "|".join(DROPPED_WITH_CONTENT) + r")\b.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)


def drop_code_elements(html: str) -> str:
    """``html`` without the elements of ``DROPPED_WITH_CONTENT`` and their content."""
    return _DROP_WITH_CONTENT.sub("", html or "")


class PerThreadCleaner:
    """A bleach cleaner for one allowlist, one instance per thread.

    A ``bleach.Cleaner`` keeps its parser's state while it cleans, so two
    threads sharing one can mix their documents: under a threaded server a
    comment came out with its paragraph stripped. Each thread builds its own
    on first use and keeps it.
    """

    def __init__(self, **options):
        self._options = options
        self._local = threading.local()

    def _cleaner(self) -> bleach.Cleaner:
        cleaner = getattr(self._local, "cleaner", None)
        if cleaner is None:
            cleaner = self._local.cleaner = bleach.Cleaner(**self._options)
        return cleaner

    def clean(self, html: str) -> str:
        return self._cleaner().clean(html)


def build_cleaner(
    *,
    tags: Iterable[str],
    attributes: dict | Callable[[str, str, str], bool],
    protocols: Iterable[str],
    filters: Iterable = (),
) -> PerThreadCleaner:
    """A cleaner for one allowlist: anything else is stripped, comments too."""
    return PerThreadCleaner(
        tags=frozenset(tags),
        attributes=attributes,
        protocols=frozenset(protocols),
        strip=True,
        strip_comments=True,
        filters=tuple(filters),
    )


def clean_html(cleaner: PerThreadCleaner, html: str) -> str:
    """``html`` through ``cleaner`` once the code-bearing elements are gone."""
    return cleaner.clean(drop_code_elements(html))
