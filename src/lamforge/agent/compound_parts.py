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
from lamforge.agent.clause_parts import target_of
from lamforge.agent.corrections import stated_correction
from lamforge.text.explicit import quote

_JOIN = re.compile(r"\s*(?:[,.;!]|\s[\u2013\u2014-])\s*(?:and|also|plus|then)\s+"
                   r"(?:(?:can|could)\s+(?:you|u)\s+|please\s+)?|\s*;\s+|[.!]\s+(?:(?:and|also|then)\s+)?(?:(?:can|could)\s+(?:you|u)\s+|please\s+)?"
                   r"(?=[a-z])", re.IGNORECASE)
_POINTER = re.compile(r"\b(?:that|this|the\s+same)\s+(?:whole\s+|entire\s+)?(?:paragraph|line|bit|sentence)\b"
                      r"|(?<!\bso\s)\bit\b(?!['\u2019]s)", re.IGNORECASE)  # "so it jumps out": why, not what
_VALUE_WORD = re.compile(r"\bthe\s+(?:new\s+)?(?P<w>date|day|time|price|fee|charge|cost|figure|number|amount)\b",
                         re.IGNORECASE)


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
    >>> compound_parts("make the title bold and put it in italics", v, lambda s: s) is None
    True
    """
    pieces = _JOIN.split(request.strip(), maxsplit=1)
    if len(pieces) != 2 or not pieces[1].strip():
        return None
    first, then = pieces[0].strip(), pieces[1].strip()
    fixed = stated_correction(first, view)
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
        elif target and target.startswith("the paragraph ") and _POINTER.search(then):  # "put that paragraph ..."
            then = _POINTER.sub(lambda _: target, then, count=1)
    return [fixed, ground(then)]
