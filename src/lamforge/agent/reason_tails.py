"""Why, said after what: ", it's only small print", ", cos nobody reads it" at the end of a request.

A reason is no instruction, and the model, trained on requests without one, reads its words as part of the change
("9pt, it's only small print" made the text 9pt and then smaller still). Once the request's target is explicit (a
quote, paragraphs by number, a row, column or table by number), a reason that ends it is dropped.
"""

from __future__ import annotations

import re

from lamforge.agent.clause_parts import asks_nothing, names_a_change
from lamforge.text.quotes import QUOTED_RE

# ", it's only small print", ", cos nobody reads it": why, after a request whose target is already explicit
_REASON_TAIL = re.compile(r"\s*,\s*(?:it['\u2019]?s|it\s+is|they['\u2019]re|that['\u2019]s|cos|coz|because|since|as\s+"
                          r"(?:it|they|we|i|the|our))\b[^'\"]*$"
                          # "... down to 9pt so it fits on one line": what for
                          r"|\s*,?\s+so\s+(?:that\s+)?(?:it|they|people|we|you|she|he|everyone)\s+[^'\"]*$",
                          re.IGNORECASE)
_EXPLICIT = re.compile(r"'[^']+'|\"[^\"]+\"|\bparagraphs?\s+\d+|\b(?:row|column|table)\s+\d+"
                       r"|\bthe\s+whole\s+document\b",
                       re.IGNORECASE)


# "row 1 of table 2 wants to be bold like the permits one": how it should look, said by what already does
_LIKE = re.compile(r"\s+like\s+(?:the|that|this)\s+[\w'\u2019 -]{1,30}?\s+(?:one|row|line|heading|table)\b",
                   re.IGNORECASE)
_WANTS = re.compile(r"^(?P<t>(?:the\s+paragraph\s+(?:'[^']+'|\"[^\"]+\")|paragraphs?\s+\d+(?:\s+to\s+\d+)?|"
                    r"(?:row|column)\s+\d+\s+of\s+table\s+\d+|table\s+\d+))\s+(?:wants|needs)\s+to\s+be\s+",
                    re.IGNORECASE)


def as_wanted(request: str) -> str:
    """"Row 1 of table 2 wants to be bold like the permits one" said as trained: "row 1 of table 2 should be bold".

    >>> as_wanted("row 1 of table 2 wants to be bold like the permits one, at the moment it looks odd")
    'row 1 of table 2 should be bold, at the moment it looks odd'
    >>> as_wanted("make it bold like the title"), as_wanted("the title wants to be bold like the permits one")
    ('make it bold like the title', 'the title wants to be bold like the permits one')
    """
    m = _WANTS.match(request)
    if m is None:
        return request
    said = f"{m.group('t')} should be {request[m.end():]}"
    return _LIKE.sub("", said, count=1)


def without_reason(request: str) -> str:
    """The request without the reason it ends with, once its target is explicit (the reason is no instruction).

    >>> without_reason("make paragraphs 15 to 18 9pt, it's only small print")
    'make paragraphs 15 to 18 9pt'
    >>> without_reason("knock the paragraph 'Leeds LS6' down to 9pt so it fits on one line")
    "knock the paragraph 'Leeds LS6' down to 9pt"
    >>> without_reason("make the title bold, it's too plain"), without_reason("bold 'a', as 'b' is")
    ("make the title bold, it's too plain", "bold 'a', as 'b' is")
    """
    m = _REASON_TAIL.search(request)
    if m is None or not _EXPLICIT.search(request[:m.start()]):
        return _without_aside(request)
    return request[:m.start()]


_PURPOSE = re.compile(r"\s*,?\s+so\s+(?:that\s+)?(?:it|they|people|we|you|she|he|everyone|folk)\s+"
                      r"(?P<why>[^\d]*)$", re.IGNORECASE)


def without_purpose(request: str) -> str:
    """A format asked, then what for ("... in italics so it doesn't get lost under the food list"): the ask alone.

    Read before the targets are: the words of the purpose ("the food list") are no target.

    >>> without_purpose("put the parking paragraph in italics so it doesn't get lost under the food list")
    'put the parking paragraph in italics'
    >>> without_purpose("move the parking paragraph so it comes after the food list")
    'move the parking paragraph so it comes after the food list'
    """
    m = _PURPOSE.search(request)
    if m is None or not _FORMATS.search(request[:m.start()]) or names_a_change(m.group("why")) \
            or _ASKS_STILL.search(m.group("why")) or QUOTED_RE.search(m.group("why")):
        return request
    return request[:m.start()]


# where an aside can start: a sentence's end, a dash between clauses
_ASIDE_START = re.compile(r"(?<=[.!?])\s+|\s+[\u2013\u2014-]\s+|(?P<comma>,\s+)")
# an aside states: it opens on a subject ("the suits are white", "folk get a shock", "that's the one everyone forgets")
_STATES = re.compile(r"^(?:the|that|this|these|those|it|it['\u2019]s|its|we|we['\u2019](?:re|ve|d|ll)|i|"
                     r"i['\u2019](?:m|ve|d)|they|they['\u2019]re|"
                     r"she|he|that['\u2019]s|there['\u2019]s|folk|people|everyone|everybody|no\s+one|our|his|her|my|their|"
                     r"half|last|looks|cos|because|[a-z]+['\u2019]s)\b", re.IGNORECASE)
# ... and asks nothing: no value, no "should be", no "now" / "instead", nothing added on ("the title too")
_ASKS_STILL = re.compile(r"\btoo(?=\s*(?:[,.!?]|$))|\b(?:now|instead|rather\s+than|also|as\s+well|should|must|needs?|"
                         r"lost\s+the|missing(?!\s+(?:the\s+lot|out)\b)|spelt|spelled|wrong|typo|"
                         r"wants?\s+(?:to\s+(?:be|go)|it|them)|has\s+to|have\s+to|to\s+be|make|put|"
                         r"set(?!\s+(?:him|her|them|us|me)\s+up\b)|change|add|remove|delete|move|"
                         r"in\s+(?:bold|italics?|caps|capitals)|monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday|half\s+\w+|quarter)\b", re.IGNORECASE)


def _without_aside(request: str) -> str:
    """The request without a last sentence that only says why, once what comes before it is explicit.

    >>> _without_aside("get rid of the paragraph 'Light clothes'. the suits are white, the bees don't care")
    "get rid of the paragraph 'Light clothes'."
    >>> _without_aside("can column 5 of table 1 go red \u2013 folk get a shock at the counter")
    'can column 5 of table 1 go red'
    >>> _without_aside("take out 'Two passed first aid.', ian's certificate hasn't come and i won't tempt fate")
    "take out 'Two passed first aid.'"
    >>> _without_aside("can column 5 of table 1 go red \u2013 we take 250 off them for the digger")
    'can column 5 of table 1 go red'
    >>> _without_aside("strike through the paragraph 'Gas' but leave it there \u2013 we might change our minds")
    "strike through the paragraph 'Gas'"
    >>> _without_aside("bold the paragraph 'Keep tools topped up \u2013 we charge for fuel', we lost a fortune")
    "bold the paragraph 'Keep tools topped up \u2013 we charge for fuel'"
    >>> _without_aside("'derek and sandra' can't do 28 november, they're away, so they've swapped with amir")
    "'derek and sandra' can't do 28 november, they're away, so they've swapped with amir"
    >>> _without_aside("the 'welcome' paragraph says enviroment \u2013 it's lost the n before the m")
    "the 'welcome' paragraph says enviroment \u2013 it's lost the n before the m"
    >>> _without_aside("take out 'Cash only.' \u2013 his grandson's set him up with a card reader, wonders never cease")
    "take out 'Cash only.'"
    >>> _without_aside("underline 'Wind delays it.' \u2013 we had folk going home in a huff and missing the lot")
    "underline 'Wind delays it.'"
    >>> _without_aside("bold the paragraph 'Doors'. it's the bit people miss")
    "bold the paragraph 'Doors'."
    >>> [_without_aside(r) for r in ("change the paragraph 'Hours'. it's 9 till 5 now",
    ...  "bold the paragraph 'Doors'. the title should be red", "make it bold. the whole lot",
    ...  "make the paragraph 'A' red, the title blue")]
    ["change the paragraph 'Hours'. it's 9 till 5 now", "bold the paragraph 'Doors'. the title should be red", \
'make it bold. the whole lot', "make the paragraph 'A' red, the title blue"]
    """
    leave = _LEAVE_TAIL.search(request)
    if leave and _EXPLICIT.search(request[:leave.start()]) and not QUOTED_RE.search(request[leave.end():]):
        return request[:leave.start()]  # "strike it through but leave it there": what not to do is no change
    quoted = [q.span() for q in QUOTED_RE.finditer(request)]
    for m in _ASIDE_START.finditer(request):
        if any(a < m.start() < b for a, b in quoted):
            continue  # a joint inside a quoted paragraph is the paragraph's own
        head, tail = request[:m.start()], request[m.end():]
        if not _EXPLICIT.search(head) or QUOTED_RE.search(tail) or not _STATES.match(tail) \
                or _ASKS_STILL.search(tail):
            continue
        if m.group("comma") and not asks_nothing(tail):
            continue  # "..., the title blue": a second ask
        if not (names_a_change(head) or _FORMATS.search(head) or _EDITS.search(head)):
            continue  # "'derek and sandra' can't do 28 november, ... so they've swapped": news, not yet an ask
        if re.search(r"\d", tail) and not _FORMATS.search(head):
            continue  # "change the paragraph 'Hours'. it's 9 till 5": the value
        return head
    return request


_LEAVE_TAIL = re.compile(r"\s*,?\s+but\s+(?:leave|keep)\s+(?:it|them|that|this)\s+(?:there|in|where|as)\b.*$"
                         r"|\s*(?:[,;]|\s[\u2013\u2014-])\s*(?:but\s+)?(?:don['\u2019]?t|do\s+not)\s+(?:delete|remove)\s+"
                         r"(?:it|them|that|this)\b.*$",
                         re.IGNORECASE | re.DOTALL)
# an edit asked before the aside ("get rid of the paragraph 'X'", "insert a page break before 'Costs'")
_EDITS = re.compile(r"\b(?:get\s+rid|take\s+out|delete|remove|insert|add|drop|page)\b", re.IGNORECASE)
# a format asked before the aside: a figure after it is the reason's ("go red - we take 250 off them")
_FORMATS = re.compile(r"\b(?:bold|italics?|underlined?|red|blue|green|gr[ea]y|black|orange|purple|yellow|pink|"
                      r"highlight(?:ed)?|cent(?:re|er)d?|justify|justified|spacing|font|pt|caps|capitals|strike|"
                      r"strikethrough|struck)\b",
                      re.IGNORECASE)
