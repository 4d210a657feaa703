"""One request per target when a request names several separate targets for one change.

"Make Abstract, Introduction and Results bold" and "make the headings red" name targets that are not one stretch
of the document, and the action space selects one stretch at a time. The model was trained on one target per
task, so the runtime (guidance, off with ``--guidance off``) plays the request once per target, in the order the
document holds them, on the same document: "Make 'Abstract' bold", then "Make 'Introduction' bold", ...

Only a list of quoted targets (as the request or the mention quoting wrote them) with nothing else quoted is split,
so "replace 'a' and 'b' with 'c'" and "swap 'a' and 'b'" stay one request; "the headings", "all headings" and
"every heading" become the list of the document's headings first.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.guidance.operation_parts import names_change
from lamforge.text.numbers import cardinal, ordinal
from lamforge.text.quotes import QUOTED_RE

MAX_TARGETS = 8  # a longer list is played as one request: the model's own business
_Q = r"(?:'[^']+'|\"[^\"]+\"|\u2018[^\u2019]+\u2019|\u201c[^\u201d]+\u201d)"
_JOIN = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"
_ITEM = rf"(?:the\s+paragraph\s+)?{_Q}"  # "the paragraph 'A' and the paragraph 'B'", as the rewriting writes roles
_LIST = re.compile(rf"(?:(?P<noun>\b(?:the\s+)?(?:paragraphs|headings|words|lines|phrases|cells)\s+))?"
                   rf"(?P<items>{_ITEM}(?:{_JOIN}{_ITEM})+)")
_COUNT = r"(?:two|three|four|five|six|seven|eight|[2-8])"
_HEADINGS = re.compile(r"\b(?:all\s+(?:of\s+)?(?:the\s+)?|every\s+|each\s+|the\s+|"
                       r"(?P<both>both)\s+(?:(?:of\s+)?the\s+)?)"
                       rf"(?:(?P<count>{_COUNT})\s+)?"
                       # "the section headings", "the numbered headings", "both part headings" (those with "part")
                       r"(?:(?P<adj>section|numbered|(?!(?:main|other|new|top|sub|all|two|three)\b)[a-z][\w-]*)\s+)?"
                       r"(?:headings|heading|subheadings|subheading|section\s+titles|section\s+title)"
                       r"\b(?!\s+(?:row|column|style|\d|['\"\u2018\u201c]))", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:\d+|[IVX]+)[.)]?\s")
_PLURAL = re.compile(r"\b(?:all|every|each)\b|s$", re.IGNORECASE)
_PAIRED = re.compile(r"\b(?:swap|switch|exchange|merge|combine|join|between)\b", re.IGNORECASE)


def split_targets(request: str, view: Any) -> list[str]:
    """The requests to play in turn: one per target of a list of separate targets, else ``[request]``.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 2", "News"), ViewParagraph(2, "body", "We ride."),
    ...              ViewParagraph(3, "heading 2", "Rides")), ())
    >>> split_targets("Make 'Abstract', 'Introduction' and 'Results' bold", v)
    ["Make 'Abstract' bold", "Make 'Introduction' bold", "Make 'Results' bold"]
    >>> split_targets("make the headings red", v)
    ["make the paragraph 'News' red", "make the paragraph 'Rides' red"]
    >>> split_targets("replace 'a' and 'b' with 'c'", v), split_targets("bold the heading", v)
    (["replace 'a' and 'b' with 'c'"], ['bold the heading'])
    >>> split_targets("make the two section headings green", v)[0], split_targets("bold the three headings", v)
    ("make the paragraph 'News' green", ['bold the three headings'])
    >>> split_targets("set all headings to Arial", v)[1], split_targets("swap 'a' and 'b'", v)
    ("set the paragraph 'Rides' to Arial", ["swap 'a' and 'b'"])
    >>> split_targets("Make the paragraph 'Dear Ann,' and the paragraph 'Love,' blue", v)
    ["Make the paragraph 'Dear Ann,' blue", "Make the paragraph 'Love,' blue"]
    >>> n = DocView((ViewParagraph(1, "heading 1", "Policy"), ViewParagraph(2, "heading 2", "1. Purpose"),
    ...              ViewParagraph(3, "heading 2", "2. Scope")), ())
    >>> split_targets("bold the numbered headings", n), split_targets("bold the three numbered headings", n)
    (["bold the paragraph '1. Purpose'", "bold the paragraph '2. Scope'"], ['bold the three numbered headings'])
    >>> p = DocView((ViewParagraph(1, "heading 2", "Part One"), ViewParagraph(2, "heading 2", "Interval"),
    ...              ViewParagraph(3, "heading 2", "Part Two")), ())
    >>> split_targets("red colour for both part headings", p)
    ["red colour for the paragraph 'Part One'", "red colour for the paragraph 'Part Two'"]
    >>> split_targets("Center-align the second, third and fourth columns of table 1.", p)
    ['Center-align column 2 of table 1.', 'Center-align column 3 of table 1.', 'Center-align column 4 of table 1.']
    """
    runs = _body_runs(request, view) or _within_each(request) or _listed_lines(request)
    if runs:
        return runs
    request = _headings_listed(request, view)
    pair = _pair(request)
    if pair is not None:
        return pair
    m = _LIST.search(request)
    if m is None:
        return [request]
    items = [q.group(0) for q in re.finditer(_ITEM, m.group("items"))]
    rest = request[:m.start()] + request[m.end():]
    if QUOTED_RE.search(rest) or _PAIRED.search(rest) or not 2 <= len(items) <= MAX_TARGETS:
        return [request]
    noun = m.group("noun") or ""
    one = re.sub(r"s(\s+)$", r"\1", noun.replace("headings", "paragraph")) if noun else ""
    return [f"{request[:m.start()]}{one}{item}{request[m.end():]}" for item in items]


_PAIR = re.compile(rf"^(?P<head>.*?)(?P<a>(?:the\s+paragraph\s+)?{_Q})(?P<opa>[^'\"\u2018\u201c]+?)\s*,?\s+and\s+"
                   rf"(?P<b>(?:the\s+paragraph\s+)?{_Q})(?P<opb>[^'\"\u2018\u201c]+)$", re.IGNORECASE)


def _pair(request: str) -> list[str] | None:
    """Two targets with a change each ("make 'A' italic and 'B' bold") as two requests; None when not so.

    >>> _pair("I would like the paragraph 'Dear Ann,' to be in italics and the paragraph 'Nina' in bold.")
    ["I would like the paragraph 'Dear Ann,' to be in italics", "I would like the paragraph 'Nina' in bold."]
    >>> _pair("Make 'A' and 'B' bold"), _pair("change 'A' to 'B'"), _pair("swap 'A' and 'B' in the list")
    (None, None, None)
    """
    m = _PAIR.match(request)
    if m is None or _PAIRED.search(request) or not (names_change(m.group("opa").strip(" ,.!?"))
                                                  and names_change(m.group("opb").strip(" ,.!?"))):
        return None
    head = m.group("head")
    return [f"{head}{m.group('a')}{m.group('opa')}".rstrip(" ,"), f"{head}{m.group('b')}{m.group('opb')}"]


def _headings_listed(request: str, view: Any) -> str:
    """``request`` with "the headings" / "every heading" written as the list of the document's headings."""
    m = _HEADINGS.search(request)
    if m is None or QUOTED_RE.search(request) or not _PLURAL.search(m.group(0).strip()):
        return request
    heads = [p.text.strip() for p in view.paragraphs if p.role.startswith("heading") and p.text.strip()]
    adj = (m.group("adj") or "").lower()
    if adj == "numbered":  # "the numbered headings": those that start with a number
        heads = [h for h in heads if _NUMBERED.match(h)]
    elif adj and adj != "section":  # "both part headings": the headings with that word
        heads = [h for h in heads if re.search(rf"\b{re.escape(adj)}\b", h, re.IGNORECASE)]
    count = m.group("count") and (cardinal(m.group("count")) or int(m.group("count")))
    count = count or (2 if m.group("both") else 0)
    if len(heads) < 2 or any("'" in h for h in heads) or (count and count != len(heads)):
        return request  # "the three section headings" of a document with four: not these
    listed = ", ".join(f"'{h}'" for h in heads[:-1]) + f" and '{heads[-1]}'"
    return f"{request[:m.start()]}the paragraphs {listed}{request[m.end():]}"


# "all the body text", "the body paragraphs": every paragraph that is not a title or a heading
_BODY = re.compile(r"\b(?:all\s+(?:of\s+)?(?:the\s+)?|every\s+|each\s+|the\s+)body\s+(?:text|paragraphs?|copy)\b",
                   re.IGNORECASE)
_BODY_ROLES = ("body", "bullet", "numbered")


def _body_runs(request: str, view: Any) -> list[str]:
    """"Justify all the body text" as one request per stretch of body paragraphs between headings ([] if not so).

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Rivers"), ViewParagraph(2, "body", "One."),
    ...              ViewParagraph(3, "body", "Two."), ViewParagraph(4, "heading 1", "Sources"),
    ...              ViewParagraph(5, "body", "Smith.")), ())
    >>> _body_runs("Justify all the body text", v)
    ['Justify paragraphs 2 to 3', "Justify the paragraph 'Smith.'"]
    >>> _body_runs("Justify the text", v), _body_runs("Justify the body text", DocView((v.paragraphs[1],), ()))
    ([], [])
    """
    m = _BODY.search(request)
    numbers = [p.number for p in view.paragraphs]
    if m is None or QUOTED_RE.search(request) or numbers != list(range(1, len(numbers) + 1)):
        return []  # (a view capped to fit the prompt does not show every paragraph)
    runs: list[list[Any]] = []  # stretches of body paragraphs, a title or heading (not an empty line) between them
    in_run = False
    for p in (p for p in view.paragraphs if p.text.strip()):
        if p.role in _BODY_ROLES and in_run:
            runs[-1].append(p)
        elif p.role in _BODY_ROLES:
            runs.append([p])
        in_run = p.role in _BODY_ROLES
    if not runs or len(runs) > MAX_TARGETS or sum(map(len, runs)) == sum(1 for p in view.paragraphs if p.text.strip()):
        return []  # no title or heading to leave out: the whole document's reading

    def named(run: list[Any]) -> str:  # one paragraph as the rewriting names one: by its quoted text
        if len(run) > 1:
            return f"paragraphs {run[0].number} to {run[-1].number}"
        text = run[0].text.strip()
        return f"the paragraph '{text}'" if "'" not in text else f"paragraph {run[0].number}"

    return [f"{request[:m.start()]}{named(r)}{request[m.end():]}" for r in runs]


_WITHIN_LIST = re.compile(r"(?P<head>\bthe\s+(?:'[^']+'|\"[^\"]+\")\s+in\s+)(?P<first>'[^']+'|\"[^\"]+\"|[\w+-]+)"
                          r"(?P<more>(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:'[^']+'|\"[^\"]+\"|[\w+-]*\d[\w+-]*))+")


def _within_each(request: str) -> list[str]:
    """"Make the 'th' in '19th' and 26th superscript": one request per word the characters are in.

    >>> _within_each("make the 'th' in '19th' and 26th superscript")
    ["make the 'th' in '19th' superscript", "make the 'th' in '26th' superscript"]
    >>> _within_each("make the '2' in 'CO2' subscript")
    []
    """
    m = _WITHIN_LIST.search(request)
    if m is None:
        return []
    words = [m.group("first"), *re.findall(r"'[^']+'|\"[^\"]+\"|[\w+-]*\d[\w+-]*", m.group("more"))]
    words = [w if w[:1] in "'\"" else f"'{w}'" for w in words]
    return [f"{request[:m.start()]}{m.group('head')}{w}{request[m.end():]}" for w in words][:MAX_TARGETS]



# "the second, third and fourth columns of table 1", "rows 2, 3 and 5 of table 1": one part per row or column
_LISTED_LINES = re.compile(
    r"\b(?:the\s+(?P<ords>(?:[a-z]+,?\s+)+and\s+[a-z]+)\s+(?P<unit>columns|rows)|(?P<unit2>columns|rows)\s+"
    r"(?P<nums>\d+(?:\s*,\s*\d+)*,?\s+and\s+\d+))\s+of\s+(?P<table>table\s+\d+)", re.IGNORECASE)


def _listed_lines(request: str) -> list[str]:
    """One request per row or column of a listed few ("the second, third and fourth columns of table 1")."""
    m = _LISTED_LINES.search(request)
    if m is None:
        return []
    said = m.group("ords") or m.group("nums")
    numbers = [int(w) if w.isdigit() else ordinal(w) for w in re.findall(r"[a-z]+|\d+", said.lower()) if w != "and"]
    if any(n is None or n < 1 for n in numbers) or len(numbers) < 2:
        return []
    unit = (m.group("unit") or m.group("unit2")).lower()[:-1]
    return [f"{request[:m.start()]}{unit} {n} of {m.group('table')}{request[m.end():]}" for n in numbers]
