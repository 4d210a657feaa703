"""Guidance: a target named by role, position or structure, rewritten into the explicit form the model copies best.

The model reads the document view and is trained to ground "the title", "the second bullet", "the header row" or
"the 2 in H2O" itself; a tiny model still does that far less reliably than it copies a quoted text or a number
out of the request. With the guidance on, before the first prompt, each such reference that the one reference
reader (:mod:`lamforge.text.references`, the expert's own) places unambiguously in the document view is rewritten:

* one paragraph → the paragraph quoted: ``the paragraph "Harbor Lights Coffee Third Quarter Report"``;
* several paragraphs → their numbers in the view: ``paragraphs 4 to 5``;
* table cells → their coordinates: ``row 1 of table 1``, ``column 2 of table 1``, ``the cell in row 3, column 2 of
  table 1``;
* a text inside a word → both quoted: ``the '2' in 'H2O'``;
* the whole document → ``the whole document``.

A reference the reader cannot place is left as written, for the model to ground in the view. This is scaffolding,
switched off with the rest of the guidance (``run_episode(rewrite_request=False)``); the report measures both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lamforge.agent.mentions import CHANGE_VERBS
from lamforge.app.commands import COLORS
from lamforge.text.explicit import explicit_words, quote
from lamforge.text.fonts import KNOWN_FONTS, font_in
from lamforge.text.locate import Spot, locate
from lamforge.text.numbers import cardinal, number_pattern
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.reference_target import Target
from lamforge.text.references import AT_END, AT_START, each_word, find_targets
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

MAX_REWRITES = 3
_ADVERB = re.compile(r"(?i)\s*(?:everywhere|throughout|in\b|document-wide)")  # a place: "in the whole document"
_SECTION_END = re.compile(r"\bsection\s*$", re.IGNORECASE)  # "the lines that open the House Rules section"
_TABLE_SCOPE = re.compile(r"(?P<q>'[^']+'|\"[^\"]+\")\s+(?:in|inside|within|from)\s+(?:the|this)\s+table\b(?!\s+\d)",
                          re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s\s+(\w+)")
_TABLE_TAIL = re.compile(r"^\s+(?:of|in|from)\s+(?:(?:the|this|that)\s+(?:[a-z][\w-]*\s+(?=table\b))?)?(?:table|grid)\b"
                         r"(?:\s+\d+)?")  # "... of the table", "... of the reply table"


def numbered(view: Any) -> list[tuple[int, str, str]]:
    """The view's paragraphs as the reference reader takes them: (number, role, text)."""
    return [(p.number, p.role, p.text) for p in view.paragraphs]


def view_texts(view: Any) -> list[str]:
    """Every text the view shows once: its paragraphs, then its tables' cells."""
    return [p.text for p in view.paragraphs] + [c for t in view.tables for r in t.rows for c in r]


# "insert a blank page" or "insert a 7*5 empty table" with no place: at the end, where Writer's own "blank page" goes
# (as in the task family) and where a table added to a finished document belongs
_PLACELESS = re.compile(
    r"\b(?:insert|add|create|append|include|put|make)\s+(?:a|an|one|another)\s+(?:(?:blank|new|empty|extra|fresh)\s+page\b"
    r"(?!\s+(?:at|after|before|between|following|in|on|to|under|below|above|break|number|numbers|orientation|style|"
    r"size|margins?)\b)|(?:(?:blank|new|empty)\s+)?(?:\d+\s*(?:x|\*|by|×)\s*\d+\s+)?(?:(?:blank|new|empty)\s+)?table\b"
    r"(?:\s+(?:with|of)\s+\w+\s+rows?\s+and\s+\w+\s+columns?|\s+(?:with|of)\s+\w+\s+columns?\s+and\s+\w+\s+rows?)?)",
    re.IGNORECASE)
_PLACE = re.compile(r"\b(?:after|before|between|following|end|beginning|start|top|bottom|under|below|above)\b",
                    re.IGNORECASE)


def place_at_end(request: str) -> str:
    """``request`` with "at the end of the document" after a blank page or a table that it places nowhere.

    >>> place_at_end("I'd like to insert a blank page. Please help.")
    "I'd like to insert a blank page at the end of the document. Please help."
    >>> place_at_end("Insert a 7*5 empty table")
    'Insert a 7*5 empty table at the end of the document'
    >>> place_at_end("Add a table with 3 rows and 2 columns.")
    'Add a table with 3 rows and 2 columns at the end of the document.'
    >>> place_at_end("Insert a blank page after the title"), place_at_end("put the method on a new page")
    ('Insert a blank page after the title', 'put the method on a new page')
    >>> place_at_end("Insert a table below the heading 'Costs'")
    "Insert a table below the heading 'Costs'"
    """
    if _PLACE.search(request):
        return request
    return _PLACELESS.sub(lambda m: f"{m.group(0)} at the end of the document", request, count=1)


_PAGE_BREAK = re.compile(r"\bpage[\s-]*break|\b(?:new|blank|next|fresh)\s+page\b", re.IGNORECASE)
_BY_TABLE = re.compile(r"\b(?P<prep>after|below|following|under|underneath|beneath|before|above|ahead\s+of|"
                       r"in\s+front\s+of)\s+(?:the\s+)?"
                       r"(?:(?P<ord>first|second|third|last)\s+)?table(?:\s+(?P<num>\d+))?\b(?!['\u2019]s)",
                       re.IGNORECASE)


def page_break_by_table(request: str, view: Any) -> str:
    """``request`` with a page break placed after (before) a table said as before (after) the paragraph beside it.

    A page break goes at a paragraph, and the page families are trained on paragraphs; the view says which body
    paragraph a table follows. A table with no paragraph on that side is left as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "title", "Kit"), ViewParagraph(2, "body", "Spare pegs.")),
    ...             (ViewTable(1, 1, (("Item", "Weight"),)),))
    >>> page_break_by_table("Insert a page break after the table", v)
    "Insert a page break before the paragraph 'Spare pegs.'"
    >>> page_break_by_table("put a page break before the table", v), page_break_by_table("bold the table", v)
    ("put a page break after the paragraph 'Kit'", 'bold the table')
    >>> page_break_by_table("a page break under the table", v)
    "a page break before the paragraph 'Spare pegs.'"
    """
    m = _BY_TABLE.search(request)
    if m is None or not view.tables or not _PAGE_BREAK.search(request):
        return request
    text = _beside_table(m, view)
    if not text:
        return request
    return f"{request[:m.start()]}{'before' if _after_table(m) else 'after'} {text}{request[m.end():]}"


# "the note under the table", "the line above the table": the body paragraph on that side of the table
_NEXT_TO_TABLE = re.compile(r"\bthe\s+(?:(?:short|small|little|single|one)\s+)?(?:paragraph|para|line|note|text|"
                            r"sentence|caption|remark)\s+(?:(?:just|right|directly|immediately)\s+)?"
                            + _BY_TABLE.pattern.removeprefix(r"\b"), re.IGNORECASE)


def paragraph_by_table(request: str, view: Any) -> str:
    """``request`` with "the note under the table" said as the paragraph it is.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "title", "Kit"), ViewParagraph(2, "body", "Spare pegs.")),
    ...             (ViewTable(1, 1, (("Item", "Weight"),)),))
    >>> paragraph_by_table("make the note under the table italic", v)
    "make the paragraph 'Spare pegs.' italic"
    >>> paragraph_by_table("bold the line above the table", v), paragraph_by_table("bold the table", v)
    ("bold the paragraph 'Kit'", 'bold the table')
    """
    m = _NEXT_TO_TABLE.search(request)
    if m is None or not view.tables or _PAGE_BREAK.search(request):
        return request
    text = _beside_table(m, view)
    return f"{request[:m.start()]}{text}{request[m.end():]}" if text else request


def _after_table(m: re.Match[str]) -> bool:
    """Whether a ``_BY_TABLE`` match says the side after the table ("below", "under" ...) rather than before it."""
    return m.group("prep").lower() in ("after", "below", "following", "under", "underneath", "beneath")


def _beside_table(m: re.Match[str], view: Any) -> str | None:
    """The explicit words of the body paragraph on the side of the table that ``m`` (a ``_BY_TABLE`` match) says."""
    word = (m.group("ord") or "").lower()
    number = len(view.tables) if word == "last" else int(m.group("num") or {"second": 2, "third": 3}.get(word, 1))
    table = next((t for t in view.tables if t.number == number), None)
    beside = (table.after + 1 if _after_table(m) else table.after) if table is not None else 0
    paragraphs = numbered(view)
    shown = any(n == beside for n, _, _ in paragraphs)  # a capped view may leave it out
    return explicit_words(Spot("paragraphs", beside, beside), paragraphs) if shown else None


# "make Times New Roman the default font": the font every paragraph shows, as the whole-document family asks for it
_COLOR_WORDS = frozenset(w for c in COLORS for w in c.split())


# a request that deletes: a sentence it names by content stays "the sentence 'X'"
_DELETES = re.compile(r"\b(?:delete|remove|erase|cut)\b", re.IGNORECASE)
# a request that edits text (the change verbs of the mention rules, and deleting or typing)
_EDITS = re.compile(rf"\b(?:{CHANGE_VERBS}|rename|edit|fix|type|write|delete|remove)\b", re.IGNORECASE)


def _only_how(request: str) -> bool:
    """Whether ``request`` only says how to change text and names none (instruction words, a font, a colour, numbers).

    "Change the font to Georgia everywhere" changes the whole document; "Italicize the word fog everywhere" each fog.

    >>> _only_how("Change the font to Georgia ."), _only_how("Italicize the word fog"), _only_how("use 12 pt")
    (True, False, True)
    """
    font = font_in(request) or ""
    rest = request.replace(font, " ") if font else request
    return all(w.lower() in FUNCTION_WORDS or w.lower() in INSTRUCTION_WORDS or w.lower() in _COLOR_WORDS or w.isdigit()
               for w in re.findall(r"[A-Za-z]+|\d+", rest))


@dataclass(frozen=True)
class Rewrite:
    """One reference made explicit: the request's words and what replaced them."""

    words: str
    explicit: str


def _drop_table_scope(request: str, texts: list[str]) -> str:
    """``request`` without "in the table" after a quoted text the document holds once: the quote is the target.

    >>> _drop_table_scope("Change 'Capacity' in the table to 'Volume'", ["Capacity", "Price"])
    "Change 'Capacity' to 'Volume'"
    >>> _drop_table_scope("Bold '30%' in the table", ["30%", "30%"])
    "Bold '30%' in the table"
    >>> _drop_table_scope("In the table, please make the header row bold", [])
    'please make the header row bold'

    """
    def drop(m: re.Match[str]) -> str:
        text = m.group("q")[1:-1]
        return m.group("q") if sum(t.count(text) for t in texts) == 1 else m.group(0)

    lead = _TABLE_LEAD.match(request)  # "In the table, make the header row bold": the row says which table
    if lead and re.search(r"\b(?:rows?|columns?|cells?)\b", request[lead.end():], re.IGNORECASE):
        request = request[lead.end():]
    return _TABLE_SCOPE.sub(drop, request)


_CHANGED_IN = re.compile(
    rf"\b(?:{CHANGE_VERBS}|rename)\s+(?P<old>'[^']+'|\"[^\"]+\")\s+(?:to|with|into|by)\s+(?:'[^']+'|\"[^\"]+\")"
    r"(?P<scope>\s+(?:in|under|within|inside|on)\s+(?:(?:the|this)\s+[^.,;!?'\"]{1,60}?|table\s+\d+|"
    # "in step 3", "in the paragraph 'Keep the flask at 37 °C.'" (a step made explicit)
    r"(?:step|item|point|bullet|paragraph|line)\s+\d+|the\s+paragraph\s+(?:'[^']+'|\"[^\"]+\")))(?=\s*[.,;!?]|\s*$)",
    re.IGNORECASE)


def drop_change_scope(request: str, texts: list[str]) -> str:
    """``request`` without the place after "change 'X' to 'Y'" when the document holds X once: X says where.

    The replacement families are trained without a place; "in the action points" after it read as a size unit.

    >>> drop_change_scope("Change 'Tom' to 'Tomasz' in the action points", ["Tom", "Priya"])
    "Change 'Tom' to 'Tomasz'"
    >>> drop_change_scope("Change '37 C' to '30 C' in the paragraph 'Keep it at 37 C.'", ["Keep it at 37 C."])
    "Change '37 C' to '30 C'"
    >>> drop_change_scope("Change 'Tom' to 'Tomasz' in the second row", ["Tom", "Tom"])
    "Change 'Tom' to 'Tomasz' in the second row"
    """
    def drop(m: re.Match[str]) -> str:
        old = m.group("old")[1:-1]
        once = sum(t.count(old) for t in texts) == 1
        return m.group(0)[:m.start("scope") - m.start()] if once else m.group(0)

    return _CHANGED_IN.sub(drop, request)


_LIST_MAKING = re.compile(r"\b(?:numbered|numbers?|bullet(?:ed)?s?|bullet\s+points?|list)\b", re.IGNORECASE)
_HEADING_WORD = re.compile(r"\b(?:heading|header|title)\b", re.IGNORECASE)
# "new phone, new number": a number to call, no list to make
_CALL_NUMBER = re.compile(r"\b(?:new|phone|mobile|contact|telephone|tel|landline|house|room|table|row|page)"
                          r"\s+numbers?\b",
                          re.IGNORECASE)


def list_of_section(request: str, view: Any) -> str:
    """A list made of a quoted heading said as the paragraphs under it: a heading is no list item.

    "Make the course outline a numbered list" names the lines under the heading "Course outline" by its name.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 1", "Course outline"), ViewParagraph(2, "bullet", "Stars"),
    ...              ViewParagraph(3, "bullet", "Moons"), ViewParagraph(4, "heading 1", "Exam")), ())
    >>> list_of_section("Make the 'course outline' a numbered list", v)
    'Make paragraphs 2 to 3 a numbered list'
    >>> list_of_section("Number the 'Course outline' heading", v), list_of_section("Bold 'Course outline'", v)
    ("Number the 'Course outline' heading", "Bold 'Course outline'")
    >>> list_of_section("new phone, new number. and can the paragraph 'Course outline' be 16pt", v)
    "new phone, new number. and can the paragraph 'Course outline' be 16pt"
    """
    unquoted = _CALL_NUMBER.sub(" ", QUOTED_RE.sub(" ", request))
    if not _LIST_MAKING.search(unquoted) or _HEADING_WORD.search(unquoted):
        return request
    paragraphs = numbered(view)
    for m in QUOTED_RE.finditer(request):
        name = next(g for g in m.groups() if g is not None).strip()
        heading = [p for p in paragraphs if p[1].startswith("heading") and p[2].strip().casefold() == name.casefold()]
        spot = locate(Target("section", m.group(0), text=name, count=0), paragraphs) if len(heading) == 1 else None
        if spot is not None and spot.kind == "paragraphs":
            start = m.start() - 4 if request[:m.start()].lower().endswith("the ") else m.start()
            return f"{request[:start]}paragraphs {spot.start} to {spot.end}{request[m.end():]}"
    return request


_INSTEAD = re.compile(r"\s*,?\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+)?[^.,;!?'\"]{1,40}?"
                      r"(?=\s*[.,;!?]|\s*$|\s+(?:and|then|please)\b)", re.IGNORECASE)


def without_instead(request: str) -> str:
    """``request`` without what the change replaces ("instead of bullets"): the new state is what to do.

    "Number the outline instead of bullets" names the bullets only to say they go; read as an operation they
    toggled the bullets off.

    >>> without_instead("Number the outline instead of bullets"), without_instead("Use Arial rather than Calibri.")
    ('Number the outline', 'Use Arial.')

    So are the tables a whole-document change says it includes: the whole document holds them already.

    >>> without_instead("everything in Arial please, the table as well")
    'everything in Arial please'
    >>> without_instead("can you put the whole report in Verdana, table and all")
    'can you put the whole report in Verdana'
    >>> without_instead("bold the heading, the table as well")
    'bold the heading, the table as well'

    A value it replaces is the old value of a correction, said as one:

    >>> without_instead("visiting finishes at half 7 now instead of 8, the night staff start then")
    'visiting finishes at half 7 now, not 8, the night staff start then'
    """
    request = _VALUE_INSTEAD.sub(r", not \g<v>", request)  # "half 7 now instead of 8": the old value, as a correction
    request = _INSTEAD.sub("", request)
    if _EVERYTHING.search(request):
        request = _TABLES_TOO.sub("", request)
    return request


_VALUE_INSTEAD = re.compile(r"\s*,?\s+(?:instead\s+of|rather\s+than)\s+(?P<v>[\u00a3$]?\d[\d.,:]*(?:\s*(?:am|pm|p))?)"
                            r"(?=\s*[.,;!?]|\s*$|\s+(?:and|then|please)\b)", re.IGNORECASE)
_EVERYTHING = re.compile(r"\b(?:everything|whole\s+(?:document|doc|file|report|letter|sheet|notice|menu)|"
                         r"all\s+(?:of\s+)?the\s+text|"
                         r"throughout)\b", re.IGNORECASE)
_TABLES_TOO = re.compile(r"\s*,?\s+(?:and\s+|including\s+|with\s+)?(?:(?:the|its|any|all\s+the)\s+tables?"
                         r"(?:\s+(?:as\s+well|too|included|also))?|(?:the\s+)?tables?\s+and\s+all|(?:the\s+)?(?:[a-z]+\s+)?"
                         r"tables?\s+included)(?=\s*[.!?]?\s*$)",
                         re.IGNORECASE)


_SOME_WORDS = re.compile(rf"\bthe\s+(?P<end>first|last|opening|final)\s+(?:(?P<n>{number_pattern()})\s+)?words?\s+"
                         r"(?:of|in)\s+the\s+paragraph\s+(?P<q>'[^']+'|\"[^\"]+\")", re.IGNORECASE)


def some_words(request: str, texts: list[str]) -> str:
    """"The first three words of the paragraph 'X'" as those words, quoted, when the document holds them once.

    >>> some_words("Make the first three words of the paragraph 'Warranty: two years, no more.' italic", [])
    "Make 'Warranty: two years' italic"
    >>> some_words("Bold the last word of the paragraph 'Tom is here.'", ["Tom is here.", "here"])
    "Bold the last word of the paragraph 'Tom is here.'"
    """
    m = _SOME_WORDS.search(request)
    if m is None:
        return request
    n = cardinal(m.group("n")) if m.group("n") else 1
    words = m.group("q")[1:-1].split()
    if not n or n >= len(words):
        return request
    chosen = " ".join(words[:n] if m.group("end").lower() in ("first", "opening") else words[-n:])
    chosen = chosen.rstrip(".,;:!?")
    if not chosen or sum(t.count(chosen) for t in texts) > 1:
        return request
    return f"{request[:m.start()]}{quote(chosen)}{request[m.end():]}"


_TABLE_LEAD = re.compile(r"^\s*(?:in|within|inside|for)\s+(?:the|this)\s+table\s*,\s*", re.IGNORECASE)
_ASIDE = re.compile(r"^\s*\([^()'\"]{1,80}\)")  # a bracketed aside right after a target's words
_PLACE_WORD_BEFORE = re.compile(r"\b(?:after|before|below|under|above|beneath|following)\s*$", re.IGNORECASE)


def _range_side(text: str, before: str, paragraphs: list[tuple[int, str, str]]) -> str:
    """"A page break after paragraphs 6 to 9": the place is beside the range's last (or, before it, first) paragraph.

    >>> ps = [(1, "title", "Jobs"), (2, "bullet", "Weed the beds"), (3, "bullet", "Turn the compost")]
    >>> _range_side("paragraphs 2 to 3", "Insert a page break after ", ps)
    "the paragraph 'Turn the compost'"
    >>> _range_side("paragraphs 2 to 3", "Bold ", ps)
    'paragraphs 2 to 3'
    """
    m = re.fullmatch(r"paragraphs (\d+) to (\d+)", text)
    side = _PLACE_WORD_BEFORE.search(before)
    if m is None or side is None:
        return text
    n = int(m.group(1) if side.group(0).strip().lower() in ("before", "above") else m.group(2))
    return explicit_words(Spot("paragraphs", n, n), paragraphs) or text


_VAGUE_SIZE = re.compile(r"\b(?:a\s+(?:bit|little)\s+|slightly\s+|much\s+)?(?:bigg?er|larger|smaller)"
                         r"\s*(?:,|\s[\u2013\u2014-])?\s+"
                         r"(?:like\s+|say\s+|about\s+|at\s+|to\s+)?(?=\d+(?:\.\d+)?\s*(?:pt|points?)\b)",
                         re.IGNORECASE)


# "could be bigger, say 24": a size said without its unit after a vague one
_SAID_SIZE = re.compile(r"\b(?P<v>(?:bigg?er|larger|smaller)\s*(?:,?\s+(?:say|maybe|perhaps|like|about|around|try)\s+"
                        r"|(?:,|\s[\u2013\u2014-])\s*(?=\d{1,2}(?:\.5)?\s+(?:would|will|wud|should|is|please|or\s+so|maybe|perhaps)\b"
                        r"|\d{1,2}ish\b)))"  # "biger, 16ish?"
                        r"(?P<n>\d{1,2}(?:\.5)?)(?:ish)?\b(?!\s*(?:pt|points?|px|%|[.,:]\d|am|pm|mins?|minutes|[a-z]+s\b))",
                        re.IGNORECASE)
# "bigger, 24 or so", "a bit bigger, 16 maybe": the size said, the hedge after it no part of the request
_ROUGHLY = re.compile(r"(?<=\dpt)\s+(?:or\s+so|maybe|perhaps)\b", re.IGNORECASE)
# "title bigger – 26 – and centred": the size set off by dashes or brackets
_DASHED_SIZE = re.compile(r"\b(?:bigger|larger|smaller)\s*[\u2013\u2014(-]\s*(?P<n>\d{1,2}(?:\.5)?)\s*(?:pt\s*)?"
                          r"[\u2013\u2014)-]\s*", re.IGNORECASE)
_FONT_AND_SIZE = re.compile(rf"\b(?P<font>{'|'.join(re.escape(f) for f in KNOWN_FONTS)})\s+(?P<n>\d{{1,2}}(?:\.5)?)\b"
                            r"(?!\s*(?:pt|points?|px|%|[.,]\d))", re.IGNORECASE)


def font_and_size(request: str) -> str:
    """"In Verdana 11": the font and its size said apart, as the font and size families are trained.

    >>> font_and_size("can we have the whole thing in Verdana 11"), font_and_size("Arial 12 pt please")
    ('can we have the whole thing in Verdana, 11 pt', 'Arial 12 pt please')
    """
    return _FONT_AND_SIZE.sub(lambda m: f"{m.group('font')}, {m.group('n')} pt", request)


def exact_size(request: str) -> str:
    """``request`` without a vague "smaller" / "bigger" that the size after it says exactly.

    "Make the keywords line smaller, 9 pt" had "smaller" looked up as a case change (lowercase).

    >>> exact_size("Make the keywords line smaller, 9 pt"), exact_size("make the title bigger, like 16 pt")
    ('Make the keywords line 9 pt', 'make the title 16 pt')
    >>> exact_size("make the happy line biger \u2013 14 wud do")
    'make the happy line 14pt wud do'
    >>> exact_size("the name could be bigger, say 24"), exact_size("make it bigger, say 2 sizes up")
    ('the name could be 24pt', 'make it bigger, say 2 sizes up')
    >>> exact_size("can you make the heading biger, 16ish? parents can't find it")
    "can you make the heading 16pt? parents can't find it"
    >>> exact_size("the name wants to be bigger, 24 or so"), exact_size("the heading a bit bigger, 16 maybe")
    ('the name wants to be 24pt', 'the heading 16pt')
    >>> exact_size("make the title bigger"), exact_size("title bigger \u2013 26 \u2013 and centred")
    ('make the title bigger', 'title 26pt and centred')
    """
    request = _ROUGHLY.sub("", _SAID_SIZE.sub(r"\g<v>\g<n>pt", request))
    return _VAGUE_SIZE.sub("", _DASHED_SIZE.sub(r"\g<n>pt ", font_and_size(request)))


def _only_a_quote(words: str) -> bool:
    """Whether ``words`` are a quoted text and nothing more (already as explicit as it gets)."""
    return bool(QUOTED_RE.fullmatch(words.strip()))


def make_explicit(request: str, view: Any) -> tuple[str, list[Rewrite]]:
    """``request`` with each reference the reader places in ``view`` rewritten explicitly, and the rewrites.

    >>> from lamforge.app.observation import DocView, ViewParagraph, ViewTable
    >>> v = DocView((ViewParagraph(1, "title", "Minutes"), ViewParagraph(2, "bullet", "Seeds"),
    ...              ViewParagraph(3, "bullet", "Gloves")), (ViewTable(1, 3, (("Task", "Owner"), ("Dig", "Bo"))),))
    >>> make_explicit("make the title bold and centre it", v)[0]
    "make the paragraph 'Minutes' bold and centre it"
    >>> make_explicit("underline the second bullet", v)[0], make_explicit("bold the header row", v)[0]
    ("underline the paragraph 'Gloves'", 'bold row 1 of table 1')
    >>> make_explicit("make 'Seeds' bold", v)[0], make_explicit("bold the Summary heading", v)[0]
    ("make 'Seeds' bold", 'bold the Summary heading')
    >>> make_explicit("make everything Arial", v)[0], make_explicit("replace 'Bo' with 'Al' everywhere", v)[0]
    ('make the whole document Arial', "replace 'Bo' with 'Al' everywhere")
    >>> make_explicit("change the font to Georgia everywhere", v)[0]
    'change the font to Georgia in the whole document'
    >>> make_explicit("make the second bullet's font Arial", v)[0]
    "make the font of the paragraph 'Gloves' Arial"

    >>> make_explicit("bold the header row of the table", v)[0], make_explicit("bold the cell in row 2, column 1", v)[0]
    ('bold row 1 of table 1', 'bold the cell in row 2, column 1 of table 1')
    >>> make_explicit("add a 3x2 table at the end", v)[0], make_explicit("append 'x' at the end of 'Seeds'", v)[0]
    ("add a 3x2 table after the paragraph 'Gloves'", "append 'x' at the end of 'Seeds'")
    >>> make_explicit("add an empty row at the bottom of the table", v)[0]
    'add an empty row below row 2 of table 1'
    >>> v = DocView((ViewParagraph(1, "heading 1", "Kit"), ViewParagraph(2, "body", "Rope")), ())
    >>> make_explicit("number the lines that open the Kit section", v)[0]
    "number the lines that open the 'Kit' section"

    """
    paragraphs = numbered(view)
    tables = [t.rows for t in view.tables]
    request = _drop_table_scope(request, view_texts(view))
    work, done = request, []  # rewritten references stand as \x00N\x00 until the end, so they are not read again
    for _ in range(MAX_REWRITES):
        found = None
        # only the most specific reading: a reading the document does not bear out ("the first paragraph under
        # 'Nowhere'") is not traded for a looser one that it does
        quoted = bool(QUOTED_RE.search(work))  # "make 'X' bold in the document" names X, not the whole document
        # a reference inside a quote is the document's own text ("delete 'No phones at the table'")
        target = next((t for t in find_targets(work) if (t.kind != "whole" or not quoted)
                       and not _inside_quote(work, t.words)), None)
        if target is not None and target.kind == "label" and (_EDITS.search(work)
                                                              or not _only_how(work.replace(target.words, " "))):
            # "change the rating to 5": the value after the label, not the line, is what changes; a line named as a
            # place is still the line ("put a 2x2 table after the verdict")
            target = target if _PLACE_WORD_BEFORE.search(work[:max(work.find(target.words), 0)]) else None
        if target is not None and target.words and target.words in work:
            spot = locate(target, paragraphs, tables)
            text = explicit_words(spot, paragraphs) if spot is not None else None
            words = (spot.words or target.words) if spot is not None else ""
            if text and spot.kind == "text" and target.role == "sentence" and _DELETES.search(work):
                text = f"the sentence {text}"  # as delete_sentence is trained: a bare quote read as a paragraph
            if text and target.kind == "heading" and _SECTION_END.search(words) and text.startswith("the paragraph "):
                text = f"the {text[len('the paragraph '):]} section"  # a section, not only its heading line
            if text and target.kind == "whole" and each_word(words):  # "capitalize every word": each word of it
                text = f"every word of {text}"
            elif text and target.kind == "whole" and _ADVERB.match(words):  # "... to Georgia everywhere"
                whole_again = any(r.explicit.endswith("the whole document") for r in done)  # "the text ... throughout"
                text = f"in {text}" if _only_how(work.replace(words, " ")) and not whole_again else None
            if text and words in work and not _only_a_quote(words) and words.strip().lower() != text:
                found = (words, text)
        if found is None or _inside_quote(work, found[0]):  # the located words themselves inside a quote
            break
        words, text = found
        if AT_END.fullmatch(words):  # "add a table at the end" -> "add a table after the paragraph 'Last words.'"
            text = f"after {text}"
        elif AT_START.fullmatch(words):  # "add 'Draft' at the top" -> "add 'Draft' before the paragraph 'Title'"
            text = f"before {text}"
        elif re.match(r"at\s+the\b", words, re.I) and text.startswith("row "):  # "a row at the bottom of the table"
            text = f"below {text}"
        at = work.find(words)
        before, after = work[:at], work[at + len(words):]
        text = _range_side(text, before, paragraphs)
        for lead in ("the cell in ", "the paragraph ", "the "):  # "bold the cell in <the cell in row 3 ...>"
            if before.lower().endswith(lead) and text.startswith(lead):
                text = text[len(lead):]
                break
        after = _TABLE_TAIL.sub("", after, count=1) if "of table" in text else after  # "... of the table"
        after = _ASIDE.sub("", after, count=1)  # "the first four lines (my name, address ...)": said, now explicit
        owned = _POSSESSIVE.match(after)  # "the first paragraph's font" -> "the font of the paragraph '...'"
        if owned:
            before, after = f"{before}the {owned.group(1)} of ", after[owned.end():]
        work = f"{before}\x00{len(done)}\x00{after}"
        done.append(Rewrite(words, text))
    for i, r in enumerate(done):
        work = work.replace(f"\x00{i}\x00", r.explicit)
    return work, done


def _inside_quote(request: str, words: str) -> bool:
    """Whether the first ``words`` of ``request`` are part of a quote, not all of it (the document's text then).

    >>> _inside_quote("delete 'No phones at the table'", "the table"), _inside_quote("bold the table", "the table")
    (True, False)
    >>> _inside_quote("bold 'the table'", "the table")  # the quote itself is the target
    False
    """
    at = request.find(words.strip())
    return at >= 0 and any(m.start() < at < m.end() and m.group(0)[1:-1].strip() != words.strip()
                           for m in QUOTED_RE.finditer(request))


_TOPIC_FIRST = re.compile(r"^(?P<target>(?:the\s+paragraph\s+)?(?:'[^']+'|\"[^\"]+\"))"
                          r"(?:\s+(?:is|looks|seems|reads)\s+[^,'\"\u2013\u2014]{1,40}?)?\s*(?:[\u2013\u2014:-]|,)\s+"
                          r"(?P<rest>(?:(?:can|could)\s+you\s+|please\s+)?[a-z][^'\"]*?\b(?:it|that|this)\b[^'\"]*)$",
                          re.IGNORECASE)
# what "it" stands for in the ask: "centre it", and "can that go in italics" (not "so that it fits")
_TOPIC_POINTER = re.compile(r"\bit\b|(?<=\bcan\s)(?:that|this)\b|(?<=\bmake\s)(?:that|this)\b", re.IGNORECASE)


def topic_first(request: str) -> str:
    """"The hall name at the top – centre it, 24pt and blue": the target said first, then what to do to "it".

    >>> topic_first("the paragraph 'Ashcombe Hall' \u2013 centre it, 24pt and blue please")
    "centre the paragraph 'Ashcombe Hall', 24pt and blue please"
    >>> topic_first("the paragraph 'Unit 7, Canal Wharf' is a bit shouty, make it grey")
    "make the paragraph 'Unit 7, Canal Wharf' grey"
    >>> topic_first("the paragraph 'Doors 7pm', can that go in italics? it looks like the body text")
    "can the paragraph 'Doors 7pm' go in italics? it looks like the body text"
    >>> topic_first("'Notes' - can you make it bold"), topic_first("make 'it' bold")
    ("can you make 'Notes' bold", "make 'it' bold")
    """
    m = _TOPIC_FIRST.match(request.strip())
    if m is None or not _TOPIC_POINTER.search(m.group("rest")):
        return request
    return _TOPIC_POINTER.sub(lambda _: m.group("target"), m.group("rest"), count=1)
