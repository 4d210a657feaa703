"""Misspelt words of the document, corrected: "the shcool name" is "the school name" in a letter from a school.

:func:`lamforge.text.typos.fix_typos` corrects the words that say what to do; the words that name the target are
the document's own, so they are checked against the document: a word of five letters or more that the document
does not hold, one slip away from exactly one word it does hold, is that word. Only the slips typing makes
most (two letters swapped, a letter doubled or dropped) count; a letter changed for another often makes another
real word ("charges" for "changes") and is left alone. Quoted texts are never touched. Where Writer's spelling
checker is at hand, a shorter word it underlines is the document word among its suggestions ("the phne number" is
"the phone number" in a document that holds "phone").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lamforge.text.quotes import QUOTED_RE
from lamforge.text.typos import INSTRUCTION_VOCAB_SET
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

# "aren't" and "th's" are words of their own, never fixed ("aren" is no slip of "are")
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")
_APOSTROPHE = re.compile(r"['\u2019]")


def fix_document_words(request: str, texts: Iterable[str],
                       check: Callable[[list[str]], dict[str, tuple[str, ...]] | None] | None = None) -> str:
    """``request`` with each slip of a document word replaced by that word.

    >>> fix_document_words("left align the shcool name", ["Oakfield Primary School"])
    'left align the school name'
    >>> fix_document_words("make the clossing date bold", ["Closing date: 30 June"])
    'make the closing date bold'
    >>> fix_document_words("make the charges bold", ["Changes to the rota"])
    'make the charges bold'
    >>> fix_document_words("bold 'shcool'", ["School"])
    "bold 'shcool'"
    >>> check = lambda ws: {w: ("phone", "pane") for w in ws if w == "phne"}
    >>> fix_document_words("undreline the phne number", ["Call us on our phone: 0161"], check)
    'undreline the phone number'
    >>> fix_document_words("28th jan is off", ["You can keep it", "28 January"], lambda ws: {"jan": ("Jan", "can")})
    '28th jan is off'
    >>> fix_document_words("occasionally has one s too many", ["We occassionally close"], lambda ws: {})
    'occasionally has one s too many'
    >>> fix_document_words("her eyes aren't great", ["We are open"], lambda ws: {w: ("are",) for w in ws})
    "her eyes aren't great"
    """
    texts = list(texts)
    right: set[str] = set()  # words the checker holds: spelt right, never "fixed" to the document's slip
    if check is not None:
        request, right = _checked_words(request, texts, check)
    vocab: dict[str, set[str]] = {}
    for t in texts:
        for w in (x for found in _WORD.findall(t) for x in {found, re.split(r"['\u2019]", found)[0]}):
            if len(w) >= 5:  # "Exchange's" holds "Exchange" too
                vocab.setdefault(w.lower(), set()).add(w)
    if not vocab:
        return request
    spans = [m.span() for m in QUOTED_RE.finditer(request)]

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        if (len(w) < 5 or _APOSTROPHE.search(w) or low in vocab or low in INSTRUCTION_VOCAB_SET
                or low in FUNCTION_WORDS or low in right or low in INSTRUCTION_WORDS
                or any(a <= m.start() < b for a, b in spans)):
            return w
        near = {v for v in vocab if abs(len(v) - len(low)) <= 1 and v[0] == low[0] and slip(low, v)}
        if len(near) != 1:
            return w
        word = near.pop()
        return word.capitalize() if w[0].isupper() else word

    return _WORD.sub(fix, request)


def _checked_words(request: str, texts: list[str],
                   check: Callable[[list[str]], dict[str, tuple[str, ...]] | None]) -> tuple[str, set[str]]:
    """Each word of three letters or more that the checker underlines, as its first suggestion the document holds.

    Also the words the checker holds (lower case): "occasionally's got one s too many" names the right spelling.
    """
    from rapidfuzz.distance import OSA

    held = {w.lower(): w for t in texts for w in _WORD.findall(t) if len(w) >= 3}
    spans = [m.span() for m in QUOTED_RE.finditer(request)]
    asked = [m for m in _WORD.finditer(request) if len(m.group(0)) >= 3 and m.group(0).lower() not in held
             and not _APOSTROPHE.search(m.group(0)) and not any(a <= m.start() < b for a, b in spans)]
    found = check([m.group(0) for m in asked]) if asked else None
    if found is None:
        return request, set()
    right = {m.group(0).lower() for m in asked if m.group(0) not in found}
    for m in reversed(asked):
        w = m.group(0)
        said = found.get(w, ())
        if not said or any(s.lower() == w.lower() for s in said):
            continue  # right, or right in another case: a name or an abbreviation ("jan" is "Jan", not "can")
        most = 1 if len(w) <= 4 else 2
        near = [s.lower() for s in said if s.lower() in held and OSA.distance(s.lower(), w.lower()) <= most]
        if near:  # in the request's own case
            word = near[0].capitalize() if w[0].isupper() else near[0]
            request = request[:m.start()] + word + request[m.end():]
    return request, right


def slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with two neighbouring letters swapped, a letter doubled, or one dropped.

    >>> slip("shcool", "school"), slip("clossing", "closing"), slip("closng", "closing"), slip("charges", "changes")
    (True, True, True, False)
    >>> slip("figure", "figures"), slip("closed", "close")
    (False, False)
    """
    if len(typed) == len(word):
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == word[diff[1]] \
            and typed[diff[1]] == word[diff[0]]
    # a letter typed twice, or one dropped, inside the word: at its end it is another form ("figure", "figures")
    if len(typed) == len(word) + 1:
        return any(typed[:i] + typed[i + 1:] == word for i in range(1, len(typed) - 1) if typed[i] == typed[i - 1])
    if len(typed) + 1 == len(word):
        return any(word[:i] + word[i + 1:] == typed for i in range(1, len(word) - 1))
    return False
