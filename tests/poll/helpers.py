"""Reading the poll's results back out of a rendered article page."""

import re

_ROW = re.compile(
    r'<li class="poll__result[^"]*" data-slug="(?P<slug>[^"]+)">.*?'
    r"data-poll-percent>(?P<percent>\d+)</span>% · <span data-poll-count>(?P<count>\d+)</span>",
    re.S,
)
_TOTAL = re.compile(r"data-poll-total>(\d+)</span>")


def rendered_results(html: str) -> dict:
    """The total and each option's slug, count and percent, as the page shows them."""
    return {
        "total": int(_TOTAL.search(html).group(1)),
        "options": [
            {"slug": m["slug"], "count": int(m["count"]), "percent": int(m["percent"])}
            for m in _ROW.finditer(html)
        ],
    }


def poll_section(html: str) -> str:
    start = html.index('<section id="tanggapan"')
    return html[start : html.index("</section>", start)]
