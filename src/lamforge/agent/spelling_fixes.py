"""A spelling mistake the request does not name, found as Writer underlines it: one replacement per misspelt word.

"There's a spelling mistake in the paragraph about the winner, can you fix it" and "fix the typos" name no word.
The words of the document that Writer's spelling checker (:mod:`lamforge.app.spelling`) underlines, with a
suggestion one or two slips away, are the candidates; the request's own words pick the paragraph or cell they stand
in (:func:`lamforge.agent.word_overlap.content_words`; a heading stands for its section), "the title" or "the
headings" pick by role, and a request for one mistake is read only where one is found. Each fix is the trained
replacement, ``change 'definately' to 'definitely'``. Names are not spelling mistakes: a capitalised word, a word the
request itself writes, and a word standing more than once in the document are left alone, as is every word when the
checker has no dictionary. "Check the spelling" asks for a report, which the infeasible family teaches to refuse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lamforge.agent.word_overlap import content_words
from lamforge.app.observation import DocView
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE, quoted_texts

Checker = Callable[[list[str]], "dict[str, tuple[str, ...]] | None"]

_ASKS = re.compile(r"\b(?:typos?|spel+(?:ing|t)|misspel\w*|spelt\s+wrong\w*|spelled\s+wrong\w*)\b", re.I)
# "check the spelling", "spell-check it": a report, which lamforge's actions cannot give
_ONLY_CHECK = re.compile(r"\bcheck", re.I)
_FIX = re.compile(r"\b(?:fix|correct|sort|mend|change|replace)", re.I)
_MANY = re.compile(r"\b(?:typos|mistakes|errors|all|any|every|each)\b|\bspelling\b(?!\s+(?:mistake|error)\b)", re.I)
_LETTERS = re.compile(r"\b(?:extra|missing|short(?:\s+of)?|double[ds]?|one too many)\s+(?:an?\s+)?(?:[a-z]|letter)\b"
                      r"|\bletters?\b"
                      r"|\b(?:an?|one)\s+[a-z]\s+too\s+(?:many|few)\b|\btoo\s+many\s+[a-z]['\u2019]?s\b", re.I)
_ONE = re.compile(r"\b(?:a|one|the)\s+(?:typo|spelling\s+(?:mistake|error)|misspel\w*)\b", re.I)
_ASK_WORDS = {"typo", "typos", "spelling", "spelt", "spelled", "mistake", "mistakes", "error", "errors", "misspelt",
              "misspelled", "misspelling", "misspellings", "wrong", "fix", "sort", "correct", "somewhere", "theres",
              "please", "check", "spellcheck", "think"}
_NOT_WORDS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*")


@dataclass(frozen=True)
class _Unit:
    """A paragraph or table cell the request can pick: its role and full text."""

    role: str
    text: str


def spelling_fixes(request: str, view: DocView, texts: Sequence[str], check: Checker) -> list[str] | None:
    """One replacement per misspelt word the request asks to fix; None when it names a word or none is found.

    >>> from lamforge.app.observation import ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Match Report"),
    ...              ViewParagraph(2, "body", "Maisie Clark scored twice."),
    ...              ViewParagraph(3, "body", "The winner came late and was definately offside."),
    ...              ViewParagraph(4, "body", "We will recieve the cup on Sunday.")), ())
    >>> checker = {"Maisie": ("Maise",), "definately": ("definitely", "defiantly"), "recieve": ("receive",)}
    >>> check = lambda ws: {w: checker[w] for w in ws if w in checker}
    >>> spelling_fixes("theres a spelling mistake in the paragraph about the winner", v, [], check)
    ["change 'definately' to 'definitely'"]
    >>> spelling_fixes("fix the typos", v, [], check)
    ["change 'definately' to 'definitely'", "change 'recieve' to 'receive'"]
    >>> spelling_fixes("there's a typo somewhere", v, [], check) is None  # two found, one asked for
    True
    >>> h = DocView((ViewParagraph(1, "heading 2", "What it pays for"), *v.paragraphs[3:]), ())
    >>> spelling_fixes("there's a typo in the what it pays for paragraph", h, [], check)  # the heading's section
    ["change 'recieve' to 'receive'"]
    >>> spelling_fixes("bold 'definately'", v, [], check), spelling_fixes("bold the winner", v, [], check)
    (None, None)
    >>> spelling_fixes("check the spelling of this document", v, [], check) is None  # a report: not doable
    True
    >>> spelling_fixes("receive has one e too many", v, [], check)
    ["change 'recieve' to 'receive'"]
    >>> spelling_fixes("receive's got an i and e the wrong way round, one letter", v, [], check)
    ["change 'recieve' to 'receive'"]
    """
    if QUOTED_RE.search(request) or not _speaks_of_spelling(request) or _ONLY_CHECK.search(request) \
            and not _FIX.search(request):
        return None
    units = _units(view, texts)
    counts: dict[str, int] = {}
    for u in units:
        for w in _WORD.findall(_NOT_WORDS.sub(" ", u.text)):
            counts[w] = counts.get(w, 0) + 1
    said = {re.sub(r"['\u2019]s$", "", w.lower()) for w in _WORD.findall(request)}
    candidates = [(i, m.group(0)) for i, u in enumerate(units) for m in _WORD.finditer(_NOT_WORDS.sub(" ", u.text))
                  if _checkable(m, u.text) and counts[m.group(0)] == 1 and m.group(0).lower() not in said]
    found = check([w for _, w in candidates]) if candidates else {}
    if not found:
        return None
    fixes = {i_w: fix for i_w in candidates if (fix := _suggestion(i_w[1], found.get(i_w[1]))) is not None}
    named = {(w, fix) for (_, w), fix in fixes.items() if fix.lower() in said}
    if len(named) == 1:
        return [f"change {quote(w)} to {quote(fix)}" for w, fix in named]
    if not _ASKS.search(request):  # a note on letters only: a named word or nothing
        return None
    scope = _scope(request, units, {i for i, _ in fixes})
    if scope is None:
        return None
    chosen = [(w, fix) for (i, w), fix in fixes.items() if i in scope]
    if not chosen or (len(chosen) > 1 and _ONE.search(request) and not _MANY.search(_ONE.sub("", request))):
        return None
    return [f"change {quote(w)} to {quote(fix)}" for w, fix in chosen]


def checked_respelling(request: str, replacement: str, check: Checker) -> str:
    """A stated respelling whose new word Writer underlines too, respelt by Writer's suggestion for the old one.

    "acommodate is spelt wrong, can you fix it" names the document's "accomodate" in a spelling of its own; the
    fix is what the checker suggests, never another misspelling.

    >>> check = lambda ws: {w: {"accomodate": ("accommodate",), "acommodate": ("accommodate",)}[w] for w in ws
    ...                     if w in ("accomodate", "acommodate")}
    >>> checked_respelling("acommodate is spelt wrong", "change 'accomodate' to 'acommodate'", check)
    "change 'accomodate' to 'accommodate'"
    >>> checked_respelling("recieved should be received", "change 'recieved' to 'received'", check)
    "change 'recieved' to 'received'"
    """
    texts = quoted_texts(replacement)
    if not _ASKS.search(request) or len(texts) != 2 or not all(_WORD.fullmatch(t) for t in texts):
        return replacement
    found = check(list(texts)) or {}
    fix = _suggestion(texts[0], found.get(texts[0])) if texts[1] in found else None
    return replacement if fix is None else replacement.replace(quote(texts[1]), quote(fix))


def asks_for_spelling(request: str, check: Checker) -> str | None:
    """The request, its misspelt words of asking respelt ("spleling"), when it speaks of spelling (else None).

    >>> check = lambda ws: {w: ("spelling",) for w in ws if w == "spleling"}
    >>> asks_for_spelling("theres a mistake in the spleling", check), asks_for_spelling("bold the title", check)
    ('theres a mistake in the spelling', None)
    >>> asks_for_spelling("until's got an extra l", check)
    "until's got an extra l"
    """
    if not _speaks_of_spelling(request):
        words = [w for w in _WORD.findall(request) if len(w) >= 4 and w.islower()]
        for w, said in ((check(words) if words else None) or {}).items():
            fix = next((a for a in said[:3] if _ASKS.fullmatch(a)), None)
            if fix is not None:
                request = re.sub(rf"\b{re.escape(w)}\b", fix, request)
    return request if _speaks_of_spelling(request) else None


def _speaks_of_spelling(request: str) -> bool:
    """Spelling words ("typo", "spelt wrong") or a note on letters ("an extra l", "one s too many")."""
    return bool(_ASKS.search(request) or _LETTERS.search(request))


def _units(view: DocView, texts: Sequence[str]) -> list[_Unit]:
    """Body paragraphs (full text where ``texts`` holds it) and table cells, with their roles."""
    full = list(texts[:len(view.paragraphs)])
    units = []
    for k, p in enumerate(view.paragraphs):
        text = full[k] if k < len(full) and full[k].startswith(p.text.rstrip(".\u2026 ")[:20]) else p.text
        units.append(_Unit(p.role, text))
    units += [_Unit("cell", cell) for t in view.tables for row in t.rows for cell in row]
    return units


def _checkable(m: re.Match[str], text: str) -> bool:
    """A word worth asking about: three lower-case letters or more, not part of a code ("10am", "m3").

    Capitalised words are names as often as not ("Maisie Clark scored"), so they are never read as mistakes.
    """
    w = m.group(0)
    return len(w) >= 3 and w.islower() and not any(c.isdigit() for c in text[max(0, m.start() - 1):m.end() + 1])


def _suggestion(word: str, suggestions: tuple[str, ...] | None) -> str | None:
    """The first suggestion one or two slips away that is one plain word, in the word's case."""
    from rapidfuzz.distance import OSA

    for s in suggestions or ():
        if re.fullmatch(r"[A-Za-z\u00c0-\u024f']+", s) and OSA.distance(s.lower(), word.lower()) <= 2 \
                and s.lower() != word.lower():
            return s[:1].upper() + s[1:] if word[:1].isupper() else s
    return None


def _scope(request: str, units: Sequence[_Unit], with_fixes: set[int]) -> set[int] | None:
    """The units the request points at: by role, by its words, or every one when it names none (None: unclear)."""
    low = request.lower()
    for role, pattern in (("title", r"\btitle\b"), ("heading", r"\bheadings?\b"), ("cell", r"\btable\b")):
        if re.search(pattern, low):
            return {i for i, u in enumerate(units) if u.role.startswith(role)}
    words = content_words(request) - _ASK_WORDS
    if not words:
        return set(range(len(units)))
    scored = [(len(words & content_words(u.text)), i) for i, u in enumerate(units)]
    top = max(n for n, _ in scored)
    if top == 0:
        return set(range(len(units))) if len(with_fixes) == 1 else None
    return {k for n, i in scored if n == top for k in _section(units, i)}  # several equally good: all of them


def _section(units: Sequence[_Unit], i: int) -> range:
    """A unit alone, or a heading with the paragraphs under it ("the what it pays for paragraph")."""
    if not units[i].role.startswith("heading"):
        return range(i, i + 1)
    ends = [k for k, u in enumerate(units) if k > i and (u.role.startswith("heading") or u.role == "cell")]
    return range(i, min(ends, default=len(units)))
