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
    r"(?:off|out)(?:\s+(?:of\s+)?the\s+\w+)?"
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
    units += [(f"delete row {r} of table {t.number}", " | ".join(row)) for t in view.tables
              for r, row in enumerate(t.rows, 1) if r > 1]
    scored = []
    for said, text in units:
        shared = words & {stem(w) for w in re.findall(r"[a-z]+", fold(text))}
        long_shared = any(len(w) >= 4 for w in shared)
        same_date = bool(dates & dates_in(text))
        if long_shared or same_date:
            scored.append((len(shared) + 2 * same_date, said))
    return one_best(scored) or request



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
