"""A correction, then something to do to what it corrected: "dog charge is £20 now. and put that in italics".

"Round 1 q2 is actually eight not seven, and bold the tiebreaker answer": people join a fact and an instruction in
one message. The first clause is read as a correction (:func:`lamforge.agent.corrections.stated_correction`); the
second is grounded on its own, after "that paragraph", "that line", "it" are said as the paragraph the correction
changes (as it will read once changed: the parts are played in turn on the same document) and "the date", "the
time", "the price" as the new value when it is one. Two corrections are :func:`several_corrections`' job;
anything else is left whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lamforge.agent.clause_parts import CHANGED as _CHANGED
from lamforge.agent.clause_parts import said_again, target_of
from lamforge.agent.corrections import stated_correction
from lamforge.text.explicit import quote

_JOIN = re.compile(r"\s*(?:[,.;!]|\s[\u2013\u2014-])\s*(?:and|also|plus|then)\s+"
                   r"(?:(?:can|could)\s+(?:you|u)\s+|please\s+)?|\s*;\s+|[.!]\s+(?:(?:and|also|then)\s+)?(?:(?:can|could)\s+(?:you|u)\s+|please\s+)?"
                   r"(?=[a-z])", re.IGNORECASE)
_POINTER = re.compile(r"\b(?:that|this|the\s+same)\s+(?:whole\s+|entire\s+)?(?:paragraph|line|bit|sentence)\b"
                      r"|(?<!\bso\s)\bit\b(?!['\u2019]s)", re.IGNORECASE)  # "so it jumps out": why, not what
_VALUE_WORD = re.compile(r"\bthe\s+(?:new\s+)?(?P<w>date|day|time|price|fee|charge|cost|figure|number|amount)\b",
                         re.IGNORECASE)


# "change that in the join the club bit and ...": where the correction goes, said again before the next ask
_WHERE_AGAIN = re.compile(r"^(?:and\s+)?(?:change|fix|update|correct|amend)\s+(?:it|that|this)\s+(?:in|on)\s+the\s+"
                          r"(?P<where>[^,.;!?]{2,40}?)\s+(?:bit|section|part)\s*,?\s*(?:and\s+)?", re.IGNORECASE)
# "can you change it and highlight the date as well": the change said again before the next ask
_CHANGE_AGAIN = re.compile(r"^(?:and\s+)?(?:(?:can|could)\s+you\s+|please\s+)?(?:change|fix|update|correct|amend)\s+"
                           r"(?:it|that|this)\s+(?:and|then)\s+", re.IGNORECASE)
_SAME = re.compile(r"^(?:(?:and\s+)?same\s+[a-z]+(?:\s+and\s+[a-z]+)?\s*[,.;]?\s*)+(?:(?:oh\s+)?and\s+)?",
                   re.IGNORECASE)
_THAT_HEADING = re.compile(r"\b(?:that|this|its)\s+heading\b", re.IGNORECASE)


def _before_why(then: str) -> str:
    """``then`` up to a "so they ..." that says what the ask is for ("... in bold so they ring it")."""
    return re.split(r"\s+so\s+(?:that\s+)?(?:it|they|people|we|you|she|he|everyone|folk)\b", then, maxsplit=1)[0]


def compound_parts(request: str, view: Any, ground: Callable[[str], str]) -> list[str] | None:
    """[the correction, the instruction grounded by ``ground``] (None: not a correction and an instruction).

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Fernlea"),
    ...              ViewParagraph(2, "body", "Dogs are welcome in the Garden room, at \u00a315 per stay.")), ())
    >>> compound_parts("dog charge is \u00a320 a stay now. and put that paragraph in italics", v, lambda s: s)
    ... # doctest: +NORMALIZE_WHITESPACE
    ["change '\u00a315' to '\u00a320'",
     "put the paragraph 'Dogs are welcome in the Garden room, at \u00a320 per stay.' in italics"]
    >>> compound_parts("dog charge is \u00a320 now, and bold the price", v, lambda s: s)
    ["change '\u00a315' to '\u00a320'", "bold '\u00a320'"]
    >>> compound_parts("dog charge is \u00a320 now. change that in the dogs bit and underline that heading too", v,
    ...                lambda s: s)
    ["change '\u00a315' to '\u00a320'", 'underline the dogs heading too']
    >>> compound_parts("dog charge is \u00a320 now. can you change it and bold the price as well", v, lambda s: s)
    ["change '\u00a315' to '\u00a320'", "bold '\u00a320' as well"]
    >>> compound_parts("make the title bold and put it in italics", v, lambda s: s) is None
    True
    """
    pieces = _JOIN.split(request.strip(), maxsplit=1)
    if len(pieces) != 2 or not pieces[1].strip():
        return None
    first, then = pieces[0].strip(), pieces[1].strip()
    where = _WHERE_AGAIN.match(then)
    if where and then[where.end():].strip():  # "change that in the join the club bit and underline that heading"
        then = _THAT_HEADING.sub(f"the {where.group('where')} heading", then[where.end():], count=1)
    then = _SAME.sub("", then) or then  # "same night, same time. and make the heading green": nothing changes there
    then = re.sub(r"^(?:oh\s+|also\s+)?and\s+(?=\S)", "", then, flags=re.IGNORECASE)  # "oh and can the ... go bold"
    again = _CHANGE_AGAIN.match(then)
    then = then[again.end():] if again and then[again.end():].strip() else then
    fixed = stated_correction(first, view)
    if said_again(then) and fixed != first and fixed.startswith(("change ", "replace every ", "set the cell ")):
        return [fixed]  # "... £15.50 for them now. can you change it on the price list": the one change
    if fixed == first or not fixed.startswith(("change ", "replace every ", "set the cell ")) \
            or stated_correction(then, view) != then:
        return None
    changed = _CHANGED.match(fixed)
    if changed is not None:
        new = changed.group("new")
        value = _VALUE_WORD.search(then)
        target = target_of(fixed, view)  # the paragraph it changes, as it will read
        if value is not None and re.search(r"\d", new):  # "bold the date": the new date
            then = f"{then[:value.start()]}{quote(new)}{then[value.end():]}"
        elif target and target.startswith("the paragraph ") and _POINTER.search(_before_why(then)):
            # "put that paragraph ..."; not the "it" of "... in bold so they ring it": what for
            ask = _before_why(then)
            then = _POINTER.sub(lambda _: target, ask, count=1) + then[len(ask):]
    return [fixed, ground(then)]
