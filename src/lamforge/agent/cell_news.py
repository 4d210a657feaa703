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
from lamforge.text.vocab import FUNCTION_WORDS

# a sum, its thousands commas and pence ("£1,350", "£7.50"), never the comma after it ("1st £3, 2nd £2")
_MONEY = re.compile(r"[\u00a3$\u20ac]\s?\d{1,3}(?:,\d{3})+(?:\.\d\d)?|[\u00a3$\u20ac]\s?\d+(?:\.\d\d)?")
_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s?(?:am|pm)?|\s?(?:am|pm))\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,:\u00a3$\u20ac-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w:]|[.,]\d|\s?(?:am|pm|%)\b)",
                     re.IGNORECASE)
_MEASURE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(mm|cm|m|km|kg|g|ml|l|ft|in(?!\s+[a-z])|ply|mins?|hrs?)\b",
                      re.IGNORECASE)  # "in" is a unit only where no word follows it ("1350 in it" is no length)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b", re.IGNORECASE)
# a telephone number: "01632 960815", "07700 900 614", "+44 1632 960815" (nine to thirteen digits in all)
_PHONE = re.compile(r"(?<![\w.\u00a3$\u20ac:-])(?:\+\d{1,3}\s?)?0?\d{2,5}(?:[ -]?\d{3,4}){1,2}(?![\w:-])")
_NOT_NEWS = re.compile(r"\b(?:font|size|pt|bold|italic|underline|colou?r|highlight|align|centre|center|indent|"
                       r"spacing|style|heading|row|rows|column|columns|cell|cells|add|insert|delete|remove|swap|"
                       r"by|more|less|up\s+by|down\s+by|change|set|make|replace|rename)\b", re.IGNORECASE)


_STAYS = re.compile(r"(?:^|(?<=[.;!?])|(?<=[,\u2013\u2014]))\s*(?:but\s+|and\s+)?(?:the\s+)?[a-z' ]{2,40}?\s+"
                    r"(?:stays?|staying|remains?)\s+(?:as\s+(?:they|it)\s+(?:are|is|was|were)|the\s+same|put)\b"
                    r"[^.;!?]*[.;!?]?", re.IGNORECASE)


def cell_news(request: str, view: Any) -> str | None:
    """The request as setting the one table cell it gives a new value for (None: it does not).

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
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
    >>> n = ViewTable(4, 2, (("Yarn", "Needles"), ("DK", "4mm"), ("Chunky", "6mm")))
    >>> cell_news("chunky's really 6.5mm not 6", DocView((), (n,)))
    "set the cell in row 3, column 2 of table 4 to '6.5mm'"
    >>> c = ViewTable(5, 4, (("Day", "Club", "Run by"), ("Wednesday", "Coding Club", "Mr Brennan"),
    ...                      ("Thursday", "Netball", "Miss Achterberg")))
    >>> cell_news("mr brennan's got meetings on weds now so coding club is moving to thursdays", DocView((), (c,)))
    "set the cell in row 2, column 1 of table 5 to 'Thursday'"
    >>> cell_news("boxfit's moving to half 7 on thursdays", DocView((), (ViewTable(8, 3, (("Day", "Time", "Class"),
    ...     ("Thursday", "7:00pm", "Boxfit"), ("Friday", "6:00pm", "Spin"))),)))
    "set the cell in row 2, column 2 of table 8 to '7:30pm'"
    >>> b = ViewTable(6, 2, (("Day", "Breakfast served"), ("Saturday", "8:30\u201310:00am"),
    ...                      ("Sunday", "8:30\u201310:00am")))
    >>> print(cell_news("breakfast on a sunday goes on till half 10 now", DocView((), (b,))))
    set the cell in row 3, column 2 of table 6 to '8:30–10:30am'
    >>> p = ViewTable(7, 3, (("Club", "Per session", "Term"), ("Lego", "\u00a32.50", "\u00a325.00")))
    >>> cell_news("lego is going up to \u00a33 a session", DocView((), (p,)))
    "set the cell in row 2, column 2 of table 7 to '£3.00'"
    >>> cell_news("the labour always overruns so the radiator valves are £45 now", v)  # the row after "so"
    "set the cell in row 2, column 3 of table 1 to '£45.00'"
    >>> cell_news("the individual medley has to move from 10.15 to 11", v)  # from the old value to the new
    "set the cell in row 3, column 2 of table 2 to '11:00am'"
    >>> cell_news("the individual medley is moving to 11 as well", v)  # an hour, in a row of times
    "set the cell in row 3, column 2 of table 2 to '11:00am'"
    >>> k = ViewTable(9, 3, (("Ticket", "Price", "Where"), ("Season ticket (six films)", "\u00a336", "Secretary"),
    ...                      ("Single film, guest", "\u00a39", "On the door or Ledbury Books")))
    >>> cell_news("guest tickets are going up to \u00a310 from october", DocView((), (k,)))
    "set the cell in row 3, column 2 of table 9 to '£10'"
    >>> f = DocView((ViewParagraph(1, "body", "Course fee: \u00a3145, which includes the book"),),
    ...             (ViewTable(2, 2, (("Item", "Price", "Notes"), ("Hive", "\u00a3210", "After the course"))),))
    >>> cell_news("committee's put the course fee up to 150", f) is None  # the labelled line's
    True
    >>> prom = ViewTable(10, 3, (("Ticket", "Price"), ("Standard", "\u00a338"), ("Standard with coach", "\u00a346")))
    >>> cell_news("standard tickets are coming down to \u00a335. the coach ones stay as they are though",
    ...           DocView((), (prom,)))
    "set the cell in row 2, column 2 of table 10 to '£35'"
    >>> cell_news("make the radiator valve row bold", v), cell_news("the valves are fine", v)
    (None, None)
    """
    if QUOTED_RE.search(request) or _NOT_NEWS.search(request):
        return None
    request = _STAYS.sub("", request)  # "the coach ones stay as they are though": not the row the news is about
    said = times_as_digits(request)
    masked = numbers_as_names(said, view)  # "got 8 on round 2", "flat 2's window": numbers that name
    values = typed_values(masked)
    keys = {fold(c).strip().removesuffix("s") for t in view.tables for row in t.rows[1:] for c in row}
    if len(values) > 1:  # "breakfast on a sunday goes on till half 10", "on thursdays": a day naming a row is no value
        firsts = {k.split()[0] for k in keys if k.split()}  # "Sunday 13 September": "sunday" names its row too
        values = [v for v in values
                  if not (v[0] == "weekday" and fold(v[1]).strip().removesuffix("s") in keys | firsts)]
    old = None
    if len(values) == 2 and re.search(r"\b(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?$",
                                      masked[:values[1][2][0]]):
        old, values = values[1][1], values[:1]  # "chunky's really 6.5mm not 6": the second is the old value
    elif len(values) == 2 and re.search(r"\bfrom\s+$", masked[:values[0][2][0]], re.IGNORECASE) \
            and re.fullmatch(r"\s*(?:to|till|until)\s+", masked[values[0][2][1]:values[1][2][0]], re.IGNORECASE):
        old, values = values[0][1], values[1:]  # "the bradmans' slot has to move from 2 to 3": from the old
    if len(values) != 1:
        # "... from 2 to 3, there's a christening in the hall till half 2": the news, then a reason with its own time
        head, _, why = _reason_split(request)
        return cell_news(head, view) if why else None
    kind, new, at = values[0]
    new = new.strip()
    reason = list(re.finditer(r"\bso\s+", said[:at[0]]))
    if reason:  # "egg and spoon always overruns so we've put the sack race back to 10:05": the row after "so"
        narrowed = cell_news(said[reason[-1].end():], view)
        if narrowed is not None:
            return narrowed
    rest = said[:at[0]] + " " + said[at[1]:]
    words = {stem(w) for w in content_words(rest)}
    if _labelled_line(words, kind, view):
        return None  # "the course fee up to 150" beside a "Course fee: £145" line: that line's, not a cell's
    tokens = set(re.findall(r"\b[A-Z][A-Za-z]+\b", rest))
    scored = []
    # "moving to 3" in a row of times: an hour
    hour = kind == "number" and re.fullmatch(r"(?:[1-9]|1[0-2])", new) is not None \
        and re.search(r"\b(?:to|at|till|until|from|by)\s+$", said[:at[0]], re.IGNORECASE) is not None
    kinds = {kind, "money"} if kind == "number" else {kind, f"{kind}range"}  # "is 55 now" in a row of prices
    kinds |= {"time"} if hour else set()
    for t in view.tables:
        # "guest tickets" in a table headed "Ticket": "ticket" names the table, "guest" the row
        headed = {stem(w) for w in re.findall(r"[a-z]{3,}", fold(" ".join(t.rows[0])))} if t.rows else set()
        for r, row in enumerate(t.rows[1:], 2):
            if not kinds & {cell_kind(c) for c in row}:
                continue  # a row with no value of the kind given is not the row the news is about
            has = {stem(w) for w in re.findall(r"[a-z]{3,}", fold(" ".join(row)))}
            shared = words & has
            whole = {k for k in tokens if k in {c.strip() for c in row} or _initials(k, row)}
            if any(len(w) >= 4 for w in shared) or whole:  # ties go to the row with fewer other words
                # "standard tickets": the row labelled "Standard", every word of its label said
                label = {stem(w) for w in re.findall(r"[a-z]{3,}", fold(row[0]))} if row else set()
                own = len(shared - headed) + 2 * len(whole) + (2 if label and label <= words else 0)
                scored.append((10 * own + 3 * len(shared & headed) - len(has - words), (t, r)))
    found = one_best(scored)
    if found is None:
        return None
    table, r = found
    row = table.rows[r - 1]
    columns = [c for c, cell in enumerate(row) if cell_kind(cell) in (kind, f"{kind}range")]
    if not columns and hour:  # "the summer fair's moving to 3" in a row whose time is "2:00pm": 3:00pm
        kind, columns = "time", [c for c, cell in enumerate(row) if cell_kind(cell) == "time"]
    if not columns and kind == "number":  # "full groom is 55 now" in a column of prices: £55
        kind, columns = "money", [c for c, cell in enumerate(row) if cell_kind(cell) == "money"]
    header = table.rows[0]
    if len(columns) > 1:  # "round 2", "for the big dogs": the header the request names
        named_as = fold(_SAME_AS.sub(lambda w: _SIZES[w.group(0).lower()], rest))
        named = [c for c in columns if c < len(header) and header[c].strip()
                 and re.search(rf"(?<!\w){re.escape(fold(header[c]).strip())}(?!\w)", named_as)]
        # "£3 a session": the header holding the word the value is said with ("Per session")
        after = {stem(w) for w in re.findall(r"[a-z]{3,}", fold(said[at[1]:]))[:2]}
        columns = named or [c for c in columns if c < len(header)
                            and after & {stem(w) for w in re.findall(r"[a-z]{3,}", fold(header[c]))}]
    if len(columns) != 1:
        return None
    c = columns[0]
    if old is not None and re.sub(r"\D", "", old) not in re.sub(r"\D", "", row[c]):
        return None  # "1,350 not 1,250": the cell must hold the old value the request names
    if cell_kind(row[c]) == f"{kind}range":  # "goes on till half 10": the end of "8:30–10:00am"
        return _range_end(said, new, row[c], table.number, r, c)
    value = as_written(new, kind, row[c])
    if value is None or value == row[c].strip():
        return None
    return f"set the cell in row {r}, column {c + 1} of table {table.number} to {quote(value)}"


def _labelled_line(words: set[str], kind: str, view: Any) -> bool:
    """Whether a paragraph labelled with the request's words ("Course fee: £145 ...") holds a value of the kind."""
    for p in view.paragraphs:
        label = re.match(r"\s*([^:]{2,30}):\s*(.*)", p.text)
        said = {stem(w) for w in content_words(label.group(1))} if label else set()
        if said and said <= words and any(k in (kind, "money" if kind == "number" else kind)
                                          for k, _, _ in typed_values(label.group(2))):
            return True
    return False


_REASON = re.compile(r"(?:,\s+|\s+[\u2013\u2014-]\s+)(?=(?:there['\u2019]s|there\s+(?:is|are)|because|cos|as|since|"
                     r"it['\u2019]s|they['\u2019]re|we['\u2019]re|we['\u2019]ve)\s)", re.IGNORECASE)


def _reason_split(request: str) -> tuple[str, str, str]:
    """The request before a reason that follows it after a comma or dash, the joint, and the reason ("" when none).

    >>> _reason_split("the slot moves from 2 to 3, there's a christening till half 2")[::2]
    ('the slot moves from 2 to 3', "there's a christening till half 2")
    >>> _reason_split("second car is 95, first car 60")[2]
    ''
    """
    m = _REASON.search(request)
    return (request[:m.start()], m.group(0), request[m.end():]) if m else (request, "", "")


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


def numbers_as_names(said: str, view: Any) -> str:
    """``said`` with the numbers that name something blanked out: they are no new values.

    A header's own number ("round 2"), a word and number the document writes together ("flat 2" for "Flat 2"), a
    column's name and one of its entries ("flat 2" where the Flat column holds 2).

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "body", "The hinge for Flat 2 is due."),),
    ...             (ViewTable(1, 2, (("Flat", "Round 2"), ("2", "£60")),),))
    >>> numbers_as_names("flat 2's window is sorted, 8 on round 2", v)
    "xxxxxx's window is sorted, 8 on xxxxxxx"
    >>> numbers_as_names("take the hive off table 2", v)
    'take the hive off xxxxxxx'
    """
    names = {h.strip() for t in view.tables if t.rows for h in t.rows[0] if re.search(r"\d", h)}
    for t in view.tables:
        for c, h in enumerate(t.rows[0] if t.rows else ()):
            if h.strip() and len(h.split()) == 1:
                names |= {f"{h.strip()} {row[c].strip()}" for row in t.rows[1:]
                          if c < len(row) and re.fullmatch(r"\d{1,3}", row[c].strip())}
    names |= set(re.findall(r"\b(?:table|row|column|paragraphs?|page)\s+\d{1,3}\b", said, re.IGNORECASE))  # "table 2"
    texts = [p.text for p in view.paragraphs] + [c for t in view.tables for row in t.rows for c in row]
    for m in re.finditer(r"\b([a-z]+\s+\d{1,3})\b(?![.,:]\d)", said, re.IGNORECASE):
        if any(re.search(rf"(?<!\w){re.escape(m.group(1))}(?!\w)", t, re.IGNORECASE) for t in texts):
            names.add(m.group(1))
    for name in sorted(names, key=len, reverse=True):
        said = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", lambda x: "x" * len(x.group(0)), said, flags=re.I)
    return said


def typed_values(said: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(kind, text, span) of each sum of money, time, plain number and day of the week the request gives."""
    found = [("phone", m.group(0), m.span()) for m in _PHONE.finditer(said) if _is_phone(m.group(0))]
    found += [("money", m.group(0), m.span()) for m in _MONEY.finditer(said)]
    found += [("weekday", m.group(0), m.span()) for m in _WEEKDAY.finditer(said)]
    found += [("time", m.group(0), m.span()) for m in _TIME.finditer(said)
              if not any(a <= m.start() < b for _, _, (a, b) in found)]
    found += [(f"measure:{m.group(2).lower()}", m.group(0), m.span()) for m in _MEASURE.finditer(said)
              if not any(a <= m.start() < b for _, _, (a, b) in found)]
    found += [("number", m.group(0), m.span()) for m in _NUMBER.finditer(said)
              if not any(a <= m.start() < b for _, _, (a, b) in found)]
    return sorted(found, key=lambda v: v[2][0])


def cell_kind(cell: str) -> str:
    """What a cell holds when it is one value ("money", "time", "weekday", "timerange", "measure:mm", "number").

    "" when it is none of those.
    """
    text = cell.strip()
    if _MONEY.fullmatch(text):
        return "money"
    if _PHONE.fullmatch(text) and _is_phone(text):
        return "phone"
    if _TIME.fullmatch(text):
        return "time"
    if _WEEKDAY.fullmatch(text):
        return "weekday"
    ends = re.fullmatch(r"(.+?)\s*[\u2013\u2014-]\s*(.+)", text)
    if ends and _TIME.fullmatch(ends.group(2)) and re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?", ends.group(1)):
        return "timerange"
    measure = _MEASURE.fullmatch(text)
    if measure:
        return f"measure:{measure.group(2).lower()}"
    return "number" if re.fullmatch(r"\d+(?:\.\d+)?", text) else ""


def _is_phone(text: str) -> bool:
    """Whether a run of digit groups is long enough to be a telephone number, not a year or a count.

    >>> _is_phone("01632 960815"), _is_phone("2026"), _is_phone("1,350")
    (True, False, False)
    """
    return 9 <= len(re.sub(r"\D", "", text)) <= 13 and " " in text.strip() or len(re.sub(r"\D", "", text)) == 11


_UNTIL = re.compile(r"\b(?:till|until|finish(?:es)?|ends?|goes\s+on|close[sd]?|last)\b", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|starts?|opens?|begins?)\b", re.IGNORECASE)


def _range_end(said: str, new: str, old: str, table: int, r: int, c: int) -> str | None:
    """"Breakfast on a sunday goes on till half 10 now" on "8:30–10:00am": the end that the words say moved."""
    first, dash, last = re.fullmatch(r"(.+?)(\s*[\u2013\u2014-]\s*)(.+)", old.strip()).groups()
    if bool(_UNTIL.search(said)) == bool(_FROM.search(said)):
        return None  # neither end said, or both
    if _UNTIL.search(said):
        end = as_written(new, "time", last)
        if end is None:
            return None
        value = f"{first}{dash}{end}"
    else:  # the start takes the range's half to be written alike, and gives it back
        half = re.search(r"(am|pm)$", last, re.IGNORECASE)
        start = as_written(new, "time", first + (half.group(1) if half and not re.search("am|pm", first) else ""))
        if start is None:
            return None
        value = f"{re.sub(r'(am|pm)$', '', start) if half else start}{dash}{last}"
    return f"set the cell in row {r}, column {c + 1} of table {table} to {quote(value)}"


def as_written(new: str, kind: str, old: str) -> str | None:
    """``new`` written as the cell's ``old`` value is (pence, the currency sign, a time's separator and half)."""
    old = old.strip()
    if kind == "money":
        digits = re.sub(r"[^\d.,]", "", new).rstrip(".,")  # "£40," at a clause's end
        sign = re.match(r"[\u00a3$\u20ac]", old)
        if "." not in digits and re.search(r"\.\d\d$", old):
            digits += ".00"
        if re.search(r"\d,\d{3}", old) and "," not in digits:  # "£1,250" writes its thousands apart
            whole, _, pence = digits.partition(".")
            digits = f"{int(whole):,}" + (f".{pence}" if pence else "")
        return f"{sign.group(0) if sign else ''}{digits}"
    if kind == "time":
        m = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s?(am|pm)?", new, re.IGNORECASE)
        o = re.match(r"(\d{1,2})(?:([:.])(\d\d))?(\s?)(am|pm)?", old, re.IGNORECASE)
        if m is None or o is None:
            return None
        sep = o.group(2) or ":"
        half = m.group(3) or o.group(5) or ""
        return f"{m.group(1)}{sep}{m.group(2) or '00'}{o.group(4) if half else ''}{half.lower()}"
    if kind == "weekday":  # "moving to thursdays" in a column of "Wednesday": "Thursday"
        day = new.lower().rstrip("s") + ("s" if old.lower().endswith("s") else "")
        return day[:1].upper() + day[1:] if old[:1].isupper() else day
    if kind.startswith("measure:"):  # "6.5mm" as the column writes "6mm" (or "6 mm")
        spaced = bool(re.match(r"\d+(?:\.\d+)?\s", old))
        m = _MEASURE.fullmatch(new)
        return f"{m.group(1)}{' ' if spaced else ''}{m.group(2)}" if m else None
    return new


_TITLED = re.compile(r"\b(?P<t>mr|mrs|ms|miss|mme|dr|mx)\.?\s+(?P<n>[a-z][a-z-]+(?:['\u2019][a-z]{2,})?)",
                     re.IGNORECASE)
_WHO_NOW = re.compile(r"\bit['\u2019]?s\s+(?P<n>[a-z][a-z'-]+)\s+who\b", re.IGNORECASE)


def person_news(request: str, view: Any) -> str | None:
    """The one table cell naming a person that the news gives to someone else (None: no such news).

    "Mrs dawes is taking netball for her", "french is with mr pryce now", "so it's gwen who brought it now": the new
    name is the one the document does not hold; the cell is the one in the row the other words pick that holds the
    old name (or the row's only name with a title), and takes the new name as the cell writes names.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> c = ViewTable(1, 3, (("Day", "Club", "Run by"), ("Thursday", "Netball", "Miss Achterberg"),
    ...                      ("Friday", "Gardening", "Mr Dunne")))
    >>> person_news("miss achterberg is off, mrs dawes is taking netball for her", DocView((), (c,)))
    "set the cell in row 2, column 3 of table 1 to 'Mrs Dawes'"
    >>> k = ViewTable(2, 3, (("Pattern", "Brought by"), ("Lopi Yoke Jumper", "Siobhan"), ("Shawl", "Nadia")))
    >>> person_news("siobhan's taken her lopi pattern home, so it's gwen who brought it now", DocView((), (k,)))
    "set the cell in row 2, column 2 of table 2 to 'Gwen'"
    >>> person_news("mrs dawes is lovely", DocView((), (c,)))
    """
    if QUOTED_RE.search(request) or not view.tables or _NOT_NEWS.search(request):
        return None
    cells = [fold(c) for t in view.tables for row in t.rows for c in row]
    named = [(m.group(0), m.group("n"), m.span()) for m in _TITLED.finditer(request)]
    named += [(m.group("n"), m.group("n"), m.span("n")) for m in _WHO_NOW.finditer(request)]
    new = [(said, name, span) for said, name, span in named if not any(fold(name) in c.split() for c in cells)]
    old = [name for _, name, _ in named if any(fold(name) in c.split() for c in cells)]
    old += [w for w in re.findall(r"\b([a-z]+)['\u2019]s\b", fold(request))  # "siobhan's taken her pattern home"
            if any(w == c.strip() for c in cells)]
    if len(new) != 1:
        return None
    said, _, span = new[0]
    rest = request[:span[0]] + " " + request[span[1]:]
    words = {stem(w) for w in content_words(rest)} - {stem(fold(n)) for n in old}
    scored = []
    for t in view.tables:
        for r, row in enumerate(t.rows[1:], 2):
            people = [k for k, c in enumerate(row) if any(fold(n) in fold(c).split() for n in old)] if old else \
                [k for k, c in enumerate(row) if _TITLED.match(c.strip())]
            shared = words & {stem(w) for w in re.findall(r"[a-z]{3,}", fold(" ".join(row)))}
            if len(people) == 1 and (shared or old):
                scored.append((len(shared) * 2 + (1 if old else 0), (t.number, r, people[0] + 1)))
    found = one_best(scored)
    if found is None:
        return None
    table, r, c = found
    value = " ".join(w[:1].upper() + w[1:].lower() for w in said.split())
    return f"set the cell in row {r}, column {c} of table {table} to {quote(value)}"


# "knocking a fiver off every low season price", "every junior fee goes up by 50p"
_EVERY = re.compile(r"\b(?:every|all\s+(?:the\s+)?|each)\s+(?P<col>[a-z][\w'\u2019 -]*?)\s+(?:prices?|fees?|costs?|"
                    r"charges?|rates?)\b", re.IGNORECASE)
_BY = re.compile(r"(?P<amt>[\u00a3$\u20ac]\d+(?:\.\d\d)?|\d+p)\s+(?P<dir>off|more|extra|less|cheaper|dearer|on)\b"
                 r"|\b(?P<dir2>up|down)\s+(?:by\s+)?(?P<amt2>[\u00a3$\u20ac]\d+(?:\.\d\d)?|\d+p)\b"
                 r"|\b(?P<dir3>knock(?:ing|ed)?|tak(?:e|ing)|add(?:ing)?|put(?:ting)?)\s+(?P<amt3>[\u00a3$\u20ac]\d+(?:\.\d\d)?"
                 r"|\d+p)\s+(?P<dir4>off|on)\b", re.IGNORECASE)


def column_shift_parts(request: str, view: Any) -> list[str] | None:
    """"Knocking a fiver off every low season price": one cell set per sum of the column the request names.

    The column is the one whose header holds the words before "price"; the amount comes off ("off", "less",
    "down") or goes on ("more", "up", "on"); each new sum is written as the cell writes its sum.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 3, (("Room", "Low season", "High season"), ("Abbey", "\u00a385", "\u00a3110"),
    ...                      ("Single", "\u00a355", "\u00a370")))
    >>> column_shift_parts("we're knocking \u00a35 off every low season price", DocView((), (t,)))
    ... # doctest: +NORMALIZE_WHITESPACE
    ["set the cell in row 2, column 2 of table 1 to '\u00a380'",
     "set the cell in row 3, column 2 of table 1 to '\u00a350'"]
    """
    if QUOTED_RE.search(request):
        return None
    col, by = _EVERY.search(request), _BY.search(request)
    if col is None or by is None:
        return None
    amount = by.group("amt") or by.group("amt2") or by.group("amt3")
    way = (by.group("dir") or by.group("dir2") or by.group("dir4")).lower()
    pence = int(amount[:-1]) if amount.endswith("p") else round(float(amount[1:]) * 100)
    sign = -1 if way in ("off", "less", "cheaper", "down") else 1
    words = {stem(w) for w in content_words(col.group("col"))}
    found = [(t, c) for t in view.tables if t.rows for c, h in enumerate(t.rows[0])
             if words and words <= {stem(w) for w in re.findall(r"[a-z]{3,}", fold(h))}]
    if len(found) != 1:
        return None
    table, c = found[0]
    parts = []
    for r, row in enumerate(table.rows[1:], 2):
        cell = row[c].strip() if c < len(row) else ""
        if cell_kind(cell) != "money" or re.match(r"\s*(?:sub-?)?totals?\b", row[0], re.IGNORECASE):
            continue  # a total is a sum of the others, not a price of its own
        old = round(float(re.sub(r"[^\d.]", "", cell)) * 100)
        new = (old + sign * pence) / 100
        text = f"{new:.2f}" if "." in cell else (f"{new:.0f}" if new == int(new) else f"{new:.2f}")
        parts.append(f"set the cell in row {r}, column {c + 1} of table {table.number} to {quote(cell[0] + text)}")
    return parts or None


# "can you put denise in the activities table instead", "put ben pascoe in the layouts table"
_PUT_IN = re.compile(r"\bput\s+(?P<new>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+(?:in|into|on)\s+(?:the\s+)?"
                     r"(?:[\w'\u2019-]+\s+){0,3}?table\b", re.IGNORECASE)


def put_person(request: str, view: Any) -> str | None:
    """"Sue's off ... can you put denise in the activities table instead": the person's cell, given the new name.

    The cell is the one cell of names that opens with a name the request also says (None: no such news).

    The new name takes a surname the request writes after it ("denise clarke from the kitchen"); the old person is
    named by a word the request holds that opens exactly one cell of names.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 3, (("Day", "Club", "Led by"), ("Monday", "Baking club", "Sue Pickering"),
    ...                      ("Friday", "Chess", "Kwame Asante")))
    >>> put_person("sue's off so denise clarke from the kitchen is running it. can you put denise in the table instead",
    ...            DocView((), (t,)))
    "set the cell in row 2, column 3 of table 1 to 'Denise Clarke'"
    >>> put_person("can you put denise in the table", DocView((), (t,))) is None  # whom she stands in for: unsaid
    True
    """
    m = _PUT_IN.search(request)
    if m is None or QUOTED_RE.search(request):
        return None
    new = [w for w in m.group("new").split() if fold(w) not in FUNCTION_WORDS]
    if not new or len(new) != len(m.group("new").split()):
        return None
    if len(new) == 1:  # "denise clarke from the kitchen ... put denise in": the surname said before
        full = re.search(rf"\b{re.escape(new[0])}\s+(?P<sur>[a-z][a-z'-]+)", request[:m.start()], re.IGNORECASE)
        if full and fold(full.group("sur")) not in FUNCTION_WORDS and not full.group("sur").lower().endswith("'s"):
            new.append(full.group("sur"))
    said = {fold(w) for w in re.findall(r"[a-z]+", request[:m.start()] + request[m.end():], re.IGNORECASE)}
    said -= {fold(w) for w in new} | FUNCTION_WORDS
    found = []
    for t in view.tables:
        for r, row in enumerate(t.rows[1:], 2):
            for c, cell in enumerate(row, 1):
                words = cell.split()
                if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
                        and fold(words[0]) in said and not all(fold(w) in said for w in words):  # no "Port Kennack"
                    found.append((t.number, r, c))
    if len(found) != 1:
        return None
    table, r, c = found[0]
    value = " ".join(w[:1].upper() + w[1:].lower() for w in new)
    return f"set the cell in row {r}, column {c} of table {table} to {quote(value)}"
