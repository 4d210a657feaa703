"""Times and dates corrected as people say them: "kick off was 10.30 not 10", "the deadline is the 8th, not the 1st".

A person names the wrong value as they would say it ("10", "8", "the 1st"), not as the document writes it ("10am",
"8:00pm", "1 May 2026"). This reading compares values by what they mean: a time by its hour and minutes (an hour
said alone fits a morning or an evening time), a date by its day and month (a day alone fits any month). The old
value must fit exactly one time or date of the document, or one of those in the paragraph or table row that shares
the most of the request's other words; the new value is then written in that value's own style (its separator,
its am/pm, its year), as the replacement the model is trained on: "change '10am' to '10:30am'".
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from lamforge.agent.word_overlap import content_words, one_best
from lamforge.app.text_match import fold

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# a date: "8 May 2026", "8th of May", "May 8th", "the 1st"; a time: "10am", "7:30", "8:00pm", "10.30"
_DATE = re.compile(rf"(?<![\w:.])(?:the\s+)?(?P<d>{_DAY})(?P<o>st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<m>{_MONTH})\b"
                   rf"(?P<y>\s+\d{{4}})?)?(?![\w:]|\.\w|\s*(?:am|pm)\b)"  # a full stop may end the sentence
                   rf"|(?<!\w)(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?P<o2>st|nd|rd|th)?(?P<y2>,?\s+\d{{4}})?(?!\w)",
                   re.IGNORECASE)
# a range's end: "8:30\u201316:00", "9:30am\u201312:30pm"
_TIME = re.compile(r"(?:(?<![\w:.\u2013\u00a3$\u20ac-])|(?:(?<=\d[\u2013-])|(?<=[ap]m[\u2013-]))(?=\d{1,2}[:.]\d\d))"
                   r"(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<min>[0-5]\d))?\s?(?P<ap>am|pm)?"
                   # "8:00pm." at a sentence's end is a time; "8.30" is not "8"
                   r"(?![\w:]|\.\d|\s*(?:%|pounds|minutes|mins?|hours|hrs?|days|weeks|years|st|nd|rd|th)\b)",
                   re.IGNORECASE)
_NOT = re.compile(r",?\s+(?:not|rather\s+than|instead\s+of)\s+(?:at\s+|on\s+|by\s+)?(?P<old>[^,;!?]+?)\s*[.!?]?\s*$",
                  re.IGNORECASE)


class Value(NamedTuple):
    """A time or a date as it stands in a text: where, what it means, how it is written."""

    kind: str  # "time" or "date"
    start: int
    end: int
    hour: int = -1  # a time: 0-23, or the hour as said when no am/pm is given
    minute: int = 0
    ampm: str = ""
    day: int = 0  # a date
    month: int = 0  # 0: not said
    text: str = ""


def stated_value(said: str, view: Any) -> str | None:
    """The replacement for a time or date stated anew, "change 'OLD' to 'NEW'" in the document's words; or None.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "body", "Sunday 12 October, Manor Park \\u2013 kick-off 10am"),
    ...              ViewParagraph(2, "body", "RSVP: by 1 May 2026 to Zoe"),
    ...              ViewParagraph(3, "body", "Rooms are held until 1 April")),
    ...             (ViewTable(1, 1, (("Time", "What"), ("5:30pm", "Dinner"), ("8:00pm", "Ceilidh"))),))
    >>> stated_value("kick off was 10.30 not 10", v)
    "change '10am' to '10.30am'"
    >>> stated_value("the ceilidh starts at 7:30 now, not 8", v)
    "change '8:00pm' to '7:30pm'"
    >>> stated_value("the RSVP deadline is the 8th of May, not the 1st", v)
    "change '1 May 2026' to '8 May 2026'"
    >>> stated_value("the deadline is the 8th, not the 1st", v) is None  # two dates on the 1st, no words to choose
    True
    >>> stated_value("bold the dinner, not the ceilidh", v) is None
    True
    >>> stated_value("we close at half four now, not four",
    ...              DocView((ViewParagraph(1, "body", "Open 8:30\u201316:00"),), ()))
    "change '16:00' to '16:30'"
    >>> stated_value("the office is open till 1 now for keys, not half 12",
    ...              DocView((ViewParagraph(1, "body", "Keys: Monday to Friday 9:30am\u201312:30pm"),), ()))
    "change '12:30pm' to '1:00pm'"
    """
    said = times_as_digits(said)  # "half ten, not 10": "10.30, not 10"
    m = _NOT.search(said)
    if m is None:
        return None
    before = said[:m.start()]
    old = _values(m.group("old"))
    new = _values(before)
    if len(old) != 1 or not new or old[0].start != 0 or old[0].end < len(m.group("old").strip()):
        return None  # the old part must be one value and nothing else
    wrong, right = old[0], new[-1]
    if wrong.kind != right.kind:
        return None
    units = [p.text for p in view.paragraphs] + [" | ".join(row) for t in view.tables for row in t.rows]
    fits = [(u, v) for u in units for v in _values(u) if v.kind == wrong.kind and _fits(wrong, v)]
    if len(fits) > 1:
        words = content_words(before[:right.start])
        best = one_best([(len(words & set(re.findall(r"[a-z]+", fold(u)))), k) for k, (u, _) in enumerate(fits)])
        fits = [fits[best]] if best is not None else []
    if len(fits) != 1:
        return None
    _, found = fits[0]
    if sum(u.count(found.text) for u in units) != 1:
        return None  # selecting the text selects its first occurrence: it must stand once
    return f"change '{found.text}' to '{written_as(right, found)}'"


_NOW = re.compile(r"\bnow\b", re.IGNORECASE)


def date_now(said: str, view: Any) -> str | None:
    """"The new prices don't start till 1 april now": the one date of the document the news moves.

    A date said with "now" (and no old value: "not ..." is :func:`stated_value`'s) replaces the date its words
    name, else the document's one date that stands alone in its line (a range's ends are no date said anew).

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "body", "Valid from: 1 March 2027 until further notice"),
    ...              ViewParagraph(2, "body", "No sweeping nests from 1 March to 31 August.")), ())
    >>> date_now("the new prices don't start till 1 april now", v)
    "change '1 March 2027' to '1 April 2027'"
    >>> date_now("the new prices start on 1 april", v) is None
    True
    """
    if not _NOW.search(said) or _NOT.search(said):
        return None
    new = [v for v in _values(said) if v.kind == "date" and v.month]
    if len(new) != 1:
        return None
    units = [p.text for p in view.paragraphs] + [" | ".join(row) for t in view.tables for row in t.rows]
    dated = [(u, [v for v in _values(u) if v.kind == "date" and v.month]) for u in units]
    fits = [(u, vs[0]) for u, vs in dated if vs]
    if len(fits) > 1:
        words = content_words(said[:new[0].start] + " " + said[new[0].end:])
        best = one_best([(len(words & set(re.findall(r"[a-z]+", fold(u)))), k) for k, (u, _) in enumerate(fits)])
        fits = [fits[best]] if best is not None else [(u, vs[0]) for u, vs in dated if len(vs) == 1]
    if len(fits) != 1:
        return None
    _, found = fits[0]
    if sum(u.count(found.text) for u in units) != 1:
        return None
    return f"change '{found.text}' to '{written_as(new[0], found)}'"


_ENDS_IN = re.compile(r"\b(?:ends?|ending|finish(?:es)?)\s+(?:(?:in|with)\s+)?(?P<new>\d+),?\s+(?:not|rather\s+than|"
                      r"instead\s+of)\s+(?P<old>\d+)\b", re.IGNORECASE)


def stated_ending(said: str, texts: list[str]) -> str | None:
    """"Zoe's mobile ends in 671, not 617": the one number of the document ending in the old digits, its end changed.

    >>> stated_ending("Zoe's mobile ends in 671, not 617", ["Call Zoe on 07700 900617", "Room 12"])
    "change '900617' to '900671'"
    >>> stated_ending("it ends in 671, not 617", ["617"]) is None  # the whole number: read as a plain correction
    True
    >>> stated_ending("sort code ends in 75 not 04, my typo", ["Sort code: 20-45-04", "Ring 04"])
    "change '20-45-04' to '20-45-75'"
    """
    m = _ENDS_IN.search(said)
    if m is None or len(m.group("new")) != len(m.group("old")):
        return None
    old = m.group("old")
    # each run of digits ("900617" of "07700 900617"); a number joined by hyphens whole ("20-45-04", a sort code)
    runs = list(dict.fromkeys(r for t in texts for r in re.findall(r"\d+(?:-\d+)+|\d+", t)
                              if r.endswith(old) and len(r) > len(old)))
    if len(runs) != 1 or sum(t.count(runs[0]) for t in texts) != 1:
        return None
    return f"change '{runs[0]}' to '{runs[0][:-len(old)]}{m.group('new')}'"


def _values(text: str) -> list[Value]:
    """The times and dates of ``text``, in order (a date wins where both read the same words)."""
    found: list[Value] = []
    for m in _DATE.finditer(text):
        day, month = (m.group("d"), m.group("m")) if m.group("d") else (m.group("d2"), m.group("m2"))
        explicit = m.group("o") or m.group("o2") or month or m.group(0).lower().startswith("the ")
        if not explicit:
            continue  # a bare number is no date
        found.append(Value("date", m.start(), m.end(), day=int(day), month=_month(month), text=m.group(0)))
    for m in _TIME.finditer(text):
        if any(v.start <= m.start() < v.end for v in found):
            continue
        hour, ap = int(m.group("h")), (m.group("ap") or "").lower()
        if not (m.group("sep") or ap or re.search(r"\b(?:at|till|until|from|by|was|is|starts?|now)\s+$",
                                                  text[:m.start()], re.IGNORECASE) or _bare_time_said(text, m)):
            continue  # a number is a time only written as one or said where a time goes
        found.append(Value("time", m.start(), m.end(), hour=hour, minute=int(m.group("min") or 0), ampm=ap,
                           text=m.group(0).strip()))
    return sorted(found, key=lambda v: v.start)


_HOUR_WORDS = {w: str(k) for k, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight",
                                                  "nine", "ten", "eleven", "twelve"), 1)}
_HOUR = rf"(?P<h>{'|'.join(_HOUR_WORDS)}|1[0-2]|[1-9])"
_SAID_TIMES = re.compile(
    rf"\bhalf\s+(?:past\s+)?{_HOUR}\b|\bquarter\s+(?P<q>past|after|to)\s+{_HOUR.replace('<h>', '<hq>')}\b"
    rf"|\b{_HOUR.replace('<h>', '<ho>')}\s+o['\u2019]?\s?clock\b|\b(?P<noon>noon|midday)\b"
    # "at four", "not four", "till six": an hour said in a word where a time goes
    rf"|\b(?P<pre>(?:at|not|till|until|from|by|before|after)\s+)(?P<w>{'|'.join(_HOUR_WORDS)})\b(?!\s+(?:of|"
    rf"hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|people|times?|and|or|to)\b)", re.IGNORECASE)


def times_as_digits(said: str) -> str:
    """Times said in words written in digits, as a document writes them: "half ten" is 10.30 (British English).

    >>> times_as_digits("quiet hours start at half ten, not 10"), times_as_digits("we close at half four now, not four")
    ('quiet hours start at 10.30, not 10', 'we close at 4.30 now, not 4')
    >>> times_as_digits("a 2 o'clock start, not half 2"), times_as_digits("quarter to eight, not quarter past seven")
    ('a 2:00 start, not 2.30', '7.45, not 7.15')
    >>> times_as_digits("at 2 in the afternoon not 10"), times_as_digits("half seven in the evening")
    ('at 2pm not 10', '7.30pm')
    >>> times_as_digits("lunch at midday"), times_as_digits("not four people"), times_as_digits("at one of them")
    ('lunch at 12:00', 'not four people', 'at one of them')
    """
    def digits(m: re.Match[str]) -> str:
        def hour(g: str) -> int:
            word = m.group(g).lower()
            return int(_HOUR_WORDS.get(word, word))
        if m.group("h"):
            return f"{hour('h')}.30"
        if m.group("hq"):
            if m.group("q").lower() == "to":
                return f"{(hour('hq') - 2) % 12 + 1}.45"
            return f"{hour('hq')}.15"
        if m.group("ho"):
            return f"{hour('ho')}:00"
        if m.group("noon"):
            return "12:00"
        return m.group("pre") + _HOUR_WORDS[m.group("w").lower()]
    said = _SAID_TIMES.sub(digits, said)
    return _PART_OF_DAY.sub(lambda m: f"{m.group('t2')}pm" if m.group("t2") else
                            f"{m.group('t')}{'am' if m.group('p').lower() == 'morning' else 'pm'}", said)


# "2 in the afternoon", "7.30 in the evening": the hour with its am or pm
_PART_OF_DAY = re.compile(r"\b(?P<t>(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?)\s+in\s+the\s+(?P<p>morning|afternoon|evening)\b"
                          r"|\b(?P<t2>(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?)\s+at\s+night\b", re.IGNORECASE)


def _bare_time_said(text: str, m: re.Match[str]) -> bool:
    """A lone number that is the whole old value ("not 8"): read as the time it stands for."""
    return m.start() == 0 and m.end() >= len(text.strip())


def _fits(said: Value, written: Value) -> bool:
    """Whether a value as said ("10", "the 1st") means the value as the document writes it ("10am", "1 May 2026")."""
    if said.kind == "date":
        return said.day == written.day and (said.month == 0 or said.month == written.month)
    if said.minute != written.minute:
        return False
    return _hours(said) & _hours(written) != set()


def _hours(v: Value) -> set[int]:
    """The hours of the day a time may be: "8" is 8 or 20, "8pm" 20, "20:00" 20."""
    h = v.hour % 12 if v.ampm else v.hour
    if v.ampm == "pm":
        return {h + 12}
    if v.ampm == "am" or v.hour > 12 or v.hour == 0:
        return {h}
    return {h, h + 12 if h < 12 else h}


def written_as(new: Value, like: Value) -> str:
    """``new`` in the style of ``like``: its separator and am/pm for a time, its order, month and year for a date."""
    if new.kind == "date":
        number = new.month or like.month
        month = MONTHS[number - 1].capitalize() if number else ""
        written = re.search(_MONTH, like.text, re.IGNORECASE)
        if month and written and len(written.group(0)) == 3 and number != 5:
            month = month[:3]  # "1 Apr" writes its months short
        year = re.search(r"\d{4}", like.text)
        day = f"{new.day}{ordinal_suffix(new.day)}" if re.search(r"\d(?:st|nd|rd|th)", like.text) else str(new.day)
        text = f"{month} {day}" if re.match(_MONTH, like.text, re.IGNORECASE) else f"{day} {month}".strip()
        return f"{text}{' ' + year.group(0) if year else ''}"
    sep = re.search(r"[:.]", like.text) or re.search(r"[:.]", new.text)
    sep_text = sep.group(0) if sep else ":"
    later = like.ampm == "pm" or not like.ampm and like.hour > 12
    hour = new.hour % 12 + (12 if new.ampm == "pm" else 0) if new.ampm else \
        new.hour + 12 if later and new.hour < 12 else new.hour
    minutes = f"{sep_text}{new.minute:02d}" if new.minute or re.search(r"[:.]", like.text) else ""
    if like.ampm:
        return f"{hour % 12 or 12}{minutes}{'am' if hour < 12 else 'pm'}"
    return f"{hour}{minutes or ':00'}"


def ordinal_suffix(day: int) -> str:
    """The ending a day's number takes: "st" for 1 and 21, "th" for 11 to 13.

    >>> ordinal_suffix(1), ordinal_suffix(12), ordinal_suffix(23)
    ('st', 'th', 'rd')
    """
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _month(name: str | None) -> int:
    if not name:
        return 0
    low = name.lower()[:3]
    return next(k for k, m in enumerate(MONTHS, 1) if m.startswith(low))


def dates_in(text: str) -> set[tuple[int, int]]:
    """The dates ``text`` writes, as (day, month) (month 0 when not said): "28th jan" and "28 January" meet.

    >>> sorted(dates_in("28th jan is off")), sorted(dates_in("28 January | The Parting Glass"))
    ([(28, 1)], [(28, 1)])
    """
    return {(v.day, v.month) for v in _values(text) if v.kind == "date"}


def values_in(text: str) -> list[Value]:
    """The times and dates ``text`` writes, in order (what :mod:`lamforge.agent.shifted_values` moves)."""
    return _values(text)
