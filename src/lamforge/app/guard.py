"""The destructive-action guard: judge an action by what it removed from the document, not by its keys.

Key patterns cannot be listed completely (``^{HOME}+^{END}{DELETE}``, ``^{HOME}+{PGDN 10}{DELETE}``,
``+{DOWN 50}{BACKSPACE}``, a paste over a selection, Redo ...), so the executor measures instead. Before
an action that can change the document it takes a :class:`Snapshot` (the text, the tables, and the
selection the model was shown), runs the action inside one undo context, and measures what went
missing. An unconfirmed action is undone (and the undo verified) when it removed

- any table, or rows or columns of one;
- nearly everything (at least :data:`WHOLE_DOCUMENT` of the text, over more than one paragraph), even a
  visible selection of it (deleting one selected paragraph stays ordinary editing, however long it is);
- more than :data:`UNSEEN_CHARS` characters beyond the selection shown before the action (a selection
  made by keys inside the action is invisible: nobody saw it);
- whole paragraphs beyond the selected ones;
- or, step by step since the document was loaded (or a change was last confirmed), nearly everything, or
  more than :data:`UNSEEN_TOTAL_CHARS` characters or :data:`UNSEEN_TOTAL_PARAGRAPHS` paragraph nobody saw
  selected (:class:`Budget`: a wipe one short paragraph at a time).

Deleting a selected sentence, word or paragraph, typing over a selection, or a few presses of Backspace
pass. The step then fails with ``needs CONFIRM: ...``; the agent's CONFIRM policy
(:mod:`lamforge.agent.confirm`) decides whether a confirmed action keeps its effect.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

UNSEEN_CHARS = 100  # characters an action may remove beyond the visible selection (Backspace a word or two)
UNSEEN_TOTAL_CHARS = 200  # ... and all actions together, until a change is confirmed
UNSEEN_TOTAL_PARAGRAPHS = 1  # whole paragraphs removed beyond the selections, all actions together
WHOLE_DOCUMENT = 0.9  # removing this share of the text counts as deleting everything
_WORDS = re.compile(r"\S+\s*|\s+")
_CHAR_DIFF_MAX = 4000  # compare character by character up to this many characters (a long paragraph)
Confirm = bool | Callable[[str], bool] | None  # True: confirmed; a callable asks; None/False: refuse


@dataclass(frozen=True)
class Snapshot:
    """What the guard compares: the body text (tables' cells included), the tables, the visible selection."""

    text: str
    tables: tuple[tuple[str, int, int], ...]  # (name, rows, columns) of each table
    selected_chars: int = 0
    selected_paragraphs: int = 0
    selected_longest: int = 0  # the longest paragraph's share of the selection

    def one_paragraph(self) -> Snapshot:
        """The snapshot with its selection counted as one paragraph at most (a selection made by keys)."""
        return Snapshot(self.text, self.tables, min(self.selected_chars, self.selected_longest),
                        min(self.selected_paragraphs, 1), self.selected_longest)


@dataclass(frozen=True)
class Removal:
    """What an action took away."""

    chars: int
    paragraphs: int
    tables: tuple[str, ...]  # how each lost or shrunk table is described

    def describe(self) -> str:
        """A short account for the step message.

        >>> Removal(1200, 7, ()).describe()
        'removed 1200 characters and 7 paragraphs'
        """
        parts = [f"removed {self.chars} characters" + (f" and {self.paragraphs} paragraphs" if self.paragraphs else "")]
        parts += list(self.tables)
        return "; ".join(parts)


def snapshot(text: Any, tables: Any, controller: Any = None, view_cursor: Any = None) -> Snapshot:
    """The body text, the tables and (given the controller and view cursor) the selection; runs on the UNO thread.

    Takes the document's cached handles (``doc.getText()``, ``doc.getTextTables()``, its controller and view
    cursor): each UNO lookup is a round trip, and this runs twice per editing action. ``tables`` may be None
    after an action on a document that had none (only lost tables matter).
    """
    body = text.getString().replace("\r\n", "\n")
    shapes = []
    if tables is not None and tables.hasElements():
        for name in tables.getElementNames():
            t = tables.getByName(name)
            shapes.append((name, t.getRows().getCount(), t.getColumns().getCount()))
    chars, paras, longest = selection_size(controller, view_cursor) if view_cursor is not None else (0, 0, 0)
    return Snapshot(body, tuple(shapes), chars, paras, longest)


def selection_size(controller: Any, view_cursor: Any) -> tuple[int, int, int]:
    """(characters, paragraphs, longest paragraph) of the selection: the selected text, or a block of cells.

    Of several selected ranges (Find All) only the current one counts, which errs on the safe side.
    """
    selected = view_cursor.getString().replace("\r\n", "\n")
    if selected:
        lines = selected.split("\n")
        return len(selected), len(lines), max(len(x) for x in lines)
    table = view_cursor.TextTable  # a block of cells shows as an empty view cursor inside a table
    if table is None:
        return 0, 0, 0
    picked = controller.getSelection()
    if picked is None or picked.getImplementationName() != "SwXTextTableCursor":
        return 0, 0, 0
    values = [str(v) for row in table.getCellRangeByName(picked.getRangeName()).getDataArray() for v in row]
    return sum(len(v) for v in values), len(values), max(len(v) for v in values)


def removal(before: Snapshot, after: Snapshot) -> Removal:
    """Characters, paragraphs and tables of ``before`` that ``after`` no longer has.

    >>> a = Snapshot("Title\\nFirst paragraph here.\\nSecond one.", ())
    >>> removal(a, Snapshot("Title\\nSecond one.", ())).paragraphs
    1
    >>> removal(a, Snapshot("Title\\nSecond one.", ())).chars  # the paragraph and its break
    22
    >>> removal(a, Snapshot("Title\\nFirst here.\\nSecond one.", ())).chars
    10
    >>> removal(a, Snapshot("TITLE\\nFIRST PARAGRAPH HERE.\\nSECOND ONE.", ())).chars  # a case change keeps it all
    0
    """
    lost_tables = []
    now = {name: (rows, cols) for name, rows, cols in after.tables}
    for name, rows, cols in before.tables:
        if name not in now:
            lost_tables.append(f"deleted table {name}")
        elif now[name][0] < rows or now[name][1] < cols:
            lost_tables.append(f"removed rows or columns of table {name}")
    old, new = before.text.casefold(), after.text.casefold()  # upper/lower/title case changes remove nothing
    if old == new:
        return Removal(0, 0, tuple(lost_tables))
    a, b = old.split("\n"), new.split("\n")
    chars = paragraphs = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "delete":
            chars += sum(len(x) + 1 for x in a[i1:i2])  # with its paragraph break
            paragraphs += _filled(a[i1:i2])
        elif tag == "replace":
            if i2 - i1 == j2 - j1:
                chars += sum(_chars_removed(x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True))
            else:
                chars += _chars_removed("\n".join(a[i1:i2]), "\n".join(b[j1:j2]))
            paragraphs += max(0, _filled(a[i1:i2]) - _filled(b[j1:j2]))  # gone, emptied or merged
    return Removal(chars, paragraphs, tuple(lost_tables))


def _filled(lines: list[str]) -> int:
    """Paragraphs with text (empty ones are blank lines and empty table cells: losing them loses nothing)."""
    return sum(1 for x in lines if x.strip())


def _chars_removed(x: str, y: str) -> int:
    """Characters of ``x`` missing from ``y``: by character for a paragraph, word by word for longer text.

    >>> _chars_removed("Sales in Q3 rose. Q3 was good.", "Sales in Q4 rose. Q4 was good.")
    2
    """
    if not x:
        return 0
    if not y:
        return len(x)
    if len(x) + len(y) <= _CHAR_DIFF_MAX:
        return len(x) - sum(m.size for m in SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())
    wx, wy = _WORDS.findall(x), _WORDS.findall(y)  # a changed word counts whole
    kept = sum(sum(len(w) for w in wx[m.a:m.a + m.size])
               for m in SequenceMatcher(None, wx, wy, autojunk=False).get_matching_blocks())
    return len(x) - kept


def verdict(before: Snapshot, after: Snapshot, *, allowance: int = 0) -> tuple[str, Removal]:
    """Why the change from ``before`` to ``after`` needs a confirmation ('' when it does not), and the removal.

    ``allowance``: characters the action was seen to remove besides the selection (Replace All's matches).

    >>> doc = Snapshot("A title\\n" + "Some body text that goes on. " * 20, ())
    >>> verdict(doc, Snapshot("A title\\n", ()))[0]  # one paragraph nobody selected
    'it removed 580 characters, 580 more than the selection shown before it (0)'
    >>> verdict(Snapshot(doc.text, (), 580, 1), Snapshot("A title\\n", ()))[0]  # that paragraph, selected
    ''
    >>> verdict(doc, Snapshot("", ()))[0]
    "it removed 588 of the document's 588 characters (everything)"
    >>> seen = Snapshot(doc.text, (), selected_chars=588, selected_paragraphs=2)
    >>> verdict(seen, Snapshot("", ()))[0]
    "it removed 588 of the document's 588 characters (everything)"
    >>> verdict(Snapshot("A title\\nKeep this. Drop this.", (), 10, 1), Snapshot("A title\\nKeep this. ", ()))[0]
    ''
    """
    lost = removal(before, after)
    reasons = list(lost.tables)
    total = len(before.text)
    if lost.chars and total and lost.chars >= WHOLE_DOCUMENT * total and lost.paragraphs > 1:
        reasons.append(f"it removed {lost.chars} of the document's {total} characters (everything)")
    else:
        unseen = lost.chars - before.selected_chars - allowance
        if unseen > UNSEEN_CHARS:
            reasons.append(f"it removed {lost.chars} characters, {unseen} more than the selection shown before it "
                           f"({before.selected_chars})")
        if lost.paragraphs > before.selected_paragraphs + 1:
            reasons.append(f"it removed {lost.paragraphs} paragraphs, more than the {before.selected_paragraphs} "
                           "selected")
    return "; ".join(reasons), lost


def cumulative(original: Snapshot, now: Snapshot) -> str:
    """Why the steps since ``original`` together need a confirmation: they removed nearly everything ('' if not).

    >>> doc = Snapshot("One paragraph here.\\nTwo paragraph here.\\nThree paragraph.", ())
    >>> cumulative(doc, Snapshot("\\n\\nThree", ()))  # two paragraphs gone, most of the third
    ''
    >>> cumulative(doc, Snapshot("\\n\\n", ()))
    "together with earlier steps it removed 54 of the document's 56 characters (everything)"
    """
    lost = removal(original, now)
    total = len(original.text)
    if lost.chars and total and lost.chars >= WHOLE_DOCUMENT * total and lost.paragraphs > 1:
        return f"together with earlier steps it removed {lost.chars} of the document's {total} characters (everything)"
    return ""


@dataclass
class Budget:
    """What the accepted actions removed beyond the selections they were shown, since loading or a confirmation.

    >>> b = Budget()
    >>> before, lost = Snapshot("x", (), 0, 0), Removal(150, 1, ())
    >>> b.charge(before, lost), b.charge(before, lost)
    ('', 'together with earlier steps it removed 300 characters and 2 paragraphs that were not selected')
    """

    chars: int = 0
    paragraphs: int = 0

    def charge(self, before: Snapshot, lost: Removal, allowance: int = 0) -> str:
        """Add one action's unseen removal; the reason it needs a confirmation when the total is over (not added)."""
        chars = max(0, lost.chars - before.selected_chars - allowance)
        paragraphs = max(0, lost.paragraphs - before.selected_paragraphs)
        total_chars, total_paragraphs = self.chars + chars, self.paragraphs + paragraphs
        if total_chars > UNSEEN_TOTAL_CHARS or total_paragraphs > UNSEEN_TOTAL_PARAGRAPHS:
            return (f"together with earlier steps it removed {total_chars} characters and {total_paragraphs} "
                    "paragraphs that were not selected")
        self.chars, self.paragraphs = total_chars, total_paragraphs
        return ""


def decide(confirm: Confirm, reason: str) -> bool:
    """Whether an action the guard flagged keeps its effect (``confirm`` as :data:`Confirm` describes)."""
    if callable(confirm):
        return bool(confirm(reason))
    return confirm is True
