"""A table cell's new value told as news: "the radiator valves are £45 each actually", "IM's pushed back to 10.30".

People state the new value of one entry in a table and leave the edit to the reader. The request's words pick the
row (the one row sharing the most of them, or holding a short name like "IM" whole); the new value's kind picks
the column (the one cell of that row holding a sum of money, a time or a plain number, else the one whose header
the request names: "round 2"); the value is then written as the column writes its values ("£45" in a column of
"£38.00" is "£45.00", "10.30" among "9:45am" is "10:30am"). Said as trained: "set the cell in row 3, column 2 of
table 1 to '£45.00'". A request naming formatting, quoting text, or giving no single value is left as written.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.value_facts import times_as_digits
from lamforge.agent.word_overlap import content_words, one_best, stem
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_MONEY = re.compile(r"[\u00a3$\u20ac]\s?\d[\d,]*(?:\.\d\d)?")
_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s?(?:am|pm)?|\s?(?:am|pm))\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,:\u00a3$\u20ac-])\d+(?:\.\d+)?(?![\w:]|[.,]\d|\s?(?:am|pm|%)\b)", re.IGNORECASE)
_NOT_NEWS = re.compile(r"\b(?:font|size|pt|bold|italic|underline|colou?r|highlight|align|centre|center|indent|"
                       r"spacing|style|heading|row|rows|column|columns|cell|cells|add|insert|delete|remove|swap|"
                       r"by|more|less|up\s+by|down\s+by|same)\b", re.IGNORECASE)


def cell_news(request: str, view: Any) -> str | None:
    """The request as setting the one table cell it gives a new value for (None: it does not).

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 3, (("Item", "Qty", "Price"), ("Radiator valve", "4", "\u00a338.00"),
    ...                      ("Labour (day)", "2", "\u00a3280.00")))
    >>> g = ViewTable(2, 3, (("Event", "Start"), ("50 fly", "9:45am"), ("100m individual medley", "10:15am")))
    >>> v = DocView((), (t, g))
    >>> cell_news("the radiator valves are \u00a345 each actually", v)
    "set the cell in row 2, column 3 of table 1 to '\u00a345.00'"
    >>> cell_news("IM's been pushed back to 10.30", v)
    "set the cell in row 3, column 2 of table 2 to '10:30am'"
    >>> s = ViewTable(3, 3, (("Service", "Small", "Large"), ("Full groom", "£32", "£52")))
    >>> cell_news("full groom for the big dogs is 55 now", DocView((), (s,)))
    "set the cell in row 2, column 3 of table 3 to '£55'"
    >>> cell_news("make the radiator valve row bold", v), cell_news("the valves are fine", v)
    (None, None)
    """
    if QUOTED_RE.search(request) or _NOT_NEWS.search(request):
        return None
    said = times_as_digits(request)
    masked = said  # "got 8 on round 2": a header's own number is no value
    for h in {h.strip() for t in view.tables if t.rows for h in t.rows[0] if re.search(r"\d", h)}:
        masked = re.sub(rf"(?<!\w){re.escape(h)}(?!\w)", lambda x: "x" * len(x.group(0)), masked, flags=re.I)
    values = _values(masked)
    if len(values) != 1:
        return None
    kind, new, at = values[0]
    rest = said[:at[0]] + " " + said[at[1]:]
    words = {stem(w) for w in content_words(rest)}
    tokens = set(re.findall(r"\b[A-Z][A-Za-z]+\b", rest))
    scored = []
    for t in view.tables:
        for r, row in enumerate(t.rows[1:], 2):
            has = {stem(w) for w in re.findall(r"[a-z]{3,}", fold(" ".join(row)))}
            shared = words & has
            whole = {k for k in tokens if k in {c.strip() for c in row} or _initials(k, row)}
            if any(len(w) >= 4 for w in shared) or whole:  # ties go to the row with fewer other words
                scored.append((10 * (len(shared) + 2 * len(whole)) - len(has - words), (t, r)))
    found = one_best(scored)
    if found is None:
        return None
    table, r = found
    row = table.rows[r - 1]
    columns = [c for c, cell in enumerate(row) if _kind(cell) == kind]
    if not columns and kind == "number":  # "full groom is 55 now" in a column of prices: £55
        kind, columns = "money", [c for c, cell in enumerate(row) if _kind(cell) == "money"]
    if len(columns) > 1:  # "round 2", "for the big dogs": the header the request names
        header, named_as = table.rows[0], fold(_SAME_AS.sub(lambda w: _SIZES[w.group(0).lower()], rest))
        columns = [c for c in columns if c < len(header) and header[c].strip()
                   and re.search(rf"(?<!\w){re.escape(fold(header[c]).strip())}(?!\w)", named_as)]
    if len(columns) != 1:
        return None
    c = columns[0]
    value = _as_written(new, kind, row[c], [x[c] for x in table.rows[1:] if c < len(x)])
    if value is None or value == row[c].strip():
        return None
    return f"set the cell in row {r}, column {c + 1} of table {table.number} to {quote(value)}"


_SIZES = {"big": "large", "bigger": "large", "little": "small", "tiny": "small", "mid": "medium"}
_SAME_AS = re.compile(rf"\b(?:{'|'.join(_SIZES)})\b", re.IGNORECASE)


def _initials(token: str, row: tuple[str, ...]) -> bool:
    """"IM" for "100m individual medley": a short capital token that is the initials of words a cell holds."""
    if not 2 <= len(token) <= 4 or not token.isupper():
        return False
    for cell in row:
        words = re.findall(r"[A-Za-z]+", cell)
        if any("".join(w[0] for w in words[k:k + len(token)]).upper() == token for k in range(len(words))):
            return True
    return False


def _values(said: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(kind, text, span) of each sum of money, time and plain number the request gives."""
    found = [("money", m.group(0), m.span()) for m in _MONEY.finditer(said)]
    found += [("time", m.group(0), m.span()) for m in _TIME.finditer(said)
              if not any(a <= m.start() < b for _, _, (a, b) in found)]
    found += [("number", m.group(0), m.span()) for m in _NUMBER.finditer(said)
              if not any(a <= m.start() < b for _, _, (a, b) in found)]
    return found


def _kind(cell: str) -> str:
    """What a cell holds, when it is one value: "money", "time", "number" (else "")."""
    text = cell.strip()
    if _MONEY.fullmatch(text):
        return "money"
    if _TIME.fullmatch(text):
        return "time"
    return "number" if re.fullmatch(r"\d+(?:\.\d+)?", text) else ""


def _as_written(new: str, kind: str, old: str, column: list[str]) -> str | None:
    """``new`` in the way the column writes its values (pence, the currency sign, a time's separator and half)."""
    old = old.strip()
    if kind == "money":
        digits = re.sub(r"[^\d.,]", "", new)
        sign = re.match(r"[\u00a3$\u20ac]", old)
        if "." not in digits and re.search(r"\.\d\d$", old):
            digits += ".00"
        return f"{sign.group(0) if sign else ''}{digits}"
    if kind == "time":
        m = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s?(am|pm)?", new, re.IGNORECASE)
        o = re.match(r"(\d{1,2})(?:([:.])(\d\d))?(\s?)(am|pm)?", old, re.IGNORECASE)
        if m is None or o is None:
            return None
        sep = o.group(2) or ":"
        half = m.group(3) or o.group(5) or ""
        return f"{m.group(1)}{sep}{m.group(2) or '00'}{o.group(4) if half else ''}{half.lower()}"
    return new
