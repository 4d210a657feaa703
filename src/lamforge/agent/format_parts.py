"""Several formats for one target, one request each: "make the paragraph 'Closing date' bold, red and 14 pt".

The model is trained on one change per request much more than on lists of them, and a list it reads in one go
loses its last item as often as not ("bold, red and 14 pt" made bold and red). When the request, once grounded,
names one explicit target (a quote, a paragraph, a run of paragraphs, a row, column or cell, the whole document)
and a list of formats that each stand alone ("bold", "red", "14 pt", "Arial", "centred", "in italics",
"underlined"), the runtime (guidance) plays one trained request per format, on the same document: "make the
paragraph 'Closing date' bold", "make the paragraph 'Closing date' red", "make the paragraph 'Closing date' 14pt".
"Bold X and make it 14pt" is read the same way. Anything else is left as one request.
"""

from __future__ import annotations

import re

from lamforge.app.commands import COLORS
from lamforge.text.fonts import KNOWN_FONTS

_COLOR = "|".join(sorted((re.escape(c.lower()) for c in COLORS), key=len, reverse=True))
_FONT = "|".join(sorted((re.escape(f) for f in KNOWN_FONTS), key=len, reverse=True))
# one format, and how the trained request says it with the target in place of {t}
_OPS = (
    (re.compile(r"(?:in\s+)?bold"), "make {t} bold"),
    (re.compile(r"(?:in\s+)?italics?|italici[sz]ed"), "make {t} italic"),
    (re.compile(r"underlined?"), "underline {t}"),
    (re.compile(r"(?:struck\s+through|strike-?through|crossed\s+out)"), "strike through {t}"),
    (re.compile(rf"(?:in\s+)?(?P<c>{_COLOR})(?:\s+text)?"), "make {t} {c}"),
    (re.compile(r"(?:size\s+)?(?P<n>\d{1,2}(?:\.5)?)\s*(?:pt|points?)|size\s+(?P<m>\d{1,2})"), "make {t} {n} pt"),
    (re.compile(rf"(?:in\s+)?(?P<f>{_FONT})(?:\s+font)?"), "set the font of {t} to {f}"),
    (re.compile(r"cent(?:re|er)(?:e?d|-aligned)?|in\s+the\s+(?:centre|center)"), "centre {t}"),
    (re.compile(r"right[-\s]aligned|aligned\s+right|on\s+the\s+right"), "right-align {t}"),
    (re.compile(r"(?:in\s+)?(?:all\s+)?(?:caps|capitals|upper\s?case)"), "make {t} uppercase"),
)
_TARGET = (r"(?:the\s+paragraph\s+(?:'[^']+'|\"[^\"]+\")|'[^']+'|\"[^\"]+\"|paragraphs?\s+\d+(?:\s+to\s+\d+)?"
           r"|(?:row|column)\s+\d+\s+of\s+table\s+\d+|the\s+cell\s+in\s+row\s+\d+,\s+column\s+\d+\s+of\s+table\s+\d+"
           r"|the\s+whole\s+document)")
_MAKE = re.compile(rf"^(?:(?:please|can\s+you|could\s+you)\s+)?(?:make|set|turn|have|format|put)\s+"
                   rf"(?P<t>{_TARGET})\s+(?P<ops>.+?)\s*(?:,?\s*(?:please|thanks))?\s*[.!?]?$", re.IGNORECASE)
# "bold the paragraph 'X' and make it 14pt"
_THEN_IT = re.compile(rf"^(?P<first>bold|italici[sz]e|underline|cent(?:re|er))\s+(?P<t>{_TARGET})\s*,?\s+"
                      r"(?:and\s+)?(?:then\s+)?(?:make|set|turn|put)\s+it\s+(?P<ops>.+?)\s*(?:,?\s*(?:please))?"
                      r"\s*[.!?]?$", re.IGNORECASE)
# "centre the paragraph 'X', 24pt, and dark green"; "the paragraph 'X' – 18pt, centred and underlined"
_LEAD_OP = re.compile(rf"^(?P<first>bold|italici[sz]e|underline|cent(?:re|er))\s+(?P<t>{_TARGET})\s*,\s*"
                      r"(?P<ops>.+?)\s*(?:,?\s*(?:please|thanks))?\s*[.!?]?$", re.IGNORECASE)
_TOPIC = re.compile(rf"^(?P<t>{_TARGET})(?:\s+(?:line|heading|bit|title|paragraph))?\s*(?:[\u2013\u2014:]|\s-)\s*"
                    r"(?P<ops>.+?)\s*(?:,?\s*(?:please|thanks))?\s*[.!?]?$", re.IGNORECASE)
# a reason after the last format: "dark green to match the sign out front"
_REASON = re.compile(r"\s+(?:to\s+match|so\s+(?:that|it|they|people)|because|since|as\s+(?:it|they|we))\b.*$",
                     re.IGNORECASE)
_FIRST = {"bold": "bold", "italicise": "italics", "italicize": "italics", "underline": "underlined",
          "centre": "centred", "center": "centred"}


def format_parts(request: str) -> list[str] | None:
    """One trained request per format of a list on one explicit target (None: not such a request).

    >>> format_parts("make the paragraph 'Closing date: 30 June' bold, red and 14 pt")
    ... # doctest: +NORMALIZE_WHITESPACE
    ["make the paragraph 'Closing date: 30 June' bold", "make the paragraph 'Closing date: 30 June' red",
     "make the paragraph 'Closing date: 30 June' 14 pt"]
    >>> format_parts("bold the paragraph 'Wifi: Bramble22' and make it 14pt")
    ["make the paragraph 'Wifi: Bramble22' bold", "make the paragraph 'Wifi: Bramble22' 14 pt"]
    >>> format_parts("centre the paragraph 'Fernlea', 24pt, and dark green to match the sign")
    ["centre the paragraph 'Fernlea'", "make the paragraph 'Fernlea' 24 pt", "make the paragraph 'Fernlea' dark green"]
    >>> format_parts("'removal quotation' line \u2013 18pt, centered and underlined please")
    ["make 'removal quotation' 18 pt", "centre 'removal quotation'", "underline 'removal quotation'"]
    >>> format_parts("make 'Hi' bold"), format_parts("make the paragraph 'Hi' bold and say hello")
    (None, None)
    """
    said = request.strip()
    m = _MAKE.match(said) or _TOPIC.match(said)
    first: list[str] = []
    if m is None:
        m = _THEN_IT.match(said) or _LEAD_OP.match(said)
        if m is None:
            return None
        first = [_FIRST[m.group("first").lower()]]
    ops = _REASON.sub("", m.group("ops"))
    items = first + [o for o in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", ops) if o]
    if len(items) < 2:
        return None
    parts = []
    for item in items:
        said = _said(item.strip(), m.group("t"))
        if said is None:
            return None
        parts.append(said)
    return list(dict.fromkeys(parts))


def _said(item: str, target: str) -> str | None:
    """The trained request for one format of the list on ``target`` (None: not a format standing alone)."""
    for pattern, how in _OPS:
        f = pattern.fullmatch(item.lower())
        if f is None:
            continue
        groups = {k: v for k, v in f.groupdict().items() if v}
        if "f" in groups:
            groups["f"] = next(x for x in KNOWN_FONTS if x.lower() == groups["f"])
        if "m" in groups:
            groups["n"] = groups.pop("m")
        return how.format(t=target, **groups)
    return None
