"""A heading the request names in its own lower case: "the how to apply section" is the section "How to apply".

Mentions are quoted (:mod:`lamforge.agent.mentions`) when they hold a word of meaning; a heading made only of
small and instruction words ("How to apply", "What you will do") has none, and the section readers want a
capitalised or quoted name. So a heading of two words or more that the request writes in another case, or a
one-word heading followed by "section" or "heading", is quoted as the document writes it. A numbered heading
("6. Playground") is named by its number too: "item 6", "point 6", "section 6"; and a heading the request
misspells before "heading" or "section" ("the on the nite heading") is the one heading a slip or two away.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE


def quote_headings(request: str, view: Any) -> str:
    """``request`` with each heading it names in another case quoted as the document spells it.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Gardener"), ViewParagraph(2, "heading 1", "How to apply"),
    ...              ViewParagraph(3, "body", "Send a letter."), ViewParagraph(4, "heading 1", "Notes")), ())
    >>> quote_headings("pagebreak before the how to apply section", v)
    "pagebreak before the 'How to apply' section"
    >>> quote_headings("bold the notes heading", v), quote_headings("keep notes short", v)
    ("bold the 'Notes' heading", 'keep notes short')
    >>> quote_headings("bold the How to apply heading", v), quote_headings("move 'how to apply' up", v)
    ('bold the How to apply heading', "move 'how to apply' up")
    >>> y = DocView((ViewParagraph(1, "heading 1", "Your lesson plan"), ViewParagraph(2, "body", "Lesson plan: X")), ())
    >>> quote_headings("'lesson plan' heading in green please", y), quote_headings("the lesson plan in green", y)
    ("'Your lesson plan' heading in green please", 'the lesson plan in green')
    >>> d = DocView((ViewParagraph(1, "heading 2", "Please don\u2019t bring"), ViewParagraph(2, "bullet", "Gas")), ())
    >>> quote_headings("strike the last of the don't bring bullets", d)
    "strike the last of the 'Please don’t bring' bullets"
    """
    for p in view.paragraphs:
        name = p.text.strip().rstrip(":")
        if not (p.role.startswith("heading") or p.role == "title") or not name or len(name) > 60:
            continue
        tail = r"(?=\s+(?:section|heading|part|title)\b)" if len(name.split()) < 2 else r"(?![\w-])"
        quoted = [q.span() for q in QUOTED_RE.finditer(request)]
        m = re.search(rf"(?<![\w'-]){re.escape(name)}{tail}", request, re.IGNORECASE)
        if m and m.group(0) != name and not any(a <= m.start() < b for a, b in quoted):
            request = f"{request[:m.start()]}'{name}'{request[m.end():]}"
            continue
        # "the lesson plan heading" for "Your lesson plan", quoted already as words of the document or not
        # "the don't bring bullets" for "Please don't bring": a list named by its heading's words
        short = re.sub(r"^(?:your|our|my|the|a|an|please)\s+", "", name, flags=re.IGNORECASE)
        said = re.sub(r"['\u2019]", "['\u2019]", re.escape(short))
        m = re.search(rf"(?<![\w'-])(?P<q>'?){said}(?P=q)(?=\s+(?:section|heading|bullets|list|steps|points)\b)",
                      request, re.IGNORECASE) if short != name else None
        if m:
            request = f"{request[:m.start()]}'{name}'{request[m.end():]}"
    return _misspelt_heading(_numbered_heading(request, view), view)


def heading_said(request: str, view: Any) -> str:
    """"The costs for extras heading": a heading named in full and called a heading, quoted before cells are read.

    Its words would otherwise name a table's column ("Cost") or cell.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 2", "Costs for extras"), ViewParagraph(2, "body", "Tea: free")), ())
    >>> heading_said("can you underline the costs for extras heading, families never saw it", v)
    "can you underline the 'Costs for extras' heading, families never saw it"
    >>> heading_said("underline the costs for extras", v)
    'underline the costs for extras'
    """
    if QUOTED_RE.search(request):
        return request
    for p in view.paragraphs:
        name = p.text.strip().rstrip(":")
        if not p.role.startswith("heading") or not name or len(name) > 60:
            continue
        said = re.sub(r"['\u2019]", "['\u2019]", re.escape(name))
        m = re.search(rf"(?<![\w'-]){said}(?=\s+(?:heading|section)\b)", request, re.IGNORECASE)
        if m:
            return f"{request[:m.start()]}{quote(name)}{request[m.end():]}"
    return request


_BEFORE_HEADING = re.compile(r"\bthe\s+(?P<x>(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+)\s+(?:heading|section)\b",
                             re.IGNORECASE)


def _misspelt_heading(request: str, view: Any) -> str:
    """"Make the on the nite heading 16pt": the heading a slip or two away from the words before "heading".

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 2", "On the night"), ViewParagraph(2, "heading 2", "Parking")), ())
    >>> _misspelt_heading("plz make the on the nite heading 16pt", v), _misspelt_heading("the parkin section", v)
    ("plz make the 'On the night' heading 16pt", "the 'Parking' section")
    >>> _misspelt_heading("bold the knight heading", v)
    'bold the knight heading'
    """
    from rapidfuzz import fuzz

    m = _BEFORE_HEADING.search(request)
    if m is None or QUOTED_RE.search(request):
        return request
    names = [p.text.strip().rstrip(":") for p in view.paragraphs if p.role.startswith("heading") and p.text.strip()]
    words = m.group("x").split()
    if any(m.group("x").lower().endswith(n.lower()) for n in names):
        return request  # named as it is spelt
    for k in range(len(words)):  # "the big on the nite heading": the words nearest "heading" may be the name
        said = " ".join(words[k:]).lower()
        near = [(fuzz.ratio(said, n.lower()), n) for n in names]
        close = [n for r, n in near if 80 <= r < 100]
        if len(said) >= 5 and len(close) == 1:
            at = m.start("x") + len(" ".join(words[:k])) + (1 if k else 0)
            return f"{request[:at]}{quote(close[0])}{request[m.end('x'):]}"
    return request


_BY_NUMBER = re.compile(r"\b(?:(?:the\s+)?(?:agenda\s+)?(?:item|point|section|part))\s+(?:no\.?\s*|number\s+)?"
                        r"(?P<n>\d{1,2})\b(?!\s*(?:pt|points?|px|%|:|\.\d))", re.IGNORECASE)


def _numbered_heading(request: str, view: Any) -> str:
    """"Item 6" when one heading is numbered 6 ("6. Playground", "6) Playground"): that heading, quoted.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 2", "5. Highways"), ViewParagraph(2, "heading 2", "6. Playground")),
    ...             ())
    >>> _numbered_heading("start item 6 on a new page", v), _numbered_heading("bold item 7", v)
    ("start '6. Playground' on a new page", 'bold item 7')
    """
    if QUOTED_RE.search(request):
        return request
    m = _BY_NUMBER.search(request)
    if m is None:
        return request
    named = [p.text.strip() for p in view.paragraphs
             if p.role.startswith("heading") and re.match(rf"{m.group('n')}\s*[.):]?\s+\S", p.text.strip())]
    if len(named) != 1:
        return request
    return f"{request[:m.start()]}{quote(named[0])}{request[m.end():]}"
