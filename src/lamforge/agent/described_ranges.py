"""A run of paragraphs told by its ends: "everything from the cakes paragraph down to the allergy note".

"the 4 lines between the title and about the league", "the lines under the title, down to and including where to
meet": each end is a paragraph the request describes (the title, a heading's words, a line's own words), found in
the document view by the words it shares with one paragraph (a body paragraph before a heading when the
description says "paragraph", "line" or "note"); the run is said as the model reads ranges, "paragraphs 13 to 16".
"Between" leaves both ends out and "under X" leaves X out; a count the request gives must match. Anything the
words do not settle is left as written.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.clause_parts import asks_nothing
from lamforge.agent.named_cells import table_by_name
from lamforge.agent.value_facts import values_in
from lamforge.agent.word_overlap import content_words, one_best, same_word
from lamforge.app.commands import COLORS
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.vocab import INSTRUCTION_WORDS

_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_END = r"(?P<{}>(?:(?!\b(?:in|into|to|and|down|up)\b)[^,;.!?])+?)"  # the first end: up to "to", "and"
_LAST = r"(?P<b>[^,;.!?]+?)"
_FROM = r"(?P<a>(?:(?!\b(?:to|down|up|till|until)\b)[^,;.!?])+?)"  # "from dear parents and carers down to ..."
# what to do said right after the run's end: "down to the last booking step grey", "... to the allergy note bold"
_DO = (r"|\s+(?:" + "|".join(sorted({w for c in COLORS for w in c.split()}, key=len, reverse=True)) +
       r"|bold|italics?|underlined|\d+(?:\.5)?\s*pt)\b")
_FROM_HEAD = (r"(?:\b(?:everything|all(?:\s+the\s+(?:text|lines|paragraphs))?|the\s+(?:(?P<n>\d|two|three|four|"
              r"five|six)\s+)?(?:lines|paragraphs|bit|text))\s+|^"
              # "the visiting the apiary bit, from the parking step down to ...": the part named, then its ends
              r"|^(?:the\s+)?(?P<part>[^,;.!?]{1,40}?)\s+(?:bit|section|part)\s*,\s*)from\s+")
_FROM_TAIL = (r"(?P<incl>(?:and\s+)?including\s+)?" + _LAST + r"(?=\s*(?:$|[,;.!?]|\s+(?:in|are|is|should|can|could|"
              r"need|needs|looks?)\b(?!['\u2019])" + _DO + "))")
_RANGES = (
    # "everything from good to know down to the safety line": a first end with "to" in it, up to "down to"
    ("from", re.compile(_FROM_HEAD + r"(?P<a>(?:(?!\b(?:down|up)\b)[^,;.!?])+?)\s+(?:down|up)\s+to\s+" + _FROM_TAIL,
                        re.IGNORECASE)),
    # "everything from the cakes paragraph down to the allergy note"
    ("from", re.compile(_FROM_HEAD + _FROM + r"\s+(?:(?:down|up)\s+)?(?:to|till|until)\s+" + _FROM_TAIL,
                        re.IGNORECASE)),
    # "the 4 lines between the title and about the league"
    ("between", re.compile(r"\b(?:everything|all|the\s+(?:(?P<n>\d|two|three|four|five|six)\s+)?(?:lines|paragraphs|"
                           r"bits))\s+between\s+" + _END.format("a") + r"\s+and\s+" + _LAST +
                           r"(?=\s*(?:$|[,;.!?]|\s+in\b))", re.IGNORECASE)),
    # "cancellations down to the car park line can all be 9pt"
    ("down", re.compile(r"^" + _END.format("a") + r"\s+down\s+to\s+(?P<incl>(?:and\s+)?including\s+)?" + _LAST +
                        r"(?=\s+(?:can|could|should|need|needs)\s+(?:all\s+|both\s+)?(?:be|go)\b)", re.IGNORECASE)),
    # "gift aid heading through to the end of the volunteer reminders – make all that 10pt": the run first, then
    # what to do to it
    ("topic", re.compile(r"^" + _END.format("a") + r"\s+(?:(?:right\s+)?(?:down|through)|all\s+the\s+way)\s+to\s+"
                         r"(?P<end>the\s+end\s+of\s+)?(?P<incl>(?:and\s+)?including\s+)?" + _LAST +
                         r"(?=\s*(?:[,;\u2013\u2014]|\s-\s))", re.IGNORECASE)),
    # "the 3 dates under coming up in italics please": so many lines after a heading
    ("count", re.compile(r"\bthe\s+(?P<n>\d|two|three|four|five|six)\s+(?:[a-z]+\s+)?(?:lines|dates|items|bullets|"
                         r"things|points|paragraphs|entries|rules|notes)\s+(?:under|below|after)\s+(?P<a>[^,;.!?]+?)" +
                         r"(?=\s*(?:$|[,;.!?]|\s+(?:in|to|should|can|could|need|needs|please)\b))", re.IGNORECASE)),
    # "the heavy clay paragraph and the 4 numbered steps after it", "how to join and the three steps under it"
    ("and_after", re.compile(r"(?:^|(?<=[,;.!?]\s))(?P<a>[^,;.!?\u2013\u2014]+?)\s+and\s+the\s+"
                             r"(?P<n>\d|two|three|four|five|six)\s+(?:[a-z]+\s+)?(?:lines|steps|"
                             r"items|bullets|points|paragraphs|rules|tips)\s+(?:under|below|after)\s+(?:it|that)\b",
                             re.IGNORECASE)),
    # "the lines under the title, down to and including where to meet"
    ("under", re.compile(r"\b(?:everything|all|the\s+(?:(?P<n>\d|two|three|four|five|six)\s+)?(?:lines|paragraphs|"
                         r"bits))\s+(?:under|below|after)\s+" + _END.format("a") + r"(?:\s+in\s+[a-z]+)?\s*,?\s+"
                         r"(?:(?:down|up)\s+)?(?:to|till|until)\s+(?P<incl>(?:and\s+)?including\s+)?" +
                         _LAST + r"(?=\s*(?:$|[,;.!?]))", re.IGNORECASE)),
)
_BODY_WORDS = {"paragraph", "line", "note", "bit", "sentence"}
_ITEM_WORDS = {"bullet", "item", "step", "point"}  # "the bullet about the fee": a list's line
_PLACE_WORDS = _BODY_WORDS | _ITEM_WORDS | {"heading", "section", "part", "the"}


def described_range(request: str, view: Any) -> str:
    """The request with a run of paragraphs told by its ends said as "paragraphs A to B"; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView(tuple(ViewParagraph(i, r, t) for i, (r, t) in enumerate((
    ...     ("title", "Summer League"), ("body", "Club notes"), ("body", "Captain: Rhiannon"),
    ...     ("body", "Meet: by the shop"), ("body", "Courts 1-3"), ("heading 1", "About the league"),
    ...     ("heading 2", "Cakes and drinks"), ("body", "Our cakes change every day."), ("body", "Drinks: tea"),
    ...     ("body", "Note: tell us about any allergies."), ("body", "See you soon!")), 1)), ())
    >>> described_range("put the 4 lines between the title and about the league in italics", v)
    'put paragraphs 2 to 5 in italics'
    >>> described_range("italics for everything from the cakes paragraph down to the allergy note", v)
    'italics for paragraphs 8 to 10'
    >>> described_range("put the lines under the title in italics, down to and including where to meet", v)
    'put paragraphs 2 to 4 in italics'
    >>> described_range("put the 3 lines between the title and about the league in italics", v)  # 4 lines there
    'put the 3 lines between the title and about the league in italics'
    >>> described_range("from club notes down to the meet line, make it 12pt - people can't read it", v)
    "make paragraphs 2 to 4 12pt - people can't read it"
    >>> described_range("captain down to courts can all be 9pt, it's small print", v)
    "make paragraphs 3 to 5 9pt, it's small print"
    >>> described_range("the 2 lines under cakes and drinks in italics please", v)
    'set paragraphs 8 to 9 in italics please'
    >>> described_range("everything from captain down to the meet one in 10pt", v)
    'set paragraphs 3 to 4 in 10pt'
    >>> described_range("about the league heading through to the end of cakes and drinks – make all that 10pt", v)
    'make paragraphs 6 to 11 10pt'
    >>> described_range("the cakes and drinks heading and the 3 lines under it – italics on those pls", v)
    'italics on paragraphs 7 to 10 pls'
    >>> described_range("make everything from the cakes paragraph down to the allergy note grey, it's dull", v)
    "make paragraphs 8 to 10 grey, it's dull"
    >>> described_range("drinks bit down to the end, can all that be 10pt", v)
    'can paragraphs 9 to 11 be 10pt'
    >>> described_range("from club notes down to the courts line, all of that in dark red please", v)
    'set paragraphs 2 to 5 in dark red please'
    >>> described_range("the cakes and drinks bit, from the heading down to the note about allergies, can that be"
    ...                 " 10pt", v)
    'can paragraphs 7 to 10 be 10pt'
    >>> described_range("everything from about the league down to the allergy note in italics", v)  # up to "down to"
    'set paragraphs 6 to 10 in italics'
    """
    if QUOTED_RE.search(request):
        return request
    for how, pattern in _RANGES:
        m = pattern.search(request)
        if m is None:
            continue
        if how == "and_after" and m.group("a").split()[0].lower() in INSTRUCTION_WORDS:
            continue  # "bold X and the 3 steps under it": the verb would go with the run's words
        a = _paragraph(m.group("a"), view, start=True)
        part = m.groupdict().get("part")
        if part and re.fullmatch(r"(?:the\s+|its\s+)?heading", m.group("a").strip(), re.IGNORECASE):
            a = _paragraph(f"{part} heading", view)  # "the before i arrive bit, from the heading down to ..."
        to_end = None
        if how in ("count", "and_after") and a:
            b: int | None = a + _COUNT_OF.get(m.group("n").lower(), 0)
        elif a and (last := _LAST_ITEM.match(m.groupdict().get("b") or "")):  # "to the last of the can't-pay steps"
            b = _last_item_after(a, view, last.group("which") or "")
        elif a and _DOC_END.fullmatch((m.groupdict().get("b") or "").strip()):  # "phones bit down to the end"
            b = max((p.number for p in view.paragraphs if p.text.strip()), default=None)
        else:
            said_b = m.groupdict().get("b") or ""
            to_end = re.match(r"(?:the\s+)?end\s+of\s+", said_b)  # "down to the end of the induction paragraph"
            b = _paragraph(said_b[to_end.end():] if to_end else said_b, view)
            if b is None and a is not None:  # "down to the paragraph about me ringing ahead": the one after a
                b = _paragraph(said_b[to_end.end():] if to_end else said_b, view, after=a)
        if a is None or b is None:
            continue
        if m.groupdict().get("end") or to_end:  # "to the end of the volunteer reminders": that section's last line
            b = _section_end(b, view)
        first = a if how in ("from", "down", "topic", "and_after") else a + 1
        last = b - 1 if how == "between" else b
        if how in ("count", "and_after") and not _plain_run(view, a + 1, last):
            continue
        if first > last:
            continue
        n = m.groupdict().get("n")
        if n and how != "and_after" and int(_COUNT.get(n.lower(), n)) != last - first + 1:
            continue
        said = f"paragraphs {first} to {last}" if last > first else f"paragraph {first}"
        rest = request[m.end():]
        if how == "under":  # "the lines under the title in italics, down to ...": the words between stay
            inner = re.search(r"\s+in\s+[a-z]+", m.group(0)[m.end("a") - m.start():m.start("b") - m.start()])
            rest = (inner.group(0) if inner else "") + rest
        if not request[:m.start()].strip():
            return run_first(said, rest)
        return f"{request[:m.start()]}{said}{rest}"
    return request


def run_first(said: str, rest: str) -> str:
    """A run said first ("paragraphs 3 to 5") and what to do to it after, said the way a request is trained.

    >>> run_first("paragraphs 3 to 5", " \u2013 can they go 1.5 line spacing?")
    'can paragraphs 3 to 5 go 1.5 line spacing'
    >>> run_first("paragraphs 3 to 5", " \u2013 could that all be 1.5 spaced? we hand it out")
    'make paragraphs 3 to 5 1.5 spaced'
    >>> run_first("paragraphs 3 to 5", ", 11pt please. it's the part people read")
    'make paragraphs 3 to 5 11pt'
    >>> run_first("paragraphs 3 to 5", " up to 12pt")
    'make paragraphs 3 to 5 12pt'
    >>> run_first("paragraphs 3 to 5", ", can that lot go in comic sans? it's for the kids")
    'can paragraphs 3 to 5 go in comic sans'
    >>> run_first("paragraphs 3 to 5", " can all be 9pt"), run_first("paragraphs 3 to 5", " in 10pt")
    ('make paragraphs 3 to 5 9pt', 'set paragraphs 3 to 5 in 10pt')
    """
    if re.match(r"\s+(?:in|to|into)\s", rest):
        said = f"set {said}"  # "everything from invoice no down to the term line in 10pt": a verb to read
    all_that = _ALL_THAT_IN.match(rest)
    if all_that:  # "from what to bring down to the fee bullet, all of that in dark red": set them so
        return f"set {said} {rest[all_that.end():]}"
    can_be = re.match(r"\s*(?:[\u2013\u2014-]\s+)?(?:can|could|should|needs?)\s+(?:(?:that|those|they|these)\s+)?"
                      r"(?:all\s+|both\s+)?be\s+", rest)
    if can_be:  # "... can all be 9pt": make them so; a question ends the ask when what follows asks nothing
        asked = rest[can_be.end():]
        end = re.search(r"\?\s+(?P<after>.+)$", asked)
        if end and asks_nothing(end.group("after")):
            asked = asked[:end.start()]
        return f"make {said} {asked}"
    value = re.match(r"\s*(?:,\s*|\s(?:up|down)\s+to\s+)(?:in\s+)?(?P<v>\d+(?:\.5)?\s*pt|bold|italics?|underlined)"
                     r"(?:\s+please)?\b", rest,
                     re.IGNORECASE)
    if value:  # "..., 11pt please": the run made so
        return f"make {said} {value.group('v')}"
    ask = _ASK_IT.search(rest)
    if ask:  # "from dear parents down to the laptops bit, make it 12pt": the run where "it" stands
        return _PRONOUN.sub(lambda _, said=said: said, ask.group("ask"), count=1).strip()
    return f"{said}{rest}"


_DOC_END = re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|bottom)(?:\s+of\s+(?:the\s+)?(?:page|document|doc|letter|sheet|"
                      r"notice|form))?", re.IGNORECASE)
_ALL_THAT_IN = re.compile(r"\s*(?:,|\s[\u2013\u2014-])\s*(?:and\s+)?all\s+(?:of\s+)?(?:that|those|them|it)\s+"
                          r"(?=(?:in|into)\s)", re.IGNORECASE)
_COUNT_OF = {**_COUNT, **{str(k): k for k in range(1, 10)}}
_PRONOUN = re.compile(r"\b(?:all\s+(?:of\s+)?)?(?:(?:that|this|the)\s+lot|it|them|those|these|they|that)\b"
                      r"(?!\s+(?:is|was|has)\b)",
                      re.IGNORECASE)
_ASK_IT = re.compile(r"(?:,|\s[\u2013\u2014-]|\s+so)\s*(?:(?:can|could)\s+(?:you|u)\s+|please\s+)?"
                     r"(?P<ask>[a-z0-9][^,;!?\u2013\u2014]*?\b(?:it|them|those|these|they|all\s+(?:of\s+)?that|that)\b"
                     r"(?:[^,.;!?\u2013\u2014]|(?<=\d)\.(?=\d))*)", re.IGNORECASE)  # "1.5" is one value


def _section_end(number: int, view: Any) -> int:
    """The last paragraph of the section a heading opens: what "to the end of the reminders" reaches.

    Its list's last item when it holds one (no sign-off after it), the heading itself when it opens none.
    """
    heading = next((p for p in view.paragraphs if p.number == number), None)
    if heading is None or not heading.role.startswith("heading"):
        return number
    section = []
    for p in view.paragraphs:
        if p.number > number:
            if p.role.startswith("heading") or p.role in ("title", "subtitle"):
                break
            section.append(p)
    items = [p.number for p in section if p.role in ("bullet", "numbered")]  # a list's section ends with the list
    return items[-1] if items else max((p.number for p in section if p.text.strip()), default=number)


_LAST_ITEM = re.compile(r"^\s*(?:the\s+)?last\s+(?:of\s+the\s+)?(?P<which>(?:[a-z'\u2019-]+\s+){0,2}?)(?:steps?|rules?|"
                        r"bullets?|items?|points?|tips?)\s*$", re.IGNORECASE)


def _last_item_after(number: int, view: Any, which: str = "") -> int | None:
    """The last item of the first list after paragraph ``number``: where "down to the last rule" ends.

    ``which`` ("cancelling" in "the last cancelling step") picks the first list whose items or the heading over it
    share a word with it.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView(tuple(ViewParagraph(i, r, t) for i, (r, t) in enumerate((("heading 1", "Plan"), ("body", "x"),
    ...     ("numbered", "x"), ("numbered", "x"), ("heading 2", "Cancelling"), ("bullet", "x")), 1)), ())
    >>> _last_item_after(1, v), _last_item_after(4, v), _last_item_after(1, v, "cancelling")
    (4, 6, 6)
    """
    after = [p for p in view.paragraphs if p.number > number]
    want = content_words(which)
    heading = ""
    k = 0
    while k < len(after):
        p = after[k]
        if p.role.startswith("heading"):
            heading = p.text
        if p.role not in ("bullet", "numbered"):
            k += 1
            continue
        end = k
        while end + 1 < len(after) and after[end + 1].role == p.role:
            end += 1
        said = " ".join([heading, *(q.text for q in after[k:end + 1])])
        if not want or any(same_word(w, x) for w in want for x in re.findall(r"[a-z]+", fold(said))):
            return after[end].number
        k = end + 1
    return None


def _plain_run(view: Any, first: int, last: int) -> bool:
    """Paragraphs ``first`` to ``last`` hold text and no heading (so many lines under a heading are its own)."""
    run = [p for p in view.paragraphs if first <= p.number <= last]
    return len(run) == last - first + 1 and all(p.text.strip() and not p.role.startswith("heading")
                                                 and p.role not in ("title", "subtitle") for p in run)


def _paragraph(description: str, view: Any, start: bool = False, after: int = 0) -> int | None:
    """The number of the one paragraph a description names (the title, a heading's words, a line's words).

    A line's label names it ("invoice no" is "Invoice no: HL-031", "the booking one" is "Booking: online ...");
    "the date one" at the ``start`` of a run is the first line that writes a date; ``after``: only paragraphs
    after that one (a run's end).
    """
    said = re.sub(r"^(?:the|a|an)\s+", "", description.strip().lower())
    paragraphs = [p for p in view.paragraphs if p.text.strip() and p.number > after]
    under = re.match(r"(?:paragraph|line)\s+(?:under|below|after)\s+(?P<x>.+)$", said)
    if under:  # "the paragraph under the lesson plan": the one after it
        table = re.fullmatch(r"table\s+(?P<n>\d+)", table_by_name(under.group("x"), view).strip())
        if table or re.fullmatch(r"(?:the\s+)?table", under.group("x").strip()) and len(view.tables) == 1:
            n = int(table.group("n")) if table else view.tables[0].number  # "the paragraph under the fees table"
            after = next((t.after for t in view.tables if t.number == n), None)
            return next((p.number for p in paragraphs if after is not None and p.number > after), None)
        x = _paragraph(under.group("x"), view)
        return next((p.number for p in paragraphs if x is not None and p.number > x), None)
    if re.fullmatch(r"(?:main\s+)?title", said):
        titles = [p.number for p in paragraphs if p.role == "title"]
        return titles[0] if len(titles) == 1 else None
    exact = [p.number for p in paragraphs if fold(p.text).strip(" .:!") == fold(said)]
    if len(exact) == 1:
        return exact[0]
    core = fold(re.sub(r"\s+(?:one|line|paragraph|bit|part)$", "", said))
    labelled = [p.number for p in paragraphs if re.match(rf"{re.escape(core)}\s*:", fold(p.text))]
    if len(labelled) == 1:
        return labelled[0]
    if start and core == "date":
        dated = [p.number for p in paragraphs if any(v.month for v in values_in(p.text) if v.kind == "date")]
        return dated[0] if dated else None
    words = content_words(said) - _PLACE_WORDS
    if not words:  # "the thank you one": words of no weight alone; the one line that opens with them
        opening = re.sub(r"\s+(?:one|line|paragraph|bit|part)$", "", said).strip()
        opens = [p.number for p in paragraphs if opening and fold(p.text).startswith(fold(opening))]
        return opens[0] if len(opens) == 1 else None
    body = bool(set(said.split()) & _BODY_WORDS)
    item = bool(set(said.split()) & _ITEM_WORDS)
    scored = []
    for p in paragraphs:
        shared = [w for w in words if any(same_word(w, x) for x in re.findall(r"[a-z]+", fold(p.text)))]
        if any(len(w) >= 4 for w in shared) or item and shared and len(shared) == len(words):  # "about the fee"
            heading = p.role.startswith("heading") or p.role in ("title", "subtitle")
            named = "heading" in said.split() and p.role.startswith("heading")  # "the league heading": no title
            plain = body and p.role == "body"  # "the induction paragraph": a paragraph, not a list's step
            listed = item and p.role in ("bullet", "numbered")  # "the trainers bullet": a list's line
            scored.append((2 * len(shared) + (0 if heading == body else 1) + named + plain + listed, p.number))
    return one_best(scored)


_AT_TOP = re.compile(r"\b(?:the\s+|our\s+|my\s+)?(?:[a-z]+['\u2019]s\s+"
                     r"|(?:(?<=the\s)|(?<=our\s)|(?<=my\s))[a-z]+\s+(?=names?\b))?"
                     r"(?:names?|words|writing|big\s+(?:line|text|heading)|"
                     r"heading|title)\s+(?:right\s+|up\s+)?(?:at|across)\s+the\s+(?:very\s+)?top(?:\s+of\s+the\s+(?:page|document|sheet|invite))?\b",
                     re.IGNORECASE)


_WORD_AT_TOP = re.compile(r"\b(?P<w>[a-z][\w'-]+)\s+(?:at|across)\s+the\s+(?:very\s+)?top\b", re.IGNORECASE)
_EXCEPT = re.compile(r"\b(?:except|apart\s+from|but\s+not|other\s+than|bar)\s+(?:for\s+)?$", re.IGNORECASE)


def named_at_top(request: str, view: Any) -> str:
    """"names at the top should be 36pt": the title the document opens with, as the paragraph the model selects.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Sophie & Daniel"), ViewParagraph(2, "body", "are getting wed")), ())
    >>> named_at_top("names at the top should be 36pt", v), named_at_top("the names at the bottom", v)
    ("the paragraph 'Sophie & Daniel' should be 36pt", 'the names at the bottom')
    >>> named_at_top("sophie at the top \u2013 centre it", v)
    "the paragraph 'Sophie & Daniel' \u2013 centre it"
    >>> named_at_top("the practice name at the top could be 24pt", v)
    "the paragraph 'Sophie & Daniel' could be 24pt"
    >>> named_at_top("our name right at the top \u2013 can it be 28pt?", v)
    "the paragraph 'Sophie & Daniel' \u2013 can it be 28pt?"
    >>> h = DocView((ViewParagraph(1, "heading", "Hartley Chimney Sweeps"), ViewParagraph(2, "title", "Prices")), ())
    >>> named_at_top("my business name at the very top wants to be bigger", h)
    "the paragraph 'Hartley Chimney Sweeps' wants to be bigger"
    >>> named_at_top("the heading at the very top wants to be bigger", h)
    'the heading at the very top wants to be bigger'
    >>> named_at_top("all of it in Arial except the heading at the top", v)
    'all of it in Arial except the heading at the top'

    """
    m = _AT_TOP.search(request)
    first = next((p for p in view.paragraphs if p.text.strip()), None)
    own = _WORD_AT_TOP.search(request)  # "fernlea at the top - centre it": a word of the title itself
    if m is None and own is not None and first is not None and \
            own.group("w").lower() in re.findall(r"[a-z']+", fold(first.text)):
        m = own
    # a letterhead above the title ("Hartley Chimney Sweeps", then the title) is the name at the very top
    letterhead = first is not None and m is not None and re.search(r"\bnames?\b", m.group(0), re.I) is not None \
        and (first.role.startswith("heading") or first.role == "body") and len(first.text.split()) <= 6
    if m is None or first is None or (first.role != "title" and not letterhead) or QUOTED_RE.search(request) or \
            _EXCEPT.search(request[:m.start()]):
        return request  # "all the text 12pt except the heading at the top": read by all_but_title
    return f"{request[:m.start()]}the paragraph {quote(first.text)}{request[m.end():]}"
