"""A cell the request names by its row's label and its column's header, in whatever case it writes them.

"Change the junior monthly fee to 9 pounds" names the cell of the row labelled "Junior" under the header "Monthly";
"put 5B in the Class box" names the empty half of a two-column form's "Class" row. The reference readers
(:mod:`lamforge.text.last_resort`) know a few such shapes without the document ("the West Q2 figure", "North's Q2
figure", "the Pet fee amount"); this reading starts from the table instead: it looks for one row label and one
column header of the same table standing side by side in the request (a word for what a cell holds, "for" or
"of" may stand between), and writes the cell the way the model reads cells ("the cell in row 3, column 3 of
table 1"). Only one cell of the document may fit; a request that names a whole row or column is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.word_overlap import same_word, singular_words
from lamforge.app.text_match import fold
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.reference_target import meaningful

# words for what a cell holds, and the small words that may stand between a row's label and a column's header
CELL_NOUNS = ("fee", "fees", "figure", "value", "amount", "price", "cost", "number", "entry", "total", "score",
              "rate", "cell", "box", "field", "space", "slot", "blank")
_BETWEEN = frozenset({"for", "of", "the", "in", "on", *CELL_NOUNS})
_FORM_NOUNS = r"(?:box|field|space|slot|blank|cell|line)"  # "the Class box": the empty half of a form's row


def named_cell(request: str, view: Any) -> str:
    """``request`` with a cell named by its row label and column header written as "the cell in row R, column C ...".

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> fees = ViewTable(1, 2, (("Membership", "Annual fee", "Monthly"), ("Adult", "240", "22"),
    ...                         ("Junior", "90", "8")))
    >>> named_cell("change the junior monthly fee to 9 pounds", DocView((), (fees,)))
    'change the cell in row 3, column 3 of table 1 to 9 pounds'
    >>> named_cell("bold the adult's annual fee", DocView((), (fees,)))
    'bold the cell in row 2, column 2 of table 1'
    >>> dates = ViewTable(1, 3, (("Date", "Event", "Where"), ("5 April", "Seed swap", "Allotment hut"),
    ...                          ("26 April", "Plant sale", "Allotment hut")))
    >>> named_cell("change the date of the seed swap to 12 April", DocView((), (dates,)))
    'change the cell in row 2, column 1 of table 1 to 12 April'
    >>> named_cell("change the date of the allotment hut", DocView((), (dates,)))  # two rows hold it
    'change the date of the allotment hut'
    >>> named_cell("make the Monthly column bold", DocView((), (fees,)))
    'make the Monthly column bold'
    >>> form = ViewTable(1, 9, (("Child's name", ""), ("Class", ""), ("Signed", "")))
    >>> named_cell("put 5B in the Class box", DocView((), (form,)))
    'put 5B in the cell in row 2, column 2 of table 1'
    """
    if QUOTED_RE.search(request):
        return request
    found: list[tuple[int, int, int, int, int]] = []  # (start, end, table, row, column)
    for t in view.tables:
        found += _by_label_and_header(request, t) + _form_box(request, t)
    cells = {(t, r, c) for _, _, t, r, c in found}
    if len(cells) != 1:
        return request
    start, end = min(f[0] for f in found), max(f[1] for f in found)
    if re.match(r"\s+(?:row|column|col)\b", request[end:], re.IGNORECASE):
        return request  # "the Junior Monthly column": a column, not a cell
    t, r, c = cells.pop()
    return f"{request[:start]}the cell in row {r}, column {c} of table {t}{request[end:]}"


# "all the times", "the playing ages" (a header of two words), "the times down the left of table 1"
_PLURAL = re.compile(r"\b(?:all\s+(?:of\s+)?)?the\s+(?P<noun>[a-z]{3,}(?:\s+[a-z]{3,})?)s\b"
                     r"(?!\s+(?:column|row|cell|col|table|list|section|heading|paragraph)s?\b|')"
                     r"(?:\s+(?:down\s+the\s+(?:left|right|side)\s+)?(?:of|in|on)\s+table\s+(?P<table>\d+)\b)?",
                     re.IGNORECASE)


def column_by_plural(request: str, view: Any) -> str:
    """"Center all the times": the column whose header is "Time", as the model reads columns.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 2, (("Time", "Session"), ("09:00", "Welcome"), ("09:30", "Maps")))
    >>> v = DocView((), (t,))
    >>> column_by_plural("center all the times", v), column_by_plural("bold the maps", v)
    ('center column 1 of table 1', 'bold the maps')
    >>> column_by_plural("bold the header row of the times table", v)  # a table named by what it holds
    'bold the header row of the times table'
    >>> column_by_plural("can the times down the left of table 1 be bold?", v)
    'can column 1 of table 1 be bold?'
    """
    if QUOTED_RE.search(request):
        return request
    for m in _PLURAL.finditer(request):
        noun = m.group("noun").lower()
        hits = [(t.number, c) for t in view.tables if len(t.rows) > 1
                and (not m.group("table") or t.number == int(m.group("table")))
                for c, head in enumerate(t.rows[0], 1) if head.strip().lower() == noun]
        if len(hits) == 1:
            (table, column), = hits
            return f"{request[:m.start()]}column {column} of table {table}{request[m.end():]}"
    return request


_MONEY_NOUNS = {"price", "fee", "cost", "amount", "charge", "rate", "sum", "figure"}
_KIND_NOUNS = {**{n: "money" for n in _MONEY_NOUNS}, "time": "time", "date": "date"}
_MONEY_CELL = re.compile(r"\s*(?:[\u00a3$\u20ac]\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*(?:\.\d\d)?\s*"
                         r"(?:p|pounds|dollars|euros))\s*",
                         re.IGNORECASE)
_OF_KIND = re.compile(
    r"\bthe\s+(?P<n>two|three|four|both)\s+(?P<noun2>[a-z]+?)s?\s+columns\b"
    r"|\b(?:all\s+(?:of\s+)?)?the\s+(?:(?P<mod>[a-z]+(?:\s+(?!(?:to|of|in|on|and|or)\b)[a-z]+){0,2}?)\s+)?"
    r"(?P<noun>prices|fees|costs|amounts|charges|rates|times|dates)\b(?!\s+new\s+roman)"  # "the ring from times"
    r"(?!\s+(?:column|row|cell|col|table|list|section|heading|paragraph)s?\b|')", re.IGNORECASE)
_COUNT = {"two": 2, "both": 2, "three": 3, "four": 4}


def columns_by_kind(request: str, view: Any) -> str:
    """"make all the cake prices bold", "right-align the two fee columns": the columns of sums (times, dates).

    A column is of a kind when every filled cell under its header holds one such value ("\u00a31.50", "22 pounds");
    a header naming the noun counts too ("Annual fee"). All the prices: the one such column; "the two fee columns":
    exactly two.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> cakes = ViewTable(1, 2, (("Today\u2019s cakes",), ("Victoria sponge", "\u00a31.50"), ("Brownie", "\u00a31.80")))
    >>> columns_by_kind("make all the cake prices bold", DocView((), (cakes,)))
    'make column 2 of table 1 bold'
    >>> fees = ViewTable(1, 3, (("Membership", "Annual fee", "Monthly"), ("Adult", "240 pounds", "22 pounds"),
    ...                         ("Junior", "90 pounds", "8 pounds")))
    >>> columns_by_kind("right-align the two fee columns", DocView((), (fees,)))
    'right-align columns 2 and 3 of table 1'
    >>> columns_by_kind("bold the three fee columns", DocView((), (fees,)))
    'bold the three fee columns'
    >>> gate = ViewTable(2, 3, (("Ticket", "Online", "On the gate"), ("Adult", "\u00a36.00", "\u00a38.00"),
    ...                         ("Child", "\u00a33.00", "\u00a34.00"), ("Under 4s", "Free", "Free")))
    >>> columns_by_kind("can the gate prices in table 2 go bold?", DocView((), (gate,)))
    'can column 3 of table 2 go bold?'
    >>> rota = ViewTable(1, 3, (("Sunday", "Service", "Ring from"), ("4 Oct", "Matins", "9:15am"),
    ...                         ("11 Oct", "Evensong", "5:45pm")))
    >>> columns_by_kind("could the ring from times in the sunday rota be red?", DocView((), (rota,)))
    'could column 3 of table 1 be red?'
    >>> columns_by_kind("Set the font of the whole document to Times New Roman?", DocView((), (rota,)))
    'Set the font of the whole document to Times New Roman?'
    >>> columns_by_kind("bold the fees", DocView((), ()))
    'bold the fees'
    """
    if QUOTED_RE.search(request):
        return request
    for m in _OF_KIND.finditer(request):
        noun = m.group("noun2").lower() if m.group("n") else m.group("noun").lower()[:-1]  # "prices": "price"
        kind = _KIND_NOUNS.get(noun)
        hits = [(t.number, c) for t in view.tables for c in _columns_of(t.rows, kind, noun)]
        want = _COUNT[m.group("n").lower()] if m.group("n") else 1
        mod = (m.group("mod") or "").lower()
        if len(hits) > want and mod and mod not in ("the", "all", "two", "both"):  # "the gate prices": "On the gate"
            heads = {(t.number, c): t.rows[0][c - 1] for t in view.tables for c in range(1, len(t.rows[0]) + 1)}
            hits = [h for h in hits if all(any(same_word(m, w) for w in re.findall(r"[a-z]+", heads.get(h, "").lower()))
                                           for m in mod.split())]
        if len(hits) != want or len({t for t, _ in hits}) != 1:
            continue
        table = hits[0][0]
        cols = [c for _, c in hits]
        said = f"column {cols[0]}" if want == 1 else f"columns {', '.join(map(str, cols[:-1]))} and {cols[-1]}"
        # the table said once: "in table 2", "in the sunday rota" (its name, now said by number)
        rest = re.sub(rf"^\s+(?:in|of|on)\s+(?:table\s+{table}\b|the\s+[a-z'\u2019 ]{{1,30}}?"
                      r"(?:table|rota|list|sheet|timetable)\b)", "", request[m.end():])
        return f"{request[:m.start()]}{said} of table {table}{rest}"
    return request


def _columns_of(rows: Any, kind: str | None, noun: str) -> list[int]:
    """The 1-based columns of a table whose header names ``noun`` or whose filled cells are all of ``kind``."""
    from lamforge.agent.value_facts import values_in

    width = max((len(r) for r in rows), default=0)
    full = [r for r in rows if len(r) == width]
    if len(full) < 2:
        return []
    header = full[0]
    out = []
    for c in range(width):
        # "Free", "n/a", a dash: no value, but no word against the column's kind either
        cells = [r[c] for r in full if r[c].strip() and not _NO_VALUE.fullmatch(r[c].strip())]
        if cells and kind is not None and not _is_kind(cells[0], kind, values_in):
            cells = cells[1:]  # its header
        named = noun in re.findall(r"[a-z]+", header[c].lower())
        of_kind = len(cells) >= 2 and kind is not None and all(_is_kind(x, kind, values_in) for x in cells)
        if named or of_kind:
            out.append(c + 1)
    return out


_NO_VALUE = re.compile(r"free|n/?a|none|tbc|[-\u2013\u2014]", re.IGNORECASE)


def _is_kind(cell: str, kind: str, values_in: Any) -> bool:
    """Whether a cell holds one value of ``kind`` and nothing else."""
    if kind == "money":
        return _MONEY_CELL.fullmatch(cell) is not None
    found = [v for v in values_in(cell) if v.kind == kind]
    return len(found) == 1 and len(cell.strip()) <= len(found[0].text) + 3


_TEXT_IN_ROW = re.compile(r"(?:the\s+(?:word|text|label)\s+)?(?P<q>'[^']+'|\"[^\"]+\")\s+in\s+row\s+(?P<r>\d+)\s+of\s+"
                          r"table\s+(?P<t>\d+)", re.IGNORECASE)


def cell_of_text_in_row(request: str, view: Any) -> str:
    """"The word 'Total' in row 6 of table 1", where one cell of that row holds just that text: that cell.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 2, (("Item", "Total"), ("Tap", "85.00"), ("Total", "360.00")))
    >>> cell_of_text_in_row("bold the word 'Total' in row 3 of table 1", DocView((), (t,)))
    'bold the cell in row 3, column 1 of table 1'
    """
    m = _TEXT_IN_ROW.search(request)
    if m is None:
        return request
    r, t = int(m.group("r")), int(m.group("t"))
    rows = view.tables[t - 1].rows if 1 <= t <= len(view.tables) else ()
    want = m.group("q")[1:-1].strip().lower()
    cols = [c for c, cell in enumerate(rows[r - 1], 1) if cell.strip().lower() == want] if 1 <= r <= len(rows) else []
    if len(cols) != 1:
        return request
    return f"{request[:m.start()]}the cell in row {r}, column {cols[0]} of table {t}{request[m.end():]}"


# "highlight the '31 january' line in table 1": the row whose cells hold those words
_LINE_IN_TABLE = re.compile(r"\bthe\s+(?P<q>'[^']+'|\"[^\"]+\")\s+(?:line|row|entry)\s+(?:in|of|on|from)\s+"
                            r"table\s+(?P<t>\d+)\b", re.IGNORECASE)


def row_by_its_words(request: str, view: Any) -> str:
    """"The '31 january' line in table 1" as "row 4 of table 1" when one row's cells hold those words.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 2, (("Date", "What"), ("31 January", "Balancing payment"), ("31 July", "Second payment")))
    >>> row_by_its_words("highlight the '31 january' line in table 1", DocView((), (t,)))
    'highlight row 2 of table 1'
    >>> row_by_its_words("highlight the 'payment' line in table 1", DocView((), (t,)))
    "highlight the 'payment' line in table 1"
    """
    m = _LINE_IN_TABLE.search(request)
    if m is None:
        return request
    n = int(m.group("t"))
    table = next((k for k in view.tables if k.number == n), None)
    want = fold(m.group("q")[1:-1]).strip()
    rows = [r for r, row in enumerate(table.rows, 1) if r > 1 and any(
        re.search(rf"(?<!\w){re.escape(want)}(?!\w)", fold(c)) for c in row)] if table and want else []
    if len(rows) != 1:
        return request
    return f"{request[:m.start()]}row {rows[0]} of table {n}{request[m.end():]}"


# "the date / time / where row at the top of table 2", "the row at the top of table 2": its header row
_TOP_ROW = re.compile(r"\bthe\s+(?P<cells>[\w'\u2019 ]+(?:\s*/\s*[\w'\u2019 ]+)+\s+)?row\s+"
                      r"(?:(?:at|along|across)\s+the\s+(?:very\s+)?top\s+)?(?:of|in|on)\s+(?:the\s+)?table\s+(?P<t>\d+)\b",
                      re.IGNORECASE)


def header_row_said(request: str, view: Any) -> str:
    """"The date / time / where row at the top of table 2" as "row 1 of table 2" (the header's cells, or the top).

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> v = DocView((), (ViewTable(2, 0, (("Date", "Time", "Where"), ("Tue", "2pm", "Hall"))),))
    >>> header_row_said("the date / time / where row at the top of table 2 wants to be bold", v)
    'row 1 of table 2 wants to be bold'
    >>> header_row_said("bold the row at the top of table 2", v), header_row_said("bold the row in table 2", v)
    ('bold row 1 of table 2', 'bold the row in table 2')
    """
    for m in _TOP_ROW.finditer(request):
        table = next((k for k in view.tables if k.number == int(m.group("t"))), None)
        if table is None or not table.rows:
            continue
        top = re.search(r"\btop\b", m.group(0), re.IGNORECASE)
        said = [fold(c).strip() for c in (m.group("cells") or "").split("/") if c.strip()]
        header = [fold(c).strip() for c in table.rows[0]]
        if said and said != header[:len(said)] or not said and not top:
            continue
        return f"{request[:m.start()]}row 1 of table {table.number}{request[m.end():]}"
    return request


def _by_label_and_header(request: str, table: Any) -> list[tuple[int, int, int, int, int]]:
    rows = table.rows
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    out = []
    for ri, li in ((r, c) for r in range(1, len(rows)) for c in range(len(rows[r]))):
        for a, b in _spots(request, rows[ri][li]):  # the row's label, or any cell of it ("the seed swap")
            for ci in range(len(rows[0])):
                if ci == li or not (meaningful(rows[ri][li]) or meaningful(rows[0][ci])):
                    continue  # one of the two must be a word of meaning ("Final" is one beside "Backstroke")
                for c, d in _spots(request, rows[0][ci]):
                    first, second = ((a, b), (c, d)) if a < c else ((c, d), (a, b))
                    if _joined(request[first[1]:second[0]]):
                        out.append((*_widen(request, first[0], second[1]), table.number, ri + 1, ci + 1))
    return out


def _form_box(request: str, table: Any) -> list[tuple[int, int, int, int, int]]:
    """"The Class box" of a two-column form whose value column is empty in that row."""
    rows = table.rows
    if not rows or any(len(r) != 2 for r in rows):
        return []
    out = []
    for ri, (label, value) in enumerate(rows):
        if value.strip():
            continue
        for a, b in _spots(request, label) if meaningful(label) else ():
            m = re.compile(rf"\s+{_FORM_NOUNS}\b", re.IGNORECASE).match(request, b)
            if m:
                out.append((*_widen(request, a, m.end()), table.number, ri + 1, 2))
    return out


def _spots(request: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` (a label or header with a letter in it) stands in ``request``, case aside, at word edges."""
    name = name.strip().rstrip(":")
    if len(name) < 2 or len(name) > 40 or not any(c.isalpha() for c in name):
        return []
    pattern = rf"(?<![\w'-]){re.escape(name)}(?:['\u2019]s|s)?(?![\w-])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, request, re.IGNORECASE)]


def _joined(gap: str) -> bool:
    """Whether the words between a label and a header join them into one name (at most two small words)."""
    words = gap.split()
    return gap.strip() == "" and gap != "" or (len(words) <= 2 and all(w.lower() in _BETWEEN for w in words)
                                              and gap[:1].isspace() and gap[-1:].isspace())


def _widen(request: str, start: int, end: int) -> tuple[int, int]:
    """The span with the "the" before it and a word for what a cell holds after it."""
    before = re.search(r"\bthe\s+$", request[:start], re.IGNORECASE)
    after = re.compile(rf"\s+(?:{'|'.join(CELL_NOUNS)})\b", re.IGNORECASE).match(request, end)
    return (before.start() if before else start), (after.end() if after else end)


_CELL_WORDS = r"(?P<cell>the\s+cell\s+in\s+row\s+\d+,\s+column\s+\d+(?:\s+of\s+table\s+\d+)?)"
_FILL = re.compile(
    rf"\b(?:put|write|pop|fill\s+in)\s+(?P<v>'[^']+'|\"[^\"]+\")\s+(?:in|into|inside|to)\s+{_CELL_WORDS}"
    rf"|\bfill\s+(?:in\s+)?{_CELL_WORDS.replace('cell>', 'cell2>')}\s+with\s+(?P<v2>'[^']+'|\"[^\"]+\")",
    re.IGNORECASE)


def fill_as_set(request: str) -> str:
    """"Put '5B' in the cell in row 2, column 2" as the cell families are trained: "set the cell ... to '5B'".

    >>> fill_as_set("put '5B' in the cell in row 2, column 2 of table 1")
    "set the cell in row 2, column 2 of table 1 to '5B'"
    >>> fill_as_set("Fill the cell in row 3, column 1 with 'Week 5' please")
    "Set the cell in row 3, column 1 to 'Week 5' please"
    """
    m = _FILL.search(request)
    if m is None:
        return request
    cell, value = (m.group("cell"), m.group("v")) if m.group("cell") else (m.group("cell2"), m.group("v2"))
    verb = "Set" if request[m.start()].isupper() else "set"
    return f"{request[:m.start()]}{verb} {cell} to {value}{request[m.end():]}"


_NAMED_TABLE = re.compile(r"\bthe\s+(?P<name>[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?)\s+table\b", re.IGNORECASE)


def table_by_name(request: str, view: Any) -> str:
    """"The needles table" as "table 2" when one table's header row holds the name's words (several tables).

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> v = DocView((), (ViewTable(1, 2, (("Pattern", "Yarn"), ("Beanie", "Aran"))),
    ...                  ViewTable(2, 2, (("Yarn", "Needles"), ("Aran", "5mm")))))
    >>> table_by_name("bold the top row of the needles table", v), table_by_name("bold the yarn table", v)
    ('bold the top row of table 2', 'bold the yarn table')
    >>> from lamforge.app.observation import ViewParagraph
    >>> h = DocView((ViewParagraph(1, "heading 1", "Order"), ViewParagraph(2, "heading 1", "Through the year")),
    ...             (ViewTable(1, 1, (("Plant", "Qty"),)), ViewTable(2, 2, (("When", "Job"),))))
    >>> table_by_name("header row on the through the year table wants bolding", h)
    'header row on table 2 wants bolding'
    >>> table_by_name("bold the through table", h)  # the heading's words
    'bold table 2'
    """
    if len(view.tables) < 2 or QUOTED_RE.search(request):
        return request
    # "the through the year table": the one table under a heading said whole
    under = [(t.number, m) for t in view.tables if (head := heading_above(t, view).strip())
             for m in [re.search(rf"\bthe\s+{re.escape(head)}\s+table\b", request, re.IGNORECASE)] if m]
    if len(under) == 1:
        number, m = under[0]
        return f"{request[:m.start()]}table {number}{request[m.end():]}"
    for m in _NAMED_TABLE.finditer(request):
        for k in range(len(m.group("name").split())):  # "the new needles table": the words nearest "table"
            name = " ".join(m.group("name").split()[k:])
            words = singular_words(name)
            hits = [t.number for t in view.tables if t.rows and words <= singular_words(" ".join(t.rows[0]))]
            if len(hits) == 1:
                return f"{request[:m.start()]}table {hits[0]}{request[m.end():]}"
    for m in _NAMED_TABLE.finditer(request):  # "the morning table" under the heading "Morning events"
        words = singular_words(m.group("name"))
        hits = [t.number for t in view.tables if words and words <= singular_words(heading_above(t, view))]
        if len(hits) == 1:
            return f"{request[:m.start()]}table {hits[0]}{request[m.end():]}"
    return request


def heading_above(table: Any, view: Any) -> str:
    """The text of the nearest heading at or before the paragraph the table follows ("" when none)."""
    return next((p.text for p in reversed(view.paragraphs) if p.number <= table.after
                 and p.role.startswith("heading")), "")
