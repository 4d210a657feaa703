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
class Observation:
    """The control list plus the document state, as returned by ``WriterEnv.reset`` and ``step``."""

    controls: tuple[Control, ...]
    doc: DocState = field(default_factory=DocState)

    def control_by_label(self, label: str) -> Control | None:
        """The control with this label, or None."""
        for c in self.controls:
            if c.label == str(label):
                return c
        return None
