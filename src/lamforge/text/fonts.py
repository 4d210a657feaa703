"""Which words of a request name a font: the expert's reading and the copy guard's candidates share it.

Font names are capitalised words like the start of any sentence ("I'd like ...", "Could you ..."), so
well-known family names are looked up first and only then a capitalised name next to "font".
"""

from __future__ import annotations

import re

KNOWN_FONTS = (
    "Liberation Serif", "Liberation Sans Narrow", "Liberation Sans", "Liberation Mono", "DejaVu Serif",
    "DejaVu Sans Mono", "DejaVu Sans", "Times New Roman", "Courier New", "Comic Sans MS", "Trebuchet MS",
    "Noto Serif", "Noto Sans Mono", "Noto Sans", "Georgia", "Arial", "Verdana", "Calibri", "Cambria",
    "Helvetica", "Garamond", "Tahoma", "Carlito", "Caladea", "Palatino Linotype", "Palatino", "Courier",
    "Impact", "Century Gothic", "Segoe UI", "Book Antiqua", "Gill Sans", "Franklin Gothic",
)  # fmt: skip
_NOT_FONT = frozenset({"the", "a", "an", "this", "that", "set", "use", "apply", "change", "make", "same", "default"})


def font_in(text: str) -> str | None:
    """The font family ``text`` names (quoted texts should be removed first), or None.

    >>> font_in("Put it in trebuchet ms please"), font_in("Use the Fira Code font"), font_in("I'd like it bold")
    ('trebuchet ms', 'Fira Code', None)
    >>> font_in("Could you set it in Liberation Sans Narrow Bold")
    'Liberation Sans Narrow Bold'
    """
    low = text.lower()
    for f in KNOWN_FONTS:
        k = re.search(rf"\b{re.escape(f.lower())}\b", low)
        if k:
            more = re.match(r"(?:\s+[A-Z][a-z]\w*)*", text[k.end():])
            return text[k.start(): k.end()] + (more.group(0) if more else "")
    m = re.search(r"\b([A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})\s+(?:font|typeface)\b", text) or re.search(
        r"\b(?:font|typeface)\s+(?:to\s+|as\s+|of\s+)?([A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})", text
    )
    if not m or m.group(1).split()[0].lower() in _NOT_FONT:
        return None
    return m.group(1)
