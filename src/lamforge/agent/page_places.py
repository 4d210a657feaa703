"""A target put "on a new page", said as the page break the page families are trained on: one before it.

"Start the reply slip on a new page", "put the signature on its own page", "insert a page break so the Summary
heading starts on page 2" and "notes on the next page please" all ask for a page break before their target; the
model, trained on "insert a page break before / after X", had put it after. Read after the targets are explicit.
"""

from __future__ import annotations

import re

from lamforge.agent.word_overlap import singular_words
from lamforge.text.explicit import quote

_ON_PAGE = r"(?:(?:a\s+new|the\s+next|its\s+own|their\s+own|a\s+separate|a\s+fresh|a\s+different)\s+page|" \
           r"a\s+page\s+(?:all\s+)?(?:by|to|of)\s+(?:itself|themselves|its\s+own|their\s+own))"
# alone on its page: nothing after it on that page either
_ALONE = re.compile(r"\b(?:its|their)\s+own\s+page|\ba\s+separate\s+page|\ba\s+page\s+(?:all\s+)?(?:by|to|of)\s+"
                    r"(?:itself|themselves|its\s+own|their\s+own)", re.IGNORECASE)
_BREAK_BEFORE = re.compile(r"^insert\s+a\s+page\s+break\s+before\s+(?:the\s+)?(?:paragraph\s+)?'(?P<x>[^']+)'",
                           re.IGNORECASE)
_TARGET_X = r"(?P<x>(?:the\s+(?:paragraph\s+)?)?'[^']+'(?:\s+(?:section|heading|part|paragraph|line))?)"
_OWN_PAGE = re.compile(
    # "start the 'reply slip' on a new page", "put the paragraph 'Tom Baker' on its own page"
    rf"\b(?:put|start|move|begin|place|have|get|push)\s+{_TARGET_X}\s+(?:on|onto|to)\s+{_ON_PAGE}\b"
    # "insert a page break so the paragraph 'Summary' starts on page 2"
    rf"|\b(?:insert|add|put)\s+a\s+page\s*break\s+so\s+(?:that\s+)?{_TARGET_X.replace('x>', 'x2>')}\s+"
    rf"(?:starts|begins|is|goes|lands)\s+on\s+(?:{_ON_PAGE}|page\s+(?:2|two))\b"
    # "'notes' on the next page please", "the 'Method' section should start on a new page", "can the 'rota' start ..."
    rf"|^\s*(?:(?:can|could|would)\s+(?:we\s+have\s+)?)?{_TARGET_X.replace('x>', 'x3>')}\s+"
    rf"(?:(?:should|must|needs?\s+to|has\s+to)\s+)?"
    rf"(?:(?:start|begin|go|be)s?\s+)?(?:on|onto)\s+(?:{_ON_PAGE}|page\s+(?:2|two))\b",
    re.IGNORECASE)


def page_of_its_own(request: str) -> str:
    """A target put "on a new page" as the page break the page families are trained on: one before it.

    >>> page_of_its_own("start the 'reply slip' on a new page")
    "insert a page break before the 'reply slip'"
    >>> page_of_its_own("Insert a page break so the paragraph 'Summary' starts on page 2.")
    "Insert a page break before the paragraph 'Summary'."
    >>> page_of_its_own("can the 'volunteer rota' start on a new page?")
    "insert a page break before the 'volunteer rota'?"
    >>> page_of_its_own("'notes' on the next page please"), page_of_its_own("add 'Hi' on a new page")
    ("insert a page break before 'notes' please", "add 'Hi' on a new page")
    """
    m = _OWN_PAGE.search(request)
    if m is None:
        return request
    x = m.group("x") or m.group("x2") or m.group("x3")
    verb = "Insert" if request[m.start():m.start() + 1].isupper() or m.group("x3") and x[:1].isupper() else "insert"
    return f"{request[:m.start()]}{verb} a page break before {x}{request[m.end():]}"


_UNQUOTED_ON_PAGE = re.compile(
    rf"\b(?P<verb>put|start|move|begin|place|have|get|push)\s+(?:the\s+)?(?P<x>[a-z][\w'\u2019 -]*?)"
    rf"(?:\s+(?:section|bit|part|heading|list))?\s+(?:on|onto|to)\s+{_ON_PAGE}\b", re.IGNORECASE)
_SMALL = {"the", "a", "an", "our", "your", "my", "you", "of", "to", "and", "for", "in", "on", "with", "at"}


def heading_on_new_page(request: str, view: object) -> str:
    """"Start the thank yous on a new page": the one heading whose words the request's words are, quoted.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 1", "Where the money came from"), ViewParagraph(2, "body", "Hi"),
    ...              ViewParagraph(3, "heading 1", "Our thanks"), ViewParagraph(4, "body", "To all")), ())
    >>> heading_on_new_page("start the thank yous on a new page", v)
    "start the 'Our thanks' on a new page"
    >>> heading_on_new_page("start the bake sale on a new page", v)
    'start the bake sale on a new page'
    """
    m = _UNQUOTED_ON_PAGE.search(request)
    if m is None or "'" in m.group("x") or '"' in m.group("x"):
        return request
    said = singular_words(m.group("x")) - _SMALL
    heads = [p.text.strip() for p in getattr(view, "paragraphs", ())
             if p.role.startswith("heading") and said and singular_words(p.text) - _SMALL == said]
    if len(heads) != 1:
        return request
    return f"{request[:m.start('x')]}{quote(heads[0])}{request[m.end('x'):]}"



def alone_on_page(typed: str, grounded: str, view: object) -> list[str] | None:
    """"House rules on a page all by itself": the break before it, and one after its section (None: not asked).

    A heading's section runs to the next heading; anything else is its own paragraph. Nothing after it: one break.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 1", "Breakfast"), ViewParagraph(2, "heading 1", "House rules"),
    ...              ViewParagraph(3, "numbered", "No smoking."), ViewParagraph(4, "heading 2", "Parking"),
    ...              ViewParagraph(5, "body", "Three spaces.")), ())
    >>> alone_on_page("house rules on a page all by itself", "insert a page break before 'house rules'", v)
    ["insert a page break before 'house rules'", "insert a page break before the paragraph 'Parking'"]
    >>> alone_on_page("put the rules on a new page", "insert a page break before 'House rules'", v) is None
    True
    """
    m = _BREAK_BEFORE.match(grounded)
    if m is None or not _ALONE.search(typed):
        return None
    paras = list(getattr(view, "paragraphs", ()))
    at = [k for k, p in enumerate(paras) if p.text.strip().casefold() == m.group("x").strip().casefold()]
    if len(at) != 1 or at[0] + 1 >= len(paras):
        return None
    k = at[0]
    if paras[k].role.startswith("heading"):
        after = next((p for p in paras[k + 1:] if p.role.startswith("heading")), None)
        if after is None:
            return None
        return [grounded, f"insert a page break before the paragraph {quote(after.text.strip())}"]
    return [grounded, f"insert a page break after the paragraph {quote(paras[k].text.strip())}"]
