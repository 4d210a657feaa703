"""The logical model of a template document: blocks of text that code renders to .docx.

Task families pick their targets from this model (unique phrases, aligned paragraphs, runs of
list-like lines) instead of parsing a .docx, and checkers compare a saved file against it, so the
model is the single source of truth for what the untouched document contains.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["p", "table", "section"]
# What a paragraph is *for*; families choose targets by role (an "item" line can become a list entry).
# "item" lines are plain paragraphs a list family can turn into list entries; "list" paragraphs are already entries
# of a real bulleted or numbered list.
Role = Literal["title", "subtitle", "heading", "body", "item", "list", "note", "meta", "quote", "cell"]
Split = Literal["train", "test"]


@dataclass(frozen=True)
class Block:
    """One paragraph, table or section break of a template.

    Attributes:
        kind: ``p`` (paragraph), ``table`` or ``section`` (a new-page section break).
        text: paragraph text (plain; templates carry no direct character formatting).
        style: Word paragraph style name (``Normal``, ``Title``, ``Heading 1`` ...).
        role: what the paragraph is for, used by families to choose targets.
        align: ``center``, ``right`` or ``justify``; None means the style's (left) alignment.
        indent: left indent in inches.
        spacing: line spacing as a multiple (1.5, 2.0); None means single.
        rows: table cell texts, row by row (``kind == "table"``).

    """

    kind: BlockKind
    text: str = ""
    style: str = "Normal"
    role: Role = "body"
    align: str | None = None
    indent: float = 0.0
    spacing: float | None = None
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Para:
    """A top-level, non-empty paragraph of a template with its position among such paragraphs."""

    index: int
    block: Block

    @property
    def text(self) -> str:
        """The paragraph text."""
        return self.block.text


@dataclass(frozen=True)
class TemplateSpec:
    """A template document: name, a description used for retrieval, its split and its blocks."""

    name: str
    description: str
    split: Split
    blocks: tuple[Block, ...]
    _cache: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    @property
    def paragraphs(self) -> tuple[Para, ...]:
        """Top-level non-empty paragraphs in document order (what checkers index by)."""
        if "paras" not in self._cache:
            blocks = [b for b in self.blocks if b.kind == "p" and b.text.strip()]
            self._cache["paras"] = tuple(Para(i, b) for i, b in enumerate(blocks))
        return self._cache["paras"]

    @property
    def texts(self) -> tuple[str, ...]:
        """Every paragraph's and table cell's text (what a request may name)."""
        cells = (c for t in self.tables for row in t for c in row)
        return (*(p.block.text for p in self.paragraphs), *cells)

    @property
    def tables(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """The tables' cell texts, in document order."""
        return tuple(b.rows for b in self.blocks if b.kind == "table")

    @property
    def sections(self) -> int:
        """Number of sections (one plus the section breaks)."""
        return 1 + sum(b.kind == "section" for b in self.blocks)

    def all_texts(self) -> list[str]:
        """Every paragraph and table-cell text, for uniqueness checks."""
        out = [p.text for p in self.paragraphs]
        for rows in self.tables:
            out.extend(cell for row in rows for cell in row)
        return out

    def count(self, needle: str) -> int:
        """Case-insensitive occurrences of ``needle`` in the whole document (paragraphs and cells)."""
        n = needle.casefold()
        return sum(t.casefold().count(n) for t in self.all_texts())

    def is_unique(self, needle: str) -> bool:
        """True when ``needle`` occurs exactly once, so ``select_text`` finds the intended place."""
        return bool(needle.strip()) and self.count(needle) == 1

    def by_role(self, *roles: str) -> list[Para]:
        """Paragraphs whose role is one of ``roles``."""
        return [p for p in self.paragraphs if p.block.role in roles]

    def heading_of(self, index: int) -> Para | None:
        """The nearest heading above paragraph ``index`` (None when there is none)."""
        for p in reversed(self.paragraphs[:index]):
            if p.block.role == "heading":
                return p
        return None

    @property
    def view(self) -> tuple[tuple[int, str, str], ...]:
        """The body paragraphs as the document view numbers them: (number, role, text).

        Templates hold no empty paragraphs, so paragraph ``i`` of :attr:`paragraphs` is number ``i + 1``; a test
        checks this against the view LibreOffice shows.
        """
        return tuple((p.index + 1, view_role(p.block), p.text) for p in self.paragraphs)

    def digest(self) -> str:
        """A short content hash: the cache key of the rendered .docx."""
        return hashlib.sha256(repr((self.name, self.blocks)).encode()).hexdigest()[:10]


def view_role(block: Block) -> str:
    """The role the document view shows for a paragraph (``lamforge.app.doc_view.role_of`` on its style).

    >>> view_role(heading("Outlook", 2)), view_role(p("Hello.")), view_role(bullets("Tea")[0])
    ('heading 2', 'body', 'bullet')
    """
    if block.style in ("Title", "Subtitle"):
        return block.style.lower()
    m = re.match(r"Heading (\d)$", block.style)
    if m:
        return f"heading {m.group(1)}"
    if block.style.startswith("List"):
        return "numbered" if "Number" in block.style else "bullet"
    return "body"


# -- constructors used by the template library (short names keep the content files readable) ----------


def title(text: str, **kw: object) -> Block:
    """The document title (``Title`` style)."""
    return Block("p", text, style="Title", role="title", **kw)  # type: ignore[arg-type]


def subtitle(text: str, **kw: object) -> Block:
    """The line under the title (``Subtitle`` style, italic by style)."""
    return Block("p", text, style="Subtitle", role="subtitle", **kw)  # type: ignore[arg-type]


def heading(text: str, level: int = 1, **kw: object) -> Block:
    """A section heading of the given level."""
    return Block("p", text, style=f"Heading {level}", role="heading", **kw)  # type: ignore[arg-type]


def p(text: str, role: Role = "body", **kw: object) -> Block:
    """A plain body paragraph."""
    return Block("p", text, role=role, **kw)  # type: ignore[arg-type]


def item(text: str) -> Block:
    """A short list-like line written as a plain paragraph (a list family can turn it into an entry)."""
    return Block("p", text, role="item")


def items(*texts: str) -> tuple[Block, ...]:
    """Several consecutive item lines."""
    return tuple(item(t) for t in texts)


def bullets(*texts: str) -> tuple[Block, ...]:
    """Entries of a real bulleted list (``List Bullet`` style)."""
    return tuple(Block("p", t, style="List Bullet", role="list") for t in texts)


def numbered(*texts: str) -> tuple[Block, ...]:
    """Entries of a real numbered list (``List Number`` style)."""
    return tuple(Block("p", t, style="List Number", role="list") for t in texts)


def meta(text: str, **kw: object) -> Block:
    """An address, date, signature or reference line."""
    return Block("p", text, role="meta", **kw)  # type: ignore[arg-type]


def note(text: str) -> Block:
    """A footnote-like note at the end of a section."""
    return Block("p", text, role="note")


def quote(text: str, indent: float = 0.5) -> Block:
    """An indented block quotation."""
    return Block("p", text, role="quote", indent=indent)


def table(*rows: tuple[str, ...] | list[str]) -> Block:
    """A table given row by row."""
    return Block("table", rows=tuple(tuple(r) for r in rows))


def section() -> Block:
    """A new-page section break."""
    return Block("section")


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def words(text: str) -> list[str]:
    """Alphabetic words of ``text``.

    >>> words("Fix the pump, then log it.")
    ['Fix', 'the', 'pump', 'then', 'log', 'it']
    """
    return _WORD.findall(text)
