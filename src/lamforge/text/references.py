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

from lamforge.text import last_resort, section_names, table_refs
from lamforge.text.last_resort import column_of_row, empty_cell, label
from lamforge.text.numbers import cardinal, number_pattern, ordinal, ordinal_pattern
from lamforge.text.pattern_words import pattern_words
from lamforge.text.reference_target import CAP as _CAP
from lamforge.text.reference_target import NAME as _NAME
from lamforge.text.reference_target import QUOTED as _QUOTED
from lamforge.text.reference_target import THE as _THE
from lamforge.text.reference_target import TRAILING as _TRAILING
from lamforge.text.reference_target import Target, number_of
from lamforge.text.reference_target import meaningful as _meaningful
from lamforge.text.reference_target import unquote as _unquote
from lamforge.text.roles import ROLE_PATTERNS
from lamforge.text.section_names import members_in as _members_in
from lamforge.text.section_names import named_list as _named_list
from lamforge.text.section_names import named_paragraphs as _named_paragraphs
from lamforge.text.section_names import nth_of_named as _nth_of_named
from lamforge.text.table_refs import cells as _cells
from lamforge.text.table_refs import label_like as _label_like
from lamforge.text.table_refs import table as _table
from lamforge.text.table_refs import table_number as _table_number
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

_ORD = rf"(?P<ord>{ordinal_pattern()})"
_NUM = rf"(?P<num>{number_pattern()})"
_PARA = r"(?:paragraphs?|paras?|passages?|blocks? of text)"
# "the first line", "the first two lines" of a document of short lines; not a line of a paragraph, nor an indent
# the kinds of document a request names its whole by ("at the end of the story", "the first lines of my letter")
_DOC_NOUNS = (r"(?:document|doc|file|text|letter|memo|report|story|essay|article|notes|minutes|newsletter|agenda|"
              r"draft|paper|poem|recipe|guide|notice|invoice|review|policy)")
_OF_DOC = rf"of\s+(?:the|this|my|our|your)\s+{_DOC_NOUNS}\b"
_LINES = rf"(?:lines?\b(?![\s-]+(?:of(?!\s+(?:the|this|my|our|your)\s+{_DOC_NOUNS}\b)|spacing|break|indent|indentation|"
_LINES += r"height)\b))"
_BULLET = r"bullet(?:ed)?(?:\s+(?:point|item))?s?"
_NUMBERED = r"numbered\s+(?:items?|points?|entries|entry)|steps?"
_ANY_ITEM = r"list\s+items?|items?(?:\s+in\s+the\s+list)?|points?|entries|entry"
_ITEM = rf"(?:(?P<bullet>{_BULLET})|(?P<numbered>{_NUMBERED})|(?P<any>{_ANY_ITEM}))"
_QUOTE_OR_NAME = rf"(?:{_QUOTED}|{_NAME})"
# A name after its noun: no joining words ("the heading Outlook to Heading 3"), and a word first ("Heading 3").
_CAPS_ONLY = rf"(?:{_QUOTED}|[A-Z][\w&'.:-]*(?:\s+{_CAP})*)"


_n = number_of


_WITHIN = re.compile(
    r"\b(?:the\s+)?(?:(?:number|digit|letter|character|figure)\s+)?(?P<q1>['\"\u2018\u201c])?(?P<inner>[\w+-]{1,3})"
    r"(?(q1)['\"\u2019\u201d])\s+(?:in|of|on|inside|within)\s+(?:the\s+)?(?:(?:word|formula|term|unit)\s+)?"
    r"(?P<q2>['\"\u2018\u201c])?(?P<anchor>[\w+-]{1,20}(?:\s*[=+*/^]\s*[\w+-]{1,20})*"
    # a quoted phrase around the word: "the 2 in '4 m2'" (the one word of it that holds the character is meant)
    r"(?(q2)(?:\s+[\w+-]{1,20}){0,3}|))(?(q2)['\"\u2019\u201d])",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"\b(?:the\s+)?(?P<end>first|opening|last|final|top|bottom)\s+(?P<num>{number_pattern()})\s+(?:{_PARA}|{_LINES})"
    rf"(?:\s+{_OF_DOC})?"
    rf"|\b(?:{_PARA}|lines)\s+(?P<a>{number_pattern()})\s*(?:-|–|to|through|and)\s*(?P<b>{number_pattern()})\b"
    r"(?!\s*(?:pt|point|points|px|%|percent)\b)"  # "set paragraph 4 to 14 pt": a size, not paragraphs 4 to 14
    rf"|\b(?:the\s+)?(?P<o1>{ordinal_pattern()})\s+(?:and|to|through|-)\s+(?:the\s+)?(?P<o2>{ordinal_pattern()})"
    rf"\s+{_PARA}",
    re.IGNORECASE,
)
_ITEMS_ALL = re.compile(
    r"\b(?:all\s+(?:of\s+)?the\s+|all\s+|every\s+|each\s+|(?:the|this)\s+(?:whole\s+|entire\s+)?)"
    rf"(?:(?:{number_pattern()})\s+)?"  # "the three numbered points"
    r"(?:(?P<bullet>bullet(?:ed)?\s+(?:list|items|points|lines)|bullets|bullet\s+points)|"
    r"(?P<numbered>numbered\s+(?:list|items|steps|points|lines))|"
    r"(?P<any>list|list\s+items|(?:agenda|shopping|packing|to-?do|checklist)\s+(?:items|points|entries)))\b"
    # "the list of duties": what the list holds is part of its name (one word, never "of the ...")
    r"(?:\s+of\s+(?!(?:the|a|an|this|that|these|those|it|them)\b)[a-z][\w-]*\b)?",
    re.IGNORECASE,
)
_ITEM_RANGE = re.compile(rf"\b(?:the\s+)?(?P<end>first|last|top|bottom)\s+(?P<num>{number_pattern()})\s+{_ITEM}",
                         re.IGNORECASE)
# "items 2 and 3", "steps 2-4", "the second and third bullets": a run of list items
_ITEM_NUMBERS = re.compile(
    rf"\b(?P<noun>bullets|items|points|steps|entries)\s+(?P<a>{number_pattern()})\s*(?:-|–|to|through|and)\s*"
    rf"(?P<b>{number_pattern()})\b|\b(?:the\s+)?(?P<o1>{ordinal_pattern()})\s+(?:and|to|through|-)\s+(?:the\s+)?"
    rf"(?P<o2>{ordinal_pattern()})\s+(?P<noun2>bullets|items|points|steps|entries)\b", re.IGNORECASE)
_ITEM_NTH = re.compile(rf"\b(?:the\s+)?{_ORD}\s+(?:(?:agenda|shopping|packing|to-?do|checklist|menu)\s+)?{_ITEM}"
                       rf"|\b(?:bullet|item|point|step)\s+(?P<num>\d+)\b", re.IGNORECASE)
_PARA_NTH = re.compile(
    rf"\b(?:the\s+)?(?:very\s+)?(?P<ord>{ordinal_pattern()}|opening|closing|top|bottom|final)\s+"
    rf"(?:body\s+|text\s+)?(?:{_PARA}|{_LINES})(?:\s+{_OF_DOC}|\s+in\s+the\s+(?:document|doc|file|text)\b)?"
    rf"|\b(?:paragraph|para)\s+(?:number\s+)?(?P<num>\d+|{number_pattern()})\b(?![.,]\d)"  # "paragraph 1.5 spaced"
    rf"|\bthe\s+(?P<intro>introduction|conclusion)\b",
    re.IGNORECASE,
)
# where new content goes: "at the end (of the document)", never "at the end of the paragraph/of 'X'"
AT_END = re.compile(rf"\bat\s+the\s+(?:very\s+)?(?:end|bottom)(?:\s+{_OF_DOC})?(?!\s+of\b)", re.IGNORECASE)
# "at the top of the document": before its first line (the title too)
_ADDING = re.compile(r"\b(?:add|insert|put|type|write|place|prepend)\b", re.IGNORECASE)  # new text, not a target
AT_START = re.compile(rf"\bat\s+the\s+(?:very\s+)?(?:top|start|beginning)(?:\s+(?:{_OF_DOC}|of\s+the\s+page\b))?"
                      r"(?!\s+of\b)", re.IGNORECASE)
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
                        r"(?P<noun>heading|header|line|paragraph|entry|item|bullet|warning|note|notice)\b", re.I)
_STOP_CONTENT = (r"\s*(?:[.,;!?]|\s[\u2013\u2014-]\s|\band\s+(?:make|then|also|set|change|put|turn)\b|"
                 r"\b(?:to|with|in|into|as|using)\s+(?:the\s+)?[A-Z]|"
                 r"\bto\s+(?:bold|italic|red|blue|green|be\b|the\b|\d)|\bin\s+(?:bold|italics?|red|blue|green|caps)\b|"
                 r"\b(?:should|must|needs?|into|is|are|will|would|with\s+(?:bold|italics?|an?\b))\b|$)")
_CONTENT = re.compile(
    rf"\b(?:the\s+)?(?P<noun>{_PARA}|line|sentence|bit|part|section|text|note|tip|rule|point|item|entry|reminder|"
    r"clause|question|step|bullet|remark|comment)\s+(?:that\s+|which\s+)?"
    r"(?P<how>is\s+about|about|on|mentioning|containing|contains|includes|including|refers\s+to|with|that\s+has|has|"
    r"talks\s+about|talking\s+about|discusses|regarding|concerning|covering|covers|describes|"
    r"starting\s+with|starts\s+with|beginning\s+with|begins\s+with|ending\s+(?:with|in)|ends\s+(?:with|in)|"
    rf"saying|says|reading|reads)\s+(?P<what>.+?)(?={_STOP_CONTENT})",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"\bevery\s+word\s+of\s+the\s+whole\s+document\b"  # as "capitalize all words" is rewritten: one target
    r"|\b(?:the\s+)?(?:whole|entire|full|complete)\s+(?:document|doc|file|text|page|letter|memo|report|story|essay|"
    r"article|notes|minutes|newsletter|agenda|draft|paper|poem|recipe|guide|notice|invoice|flyer|leaflet|poster|"
    r"brochure|handout|cv|resume|sheet|invitation|programme|menu|itinerary|proposal|syllabus|release|advert|"
    r"advertisement|ad|form|announcement|contract|agreement|lease|schedule|timetable|application|bulletin|booklet|"
    r"handbook|manual|plan|worksheet|certificate|statement|policy|review)\b"
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
    >>> find_target("Make the background paragraph 1.5 line spaced").kind  # a spacing, not paragraph 1
    'described'
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


# "write CH4 with a subscript 4", "H2O with the 2 as a subscript": the character named after the word it is in
_WITH_SCRIPT = re.compile(
    r"\b(?P<anchor>[\w+-]{2,20})\s+with\s+(?:(?:a|the)\s+)?(?:(?:subscript(?:ed)?|superscript(?:ed)?|lowered|raised)"
    r"\s+(?P<inner>[\w+-]{1,3})|(?P<inner2>[\w+-]{1,3})\s+(?:as\s+(?:a\s+)?)?(?:subscript|superscript)(?:ed)?)\b",
    re.IGNORECASE)


def _holding_word(phrase: str, inner: str) -> str:
    """The one word of a quoted ``phrase`` that holds ``inner`` ("4 m2", "2" -> "m2"); the phrase when not one.

    >>> _holding_word("4 m2", "2"), _holding_word("H2O", "2"), _holding_word("2 m2", "2")
    ('m2', 'H2O', '2 m2')
    """
    words = phrase.split()
    if len(words) < 2:
        return phrase
    holding = [w for w in words if inner.lower() in w.lower() and w.lower() != inner.lower()]
    return holding[0] if len(holding) == 1 and not any(w.lower() == inner.lower() for w in words) else phrase


def _within(clause: str) -> Target | None:
    """A character inside a word: "the 2 in CO2", "CH4 with a subscript 4".

    >>> t = _within("Write CH4 with a subscript 4"); (t.text, t.anchor)
    ('4', 'CH4')
    >>> t = _within("Superscript the 2 in '4 m2'."); (t.words, t.text, t.anchor)
    ("the 2 in '4 m2'", '2', 'm2')
    """
    for m in _WITH_SCRIPT.finditer(clause):
        inner, anchor = m.group("inner") or m.group("inner2"), m.group("anchor")
        if inner.lower() in anchor.lower() and inner.lower() != anchor.lower() and not anchor.isalpha():
            return Target("within", anchor, text=inner, anchor=anchor)  # the words after it still say what to do
    for m in _WITHIN.finditer(clause):
        inner, anchor = m.group("inner"), _formula_word(_holding_word(m.group("anchor"), m.group("inner")),
                                                        m.group("inner"))
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


def _item_numbers(clause: str) -> Target | None:
    """List items from one number to another: "items 2 and 3", "the second to fourth steps".

    >>> t = _item_numbers("make items 2 and 3 underlined"); (t.kind, t.nth, t.count, t.role)
    ('items', 2, 2, 'any')
    >>> t = _item_numbers("bold the second and third steps"); (t.nth, t.count, t.role)
    (2, 2, 'numbered')
    """
    m = _ITEM_NUMBERS.search(clause)
    if m is None:
        return None
    a, b = (_n(m.group("a")), _n(m.group("b"))) if m.group("a") else (_n(m.group("o1")), _n(m.group("o2")))
    noun = (m.group("noun") or m.group("noun2")).lower()
    if b <= a:
        return None
    role = {"bullets": "bullet", "steps": "numbered"}.get(noun, "any")
    return Target("items", m.group(0), role=role, nth=a, count=b - a + 1)


def _items(clause: str) -> Target | None:
    numbers = _item_numbers(clause)
    if numbers is not None:
        return numbers
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
        elif not plural and not m.group("all") and re.match(r"(?i)the\b", m.group(0)):
            nth, count = 1, 1  # "the paragraph below the heading X": the one right under it, as after
        else:
            nth, count = 1, 0 if plural or m.group("all") else -1  # -1: the section's only paragraph
        # a name with no noun after it ("under Essential Tools a Heading 1") may run on: keep its first words
        after = bool(m.group("name2")) or bool(m.group("name") and not m.group("noun2"))
        return Target("section", m.group(0), text=name, nth=nth, count=count, after=after)
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
        named = _meaningful(name) or name != raw or _label_like(name)
        if name and named and name.lower() not in ("the", "this", "that"):
            # a quote names it whatever its words ("What you need to do"), a capitalised name too ("the Items
            # heading"): the document's headings decide
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
    """A paragraph described by its own words; a function word may lead them ("the next meeting line").

    >>> _described("underline the next meeting line").text, _described("bold the next line") is None
    ('next meeting', True)
    """
    for m in _DESCRIBED.finditer(clause):
        words = [w.lower() for w in m.group("what").split()]
        if words[-1] not in FUNCTION_WORDS and all(w not in INSTRUCTION_WORDS and ordinal(w) is None
                                                   and cardinal(w) is None for w in words):
            return Target("described", m.group(0), text=m.group("what"), role=m.group("noun").lower())
    return None


def _paragraph(clause: str) -> Target | None:
    m = _PARA_NTH.search(clause)
    if m is None:
        end = AT_END.search(clause)  # "add a table at the end": after the document's last paragraph
        if end and "bottom" in end.group(0).lower() and not _ADDING.search(clause):
            end = None  # "the number at the bottom" is a line to find, not a place to write at
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
    noun = m.group("noun").lower()
    role = "sentence" if noun == "sentence" else "item" if noun in ("bullet", "step", "item", "point") else ""
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


# "everything in the Due column", "all the text under Notes": the words name a narrower scope than the document
# (a target follows: "the ...", a quote or a rewritten reference; "everything in all caps" names a value)
_SCOPED = re.compile(rf"\s+(?:in|inside|of|within|from|under|on)\s+(?:(?:the|this|that)\s+(?!(?:whole\s+|entire\s+)?"
                     rf"(?:{_DOC_NOUNS}|page|same|font|colou?r|size|style)\b)|['\"\u2018\u201c\x00])",
                     re.IGNORECASE)


def _whole(clause: str) -> Target | None:
    """The whole document ("throughout", "everything"), unless the words go on to name a narrower scope.

    >>> _whole("Center everything in the Due column") is None, _whole("make everything in the letter Arial").kind
    (True, 'whole')
    >>> _whole("Capitalize every word in the headline") is None, _whole("Put everything in all caps").kind
    (True, 'whole')
    """
    m = next((m for m in _WHOLE.finditer(clause) if not _IN_TABLE.match(clause, m.end())
              # "the title of the document": the title, not the document
              and not (re.match(r"the\s+(?:document|doc|file)\b", m.group(0), re.I)
                       and _PART_OF.search(clause[:m.start()]))
              and not (m.group(0).lower().startswith(("everything", "all", "every", "each"))
                       and _SCOPED.match(clause, m.end()))),
             None)
    m = m or next((k for k in _WHOLE_BY_KIND.finditer(clause) if not _PART_OF.search(clause[:k.start()])), None)
    return Target("whole", m.group(0)) if m else None


def _column_of_row(clause: str) -> Target | None:
    return column_of_row(clause, _table_number(clause))


def _empty_cell(clause: str) -> Target | None:
    return empty_cell(clause, _table_number(clause))


_READERS = (_sentence, _section, _named_list, _within, _cells, _ranges, _items, _heading, _role, _paragraph, _content,
            _described, _named_paragraphs, _members_in, _empty_cell, _table, _whole, _nth_of_named, _column_of_row,
            label)


def vocabulary() -> frozenset[str]:
    """Every word the reader's request patterns spell out (what the leak test compares with held-out phrasings).

    A word the pattern continues with ``\\w*`` is a stem and ends in ``*``. The patterns that read the document's
    own lines (greetings, sign-offs, sentence ends: :mod:`lamforge.text.locate`) never read a request.

    >>> {"title", "salutation", "header"} <= vocabulary(), "cheers" in vocabulary()
    (True, False)
    """
    spaces = [globals(), vars(last_resort), vars(table_refs), vars(section_names)]
    sources = [v.pattern for space in spaces for v in space.values() if isinstance(v, re.Pattern)]
    sources += [p.pattern for _, p in ROLE_PATTERNS]
    sources += [v for space in (globals(), vars(table_refs), vars(section_names)) for k, v in space.items()
                if k.isupper() and k.startswith("_") and isinstance(v, str)]
    return pattern_words(sources) | _TRAILING
