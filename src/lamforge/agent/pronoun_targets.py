"""What "it" or "that bullet" points back to: "we don't do the rarebit any more, take it out".

People often state a fact about a line first and then say what to do with "it": "the coach isn't running any more
– strike that bullet through", "the new year swim is cancelled, take it off the list", "we're not giving covid
boosters this year, so that paragraph can go". The fact's own words pick the paragraph, list item or table row
they share the most words with (one unit only, and a word of four letters or more among them); the request is
then said as the model is trained: "delete the paragraph 'X'", "delete row 3 of table 1", "strike through the
paragraph 'X'", or the instruction with the target in place of the pronoun. A fact that is itself an instruction
("make the title bold and make it 14pt") is left alone, and so is anything the words do not settle.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.clause_parts import names_a_change
from lamforge.agent.word_overlap import content_words, one_best, stem
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.roles import ROLE_PATTERNS
from lamforge.text.vocab import INSTRUCTION_WORDS

# "it", "them", "that bullet", "that slot": a noun after "that" is the unit's name, whatever the document calls it
_POINTER = (r"(?:it(?!['\u2019]s)|them|(?:that|this)(?:\s+(?:bullet|line|paragraph|row|item|bit|entry|point|one|"
            r"sentence|slot|session|class|club|lesson|appointment|price|date|event|fixture|team|pattern|room|booking|"
            r"option|service|part|section|course|match|game|visit|trip|activity|dish|treatment))?(?!\s+(?:goes|"
            r"is|was|will|would|has|had|means)\b))")
_SPLIT = re.compile(r"\s*(?:[,;.]|\s[\u2013\u2014-]|(?=\s+so\s))\s+"
                    r"(?:(?:so|just|then|please|can\s+you|could\s+you)\s+)*",
                    re.IGNORECASE)
# "that paragraph can go", not "can it go first in the fees table" nor "can it go red": a place or a look is no removal
_GOES = (r"(?:go(?=\s*(?:$|[,.;!?\u2013\u2014]|\s-\s|\s+(?:now|please|too|as\s+well|altogether|completely|"
         r"from|off|out)\b))|come\s+(?:out|off)|be\s+(?:removed|deleted|taken\s+(?:out|off)|cut|dropped))")
_DELETE = re.compile(rf"\b(?:take\s+{_POINTER}\s+(?:out|off|away)|(?:remove|delete|lose|drop|cut|bin)\s+"
                     rf"{_POINTER}|get\s+rid\s+of\s+{_POINTER}|{_POINTER}\s+(?:can|could|should|needs?\s+to|has\s+to|"
                     rf"must)\s+{_GOES}|(?:can|could|should)\s+{_POINTER}\s+{_GOES}"  # "can it come out of the costs"
                     rf"|{_POINTER}(?:['\u2019]s|\s+is)\s+off\s+the\s+\w+)\b",  # "so that one's off the list"
                     re.IGNORECASE)
_STRIKE = re.compile(rf"\b(?:strike|cross)\s+(?:{_POINTER}\s+(?:through|out|off)|(?:through|out|off)\s+{_POINTER})\b",
                     re.IGNORECASE)
_NOT_THAT = re.compile(r"\s*,?\s*(?:but\s+)?(?:don['\u2019]?t|do\s+not|never)\s+[^,;.]*$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def pronoun_target(request: str, view: Any) -> str:
    """The request with what its pronoun points back to, said as the trained requests say it; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "title", "Wedding"), ViewParagraph(2, "bullet", "A coach will take guests"),
    ...              ViewParagraph(3, "bullet", "Free parking at the barn")),
    ...             (ViewTable(1, 3, (("Dish", "Price"), ("Welsh rarebit", "7.50"), ("Soup", "5.75"))),))
    >>> pronoun_target("we don't do the rarebit any more, take it out", v)
    'delete row 2 of table 1'
    >>> pronoun_target("the coach isn't running any more \\u2013 strike that bullet through, don't delete it", v)
    "strike through the paragraph 'A coach will take guests'"
    >>> pronoun_target("the parking is free, so make it bold", v)
    "make the paragraph 'Free parking at the barn' bold"
    >>> pronoun_target("embolden the second line beneath the parking bullet - and italicise it", v)
    'embolden the second line beneath the parking bullet - and italicise it'
    >>> pronoun_target("we're not doing Soup after all, take that slot off", v)
    'delete row 3 of table 1'
    >>> pronoun_target("we're doing rarebit on sundays too, can it go first in the table", v)  # a place: no removal
    "we're doing rarebit on sundays too, can it go first in the table"
    >>> pronoun_target("we've stopped the free parking so that line needs to come out", v)
    "delete the paragraph 'Free parking at the barn'"
    >>> pronoun_target("sadly the soup ran out for good so that one's off the list", v)
    'delete row 3 of table 1'
    >>> pronoun_target("In this document, capitalize the coach bullet, then apply bold to it.", v)
    'In this document, capitalize the coach bullet, then apply bold to it.'
    >>> pronoun_target("put the parking bit in itallics, nobody ever reads it", v)
    'put the parking bit in itallics, nobody ever reads it'
    >>> pronoun_target("the sentence about the coach, put that in red", v)
    'put the sentence about the coach in red'
    >>> pronoun_target("the title's running onto two lines and it looks shouty, can it come down to 20pt", v)
    'can the title come down to 20pt'
    >>> pronoun_target("make the title bold and make it 14pt", v), pronoun_target("delete it", v)
    ('make the title bold and make it 14pt', 'delete it')
    """
    if QUOTED_RE.search(request):
        return request
    said = request.strip()
    cuts = [m for m in _SPLIT.finditer(said) if re.search(rf"\b{_POINTER}\b", said[m.end():], re.IGNORECASE)
            and not re.match(r"(?:but\s+)?(?:don['\u2019]?t|do\s+not|never)\b", said[m.end():], re.IGNORECASE)]
    if not cuts:
        return request
    # "bad news, maureen's puppy ate the rib pattern so that one's off the list": the fact runs up to the last cut
    cut = cuts[-1]
    fact, ask = said[:cut.start()], said[cut.end():]
    ask = _NOT_THAT.sub("", ask).strip().rstrip(".!?")
    first = _WORD.findall(fact.lower())[:1]
    opens = [(_WORD.findall(c.lower())[:1] or [""])[0] for c in _SPLIT.split(fact)]  # "In this document, capitalize"
    if not re.search(rf"\b{_POINTER}\b", ask, re.IGNORECASE) or not first or first[0] in INSTRUCTION_WORDS \
            or any(w in INSTRUCTION_WORDS for w in opens) or re.match(r"(?:and|or)\b", ask, re.IGNORECASE):
        return request  # "embolden the second line - and italicise it": one instruction going on, not a fact
    if not (_DELETE.search(ask) or _STRIKE.search(ask) or names_a_change(ask)):
        return request  # "cud u put the gaurantee bit in itallics, noone evr reads it": an aside, not the ask
    role = _role_named(fact) or (fact.strip() if _DESCRIBED_FIRST.match(fact.strip()) else None)
    if role:  # "the title's running onto two lines ..., can it come down to 20pt": the title, read by its role
        return re.sub(rf"\b{_POINTER}\b", lambda _: role, ask, count=1, flags=re.IGNORECASE)
    unit = _unit(fact, view)
    if unit is None:
        return request
    target, row = unit
    if _DELETE.search(ask):
        return row or f"delete {target}"
    if row:
        return request  # a row to format: the row readings say it better
    if _STRIKE.search(ask):
        return f"strike through {target}"
    return re.sub(rf"\b{_POINTER}\b", lambda _: target, ask, count=1, flags=re.IGNORECASE)


# "the sentence about the doors shutting once the lights go down, put that in red": the description is the target
_DESCRIBED_FIRST = re.compile(r"^the\s+(?:sentence|bullet|line|paragraph|step|bit|point)\s+(?:about|on|saying|"
                              r"that\s+says|telling|mentioning)\s+[^,;.!?]+$", re.IGNORECASE)


def _role_named(fact: str) -> str | None:
    """The words of the one role the fact names ("the title" of "the title's running onto two lines"), if any."""
    found = [m.group(0) for _, pattern in ROLE_PATTERNS for m in [pattern.search(fact)] if m]
    words = {re.sub(r"['\u2019]s$", "", w.strip()).lower() for w in found}
    if len(words) != 1 or not next(iter(words)).startswith("the "):
        return None
    return next(iter(words))


def _unit(fact: str, view: Any) -> tuple[str, str] | None:
    """(how the model names it, "delete row R of table T" for a row) of the one unit the fact's words pick."""
    words = {stem(w) for w in content_words(fact)}
    tokens = set(re.findall(r"[A-Z][A-Za-z]+", fact))  # "PE": a short name a cell holds whole, in its case
    tokens |= {w for w in re.findall(r"[a-z]{4,}", fact)}  # "the single room": a word a cell holds whole
    units = [(f"the paragraph {quote(p.text)}", "", p.text, ()) for p in view.paragraphs if p.text.strip()
             and not p.role.startswith("heading") and p.role not in ("title", "subtitle")]
    units += [("", f"delete row {r} of table {t.number}", " ".join(row), row) for t in view.tables
              for r, row in enumerate(t.rows, 1) if r > 1]
    scored = []
    for name, row, text, cells in units:
        shared = words & {stem(w) for w in _WORD.findall(fold(text))}
        whole = {k for k in tokens if k in {c.strip() for c in cells} or k.islower() and k in {fold(c).strip()
                                                                                                for c in cells}}
        if any(len(w) >= 4 for w in shared) or whole:  # a word of some length among them, not just "day" or "new"
            scored.append((len(shared) + 2 * len(whole), (name, row)))
    return one_best(scored)

