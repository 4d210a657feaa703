"""What a value box may take from a request: numbers, colours, fonts, styles, spacings it names.

Font Size takes a number of the request, Font Color and Highlighting a colour it names, Font Name a capitalised
run (``DejaVu Sans Mono``), Paragraph Style ``Heading N`` for a number it gives or a named style, Line Spacing a
number or 1/1.15/1.5/2, Orientation Landscape/Portrait. The document guard restricts a box's entry to these and
the hint guide ties a skeleton's ``value N`` to them.
"""

from __future__ import annotations

import re

from lamforge.app.commands import COLORS
from lamforge.text.fonts import font_in
from lamforge.text.quotes import QUOTED_RE, quoted_texts

# what a value box may hold that the request need not spell out
VALUE_WORDS = ("Landscape", "Portrait", "Default Paragraph Style", "1", "1.5", "2", "Heading 1", "Heading 2",
               "Heading 3", "Heading 4", "Title", "Subtitle")
_EDGE = ".,;:!?()[]\u2018\u2019\u201c\u201d\"'"


def request_values(request: str, max_words: int = 4) -> list[str]:
    """Runs of up to ``max_words`` words of the request (edge punctuation off), as typed and capitalised.

    >>> request_values("Set it to 22 pt.", 2)[:5]
    ['Set', 'Set it', 'it', 'It', 'it to']
    """
    words = [w.strip(_EDGE) for w in QUOTED_RE.sub(" ", request).split()]
    out: list[str] = []
    for i in range(len(words)):
        for n in range(1, max_words + 1):
            run = words[i:i + n]
            if len(run) < n or not all(run):
                break
            text = " ".join(run)
            for v in (text, text[:1].upper() + text[1:]):
                if v not in out:
                    out.append(v)
    return out


_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:(?=pt\b)|(?![\w]))")  # "15", "2.5", "15pt"
# a number that points at a place ("paragraphs 1 to 3", "row 2", "table 1") says where, not what value to set; a
# number with a unit or a decimal one ("the whole table 13 points", "paragraph 3 2.5") is a value all the same
_UNIT = r"(?![\d.]|\s*(?:pt|points?|px|%|percent)\b)"
_PLACE_NUMBER = re.compile(
    r"\b(?:paragraphs?|paras?|rows?|columns?|cols?|cells?|tables?|pages?|items?|bullets?|steps?|sections?)"
    rf"\s+\d+{_UNIT}(?:\s*(?:to|-|\u2013|and|through)\s*\d+{_UNIT})?", re.IGNORECASE)
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")
_SPACING_WORDS = ((r"\bdouble\b", "2"), (r"\bsingle\b", "1"), (r"\bone and a half\b", "1.5"))
_STYLES = ("Default Paragraph Style", "Title", "Subtitle", "Quotations", "Text Body")


def typed_values(request: str) -> dict[str, tuple[str, ...]]:
    """What a value box of each kind may take from this request (the box's name, lower case, as key).

    >>> t = typed_values("Set 'a b' to 22 pt in dark green, font Trebuchet MS, as a Heading 3")
    >>> t["font size"], t["font color"], t["font name"][0], "Heading 3" in t["paragraph style"]
    (('22', '3'), ('dark green',), 'Trebuchet MS', True)
    >>> typed_values("Could you double-space 'x'?")["line spacing"][0], typed_values("I'd like Verdana")["font name"][0]
    ('2', 'Verdana')
    >>> typed_values("Scale 'Q3' to 15pt, then 2.5 spacing")["font size"]
    ('15', '2.5')
    >>> typed_values("Highlight 'x' so I find it")["character highlighting color"]
    ('yellow',)
    >>> typed_values('Change the font to "Times New Roman" throughout the text.')["font name"][0]
    'Times New Roman'
    >>> typed_values("Make the line spacing of paragraphs 1 to 3 1.5.")["line spacing"][0]
    '1.5'
    >>> [typed_values(r)["font size"] for r in ("Make the whole table 13 points", "Set paragraph 2 to 14 pt",
    ...                                         "Give the paragraph 'a b' 2.5 spacing", "Set row 2 of table 1 in 9")]
    [('13',), ('14',), ('2.5',), ('9',)]
    """
    text = QUOTED_RE.sub(" \x00 ", request)  # a mark where a quote was: "paragraph 'X' 2.5" is no "paragraph 2"
    low = text.lower()
    numbers = tuple(dict.fromkeys(_NUMBER.findall(_PLACE_NUMBER.sub(" ", text))))
    colors, rest = [], low
    for name in sorted(COLORS, key=len, reverse=True):  # "dark green" before "green"
        pat = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        if re.search(pat, rest):
            colors.append(name)
            rest = re.sub(pat, " ", rest)
    # a font the request quotes ('Change the font to "Times New Roman"') is a value, not a target
    quoted_fonts = [q for q in quoted_texts(request) if font_in(q) == q]
    font = font_in(text)
    names = tuple(dict.fromkeys([*quoted_fonts, *([font] if font else []),
                                 *(m.group(0) for m in _CAPITALISED_RUN.finditer(text))]))
    spacing_words = tuple(v for w, v in _SPACING_WORDS if re.search(w, low))
    headings = tuple(f"Heading {n}" for n in numbers if n.isdigit() and 1 <= int(n) <= 6)
    return {
        "font size": numbers,
        "font color": tuple(colors),
        "character highlighting color": tuple(colors) or ("yellow",),  # "highlight 'x'" means the marker pen
        "font name": names,
        "paragraph style": (*headings, *_STYLES),
        # a spacing word says the spacing ("double-space paragraphs 4 to 6"); a number may say something else
        "line spacing": tuple(dict.fromkeys((*spacing_words, *numbers, "1", "1.15", "1.5", "2"))),
        "orientation": ("Landscape", "Portrait"),
    }


def names_font(request: str) -> bool:
    """Whether ``request`` names a font: a known one, a quoted one, or a capitalised run after its first word.

    >>> [names_font(r) for r in ("Raise the font of the title to 20", "Set the title in Comic Sans",
    ...                          "make the heading font courier new", 'Use "Garamond" here')]
    [False, True, True, True]
    """
    text = QUOTED_RE.sub(" ", request)
    if font_in(request) or any(font_in(q) == q for q in quoted_texts(request)):
        return True
    first = re.match(r"\s*\S+", text)
    return any(m.start() >= (first.end() if first else 0) for m in _CAPITALISED_RUN.finditer(text))
