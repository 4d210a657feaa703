"""A digit inside a word, its position described instead of named: "the 2 in m2 should sit up high" is superscript.

Why: people say where the character goes ("small and up", "lower down, like in chemistry") or what it means ("it's
square metres") more often than "superscript". Print raises a unit's power (m2, cm3) and lowers a chemical
formula's count (CO2, H2O), which settles a description that says both. A request that names no format but says
up or down is read that way, in the trained form ``make the '2' in 'm2' superscript``; one naming a format itself
is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lamforge.text.explicit import quote

_DIGIT_IN_WORD = re.compile(r"\bthe\s+['\"]?(?P<c>\d)['\"]?\s+(?:in|of|on)\s+['\"]?(?P<w>\d*[A-Za-z]{1,3}\d[A-Za-z\d]*)"
                            r"['\"]?", re.IGNORECASE)
_NAMED = re.compile(r"\b(?:super|sub)script|\b(?:bold|italic|underline|strike|highlight|colou?r|red|blue|green|font|"
                    r"size|pt)\b", re.IGNORECASE)
_UP = re.compile(r"\b(?:up|high(?:er)?|raised?|above|square[ds]?|cubed?|cubic|power)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:down|low(?:er)?|lowered|below|chemistry|chemical|formula)\b", re.IGNORECASE)
# where the request says the word is ("under the rates table", "in the first paragraph"): no height
_PLACE = re.compile(r"\b(?:under|below|above|in|on|after|before)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:table|paragraph|"
                    r"heading|list|bullet|section)\b", re.IGNORECASE)
_UNIT = re.compile(r"^\d*(?:m|cm|mm|km|ft|in|yd|sq)\d$")
_FORMULA = re.compile(r"^(?:[A-Z][a-z]?\d*){2,}$")


def raised_or_lowered(request: str, texts: list[str] | None = None) -> str:
    """The request as "make the '2' in 'm2' superscript" when it describes where the digit goes.

    >>> raised_or_lowered("the '2' in 'm2' should sit up high, it's square metres")
    "make the '2' in 'm2' superscript"
    >>> raised_or_lowered("the 2 in CO2 wants to be small and lower down, like in chemistry")
    "make the '2' in 'CO2' subscript"
    >>> raised_or_lowered("the 2 in m2 is wrong"), raised_or_lowered("make the 2 in H2O subscript")
    ('the 2 in m2 is wrong', 'make the 2 in H2O subscript')
    >>> raised_or_lowered("make the 2 in m2 bold"), raised_or_lowered("delete the 2 in m2")
    ('make the 2 in m2 bold', 'delete the 2 in m2')
    >>> raised_or_lowered("the 2 in 40m2 under the rates table should be one of those little raised 2s")
    "make the '2' in '40m2' superscript"
    >>> raised_or_lowered("the 2 in co2 in the first paragraph should be a little one sat below the line",
    ...                   ["Cut your CO2 at home."])
    "make the '2' in 'CO2' subscript"
    """
    m = _DIGIT_IN_WORD.search(request)
    if m is None or _NAMED.search(request) or re.search(r"\b(?:delete|remove|change|replace|type)\b", request, re.I):
        return request
    word = m.group("w")
    said = _PLACE.sub(" ", request)
    up, down = _UP.search(said), _DOWN.search(said)
    if up and down:  # "up from the line below": the word says which
        up, down = _UNIT.match(word), _FORMULA.match(word)
    if bool(up) == bool(down):
        return request
    token = re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])", re.IGNORECASE)
    word = next((k.group(0) for t in texts or () for k in token.finditer(t)), word)  # as the document writes it
    return f"make the {quote(m.group('c'))} in {quote(word)} {'superscript' if up else 'subscript'}"


_SUFFIX_WORD = re.compile(r"(?<![\w'])(?:st|nd|rd|th)(?![\w'])", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?P<n>\d+)(?P<s>st|nd|rd|th)\b", re.IGNORECASE)
_SUFFIX_AFTER = re.compile(r"\bthe\s+(?P<s>st|nd|rd|th)\s+(?:after|on|following)\s+(?:the\s+)?(?P<n>\d+)\b", re.I)
_RAISE = re.compile(r"\bsuperscript|\bup\b|\bhigh(?:er)?\b|\braised?\b|\babove\b|\blike\s+(?:word|in\s+print|"
                    r"it\s+should)\b", re.IGNORECASE)


def ordinal_parts(request: str) -> list[str] | None:
    """"can the th in 75th sit up high", "the st nd rd on 1st 2nd and 3rd go up small": one request per ordinal.

    Each said as trained, "make the 'th' in '75th' superscript"; None when the request names no ordinal's ending
    on its own or does not ask for it raised.

    >>> ordinal_parts("can the th in 75th sit up high like word normally does it")
    ["make the 'th' in '75th' superscript"]
    >>> ordinal_parts("can the th after the 6 in the intro be superscript")
    ["make the 'th' in '6th' superscript"]
    >>> ordinal_parts("can the st nd rd on 1st 2nd and 3rd go up small, like superscript")
    ["make the 'st' in '1st' superscript", "make the 'nd' in '2nd' superscript", "make the 'rd' in '3rd' superscript"]
    >>> ordinal_parts("make the 1st paragraph bold"), ordinal_parts("the th in 75th should be subscript")
    (None, None)
    """
    if not _SUFFIX_WORD.search(request) or not _RAISE.search(request) or re.search(r"\bsubscript|\bdown\b|\blow",
                                                                                  request, re.IGNORECASE):
        return None
    after = _SUFFIX_AFTER.search(request)
    found = [(after.group("n"), after.group("s"))] if after else [(m.group("n"), m.group("s"))
                                                                 for m in _ORDINAL.finditer(request)]
    if not found:
        return None
    return [f"make the {quote(s)} in {quote(n + s)} superscript" for n, s in dict.fromkeys(found)]


_DIGITS_IN = re.compile(r"\bthe\s+['\"]?(?P<c>\d)['\"]?s\b(?!\s*(?:am|pm|and|or|to|-))", re.IGNORECASE)
_IN_WORD = re.compile(r"(?<![\w'-])(?=[A-Za-z\d]*[A-Za-z])[A-Za-z\d]*[A-Za-z]\d[A-Za-z\d]*(?![\w'-])")


def digit_parts(request: str, read_texts: Callable[[], list[str]]) -> list[str] | None:
    """"The 2s in the chemistry answers should be small and low down": one request per word holding that digit.

    The words are those of the document (a letter before the digit: "H2O", "CO2", "m2"), each said as trained,
    "make the '2' in 'H2O' subscript"; None when the request names no digit in the plural, names a format
    itself, does not say up or down, or the document holds no such word. The document's texts are read
    (``read_texts``) only for a request that asks.

    >>> texts = ["H2O (water)", "Mercury", "CO2 (carbon dioxide)", "Round 2: Science"]
    >>> digit_parts("the 2s in the chemistry answers should be small and low down", lambda: texts)
    ["make the '2' in 'H2O' subscript", "make the '2' in 'CO2' subscript"]
    >>> digit_parts("the 2s in the answers should be bold", lambda: texts), digit_parts("the 2s are wrong", list)
    (None, None)
    """
    m = _DIGITS_IN.search(request)
    if m is None or _NAMED.search(request):
        return None
    up, down = _UP.search(request), _DOWN.search(request)
    if bool(up) == bool(down):
        return None
    words = dict.fromkeys(w for t in read_texts() for w in _IN_WORD.findall(t) if m.group("c") in w
                          and not _ORDINAL.fullmatch(w))
    how = "superscript" if up else "subscript"
    return [f"make the {quote(m.group('c'))} in {quote(w)} {how}" for w in words] or None
