"""A word the request spells right that the document spells wrong, read as a replacement.

"recommend is missing an m", "Hélène, with both accents", "Maisie's surname is Clarke", "there's a u missing out of
fairclough".

The request writes the word as it should be; the document's one word a slip or two away (its accents, a letter
missing, swapped or doubled) is the old text of a trained replacement, ``change 'Fairclogh' to 'Fairclough'``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.app.text_match import find_spelling, fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE


def respelling(said: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """(the document's spelling, the request's) for a name or word the request spells anew, or None."""
    return _respelt(said, texts) or _surname(said, texts) or _misspelt(said, texts)


_SPELT = re.compile(r"\b(?:is|are|should\s+be|is\s+(?:spelt|spelled|written)|spelt|spelled|written)\s+"
                    r"(?P<new>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){0,2})", re.IGNORECASE)


def _respelt(said: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """A name stated in a spelling the document lacks, its letters and case aside: (the document's, the stated).

    >>> _respelt("the hirer's first name is H\u00e9l\u00e8ne, with both accents", ["Hirer: Mrs Helene Marsh"])
    ('Helene', 'H\u00e9l\u00e8ne')
    >>> _respelt("the venue is Helene's", ["Hirer: Mrs Helene Marsh"]) is None
    True
    """
    for m in _SPELT.finditer(said):
        words = m.group("new").split()
        for k in range(len(words), 0, -1):
            new = " ".join(words[:k])
            if new == fold(new) or new.lower() == fold(new):
                continue  # no accent, quote or dash to put right: nothing a plain reading would miss
            spelled = find_spelling(new, texts)
            if spelled is not None and spelled.text != new and count_standing(spelled.text, texts) == 1:
                return spelled.text, new
    return None


_NAMED_AS = re.compile(r"^(?P<first>[A-Z][\w\u00C0-\u024F-]+)['\u2019]s\s+(?:sur|last\s+|family\s+)?name\s+"
                       r"(?:is|should\s+be|is\s+(?:spelt|spelled))\s+(?P<new>[A-Z][\w\u00C0-\u024F'-]+)\b",
                       re.IGNORECASE)


def _surname(said: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """"Maisie's surname is Clarke, with an e": the name after "Maisie" in the document, when it is a slip of it.

    >>> _surname("Maisie's surname is Clarke, with an e", ["when Maisie Clark curled it", "Goals: Clark"])
    ('Clark', 'Clarke')
    >>> _surname("Maisie's surname is Jones", ["when Maisie Clark curled it"]) is None
    True
    """
    m = _NAMED_AS.match(said)
    if m is None:
        return None
    new = m.group("new")
    found = {n.group(1) for t in texts for n in re.finditer(rf"\b{re.escape(m.group('first'))}\s+([A-Z][\w'-]+)", t)}
    if len(found) != 1:
        return None
    old = found.pop()
    from rapidfuzz.distance import Levenshtein

    if old == new or old[0].lower() != new[0].lower() or Levenshtein.distance(old.lower(), new.lower()) > 2:
        return None  # another name altogether is no correction of this one's spelling
    return old, new


_MISSPELT = re.compile(r"^(?:the\s+word\s+)?(?P<word>[A-Za-z][a-z-]{4,})"
                       r"(?:['\u2019]s|\s+(?:is|was|has\s+been|has|'s))\s+"
                       r"(?:(?:missing|short(?:\s+of)?|lacking|got\s+an?\s+extra|an?\s+extra)\s+(?:an?\s+|one\s+)?\S+|"
                       r"spelt\s+wrong(?:ly)?|spelled\s+wrong(?:ly)?|misspelt|"
                       r"misspelled|wrong(?:ly)?\s+spelt|wrong(?:ly)?\s+spelled|got\s+a\s+typo|a\s+typo)\b",
                       re.IGNORECASE)


# "there's a u missing out of fairclough", "there's an e gone from wharfedale"
_LETTER_OUT = re.compile(r"\bthere['\u2019]?s\s+(?:an?\s+|one\s+)?(?:[a-z]|letter)\s+(?:missing|gone|left\s+out)\s+"
                         r"(?:out\s+of|from|in)\s+(?P<word>[A-Za-z][a-z-]{4,})\b", re.IGNORECASE)


def _misspelt(said: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """"Recommend is missing an m": the one word of the document a slip away from the word as the request spells it.

    >>> _misspelt("recommend is missing an m", ["If you'd like to recomend a book"])
    ('recomend', 'recommend')
    >>> _misspelt("appeal's missing a p in the bit about the quiz", ["the air ambulance apeal"])
    ('apeal', 'appeal')
    >>> _misspelt("accommodate is short an m where it says how to call", ["we'll accomodate a call"])
    ('accomodate', 'accommodate')
    >>> _misspelt("sandwiches is spelt wrong in the lunch bit", ["Toasted sandwhiches", "A sandwich"])
    ('sandwhiches', 'sandwiches')
    >>> _misspelt("recommend is spelt wrong", ["We recommend it", "she recommends"]) is None  # spelt right already
    True
    >>> _misspelt("my surname's wrong, there's a u missing out of fairclough. it's right at the bottom",
    ...           ["Shop manager: Lorna Fairclogh", "Lorna Fairclough"])
    ('Fairclogh', 'Fairclough')
    >>> _misspelt("wharfedale's missing its middle e in the first paragraph",
    ...           ["round Wharfdale", "Burley-in-Wharfedale"])
    ('Wharfdale', 'Wharfedale')
    """
    m = _MISSPELT.match(said) or _LETTER_OUT.search(said)
    if m is None:
        return None
    word = m.group("word")
    words = {w for t in texts for w in re.findall(r"[A-Za-z][a-z'-]+", t)}
    right = word.lower() in {w.lower() for w in words}  # spelt right somewhere ("Burley-in-Wharfedale") ...
    from rapidfuzz.distance import Levenshtein

    # ... a slip of it elsewhere is still the one to fix; a longer or shorter form of it ("recommends") is no slip
    dist = {w: Levenshtein.distance(w.lower(), word.lower()) for w in words
            if len(w) >= 4 and w[0].lower() == word[0].lower() and w.lower() != word.lower()
            and not (right and (w.lower().startswith(word.lower()) or word.lower().startswith(w.lower())))}
    best = min(dist.values(), default=3)
    near = [w for w, d in dist.items() if d == best]
    if best > 2 or len(near) != 1:
        return None  # the nearest slip only ("sandwhiches" for "sandwiches", not "sandwich" beside it)
    old = near[0]
    return old, (word[:1].upper() + word[1:] if old[:1].isupper() else word.lower())


def misspelt_fix(request: str, texts: Sequence[str]) -> str | None:
    """"ribblehead's spelt wrong ..., the l and the e have got swapped round": the slip put right, said as trained.

    Read before the other readings of several changes: the letters "swapped round" are no rows to swap.

    >>> misspelt_fix("ribblehead's spelt wrong in the layouts table, the l and the e have got swapped round",
    ...              ["Ribbelhead Viaduct"])
    "change 'Ribbelhead' to 'Ribblehead'"
    >>> misspelt_fix("ribblehead is lovely", ["Ribbelhead Viaduct"]) is None
    True
    """
    found = None if QUOTED_RE.search(request) else _misspelt(request.strip(), texts)
    if found is None:
        return None
    every = count_standing(found[0], texts) > 1
    return f"{'replace every' if every else 'change'} {quote(found[0])} {'with' if every else 'to'} {quote(found[1])}"



def bounded(text: str) -> re.Pattern[str]:
    """``text`` standing on its own: at word boundaries and not inside a number ("20" is not in "1.20")."""
    return re.compile(rf"(?<!\w)(?<!\d[.,:/]){re.escape(text)}(?!\w)(?![.,:/]\d)")


def count_standing(text: str, texts: Sequence[str]) -> int:
    """Occurrences of ``text`` standing on its own, quotes, accents and case aside."""
    pattern = bounded(fold(text))
    return sum(len(pattern.findall(fold(t))) for t in texts)

