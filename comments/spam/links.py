"""The targets of a sanitised comment's links, so that the screening reads them too."""

import re

_HREF = re.compile(r"""<a\s[^>]*href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def hrefs(body_html: str) -> list[str]:
    return _HREF.findall(body_html)
