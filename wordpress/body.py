"""A WordPress post body as Kabar stores it.

Shortcodes first (captions become figures, the rest goes), then
WordPress's paragraphs (``wpautop``), then links to other imported posts
and, with ``--uploads``, images pointing at the stored photos. The article
allowlist (``articles.sanitize``) runs last: ``Article.save`` runs it, and
``stored_body`` says what a save would store. That allowlist has no
``<pre>``: a preformatted block becomes a paragraph whose lines are kept as
line breaks.
"""

import re

from articles.plain_text import strip_control_characters
from articles.sanitize import sanitize_article_html

from .autop import autop
from .shortcodes import convert_shortcodes

_PRE = re.compile(r"<pre\b[^>]*>(.*?)</pre>", re.IGNORECASE | re.DOTALL)


def _pre_as_paragraph(match: re.Match) -> str:
    lines = match.group(1).strip("\n").split("\n")
    return "<p>" + "<br>".join(line.strip() for line in lines) + "</p>"


def body_html(content: str, *, links, photos, wp_id: int) -> str:
    """``content`` converted to HTML, not yet sanitized."""
    html = _PRE.sub(_pre_as_paragraph, autop(convert_shortcodes(content)))
    html = links.rewrite(html)
    if photos is not None:
        html = photos.rewrite_inline(html, wp_id)
    return strip_control_characters(html)


def stored_body(html: str) -> str:
    """What ``Article.save`` stores for the body ``html``."""
    return sanitize_article_html(html)
