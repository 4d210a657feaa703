"""A font said the way people type it, "comic sans", "trebuchet", written as the font's name.

The model copies a font's name into the font box; trained on names as Writer lists them ("Comic Sans MS"), it read
"can paragraphs 12 to 16 go in comic sans" as the font "Can". A known font said after "in", "to", "into" or
"font", in any case or without its last word, is written in full.
"""

from __future__ import annotations

import re

from lamforge.text.fonts import KNOWN_FONTS
from lamforge.text.quotes import QUOTED_RE

# the name, or the name without a trailing "MS" ("comic sans", "trebuchet")
_SAID = {**{f.lower(): f for f in KNOWN_FONTS}, **{f[:-3].lower(): f for f in KNOWN_FONTS if f.endswith(" MS")}}
_FONT = re.compile(r"\b(?P<lead>in|to|into|font)\s+(?P<f>" + "|".join(re.escape(f) for f in sorted(_SAID, key=len,
                                                                                                  reverse=True))
                   + r")\b(?!\s+ms\b)", re.IGNORECASE)


def trained_fonts(request: str) -> str:
    """``request`` with a known font written as Writer names it.

    >>> trained_fonts("can paragraphs 12 to 16 go in comic sans"), trained_fonts("put it all in georgia please")
    ('can paragraphs 12 to 16 go in Comic Sans MS', 'put it all in Georgia please')
    >>> trained_fonts("make it Times New Roman"), trained_fonts("in trebuchet ms")
    ('make it Times New Roman', 'in Trebuchet MS')
    >>> trained_fonts("set the paragraph 'Walks in georgia' in arial")
    "set the paragraph 'Walks in georgia' in Arial"
    """
    quoted = [q.span() for q in QUOTED_RE.finditer(request)]

    def named(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in quoted):
            return m.group(0)  # the document's own words
        return f"{m.group('lead')} {_SAID[m.group('f').lower()]}"

    return _FONT.sub(named, request)
