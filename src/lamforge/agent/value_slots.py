"""A value said anew finds its slot: the one cell or text of its kind whose surroundings share the request's words.

People give new values and leave where they go to the reader: "abbey's 80, captain cook's 85", "change the price of
a full groom for large dogs to £55", "large full groom: £55 not £52". The phrasings are endless; what they share is
a value of a kind (a sum of money, a time, a day of the week, a measure, a number) and words about where it goes.
This reading matches each value the request gives against every table cell and every value inside a paragraph of
the same kind, and lets the words pick: the words of the value's own clause count three times, the rest of the
request once, against the cell's row and column header or the sentence around the text. A value goes where one
slot clearly wins (a tie or no shared content word leaves the request alone); a value said after "not",
"instead of" or "rather than", or before "to" after "from", is the old one and picks the slot that holds it.

The edits are said as the model is trained on them: "set the cell in row R, column C of table T to 'V'" and
"change 'OLD' to 'NEW'" (the old text with the words before it until it stands once in the document), the new
value written as the slot writes its values. Guidance (off with ``--guidance off``), tried only when the other
readings leave the request in no trained form of an edit, and only on a request that names no formatting,
structure or quote.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from lamforge.agent.cell_news import as_written, cell_kind, numbers_as_names, typed_values
from lamforge.agent.explicit_targets import view_texts
from lamforge.agent.shifted_values import with_its_weekday
from lamforge.agent.value_facts import times_as_digits, values_in, written_as
from lamforge.agent.word_overlap import content_words, one_best, stem
from lamforge.app.out_of_reach import infeasible_reason
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

# a request that formats, restructures, adds or removes is read by the readings for those
_NOT_A_VALUE_EDIT = re.compile(
    r"\b(?:font|size|pt|bold|italic|italics|underline|underlined|colou?r|colou?red|highlight|highlighted|align|"
    r"aligned|centre|center|centered|superscript|subscript|strikethrough|capital|capitals|caps|uppercase|"
    r"lowercase|justify|justified|list|numbered|indent|indented|spacing|style|heading|paragraphs?|page|bullet|"
    r"bullets|delete|remove|insert|add|adding|new\s+row|spelling|spelt|typo)\b", re.IGNORECASE)
# the trained forms of an edit: a request already said so needs no slot
EDIT_FORM = re.compile(r"^(?:set\s+the\s+cell\s+in\s+row\s+\d+,\s+column\s+\d+\s+of\s+table\s+\d+\s+to\s+|"
                       r"change\s+(['\"]).+\1\s+to\s+|replace\s+every\s+|delete\s+row\s+\d+\s+of\s+table\s+\d+)",
                       re.IGNORECASE)
_CLAUSES = re.compile(r"[,;!?]+|\s[\u2013\u2014-]\s|\.(?:\s|$)|\b(?:and|but|so|while)\b", re.IGNORECASE)
_OLD_BEFORE = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_TO = re.compile(r"^\s*(?:to|\u2192|->)\s+$", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.;!?])\s+")
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*,?\s*$", re.IGNORECASE)


class Slot(NamedTuple):
    """Where a value can go: a table cell (table number, row and column from 1) or a text inside a paragraph."""

    kind: str
    old: str
    words: frozenset[str]
    table: int = 0
    row: int = 0
    column: int = 0
    paragraph: int = 0
    before: str = ""  # a paragraph's text before the value, to make the old text stand once


def value_slot_parts(request: str, view: Any) -> list[str] | None:
    """One trained edit per value the request gives, each where its words put it (None: not every value found one).

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> t = ViewTable(1, 4, (("Service", "Small", "Medium", "Large"),
    ...                      ("Full groom", "\u00a332", "\u00a340", "\u00a352"),
    ...                      ("Bath and brush", "\u00a320", "\u00a326", "\u00a334")))
    >>> v = DocView((ViewParagraph(1, "bullet", "Teeth cleaning \u2013 \u00a36"),
    ...              ViewParagraph(2, "bullet", "Flea bath \u2013 \u00a36")), (t,))
    >>> value_slot_parts("change the price of a full groom for large dogs to \u00a355", v)
    ["set the cell in row 2, column 4 of table 1 to '£55'"]
    >>> value_slot_parts("large full groom: \u00a355 not \u00a352", v)
    ["set the cell in row 2, column 4 of table 1 to '£55'"]
    >>> value_slot_parts("flea baths are going up to \u00a37", v)
    ["change 'bath – £6' to 'bath – £7'"]
    >>> r = ViewTable(2, 3, (("Room", "Winter", "Summer"), ("Abbey", "85", "110"), ("Captain Cook", "80", "105")))
    >>> value_slot_parts("i got them the wrong way round in winter \u2013 abbey's 80, captain cook's 85",
    ...                  DocView((), (r,)))
    ["set the cell in row 2, column 2 of table 2 to '80'", "set the cell in row 3, column 2 of table 2 to '85'"]
    >>> i = ViewTable(3, 3, (("Item", "Condition", "Notes"), ("Shower screen", "Fair", "Limescale"),
    ...                      ("Bath", "Good", ""), ("Mirror", "Good", "")))
    >>> value_slot_parts("the landlord replaced the shower screen, so it's actually in good nick", DocView((), (i,)))
    ["set the cell in row 2, column 2 of table 3 to 'Good'"]
    >>> b = ViewTable(4, 3, (("Date", "Book", "Leading"), ("9 June", "Olive Kitteridge", "Ben"),
    ...                      ("14 July", "Small Things Like These", "Tunde")))
    >>> value_slot_parts("small things like these has to move to the 21st, tunde's away", DocView((), (b,)))
    ["set the cell in row 3, column 1 of table 4 to '21 July'"]
    >>> n = DocView((ViewParagraph(1, "body", "Finishers: 212 runners"), ViewParagraph(2, "body", "All 212 ran."),
    ...              ViewParagraph(3, "body", "The fund had \u00a31,250 in it.")), ())
    >>> value_slot_parts("two got missed off, so we had 214 not 212", n)
    ["replace every '212' with '214'"]
    >>> value_slot_parts("the fund had 1350 in it at the start of april, not 1,250", n)
    ["change '£1,250' to '£1,350'"]
    >>> value_slot_parts("the teeth cleaning goes up to 7.50 from march", v)
    ["change 'cleaning – £6' to 'cleaning – £7.50'"]
    >>> value_slot_parts("got a new phone, my number's 07700 900913 now",
    ...                  DocView((ViewParagraph(1, "body", "Organiser: Phil Hartigan, 07700 900458"),), ()))
    ["change '07700 900458' to '07700 900913'"]
    >>> d = ViewTable(5, 3, (("Date", "Fixed", "Notes"), ("4 May", "31", "\u2013"), ("8 June", "40", "\u2013")))
    >>> value_slot_parts("we fixed 45 in june, not 40 \u2013 the library pop-up", DocView((), (d,)))
    ["set the cell in row 3, column 2 of table 5 to '45'"]
    >>> f = DocView((ViewParagraph(1, "body", "Screenings at the Hall \u2013 doors 7:00pm, film 7:30pm"),), ())
    >>> value_slot_parts("doors open at 6.45 from now on so folk can get a drink in first", f)
    ["change '7:00pm' to '6:45pm'"]
    >>> value_slot_parts("make the full groom price bold", v), value_slot_parts("the full groom is \u00a352", v)
    (None, None)
    """
    if QUOTED_RE.search(request) or _NOT_A_VALUE_EDIT.search(request) or infeasible_reason(request):
        return None  # "book a room on Thursday" asks for no edit, whatever the table holds
    said = times_as_digits(request)
    masked = numbers_as_names(said, view)  # "round 2", "flat 2's window": numbers that name, no values
    values = _said_values(masked)
    values += _column_words(masked, view, values)
    if not values:
        return None
    old_of = _old_values(masked, values)
    news = [k for k in range(len(values)) if k not in old_of.values()]
    slots = _slots(view)
    every = {stem(w) for w in content_words(_without_values(said, values))}
    placed: list[tuple[Slot | None, str, str | None]] = []
    for k in news:
        kind, new, span = values[k]
        local = {stem(w) for w in content_words(_clause(said, span))}
        old = values[old_of[k]][1] if k in old_of else None
        held = [s for s in slots if _fits(kind, s.kind, new) and (old is None or _same_value(old, s.old))]
        scored = []
        rank = _ORDINAL.search(_clause(said, span))
        for s in held:
            shared_local, shared = local & s.words, every & s.words
            if any(len(w) >= 3 for w in shared):  # a stem: "late" is "lat"
                ranked = rank is not None and _ranked(s.before, rank)  # "first prize": the sum after "1st"
                # "doors open at quarter to 7" in "... doors 7:00pm, film 7:30pm": the value its label stands by
                label = bool(s.paragraph) and bool(local & {stem(w) for w in content_words(" ".join(
                    re.split(r"[\s,;:\u2013\u2014-]+", s.before.strip())[-2:]))})
                scored.append((3 * len(shared_local) + len(shared) + 3 * ranked + 3 * label, s))
        best = one_best(scored)
        if best is None and old is not None and len(held) == 1:
            best = held[0]  # "callum ran 34:08, not 34:18": the one place holding the old value
        if best is None and kind == "phone" and len(held) == 1:
            best = held[0]  # "my number's 07700 900913 now": the document's one telephone number
        if best is None and old is None:
            return None
        placed.append((best, new.strip(), old))  # no slot, an old value: wherever the document states it
    if not placed or len({(s.table, s.row, s.column, s.paragraph, s.old) if s else o
                          for s, _, o in placed}) < len(placed):
        return None
    texts = view_texts(view)  # counted as the view shows them: a cell once
    parts = [_edit(s, new, texts) if s is not None else _everywhere(old or "", new, texts) for s, new, old in placed]
    return None if any(p is None for p in parts) else parts  # type: ignore[return-value]


_ORDINAL = re.compile(r"\b(?:(?P<w>first|second|third|fourth|fifth)|(?P<d>[1-5])(?:st|nd|rd|th))\b", re.IGNORECASE)
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _ranked(before: str, rank: re.Match[str]) -> bool:
    """Whether the words just before a value are the rank the request says ("1st £3" for "first prize")."""
    n = _ORDINAL_NUMBER.get((rank.group("w") or "").lower()) or int(rank.group("d") or 0)
    last = before.split()[-2:]
    return any(w.lower().strip(",:") in (f"{n}{suffix}" for suffix in ("st", "nd", "rd", "th"))
               or _ORDINAL_NUMBER.get(w.lower().strip(",:")) == n for w in last)


def _everywhere(old: str, new: str, texts: list[str]) -> str | None:
    """"We had 214 not 212": the old figure replaced wherever the document states it (None: it states it nowhere).

    The figure is written as the document writes it (thousands commas, pence), without the sign it stands after.
    """
    core = re.sub(r"^[\u00a3$\u20ac]\s?", "", old.strip())
    figure = re.sub(r"^[\u00a3$\u20ac]\s?", "", new.strip())
    if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", core) or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", figure):
        return None
    token = re.compile(rf"(?<![\d.,]){re.escape(core)}(?!\d|[.,]\d)")
    count = sum(len(token.findall(t)) for t in texts)
    if count == 0 or count != sum(t.count(core) for t in texts):
        return None  # nowhere, or also inside a longer figure that a replacement would reach
    if "," in core and "," not in figure and "." not in figure:
        figure = f"{int(figure):,}"
    if re.search(r"\.\d\d$", core) and "." not in figure:
        figure += ".00"
    if count == 1:
        return f"change {quote(core)} to {quote(figure)}"
    return f"replace every {quote(core)} with {quote(figure)}"


def _said_values(said: str, weekdays_to_dates: bool = True) -> list[tuple[str, str, tuple[int, int]]]:
    """The typed values of the request (sums, times, days, measures, numbers) and its dates ("the 14th", "3 May")."""
    dates = [("date", v.text, (v.start, v.end)) for v in values_in(said) if v.kind == "date"]
    typed = [v for v in typed_values(said) if not any(a < v[2][1] and v[2][0] < b for _, _, (a, b) in dates)]
    # "the sunday, the 4th of april": a weekday said beside a date is that date's, not a value of its own
    for day in [v for v in typed if v[0] == "weekday" and weekdays_to_dates]:
        at = next((k for k, (_, _, span) in enumerate(dates) if _beside(said, day[2], span)), None)
        if at is not None:
            kind, text, (a, b) = dates[at]
            dates[at] = (kind, text, (min(a, day[2][0]), max(b, day[2][1])))
            typed.remove(day)
    return sorted(dates + typed, key=lambda v: v[2][0])


def _beside(said: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether only a comma, "the" or "of" stands between two spans of ``said``."""
    gap = said[a[1]:b[0]] if a[1] <= b[0] else said[b[1]:a[0]]
    return re.fullmatch(r"[\s,]*(?:(?:the|of)\s+)?", gap, re.IGNORECASE) is not None


def _date_kind(text: str) -> str:
    """"date" when ``text`` is one date and little else ("14 July", "Sat 3 May"), else ""."""
    found = [v for v in values_in(text) if v.kind == "date"]
    return "date" if len(found) == 1 and len(re.sub(r"[^\w]", "", text[:found[0].start] + text[found[0].end:])) <= 4 \
        else ""


def _column_words(said: str, view: Any, typed: list[tuple[str, str, tuple[int, int]]]
                  ) -> list[tuple[str, str, tuple[int, int]]]:
    """Words the request says that a column uses as its values ("good" where a Condition column holds Good, Fair).

    A column whose values repeat is a column of a few choices; one of them said whole is a new value for that
    column (kind ``column:T:C``), unless it stands where a typed value does.
    """
    found = []
    low = fold(said)
    for t in view.tables:
        for c in range(max((len(r) for r in t.rows), default=0)):
            cells = [row[c].strip() for row in t.rows[1:] if c < len(row) and row[c].strip()]
            if len(set(map(fold, cells))) >= len(cells) or cell_kind(cells[0] if cells else "1"):
                continue  # every value different (names, labels), or values typed already
            for value in sorted(set(cells), key=len, reverse=True):
                if not any(ch.isalnum() for ch in value):
                    continue  # a dash for "none" is no choice: the dash between two clauses says nothing
                # whole, and no part of a joined word: "the no-shows" says no "No"
                for m in re.finditer(rf"(?<![\w-]){re.escape(fold(value))}(?![\w-])", low):
                    if not any(a < m.end() and m.start() < b for _, _, (a, b) in typed + found):
                        found.append((f"column:{t.number}:{c + 1}", value, m.span()))
    return sorted(found, key=lambda v: v[2][0])


def _old_values(said: str, values: list[tuple[str, str, tuple[int, int]]]) -> dict[int, int]:
    """Which value is said as the one replaced: new index -> old index ("£55 not £52", "from 9 to 5").

    A value after "not", "instead of" or "rather than" is the old one of the nearest value of its kind before it.
    """
    old_of: dict[int, int] = {}
    for j in range(1, len(values)):
        if _OLD_BEFORE.search(said[:values[j][2][0]]):
            k = next((k for k in range(j - 1, -1, -1) if k not in old_of.values() and k not in old_of
                      and _alike(values[k][0], values[j][0])), None)
            if k is not None:
                old_of[k] = j
        elif _FROM_TO.match(said[values[j - 1][2][1]:values[j][2][0]]) \
                and re.search(r"\bfrom\s+$", said[:values[j - 1][2][0]], re.IGNORECASE):
            old_of[j] = j - 1
    return old_of


def _alike(a: str, b: str) -> bool:
    """Whether two values' kinds can be a new and an old one ("55" and "£52")."""
    return a == b or {a, b} == {"number", "money"}


def _without_values(said: str, values: list[tuple[str, str, tuple[int, int]]]) -> str:
    """The request with its values blanked out (their digits are no words)."""
    for _, _, (a, b) in sorted(values, key=lambda v: -v[2][0]):
        said = said[:a] + " " + said[b:]
    return said


def _clause(said: str, span: tuple[int, int]) -> str:
    """The words said with a value: from the separator before it to the one after it."""
    starts = [m.end() for m in _CLAUSES.finditer(said) if m.end() <= span[0]]
    ends = [m.start() for m in _CLAUSES.finditer(said) if m.start() >= span[1]]
    return said[starts[-1] if starts else 0:span[0]] + " " + said[span[1]:ends[0] if ends else len(said)]


def _words(text: str) -> frozenset[str]:
    """The stemmed words of a document text that a request's words can meet."""
    return frozenset(stem(w) for w in re.findall(r"[a-z]{3,}", fold(text)))


def _row_words(row: tuple[str, ...], c: int, header: tuple[str, ...]) -> frozenset[str]:
    """The words around cell ``c``: the row's other cells and the column's header."""
    return _words(" ".join(x for k, x in enumerate(row) if k != c) + " " + (header[c] if c < len(header) else ""))


def _slots(view: Any) -> list[Slot]:
    """Every table cell holding one value, and every value inside a paragraph, with the words around it.

    Around a cell: its row and its column's header; around a paragraph's value: its sentence and the heading the
    paragraph stands under.
    """
    slots = []
    for t in view.tables:
        header = t.rows[0] if t.rows else ()
        for r, row in enumerate(t.rows[1:], 2):
            for c, cell in enumerate(row):
                kind = cell_kind(cell) or _date_kind(cell)
                if kind:
                    slots.append(Slot(kind, cell.strip(), _row_words(row, c, header), t.number, r, c + 1))
        for c in range(max((len(r) for r in t.rows), default=0)):
            for r, row in enumerate(t.rows[1:], 2):
                if c < len(row):
                    slots.append(Slot(f"column:{t.number}:{c + 1}", row[c].strip(), _row_words(row, c, header),
                                      t.number, r, c + 1))
    heading = ""
    for p in view.paragraphs:
        if p.role.startswith("heading"):  # "greenham 5k has moved to the 4th": the date under that heading
            heading = p.text
        at = 0
        for sentence in _SENTENCES.split(p.text):
            at = p.text.find(sentence, at)
            for kind, text, (a, b) in _said_values(sentence, weekdays_to_dates=False):
                if kind == "number":
                    continue  # a bare number inside a sentence is too often a count or a part of a name
                rest = _WEEKDAY_BEFORE.sub(" ", sentence[:a]) + " " + sentence[b:]  # "Saturday 3 April": the date's
                slots.append(Slot(kind, text.strip(), _words(rest) | _words(heading), paragraph=p.number,
                                  before=p.text[:at + a]))
            at += len(sentence)
    return slots


def _fits(said: str, slot: str, text: str = "") -> bool:
    """Whether a value of kind ``said`` can go where a value of kind ``slot`` stands ("55" where "£52" is).

    "7.50" with no am or pm reads as a time or as a sum: it fits both.
    """
    if said == "time" and slot == "money":
        return bool(re.fullmatch(r"\d{1,2}\.\d\d", text.strip()))
    return said == slot or (said == "number" and slot == "money")


def _same_value(said: str, written: str) -> bool:
    """Whether the old value as said is the slot's value as written ("£52" and "52", "9" and "9.00")."""
    def digits(x: str) -> str:
        return re.sub(r"[.:]00\b", "", re.sub(r"[^\d.:]", "", x)).strip(".:")
    return bool(digits(said)) and digits(said) == digits(written)


def _edit(slot: Slot, new: str, texts: list[str]) -> str | None:
    """The trained edit that writes ``new`` into ``slot`` (None: it already holds it, or its text is not unique)."""
    kind = "number" if slot.kind.startswith("column:") or slot.kind == "money" and not re.search(r"\d", new) \
        else slot.kind  # a sum said as "7.50" is written as the slot writes sums: "£7.50"
    if kind == "date":  # "the 14th" where "7 July" stands: "14 July"
        said, like = values_in(new), [v for v in values_in(slot.old) if v.kind == "date"]
        value = written_as(said[0], like[0]) if said and like else None
        if value is not None and like[0].text != slot.old:
            value = slot.old[:like[0].start] + value + slot.old[like[0].end:]
    else:
        value = as_written(new, kind, slot.old)
    if value is None or value == slot.old:
        return None
    if slot.table:
        return f"set the cell in row {slot.row}, column {slot.column} of table {slot.table} to {quote(value)}"
    dated = with_its_weekday(slot.before, slot.old, value) if kind == "date" else None
    if dated is not None and sum(t.count(dated[0]) for t in texts) == 1:  # "fri 18th june": the weekday too
        return f"change {quote(dated[0])} to {quote(dated[1])}"
    old, said = standing_once(slot.before, slot.old, value, texts)
    return f"change {quote(old)} to {quote(said)}" if old else None


def standing_once(before: str, old: str, new: str, texts: list[str], words: int = 6) -> tuple[str, str]:
    """``old`` and ``new`` with as many of the words ``before`` them as make ``old`` stand once ("" when none do).

    Selecting a text selects its first occurrence, so the edit names it by words that stand once in the document.

    >>> standing_once("Our van does the Calder ", "valley", "Valley", ["Our van does the Calder valley", "A valley"])
    ('Calder valley', 'Calder Valley')
    """
    starts = [m.start() for m in re.finditer(r"\S+", before)][::-1][:words]
    for at in [len(before), *starts]:  # the text alone, then with one more word before it each time
        if sum(t.count(before[at:] + old) for t in texts) == 1:
            return before[at:] + old, before[at:] + new
    return "", ""
