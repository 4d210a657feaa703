"""Corrections stated as facts: "lemon drizzle is £1.40 now", "recieved should be received", "30 days not 28".

People often say what a text should say instead of asking for a change: they state the new fact, or the right
form beside the wrong one. Each reading here turns such a request into the replacement the model is trained on
("change 'OLD' to 'NEW'"), and only when the document settles what OLD is:

* "X should be Y" / "X should read Y", X the document's own words (its spelling: quotes and accents aside);
* "(should be) Y, not X" / "Y instead of X", X in the document once (a bare number widened by the word after it in
  Y when it stands more than once: "30 days, not 28" on "28 days");
* "<description> is (now) V", "<description> should be V", "<description> actually closed at V": V holds a digit
  and the document holds values of V's shape ("£1.20" for "£1.40", "12:00 to 15:00" for "13:00 to 16:00"); the
  description's own words pick the paragraph or table row ("lemon drizzle": the row that says it);
* "change X to Y" where X is the document's words once in another spelling, small words too ("change it's to it is").

A reason may come first ("The meeting point is wrong – it should be ..."). Anything else is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lamforge.agent.cell_news import cell_news, person_news, put_person
from lamforge.agent.clause_parts import names_a_change
from lamforge.agent.explicit_targets import view_texts
from lamforge.agent.mentions import value_by_shape
from lamforge.agent.respellings import bounded as _bounded
from lamforge.agent.respellings import count_standing as _count
from lamforge.agent.respellings import respelling
from lamforge.agent.shifted_values import restated_day, shifted_money, shifted_value, with_its_weekday
from lamforge.agent.substitutions import moved_address, moved_day, new_surname, stand_in, still_says
from lamforge.agent.value_facts import date_now, stated_ending, stated_value
from lamforge.agent.word_overlap import content_words, one_best
from lamforge.app.commands import COLORS
from lamforge.app.out_of_reach import infeasible_reason
from lamforge.app.text_match import find_spelling, fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

_COLOR_WORDS = frozenset(w for c in COLORS for w in c.lower().split())

# ", please fix", "- can you update the table?": what asks for the change after the fact is stated
_ASK = re.compile(r"\s*(?:[,;.!-]\s*)?(?:(?:please|can\s+you|could\s+you)\s+)?(?:fix|update|correct|change|amend)"
                  r"(?:\s+(?:it|that|this|the\s+\w+))?(?:\s+please)?\s*[.!?]?\s*$", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(?:please\s+|oops,?\s+|sorry,?\s+|actually,?\s+)+", re.IGNORECASE)
_SHOULD = r"(?:should|must|needs?\s+to)\s+(?:be|read|say)"
_C = r"(?:[^,;!?]|(?<=\d),(?=\d))"  # a character of one clause: a comma only between digits ("1,870")
_NOT = re.compile(rf"^(?:(?:it|that|this|they)\s+(?:(?:was|were|is|are)\s+)?)?"  # "it was £412 not £385"
                  rf"(?P<should>{_SHOULD}\s+|(?:it'?s|that'?s)\s+)?"
                  rf"(?P<new>{_C}+?),?\s+(?:not|instead\s+of|rather\s+than)\s+(?P<old>{_C}+?)\s*[.!?]?$",
                  re.IGNORECASE)
_X_SHOULD_BE_Y = re.compile(rf"^(?:the\s+(?:word|spelling|name|text)\s+)?(?P<old>.+?)\s+{_SHOULD}\s+"
                            rf"(?P<new>{_C}+?)\s*[.!?]?$", re.IGNORECASE)
_STATED = re.compile(r"^(?P<what>.+?)(?:\s+(?:(?:is|are|was|were|has\s+(?:been\s+)?changed\s+to|have\s+(?:been\s+)?"
                     rf"changed\s+to|{_SHOULD})\s+(?:now\s+|actually\s+|really\s+)?(?:more\s+like\s+|closer\s+to\s+)?"
                     r"(?:an?\s+)?(?:(?:in|at|on)\s+)?|actually\s+(?P<verb>[a-z]+ed)\s+(?:at|on|by|to|in|for)\s+)"
                     # "the key safe code's changed, it's 5812 now"
                     r"|(?:['\u2019]s|\s+has)\s+changed,?\s+(?:it['\u2019]?s\s+|it\s+is\s+|to\s+)"
                     # "match fee's gone up to £7", "the rent has gone down to 850"
                     r"|(?:['\u2019]s|\s+(?:has|have|is|are))\s+(?:gone|going|gone\s+back|come|risen|dropped|fallen)\s+"
                     r"(?:up\s+|down\s+)?to\s+)"
                     rf"(?P<new>{_C}*\d{_C}*?)(?:\s+(?:now|tbh|really|actually|this\s+(?:season|year|term|month|week|time)|"
                     r"(?:a|an|per)\s+(?:stay|night|session|lesson|week|month|head|person|room|day|hour|term|year)|each|"
                     r"from\s+now\s+on|from\s+(?:next|this)\s+\w+))*\s*[.!?]?$", re.IGNORECASE)


# "Strout with a t", "Clarke, with an e", "Hélène, with both accents": how the new text is spelt, not part of it
_SPELLING_NOTE = re.compile(r",?\s+with\s+(?:an?|one|two|both|(?:a\s+)?double|(?:a\s+)?capital)\s+"
                            r"(?:[a-z](?:['\u2019]?s)?|accents?|capitals?|hyphen|apostrophe)(?:\s+(?:in|on|at)\s+(?:the\s+)?(?:end|start|middle))?"
                            r"(?=\s*(?:[,;.!?]|$))", re.IGNORECASE)


# a reason in brackets with no figure in it: "(leisure centre changed its hours)"
_ASIDE = re.compile(r"\s*\((?![^)]*\d)[^()]*\)"
                    # "..., it was 25 before": the old value, said after the news (the document holds it)
                    r"|\s*[,;\u2013\u2014-]\s*(?:it|that|they)\s+(?:was|were|used\s+to\s+be)\s+[\u00a3$]?\d[\d.,]*"
                    r"(?:\s+(?:quid|pounds|pence|p))?\s+(?:before|till\s+now|until\s+now|last\s+year)\s*[.!]?\s*$",
                    re.IGNORECASE)


def stated_correction(request: str, view: Any) -> str:
    """The request as a replacement when it states the right text or value (see :func:`_stated`).

    An old text that also stands inside a longer one ("£25" in "£250") is said with a word beside it: selecting a
    text selects its first occurrence anywhere.
    """
    if infeasible_reason(request):
        return request  # "can you order 14 hive tools": a refused request is no correction, whatever its numbers
    aside = _DASH_ASIDE.search(request)  # "..., not 20 – starburst are throwing in an extra finale": why, not what
    head = request[:aside.start()] if aside and not names_a_change(aside.group("tail")) \
        and not QUOTED_RE.search(aside.group("tail")) else None
    said = _stated(head, view) if head and re.search(r"\d", head) else None
    said = _stated(request, view) if said is None or said == head else said
    m = re.fullmatch(r"change (['\"])(?P<old>.+?)\1 to (['\"])(?P<new>.+?)\3", said)
    if m is None:
        return said
    old, new = _widened(m.group("old"), m.group("new"), view_texts(view))
    return f"change {quote(old)} to {quote(new)}"


# a last clause after a dash with no figure, no quote and no ask: an aside after the news
_DASH_ASIDE = re.compile(r"\s+[\u2013\u2014-]\s+(?P<tail>(?![^\d]*\b(?:now|not|instead)\b)[^\d\u2013\u2014]+)$",
                         re.IGNORECASE)


def _stated(request: str, view: Any) -> str:
    """The request as a replacement when it states the right text or value; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "body", "The hall committee has recieved a grant."),
    ...              ViewParagraph(2, "body", "Each of us gets 28 days\\u2019 holiday."),
    ...              ViewParagraph(3, "body", "The meeting closed at 21:10.")),
    ...             (ViewTable(1, 3, (("Cake", "Price"), ("Lemon drizzle", "£1.20"), ("Brownie", "£1.80"))),))
    >>> stated_correction("recieved should be received", v)
    "change 'recieved' to 'received'"
    >>> stated_correction("should be 30 days holiday not 28", v)
    "change '28' to '30'"
    >>> stated_correction("lemon drizzle is £1.40 now", v)
    "change '£1.20' to '£1.40'"
    >>> stated_correction("the meeting actually closed at 21:25, please fix", v)
    "change '21:10' to '21:25'"
    >>> stated_correction("the title is wrong", v), stated_correction("make 'received' bold", v)
    ('the title is wrong', "make 'received' bold")
    >>> print(stated_correction("change it's to it is", DocView((ViewParagraph(1, "body", "Tip: it\u2019s."),), ())))
    change "it\u2019s" to 'it is'
    >>> stated_correction("The time is wrong \u2013 it should be 21:30, not 21:10", v)
    "change '21:10' to '21:30'"
    >>> stated_correction("brownies are £1.90 each now", v)
    "change '£1.80' to '£1.90'"
    >>> stated_correction("brownies are £1.70 not £1.80", v)
    "change '£1.80' to '£1.70'"
    >>> stated_correction("we miscounted the brownies, it was £1.60 not £1.80", v)
    "change '£1.80' to '£1.60'"
    >>> stated_correction("the meeting's changed, it's 21:30 now", v)
    "change '21:10' to '21:30'"
    >>> stated_correction("it closes at half nine, not 21:10", v)  # half nine in the evening
    "change '21:10' to '21:30'"
    >>> stated_correction("brownies have gone up to £1.90, not £1.80", v)
    "change '£1.80' to '£1.90'"
    >>> stated_correction("brownies have gone up to 1.90, it was 1.80 before", v)
    "change '1.80' to '1.90'"
    >>> stated_correction("we sold 30 brownies, not 28 \u2013 i'd forgotten the two on saturday", v)
    "change '28' to '30'"
    >>> stated_correction("we sell 30 brownies now, not 28 \u2013 flour went up again", v)
    "change '28' to '30'"
    >>> stated_correction("brownies are £1.90 each now (the flour went up)", v)
    "change '£1.80' to '£1.90'"
    >>> stated_correction("recieved should be in italics", v), stated_correction("bold grant, not holiday", v)
    ('recieved should be in italics', 'bold grant, not holiday')
    """
    if QUOTED_RE.search(request):
        return request
    said = money_as_figures(_SPELLING_NOTE.sub("", _ASK.sub("", _LEAD.sub("", _ASIDE.sub("", request)))).strip())
    if not said:
        return request
    units = [p.text for p in view.paragraphs] + [" | ".join(row) for t in view.tables for row in t.rows]
    texts = view_texts(view)
    tail = re.split(r"\s+[\u2013\u2014-]\s+|[.;:]\s+|,\s+(?=(?:it|that|this|they)\b)", said)[-1]
    # "her first name is Hélène, with both accents", "Maisie's surname is Clarke", "recommend is missing an m"
    # "it's a victoria sponge not a victoria sandwich, change it everywhere"; "X have withdrawn, Y are taking over"
    everywhere = _everywhere(said, texts) or stand_in(said, texts) or new_surname(said, texts) \
        or still_says(said, texts) or moved_address(said, texts) or moved_day(said, texts)
    # ("lessons moved to tuesdays, the table still says mondays"; "it's marlowvale.example/abbeyroad now")
    if everywhere is not None:
        return everywhere
    respelt = respelling(said, texts)
    if respelt is not None:
        every = _count(respelt[0], texts) > 1  # a name misspelt wherever it stands
        return f"{'replace every' if every else 'change'} {quote(respelt[0])} {'with' if every else 'to'} " \
               f"{quote(respelt[1])}"
    for part in (said, tail):  # "the plant sale is at the church hall, not the allotment hut"
        fact = _fact_not_wrong(part, view, texts)
        if fact is not None:
            return fact
    # "doors open half an hour earlier", "check in was actually the 3rd"
    shifted = shifted_value(said, view) or shifted_money(said, view) or restated_day(said, view)
    if shifted is not None:
        return shifted
    for reading in (_right_not_wrong, _wrong_should_be_right, _change_words):
        found = reading(said, texts, units) or (reading(tail, texts, units) if tail != said else None)
        if found is not None:
            return f"change {quote(found[0])} to {quote(found[1])}"
    for part in (said, tail):  # "kick off was 10.30 not 10": a time or date as said, matched by what it means
        value = stated_value(part, view) or stated_ending(part, texts)  # "ends in 671, not 617"
        if value is not None:
            return value
    m = _STATED.match(said)
    if m is not None:
        what = m.group("what").strip()
        if m.group("verb"):
            what = f"{what} {m.group('verb')}"
        if not what.lower().startswith("the "):
            what = f"the {what}"
        shaped = value_by_shape(f"change {what} to {m.group('new').strip()}", units)
        if shaped is not None:
            return _in_its_case(shaped[0])
    moved = date_now(said, view)  # "the new prices don't start till 1 april now"
    dated = re.fullmatch(r"change '(?P<old>[^']+)' to '(?P<new>[^']+)'", moved or "")
    if dated is not None:  # "Monday 14 June" said anew as "fri 18th june": its weekday moves with it
        unit = next((u for u in units if dated.group("old") in u), "")
        both = with_its_weekday(unit[:unit.index(dated.group("old"))], dated.group("old"), dated.group("new")) \
            if unit else None
        return f"change {quote(both[0])} to {quote(both[1])}" if both else moved
    # "the radiator valves are £45 each actually": the one table cell the news is about
    # "mrs dawes is taking netball for her"; "... so denise clarke is running it. can you put denise in the table"
    return put_person(said, view) or cell_news(said, view) or person_news(said, view) or request


# ", change it everywhere", "- fix it throughout please": the correction is wanted wherever the old text stands
_EVERYWHERE = re.compile(r"\s*(?:[,;.!]|\s[\u2013\u2014-])\s*(?:so\s+|and\s+)?"
                         r"(?:(?:please|can\s+you|could\s+you)\s+)?"
                         r"(?:change|fix|correct|update|replace|swap)\s+(?:it|that|them|this)\s+(?:everywhere|throughout"
                         r"|all\s+through|wherever\s+it\s+(?:is|appears|comes\s+up|says\s+(?:it|that)))"
                         r"(?:\s+(?:please|thanks))?\s*[.!?]?\s*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an|our)\s+", re.IGNORECASE)


def _everywhere(said: str, texts: Sequence[str]) -> str | None:
    """"it's a victoria sponge not a victoria sandwich, change it everywhere": every occurrence replaced.

    The old text is found in the document as it is spelt there (case, accents), and the new one takes its
    capital letter when the document writes the old one with one.

    >>> texts = ["Class 5: Victoria sandwich", "Victoria sandwich recipe", "Bake at 180C."]
    >>> _everywhere("it's a victoria sponge not a victoria sandwich, change it everywhere", texts)
    "replace every 'Victoria sandwich' with 'Victoria sponge'"
    >>> _everywhere("it's a victoria sponge not a victoria sandwich", texts) is None
    True
    >>> _everywhere("it's a lemon cake not a carrot cake, change it everywhere", texts) is None
    True
    """
    ask = _EVERYWHERE.search(said)
    if ask is None:
        return None
    m = _NOT.match(said[:ask.start()].strip())
    if m is None or _formatting(m.group("new")):
        return None
    old, new = (_ARTICLE.sub("", m.group(g).strip()) for g in ("old", "new"))
    spelled = find_spelling(old, texts)
    if spelled is None or not new or _count(spelled.text, texts) < 1:
        return None
    if spelled.text[:1].isupper() and new[:1].islower():
        new = new[:1].upper() + new[1:]
    return f"replace every {quote(spelled.text)} with {quote(new)}"


_MONEY_WORDS = re.compile(r"\b(?:an?\s+)?(?P<w>fiver|tenner|quid|pound)\b(?!\s+(?:coins?|notes?|shop|sign))"
                          r"|\b(?P<n>\d+(?:\.\d\d)?)\s*(?:quid|pounds)\b", re.IGNORECASE)


def money_as_figures(said: str) -> str:
    """Sums of money said in words written as a document writes them: "a fiver" is £5, "a pound" £1, "7 quid" £7.

    >>> money_as_figures("first prize is a fiver now"), money_as_figures("it's gone up by a pound, 7 quid now")
    ('first prize is £5 now', "it's gone up by £1, £7 now")
    """
    def figure(m: re.Match[str]) -> str:
        if m.group("n"):
            return f"\u00a3{m.group('n')}"
        return "\u00a3" + {"fiver": "5", "tenner": "10"}.get(m.group("w").lower(), "1")
    return _MONEY_WORDS.sub(figure, said)


_AND = re.compile(r"\s*(?:,?\s+and\s+|;\s*)", re.IGNORECASE)


def several_corrections(request: str, view: Any) -> list[str] | None:
    """"soup's gone up to £5.95 and the quiche is 8.75 now": one replacement per stated value (None: not so).

    Every clause the request's "and" or ";" separates must state a correction of its own, or nothing is read.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "bullet", "Soup of the day \u2013 \u00a35.50"),
    ...              ViewParagraph(2, "bullet", "Quiche and salad \u2013 \u00a38.25")), ())
    >>> several_corrections("soup's gone up to \u00a35.95 and the quiche is 8.75 now", v)
    ["change '\u00a35.50' to '\u00a35.95'", "change '8.25' to '8.75'"]
    >>> several_corrections("the quiche is 8.75 now and make it bold", v) is None
    True
    """
    if QUOTED_RE.search(request):
        return None
    clauses = [c for c in _AND.split(request.strip()) if c.strip()]
    if len(clauses) < 2:
        return None
    found = []
    for clause in clauses:
        fixed = stated_correction(clause, view)
        if fixed == clause or not fixed.startswith(("change ", "replace every ", "set the cell ")) or fixed in found:
            return None
        found.append(fixed)
    return found


def _in_its_case(replacement: str) -> str:
    """"change 'Room 2' to 'room 3'": the new value capitalised as the old one is ("Room 3").

    >>> _in_its_case("change 'Room 2' to 'room 3'"), _in_its_case("change '9 am' to '10 am'")
    ("change 'Room 2' to 'Room 3'", "change '9 am' to '10 am'")
    """
    m = re.fullmatch(r"(change\s+)(['\"])(?P<old>.+)\2(\s+to\s+)(['\"])(?P<new>.+)\5", replacement)
    if m is None:
        return replacement
    old, new = m.group("old"), m.group("new")
    if old.split()[0].lower() == new.split()[0].lower() and old[:1].isupper() and new[:1].islower():
        return replacement[:m.start("new")] + new[:1].upper() + new[1:] + replacement[m.end("new"):]
    return replacement


_NOT_DASH = r"(?:[^,;!?\u2013\u2014]|(?<=\d),(?=\d))"  # a clause character, a dash not one
_FACT_NOT = re.compile(rf"^(?P<what>{_NOT_DASH}+?)\s+(?:is|are|was|were|will\s+be)\s+(?:now\s+|actually\s+|really\s+)?"
                       rf"(?:(?:at|in|on|by|from|with)\s+)?(?P<new>{_NOT_DASH}+?),?\s+(?:not|instead\s+of|rather\s+than)"
                       rf"\s+(?:(?:at|in|on|by|from|with)\s+)?(?P<old>{_NOT_DASH}+?)\s*[.!?]?$", re.IGNORECASE)


def _fact_not_wrong(said: str, view: Any, texts: Sequence[str]) -> str | None:
    """"The plant sale is at the church hall, not the allotment hut": the old text, or its cell in the row named.

    The old text may stand in several cells ("Allotment hut" in two rows): the row holding the description's words
    ("plant sale") picks the cell, written as the model reads cells.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> t = ViewTable(1, 2, (("Date", "Event", "Where"), ("5 April", "Seed swap", "Allotment hut"),
    ...                      ("26 April", "Plant sale", "Allotment hut")))
    >>> v = DocView((ViewParagraph(1, "body", "We meet at the pier."),), (t,))
    >>> _fact_not_wrong("the plant sale is at the church hall, not the allotment hut", v, view_texts(v))
    "change the cell in row 3, column 3 of table 1 to 'Church hall'"
    >>> _fact_not_wrong("the meeting point is the lifeboat station, not the pier", v, view_texts(v))
    "change 'pier' to 'lifeboat station'"
    >>> _fact_not_wrong("the heading is bold, not italic", v, view_texts(v)) is None
    True
    """
    m = _FACT_NOT.match(said)
    if m is None or _formatting(m.group("new")) or re.search(r"\b(?:wrong|should|must|needs?)\b", m.group("new")):
        return None
    if re.search(r"\d", m.group("old")):
        return None  # "45 minutes, not 30": numbers for numbers, read by _right_not_wrong
    old, new = (re.sub(r"^(?:the|a|an)\s+", "", m.group(g).strip(), flags=re.IGNORECASE) for g in ("old", "new"))
    spelled = find_spelling(old, texts)
    if spelled is None:
        return None
    if _count(spelled.text, texts) == 1:
        return _in_its_case(f"change {quote(spelled.text)} to {quote(new)}")
    words = content_words(m.group("what"))
    cell = one_best([(len(words & set(re.findall(r"[a-z]+", fold(" ".join(row))))), (t.number, r, c))
                     for t in view.tables for r, row in enumerate(t.rows, 1) for c, text in enumerate(row, 1)
                     if fold(text).strip() == fold(spelled.text).strip()])
    if cell is None:
        return None
    table, row, column = cell
    if spelled.text[:1].isupper():
        new = new[:1].upper() + new[1:]
    return f"change the cell in row {row}, column {column} of table {table} to {quote(new)}"


# "summer fees are": what states the value before it; "mins": a unit as documents write it out
_COPULA = re.compile(r"^(?:[^\d]*?\s)?(?:is|are|was|were|will\s+be)\s+(?:now\s+|actually\s+|really\s+)?(?=\S*\d)",
                     re.IGNORECASE)
_UNIT_WORDS = {"min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours", "wk": "weeks", "wks": "weeks",
               "sec": "seconds", "secs": "seconds"}


def _right_not_wrong(said: str, texts: Sequence[str], units: Sequence[str]) -> tuple[str, str] | None:
    """"30 days, not 28": (old, new) when the wrong text stands in the document once.

    Or when the request's other words pick the paragraph or table row it stands in ("the lemons should be 3 not 2"
    beside a "Room 2").
    """
    m = _NOT.match(said)
    if m is None:
        return None
    new, old = m.group("new").strip(), m.group("old").strip()
    if not m.group("should") and not re.search(r"\d", old) or _formatting(new):
        return None  # "bold the heading, not the title": an instruction, not a correction
    new = _COPULA.sub("", new)  # "summer fees are £23 not £22": the value, not the words that state it
    value = re.search(r"(?:^|\s)(?P<v>[\u00a3$\u20ac]\d[\d.,]*)$", new)
    if value and re.fullmatch(r"[\u00a3$\u20ac]\d[\d.,]*", old):
        new = value.group("v")  # "cleaning charge has gone up to £30, not £25": the sum for the sum
    num = re.search(r"\d[\d.,:]*", new)
    if re.fullmatch(r"\d[\d.,:]*", old) and not num:
        return None  # "start at half ten, not 10": a number said in words is not read here
    if re.fullmatch(r"\d[\d.,:]*", old) and num:  # "30 days holiday not 28": the number for the number
        if _count(old, texts) > 1:
            after = new[num.end():].split()[:1]
            if not after:
                return _described_number(old, num.group(0), new[:num.start()], units, texts)
            unit = _UNIT_WORDS.get(after[0].lower(), after[0])  # "6 mins not 5" on "5 minutes"
            old, new = f"{old} {unit}", f"{num.group(0)} {unit}"
        else:
            new = num.group(0)
    spelled = find_spelling(old, texts)
    if spelled is None or _count(spelled.text, texts) != 1:
        return None
    return _widened(spelled.text, new, texts)


def _described_number(old: str, new: str, description: str, units: Sequence[str],
                      texts: Sequence[str]) -> tuple[str, str] | None:
    """``old`` in the one paragraph or row holding it that shares the most of the description's words.

    With the text after it there, so that it stands once in the document ("2 (juice" of the Lemons row).
    """
    words = content_words(description)
    pattern = _bounded(old)
    unit = one_best([(len(words & set(re.findall(r"[a-z]+", u.lower()))), u) for u in units if pattern.search(u)])
    if unit is None:
        return None
    m = pattern.search(unit)
    nxt = re.match(r"\s*[^\s|]+", unit[m.end():]) if m else None
    if nxt is None or sum(t.count(old + nxt.group(0)) for t in texts) != 1:
        return None
    return old + nxt.group(0), new + nxt.group(0)


def _widened(old: str, new: str, texts: Sequence[str]) -> tuple[str, str]:
    """A short old text that also stands inside other text ("2" of "20 minutes") with the word after it.

    Selecting a text selects its first occurrence anywhere, so "2" must become "2 (juice" (and "3" "3 (juice").

    >>> _widened("2", "3", ["Serves 4, 20 minutes", "2 (juice and zest)"])
    ('2 (juice', '3 (juice')
    >>> _widened("\u00a325", "\u00a330", ["Digger | \u00a3250", "a cleaning charge of \u00a325"])
    ('of £25', 'of £30')
    """
    if sum(t.count(old) for t in texts) == 1:
        return old, new
    pattern = _bounded(old)
    for t in texts:
        m = pattern.search(t)
        if m:
            nxt = re.match(r"\s*\S+", t[m.end():])
            if nxt and sum(x.count(old + nxt.group(0)) for x in texts) == 1:
                return old + nxt.group(0), new + nxt.group(0)
            before = re.search(r"\S+\s*$", t[:m.start()])  # "charge of £25" at a paragraph's end: the word before
            if before and sum(x.count(before.group(0) + old) for x in texts) == 1:
                return before.group(0) + old, before.group(0) + new
    return old, new


def _wrong_should_be_right(said: str, texts: Sequence[str], units: Sequence[str] = ()) -> tuple[str, str] | None:
    """"recieved should be received": (old, new) when X is the document's own words, once."""
    m = _X_SHOULD_BE_Y.match(said)
    if m is None:
        return None
    old, new = re.sub(r"^the\s+", "", m.group("old").strip(), flags=re.IGNORECASE), m.group("new").strip()
    if len(old.split()) > 5 or _formatting(new) or re.search(r"\d", new) and not re.search(r"\d", old):
        return None  # "the title should be bold", "the date should be 5 May" (a value, read by its shape)
    spelled = find_spelling(old, texts)
    if spelled is None or _count(spelled.text, texts) != 1:
        return None
    return spelled.text, new


_CHANGE_WORDS = re.compile(r"^(?:change|replace|swap|correct)\s+(?!the\b|a\b|an\b|all\b|every\b|each\b|this\b|my\b)"
                           r"(?P<old>\S+(?:\s+\S+){0,3}?)\s+(?:to|with|into|for|by)\s+(?P<new>[^,;!?]+?)\s*[.!?]?$",
                           re.IGNORECASE)


def _change_words(said: str, texts: Sequence[str], units: Sequence[str] = ()) -> tuple[str, str] | None:
    """"change it's to it is": words the document holds once, even small ones no mention reading quotes."""
    m = _CHANGE_WORDS.match(said)
    if m is None or _formatting(m.group("new")) or re.search(r"\d", m.group("old")):
        return None  # "change Ann to bold"; numbers are read by the value readers
    spelled = find_spelling(m.group("old"), texts)
    if spelled is None or _count(spelled.text, texts) != 1 or spelled.text == m.group("old"):
        return None  # as typed: the mention reader quotes it (and reads more than this)
    return spelled.text, m.group("new").strip()


def _formatting(words: str) -> bool:
    """Words that say how text should look ("in italics", "bold and red"), not what it should say."""
    found = re.findall(r"[a-z]+", words.lower())
    return all(w in FUNCTION_WORDS or w in INSTRUCTION_WORDS or w in _COLOR_WORDS for w in found) and any(
        w in INSTRUCTION_WORDS or w in _COLOR_WORDS for w in found)  # "it is" says what, "in italics" how
