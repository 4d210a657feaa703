"""Everyday colour names said as the colours the model was trained to type: "all the writing in navy" is dark blue.

The font-colour families are trained on a set of colour names (red, blue, dark blue, purple ...); people also say
navy, maroon, burgundy, scarlet, lilac or forest green, which the model has never typed and the Font Color box
may not know. Each such word (unquoted) is said as the trained colour nearest to it: navy is Writer's dark blue
(#000080) and maroon its dark red (#800000) exactly; the others keep their colour family (scarlet is a red).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NEAREST = {
    "navy blue": "dark blue", "navy": "dark blue", "midnight blue": "dark blue",
    "maroon": "dark red", "burgundy": "dark red", "scarlet": "red", "crimson": "red", "cherry red": "red",
    "violet": "purple", "lilac": "purple", "mauve": "purple", "royal blue": "blue", "cobalt blue": "blue",
    "sky blue": "blue", "forest green": "green", "bottle green": "green", "emerald green": "green",
    "olive green": "green", "slate grey": "gray", "slate gray": "gray",
}
_SAID = re.compile(r"(?<![\w'\"])(?:" + "|".join(sorted(map(re.escape, _NEAREST), key=len, reverse=True)) +
                   r")(?![\w'\"])", re.IGNORECASE)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def trained_colours(request: str, texts: Sequence[str] = ()) -> str:
    """``request`` with everyday colour names said as trained ones, outside quotes and unless the document holds them.

    A word the document writes ("the Violet column", "Navy Day") is a mention of it, not a colour.

    >>> trained_colours("all the writing in navy please, it's our club colour")
    "all the writing in dark blue please, it's our club colour"
    >>> trained_colours("make the title Maroon"), trained_colours("bold 'Navy Day'")
    ('make the title dark red', "bold 'Navy Day'")
    >>> trained_colours("give the Violet column a teal highlight", ["Rose | Violet | Iris"])
    'give the Violet column a teal highlight'
    """
    quoted = [m.span() for m in _QUOTED.finditer(request)]
    held = " ".join(texts).lower()

    def said(m: re.Match[str]) -> str:
        word = m.group(0)
        if any(a <= m.start() < b for a, b in quoted) or re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", held):
            return word
        return _NEAREST[word.lower()]
    return _SAID.sub(said, request)
