"""Requests on the whole document said the ways people say them: its font, and all of it but the title.

"Make Times New Roman the default font" and "can you put the whole report in Verdana" set the font of the whole
document, as the families are trained ("Set the font of the whole document to X"); "make all the text 12pt except
the title" is every paragraph after the title, a range the model selects (tables between included).
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.text.fonts import KNOWN_FONTS

WHOLE_FONT = "Set the font of the whole document to"  # the trained request every reading here ends in
_END = r"(?=\s*(?:[.,;!?]|$|\s+(?:please|for\s+me|in\s+this\s+document)\b))"
_DEFAULT_FONT = re.compile(
    rf"\b(?:make|set|use)\s+(?P<a>[^.,;!?]+?)\s+(?:as\s+)?the\s+default\s+font(?:\s+of\s+the\s+document)?{_END}"
    rf"|\b(?:set|change|make|switch)\s+the\s+default\s+font(?:\s+of\s+the\s+document)?\s+(?:to|into)\s+"
    rf"(?P<b>[^.,;!?]+?){_END}", re.IGNORECASE)


def default_font(request: str) -> str:
    """``request`` with "the default font" read as the font of the whole document.

    >>> default_font("Make Times New Roman the default font"), default_font("set the default font to Arial, please")
    ('Set the font of the whole document to Times New Roman', 'Set the font of the whole document to Arial, please')
    >>> default_font("can you put the whole report in Verdana"), default_font("whole menu in Verdana please")
    ('Set the font of the whole document to Verdana', 'Set the font of the whole document to Verdana')
    >>> default_font("Make the title bold"), default_font("could the whole schedule be in Georgia, table and all")
    ('Make the title bold', 'Set the font of the whole document to Georgia')
    >>> default_font("whole price list in Trebuchet MS please, table 1 as well")
    'Set the font of the whole document to Trebuchet MS'
    >>> default_font("garamond for the whole invoice please, the table as well")
    'Set the font of the whole document to Garamond'

    """
    request = _DEFAULT_FONT.sub(lambda m: f"{WHOLE_FONT} {m.group('a') or m.group('b')}",
                                request, count=1)
    font = _WHOLE_IN_FONT.sub(lambda m: f"{WHOLE_FONT} {_FONT_NAMES[(m.group('f') or m.group('f2')).lower()]}",
                              request, count=1)
    if font != request:  # "..., the table as well": the whole document holds its tables; said as trained
        font = _ALSO_TABLES.sub("", font)
    return font


# what may follow a font for everything and says nothing more: "please, the table as well", "table and all"
_ALSO_TABLES = re.compile(r"(?:\s*(?:,|please|thanks|(?:the\s+)?tables?(?:\s+\d+)?\s+(?:as\s+well|and\s+all|included|"
                          r"too)|(?:incl(?:uding|\.?)|with)\s+(?:the\s+)?tables?(?:\s+\d+)?))+(?=\s*[.!]?\s*$)", re.I)


# "..., the classes table too", "including the table": the whole document already holds its tables
_TABLE_TOO = re.compile(
    r"(?:\s*[,;]\s*|\s+[\u2013\u2014-]\s+|\s+)(?:and\s+)?"
    r"(?:(?:the\s+)?(?:headings?|titles?|lists?|bullets?)\s*(?:,\s*|\s+and\s+))*"  # "headings and tables too"
    r"(?:(?:incl(?:uding|\.)?|with|plus)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?tables?(?:\s+\d+)?|(?:the\s+)?(?:[a-z]+\s+)?tables?(?:\s+\d+)?\s+(?:as\s+well|and\s+all|"
    r"included|too|and\s+everything(?:\s+else)?))(?=\s*(?:please|thanks)?\s*[.!?]?\s*$|\s*[,;]|\s*[.!?]\s+\S)",
    re.IGNORECASE)
_WHOLE = re.compile(r"\b(?:throughout|everything|all\s+(?:of\s+)?the\s+(?:text|writing|words|document)|"
                    r"(?:the\s+)?(?:whole|entire)\s+(?:document|doc|text))\b", re.IGNORECASE)


def tables_too(request: str) -> str:
    """A change to the whole document that says its tables too, without the tables (the whole holds them).

    >>> tables_too("1.5 line spacing throughout pls, the classes table too")
    '1.5 line spacing throughout pls'
    >>> tables_too("all the writing in navy please, it's our club colour \u2013 table too")
    "all the writing in navy please, it's our club colour"
    >>> tables_too("could everything be 11pt, headings and tables too? eyes aren't what they were")
    "could everything be 11pt? eyes aren't what they were"
    >>> tables_too("can all the text go dark grey instead of black, headings and tables and everything? it's harsh")
    "can all the text go dark grey instead of black? it's harsh"
    >>> tables_too("make the whole document Arial including the table"), tables_too("bold the table too")
    ('make the whole document Arial', 'bold the table too')
    """
    if not _WHOLE.search(request):
        return request
    found = _TABLE_TOO.search(request)
    if found is None or not _WHOLE.search(request[:found.start()]):
        return request
    return request[:found.start()] + request[found.end():]


# "all the writing", "all the wording": the whole document said in the words the families are trained on
_ALL_THE_WRITING = re.compile(r"\ball\s+(?:of\s+)?the\s+(?:writing|words)\b"
                              r"(?!\s+(?:in|of|on|under|above|below|before|after|inside|within)\s+(?:the|this|that|each|"
                              r"every|my|our|your|his|her|their)\b|\s+(?:in|of|on)\s+['\"])", re.IGNORECASE)


def all_the_text(request: str) -> str:
    """"All the writing in dark blue please" as "all the text in dark blue please" (a trained name of everything).

    >>> all_the_text("all the writing in dark blue please"), all_the_text("bold all the words in the heading")
    ('all the text in dark blue please', 'bold all the words in the heading')
    """
    return _ALL_THE_WRITING.sub("all the text", request)


_FONT_NAMES = {f.lower(): f for f in KNOWN_FONTS}
# "can you put the whole report in Verdana": a known font for everything, said with any verb
_WHOLE_IN_FONT = re.compile(
    r"^(?:(?:can|could|would)\s+(?:you\s+|we\s+)?|please\s+)?(?:(?:put|have|set|make|do|change|switch|turn)\s+)?"
    r"(?:(?:the\s+)?(?:whole|entire)\s+[a-z]+(?:\s+[a-z]+)?|everything|"
    r"all\s+(?:of\s+)?the\s+text)\s+(?:be\s+)?(?:in|into|to)\s+"
    rf"(?:the\s+font\s+)?(?P<f>{'|'.join(re.escape(f) for f in KNOWN_FONTS)})\b"
    # "garamond for the whole invoice please": the font said first
    r"|^(?:(?:can|could)\s+(?:you|we)\s+(?:have|use|do|go\s+with)\s+|(?:use|try|go\s+with)\s+)?"
    rf"(?P<f2>{'|'.join(re.escape(f) for f in KNOWN_FONTS)})\s+(?:font\s+)?(?:for|on|across|throughout)\s+"
    r"(?:the\s+(?:whole|entire)\s+[a-z]+(?:\s+[a-z]+)?|everything|all\s+of\s+it|the\s+lot)(?=\s*(?:[.,;!?]|$|\s+please))",
    re.IGNORECASE)


_ALL_BUT_TITLE = re.compile(
    r"\b(?P<all>everything|all\s+(?:of\s+)?the\s+(?:text|document|words)|the\s+(?:whole|entire|rest\s+of\s+the)\s+"
    r"(?:document|doc|text|page|[a-z]+))(?P<mid>[^,;]*?)\s*,?\s+(?:except|apart\s+from|but\s+not|other\s+than|"
    r"bar)\s+(?:for\s+)?the\s+(?:main\s+)?(?:title|heading\s+at\s+the\s+top|name\s+at\s+the\s+top)\b",
    re.IGNORECASE)


def all_but_title(request: str, view: Any) -> str:
    """"Make all the text 12pt except the title": every paragraph after the title, as a range the model selects.

    Only when the document opens with its title; the range runs to the last paragraph, tables between included.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Gull Cottage"), ViewParagraph(2, "body", "Hello"),
    ...              ViewParagraph(3, "body", "Bye")), ())
    >>> all_but_title("make all the text 12pt except the title", v)
    'make paragraphs 2 to 3 12pt'
    >>> all_but_title("make all the text 12pt", v)
    'make all the text 12pt'
    """
    m = _ALL_BUT_TITLE.search(request)
    paragraphs = view.paragraphs
    if m is None or not paragraphs or paragraphs[0].role != "title" or len(paragraphs) < 3:
        return request
    return f"{request[:m.start()]}paragraphs 2 to {paragraphs[-1].number}{m.group('mid')}{request[m.end():]}"


_ALL_BESIDE = re.compile(
    r"\b(?:the\s+whole\s+document|everything|all\s+(?:of\s+)?the\s+text)\s+(?P<dir>above|before|up\s+to|below|after|"
    r"under|beneath)\s+(?:the\s+paragraph\s+)?(?P<q>'[^']+'|\"[^\"]+\")", re.IGNORECASE)


def all_beside(request: str, view: Any) -> str:
    """"Centre everything above the welcome back paragraph": the paragraphs before it (or after it), as a range.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView(tuple(ViewParagraph(i, "body", t) for i, t in enumerate(("A", "B", "Welcome back!", "C"), 1)), ())
    >>> all_beside("centre the whole document above the paragraph 'Welcome back!'", v)
    'centre paragraphs 1 to 2'
    >>> all_beside("italics for everything after 'Welcome back!'", v), all_beside("bold everything after 'A B'", v)
    ('italics for paragraph 4', "bold everything after 'A B'")
    """
    m = _ALL_BESIDE.search(request)
    if m is None:
        return request
    at = [p.number for p in view.paragraphs if p.text.strip() == m.group("q")[1:-1].strip()]
    if len(at) != 1:
        return request
    last = view.paragraphs[-1].number
    first, end = (1, at[0] - 1) if m.group("dir").lower() in ("above", "before", "up to") else (at[0] + 1, last)
    if first > end:
        return request
    said = f"paragraph {first}" if first == end else f"paragraphs {first} to {end}"
    return f"{request[:m.start()]}{said}{request[m.end():]}"


# "justify the whole quote", "the entire invoice": the document named by its kind
_WHOLE_KIND = re.compile(r"\bthe\s+(?:whole|entire)\s+(?:quote|quotation|letter|invoice|notice|sheet|menu|newsletter|"
                         r"leaflet|flyer|poster|programme|program|schedule|timetable|report|form|memo|handout|price\s+"
                         r"list|info(?:rmation)?\s+sheet|doc)\b(?!\s+(?:line|paragraph|section|table|heading|title|"
                         r"column|row|number|date)\b)", re.IGNORECASE)


def whole_by_kind(request: str) -> str:
    """"Justify the whole quote, tables included": the whole document, said as the families name it.

    >>> whole_by_kind("justify the whole quote, tables included"), whole_by_kind("bold the whole quote number")
    ('justify the whole document, tables included', 'bold the whole quote number')
    """
    return _WHOLE_KIND.sub("the whole document", request)
