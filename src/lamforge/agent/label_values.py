"""A labelled line's value: "the instructor's name" on "Instructor: Dr. Elena Voss", "the closing date".

A line that opens with a label ("Closing date: 30 June 2025") is named by its label. Named with a word for what it
holds ("the instructor's name"), the value after the label is meant, quoted; named by the label alone ("the
closing date"), the value when the request changes it ("change the closing date to 14 July 2025": both values
quoted) and the whole line for anything else ("make the rating bold", "align the date to the right"). Only when one
line opens with that label and its value stands once in the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lamforge.agent.explicit_targets import numbered
from lamforge.agent.mentions import CHANGE_VERBS
from lamforge.agent.value_facts import values_in
from lamforge.app.commands import COLORS
from lamforge.text.explicit import quote
from lamforge.text.locate import locate
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.reference_target import Paragraph, Target
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

_LABEL_VALUE = re.compile(r"\bthe\s+(?P<label>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)(?:['\u2019]s?|s)\s+(?:full\s+)?"
                          r"(?:name|names|date|time|address|e-?mail|phone(?:\s+number)?|number|price|total|amount)\b")


def label_value(request: str, view: Any, keep: tuple[int, int] | None = None) -> str:
    """"The instructor's name" on a line "Instructor: Dr. Elena Voss": the value after the label, quoted.

    Only when one line opens with that label and its value is in the document once; else left as written, and
    so are words inside ``keep``, a target the request names otherwise ("the line about telling the captain ...").

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Astronomy"), ViewParagraph(2, "body", "Instructor: Dr. Elena Voss")),
    ...             ())
    >>> label_value("Make the instructor's name bold", v), label_value("Make the instructors name bold", v)
    ("Make 'Dr. Elena Voss' bold", "Make 'Dr. Elena Voss' bold")
    >>> label_value("Make the speaker's name bold", v)
    "Make the speaker's name bold"

    A line named by its label alone ("the closing date") is the value when the request changes it, else the line.

    >>> v = DocView((ViewParagraph(1, "body", "Closing date: 30 June 2025"),), ())
    >>> label_value("change the closing date to 14 July", v), label_value("make the closing date red", v)
    ("change '30 June 2025' to '14 July'", "make the paragraph 'Closing date: 30 June 2025' red")
    >>> label_value("Align the closing date to the right", v)
    "Align the paragraph 'Closing date: 30 June 2025' to the right"
    """
    if QUOTED_RE.search(request):
        return request
    paragraphs = numbered(view)
    m = _LABEL_VALUE.search(request)
    found = (m.start(), m.end(), m.group("label"), True) if m else _label_named(request, paragraphs)
    if found is None:
        return request
    start, end, label, valued = found
    if keep is not None and keep[0] < start < keep[1]:  # inside a longer description, not its start
        return request
    spot = locate(Target("label", request[start:end], text=label.lower()), paragraphs)
    line = next((t for n, _, t in paragraphs if spot is not None and n == spot.start), "")
    whole = "\n" not in line  # a paragraph of several lines: the label's line is quoted as text, not a paragraph
    line = line.split("\n")[0]
    if not line:  # a label opening a later line of its paragraph ("Reception: ...<line break>Out of hours: ...")
        lines = [ln for _, _, t in paragraphs for ln in t.split("\n")[1:]
                 if ln.lower().startswith(f"{label.lower()}:")]
        line, whole = (lines[0] if len(lines) == 1 else ""), False
    value = line.partition(":")[2].strip().rstrip(".")
    if not value or sum(t.count(value) for _, _, t in paragraphs) != 1:
        return request
    if not valued:
        new = _NEW_VALUE.match(request, end)
        if new is None or not re.search(rf"\b(?:{CHANGE_VERBS}|set|make)\b", request[:start], re.IGNORECASE):
            named = f"the paragraph {quote(line)}" if whole else quote(line)
            return f"{request[:start]}{named}{request[end:]}"  # "make the rating bold": the line
        return f"{request[:start]}{quote(value)}{new.group('to')}{quote(new.group('new'))}{request[new.end():]}"
    return f"{request[:start]}{quote(value)}{request[end:]}"


# "change the closing date to 14 July 2025": the new value, to the clause's end
_NEW_VALUE = re.compile(r"(?P<to>\s+(?:to|with|into)\s+)(?P<new>[^'\".,;!?]+?|\S*\d[\d.,]*\d\S*)"
                        r"(?=\s*[.,;!?]?\s*$|\s*,\s*(?:please|thanks)\b)", re.IGNORECASE)


_THE_WORDS = re.compile(r"\bthe\s+(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})", re.IGNORECASE)
_NOT_A_VALUE = re.compile(r"\s+(?:line|paragraph|label|heading|row|column|cell|section|entry|text)\b", re.IGNORECASE)


def _ends_name(rest: str) -> bool:
    """Whether a name ends where ``rest`` begins: the clause stops, or a small, instruction or colour word follows.

    "the contact details" goes on ("details"): the label "Contact" is not the whole name.
    """
    if rest.lstrip().startswith(":"):
        return False  # "the Day One: Arrival heading" writes the line itself, label and all
    m = re.match(r"\s*([\w-]+)", rest)
    if m is None:
        return True
    word = m.group(1).lower()
    if word in _NAME_NOUNS:  # "the phone number", "the contact details": a longer name, read elsewhere
        return False
    return word in FUNCTION_WORDS or word in INSTRUCTION_WORDS or word in _COLOR_WORDS or word[:1].isdigit()


_NAME_NOUNS = frozenset("number numbers name names address details info information email e-mail field box entry "
                        "value figure amount".split())


_COLOR_WORDS = frozenset(w for c in COLORS for w in c.lower().split())


def _label_named(request: str, paragraphs: Sequence[Paragraph]) -> tuple[int, int, str, bool] | None:
    """"Change the closing date to ...": the words after "the" that a line of the document opens with as its label.

    The longest such words (one to three); not when the request goes on to name the line itself ("the closing
    date line"). Returns where they stand in ``request`` (with "the"), the label, and whether a word for what the
    line holds follows ("the out of hours number": the value is meant, and the word is taken with the label).

    >>> ps = [(1, "title", "Junior Gardener"), (2, "body", "Closing date: 30 June 2025")]
    >>> _label_named("change the closing date to 14 July", ps)
    (7, 23, 'closing date', False)
    >>> _label_named("bold the closing date line", ps), _label_named("bold the date", ps) is None
    ((5, 26, 'closing date', False), True)
    >>> _label_named("make the closing date red", ps)[2], _label_named("the closing date details", ps) is None
    ('closing date', True)
    >>> _label_named("italicise the out of hours number", [(1, "body", "Reception: 0117\\nOut of hours: 0999")])
    (10, 33, 'out of hours', True)
    """
    labels = {m.group(1).strip().lower() for _, _, t in paragraphs for line in t.split("\n")
              if (m := re.match(r"([^:]{1,30}):", line.strip()))}
    for m in _THE_WORDS.finditer(request):
        words = m.group("words").split()
        for n in range(len(words), 0, -1):
            label = " ".join(words[:n])
            end = m.start("words") + len(label)
            if label.lower() not in labels:
                continue
            line = re.match(r"\s+(?:line|bit)\b", request[end:])
            if line:  # "right-align the from line", "the please note bit": the line the label opens
                return m.start(), end + line.end(), label, False
            if _NOT_A_VALUE.match(request, end):
                continue
            if _ends_name(request[end:]):
                return m.start(), end, label, False
            noun = re.match(r"\s+(?:number|name|address|e-?mail|date|time)\b", request[end:], re.IGNORECASE)
            if noun and _ends_name(request[end + noun.end():]):  # "the out of hours number": the value
                return m.start(), end + noun.end(), label, True
    return None


# ", all of it not just the label", "all the way through, not just the note bit": the whole line is the target
_NOT_JUST = re.compile(
    r"\s*,?\s*(?:(?:all\s+of\s+(?:it|them)|the\s+whole\s+(?:lines?|lot|paragraphs?)|all\s+the\s+way\s+"
    r"(?:through|along|across)|the\s+lot)\s*,?\s*)?(?:and\s+)?not\s+just\s+the\s+(?:labels?|notes?|first\s+"
    r"(?:bits?|words?|parts?)|headings?|start|beginning|bold\s+bits?|words?\s+before\s+the\s+colons?)"
    r"(?:\s+bits?|\s+parts?)?\b\s*,?", re.IGNORECASE)


def whole_of_line(request: str) -> str:
    """The request without its note that the whole line is meant, not just its label (the line is the target).

    >>> whole_of_line("the line about not going back inside should be red, all of it not just the label")
    'the line about not going back inside should be red'
    >>> whole_of_line("the line about the captain needs to be bold all the way through, not just the note bit")
    'the line about the captain needs to be bold'
    >>> whole_of_line("make the whole important line bold, not just the label, and red")
    'make the important line bold and red'
    >>> whole_of_line("that please note bit wants to be bold")
    'the please note bit wants to be bold'
    >>> whole_of_line("can that meetings line go bold"), whole_of_line("can that one line go")
    ('can the meetings line go bold', 'can that one line go')
    >>> whole_of_line("bold the lines from the date one down to the booking one, the whole lines not just the labels")
    'bold the lines from the date one down to the booking one'
    """
    request = _WHOLE_LINE.sub("the ", request)  # "the whole important line": a line is whole anyway; "that X line"
    return _NOT_JUST.sub(lambda m: " " if m.group(0).rstrip().endswith(",") and request[m.end():].strip() else "",
                         request).replace("  ", " ").strip()


# "the whole important line", "that meetings line": the important line, the meetings line
_WHOLE_LINE = re.compile(r"\b(?:the\s+(?:whole|entire)|that|this)\s+"
                         r"(?!(?:one|whole|entire|same|other|last|first|next)\b)"
                         r"(?=(?:[\w'\u2019-]+\s+){1,3}(?:line|paragraph|bit)\b)", re.IGNORECASE)


_DATED_LINE = re.compile(r"\bthe\s+(?P<what>date\s+and\s+time|time\s+and\s+date|date|time|times|dates)\s+line\b",
                         re.IGNORECASE)


def dated_line(request: str, view: Any) -> str:
    """"Centre the date and time line": the one paragraph that writes a date (and a time) and is no longer a line.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Bake Sale!"),
    ...              ViewParagraph(2, "body", "Saturday 14 June, 10:00 to 13:00, in the church hall"),
    ...              ViewParagraph(3, "body", "All money raised goes to the roof fund.")), ())
    >>> dated_line("centre the date and time line", v)
    "centre the paragraph 'Saturday 14 June, 10:00 to 13:00, in the church hall'"
    >>> dated_line("centre the date line", DocView(v.paragraphs[:1], ()))
    'centre the date line'
    """
    m = _DATED_LINE.search(request)
    if m is None or QUOTED_RE.search(request):
        return request
    kinds = {k for k in ("date", "time") if k in m.group("what").lower()}
    lines = [p.text for p in view.paragraphs if p.text.strip() and len(p.text) <= 120
             and kinds <= {v.kind for v in values_in(p.text) if v.kind == "time" or v.month}]
    if len(lines) != 1:
        return request
    return f"{request[:m.start()]}the paragraph {quote(lines[0])}{request[m.end():]}"
