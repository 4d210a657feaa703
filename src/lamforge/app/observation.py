"""What the agent sees: the control list (the paper's format) and a compact document state."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Control:
    """One actionable UI element, labelled by number as in UFO's annotated control list.

    ``command`` is the UNO command URL behind it (``.uno:Bold``); ``path`` is where it lives
    (``Formatting``, ``Format > Text``) so equal names stay distinguishable.
    """

    label: str
    control_text: str
    control_type: str
    command: str = ""
    enabled: bool = True
    selected: bool = False
    path: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The paper's keys plus ours."""
        return asdict(self)

    def to_prompt_dict(self) -> dict[str, str]:
        """The three keys the paper's prompt shows."""
        return {"label": self.label, "control_text": self.control_text, "control_type": self.control_type}


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as the judge and the prompt need it."""

    text: str
    style: str = ""
    bold: bool = False
    italic: bool = False
    underline: bool = False
    in_table: bool = False


@dataclass(frozen=True)
class DocState:
    """Compact state of the document: paragraph texts and styles, table shapes, the current selection."""

    paragraphs: tuple[Paragraph, ...] = ()
    tables: tuple[tuple[int, int], ...] = ()
    selection: str = ""

    @property
    def text(self) -> str:
        """All body paragraphs joined by newlines."""
        return "\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for logs and records."""
        return {
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "tables": [list(t) for t in self.tables],
            "selection": self.selection,
        }


@dataclass(frozen=True)
class ViewParagraph:
    """One body paragraph of the document view: its number (1-based, tables not counted), role and text.

    ``role`` is what a person would call it: ``title``, ``subtitle``, ``heading 1`` … ``heading 6`` (or
    ``heading`` for a short bold line with no heading style), ``bullet``, ``numbered``, ``body`` or ``empty``.
    """

    number: int
    role: str
    text: str


@dataclass(frozen=True)
class ViewTable:
    """One table of the document view: its number, the body paragraph it follows (0: the start), its cells."""

    number: int
    after: int
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class DocView:
    """What the model sees of the document: numbered paragraphs with roles, tables by row, the selection.

    ``selection`` says what is selected in the words of the structural actions (``paragraphs 2-3``,
    ``table 1 row 1``, ``the whole document``, ``text "H2O" in paragraph 4``, ``nothing``).
    """

    paragraphs: tuple[ViewParagraph, ...] = ()
    tables: tuple[ViewTable, ...] = ()
    selection: str = "nothing"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for logs and samples."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocView:
        """Inverse of :meth:`to_dict`."""
        return cls(
            tuple(ViewParagraph(**p) for p in d.get("paragraphs", ())),
            tuple(ViewTable(t["number"], t["after"], tuple(tuple(r) for r in t["rows"])) for t in d.get("tables", ())),
            d.get("selection", "nothing"),
        )

    def with_selection(self, selection: str) -> DocView:
        """The same view with another selection."""
        return DocView(self.paragraphs, self.tables, selection)


@dataclass(frozen=True)
class Observation:
    """The control list, the document state and the document view, as ``WriterEnv.reset`` and ``step`` return."""

    controls: tuple[Control, ...]
    doc: DocState = field(default_factory=DocState)
    view: DocView = field(default_factory=DocView)

    def control_by_label(self, label: str) -> Control | None:
        """The control with this label, or None."""
        for c in self.controls:
            if c.label == str(label):
                return c
        return None
