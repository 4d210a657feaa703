"""Flatten a help page into a linear list of blocks (headings, paragraphs, lists, "how to get" paths).

Procedures in the help are recognised from the *sequence* of blocks ("To X, do the following:" then an
ordered list; a heading then a list; a list continued with ``start="3"`` after a bullet list), so the
extractor works on this flat list instead of on the tree. Related-topic links and the debug footer
are cut off, since they hold titles of other pages, not content of this one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lamforge.data.plans.html_tree import Node, iter_visible, text_of, visible_elements

_NOTE_CLASSES = frozenset({"note", "tip", "warning"})
_STOP_CLASSES = frozenset({"relatedtopics", "debug"})
_SKIP_DIV_CLASSES = frozenset({"icontable", "noteicon"})
_SKIP_P_CLASSES = frozenset({"howtogetheader", "related"})


@dataclass(frozen=True)
class Block:
    """One unit of page content in reading order.

    Attributes:
        kind: ``heading``, ``para``, ``ol``, ``ul`` or ``howtoget``.
        text: The heading or paragraph text ("" for lists).
        level: Heading level (1-6), 0 otherwise.
        items: List items or "how to get" menu paths.
        start: The ``start`` of an ordered list; a value above 1 continues the previous list.
        in_note: True when the block sits inside a note, tip or warning box.
        link: For a heading that links to another page (a dialog's tab list), the link target.

    """

    kind: str
    text: str = ""
    level: int = 0
    items: tuple[str, ...] = field(default_factory=tuple)
    start: int = 1
    in_note: bool = False
    link: str = ""


def _list_items(node: Node) -> tuple[str, ...]:
    items = []
    for li in visible_elements(node):
        if li.tag != "li":
            continue
        paras = [text_of(c) for c in visible_elements(li) if c.tag == "p"]
        text = " ".join(p for p in paras if p) if paras else text_of(li)
        if text:
            items.append(text)
    return tuple(items)


def _start_of(node: Node) -> int:
    try:
        return max(1, int(node.attrs.get("start", "1")))
    except ValueError:
        return 1


class _Flattener:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.stopped = False

    def walk(self, node: Node, in_note: bool) -> None:
        for child in visible_elements(node):
            if self.stopped:
                return
            self.visit(child, in_note)

    def visit(self, node: Node, in_note: bool) -> None:
        classes = node.classes
        if classes & _STOP_CLASSES or (node.tag == "a" and node.attrs.get("name") == "relatedtopics"):
            self.stopped = True
        elif node.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            anchor = next((a for a in node.iter() if a.tag == "a" and a.attrs.get("href")), None)
            link = anchor.attrs["href"] if anchor is not None else ""
            self.blocks.append(Block("heading", text_of(node), level=int(node.tag[1]), in_note=in_note, link=link))
        elif node.tag == "p":
            text = text_of(node)
            if text and not classes & _SKIP_P_CLASSES:
                self.blocks.append(Block("para", text, in_note=in_note))
        elif node.tag in {"ol", "ul"}:
            self.blocks.append(Block(node.tag, items=_list_items(node), start=_start_of(node), in_note=in_note))
        elif node.tag == "div" and "howtoget" in classes:
            paths = tuple(
                text_of(p) for p in iter_visible(node) if p.tag == "p" and p.classes & {"paragraph", "embedded"}
            )
            self.blocks.append(Block("howtoget", items=tuple(p for p in paths if p), in_note=in_note))
        elif node.tag in {"table", "script", "style"} or classes & _SKIP_DIV_CLASSES:
            return
        else:
            self.walk(node, in_note or bool(classes & _NOTE_CLASSES))


def page_blocks(root: Node) -> list[Block]:
    """Return the content blocks of a parsed help page, in reading order.

    Only the ``DisplayArea`` is read (the rest is navigation chrome); reading stops at the related
    topics or the debug footer.
    """
    area = root.find("div", id="DisplayArea") or root
    flattener = _Flattener()
    flattener.walk(area, False)
    return flattener.blocks


def page_title(root: Node) -> str:
    """Return the page's ``<title>`` text (the help's own name for the page)."""
    node = root.find("title")
    return text_of(node) if node is not None else ""
