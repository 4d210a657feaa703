"""A letter's case put right inside a word: "calder valley needs a capital v", "meadowbank should have a small b".

People name the word as they would type it (lower case, whatever the document writes) and the letter whose case is
wrong. The word is found in the document without regard to case, the occurrence whose letter has the wrong case is
the one meant, and the trained edit is "change 'Calder valley' to 'Calder Valley'" (with the words before it when
the text alone stands more than once, so that selecting it selects that place). Nothing is read when the word is
not in the document, or when more than one place has the letter in the wrong case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.agent.value_slots import standing_once
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_WANTS = r"(?:needs?|wants?|should\s+(?:have|get|take)|has\s+to\s+have|must\s+have)"
_LETTER = r"(?:letter\s+)?(?P<l>[a-z])(?![a-z'\u2019])"
_CASE = r"(?P<case>capital|upper\s?case|big|small|lower\s?case)"
# "calder valley needs a capital v"; "meadowbank has a capital b in the middle, it should be a small b"
_WORD_FIRST = re.compile(rf"^(?:(?:the|a|an)\s+)?(?:word\s+)?(?P<w>[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){{0,2}}?)"
                         rf"(?:\s+(?:in|on|under|at)\s+(?:the|my|our|their)\s+[^,;.]{{1,60}}?)?"  # "in the address"
                         rf"\s+(?:{_WANTS}|has\s+got|has|is\s+missing|should\s+be\s+with)\s+an?\s+{_CASE}\s+{_LETTER}"
                         rf"(?:.*?\bshould\s+be\s+an?\s+(?P<case2>capital|upper\s?case|small|lower\s?case)\s+"
                         rf"(?:letter\s+)?(?P=l)\b)?", re.IGNORECASE)
# "a capital v on valley please", "small b in meadowbank"
_LETTER_FIRST = re.compile(rf"^(?:(?:can\s+you|could\s+you|please)\s+)?(?:(?:put|use|give\s+it|make\s+it)\s+)?"
                           rf"an?\s+{_CASE}\s+{_LETTER}\s+(?:on|in|for|at\s+the\s+start\s+of)\s+"
                           rf"(?:the\s+(?:word\s+)?)?(?P<w>[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){{0,2}}?)"
                           rf"(?=\s*(?:[,.;!?\u2013\u2014-]|$|\s+(?:please|in|on|under|at)\b))", re.IGNORECASE)
MAX_CONTEXT_WORDS = 4


def letter_case_fix(request: str, texts: Sequence[str]) -> str | None:
    """The trained edit that puts the named letter of the named word in the case asked (None: not such a request).

    >>> doc = ["Our van does the Calder valley round.", "It lets MeadowBank claim 25p.", "Visit Meadowbank."]
    >>> letter_case_fix("calder valley needs a capital v, it's the name of the place", doc)
    "change 'Calder valley' to 'Calder Valley'"
    >>> letter_case_fix("meadowbank has a capital b in the middle in the gift aid paragraph, it should be a small b",
    ...                 doc)
    "change 'MeadowBank' to 'Meadowbank'"
    >>> letter_case_fix("a capital v on valley please", doc)
    "change 'valley' to 'Valley'"
    >>> letter_case_fix("spa in the address wants a capital s", ["27 Albion Road, Leamington spa", "A spacious hall"])
    "change 'Leamington spa' to 'Leamington Spa'"
    >>> letter_case_fix("the report needs a capital letter", doc), letter_case_fix("make 'x' bold", doc)
    (None, None)
    """
    if QUOTED_RE.search(request):
        return None
    said = request.strip()
    m = _WORD_FIRST.match(said) or _LETTER_FIRST.match(said)
    if m is None:
        return None
    words, letter = m.group("w").lower(), m.group("l").lower()
    case = (m.groupdict().get("case2") or m.group("case")).lower()
    upper = case.startswith(("capital", "upper", "big"))
    if letter not in words:
        return None
    found = {}
    for text in texts:
        for hit in re.finditer(rf"(?<![\w]){re.escape(words)}(?![\w])", text, re.IGNORECASE):
            written = hit.group(0)
            fixed = _with_case(written, letter, upper)
            if fixed is not None:
                found.setdefault(written, (text, hit.start(), fixed))
    if len(found) != 1:
        return None
    (written, (text, start, fixed)), = found.items()
    old, new = standing_once(text[:start], written, fixed, list(texts), words=MAX_CONTEXT_WORDS)
    return f"change {quote(old)} to {quote(new)}" if old else None


def _with_case(written: str, letter: str, upper: bool) -> str | None:
    """``written`` with its ``letter`` in the case asked: the one in the wrong case, a word's first before others."""
    at = [k for k, ch in enumerate(written) if ch.lower() == letter and ch.isupper() != upper]
    if not at:
        return None
    starts = [k for k in at if k == 0 or not written[k - 1].isalpha()]
    k = (starts or at)[0]
    return written[:k] + (written[k].upper() if upper else written[k].lower()) + written[k + 1:]



# "amelie's missing the accent on the first e", "cafe needs an accent on the e": a letter given its accent
_ACCENT = re.compile(r"^(?:(?:the|a|an)\s+)?(?:word\s+)?(?P<w>[a-z][\w-]*)(?:['\u2019]s|\s+is|\s+has)?\s+"
                     r"(?:missing|needs?|wants?|should\s+have|has\s+lost|lost)\s+(?:the|an|its)\s+"
                     r"(?:(?P<kind>acute|grave|circumflex|umlaut)\s+)?accent\s+(?:on|over)\s+the\s+"
                     r"(?:(?P<nth>first|second|third|last|only)\s+)?(?P<l>[aeiouc])\b", re.IGNORECASE)
_ACCENTED = {"acute": dict(zip("aeiou", "áéíóú", strict=True)), "grave": dict(zip("aeiou", "àèìòù", strict=True)),
             "circumflex": dict(zip("aeiou", "âêîôû", strict=True)), "umlaut": dict(zip("aeiou", "äëïöü", strict=True))}
_NTH = {"first": 1, "second": 2, "third": 3, "only": 1, "last": -1}


def accent_fix(request: str, texts: Sequence[str]) -> str | None:
    """The word the request says lacks an accent, with it: "change 'Amelie' to 'Amélie'" (None: not asked, or unclear).

    An acute accent unless the request names another; the letter counted in the word ("the first e").

    >>> accent_fix("amelie's missing the accent on the first e, the teacher will say", ["Fri 2 Oct | Amelie | France"])
    "change 'Amelie' to 'Amélie'"
    >>> accent_fix("cafe needs the accent on the e", ["The cafe opens", "The cafe shuts"])
    "replace every 'cafe' with 'café'"
    >>> accent_fix("amelie needs bold", ["Amelie"]), accent_fix("zoe's missing the accent on the e", ["Zoe"])
    (None, "change 'Zoe' to 'Zoé'")
    """
    m = _ACCENT.match(request.strip())
    if m is None or QUOTED_RE.search(request):
        return None
    word, letter = m.group("w"), m.group("l").lower()
    accented = "ç" if letter == "c" else _ACCENTED[(m.group("kind") or "acute").lower()][letter]
    written = {k.group(0) for t in texts for k in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", t, re.I)}
    if len(written) != 1:
        return None
    old = written.pop()
    at = [k for k, ch in enumerate(old) if ch.lower() == letter]
    n = _NTH.get((m.group("nth") or "only").lower(), 1)
    if not at or (m.group("nth") is None and len(at) > 1) or n > len(at):
        return None
    k = at[n - 1] if n > 0 else at[n]
    new = old[:k] + (accented.upper() if old[k].isupper() else accented) + old[k + 1:]
    times = sum(len(re.findall(rf"(?<![\w-]){re.escape(old)}(?![\w-])", t)) for t in texts)
    return f"replace every {quote(old)} with {quote(new)}" if times > 1 else f"change {quote(old)} to {quote(new)}"
