"""Read the document view over UNO: numbered body paragraphs with their roles, and tables by row.

The model acts on what it observes (the paper's LAM reads the controls; ours reads the document too), so a
request that names its target by role or position ("the title", "the header row", "the last paragraph")
can be grounded in what the view shows. Roles come from the document itself: its paragraph styles and
outline levels (``Title``, ``Heading 2``), list numbering, and, for documents that style a title or a
heading by hand, a short first line set large, bold or centred, or a short bold line.

One enumeration of the body costs a few round trips per paragraph, so :class:`ViewCache` keeps the last
view until LibreOffice reports the document modified (selections do not modify it).
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.app.observation import DocView, ViewParagraph, ViewTable

_PROPS = ("ParaStyleName", "OutlineLevel", "NumberingIsNumber", "ParaAdjust")
_CHAR_PROPS = ("CharWeight", "CharHeight")
_HEADING_STYLE = re.compile(r"^heading\s*(\d)?$", re.IGNORECASE)
_BOLD = 150.0  # com.sun.star.awt.FontWeight.BOLD
_CENTER = 3  # com.sun.star.style.ParagraphAdjust.CENTER
_TITLE_MAX_WORDS = 12
_HEADING_MAX_WORDS = 8


def body_elements(doc: Any) -> list[Any]:
    """The document body's paragraphs and tables in reading order (UNO objects)."""
    out = []
    en = doc.getText().createEnumeration()
    while en.hasMoreElements():
        out.append(en.nextElement())
    return out


def body_paragraphs(doc: Any) -> list[Any]:
    """The body's paragraphs (tables left out), numbered 1.. in the view: what ``select_paragraphs`` counts."""
    return [e for e in body_elements(doc) if not e.supportsService("com.sun.star.text.TextTable")]


def role_of(style: str, outline: int, numbered: bool, text: str) -> str:
    """A paragraph's role from its style, outline level, numbering and text (manual styling is judged later).

    >>> role_of("Heading 2", 2, False, "Outlook"), role_of("List Number", 0, True, "Tea")
    ('heading 2', 'numbered')
    >>> role_of("Title", 0, False, "X")
    'title'
    >>> role_of("Standard", 0, False, "  "), role_of("Text Body", 0, False, "Hello.")
    ('empty', 'body')
    """
    low = style.lower()
    if not text.strip():
        return "empty"
    if low == "title":
        return "title"
    if low == "subtitle":
        return "subtitle"
    m = _HEADING_STYLE.match(low)
    if outline > 0 or m:
        level = outline if outline > 0 else int(m.group(1) or 1) if m else 1
        return f"heading {level}"
    if numbered or low.startswith("list"):
        return "numbered" if "number" in low else "bullet"
    return "body"


def _closed(text: str) -> bool:
    """Whether a line ends like a sentence or a label (so it is no title or heading)."""
    return text.rstrip().endswith((".", ",", ";", ":", "!", "?"))


def _manual_roles(paras: list[tuple[str, str, float, float, int]]) -> list[str]:
    """Roles with hand-styled titles and headings recognised: (role, text, weight, height, adjust) in, roles out.

    The first non-empty paragraph is the title when the document has no Title-styled one and it is a short
    line set bold, large (14 pt or more) or centred; any other short bold line without a full stop is a heading.
    """
    roles = [r for r, *_ in paras]
    has_title = "title" in roles
    first = next((i for i, (r, *_rest) in enumerate(paras) if r != "empty"), None)
    for i, (role, text, weight, height, adjust) in enumerate(paras):
        if role != "body":
            continue
        words = len(text.split())
        plain_end = not _closed(text)
        if i == first and not has_title and words <= _TITLE_MAX_WORDS and plain_end and (
            weight >= _BOLD or height >= 14 or adjust == _CENTER
        ):
            roles[i] = "title"
        elif weight >= _BOLD and words <= _HEADING_MAX_WORDS and plain_end:
            roles[i] = "heading"
    return roles


def read_view(doc: Any, selection: str = "nothing") -> DocView:
    """The document view of ``doc`` (run on the session's UNO thread)."""
    raw: list[tuple[str, str, float, float, int]] = []
    tables: list[tuple[int, Any]] = []
    for el in body_elements(doc):
        if el.supportsService("com.sun.star.text.TextTable"):
            tables.append((len(raw), el))
            continue
        text = el.getString()
        style, outline, numbered, adjust = el.getPropertyValues(_PROPS)
        role = role_of(str(style), int(outline or 0), bool(numbered), text)
        # only a short body line without a closing stop can be a hand-styled title or heading: only its look is read
        maybe = role == "body" and len(text.split()) <= _TITLE_MAX_WORDS and not _closed(text)
        weight, height = _portion_chars(el) if maybe else (0.0, 0.0)
        raw.append((role, text, float(weight or 0), float(height or 0), _adjust(adjust)))
    roles = _manual_roles(raw)
    paragraphs = tuple(ViewParagraph(i + 1, role, raw[i][1]) for i, role in enumerate(roles))
    return DocView(paragraphs, tuple(ViewTable(k + 1, after, _cells(t)) for k, (after, t) in enumerate(tables)),
                   selection)


def _portion_chars(paragraph: Any) -> tuple[float, float]:
    """The lowest weight and height over a paragraph's text portions: bold only when all of it is bold.

    The paragraph's own CharWeight/CharHeight are not reliable for a .docx: right after loading they give the
    paragraph style's values (a bold 14 pt first line read as 100 / 11), later the runs' values, so the same
    document got two views. The portions carry the runs' formatting from the start; a bold label ("To:") does
    not make its line bold.
    """
    weights, heights = [], []
    en = paragraph.createEnumeration()
    while en.hasMoreElements():
        portion = en.nextElement()
        if not portion.getString().strip():
            continue
        w, h = portion.getPropertyValues(_CHAR_PROPS)
        weights.append(float(w or 0))
        heights.append(float(h or 0))
    if not weights:
        w, h = paragraph.getPropertyValues(_CHAR_PROPS)
        return float(w or 0), float(h or 0)
    return min(weights), min(heights)


def _adjust(value: Any) -> int:
    """A ParagraphAdjust (a number, or an enum named LEFT, RIGHT, BLOCK, CENTER) as its number."""
    if hasattr(value, "value"):
        return {"LEFT": 0, "RIGHT": 1, "BLOCK": 2, "CENTER": 3, "STRETCH": 4}.get(str(value.value), 0)
    return int(value or 0)


def _cells(table: Any) -> tuple[tuple[str, ...], ...]:
    """A table's cell texts row by row (merged layouts fall back to cell names).

    A table with merged cells either has no data array or one that holds its first column only (Writer counts
    one column for a row merged across them all), so the array is trusted only when it holds every cell.
    """
    names = table.getCellNames()
    try:
        data = tuple(tuple(str(v) for v in row) for row in table.getDataArray())
        if sum(len(row) for row in data) == len(names):
            return data
    except Exception:  # merged cells: no regular data array
        pass
    rows: dict[int, dict[int, str]] = {}
    for n in names:
        m = re.fullmatch(r"([A-Z]+)(\d+)", n)
        if m:
            rows.setdefault(int(m.group(2)), {})[column_number(m.group(1))] = table.getCellByName(n).getString()
    # a cell covered by one merged from the row above has no name: it reads empty, so the row's other cells keep
    # the column numbers that select them
    return tuple(tuple(row.get(c, "") for c in range(1, max(row) + 1)) for _, row in sorted(rows.items()))


def column_number(letters: str) -> int:
    """The 1-based column of a cell name's letters (A → 1, AA → 27).

    >>> column_number("A"), column_number("C"), column_number("AA")
    (1, 3, 27)
    """
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


class ViewCache:
    """The last view read, reused until the document reports a modification (then read again)."""

    def __init__(self) -> None:
        self.view: DocView | None = None

    def clear(self) -> None:
        """Forget the view (a new document was loaded)."""
        self.view = None

    def get(self, doc: Any, selection: str) -> DocView:
        """The current view with ``selection``; reads the document only when it changed since the last read."""
        if self.view is None or doc.isModified():
            self.view = read_view(doc)
            doc.setModified(False)
        return self.view.with_selection(selection)
