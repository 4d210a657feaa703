"""A total that must follow a change: "the brake pads were 11.50 not 9.50 – total needs changing as well".

Why: a table with a Total row states a sum. A request that changes a number of the table and asks for the total
too means the column summed again, written in the total's own style (currency sign, decimals, thousands commas).
The total clause is taken off the request first (:func:`total_asked`) and the rest is read and played as usual;
:func:`total_parts` then plays those parts on a copy of the table and adds one part that replaces the old total
everywhere the document states it ("replace every '£18,640' with '£18,667'": an intro that repeats it too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from lamforge.app.observation import DocView
from lamforge.text.explicit import quote
from lamforge.text.quotes import quoted_texts

_BREAK = re.compile(r"\s*(?:[\u2013\u2014;]|,\s|\.\s|\band\b|\bso\b)\s*", re.I)
_TOTAL_WORDS = re.compile(r"\b(?:totals?|sums?|adds?\s+up)\b", re.I)
_TOTAL_ROW = re.compile(r"^\s*(?:grand\s+)?total\b", re.I)
_NUMBER = re.compile(
    r"^\s*(?P<pre>[£$€]?)\s*(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?\s*(?P<post>[£$€%]?)\s*$")
_CHANGE = re.compile(r"^(?:change|replace every) .+ (?:to|with) .+$")
_SET = re.compile(r"^set the cell in row (\d+), column (\d+) of table (\d+) to .+$")
_ADD_ROW = re.compile(r"^add an empty row (below|above) row (\d+) of table (\d+)$")
_DELETE_ROW = re.compile(r"^delete row (\d+) of table (\d+)$")


def total_asked(request: str) -> tuple[str, bool]:
    """The request without its total clause, and whether it had one (a clause with a number is a value, not that).

    >>> total_asked("the brake pads were 11.50 not 9.50 \u2013 total needs changing as well")
    ('the brake pads were 11.50 not 9.50', True)
    >>> total_asked("add a tyre at £32.99 to the parts and fix the total")
    ('add a tyre at £32.99 to the parts', True)
    >>> total_asked("bold the total row"), total_asked("the total is 20, not 18")
    (('bold the total row', False), ('the total is 20, not 18', False))
    """
    for b in reversed(list(_BREAK.finditer(request))):
        clause = request[b.end():]
        if _TOTAL_WORDS.search(clause):
            if re.search(r"\d", clause) or not request[:b.start()].strip():
                break
            return request[:b.start()].rstrip(" ,.;"), True
    return request, False


def total_parts(parts: Sequence[str], view: DocView) -> list[str]:
    """One replacement per Total cell whose column the parts change (none when a column holds a non-number).

    >>> from lamforge.app.observation import ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "body", "We raised £1,150 in all."),),
    ...             (ViewTable(1, 1, (("Event", "Raised"), ("Quiz", "£385"), ("Walk", "£765"), ("Total", "£1,150"))),))
    >>> total_parts(["change '£385' to '£412'"], v)
    ["replace every '£1,150' with '£1,177'"]
    >>> total_parts(["add an empty row below row 3 of table 1", "set the cell in row 4, column 1 of table 1 to 'Fair'",
    ...              "set the cell in row 4, column 2 of table 1 to '£50'"], v)
    ["replace every '£1,150' with '£1,200'"]
    >>> total_parts(["delete row 2 of table 1"], v)
    ["replace every '£1,150' with '£765'"]
    >>> total_parts(["make 'Quiz' bold"], v)
    []
    """
    tables = {t.number: [list(r) for r in t.rows] for t in view.tables}
    before = {n: [list(r) for r in rows] for n, rows in tables.items()}
    for part in parts:
        if not _play(part, tables):
            return []
    found = []
    for n, rows in tables.items():
        totals = [i for i, r in enumerate(rows) if r and _TOTAL_ROW.match(r[0])]
        if len(totals) != 1 or totals[0] != len(rows) - 1:
            continue
        for c, old in enumerate(rows[-1]):
            if c == 0 or _NUMBER.match(old) is None or [r[c:c + 1] for r in rows] == [r[c:c + 1] for r in before[n]]:
                continue
            new = _sum([r[c] if c < len(r) else "" for r in rows[1:-1]], old)
            shown = _texts(view)
            if new is None or new == old or _inside_longer(old, shown):
                continue  # "33.50" inside "133.50": a replacement would reach the other sum too
            every = shown.count(old) > 1
            found.append(f"replace every {quote(old)} with {quote(new)}" if every
                         else f"change {quote(old)} to {quote(new)}")
    return found


def _inside_longer(value: str, text: str) -> bool:
    """Whether ``value`` stands somewhere in ``text`` as part of a longer number.

    >>> _inside_longer("33.50", "33.50 and 133.50"), _inside_longer("£33.50", "£33.50 and £133.50")
    (True, False)
    """
    return any(re.search(r"\d[.,]?\Z", text[:m.start()]) or re.match(r"[.,]?\d", text[m.end():])
               for m in re.finditer(re.escape(value), text))


def _texts(view: DocView) -> str:
    """Every paragraph and cell of the view, one per line."""
    return "\n".join([p.text for p in view.paragraphs] + [c for t in view.tables for r in t.rows for c in r])


def _play(part: str, tables: dict[int, list[list[str]]]) -> bool:
    """Apply one trained request to the copy of the tables (False: a request this reading cannot follow)."""
    quoted = quoted_texts(part)
    if _CHANGE.match(part) and len(quoted) == 2:
        old, new = quoted
        every = part.startswith("replace every")
        for rows in tables.values():
            for r in rows:
                for c, cell in enumerate(r):
                    if old in cell:
                        r[c] = cell.replace(old, new) if every else cell.replace(old, new, 1)
        return True
    m = _SET.match(part)
    if m and len(quoted) == 1:
        row, col, t = (int(g) for g in m.groups())
        rows = tables.get(t)
        if rows is None or row > len(rows) or col > len(rows[row - 1]):
            return False
        rows[row - 1][col - 1] = quoted[0]
        return True
    m = _ADD_ROW.match(part)
    if m:
        where, row, t = m.group(1), int(m.group(2)), int(m.group(3))
        rows = tables.get(t)
        if rows is None or row > len(rows):
            return False
        rows.insert(row if where == "below" else row - 1, [""] * len(rows[row - 1]))
        return True
    m = _DELETE_ROW.match(part)  # "take the book off and fix the total"
    if m:
        row, rows = int(m.group(1)), tables.get(int(m.group(2)))
        if rows is None or not 1 < row < len(rows):
            return False
        del rows[row - 1]
        return True
    return False


def _sum(cells: Sequence[str], like: str) -> str | None:
    """The sum of the cells (empty ones skipped) written as ``like`` is (None: a cell that is no number)."""
    total = Decimal(0)
    for cell in cells:
        if not cell.strip():
            continue
        m = _NUMBER.match(cell)
        if m is None:
            return None
        total += Decimal(m.group("int").replace(",", "") + "." + (m.group("dec") or "0"))
    shape = _NUMBER.match(like)
    assert shape is not None
    places = len(shape.group("dec") or "")
    commas = "," in shape.group("int") or any("," in c for c in cells)
    number = f"{total:{',' if commas else ''}.{places}f}"
    return f"{shape.group('pre')}{number}{shape.group('post')}"


_SET_CELL = re.compile(r"^set the cell in row (\d+), column (\d+) of table (\d+) to '([^']*)'$")
_TOO = re.compile(r"\b(?:changes?|needs?\s+(?:changing|updating|to\s+change)|goes\s+up|as\s+well|too|follows?)\b",
                  re.IGNORECASE)


def follow_parts(parts: Sequence[str], request: str, view: DocView) -> list[str]:
    """"£3 a session, so the term price changes too": the named cell of the same row, in the same proportion.

    When a part sets one sum of a row and the request says another column of it changes too (a word of its
    header: "term" for "Spring term (10 weeks)"), that cell keeps its ratio to the changed one (£25.00 to £2.50).
    Parts that add or delete a row are left alone (a new row's values are all given).

    >>> from lamforge.app.observation import ViewTable
    >>> v = DocView((), (ViewTable(1, 3, (("Club", "Per session", "Spring term (10 weeks)"),
    ...                                   ("Lego", "\u00a32.50", "\u00a325.00"))),))
    >>> follow_parts(["set the cell in row 2, column 2 of table 1 to '\u00a33.00'"],
    ...              "lego is going up to \u00a33 a session so the term price changes too", v)
    ["set the cell in row 2, column 3 of table 1 to '\u00a330.00'"]
    """
    if not _TOO.search(request) or any(_ADD_ROW.match(p) or _DELETE_ROW.match(p) for p in parts):
        return []  # a row added or deleted: the rows the parts number are not the document's rows yet
    said = {w for w in re.findall(r"[a-z]{3,}", request.lower())}
    found = []
    for part in parts:
        m = _SET_CELL.match(part)
        table = next((t for t in view.tables if m and t.number == int(m.group(3))), None)
        if m is None or table is None:
            continue
        r, c, new = int(m.group(1)), int(m.group(2)) - 1, m.group(4)
        row, header = table.rows[r - 1], table.rows[0]
        old, now = _NUMBER.match(row[c]) if c < len(row) else None, _NUMBER.match(new)
        for k, cell in enumerate(row):
            other = _NUMBER.match(cell)
            words = set(re.findall(r"[a-z]{3,}", header[k].lower())) if k < len(header) else set()
            if k == c or other is None or old is None or now is None or not words & said - {"price", "cost", "fee"}:
                continue
            ratio = _value(other) / _value(old) if _value(old) else Decimal(0)
            if ratio <= 0 or ratio != ratio.to_integral_value():
                continue  # only a whole multiple ("10 weeks" of a session) is followed
            found.append(f"set the cell in row {r}, column {k + 1} of table {table.number} to "
                         f"{quote(_sum([new] * int(ratio), cell) or cell)}")
    return found


def _value(m: re.Match[str]) -> Decimal:
    """The number a match of ``_NUMBER`` writes."""
    return Decimal(m.group("int").replace(",", "") + "." + (m.group("dec") or "0"))
