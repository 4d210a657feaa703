"""How a request names its target without quoting it, and where that target is in a document.

People write "make the title bold", "double-space the first two paragraphs", "bold the header row", "make the 2
in H2O subscript", "centre the signature", "the paragraph about the budget". :func:`find_target` reads such a
reference from a clause (a :class:`Target`); :func:`lamforge.text.locate.locate` finds it in a document given as
numbered paragraphs with roles (the document view's) and tables of cell texts, and answers with a ``Spot``:
paragraphs by number, table cells by coordinates, the whole document, a text inside one paragraph, or a table.

This is the one reference reader of the package. The grounding expert plans with it (the teacher reads the
document and names targets the way the model's structural actions do); the task phrasings name their targets
with the same words; nothing here knows a task's parameters.

Counting: "the second paragraph" counts body paragraphs (title, subtitle, headings, list items and empty lines are
not counted, as a reader would not count them), "paragraph 3" the same; "the second bullet" counts bulleted list
paragraphs, "the second item" list paragraphs of either kind (one list only); "the second heading" headings.
"The lines under the Agenda heading" are the paragraphs between that heading and the next one; "the last sentence
of the first paragraph" is a sentence inside a paragraph named any of these ways.

Names written without quotes ("the About the Role heading", "the Late fee row") are read generously and matched
against the document: the longest part of the words next to the noun that names exactly one heading, row or column
wins, and the words that named the target are then the ones the caller removes (``Spot.words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lamforge.text import last_resort
from lamforge.text.last_resort import column_of_row, empty_cell, label
from lamforge.text.numbers import cardinal, number_pattern, ordinal, ordinal_pattern
from lamforge.text.pattern_words import pattern_words
from lamforge.text.reference_target import QUOTED as _QUOTED
from lamforge.text.reference_target import TRAILING as _TRAILING
from lamforge.text.reference_target import Target
from lamforge.text.reference_target import meaningful as _meaningful
from lamforge.text.reference_target import unquote as _unquote
from lamforge.text.roles import ROLE_PATTERNS
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

_ORD = rf"(?P<ord>{ordinal_pattern()})"
_NUM = rf"(?P<num>{number_pattern()})"
_PARA = r"(?:paragraphs?|paras?|passages?|blocks? of text)"
# "the first line", "the first two lines" of a document of short lines; not a line of a paragraph, nor an indent
_LINES = r"(?:lines?\b(?![\s-]+(?:of|spacing|break|indent|indentation|height)\b))"
_BULLET = r"bullet(?:ed)?(?:\s+(?:point|item))?s?"
_NUMBERED = r"numbered\s+(?:items?|points?|entries|entry)|steps?"
_ANY_ITEM = r"list\s+items?|items?(?:\s+in\s+the\s+list)?|points?|entries|entry"
_ITEM = rf"(?:(?P<bullet>{_BULLET})|(?P<numbered>{_NUMBERED})|(?P<any>{_ANY_ITEM}))"
# A name written without quotes: capitalised words, with short joining words between them ("About the Role",
# "Room One: The Caravan", "1. Processing Times").
_CAP = r"[A-Z0-9][\w&'.:-]*"
_JOIN = r"(?:of|the|and|for|to|in|on|a|an|from|with|at|by|your|our|this)"
_NAME = rf"{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP})*"
_QUOTE_OR_NAME = rf"(?:{_QUOTED}|{_NAME})"
# A name after its noun: no joining words ("the heading Outlook to Heading 3"), and a word first ("Heading 3").
_CAPS_ONLY = rf"(?:{_QUOTED}|[A-Z][\w&'.:-]*(?:\s+{_CAP})*)"
_THE = r"\b(?:[Tt]he)\s+"


def _n(word: str | None, default: int = 1) -> int:
    if not word:
        return default
    v = ordinal(word)
    if v is None:
        v = cardinal(word)
    return default if v is None else v


_WITHIN = re.compile(
    r"\b(?:the\s+)?(?:(?:number|digit|letter|character|figure)\s+)?(?P<q1>['\"\u2018\u201c])?(?P<inner>[\w+-]{1,3})"
    r"(?(q1)['\"\u2019\u201d])\s+(?:in|of|inside|within)\s+(?:the\s+)?(?:(?:word|formula|term|unit)\s+)?"
    r"(?P<q2>['\"\u2018\u201c])?(?P<anchor>[\w+-]{1,20}(?:\s*[=+*/^]\s*[\w+-]{1,20})*)(?(q2)['\"\u2019\u201d])",
    re.IGNORECASE,
)
_CELL = re.compile(
    rf"\b(?:the\s+)?(?:cell\s+(?:in|at|on)\s+)?row\s+{_NUM.replace('num', 'r')}\s*,?\s*(?:and\s+|in\s+)?"
    rf"(?:column|col)\s+(?P<c>{number_pattern()})\b"
    rf"|\b(?:the\s+)?cell\s+(?:in|at|on)\s+(?:column|col)\s+(?P<c2>{number_pattern()})\s*,?\s*(?:and\s+)?row\s+"
    rf"(?P<r2>{number_pattern()})\b",
    re.IGNORECASE,
)
_HEADER_ROW = re.compile(
    r"\b(?:the\s+)?(?:table(?:'s)?\s+)?(?:header|heading|headings|title|top|first)\s+row\b|\b(?:the\s+)?column\s+"
    r"(?:headers|headings|titles|names)\b|\b(?:the\s+)?(?:table\s+)?headers\b|\brow\s+(?:one|1)\b(?!\s*,?\s*col)",
    re.IGNORECASE,
)
_ROW = re.compile(
    rf"\b(?:the\s+)?(?:{_ORD}|bottom)\s+row\b|\brow\s+(?:number\s+)?(?P<num>{number_pattern()})\b"
    r"|(?<=\brow\s)at\s+the\s+(?:very\s+)?(?:bottom|end)\s+of\s+the\s+table\b",  # "a row at the bottom of the table"
    re.IGNORECASE,
)
_COLUMN = re.compile(
    rf"\b(?:the\s+)?(?:{_ORD}|left(?:most|-most)?|right(?:most|-most)?)\s+column\b|"
    rf"\bcolumn\s+(?:number\s+)?(?P<num>{number_pattern()})\b",
    re.IGNORECASE,
)
# "the Late fee row", "the Cost column": any words after "the" up to the noun (shortened against the table).
_LABEL = r"[A-Z0-9](?:(?!\b(?:column|row|cell)\b)[^,;.!?])*?"
_NAMED_COLUMN = re.compile(rf"{_THE}(?P<name>{_QUOTED}|{_LABEL})\s+(?i:column)\b|\b(?i:column)\s+(?P<name2>{_QUOTED})")
_NAMED_ROW = re.compile(rf"{_THE}(?P<name>{_QUOTED}|{_LABEL})\s+(?i:row)\b"
                        rf"|\b(?i:row)\s+(?:(?i:for)\s+)?(?P<name2>{_QUOTED})|\b(?i:row\s+for)\s+(?P<name3>{_NAME})")
# a single cell of a named row: "the 'Cost' cell of the 'Rent' row", "the Rent row, under Cost"
_CELL_COLUMN = re.compile(rf"{_THE}(?P<name>{_QUOTED}|{_LABEL})\s+(?i:cell)\b")
_UNDER_COLUMN = re.compile(rf"\s*,?\s+(?i:under)\s+(?:(?i:the)\s+)?(?P<name2>{_QUOTED}|{_NAME})")
_TABLE = re.compile(  # "all the text in the table" and "everything inside the table" name the table too
    r"\b(?:(?:all\s+(?:of\s+)?the\s+(?:text|contents?|words)|everything)\s+(?:in|inside|of|within)\s+)?"
    rf"(?:the\s+)?(?:(?:whole|entire|full)\s+)?(?:{_ORD}\s+)?table\b(?:\s+(?P<num>\d+))?", re.IGNORECASE
)
_RANGE = re.compile(
    rf"\b(?:the\s+)?(?P<end>first|opening|last|final|top|bottom)\s+(?P<num>{number_pattern()})\s+(?:{_PARA}|{_LINES})"
    rf"|\b(?:{_PARA}|lines)\s+(?P<a>{number_pattern()})\s*(?:-|–|to|through|thru|and)\s*(?P<b>{number_pattern()})\b"
    r"(?!\s*(?:pt|point|points|px|%|percent)\b)"  # "set paragraph 4 to 14 pt": a size, not paragraphs 4 to 14
    rf"|\b(?:the\s+)?(?P<o1>{ordinal_pattern()})\s+(?:and|to|through|thru|-)\s+(?:the\s+)?(?P<o2>{ordinal_pattern()})"
    rf"\s+{_PARA}",
    re.IGNORECASE,
)
_ITEMS_ALL = re.compile(
    r"\b(?:all\s+(?:of\s+)?the\s+|all\s+|every\s+|each\s+|(?:the|this)\s+(?:whole\s+|entire\s+)?)"
    r"(?:(?P<bullet>bullet(?:ed)?\s+list|bullets|bullet\s+points)|(?P<numbered>numbered\s+list)|"
    r"(?P<any>list|list\s+items))\b",
    re.IGNORECASE,
)
_ITEM_RANGE = re.compile(rf"\b(?:the\s+)?(?P<end>first|last|top|bottom)\s+(?P<num>{number_pattern()})\s+{_ITEM}",
                         re.IGNORECASE)
_ITEM_NTH = re.compile(rf"\b(?:the\s+)?{_ORD}\s+(?:(?:agenda|shopping|packing|to-?do|checklist|menu)\s+)?{_ITEM}"
                       rf"|\b(?:bullet|item|point|step)\s+(?P<num>\d+)\b", re.IGNORECASE)
_PARA_NTH = re.compile(
    rf"\b(?:the\s+)?(?:very\s+)?(?P<ord>{ordinal_pattern()}|opening|closing|top|bottom|final)\s+"
    rf"(?:body\s+|text\s+)?(?:{_PARA}|{_LINES})(?:\s+(?:of|in)\s+the\s+(?:document|doc|file|text)\b)?"
    rf"|\b(?:paragraph|para)\s+(?:number\s+)?(?P<num>\d+|{number_pattern()})\b"
    rf"|\bthe\s+(?P<intro>introduction|conclusion)\b",
    re.IGNORECASE,
)
# where new content goes: "at the end (of the document)", never "at the end of the paragraph/of 'X'"
AT_END = re.compile(r"\bat\s+the\s+(?:very\s+)?end(?:\s+of\s+(?:the|this)\s+(?:document|doc|file))?\b(?!\s+of\b)",
                     re.IGNORECASE)
# "at the top of the document": before its first line (the title too)
_ADDING = re.compile(r"\b(?:add|insert|put|type|write|place|prepend)\b", re.IGNORECASE)  # new text, not a target
AT_START = re.compile(r"\bat\s+the\s+(?:very\s+)?(?:top|start|beginning)(?:\s+of\s+(?:the|this)\s+(?:document|doc|file|"
                      r"page))?\b(?!\s+of\b)", re.IGNORECASE)
_HEADING_NTH = re.compile(rf"\b(?:the\s+)?{_ORD}\s+(?:section\s+)?(?:heading|header|section title)\b",
                          re.IGNORECASE)
_HEADING_NOUN = r"(?i:(?:section\s+)?(?:heading|header|section))"
_HEADING_NAMED = re.compile(
    rf"{_THE}(?P<name>{_QUOTE_OR_NAME})\s+{_HEADING_NOUN}\b"
    rf"|\b(?i:(?:the\s+)?(?:section\s+)?(?:heading|header|section(?:\s+title)?))\s+"
    rf"(?i:(?:that\s+(?:says|reads)\s+|called\s+|named\s+)?)(?P<name2>{_CAPS_ONLY})",
)
# "the Heading 3 style", "the heading reading Next Steps": not a bare "the heading"
_NAMED_AFTER = re.compile(r"\s*(?:\d|['\"\u2018\u201c]|(?:style|level|reading|saying|called|named|that|which)"
                          r"\b)", re.IGNORECASE)
_HEADING_ONLY = re.compile(r"\b(?:the|this|that)\s+(?:only\s+|main\s+|section\s+)?(?:heading|header)\b",
                           re.IGNORECASE)
_SECTION = re.compile(
    rf"\b(?i:(?:the\s+)?(?:(?P<end>first|last|top|bottom)\s+(?P<num>{number_pattern()})\s+|{_ORD}\s+|"
    rf"(?P<all>all(?:\s+(?:of\s+)?the)?|every|each)\s+)?"
    r"(?P<noun>lines?|items?|entries|entry|paragraphs?|paras?|points?|text))\s+"
    r"(?:(?:(?P<next>(?i:(?:right|directly|immediately)\s+)?(?i:after|following)\s+)"
    r"|(?i:(?:right|directly|immediately)\s+)?(?i:under|below|beneath)\s+)"
    rf"(?i:the\s+)?(?:(?i:(?:heading|section|header)\s+)(?i:(?:called|named)\s+)?(?P<name2>{_CAPS_ONLY})"
    rf"|(?P<name>{_QUOTE_OR_NAME})(?P<noun2>\s+(?i:heading|section|header))?)"
    rf"|(?i:(?:in|of|within)\s+the\s+)(?P<name3>{_QUOTE_OR_NAME})\s+(?i:section)\b"
    rf"|(?i:(?:in|of|within)\s+)(?P<name4>{_QUOTED}))"
)
_SENTENCE = re.compile(
    rf"\b(?:the\s+)?(?P<ord>{ordinal_pattern()}|opening|closing)\s+sentence\s+(?:of|in|from)\s+(?P<rest>.+)",
    re.IGNORECASE,
)
# "the eggs line", "the summery heading": a paragraph described by a word or three of its own, lower case allowed
_DESCRIBED = re.compile(r"\bthe\s+(?P<what>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+"
                        r"(?P<noun>heading|header|line|paragraph|entry|item|bullet)\b", re.I)
_STOP_CONTENT = (r"\s*(?:[.,;!?]|\band\s+(?:make|then|also|set|change|put|turn)\b|"
                 r"\b(?:to|with|in|into|as|using)\s+(?:the\s+)?[A-Z]|"
                 r"\bto\s+(?:bold|italic|red|blue|green|be\b|the\b|\d)|\bin\s+(?:bold|italics?|red|blue|green|caps)\b|"
                 r"\b(?:should|must|needs?|into|is|are|will|would|with\s+(?:bold|italics?|an?\b))\b|$)")
_CONTENT = re.compile(
    rf"\b(?:the\s+)?(?P<noun>{_PARA}|line|sentence|bit|part|section|text)\s+(?:that\s+|which\s+)?"
    r"(?P<how>is\s+about|about|on|mentioning|containing|contains|with|that\s+has|has|"
    r"talks\s+about|talking\s+about|discusses|regarding|concerning|covering|covers|describes|"
    r"starting\s+with|starts\s+with|beginning\s+with|begins\s+with|ending\s+(?:with|in)|ends\s+(?:with|in)|"
    rf"saying|says|reading|reads)\s+(?P<what>.+?)(?={_STOP_CONTENT})",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"\bevery\s+word\s+of\s+the\s+whole\s+document\b"  # as "capitalize all words" is rewritten: one target
    r"|\b(?:the\s+)?(?:whole|entire|full|complete)\s+(?:document|doc|file|text|page|letter|memo|report|story|essay|"
    r"article|notes|minutes|newsletter|agenda|draft|paper|poem|recipe|guide|notice|invoice)\b"
    r"|\beverything\b|\ball\s+(?:of\s+)?(?:the\s+)?(?:text|content|contents|words|paragraphs)\b|\ball\s+of\s+it\b"
    r"|\bthroughout(?:\s+the\s+(?:document|doc|file|text))?\b|\beverywhere\b|\bevery\s+(?:paragraph|word|line)\b"
    r"|\beach\s+(?:paragraph|word|line)\b|\bthe\s+(?:document|doc|file)\b(?!\s+(?:title|heading))"
    r"|\bdocument-wide\b|\bin\s+the\s+(?:document|doc|file)\b"
    # "Convert the text to uppercase": the text, not some text the words go on to name
    r"|\bthe\s+(?:text|content|contents)\b(?!\s*(?:['\"\u2018\u201c]|(?:in|of|on|that|which|about|from|under|after|"
    r"before|between|within|inside|at|with|saying|reading|where|you|I|we|here|there|below|above)\b))",
    re.IGNORECASE,
)
def find_target(clause: str) -> Target | None:
    """The target ``clause`` names by role, position, content or structure (None: it names none that way).

    >>> find_target("Make the title bold").role, find_target("bold the header row").row
    ('title', 1)
    >>> t = find_target("double-space the first two paragraphs"); (t.kind, t.nth, t.count)
    ('paragraphs', 1, 2)
    >>> t = find_target("make the 2 in H2O subscript"); (t.kind, t.text, t.anchor)
    ('within', '2', 'H2O')
    >>> find_target("Change the font of the whole document to Arial").kind
    'whole'
    >>> find_target("Convert the text to uppercase").kind
    'whole'
    >>> find_target("Bold the text in the second paragraph").kind, find_target("Make the text 'Q3' red") is None
    ('paragraphs', True)
    >>> t = find_target("centre the cell in row 2, column 3"); (t.kind, t.row, t.column)
    ('cells', 2, 3)
    >>> t = find_target("Italicise the paragraph about the spring fair"); (t.kind, t.text)
    ('content', 'the spring fair')
    >>> find_target("Make the Skills heading all caps").text, find_target("underline the second bullet").nth
    ('Skills', 2)
    >>> t = find_target("Number the first two lines under the Action Items heading"); (t.kind, t.text, t.count)
    ('section', 'Action Items', 2)
    >>> t = find_target("delete the last sentence of the opening paragraph"); (t.kind, t.nth, t.inner.nth)
    ('sentence', -1, 1)
    >>> find_target("Make 'Apache Kafka' bold") is None
    True
    """
    return next(find_targets(clause), None)


def find_targets(clause: str) -> Iterator[Target]:
    """Every reading of ``clause`` as a named target, most specific first (a caller keeps the first it can locate).

    >>> [t.kind for t in find_targets("set the last paragraph of the document in Georgia")]
    ['paragraphs', 'whole']
    >>> [(t.nth, t.count) for t in find_targets("Set paragraph 4 to 14 pt.")]
    [(4, 1)]
    >>> [(t.kind, t.text, t.count) for t in find_targets("Make the ingredients list italic")][0]
    ('section', 'ingredients', 0)
    """
    for reader in _READERS:
        t = reader(clause)
        if t is not None:
            yield t


def _within(clause: str) -> Target | None:
    for m in _WITHIN.finditer(clause):
        inner, anchor = m.group("inner"), _formula_word(m.group("anchor"), m.group("inner"))
        if (inner.lower() in anchor.lower() and inner.lower() != anchor.lower() and inner.lower() not in FUNCTION_WORDS
                and re.search(r"[A-Za-z]", anchor) and not anchor.isalpha()):
            return Target("within", m.group(0), text=inner, anchor=anchor)
    return None


def _formula_word(anchor: str, inner: str) -> str:
    """The word of a formula that holds ``inner`` ("mc2" of "E = mc2" for the 2), else ``anchor`` itself.

    >>> _formula_word("E = mc2", "2"), _formula_word("CO2", "2"), _formula_word("a2 + b2", "2")
    ('mc2', 'CO2', 'a2 + b2')
    """
    words = re.findall(r"[\w+-]+", anchor)
    if len(words) < 2:
        return anchor
    holding = [w for w in words if inner.lower() in w.lower()]
    return holding[0] if len(holding) == 1 else anchor


def _span_words(clause: str, *matches: re.Match[str] | None) -> str:
    """The clause's words from the first match's start to the last match's end (one removable stretch)."""
    found = [m for m in matches if m is not None]
    return clause[min(m.start() for m in found):max(m.end() for m in found)]


# "the cell with '49 EUR'": the one cell that holds that text
_CELL_WITH = re.compile(rf"\b(?:the\s+)?cell\s+(?:with|containing|that\s+(?:says|reads|contains|holds)|saying|reading|"
                        rf"holding)\s+(?P<text>{_QUOTED})", re.IGNORECASE)


def _cells(clause: str) -> Target | None:
    m = _CELL_WITH.search(clause)
    if m:
        return Target("cells", m.group(0), text=_unquote(m.group("text")), table=_table_number(clause))
    m = _CELL.search(clause)
    if m:
        r, c = (m.group("r"), m.group("c")) if m.group("r") else (m.group("r2"), m.group("c2"))
        return Target("cells", m.group(0), row=_n(r), column=_n(c), table=_table_number(clause))
    row, rm = _row(clause)
    col, cm = _column(clause)
    if row is not None and col is None and row.row_name:
        col, cm = _cell_column(clause, rm)
    if row is None and col is None:
        return None
    return Target("cells", _span_words(clause, rm, cm), row=row.row if row else 0, column=col.column if col else 0,
                  row_name=row.row_name if row else "", column_name=col.column_name if col else "",
                  table=_table_number(clause), after=bool(row and row.after or col and col.after))


def _row(clause: str) -> tuple[Target | None, re.Match[str] | None]:
    m = _HEADER_ROW.search(clause)
    if m:
        return Target("cells", m.group(0), row=1), m
    m = _ROW.search(clause)
    if m:
        word = m.group("ord") or m.group("num") or "last"
        return Target("cells", m.group(0), row=_n(word)), m
    m = _NAMED_ROW.search(clause)
    name = m and (m.group("name") or m.group("name2") or m.group("name3"))
    if name and _meaningful(_unquote(name)):
        return Target("cells", m.group(0), row_name=_unquote(name), after=not m.group("name")), m
    return None, None


def _cell_column(clause: str, row: re.Match[str] | None) -> tuple[Target | None, re.Match[str] | None]:
    """The column of one cell of a named row: "the 'Cost' cell (of the X row)", "(the X row), under Cost"."""
    m = _UNDER_COLUMN.match(clause, row.end()) if row is not None else None
    m = m or _CELL_COLUMN.search(clause)
    name = m and _unquote(m.group("name2") if "name2" in m.re.groupindex else m.group("name"))
    if not name or not _meaningful(name):
        return None, None
    return Target("cells", m.group(0), column_name=name, after="name2" in m.re.groupindex), m


def _column(clause: str) -> tuple[Target | None, re.Match[str] | None]:
    m = _COLUMN.search(clause)
    if m:
        word = m.group("ord") or m.group("num") or ("1" if m.group(0).lower().lstrip("the ").startswith("left")
                                                    else "last")
        return Target("cells", m.group(0), column=_n(word)), m
    m = _NAMED_COLUMN.search(clause)
    if m and _meaningful(_unquote(m.group("name") or m.group("name2"))):
        return Target("cells", m.group(0), column_name=_unquote(m.group("name") or m.group("name2")),
                      after=bool(m.group("name2"))), m
    return None, None


def _table_number(clause: str) -> int:
    m = _TABLE.search(clause)
    if not m:
        return 1
    return _n(m.group("ord") or m.group("num"), 1)


def _table(clause: str) -> Target | None:
    m = _TABLE.search(clause)
    if m is None or re.search(r"\b(?:insert|add|create|make)\s+(?:a|an|one|another|new)\b", clause, re.I):
        return None
    return Target("table", m.group(0), table=_n(m.group("ord") or m.group("num"), 1))


def _ranges(clause: str) -> Target | None:
    m = _RANGE.search(clause)
    if m is None:
        return None
    if m.group("end"):
        n = _n(m.group("num"))
        first = 1 if m.group("end").lower() in ("first", "opening", "top") else -n
        return Target("paragraphs", m.group(0), nth=first, count=n)
    if m.group("a"):
        a, b = _n(m.group("a")), _n(m.group("b"))
        return Target("paragraphs", m.group(0), nth=min(a, b), last=max(a, b), count=abs(b - a) + 1)
    a, b = _n(m.group("o1")), _n(m.group("o2"))
    return Target("paragraphs", m.group(0), nth=a, last=b, count=0)


def _item_kind(m: re.Match[str]) -> str:
    return "bullet" if m.group("bullet") else "numbered" if m.group("numbered") else "any"


def _items(clause: str) -> Target | None:
    m = _ITEM_RANGE.search(clause)
    if m:
        n = _n(m.group("num"))
        return Target("items", m.group(0), role=_item_kind(m),
                      nth=1 if m.group("end").lower() in ("first", "top") else -n, count=n)
    m = _ITEM_NTH.search(clause)
    if m:
        role = _item_kind(m) if m.group("ord") else "any"
        return Target("items", m.group(0), role=role, nth=_n(m.group("ord") or m.group("num")))
    m = _ITEMS_ALL.search(clause)
    if m:
        return Target("items", m.group(0), role=_item_kind(m), nth=1, count=0)
    m = _STEPS_ALL.search(clause)
    if m:
        return Target("items", m.group(0), role="numbered", nth=1, count=0)
    return None


# "the four steps", "all the steps": the numbered list
# "the letter", "the story": the whole document a request is about ("make the font of the letter Georgia")
_WHOLE_BY_KIND = re.compile(r"\bthe\s+(?:letter|memo|story|essay|poem|agenda|recipe|review|itinerary|newsletter|"
                            r"article)\b(?!\s*(?:'s|\u2019s|title|heading|name|date|[A-Z]\b))", re.IGNORECASE)
# "the title of the poem" (its title rewritten first: \x00N\x00), "the first two words of the story": a part of it
_PART_OF = re.compile(r"(?:\x00|\b(?:words?|sentences?|letters?|characters?|lines?))\s+of\s+$", re.IGNORECASE)
_STEPS_ALL = re.compile(rf"\b(?:all\s+(?:of\s+)?)?the\s+(?:(?:{number_pattern()})\s+)?steps\b(?!\s+(?:of|in|under)\b)",
                        re.IGNORECASE)


def _section(clause: str) -> Target | None:
    for m in _SECTION.finditer(clause):
        name = _unquote(m.group("name") or m.group("name2") or m.group("name3") or m.group("name4") or "")
        if not name or not _meaningful(name):
            continue
        plural = m.group("noun").lower().endswith("s") or m.group("noun").lower() == "text"
        if m.group("end"):
            n = _n(m.group("num"))
            nth, count = (1 if m.group("end").lower() in ("first", "top") else -n), n
        elif m.group("ord"):
            nth, count = _n(m.group("ord")), 1
        elif m.group("next") and not plural:  # "the paragraph (right) after the heading X": the first one
            if not re.match(r"(?i)the\b", m.group(0)):
                continue  # "a new paragraph after the heading X" is where new text goes
            nth, count = 1, 1
        else:
            nth, count = 1, 0 if plural or m.group("all") else -1  # -1: the section's only paragraph
        # a name with no noun after it ("under Essential Tools a Heading 1") may run on: keep its first words
        after = bool(m.group("name2")) or bool(m.group("name") and not m.group("noun2"))
        return Target("section", m.group(0), text=name, nth=nth, count=count, after=after)
    return None


# "the ingredients list", "the Method steps": the lines under the heading that word names
_NAMED_LIST = re.compile(r"\bthe\s+(?P<name>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?)\s+"
                         r"(?:list\b(?!\s+(?:item|entr|head))|steps\b)",
                         re.IGNORECASE)


_NOT_A_NAME = re.compile(r"(?:bullet(?:ed)?|numbered|whole|entire|full|first|last|second|next|same|new)$",
                         re.IGNORECASE)


# "the second decision": the nth line under the heading that noun names ("Decisions"), when the document has one
_NTH_OF_NAMED = re.compile(rf"\bthe\s+{_ORD}\s+(?P<name>[A-Za-z][\w-]+)\b(?!\s+(?:of|in|under|from)\b)",
                           re.IGNORECASE)


def _named_list(clause: str) -> Target | None:
    for m in _NAMED_LIST.finditer(clause):
        name = m.group("name")
        if _meaningful(name) and not _NOT_A_NAME.match(name):
            return Target("section", m.group(0), text=name, nth=1, count=0)
    return None


def _nth_of_named(clause: str) -> Target | None:
    """The last reading tried: "the second decision" as the second line of the section a heading names."""
    for m in _NTH_OF_NAMED.finditer(clause):
        name = m.group("name")
        if _meaningful(name) and name.lower() not in INSTRUCTION_WORDS and not _NOT_A_NAME.match(name):
            return Target("section", m.group(0), text=name, nth=_n(m.group("ord")), count=1, after=True)
    return None


_NEW_HEADING = re.compile(r"\b(?:add|insert)\s+(?:(?:a|an|the)\s+)?(?:new\s+)?$", re.IGNORECASE)


def _heading(clause: str) -> Target | None:
    m = _HEADING_NTH.search(clause)
    if m:
        return Target("heading", m.group(0), nth=_n(m.group("ord")))
    for m in _HEADING_NAMED.finditer(clause):
        if _NEW_HEADING.search(clause[:m.start()]):
            continue  # "add the heading 'Draft' at the top": a heading to write, not one to find
        raw = m.group("name") or m.group("name2") or ""
        name = _unquote(raw)
        if name and (_meaningful(name) or name != raw) and name.lower() not in ("the", "this", "that"):  # a quote
            # names it whatever its words ("What you need to do")
            return Target("heading", m.group(0), text=name, after=bool(m.group("name2")))
    m = _HEADING_ONLY.search(clause)
    # count 0: "the heading" (the only one, or the main one); role "bare" when nothing names it further
    if m and not _NEW_HEADING.search(clause[:m.start()]):
        bare = "header" not in m.group(0).lower() and not _NAMED_AFTER.match(clause, m.end())
        return Target("heading", m.group(0), nth=1, count=0, role="bare" if bare else "")
    return None


def _role(clause: str) -> Target | None:
    for role, pattern in ROLE_PATTERNS:
        m = pattern.search(clause)
        if m:
            return Target("role", m.group(0), role=role)
    return None


def _described(clause: str) -> Target | None:
    for m in _DESCRIBED.finditer(clause):
        words = [w.lower() for w in m.group("what").split()]
        if all(w not in FUNCTION_WORDS and w not in INSTRUCTION_WORDS and ordinal(w) is None and cardinal(w) is None
               for w in words):
            return Target("described", m.group(0), text=m.group("what"), role=m.group("noun").lower())
    return None


def _paragraph(clause: str) -> Target | None:
    m = _PARA_NTH.search(clause)
    if m is None:
        end = AT_END.search(clause)  # "add a table at the end": after the document's last paragraph
        if end:
            return Target("paragraphs", end.group(0), nth=-1)
        start = AT_START.search(clause) if _ADDING.search(clause) else None  # "add a heading at the top": before
        return Target("paragraphs", start.group(0), nth=1, how="top") if start else None  # the first line
    word = (m.group("ord") or m.group("num") or m.group("intro") or "").lower()
    nth = {"opening": 1, "introduction": 1, "top": 1, "closing": -1, "conclusion": -1, "bottom": -1,
           "final": -1}.get(word) or _n(word)
    return Target("paragraphs", m.group(0), nth=nth)





def _content(clause: str) -> Target | None:
    m = next((m for m in _CONTENT.finditer(clause)  # "a new paragraph saying 'X'" describes text to type
              if not re.search(r"\bnew\s+$", clause[:m.start("noun")], re.I)), None)
    if m is None:
        return None
    raw = m.group("what").strip()
    kept = raw.split()
    while kept and (kept[-1].lower().strip(".,") in INSTRUCTION_WORDS or kept[-1].lower() in _TRAILING):
        kept.pop()  # "the paragraph about the pier renovation justified": the operation is not the content
    if not kept:
        return None
    what = _unquote(" ".join(kept))
    words = m.group(0)[: m.start("what") - m.start(0)] + " ".join(kept)
    how_word = m.group("how").lower()
    how = "starts" if re.search(r"start|begin", how_word) else "ends" if "end" in how_word else \
        "is" if re.search(r"say|read", how_word) else "contains"
    if not _meaningful(what):
        return None
    role = "sentence" if m.group("noun").lower() == "sentence" else ""
    return Target("content", words, text=what, how=how, role=role)


_SINGLE = ("role", "heading", "paragraphs", "content", "section", "items")


def _sentence(clause: str) -> Target | None:
    m = _SENTENCE.search(clause)
    if m is None:
        return None
    inner = next((t for r in _READERS[1:] if (t := r(m.group("rest"))) is not None), None)
    if inner is None or inner.kind not in _SINGLE:
        return None
    end = m.start("rest") + m.group("rest").find(inner.words) + len(inner.words)
    word = m.group("ord").lower()
    nth = {"opening": 1, "closing": -1}.get(word) or _n(word)
    return Target("sentence", clause[m.start():end], nth=nth, inner=inner)


# "all the text in the table", "everything inside the table": the table's contents, not the whole document
_IN_TABLE = re.compile(r"\s+(?:in|inside|of|within|from)\s+(?:the\s+|this\s+|that\s+)?table\b", re.IGNORECASE)


_EACH_WORD = re.compile(r"(?:every|each|all(?:\s+(?:of\s+)?the)?)\s+words?(?:\s+of\s+the\s+whole\s+document)?",
                        re.IGNORECASE)


def each_word(words: str) -> bool:
    """Whether a whole-document target's words name its words one by one ("every word", "all words").

    >>> each_word("all words"), each_word("every word of the whole document"), each_word("the whole document")
    (True, True, False)
    """
    return bool(_EACH_WORD.fullmatch(words.strip()))


def _whole(clause: str) -> Target | None:
    m = next((m for m in _WHOLE.finditer(clause) if not _IN_TABLE.match(clause, m.end())), None)
    m = m or next((k for k in _WHOLE_BY_KIND.finditer(clause) if not _PART_OF.search(clause[:k.start()])), None)
    return Target("whole", m.group(0)) if m else None


def _column_of_row(clause: str) -> Target | None:
    return column_of_row(clause, _table_number(clause))


def _empty_cell(clause: str) -> Target | None:
    return empty_cell(clause, _table_number(clause))


_READERS = (_sentence, _section, _named_list, _within, _cells, _ranges, _items, _heading, _role, _paragraph, _content,
            _described, _empty_cell, _table, _whole, _nth_of_named, _column_of_row, label)


def vocabulary() -> frozenset[str]:
    """Every word the reader's request patterns spell out (what the leak test compares with held-out phrasings).

    A word the pattern continues with ``\\w*`` is a stem and ends in ``*``. The patterns that read the document's
    own lines (greetings, sign-offs, sentence ends: :mod:`lamforge.text.locate`) never read a request.

    >>> {"title", "salutation", "header"} <= vocabulary(), "cheers" in vocabulary()
    (True, False)
    """
    sources = [v.pattern for v in [*globals().values(), *vars(last_resort).values()] if isinstance(v, re.Pattern)]
    sources += [p.pattern for _, p in ROLE_PATTERNS]
    sources += [v for k, v in globals().items() if k.isupper() and k.startswith("_") and isinstance(v, str)]
    return pattern_words(sources) | _TRAILING
