"""What a deletion takes with it: the space after a word or a whole sentence, and a target said once.

The families delete words with the space after them; the model copies the quote it reads and leaves the space (a
double space where the words were), so the quote is given the space the solution selects.
"""

from __future__ import annotations

import re

from lamforge.text.quotes import QUOTED_RE

_DELETING = re.compile(r"\b(?:delete|remove|erase|get\s+rid\s+of|take\s+out|cut)\b", re.IGNORECASE)
_OTHER_UNIT = re.compile(r"\b(?:sentences?|paragraphs?|lines?|rows?|columns?|tables?|headings?|items?|bullets?)\b",
                         re.IGNORECASE)


_SCOPE = re.compile(r"\s+(?:from|in|out\s+of)\s+(?:the|this)\s+(?:[\w'-]+\s+){0,3}?(?:paragraph|line|sentence)\b"
                    r"(?:\s+(?:'[^']+'|\"[^\"]+\"|\u2018[^\u2019]+\u2019|\u201c[^\u201d]+\u201d))?")


def _without_scope(request: str, text: str, doc: str) -> str:
    """``request`` without "from the third paragraph" after a quote the document holds once: the quote says where.

    >>> _without_scope("remove 'old' from the paragraph 'She took the old lamp.'", "old", "She took the old lamp.")
    "remove 'old'"
    """
    at = request.find(text)
    m = _SCOPE.match(request, at + len(text) + 1) if at >= 0 and doc.count(text) == 1 else None
    return request[:m.start()] + request[m.end():] if m else request


def with_following_space(request: str, texts: list[str]) -> str:
    """A deletion of a quoted word or two with the space after it inside the quote, as ``delete_text`` selects it.

    The family deletes the words and the space after them; the model copies the quote it reads and leaves the
    space (a double space where the words were), so the quote is given the space the solution selects. Only a lone
    quote of at most four words, no sentence, that the document holds once and once followed by a space (else once
    after one: the space before it goes, "Ann Park (chair), ..."); a scope
    after it ("from the third paragraph", "from the attendees line") is dropped first when the quote alone says
    where (the family is trained without one, and with it the model deleted the whole paragraph).

    >>> with_following_space("Delete the word 'quite'", ["It is quite good."])
    "Delete the word 'quite '"
    >>> with_following_space("Delete 'good.'", ["It is quite good."]), with_following_space("Delete 'It'", ["It It x"])
    ("Delete 'good.'", "Delete 'It'")
    >>> with_following_space("delete the sentence 'It is'", ["It is quite good."])
    "delete the sentence 'It is'"
    >>> with_following_space("remove 'quite' from the second paragraph", ["Hi.", "It is quite good."])
    "remove 'quite '"
    >>> with_following_space("take out 'The bus is off.'", ["Come along. The bus is off. Ring us."])
    "take out 'The bus is off. '"
    >>> with_following_space("take out 'Ring us.'", ["Come along. The bus is off. Ring us."])
    "take out 'Ring us.'"
    >>> with_following_space('Remove "(chair)"', ["Ann Park (chair), Bo Li"])
    'Remove " (chair)"'

    """
    doc = "\n".join(texts)
    quotes = list(QUOTED_RE.finditer(request))
    if quotes and _DELETING.search(request):  # "remove the word 'old' from the third paragraph": 'old' says where
        request = _without_scope(request, quotes[0].group(next(i for i, g in enumerate(quotes[0].groups(), 1) if g)),
                                 doc)
        quotes = list(QUOTED_RE.finditer(request))
    if len(quotes) != 1 or not _DELETING.search(request) or _OTHER_UNIT.search(request):
        return request
    m = quotes[0]
    group = next(i for i, g in enumerate(m.groups(), 1) if g is not None)
    text = m.group(group)
    # a whole sentence in the middle of its paragraph goes with the space after it, as Word's smart cut does
    sentence = re.search(r"[.!?]$", text) is not None and text[:1].isupper() and doc.count(f"{text} ") == 1 \
        and re.search(rf"(?:^|[.!?]\s){re.escape(text)} ", doc, re.M) is not None
    if not sentence and (len(text.split()) > 4 or re.search(r"[.!?]\s*$", text)) or doc.count(text) != 1:
        return request
    if doc.count(f"{text} ") == 1:
        return f"{request[:m.end(group)]} {request[m.end(group):]}"
    if doc.count(f" {text}") == 1:  # before punctuation: the space before it ("Helen Park (chair), ...")
        return f"{request[:m.start(group)]} {request[m.start(group):]}"
    return request


_TWICE = re.compile(r"(?P<first>the\s+paragraph\s+(?P<q>['\"])(?P<t>.+?)(?P=q))[^'\"]{0,40}?,\s+the\s+paragraph\s+"
                    r"(?P=q)(?P=t)(?P=q)")


def said_once(request: str) -> str:
    """A target said twice ("the last bullet under exchanges, the one about keeping your receipt") said once.

    >>> said_once("put a line through the paragraph 'Keep your receipt' under exchanges, the paragraph "
    ...           "'Keep your receipt' \u2013 don't delete it")
    "put a line through the paragraph 'Keep your receipt' \u2013 don't delete it"
    """
    return _TWICE.sub(lambda m: m.group("first"), request)

