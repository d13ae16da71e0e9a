"""A small element tree for HTML that has already been through bleach.

The editor's server side only reads and reshapes sanitized, well-formed
markup, so the standard library's parser is enough: no recovery from
broken markup is attempted beyond ignoring stray end tags.
"""

from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list["Element | str"] = field(default_factory=list)

    def elements(self) -> list["Element"]:
        return [child for child in self.children if isinstance(child, Element)]

    def has_text(self) -> bool:
        """Whether any text other than whitespace is directly inside."""
        return any(isinstance(child, str) and child.strip() for child in self.children)


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID_ELEMENTS:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.stack.pop()

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def parse(html: str) -> Element:
    """The fragment ``html`` as children of a ``#root`` element."""
    builder = _TreeBuilder()
    builder.feed(html or "")
    builder.close()
    return builder.root


def serialize(node: Element | str) -> str:
    """``node`` back to HTML (a ``#root`` element as its children only)."""
    if isinstance(node, str):
        return escape(node, quote=False)
    inner = "".join(serialize(child) for child in node.children)
    if node.tag == "#root":
        return inner
    attrs = "".join(f' {name}="{escape(value)}"' for name, value in node.attrs.items())
    if node.tag in VOID_ELEMENTS:
        return f"<{node.tag}{attrs}>"
    return f"<{node.tag}{attrs}>{inner}</{node.tag}>"
