"""The HTML-cleaning core that every allowlist shares: bleach, with code dropped whole.

Each owner keeps its own allowlist (``articles.sanitize`` for editors'
bodies, ``comments.sanitize`` for readers' comments) and builds its cleaner
here, so both drop the same elements with their content and strip the rest
the same way.
"""

import re
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


def build_cleaner(
    *,
    tags: Iterable[str],
    attributes: dict | Callable[[str, str, str], bool],
    protocols: Iterable[str],
    filters: Iterable = (),
) -> bleach.Cleaner:
    """A bleach cleaner for one allowlist: anything else is stripped, comments too."""
    return bleach.Cleaner(
        tags=frozenset(tags),
        attributes=attributes,
        protocols=frozenset(protocols),
        strip=True,
        strip_comments=True,
        filters=list(filters),
    )


def clean_html(cleaner: bleach.Cleaner, html: str) -> str:
    """``html`` through ``cleaner`` once the code-bearing elements are gone."""
    return cleaner.clean(drop_code_elements(html))
