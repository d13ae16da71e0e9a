"""WordPress shortcodes in a body: captions become figures, the rest goes.

``[caption ...]<img ...> Caption text[/caption]`` (and the older
``caption="..."`` attribute) becomes ``<figure><img ...><figcaption>Caption
text</figcaption></figure>``. Any other enclosing shortcode is dropped and
its content kept (``[embed]url[/embed]`` leaves the URL as text); a
self-closing one (``[gallery ids="1,2"]``) is dropped. ``[[tag]]`` is
WordPress's way of writing a literal ``[tag]`` and is kept as that.

So that bracketed prose ("[Baca juga]", "[1]") is left alone, a
self-closing shortcode is recognised only by a lowercase name and either
attributes, a closing ``/]``, or a name WordPress or its common plugins use.
"""

import html
import re

# What WordPress core and the plugins most often seen in news sites register.
KNOWN_SELF_CLOSING = frozenset(
    {
        "gallery",
        "playlist",
        "audio",
        "video",
        "embed",
        "wp_caption",
        "caption",
        "youtube",
        "vimeo",
        "tweet",
        "twitter",
        "instagram",
        "soundcloud",
        "googlemaps",
        "contact-form",
        "contact-form-7",
        "ads",
        "ad",
        "adsense",
        "related",
        "toc",
        "more",
        "nextpage",
        "clear",
        "divider",
        "button",
    }
)
# A WordPress shortcode name: no spaces, quotes, brackets, slashes or "=".
_NAME = r"[a-z][a-z0-9_-]*"
_ESCAPED = re.compile(r"\[(\[" + _NAME + r"\b[^\[\]]*\])\]")
_CAPTION = re.compile(r"\[(caption|wp_caption)\b([^\]]*)\](.*?)\[/\1\]", re.DOTALL | re.IGNORECASE)
_CAPTION_PARTS = re.compile(r"((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*</a>)?)(.*)", re.DOTALL | re.I)
# An attribute's name is read from its first character on, not from each.
_ATTRIBUTE = re.compile(r"""(?<![\w-])([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'\]]+))""")
_ENCLOSING = re.compile(r"\[(" + _NAME + r")\b([^\[\]]*)\](.*?)\[/\1\]", re.DOTALL)
_SELF_CLOSING = re.compile(r"\[(" + _NAME + r")\b([^\[\]]*?)(/?)\]")
_ESCAPE_MARK = "\x00wp-shortcode-{}\x00"


def _attributes(text: str) -> dict[str, str]:
    return {
        m.group(1).lower(): next(v for v in m.group(2, 3, 4) if v is not None)
        for m in _ATTRIBUTE.finditer(text)
    }


def _figure(match: re.Match) -> str:
    attributes = _attributes(match.group(2))
    inner = match.group(3).strip()
    parts = _CAPTION_PARTS.match(inner)
    if parts:
        image, caption = parts.group(1), parts.group(2).strip()
    else:
        image, caption = inner, ""
    caption = caption or html.escape(attributes.get("caption", ""), quote=False)
    if not caption:
        return f"<figure>{image}</figure>"
    return f"<figure>{image}<figcaption>{caption}</figcaption></figure>"


def _self_closing(match: re.Match) -> str:
    name, attributes, slash = match.group(1, 2, 3)
    if slash or "=" in attributes or name in KNOWN_SELF_CLOSING:
        return ""
    return match.group(0)


def convert_shortcodes(text: str) -> str:
    """``text`` with captions as figures and every other shortcode removed."""
    if "[" not in text:
        return text
    escaped: list[str] = []

    def keep(match: re.Match) -> str:
        escaped.append(match.group(1))
        return _ESCAPE_MARK.format(len(escaped) - 1)

    text = _ESCAPED.sub(keep, text)
    text = _CAPTION.sub(_figure, text)
    # Enclosing shortcodes may nest ([column][button]x[/button][/column]).
    previous = None
    while previous != text:
        previous = text
        text = _ENCLOSING.sub(lambda m: m.group(3), text)
    text = _SELF_CLOSING.sub(_self_closing, text)
    for i, literal in enumerate(escaped):
        text = text.replace(_ESCAPE_MARK.format(i), literal)
    return text
