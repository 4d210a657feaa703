"""A tiny DOM for LibreOffice help pages, built with the stdlib ``html.parser``.

The help pages are regular, machine-generated HTML, so a small tree is enough to walk them in
document order. The one subtle part is LibreOffice's *switches*: a ``span.switch``/``span.switchinline``
holds one hidden ``span`` per case (``MAC``, ``default``, ``WRITER``, ``CALC`` ...), and a browser's
JavaScript shows one of them. :func:`text_of` resolves them the way the help viewer would for Writer
on Linux, so a step reads "Choose Tools - Options" rather than "Choose  - " or both variants at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = frozenset({"meta", "link", "img", "br", "input", "hr", "base", "col", "area", "wbr", "source"})
_CASE_RE = re.compile(r"^(WRITER|UNIX|default|MAC|WIN|CALC|IMPRESS|DRAW|MATH|CHART|BASE)")
# Which case of a switch is shown, best first: Writer-specific text, then the non-Mac default.
_CASE_PREFERENCE = ("WRITER", "UNIX", "default")
_SKIP_TEXT_TAGS = frozenset({"script", "style", "noscript", "head", "table"})
_WS_RE = re.compile(r"\s+")


@dataclass
class Node:
    """One element: its tag, attributes and children (nodes or text strings)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        """The element's CSS classes, because the help marks its structure with classes."""
        return set((self.attrs.get("class") or "").split())

    def elements(self) -> list[Node]:
        """Child elements only (text skipped)."""
        return [c for c in self.children if isinstance(c, Node)]

    def iter(self):
        """Yield this node and every descendant element in document order."""
        yield self
        for child in self.elements():
            yield from child.iter()

    def find(self, tag: str, **attrs: str) -> Node | None:
        """Return the first descendant (or self) with ``tag`` and the given attribute values."""
        for node in self.iter():
            if node.tag == tag and all(node.attrs.get(k) == v for k, v in attrs.items()):
                return node
        return None


class _TreeBuilder(HTMLParser):
    """Builds :class:`Node` trees; tolerant of unclosed or stray end tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs})
        self._stack[-1].children.append(node)
        if tag not in _VOID:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack[-1].children.append(Node(tag, {k: (v if v is not None else "") for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    """Parse an HTML document into a :class:`Node` tree rooted at ``#document``."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def _case_of(node: Node) -> str:
    match = _CASE_RE.match(node.attrs.get("id", ""))
    return match.group(1) if match else ""


def _chosen_case(switch: Node) -> Node | None:
    cases = {_case_of(c): c for c in switch.elements() if "hidden" in c.attrs}
    for name in _CASE_PREFERENCE:
        if name in cases:
            return cases[name]
    return None


def visible_elements(node: Node) -> list[Node]:
    """Return the child elements a reader sees: hidden ones skipped, each switch replaced by its chosen case.

    Switches also wrap whole paragraphs (a "how to get" block lists the Calc path, the Writer path and
    so on), so block-level walks need this as much as :func:`text_of` does.
    """
    out: list[Node] = []
    for child in node.elements():
        if child.tag == "span" and child.classes & {"switch", "switchinline"}:
            out.extend(c for c in child.elements() if "hidden" not in c.attrs)
            chosen = _chosen_case(child)
            if chosen is not None:
                out.extend(visible_elements(chosen))
        elif "hidden" not in child.attrs:
            out.append(child)
    return out


def iter_visible(node: Node):
    """Yield ``node`` and its visible descendants in document order (see :func:`visible_elements`)."""
    yield node
    for child in visible_elements(node):
        yield from iter_visible(child)


def _collect(node: Node, out: list[str]) -> None:
    if node.tag in _SKIP_TEXT_TAGS:
        return
    if node.tag == "br":
        out.append(" ")
        return
    if node.tag == "span" and node.classes & {"switch", "switchinline"}:
        for child in node.children:
            if isinstance(child, str):
                out.append(child)
            elif "hidden" not in child.attrs:
                _collect(child, out)
        chosen = _chosen_case(node)
        if chosen is not None:
            _collect_children(chosen, out)
        return
    if "hidden" in node.attrs:
        return
    _collect_children(node, out)


def _collect_children(node: Node, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, str):
            out.append(child)
        else:
            _collect(child, out)


def text_of(node: Node) -> str:
    """Return the visible text of ``node`` with switches resolved and whitespace collapsed.

    >>> text_of(parse_html('<p>Press <span class="switchinline"><span hidden="true" id="MACx">Cmd</span>'
    ...                    '<span hidden="true" id="defaultx">Ctrl</span></span>+Z</p>'))
    'Press Ctrl+Z'
    """
    parts: list[str] = []
    _collect(node, parts)
    return _WS_RE.sub(" ", "".join(parts)).strip()
