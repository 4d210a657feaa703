"""A new table row told as news: "kath doyle's said yes to april – 14th, ... put her on the end of the talks".

People tell what joins a table and where ("pop them in under the rose", "can it go on the bottom of the extras")
and give its values as they come to mind, in any order, with reasons around them. Each column says what it holds
by its entries: sums of money, dates, times, plain numbers, a measure ("2 litre"), people's names, or words. The
request's values go to the columns of their kind in order; a column that is the product of two others ("Cost" =
"Qty" x "Price each" on every row) is worked out; words go to the word columns, the column whose header or
entries they share a word with first, the thing the news is about to the first one. Every value is written as its
column writes them ("£65" among "£52.00" is "£65.00", "april – 14th" among "14 October" is "14 April").

Said as the model is trained: "add an empty row below row 5 of table 2", then "set the cell in row 6, column 1
of table 2 to 'Family'", ... The row goes under the row named, else at the bottom (above a Total row). A request
whose values do not all find a column, or that leaves the row's first column empty, is left to the other readings.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any

from lamforge.agent.cell_news import as_written, cell_kind, typed_values
from lamforge.agent.named_cells import heading_above
from lamforge.agent.new_rows import EMPTY_ROW, TOTAL_ROW
from lamforge.agent.value_facts import MONTHS, values_in, written_as
from lamforge.agent.word_overlap import content_words, one_best, stem
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_PRONOUN = r"(?:it|them|her|him|this|that|those|these|one|that\s+one|this\s+one)"
# "put her on the end of the talks", "pop them in under the rose", "can it go on the bottom of the extras",
# "add him to the feeding times", "add it at the bottom of the rooms", "put it in under couples" ("stick" is a word
# only the held-out phrasings use: not read, see tests/tasks/test_phrasing.py)
_PUT = re.compile(
    rf"\b(?:add|put|pop|slot|squeeze|bung|include|list)\s+(?P<what>{_PRONOUN}|[^,;.!?()\u2013\u2014]{{2,60}}?)"
    r"(?:\s+(?:in|on|onto|into|to|at))?\s+"
    r"|\b(?:(?P<subj>it|they|she|he|that|this)\s+(?:can|could|should|needs?\s+to)|(?:can|could|should)\s+"
    r"(?:it|they|she|he|that|this))\s+go\s+(?:in\s+|on\s+|onto\s+|into\s+|at\s+)?",
    re.IGNORECASE)
_WHERE = re.compile(
    r"(?:(?P<under>under|below|beneath|after|underneath)\s+(?:the\s+)?(?P<row>[^,;.!?()\u2013\u2014]+?)"
    r"|(?P<above>above|before|over)\s+(?:the\s+)?(?P<arow>[^,;.!?()\u2013\u2014]+?)"
    r"|(?:the\s+)?(?P<end>bottom|end|foot)\s+of\s+(?:the\s+)?(?P<name>[^,;.!?()\u2013\u2014]+?)"
    # "can it go first in the fees table", "at the top of the extras"
    r"|(?:(?:at\s+|on\s+)?the\s+)?(?P<first>first|top)\s+(?:in|of|on)\s+(?:the\s+)?(?P<fname>[^,;.!?()\u2013\u2014]+?)"
    r"|the\s+(?P<table>[a-z][^,;.!?()\u2013\u2014]*?)"
    r")(?=\s*(?:$|[,;.!?()\u2013\u2014]|\s(?:please|too|as\s+well|and|so|for|then|now|thanks)\b))",
    re.IGNORECASE)
# what the news is about, in this order: what is wanted, ordered or started ("wants 3 foxgloves", "starting a drama
# club"); what is working, open or new ("the ev charger ... is finally working"); what opens ("annexe opens in april")
_THING_LEAD = r"(?:an?\s+|the\s+|some\s+|\d+\s+|another\s+|one\s+more\s+)*"
_THING_END = (r"(?=\s*(?:$|[,;.!?()\u2013\u2014]|\s(?:as\s+well|too|from|for|at|with|by|in|on|next|this|that|and|"
              r"which|who)\b))")
_NEWS_THINGS = (
    re.compile(rf"\b(?:wants?|ordered|order|launching|starting|adding|got|get|have|has|there['\u2019]s)\s+{_THING_LEAD}"
               rf"(?P<t>[a-z][a-z'\u2019 -]{{2,40}}?){_THING_END}", re.IGNORECASE),
    re.compile(r"^(?:(?:so|oh|and|also|good\s+news|great\s+news|ooh|yay)[,!]?\s+)*(?:the\s+|our\s+|a\s+|an\s+)?"
               r"(?P<t>[a-z][a-z'\u2019 -]{2,40}?)\s+(?:is|are|has|have|['\u2019]s)\s+(?:finally\s+|now\s+|also\s+)?"
               r"(?:working|open|opening|running|starting|back|coming|joining|available|ready|on|said\s+yes|agreed|in)\b",
               re.IGNORECASE),
    re.compile(r"^(?:the\s+|our\s+|a\s+|an\s+)?(?P<t>[a-z][a-z'\u2019 -]{2,30}?)\s+"
               r"(?:opens|starts|begins|arrives|launches|returns)\b", re.IGNORECASE),
)
_PERSON_WORDS = {"speaker", "instructor", "teacher", "leader", "name", "who", "contact", "coach", "host", "driver",
                 "volunteer", "helper", "tutor", "presenter", "caller", "member", "tenant", "guest", "player", "by",
                 "lead", "runner", "person", "staff", "owner", "rider", "entrant", "child", "pupil", "student"}
_NAME = r"[a-z]+(?:['\u2019][a-z]{2,})?"  # "kath", "o'hara", never "doyle's"
_SAYS_YES = re.compile(rf"(?:^|[,;.!?\u2013\u2014]\s*|\bnews,?\s+)(?P<n>{_NAME}(?:\s+{_NAME})?)"
                       r"(?:['\u2019]s|\s+is|\s+has|"
                       r"\s+will|\s+can)?\s+(?:said\s+yes|agreed|doing|taking|giving|running|leading|coming|booked|wants|needs|"
                       r"signed\s+up|up\s+for|joining|in)\b", re.IGNORECASE)
_TITLED = re.compile(r"\b(?:mr|mrs|ms|miss|dr|mx)\.?\s+[a-z]+(?:['\u2019][a-z]{2,})?\b", re.IGNORECASE)
_MONTH_THEN_DAY = re.compile(rf"\b(?P<m>{'|'.join(MONTHS)})\s*[\u2013\u2014,-]\s*(?:the\s+)?(?P<d>\d{{1,2}})"
                             r"(?:st|nd|rd|th)\b",
                             re.IGNORECASE)
_RANGE = re.compile(r"(?<![\w.:])(?P<a>\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?)\s*"
                    r"(?:[\u2013\u2014-]|\s(?:to|till|until)\s)\s*"
                    r"(?P<b>\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?)(?![\w:.])", re.IGNORECASE)
_SPLIT = re.compile(r"[,;!?()\u2013\u2014]|\.(?:\s|$)|\s-\s")
_NOT_A_ROW = re.compile(r"\b(?:bold|italic|underline|colou?r|highlight|font|size|align|indent|spacing|bullet|"
                        r"page\s+break|heading)\b", re.IGNORECASE)
_LEAD = re.compile(r"^(?:the|a|an|some|another|our|their|his|her|my|new)\s+", re.IGNORECASE)
_CHAT = re.compile(r"(?:good|great|some|brilliant|exciting|bad|sad)\s+news|sadly|thanks|ta|please|"
                   r"yay|ooh|oh|fab|brilliant|lovely", re.IGNORECASE)
_TAIL = re.compile(r"\s+(?:by|at|in|on|from|for|with|near|next\s+to|as\s+well|too|this|that)\b.*$", re.IGNORECASE)


def added_row_parts(request: str, view: Any) -> list[str]:
    """The trained requests that add the row the news tells of and fill it; ``[]`` when the request is not one.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> talks = ViewTable(1, 2, (("Date", "Talk", "Speaker"), ("14 October", "The Mill Fire", "Dr Eleanor Pryce"),
    ...                          ("11 November", "Letters Home", "Harold Mensah")))
    >>> added_row_parts("good news, kath doyle's said yes to april \u2013 14th, thornleigh's pubs past and present. "
    ...                 "put her on the end of the talks", DocView((), (talks,)))  # doctest: +NORMALIZE_WHITESPACE
    ['add an empty row below row 3 of table 1', "set the cell in row 4, column 1 of table 1 to '14 April'",
     'set the cell in row 4, column 2 of table 1 to "Thornleigh\\'s pubs past and present"',
     "set the cell in row 4, column 3 of table 1 to 'Kath Doyle'"]
    >>> order = ViewTable(1, 2, (("Plant", "Pot size", "Qty", "Price each", "Cost"),
    ...                          ("Lavender", "2 litre", "12", "\u00a36.50", "\u00a378.00"),
    ...                          ("Rose", "6 litre", "1", "\u00a332.00", "\u00a332.00"),
    ...                          ("Total", "", "", "", "\u00a3110.00")))
    >>> added_row_parts("she wants 3 foxgloves as well (the 2 litre ones, 5.50 each). pop them in under the rose",
    ...                 DocView((), (order,)))  # doctest: +NORMALIZE_WHITESPACE
    ['add an empty row below row 3 of table 1', "set the cell in row 4, column 1 of table 1 to 'Foxgloves'",
     "set the cell in row 4, column 2 of table 1 to '2 litre'", "set the cell in row 4, column 3 of table 1 to '3'",
     "set the cell in row 4, column 4 of table 1 to '£5.50'", "set the cell in row 4, column 5 of table 1 to '£16.50'"]
    >>> added_row_parts("she wants 2 heathers too, 2 litre, 4.50 each. can they go first in the plant table",
    ...                 DocView((), (order,)))[:2]  # doctest: +NORMALIZE_WHITESPACE
    ['add an empty row below row 1 of table 1', "set the cell in row 2, column 1 of table 1 to 'Heathers'"]
    >>> v = DocView((), (order,))
    >>> added_row_parts("can you put the rose in bold", v), added_row_parts("add 'x' to the order", v)
    ([], [])
    """
    if QUOTED_RE.search(request) or _NOT_A_ROW.search(request):
        return []
    put = None
    for m in _PUT.finditer(request):
        where = _WHERE.match(request, m.end())
        if where:
            put = (m, where)
    if put is None:
        return []
    m, where = put
    placed = _placed(where, view)
    if placed is None:
        return []
    table, below = placed
    said = _MONTH_THEN_DAY.sub(lambda d: f"{d.group('d')} {d.group('m')}", request[:m.start()] + request[where.end():])
    what = m.group("what") or ""
    if EMPTY_ROW.match(re.sub(r"^(?:the|one\s+more)\s+", "", what, flags=re.IGNORECASE)):
        return []  # "add a row at the bottom of the table": an empty row, as trained
    value = values_in(what) or not content_words(what) - set(MONTHS)  # "add 4 march", "add july": a value
    named = what if what and not re.fullmatch(_PRONOUN, what, re.IGNORECASE) and not value else ""
    keep = what and not re.fullmatch(_PRONOUN, what, re.IGNORECASE)  # "add 4 march to the plan": a value
    values = _fill(f"{what}, {said}" if keep else said, table, named)
    if values is None or not values[0]:
        return []
    parts = [f"add an empty row below row {below} of table {table.number}"]
    parts += [f"set the cell in row {below + 1}, column {c} of table {table.number} to {quote(v)}"
              for c, v in enumerate(values, 1) if v]
    return parts


def _placed(where: re.Match[str], view: Any) -> tuple[Any, int] | None:
    """The table and the row the new one goes below: under the row named, else above the table's Total row."""
    if where.group("under") or where.group("above"):
        words = {stem(w) for w in content_words(where.group("row") or where.group("arow"))}
        scored = [(len(words & _stems(row[0])), (t, r)) for t in view.tables for r, row in enumerate(t.rows, 1)
                  if r > 1 and row and words & _stems(row[0])]
        found = one_best(scored)
        if found is not None and where.group("above"):  # "above mornings": below the row before it
            return found[0], found[1] - 1
        return found
    if where.group("first"):  # the first row under the header
        first = named_table(where.group("fname"), view)
        return (first, 1) if first is not None and len(first.rows) >= 2 else None
    table = named_table(where.group("name") or where.group("table"), view)
    if table is None or len(table.rows) < 2:
        return None
    last = len(table.rows)
    return table, last - 1 if TOTAL_ROW.match(table.rows[-1][0]) and last > 2 else last


def named_table(name: str, view: Any) -> Any:
    """The table whose header, heading (twice the weight) and lead-in line share most words with ``name``.

    None when no one table does.
    """
    words = {stem(w) for w in content_words(re.sub(r"\b(?:table|list|grid|chart)s?\b", " ", name, flags=re.I))}
    if not words:
        return view.tables[0] if len(view.tables) == 1 else None
    scored = []
    for t in view.tables:
        heading = heading_above(t, view)
        lead = next((p.text for p in view.paragraphs if p.number == t.after and p.role == "body"), "")
        header = _stems(" ".join(t.rows[0]) if t.rows else "")
        score = len(words & header) + 2 * len(words & _stems(heading)) + len(words & _stems(lead))
        if score:
            scored.append((score, t))
    return one_best(scored)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z]+", fold(text)) if len(w) >= 3}


def _column_kind(table: Any, c: int) -> str:
    """What column ``c`` holds, told by its entries.

    A value kind of :func:`cell_kind`, "date", "money+" (a sum and words), "person", "measure:WORD" ("2 litre"), or
    "" (words).
    """
    entries = column_entries(table, c)
    if not entries:
        return ""
    kinds = {cell_kind(e) for e in entries}
    if len(kinds) == 1 and "" not in kinds:
        return kinds.pop()
    counted = Counter(cell_kind(e) for e in entries).most_common(1)[0]
    if counted[0] and len(entries) >= 3 and 3 * counted[1] >= 2 * len(entries):  # one "Monday to Friday" among times
        return counted[0]
    if all(re.match(r"[\u00a3$\u20ac]\s?\d", e) for e in entries):
        return "money+"
    if all(any(v.kind == "date" for v in values_in(e)) for e in entries):
        return "date"
    units = {m.group(1).lower() for e in entries if (m := re.fullmatch(r"\d+(?:\.\d+)?\s?([a-z]+)", e.strip(), re.I))}
    if len(units) == 1 and all(re.fullmatch(r"\d+(?:\.\d+)?\s?[a-z]+", e.strip(), re.I) for e in entries):
        return f"measure:{units.pop()}"
    if set(re.findall(r"[a-z]+", fold(table.rows[0][c]))) & _PERSON_WORDS:
        return "person"
    return ""


def _after(first: str, last: str) -> str:
    """A range's end given without am or pm: the half of the day that puts it soonest after the start.

    >>> _after("7:30am", "9:00pm"), _after("10:00am", "1:00am"), _after("6:30pm", "9:00am"), _after("9:30", "11:00")
    ('9:00am', '1:00pm', '9:00pm', '11:00')
    """
    a = re.fullmatch(r"(\d{1,2})[:.]?(\d\d)?\s?([ap]m)", first.strip(), re.IGNORECASE)
    b = re.fullmatch(r"(\d{1,2}[:.]?(?:\d\d)?\s?)([ap]m)", last.strip(), re.IGNORECASE)
    if a is None or b is None:
        return last
    start = int(a.group(1)) % 12 * 60 + int(a.group(2) or 0) + (720 if a.group(3).lower() == "pm" else 0)
    h, mins = re.match(r"(\d{1,2})[:.]?(\d\d)?", b.group(1)).groups()
    am = int(h) % 12 * 60 + int(mins or 0)
    half = "am" if am > start else "pm"
    return f"{b.group(1)}{half if b.group(2).islower() else half.upper()}"


def _example(table: Any, c: int, kind: str) -> str:
    """The entry of column ``c`` a new value is written like: the last one, of the column's kind where one is."""
    entries = [r[c] for r in reversed(table.rows[1:]) if r[c].strip() and not TOTAL_ROW.match(r[0])]
    return next((e for e in entries if cell_kind(e) == kind), entries[0] if entries else "")


def _fill(said: str, table: Any, named: str = "") -> list[str] | None:
    """The new row's values, one per column ("" where none), or None when a value finds no column."""
    header = table.rows[0]
    n = len(table.rows[-1])
    if any(len(r) != n for r in table.rows[1:]) or len(header) != n:
        return None
    kinds = [_column_kind(table, c) for c in range(n)]
    like = [_example(table, c, kinds[c]) for c in range(n)]
    values: list[str] = [""] * n
    spans: list[tuple[int, int]] = []
    for v in (v for v in values_in(said) if v.kind == "date" and v.month):
        c = next((c for c in range(n) if kinds[c] == "date" and not values[c]), None)
        if c is not None:
            old = next((o for o in values_in(like[c]) if o.kind == "date"), None)
            values[c] = written_as(v, old) if old else v.text
            spans.append((v.start, v.end))
    for c in (c for c in range(n) if kinds[c] == "timerange"):  # "3.20-4.30" among "3:20\u20134:15pm"
        m = _RANGE.search(said)
        ends = re.fullmatch(r"(.+?)(\s*[\u2013\u2014-]\s*)(.+)", like[c].strip())
        if m and ends:
            first = as_written(m.group("a"), "time", ends.group(1))
            last = as_written(m.group("b"), "time", ends.group(3))
            if first and last and not re.search(r"[ap]m", m.group("b"), re.IGNORECASE):
                last = _after(first, last)  # "7:30 till 9" among "7:30am\u20136:00pm": 9am, not 9pm
                values[c] = f"{first}{ends.group(2)}{last}"
                spans.append(m.span())
    for c in range(n):  # "the 2 litre ones" in a column of "6 litre"
        unit = kinds[c][len("measure:"):] if kinds[c].startswith("measure:") else ""
        m = re.search(rf"(?<![\w.])\d+(?:\.\d+)?\s?{re.escape(unit)}s?\b", said, re.IGNORECASE) if unit else None
        if m:
            values[c] = as_written(m.group(0), kinds[c], like[c]) or m.group(0) if cell_kind(like[c]) else m.group(0)
            spans.append(m.span())
    for kind, text, span in typed_values(said):
        text = text.strip()
        if any(a <= span[0] < b for a, b in spans):
            continue
        want = ("money", "money+") if kind == "money" else (kind,)
        c = next((c for c in range(n) if kinds[c] in want and not values[c]), None)
        if c is None and kind in ("number", "time") and re.fullmatch(r"\d+\.\d\d", text):  # "5.50 each": a sum
            c = next((c for c in range(n) if kinds[c] in ("money", "money+") and not values[c]
                      and not _product(table, c)), None)
            kind = "money"
        if c is None:
            continue  # "2 adults and up to 2 kids": numbers no column takes stay words
        values[c] = _written(text, kind, like[c], said[span[1]:], header[c])
        spans.append(span)
    for c in range(n):
        if not values[c] and (factors := _product(table, c)):
            a, b = (_number(values[f]) for f in factors)
            if a is not None and b is not None:
                values[c] = as_written(f"{a * b:.2f}", "money", like[c]) if kinds[c].startswith("money") \
                    else str(a * b)
    words = _word_parts(said, spans)
    person = next((c for c in range(n) if kinds[c] == "person"), None)
    if person is not None:
        who = _TITLED.search(said) or _SAYS_YES.search(said)
        name = (who.group("n") if who and "n" in who.re.groupindex else who.group(0) if who else "").strip()
        if name and not re.fullmatch(r"(?:i|we|you|she|he|they|it|someone|everyone)", name, re.IGNORECASE):
            values[person] = " ".join(w[:1].upper() + w[1:] for w in name.split())
            words = [w for w in words if not (_stems(w) & _stems(name))]
    entries = [column_entries(table, c) for c in range(n)]
    free = [c for c in range(n) if kinds[c] in ("", "person") and not values[c]]
    thing = _thing(said) if not named else _LEAD.sub("", named.strip())
    if thing:  # the thing goes where its kind stands ("vest" among "Hoodie", "Vest"), else in the first word column
        c = next((c for c in free if _stems(thing) & {s for e in entries[c] for s in _stems(e)}), None)
        c = c if c is not None else next((c for c in free if kinds[c] == ""), None)
        if c is not None:
            kept = " ".join(x for x in thing.split() if not (_stems(x) & _stems(header[c])))
            values[c] = _cased(kept or thing, entries[c])
            words = [w for w in words if not (_stems(w) & _stems(thing))]
            free.remove(c)
    for c in list(free):  # "unlimited classes" goes where "Unlimited" stands, as "Unlimited"
        if not _categorical(entries[c]):
            continue
        known = {s for e in entries[c] for s in _stems(e)}
        hit = next((w for w in words if _stems(w) & known), None)
        if hit:  # from its first word the column knows to its last, the header's own words left out
            said_words = hit.split()
            at = [i for i, x in enumerate(said_words) if _stems(x) & known]
            kept = " ".join(x for x in said_words[at[0]:at[-1] + 1] if not (_stems(x) & _stems(header[c])))
            if kept:
                values[c] = _cased(kept, entries[c])
                words.remove(hit)
                free.remove(c)
    words = [w for w in words if content_words(w)]
    text_columns = [c for c in free if kinds[c] == ""]
    if len(text_columns) == 1 and words:  # "cheddar, ham, pickle and a roll": one description, commas and all
        values[text_columns[0]] = _cased(", ".join(words), entries[text_columns[0]])
    else:
        words.sort(key=lambda w: -len(content_words(w)))  # the fullest piece first, not "good news"
        for c, w in zip(text_columns, words, strict=False):
            values[c] = _cased(w, entries[c])
    return values


def column_entries(table: Any, c: int) -> list[str]:
    """The entries of column ``c`` (no header, no Total row, no empty cell or dash)."""
    return [r[c] for r in table.rows[1:] if c < len(r) and r[c].strip() not in ("", "\u2013", "-")
            and not TOTAL_ROW.match(r[0])]


def _categorical(entries: list[str]) -> bool:
    """Whether a column holds a few kinds of thing ("Unlimited", "Vest", "Yes"), not a description per row."""
    return bool(entries) and (len(set(entries)) < len(entries) or all(len(e.split()) <= 2 for e in entries))


def _written(text: str, kind: str, like: str, after: str, header: str) -> str:
    """A value as its column writes them; a sum keeps what it is per ("£8 a charge") where the column says so."""
    if kind == "money":
        value = as_written(text, "money", re.match(r"\S+", like).group(0) if like else "") or text
        per = re.match(r"\s+(?P<p>(?:a|an|per|each)\b(?:\s+(?!and\b|but\b)[a-z]+)?)", after, re.IGNORECASE)
        if per and re.search(r"\d\s+\S", like or "") and not (_stems(per.group("p")) & _stems(header)):
            value = f"{value} {per.group('p').lower()}"
        return value
    return as_written(text, kind, like) or text if like else text


def _product(table: Any, c: int) -> tuple[int, int] | None:
    """The two columns whose product column ``c`` is on every row that has all three (None: it is not one)."""
    n = len(table.rows[0])
    for a in range(n):
        for b in range(a + 1, n):
            if c in (a, b):
                continue
            rows = [r for r in table.rows[1:] if not TOTAL_ROW.match(r[0])
                    and all(_number(r[x]) is not None for x in (a, b, c))]
            if len(rows) >= 2 and all(_number(r[a]) * _number(r[b]) == _number(r[c]) for r in rows):  # type: ignore
                return a, b
    return None


def _number(text: str) -> Decimal | None:
    digits = re.fullmatch(r"\s*[\u00a3$\u20ac]?\s?(\d[\d,]*(?:\.\d+)?)\s*", text or "")
    if digits is None:
        return None
    try:
        return Decimal(digits.group(1).replace(",", ""))
    except InvalidOperation:
        return None


def _word_parts(said: str, spans: list[tuple[int, int]]) -> list[str]:
    """The request's pieces of words (values taken out), each shortened to what could stand in a cell."""
    text = list(said)
    for a, b in spans:
        text[a:b] = " " * (b - a)
    pieces = []
    for piece in _SPLIT.split("".join(text)):
        piece = re.sub(r"\s+", " ", piece).strip(" .")
        people = re.search(r"\b(?:i|we|you|she|he|they|it)\b", piece, re.IGNORECASE)  # a clause about them
        if content_words(piece) - set(MONTHS) and not _CHAT.fullmatch(piece) and not people:
            pieces.append(_LEAD.sub("", piece))
    return pieces


def _thing(said: str) -> str:
    """What the news is about ("foxgloves", "family membership", "ev charger"), shortened."""
    for pattern in _NEWS_THINGS:
        for clause in _SPLIT.split(said):
            m = pattern.search(clause.strip())
            thing = _TAIL.sub("", _LEAD.sub("", m.group("t").strip())) if m else ""
            if content_words(thing):
                return thing
    return ""


def _cased(value: str, entries: list[str]) -> str:
    """``value`` with a capital first letter where most of the column's entries that start with a letter have one."""
    value = value.strip()
    letters = [e[:1] for e in entries if e[:1].isalpha()]
    upper = sum(x.isupper() for x in letters) * 2 > len(letters) if letters else True
    return value[:1].upper() + value[1:] if upper else value
