"""A time or date moved by an amount: "warm up is 15 mins earlier than it says", "carols moved to the thursday before".

People say how far a time or date moves rather than what it becomes: "doors are opening half an hour earlier",
"the second flu clinic is a week later than it says", "she dropped it off the day before, same time". The request's
other words pick the paragraph or table row that holds such a value (one unit, by the words it shares), "the
second" picks among two, a range ("8:00\u20138:45am") moves as a whole; the new value is written as the document
writes the old one (separator, am/pm or 24 hours, weekday, ordinal, month) and said as the trained replacement,
"change '8:00\u20138:45am' to '7:45\u20138:30am'". Anything the words do not settle is left alone.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

from lamforge.agent.value_facts import MONTHS, Value, ordinal_suffix, values_in
from lamforge.agent.word_overlap import content_words, one_best
from lamforge.app.text_match import fold
from lamforge.text.quotes import QUOTED_RE

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_AMOUNT = (r"(?P<n>\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|half\s+an)\s*"
           r"(?P<unit>mins?|minutes?|hours?|hrs?|days?|weeks?)(?P<half>\s+and\s+a\s+half)?")
_SHIFT = re.compile(
    rf"\b{_AMOUNT}\s+(?P<dir>earlier|later|sooner|before|after|back|forward)\b"
    r"|\bthe\s+(?P<unit2>day|week)\s+(?P<dir2>before|after)\b"
    rf"|\bthe\s+(?P<wd>{'|'.join(_WEEKDAYS)})\s+(?P<dir3>before|after)\b", re.IGNORECASE)
# "completion's slipped a week", "the final's been brought forward by a day": said as "a week later"
_SLIPPED = re.compile(r"\b(?P<v>slipped|slips|pushed\s+back|put\s+back|moved\s+back|moving\s+back|delayed|"
                      r"brought\s+forward|moved\s+forward|moving\s+forward)\s+(?:by\s+)?(?P<amt>(?:\d+|an?|one|two|three|half\s+an)\s+"
                      r"(?:mins?|minutes?|hours?|hrs?|days?|weeks?))\b", re.IGNORECASE)
_CALENDAR_WORDS = {*_WEEKDAYS, *(w + "s" for w in _WEEKDAYS), *MONTHS, *(m[:3] for m in MONTHS), "sept", "mon", "tue",
                   "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
            "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45}
_NTH = {"first": 0, "second": 1, "third": 2, "last": -1}
_RANGE_DASH = re.compile(r"\s*(?:[\u2013-]|to)\s*")


def shifted_value(said: str, view: Any) -> str | None:
    """The replacement for a time or date the request moves by an amount, "change 'OLD' to 'NEW'"; or None.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView(tuple(ViewParagraph(i, "body", t) for i, t in enumerate((
    ...     "Warm-up: 8:00\\u20138:45am in the main pool; the first race starts at 9:00am",
    ...     "Doors open to the audience at 6:30pm, so be in your places by then",
    ...     "Walk-in flu clinics will run on Saturday 18 October and Saturday 1 November, 9:00\\u201312:00.",
    ...     "Carols by candlelight at St Mary\\u2019s, Friday 12 December, 7:00pm",
    ...     "Booked in: Thursday 5 March 2026, 9:15am"), 1)), ())
    >>> shifted_value("warm up is 15 mins earlier than what it says, first race is still 9", v)
    "change '8:00\\u20138:45am' to '7:45\\u20138:30am'"
    >>> shifted_value("doors are opening half an hour earlier than it says now", v)
    "change '6:30pm' to '6:00pm'"
    >>> shifted_value("the second flu clinic is a week later than it says", v)
    "change 'Saturday 1 November' to 'Saturday 8 November'"
    >>> shifted_value("carols have moved to the thursday before", v)
    "change 'Friday 12 December' to 'Thursday 11 December'"
    >>> shifted_value("booked in date is wrong, she dropped it off the day before, same time", v)
    "change 'Thursday 5 March 2026' to 'Wednesday 4 March 2026'"
    >>> shifted_value("booked in date's slipped a week, same time", v)
    "change 'Thursday 5 March 2026' to 'Thursday 12 March 2026'"
    >>> moved = shifted_value("booked in date's moving back a week, same time and place", v)
    >>> moved == shifted_value("booked in date's slipped a week, same time", v)
    True
    >>> shifted_value("make the doors line bold", v), shifted_value("a week later than it says", v)
    (None, None)
    """
    if QUOTED_RE.search(said):
        return None
    said = _SLIPPED.sub(lambda x: f"{x.group('amt')} {'earlier' if 'forward' in x.group('v').lower() else 'later'}",
                        said)
    m = _SHIFT.search(said)
    if m is None:
        return None
    unit = (m.group("unit") or m.group("unit2") or "day").lower()
    kind = "time" if unit.startswith(("min", "hour", "hr")) else "date"
    words = content_words(said[:m.start()] + " " + said[m.end():]) - {"earlier", "later", "says", "said", "wrong"}
    words -= _CALENDAR_WORDS  # "fri 2nd april": a value, not the line's description
    units = [p.text for p in view.paragraphs] + [" | ".join(row) for t in view.tables for row in t.rows]
    having = [(u, [v for v in values_in(u) if v.kind == kind]) for u in units]
    scored = [(len(words & set(re.findall(r"[a-z]+", fold(u)))), k) for k, (u, vs) in enumerate(having) if vs]
    best = one_best(scored)
    if best is None:
        return None
    text, values = having[best]
    nth = re.search(r"\b(first|second|third|last)\b", said[:m.start()], re.IGNORECASE)
    spans = _spans(text, values)
    if nth:
        k = _NTH[nth.group(1).lower()]
        if k >= len(spans):
            return None
        spans = [spans[k]]
    if len(spans) > 1:  # "warm up is 15 mins earlier, first race is still 9": the one its own clause names
        clause = _clause(said, m.start())
        before = [text[(spans[k - 1][-1].end if k else 0):sp[0].start] for k, sp in enumerate(spans)]
        near = [(len(clause & set(re.findall(r"[a-z]+", fold(b)))), k) for k, b in enumerate(before)]
        k = one_best(near)
        spans = [spans[k]] if k is not None else []
    if len(spans) != 1:
        return None
    old, new = _moved(text, spans[0], m)
    if new is None or sum(u.count(old) for u in units) != 1:
        return None
    return f"change '{old}' to '{new}'"


_MONEY = re.compile(r"\u00a3\s?\d[\d,]*(?:\.\d\d)?|(?<![\w.])\d+p\b")
_MONEY_SHIFT = re.compile(
    r"\b(?P<dir>up|down)\s+by\s+(?P<amt>\u00a3\d+(?:\.\d\d)?|\d+p)\b"
    r"|(?P<amt2>\u00a3\d+(?:\.\d\d)?|\d+p)\s+(?P<dir2>more|extra|dearer|cheaper|less)\b", re.IGNORECASE)


def shifted_money(said: str, view: Any) -> str | None:
    """The replacement for a sum the request moves by an amount: "match fee's gone up by £1"; or None.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "bullet", "A water bottle and a towel"),
    ...              ViewParagraph(2, "bullet", "\u00a36 match fee (covers the new balls and the tea)"),
    ...              ViewParagraph(3, "body", "Teas are \u00a31.50, cake 80p")), ())
    >>> shifted_money("match fee's gone up by \u00a31 this season", v), shifted_money("cake is 20p dearer", v)
    ("change '\u00a36' to '\u00a37'", "change '80p' to '\u00a31'")
    >>> shifted_money("teas are 50p cheaper", v), shifted_money("the fee is up by \u00a31", v)
    ("change '\u00a31.50' to '\u00a31.00'", "change '\u00a36' to '\u00a37'")
    """
    if QUOTED_RE.search(said):
        return None
    m = _MONEY_SHIFT.search(said)
    if m is None:
        return None
    amount = _pence(m.group("amt") or m.group("amt2"))
    if (m.group("dir") or "").lower() == "down" or (m.group("dir2") or "").lower() in ("cheaper", "less"):
        amount = -amount
    words = content_words(said[:m.start()] + " " + said[m.end():])
    units = [p.text for p in view.paragraphs] + [" | ".join(row) for t in view.tables for row in t.rows]
    having = [(u, list(_MONEY.finditer(u))) for u in units]
    best = one_best([(len(words & set(re.findall(r"[a-z]+", fold(u)))), k) for k, (u, found) in enumerate(having)
                     if found])
    if best is None:
        return None
    text, found = having[best]
    if len(found) > 1:
        clause = _clause(said, m.start())
        def shared(a: int, b: int) -> int:
            return len(clause & set(re.findall(r"[a-z]+", fold(text[a:b]))))
        ends = [f.start() for f in found[1:]] + [len(text)]  # a sum's words before it count more than after it
        near = [(2 * shared(found[k - 1].end() if k else 0, f.start()) + shared(f.end(), ends[k]), k)
                for k, f in enumerate(found)]
        k = one_best(near)
        if k is None:
            return None
        found = [found[k]]
    old = found[0].group(0)
    pence = _pence(old) + amount
    if pence <= 0 or sum(u.count(old) for u in units) != 1:
        return None
    decimals = "." in old or pence % 100 != 0
    new = f"{pence}p" if old.endswith("p") and pence < 100 else \
        f"\u00a3{pence / 100:,.2f}" if decimals else f"\u00a3{pence // 100:,}"
    return f"change '{old}' to '{new}'"


def _pence(money: str) -> int:
    """A sum as pence: "\u00a31.50" 150, "80p" 80, "\u00a36" 600."""
    money = money.replace(",", "").replace(" ", "")
    return int(money[:-1]) if money.endswith("p") else round(float(money.lstrip("\u00a3")) * 100)


_RESTATED = re.compile(r"\b(?:was|is|were|are|'s)\s+(?:actually\s+|really\s+|now\s+)?(?:on\s+)?(?:the\s+)?"
                       r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]{3})", re.IGNORECASE)


_DAY = r"(?:the\s+)?([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:" + "|".join(m[:3] for m in MONTHS) + "))"
# "we start back on the 27th not the 20th": the day the document says is named too
_DAY_NOT = re.compile(rf"\b(?:on\s+)?{_DAY}\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:on\s+)?{_DAY}",
                      re.IGNORECASE)


def restated_day(said: str, view: Any) -> str | None:
    """"check in was actually the 3rd": the date of the line the words pick, on that day (its weekday too).

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "body", "Tenant: Joaquin"),
    ...              ViewParagraph(2, "body", "Check-in: Monday 2 February 2026, 10:00am")), ())
    >>> restated_day("check in was actually the 3rd", v), restated_day("the tenant is 3rd in line", v)
    ("change 'Monday 2 February 2026' to 'Tuesday 3 February 2026'", None)
    >>> restated_day("we get the keys on the 4th not the 2nd", v)
    "change 'Monday 2 February 2026' to 'Wednesday 4 February 2026'"
    """
    units = [p.text for p in view.paragraphs] + [" | ".join(row) for t in view.tables for row in t.rows]
    having = [(u, [v for v in values_in(u) if v.kind == "date" and v.month]) for u in units]
    named = _DAY_NOT.search(said)
    m = _RESTATED.search(said)
    if QUOTED_RE.search(said) or m is None and named is None:
        return None
    if named is not None:  # the unit holding a date on the day named as wrong, when one does
        new_day, old_day = int(named.group(1)), int(named.group(2))
        on_day = [(u, [v for v in vs if v.day == old_day]) for u, vs in having]
        found = [(u, vs) for u, vs in on_day if len(vs) == 1]
        if len(found) != 1 or sum(len(vs) for _, vs in on_day) != 1:
            return None
        text, (value,) = found[0]
    else:
        words = content_words(said[:m.start()])
        best = one_best([(len(words & set(re.findall(r"[a-z]+", fold(u)))), k) for k, (u, vs) in enumerate(having)
                         if len(vs) == 1])
        if best is None:
            return None
        text, (value,) = having[best]
        new_day = int(m.group("d"))
    if new_day == value.day:
        return None
    old = text[slice(*_old_span(text, [value]))]  # with its weekday
    new = _moved_date(old, lambda date: new_day - date.day)
    if new is None or sum(u.count(old) for u in units) != 1:
        return None
    return f"change '{old}' to '{new}'"


def _clause(said: str, at: int) -> set[str]:
    """The content words of the clause of ``said`` that holds position ``at``."""
    start = max((b.end() for b in re.finditer(r"[,;.!?]|\s[\u2013\u2014-]\s", said[:at])), default=0)
    stop = re.search(r"[,;.!?]|\s[\u2013\u2014-]\s", said[at:])
    return content_words(said[start:at + stop.start() if stop else len(said)])


def _spans(text: str, values: list[Value]) -> list[list[Value]]:
    """The values, a range's two ends together ("8:00\u20138:45am")."""
    spans: list[list[Value]] = []
    for v in values:
        if spans and _RANGE_DASH.fullmatch(text[spans[-1][-1].end:v.start]) and len(spans[-1]) == 1:
            spans[-1].append(v)
        else:
            spans.append([v])
    return spans


def _moved(text: str, span: list[Value], m: re.Match[str]) -> tuple[str, str | None]:
    """(the old text, the moved text) of one value or range."""
    old = text[slice(*_old_span(text, span))]
    out: list[str] = []
    moved = [_moved_date(old, _shift_days(m)) if v.kind == "date" else _moved_time(v, m, span) for v in span]
    if any(x is None for x in moved):
        return old, None
    for k, v in enumerate(span):
        out.append(text[span[k - 1].end:v.start] if k else "")
        out.append(moved[k] or "")
    return old, "".join(out)


def _old_span(text: str, span: list[Value]) -> tuple[int, int]:
    """Where a value or range stands in ``text``, a date with the weekday written before it."""
    start, end = span[0].start, span[-1].end
    if span[0].kind == "date":
        weekday = re.search(rf"\b(?:{'|'.join(w[:3] for w in _WEEKDAYS)})[a-z]*\s+$", text[:start], re.IGNORECASE)
        if weekday:
            start = weekday.start()
    return start, end


def _minutes(m: re.Match[str]) -> int:
    """The signed shift of a time, in minutes."""
    n = m.group("n").lower()
    amount = 0.5 if n.startswith("half") else float(_NUMBERS.get(n, n) if not n.isdigit() else int(n))
    if m.group("half"):
        amount += 0.5
    unit = m.group("unit").lower()
    minutes = amount * (60 if unit.startswith(("hour", "hr")) else 1)
    return int(-minutes if m.group("dir").lower() in ("earlier", "sooner", "before", "forward") else minutes)


def _moved_time(v: Value, m: re.Match[str], span: list[Value]) -> str | None:
    """``v`` moved, written as it is written (its separator; am/pm only where it had one)."""
    ampm = v.ampm or span[-1].ampm
    hour = v.hour % 12 + (12 if ampm == "pm" else 0) if ampm else v.hour
    total = (hour * 60 + v.minute + _minutes(m)) % (24 * 60)
    h, mins = divmod(total, 60)
    sep = re.search(r"[:.]", v.text)
    minutes = f"{sep.group(0) if sep else ':'}{mins:02d}" if sep or mins else ""
    if ampm:
        suffix = re.search(r"\s?(?:am|pm)$", v.text, re.IGNORECASE)
        shown = ("am" if h < 12 else "pm") if suffix else ""
        return f"{h % 12 or 12}{minutes}{(' ' if suffix and suffix.group(0).startswith(' ') else '') + shown}"
    return f"{h}{minutes}"


def _shift_days(m: re.Match[str]) -> Callable[[datetime.date], int | None]:
    """The days a shift moves a date by: "a week later" 7, "the day before" -1, "the thursday before" to it."""
    def days_of(date: datetime.date) -> int | None:
        if m.group("wd"):  # "the thursday before"
            target = _WEEKDAYS.index(m.group("wd").lower())
            step = -1 if m.group("dir3").lower() == "before" else 1
            days = step
            while (date.weekday() + days) % 7 != target:
                days += step
        elif m.group("unit2"):
            days = (7 if m.group("unit2").lower() == "week" else 1) * (-1 if m.group("dir2").lower() == "before" else 1)
        else:
            n = m.group("n").lower()
            count = int(n) if n.isdigit() else _NUMBERS.get(n, 0)
            unit = m.group("unit").lower()
            if not unit.startswith(("day", "week")) or not count:
                return None
            days = count * (7 if unit.startswith("week") else 1)
            if m.group("dir").lower() in ("earlier", "sooner", "before", "forward"):
                days = -days
        return days
    return days_of


def _moved_date(old: str, days_of: Callable[[datetime.date], int | None]) -> str | None:
    """A date (with the weekday written before it, if any) moved by the days ``days_of`` gives for it."""
    day_m = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\b", old)
    month_m = re.search(rf"\b({'|'.join(x[:3] for x in MONTHS)})[a-z]*", old, re.IGNORECASE)
    if day_m is None or month_m is None:
        return None
    month = next(k for k, x in enumerate(MONTHS, 1) if x.startswith(month_m.group(1).lower()))
    wd_m = re.match(rf"(?:{'|'.join(w[:3] for w in _WEEKDAYS)})[a-z]*", old, re.IGNORECASE)
    year_m = re.search(r"\b(20\d\d)\b", old)
    weekday = next((k for k, w in enumerate(_WEEKDAYS) if wd_m and w.startswith(wd_m.group(0).lower()[:3])), None)
    year = int(year_m.group(1)) if year_m else _year_for(int(day_m.group(1)), month, weekday)
    try:
        date = datetime.date(year, month, int(day_m.group(1)))
    except ValueError:
        return None
    days = days_of(date)
    if days is None:
        return None
    new = date + datetime.timedelta(days=days)
    out = old
    if wd_m:
        name = _WEEKDAYS[new.weekday()].capitalize()
        out = name[:len(wd_m.group(0))] if len(wd_m.group(0)) <= 3 else name
        out += old[wd_m.end():]
    ordinal = day_m.group(2)
    suffix = ordinal_suffix(new.day) if ordinal else ""
    out = re.sub(rf"\b{day_m.group(0)}\b", f"{new.day}{suffix}", out, count=1)
    if new.month != month:
        name = MONTHS[new.month - 1].capitalize()
        out = out.replace(month_m.group(0), name[:3] if len(month_m.group(0)) == 3 else name, 1)
    if year_m and new.year != year:
        out = out.replace(year_m.group(1), str(new.year), 1)
    return out


def with_its_weekday(before: str, old: str, new: str) -> tuple[str, str] | None:
    """The old date with the weekday written before it, and the new one with the weekday it falls on.

    "Monday 14 June" said anew as "fri 18th june" changes both (None: no weekday stands before the old date, or the
    dates do not parse).

    >>> with_its_weekday("Updated: Monday ", "14 June 2027", "18 June 2027")
    ('Monday 14 June 2027', 'Friday 18 June 2027')
    >>> with_its_weekday("Updated: Mon ", "14 Jun", "18 Jun"), with_its_weekday("Updated: ", "14 June", "18 June")
    (('Mon 14 Jun', 'Fri 18 Jun'), None)
    """
    weekday = re.search(rf"\b(?:{'|'.join(w[:3] for w in _WEEKDAYS)})[a-z]*\s+$", before, re.IGNORECASE)
    said = [v for v in values_in(new) if v.kind == "date"]
    if weekday is None or len(said) != 1:
        return None
    day, month = said[0].day, said[0].month

    def days_to(date: datetime.date) -> int | None:
        try:
            return (datetime.date(date.year, month or date.month, day) - date).days
        except ValueError:
            return None
    written = before[weekday.start():] + old
    moved = _moved_date(written, days_to)
    return (written, moved) if moved else None


def _year_for(day: int, month: int, weekday: int | None) -> int:
    """The year a date without one falls in: the next from 2026 on which it is the weekday written beside it."""
    for year in range(2026, 2034):
        try:
            if weekday is None or datetime.date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return 2026
