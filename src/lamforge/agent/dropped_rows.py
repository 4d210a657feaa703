"""A row or list item the request says is no more: "we've dropped the heaviest marrow", "28th jan is off".

People report that something is cancelled, dropped or off and leave the edit to the reader: the table row (or the
list item) that holds it goes. The thing's words pick the one row or item that shares the most of them (a word
of four letters or more among them), or the one that holds the same date ("28th jan" and "28 January"); the
request is then said as the model is trained: "delete row 4 of table 1", "delete the paragraph 'X'". Anything
the words do not settle is left to the other readings.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.row_news import named_table
from lamforge.agent.value_facts import dates_in
from lamforge.agent.word_overlap import content_words, one_best, stem
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_GONE = r"(?:cancell?ed|dropped|scrapped|axed|off|withdrawn|discontinued|called\s+off|not\s+(?:on|happening|running))"
_DROPPED = re.compile(
    # "we've dropped the heaviest marrow", "they've cancelled the 4 march rehearsal"
    r"(?:^(?:(?:so|oh|sadly|sorry|unfortunately|fyi),?\s+)?(?:(?:we|they|the\s+\w+)(?:['\u2019]ve|\s+have|\s+has)?\s+)?"
    r"(?:dropped|cancell?ed|scrapped|axed|pulled|binned)\s+(?P<a>[^,;.!?\u2013\u2014]+?)"
    # "28th jan is off", "the 50 fly's been dropped this year"
    rf"|^(?:(?:so|oh|sadly|sorry|unfortunately|fyi),?\s+)?(?P<b>[^,;.!?\u2013\u2014]+?)(?:\s+(?:is|are|was|were|has\s+been"
    rf"|have\s+been|got)|['\u2019]s(?:\s+been)?)\s+(?:now\s+|been\s+)?{_GONE}"
    # "take the packing service off and redo the totals"
    r"|(?:^|[,.;]\s+|\b(?:so|just|please|can\s+you|could\s+you)\s+)take\s+(?P<c>the\s+[^,;.!?\u2013\u2014]+?)\s+"
    r"(?:off|out)(?:\s+(?:of\s+)?(?:the\s+\w+(?:\s+\w+)?(?:\s+(?:table|list))?|table\s+\d+))?"
    r")(?=\s*(?:$|[,;.!?\u2013\u2014-]|\s+(?:this|for|now|so|as|because|since|due|and)\b))", re.IGNORECASE)


def dropped_target(request: str, view: Any) -> str:
    """The request as the deletion of the row or list item it says is no more; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "title", "Show"), ViewParagraph(2, "bullet", "Tombola in the hall"),
    ...              ViewParagraph(3, "bullet", "Dog show at 3pm")),
    ...             (ViewTable(1, 3, (("Class", "What", "Fee"), ("3", "Heaviest marrow", "50p"),
    ...                               ("4", "A jar of jam", "50p"))),
    ...              ViewTable(2, 2, (("Date", "Pieces"), ("21 January", "Shenandoah"), ("28 January", "Hallelujah")))))
    >>> dropped_target("we've dropped the heaviest marrow, nobody entered it last year", v)
    'delete row 2 of table 1'
    >>> dropped_target("28th jan is off, the heating's broken", v)
    'delete row 3 of table 2'
    >>> dropped_target("the tombola has been cancelled this year", v)
    "delete the paragraph 'Tombola in the hall'"
    >>> dropped_target("nobody grew one, so take the heaviest marrow off and fix the total", v)
    'delete row 2 of table 1'
    >>> dropped_target("the title is off centre", v), dropped_target("the fee is 60p", v)
    ('the title is off centre', 'the fee is 60p')
    """
    if QUOTED_RE.search(request):
        return request
    m = _DROPPED.search(request.strip())
    if m is None:
        return request
    thing = m.group("a") or m.group("b") or m.group("c")
    words = {stem(w) for w in content_words(thing)}
    dates = dates_in(thing)
    if not words and not dates:
        return request
    units = [(f"delete the paragraph {quote(p.text)}", p.text) for p in view.paragraphs
             if p.role in ("bullet", "numbered") and p.text.strip()]
    units += _rows(view.tables)
    return _best(units, words, dates) or request


def _rows(tables: Any) -> list[tuple[str, str]]:
    """Each table row below the header as the trained deletion and the row's text."""
    return [(f"delete row {r} of table {t.number}", " | ".join(row)) for t in tables
            for r, row in enumerate(t.rows, 1) if r > 1]


def _best(units: list[tuple[str, str]], words: set[str], dates: set[tuple[int, int]]) -> str | None:
    """The one unit sharing most of ``words`` (a word of four letters or more among them) or a date.

    A row's first cell, which names it, counts again ("anemones": the row "Japanese anemone", not the job for
    "Geraniums and anemones").
    """
    scored = []
    for said, text in units:
        shared = words & {stem(w) for w in re.findall(r"[a-z]+", fold(text))}
        named = words & {stem(w) for w in re.findall(r"[a-z]+", fold(text.split(" | ")[0]))} if " | " in text else set()
        long_shared = any(len(w) >= 4 for w in shared)
        same_date = bool(dates & dates_in(text))
        if long_shared or same_date:
            scored.append((2 * len(shared) + len(named) + 4 * same_date, said))
    return one_best(scored)


# "can it come out of the talks table", "the goldfish row can come off the feeding table", "take her off"
_COMES_OFF = re.compile(
    r"\b(?:(?:can|could|should|needs?\s+to|has\s+to|to)\s+(?:come|go)|(?:take|cross|strike)\s+"
    r"(?:it|them|her|him|that|this|those|(?:that|the|this)\s+(?:row|line|one|slot|entry|session))|comes?)\s+"
    r"(?P<how>off|out)\b"
    r"(?:\s+(?:of\s+)?(?:the|their|our|my|his|her)\s+(?P<name>[a-z][a-z ]{1,30}?))?"
    r"(?=\s*(?:$|[,;.!?\u2013\u2014]|\s(?:and|"
    r"too|as\s+well|please|now|then|so|altogether|completely|entirely)\b))", re.IGNORECASE)
# what the news says is gone: "no christmas social this year", "we're cancelling the tv licence", "drop the
# anemones", "nell's pulled out", "they've stopped selling brownies", "nemo died"
_GONE_THING = re.compile(
    r"\bno\s+(?P<a>[a-z][a-z' -]{2,40}?)\s+(?:this|next|any\s+more|anymore)\s*(?:year|term|time|season|month|week|"
    r"summer|winter)?\b"
    r"|\b(?:we['\u2019]re|we\s+are|i['\u2019]m|i\s+am|they['\u2019]re|they\s+are|[a-z]+['\u2019]s|[a-z]+\s+is)\s+"
    r"(?:cancell?ing|dropping|scrapping|"
    r"not\s+doing|stopping)\s+(?P<b>[a-z][a-z' -]{2,40}?)(?=\s*(?:$|[,;.!?\u2013\u2014]|\s(?:any\s+more|this|from|so|"
    r"because|as)\b))"
    r"|^(?:(?:so|oh|right|ok|okay),?\s+)?(?:drop|cancel|ditch|bin|axe|lose)\s+(?P<c>the\s+[a-z][a-z' -]{2,40}?)"
    r"(?=\s*(?:$|[,;.!?\u2013\u2014]))"
    r"|\b(?P<d>[a-z][a-z' -]{1,30}?)(?:['\u2019]s|\s+has|\s+have)\s+(?:pulled|dropped)\s+out\b"
    r"|\bstopped\s+(?:selling|doing|making|running|offering)\s+(?P<e>[a-z][a-z' -]{2,40}?)"
    r"(?=\s*(?:$|[,;.!?\u2013\u2014]|"
    r"\s(?:so|and|because|as)\b))",
    re.IGNORECASE)
_FORMAT = re.compile(r"\b(?:bold|italics?|underline\w*|colou?r\w*|highlight\w*|font|size|strike|strikethrough|struck|"
                     r"capitals|caps|bullets?|numbering|indent\w*|spacing|border|shading)\b", re.IGNORECASE)


def gone_row(request: str, view: Any) -> str | None:
    """The deletion of the table row the news says is gone and asks out of the table (None: no such news).

    Unlike :func:`dropped_target` the news may come anywhere in the message and the ask after it: the row is told
    by what is gone ("no christmas social this year", "we're cancelling the tv licence") or by the words before
    the ask ("the goldfish row can come off the feeding table"), in the table the ask names when it names one.

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> v = DocView((), (ViewTable(1, 2, (("Date", "Talk"), ("9 December", "Christmas Social and Quiz"),
    ...                                   ("13 January", "Tollhouses"))),
    ...                  ViewTable(2, 5, (("Who", "What"), ("Nemo (goldfish)", "A pinch of flakes")))))
    >>> gone_row("no christmas social this year sadly \u2013 the hall double booked us. can it come out of the talks"
    ...          " table", v)
    'delete row 2 of table 1'
    >>> gone_row("nemo died on tuesday (rip) so the goldfish row can come off the feeding table", v)
    'delete row 2 of table 2'
    >>> gone_row("drop the tollhouses \u2013 the speaker moved away", v)
    'delete row 3 of table 1'
    >>> gone_row("sam's not doing tollhouses this time. take that line off the talks", v)
    'delete row 3 of table 1'
    >>> gone_row("they threw out the tollhouses last night, so that row needs to come out of the table altogether", v)
    'delete row 3 of table 1'
    >>> gone_row("can the bold come off the christmas social", v), gone_row("no christmas social this year", v)
    (None, None)
    """
    if QUOTED_RE.search(request) or _FORMAT.search(request) or not view.tables:
        return None
    ask = _COMES_OFF.search(request)
    told = _GONE_THING.search(request)
    if ask is None and not (told and told.group("c")):  # "drop the anemones" asks by itself
        return None
    if told:
        thing = next(g for g in told.groups() if g)
    else:  # the words of the ask's own sentence before it: "so the goldfish row can come off ..."
        thing = re.split(r"[,;.!?()\u2013\u2014]|\bso\b", request[:ask.start()])[-1]
        if re.fullmatch(r"\s*(?:that|this|the)\s+(?:row|line|one|entry)\s+", thing, re.IGNORECASE):
            thing = request[:ask.start()]  # "... electric cars last night, so that row needs to come out": the news
    words = {stem(w) for w in content_words(thing)} - {"row", "line", "entry"}
    tables = view.tables
    if ask is not None and ask.group("name"):
        named = named_table(ask.group("name"), view)
        tables = [named] if named is not None else tables
    return _best(_rows(tables), words, dates_in(thing)) if words or dates_in(thing) else None



_CAN_GO = re.compile(r"^(?P<t>the\s+paragraph\s+(?:'[^']+'|\"[^\"]+\")|row\s+\d+\s+of\s+table\s+\d+)\s+"
                     r"(?:can|could|should|"
                     r"needs?\s+to|has\s+to)\s+(?:go|come\s+out|be\s+(?:deleted|removed|taken\s+out|dropped|cut))"
                     r"(?=\s*(?:$|[,.;!]|\s+(?:now|please|thanks|too)\b))",
                     re.IGNORECASE)


def can_go(request: str) -> str:
    """"The paragraph 'X' can go", as a reading leaves "the middle one of the notes can go": delete it.

    >>> can_go("the paragraph 'Headset was loose' can go"), can_go("the paragraph 'X' can go on the list")
    ("delete the paragraph 'Headset was loose'", "the paragraph 'X' can go on the list")
    >>> can_go("the paragraph 'X' can be bold")
    "the paragraph 'X' can be bold"
    """
    m = _CAN_GO.match(request.strip())
    return f"delete {m.group('t')}" if m else request
