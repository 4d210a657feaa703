"""How a request names its target without quoting it, and where that target is in a document.

People write "make the title bold", "double-space the first two paragraphs", "bold the header row", "make the 2
in H2O subscript", "centre the signature", "the paragraph about the budget". :func:`find_target` reads such a
reference from a clause (a :class:`Target`); :func:`locate` finds it in a document given as numbered paragraphs
with roles (the document view's) and tables of cell texts, and answers with a :class:`Spot`: paragraphs by
number, table cells by coordinates, the whole document, a text inside one paragraph, or a whole table.

This is the one reference reader of the package. The grounding expert plans with it (the teacher reads the
document and names targets the way the model's structural actions do); the task phrasings name their targets
with the same words; nothing here knows a task's parameters.

Counting: "the second paragraph" counts text paragraphs (body and list paragraphs; title, headings and empty
lines are not counted, as a reader would not count them), "paragraph 3" the same; "the second bullet" counts
list paragraphs; "the second heading" headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lamforge.text.numbers import cardinal, number_pattern, ordinal, ordinal_pattern
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

Paragraph = tuple[int, str, str]  # (number in the view, role, text)
Table = Sequence[Sequence[str]]  # rows of cell texts

_ORD = rf"(?P<ord>{ordinal_pattern()})"
_NUM = rf"(?P<num>{number_pattern()})"
_PARA = r"(?:paragraphs?|paras?|passages?|blocks? of text)"
_ITEM = r"(?:bullet(?:ed)?(?:\s+(?:point|item))?s?|list\s+items?|items?|points?|entries|entry|numbered\s+items?)"
_QUOTE_OR_WORDS = (r"(?:\u201c[^\u201d]+\u201d|\u2018[^\u2019]+\u2019|\"[^\"]+\"|'[^']+'|"
                   r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)")


@dataclass(frozen=True)
class Target:
    """A target as a request names it.

    ``kind``: ``whole`` (the whole document), ``role`` (``role``: title, subtitle, greeting, closing,
    signature), ``heading`` (``text``: its name, or ``nth``), ``paragraphs`` (``nth`` and ``count``, or
    ``nth``..``last``), ``items`` (list paragraphs: ``nth``/``count``, ``count`` 0 for the whole list),
    ``content`` (``text``: words the paragraph contains, starts or ends with, per ``how``), ``within`` (``text``
    inside the word ``anchor``), ``cells`` (``table``, ``row``, ``column``, or ``row_name``/``column_name``
    read from the table's first column/row), ``table`` (a whole table). ``words`` is the request's text that
    named it (a caller removes it before reading the operation).
    """

    kind: str
    words: str
    role: str = ""
    text: str = ""
    how: str = "contains"
    anchor: str = ""
    nth: int = 0
    count: int = 1
    last: int = 0
    table: int = 1
    row: int = 0
    column: int = 0
    row_name: str = ""
    column_name: str = ""


@dataclass(frozen=True)
class Spot:
    """Where a target is, as the structural selections name it.

    ``paragraphs`` (start..end), ``cells`` (table, row, column, to_row, to_column; 0 = all), ``all``, ``text``
    (``text`` in paragraph ``start``, inside the word ``within`` when given) or ``table``.
    """

    kind: str
    start: int = 0
    end: int = 0
    table: int = 0
    row: int = 0
    column: int = 0
    to_row: int = 0
    to_column: int = 0
    text: str = ""
    within: str = ""


def _unquote(s: str) -> str:
    m = QUOTED_RE.fullmatch(s.strip())
    return next(g for g in m.groups() if g is not None) if m else s.strip()


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
    r"(?P<q2>['\"\u2018\u201c])?(?P<anchor>[\w+-]{2,20})(?(q2)['\"\u2019\u201d])",
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
    r"(?:headers|headings|titles|names)\b|\b(?:the\s+)?(?:table\s+)?headers\b|\brow\s+(?:one|1)\b",
    re.IGNORECASE,
)
_ROW = re.compile(
    rf"\b(?:the\s+)?(?:{_ORD}|bottom)\s+row\b|\brow\s+(?:number\s+)?(?P<num>{number_pattern()})\b",
    re.IGNORECASE,
)
_COLUMN = re.compile(
    rf"\b(?:the\s+)?(?:{_ORD}|left(?:most|-most)?|right(?:most|-most)?)\s+column\b|"
    rf"\bcolumn\s+(?:number\s+)?(?P<num>{number_pattern()})\b",
    re.IGNORECASE,
)
_NAMED_COLUMN = re.compile(
    rf"\b(?:the\s+)?(?P<name>{_QUOTE_OR_WORDS})\s+column\b|\bcolumn\s+(?P<name2>{_QUOTE_OR_WORDS})"
)
_NAMED_ROW = re.compile(rf"\b(?:the\s+)?(?P<name>{_QUOTE_OR_WORDS})\s+row\b|\brow\s+(?P<name2>{_QUOTE_OR_WORDS})")
_TABLE = re.compile(
    rf"\b(?:the\s+)?(?:(?:whole|entire|full)\s+)?(?:{_ORD}\s+)?table\b(?:\s+(?P<num>\d+))?", re.IGNORECASE
)
_RANGE = re.compile(
    rf"\b(?:the\s+)?(?P<end>first|opening|last|final|top|bottom)\s+(?P<num>{number_pattern()})\s+{_PARA}"
    rf"|\b{_PARA}\s+(?P<a>{number_pattern()})\s*(?:-|–|to|through|thru|and)\s*(?P<b>{number_pattern()})\b"
    rf"|\b(?:the\s+)?(?P<o1>{ordinal_pattern()})\s+(?:and|to|through|thru|-)\s+(?:the\s+)?(?P<o2>{ordinal_pattern()})"
    rf"\s+{_PARA}",
    re.IGNORECASE,
)
_ITEMS_ALL = re.compile(
    r"\b(?:all\s+(?:of\s+)?the\s+|all\s+|every\s+|each\s+|the\s+(?:whole\s+|entire\s+)?)"
    r"(?:bullet(?:ed)?\s+list|numbered\s+list|list|bullets|bullet\s+points|list\s+items)\b",
    re.IGNORECASE,
)
_ITEM_RANGE = re.compile(rf"\b(?:the\s+)?(?P<end>first|last|top|bottom)\s+(?P<num>{number_pattern()})\s+{_ITEM}",
                         re.IGNORECASE)
_ITEM_NTH = re.compile(rf"\b(?:the\s+)?{_ORD}\s+{_ITEM}|\b(?:bullet|item|point)\s+(?P<num>\d+)\b", re.IGNORECASE)
_PARA_NTH = re.compile(
    rf"\b(?:the\s+)?(?:very\s+)?(?P<ord>{ordinal_pattern()}|opening|closing|introductory|concluding|"
    rf"top|bottom|final)\s+(?:body\s+|text\s+)?{_PARA}"
    rf"|\b(?:paragraph|para)\s+(?:number\s+)?(?P<num>\d+|{number_pattern()})\b"
    rf"|\bthe\s+(?P<intro>intro|introduction|conclusion)\b",
    re.IGNORECASE,
)
_HEADING_NTH = re.compile(rf"\b(?:the\s+)?{_ORD}\s+(?:section\s+)?(?:heading|header|subheading|section title)\b",
                          re.IGNORECASE)
_HEADING_NAMED = re.compile(
    rf"\b(?:the\s+)?(?P<name>{_QUOTE_OR_WORDS})\s+(?:section\s+)?(?:heading|header|subheading|section)\b"
    rf"|\b(?:the\s+)?(?:section\s+)?(?:heading|header|subheading|section(?:\s+title)?)\s+(?:that\s+(?:says|reads)\s+|"
    rf"called\s+|named\s+|titled\s+)?(?P<name2>{_QUOTE_OR_WORDS})",
)
_HEADING_ONLY = re.compile(r"\b(?:the|this|that)\s+(?:only\s+|main\s+|section\s+)?(?:heading|header|subheading)\b",
                           re.IGNORECASE)
_ROLES = (
    ("subtitle", re.compile(r"\b(?:the\s+)?(?:sub-?title|tagline|strapline|subheading under the title)\b", re.I)),
    ("title", re.compile(r"\b(?:the\s+)?(?:(?:document(?:'s)?|main|page|report|memo|letter|big|top)\s+)?title\b"
                         r"(?!\s+case)|\bthe\s+(?:name|heading)\s+(?:at|on)\s+(?:the\s+)?top\b", re.I)),
    ("greeting", re.compile(r"\b(?:the\s+)?(?:greeting|salutation|opening greeting|dear\s+line|"
                            r"line\s+(?:that\s+)?(?:starts|starting|begins|beginning)\s+with\s+['\"]?dear\b)", re.I)),
    ("closing", re.compile(r"\b(?:the\s+)?(?:sign-?off|closing(?:\s+line|\s+phrase|\s+words)?|valediction|"
                           r"complimentary\s+close)\b(?!\s+paragraph)", re.I)),
    ("signature", re.compile(r"\b(?:the\s+)?(?:signature(?:\s+line|\s+block)?|sender'?s?\s+name|"
                             r"name\s+at\s+the\s+(?:bottom|end)|signed\s+name)\b", re.I)),
)
_CONTENT = re.compile(
    rf"\b(?:the\s+)?(?P<noun>{_PARA}|line|sentence|bit|part|section|text)\s+(?:that\s+|which\s+)?"
    r"(?P<how>is\s+about|about|on|mentioning|mentions|that\s+mentions|containing|contains|with|that\s+has|has|"
    r"talks\s+about|talking\s+about|discussing|discusses|regarding|concerning|covering|covers|describing|describes|"
    r"starting\s+with|starts\s+with|beginning\s+with|begins\s+with|ending\s+(?:with|in)|ends\s+(?:with|in)|"
    r"saying|says|reading|reads)\s+(?P<what>.+?)(?=\s*(?:[.,;!?]|\band\s+(?:make|then|also|set|change|put|turn)\b|"
    r"\bto\s+(?:bold|italic|red|blue|green|be\b|the\b|\d)|\bin\s+(?:bold|italics?|red|blue|green|caps)\b|$))",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"\b(?:the\s+)?(?:whole|entire|full|complete)\s+(?:document|doc|file|text|thing|page|letter|memo|report)\b"
    r"|\beverything\b|\ball\s+(?:of\s+)?(?:the\s+)?(?:text|content|contents|words|paragraphs)\b|\ball\s+of\s+it\b"
    r"|\bthroughout(?:\s+the\s+(?:document|doc|file|text))?\b|\beverywhere\b|\bevery\s+(?:paragraph|word|line)\b"
    r"|\beach\s+(?:paragraph|word|line)\b|\bthe\s+(?:document|doc|file)\b(?!\s+(?:title|heading))"
    r"|\bdocument-wide\b|\bin\s+the\s+(?:document|doc|file)\b",
    re.IGNORECASE,
)
_CLOSINGS = re.compile(
    r"^(?:yours\s+(?:sincerely|truly|faithfully)|sincerely(?:\s+yours)?|best(?:\s+regards|\s+wishes)?|"
    r"kind(?:est)?\s+regards|warm(?:est)?\s+regards|regards|many\s+thanks|thanks(?:\s+again)?|thank\s+you|"
    r"cheers|respectfully(?:\s+yours)?|cordially|with\s+(?:thanks|gratitude|appreciation)|all\s+the\s+best)\b[,.!]?",
    re.IGNORECASE,
)
_GREETINGS = re.compile(r"^(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|to\s+whom|greetings)\b", re.I)


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
    >>> t = find_target("centre the cell in row 2, column 3"); (t.kind, t.row, t.column)
    ('cells', 2, 3)
    >>> t = find_target("Italicise the paragraph about the spring fair"); (t.kind, t.text)
    ('content', 'the spring fair')
    >>> find_target("Make the Skills heading all caps").text, find_target("underline the second bullet").nth
    ('Skills', 2)
    >>> find_target("Make 'Apache Kafka' bold") is None
    True
    """
    for reader in (_within, _cells, _ranges, _items, _heading, _role, _paragraph, _content, _table, _whole):
        t = reader(clause)
        if t is not None:
            return t
    return None


def _within(clause: str) -> Target | None:
    for m in _WITHIN.finditer(clause):
        inner, anchor = m.group("inner"), m.group("anchor")
        if (inner.lower() in anchor.lower() and inner.lower() != anchor.lower() and inner.lower() not in FUNCTION_WORDS
                and re.search(r"[A-Za-z]", anchor) and not anchor.isalpha() | inner.isalpha() & anchor.isalpha()):
            return Target("within", m.group(0), text=inner, anchor=anchor)
    return None


def _cells(clause: str) -> Target | None:
    m = _CELL.search(clause)
    if m:
        r, c = (m.group("r"), m.group("c")) if m.group("r") else (m.group("r2"), m.group("c2"))
        return Target("cells", m.group(0), row=_n(r), column=_n(c), table=_table_number(clause))
    row = _row(clause)
    col = _column(clause)
    if row is None and col is None:
        return None
    words = " ".join(x.words for x in (row, col) if x is not None)
    return Target("cells", words, row=row.row if row else 0, column=col.column if col else 0,
                  row_name=row.row_name if row else "", column_name=col.column_name if col else "",
                  table=_table_number(clause))


def _row(clause: str) -> Target | None:
    m = _HEADER_ROW.search(clause)
    if m:
        return Target("cells", m.group(0), row=1)
    m = _ROW.search(clause)
    if m:
        word = m.group("ord") or m.group("num") or "last"
        return Target("cells", m.group(0), row=_n(word))
    m = _NAMED_ROW.search(clause)
    if m and _meaningful(_unquote(m.group("name") or m.group("name2"))):
        return Target("cells", m.group(0), row_name=_unquote(m.group("name") or m.group("name2")))
    return None


def _column(clause: str) -> Target | None:
    m = _COLUMN.search(clause)
    if m:
        word = m.group("ord") or m.group("num") or ("1" if m.group(0).lower().lstrip("the ").startswith("left")
                                                    else "last")
        return Target("cells", m.group(0), column=_n(word))
    m = _NAMED_COLUMN.search(clause)
    if m and _meaningful(_unquote(m.group("name") or m.group("name2"))):
        return Target("cells", m.group(0), column_name=_unquote(m.group("name") or m.group("name2")))
    return None


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


def _items(clause: str) -> Target | None:
    m = _ITEM_RANGE.search(clause)
    if m:
        n = _n(m.group("num"))
        return Target("items", m.group(0), nth=1 if m.group("end").lower() in ("first", "top") else -n, count=n)
    m = _ITEM_NTH.search(clause)
    if m:
        return Target("items", m.group(0), nth=_n(m.group("ord") or m.group("num")))
    m = _ITEMS_ALL.search(clause)
    if m:
        return Target("items", m.group(0), nth=1, count=0)
    return None


def _heading(clause: str) -> Target | None:
    m = _HEADING_NTH.search(clause)
    if m:
        return Target("heading", m.group(0), nth=_n(m.group("ord")))
    for m in _HEADING_NAMED.finditer(clause):
        name = _unquote(m.group("name") or m.group("name2") or "")
        if name and _meaningful(name) and name.lower() not in ("the", "this", "that"):
            return Target("heading", m.group(0), text=name)
    m = _HEADING_ONLY.search(clause)
    if m:
        return Target("heading", m.group(0), nth=1, count=0)  # count 0: "the heading" (the only one, or the first)
    return None


def _role(clause: str) -> Target | None:
    for role, pattern in _ROLES:
        m = pattern.search(clause)
        if m:
            return Target("role", m.group(0), role=role)
    return None


def _paragraph(clause: str) -> Target | None:
    m = _PARA_NTH.search(clause)
    if m is None:
        return None
    word = (m.group("ord") or m.group("num") or m.group("intro") or "").lower()
    nth = {"opening": 1, "introductory": 1, "intro": 1, "introduction": 1, "top": 1, "closing": -1,
           "concluding": -1, "conclusion": -1, "bottom": -1, "final": -1}.get(word) or _n(word)
    return Target("paragraphs", m.group(0), nth=nth)


_TRAILING = frozenset("in into to as with bold italic italics red blue green black grey gray orange purple yellow "
                      "caps uppercase lowercase centred centered justified underlined".split())


def _content(clause: str) -> Target | None:
    m = _CONTENT.search(clause)
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
    return Target("content", words, text=what, how=how)


def _whole(clause: str) -> Target | None:
    m = _WHOLE.search(clause)
    return Target("whole", m.group(0)) if m else None


def _meaningful(text: str) -> bool:
    """Whether ``text`` has a word that is neither a function word nor an instruction word."""
    return any(w.lower() not in FUNCTION_WORDS and w.lower() not in INSTRUCTION_WORDS
               for w in re.findall(r"[\w'-]+", text))


# -- locating a target in a document --------------------------------------------------------------------------------

TEXT_ROLES = ("body", "bullet", "numbered")
COUNTED_ROLES = ("body",)  # "the second paragraph" counts body paragraphs (list items are "bullets")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def _pick(seq: Sequence[Paragraph], nth: int) -> Paragraph | None:
    if nth > 0 and nth <= len(seq):
        return seq[nth - 1]
    if nth < 0 and -nth <= len(seq):
        return seq[nth]
    return None


def locate(target: Target, paragraphs: Sequence[Paragraph], tables: Sequence[Table] = ()) -> Spot | None:
    """Where ``target`` is in a document of numbered ``paragraphs`` (number, role, text) and ``tables``.

    None when it is not there or not there unambiguously (two headings read the name, fewer paragraphs than
    the ordinal ...): the caller then says so instead of guessing.

    >>> doc = [(1, "title", "Minutes"), (2, "body", "We met."), (3, "heading 1", "Seeds"), (4, "bullet", "Tulips"),
    ...        (5, "bullet", "Roses"), (6, "body", "Sincerely,"), (7, "body", "Ana Lopez")]
    >>> locate(find_target("bold the title"), doc) == Spot("paragraphs", 1, 1)
    True
    >>> locate(find_target("italicise the last bullet"), doc).start
    5
    >>> locate(find_target("centre the signature"), doc).start, locate(find_target("the Seeds heading"), doc).start
    (7, 3)
    >>> locate(find_target("bold the Roses row"), doc) is None
    True
    """
    kind = target.kind
    if kind == "whole":
        return Spot("all")
    if kind == "table":
        return Spot("table", table=target.table) if 1 <= target.table <= len(tables) else None
    if kind == "cells":
        return _locate_cells(target, tables)
    found = _locate_paragraphs(target, paragraphs)
    if found is None:
        return None
    if kind == "within":
        return found
    return Spot("paragraphs", found[0], found[1])


def _locate_paragraphs(target: Target, paragraphs: Sequence[Paragraph]) -> tuple[int, int] | Spot | None:
    kind, text_paras = target.kind, [p for p in paragraphs if p[1] in COUNTED_ROLES and p[2].strip()]
    nonempty = [p for p in paragraphs if p[2].strip()]
    if kind == "role":
        p = _role_paragraph(target.role, paragraphs)
        return (p[0], p[0]) if p else None
    if kind == "heading":
        heads = [p for p in paragraphs if p[1].startswith("heading")]
        if target.text:
            want = _norm(target.text)
            hits = [p for p in heads if _norm(p[2]) == want] or [p for p in nonempty if _norm(p[2]) == want]
            return (hits[0][0], hits[0][0]) if len(hits) == 1 else None
        if target.count == 0 and len(heads) != 1:
            return None  # "the heading" in a document with several: ambiguous
        p = _pick(heads, target.nth)
        return (p[0], p[0]) if p else None
    if kind == "items":
        items = [p for p in paragraphs if p[1] in ("bullet", "numbered") and p[2].strip()]
        if target.count == 0:  # the whole list: must be one run of consecutive paragraphs
            if not items or items[-1][0] - items[0][0] != len(items) - 1:
                return None
            return items[0][0], items[-1][0]
        return _run(items, target.nth, target.count, paragraphs)
    if kind == "paragraphs":
        pool = text_paras or nonempty
        count = target.last - target.nth + 1 if target.last else target.count  # "the second and third paragraphs"
        return _run(pool, target.nth, count, paragraphs)
    if kind == "content":
        return _content_paragraph(target, nonempty)
    if kind == "within":  # the word as the document spells it, and the text inside it
        anchor = target.anchor.lower()
        words = [(p[0], w) for p in nonempty for w in re.findall(r"[\w+-]+", p[2]) if w.lower() == anchor]
        if len({w for _, w in words}) != 1 or len({n for n, _ in words}) != 1:
            return None
        number, word = words[0]
        k = word.lower().find(target.text.lower())
        return Spot("text", number, number, text=word[k:k + len(target.text)], within=word)
    return None


def _run(pool: Sequence[Paragraph], nth: int, count: int, paragraphs: Sequence[Paragraph]) -> tuple[int, int] | None:
    """``count`` consecutive members of ``pool`` from the ``nth`` (negative: from the end).

    They must be adjacent in the document (nothing but empty lines between) to be one selection.
    """
    count = max(count, 1)
    start = nth - 1 if nth > 0 else len(pool) + nth
    if start < 0 or start + count > len(pool):
        return None
    run = pool[start:start + count]
    members = {p[0] for p in run}
    between = [p for p in paragraphs if run[0][0] <= p[0] <= run[-1][0] and p[0] not in members]
    if any(p[2].strip() for p in between):
        return None
    return run[0][0], run[-1][0]


def _role_paragraph(role: str, paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    nonempty = [p for p in paragraphs if p[2].strip()]
    if not nonempty:
        return None
    if role == "title":
        titled = [p for p in nonempty if p[1] == "title"]
        return titled[0] if titled else None
    if role == "subtitle":
        sub = [p for p in nonempty if p[1] == "subtitle"]
        return sub[0] if sub else None
    if role == "greeting":
        hits = [p for p in nonempty if _GREETINGS.match(p[2].strip())]
        return hits[0] if len(hits) == 1 else None
    closings = [i for i, p in enumerate(nonempty) if _CLOSINGS.match(p[2].strip()) and len(p[2].split()) <= 5]
    if role == "closing":
        return nonempty[closings[-1]] if closings else None
    if role == "signature":
        if closings and closings[-1] + 1 < len(nonempty):
            after = nonempty[closings[-1] + 1]
            return after if len(after[2].split()) <= 6 else None
        last = nonempty[-1]
        return last if not closings and len(last[2].split()) <= 4 and last[1] in TEXT_ROLES else None
    return None


def _content_paragraph(target: Target, nonempty: Sequence[Paragraph]) -> tuple[int, int] | None:
    want = _norm(target.text)
    if target.how == "is":
        hits = [p for p in nonempty if _norm(p[2]) == want]
    elif target.how == "starts":
        hits = [p for p in nonempty if _norm(p[2]).startswith(want)]
    elif target.how == "ends":
        hits = [p for p in nonempty if _norm(p[2]).endswith(want)]
    else:
        hits = [p for p in nonempty if f" {want} " in f" {_norm(p[2])} "]
        if not hits:  # "about the budget": the paragraph sharing the most meaningful words, when one stands out
            words = {w for w in want.split() if w not in FUNCTION_WORDS and w not in INSTRUCTION_WORDS}
            scored = sorted(((len(words & set(_norm(p[2]).split())), p) for p in nonempty), key=lambda x: -x[0])
            if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                hits = [scored[0][1]]
    return (hits[0][0], hits[0][0]) if len(hits) == 1 else None


def _locate_cells(target: Target, tables: Sequence[Table]) -> Spot | None:
    if not 1 <= target.table <= len(tables):
        return None
    rows = tables[target.table - 1]
    if not rows:
        return None
    row, col = target.row, target.column
    if target.row_name:
        hits = [i for i, r in enumerate(rows, 1) if r and _norm(r[0]) == _norm(target.row_name)] or \
               [i for i, r in enumerate(rows, 1) if any(_norm(c) == _norm(target.row_name) for c in r)]
        if len(hits) != 1:
            return None
        row = hits[0]
    if target.column_name:
        hits = [j for j, c in enumerate(rows[0], 1) if _norm(c) == _norm(target.column_name)]
        if len(hits) != 1:
            return None
        col = hits[0]
    n_rows, n_cols = len(rows), max(len(r) for r in rows)
    row = row if row >= 0 else n_rows + 1 + row
    col = col if col >= 0 else n_cols + 1 + col
    if not 0 <= row <= n_rows or not 0 <= col <= n_cols or (row == 0 and col == 0):
        return None
    return Spot("cells", table=target.table, row=row, column=col, to_row=row, to_column=col)
