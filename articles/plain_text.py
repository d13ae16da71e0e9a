"""Plain text as editors paste it: invisible control characters removed."""

import re

# C0 controls other than tab, newline and carriage return, and DEL. Pasted
# from word processors they are invisible on the page, yet XML (feeds,
# sitemaps) forbids them and PostgreSQL refuses NUL.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Runs of any control character, tab and newline too: no slug, address or
# one-line text holds them (a NUL, which PostgreSQL refuses, say).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]+")


def strip_control_characters(text: str) -> str:
    """``text`` without control characters; tabs and line breaks are kept."""
    return _CONTROL_CHARACTERS.sub("", text) if text else text


class PlainTextFieldsMixin:
    """Strips control characters from the model's ``plain_text_fields`` on save."""

    plain_text_fields: tuple[str, ...] = ()

    def save(self, *args, **kwargs):
        for name in self.plain_text_fields:
            setattr(self, name, strip_control_characters(getattr(self, name)))
        super().save(*args, **kwargs)
