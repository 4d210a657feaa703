"""Quote the document text a request names without quotation marks, before the model reads it.

Users often write "make the Skills heading all caps" or "replace Leeds with Manchester everywhere":
the target is the document's own words, unquoted. The model copies targets from quotes only, so a
request with no quotation at all gets its mentions quoted here, read against the open document:

* a *mention* is a run of the request's words that reads, case aside and at word boundaries, a whole
  paragraph of the document or part of one, and that holds at least one word which is not an
  instruction or function word ("bold", "heading", "the", "everywhere", numbers, colours ...);
* a whole-paragraph reading wins, then the run with more such words, then one reading a paragraph's
  start or end over one inside a paragraph; runs never overlap, and a one-word run is dropped beside a
  longer one ("Task: convert the title Elm Park Minutes ..."); a run reading a whole paragraph may
  begin or end with any word ("Emphasizing Text"), one reading a paragraph's start or end too when it
  holds two such words ("Hollins Pottery will"), one inside a paragraph begins and ends with such a
  word or a number ("April 9"); a run keeps the punctuation the document has right after it;
* "replace / change / swap X with / to / by Y" also quotes Y, the new text, up to the end of its
  clause ("everywhere", "throughout", "in the document" and punctuation end it), unless Y is only
  instruction words ("change X to upper case").

A request with any quotation is left alone: its author already said what the text is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lamforge.app.commands import COLORS
from lamforge.text.numbers import CARDINAL_WORDS
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.typos import starts_sentence
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

_STOP = FUNCTION_WORDS | INSTRUCTION_WORDS | frozenset(w for c in COLORS for w in c.split())
_NUMBER_WORDS = frozenset(CARDINAL_WORDS)
_WORD = re.compile(r"[\w'\u2019-]+")
_REPLACE = re.compile(
    r"\b(?:replace|change|swap|substitute|switch|turn)\s+(?:(?:every|each|all|any)\s+)?"
    r"(?:(?:occurrences?|instances?|mentions?)\s+of\s+)?(?:the\s+(?:word|text|name|phrase)\s+)?"
    r"(?P<old>'[^']+'|\"[^\"]+\")\s+(?:with|to|into|by|for)\s+(?P<new>[^.,;!?'\"]+?)"
    r"(?=\s+(?:everywhere|throughout|across|in\s+the\s+(?:whole\s+|entire\s+)?(?:document|file|text)|please)\b|"
    r"\s*[.,;!?]|\s*$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """A quoted mention: the request's words, and whether they read a whole paragraph."""

    text: str
    whole: bool


def quote_mentions(
    request: str, paragraphs: Sequence[str], keep: tuple[int, int] | None = None
) -> tuple[str, list[Mention]]:
    """The request with its unquoted mentions of document text quoted, and the mentions.

    ``keep``: a character span of the request whose words are never quoted (the words of a target named by its
    role or structure: "the phone column", "the paragraph about the budget").

    >>> doc = ["Jordan Ellis", "Skills", "Built pipelines for a retail bank in Leeds."]
    >>> quote_mentions("Could you make the Skills heading all caps?", doc)[0]
    "Could you make the 'Skills' heading all caps?"
    >>> quote_mentions("Replace Leeds with Manchester everywhere in the document.", doc)[0]
    "Replace 'Leeds' with 'Manchester' everywhere in the document."
    >>> quote_mentions("underline retail bank and make the title bold", doc)[0]
    "underline 'retail bank' and make the title bold"
    >>> print(quote_mentions("Set double spacing for the Treasurer's report paragraph", ["Treasurer's report: 212"])[0])
    Set double spacing for the "Treasurer's report" paragraph
    >>> quote_mentions("Please italicise Built pipelines for a retail bank in Leeds.", doc)[0]
    "Please italicise 'Built pipelines for a retail bank in Leeds.'"
    >>> quote_mentions("Delete the paragraph beginning with Built pipelines for a", doc)[0]
    "Delete the paragraph beginning with 'Built pipelines for a'"
    >>> quote_mentions("Colour Room One gold", ["Room One", "The tour starts in Room One. It ends"])[0]
    "Colour 'Room One' gold"
    >>> quote_mentions("Delete the sentence starting with This tour ends", ["Hi. This tour ends at noon."])[0]
    "Delete the sentence starting with 'This tour ends'"
    >>> quote_mentions("change Jordan Ellis to upper case", doc)[0]
    "change 'Jordan Ellis' to upper case"
    >>> quote_mentions("Make 'Skills' bold", doc)[0], quote_mentions("Switch to landscape", doc)[1]
    ("Make 'Skills' bold", [])
    >>> quote_mentions("italicise the Skills column", doc, keep=(14, 27))[0]
    'italicise the Skills column'
    """
    if QUOTED_RE.search(request) or not paragraphs:
        return request, []
    words = list(_WORD.finditer(request))
    norm_paras = [_norm(p) for p in paragraphs if p.strip()]
    found: list[tuple[tuple[bool, int, int, int], int, int, int]] = []  # (rank, first word, last word, end)
    for i in range(len(words)):
        for j in range(i, min(len(words), i + 16)):
            content = sum(not _stop(w.group()) for w in words[i:j + 1])
            if not content:
                continue
            start, end = words[i].start(), words[j].end()
            if keep and keep[0] < end and start < keep[1]:
                continue  # inside words that name the target by role or structure ("the phone column")
            clean = not (_stop(words[i].group(), digits=False) or _stop(words[j].group(), digits=False))
            # a reading keeps the document's punctuation after the run ("... map room." deletes the full stop too)
            for e in ([end + 1, end] if end < len(request) and request[end] in ".:!?;" else [end]):
                how = _reading(_norm(request[start:e]), norm_paras)
                # whole paragraphs and paragraph starts / ends may begin or end with any word
                if how == 2 or (how == 1 and (clean or content >= 2)) or (how == 0 and clean):
                    found.append(((how == 2, content, how, j - i), i, j, e))
                    break
    taken: list[tuple[int, int, int, bool]] = []  # (first word, last word, end, whole paragraph)
    ranked = sorted(found, key=lambda f: f[0], reverse=True)
    longest = max((rank[1] for rank, *_ in ranked), default=0)
    for rank, i, j, e in ranked:
        if any(not (j < a or i > b) for a, b, _, _ in taken) or (rank[1] == 1 and longest > 1):
            continue  # one word beside a longer mention is a word of the request ("Task: ..."), not a target
        lone = i == j and not rank[0]
        if lone and (not words[i].group()[:1].isupper() or starts_sentence(request, words[i].start())):
            continue  # a lone lower-case word ("email this to the whole team") names no text; a name does ("Watering"),
            # unless it is capitalised only because a sentence starts with it ("Time to turn the signed name ...")
        taken.append((i, j, e, rank[0]))
    mentions = []
    out = request
    for i, _j, e, whole in sorted(taken, reverse=True):
        text = out[words[i].start():e]
        mentions.insert(0, Mention(text, whole))
        out = f"{out[:words[i].start()]}{_quote(text)}{out[e:]}"
    return _REPLACE.sub(_quote_new_text, out), mentions


def _quote_new_text(m: re.Match[str]) -> str:
    """Quote the Y of "replace X with Y", unless Y only says how ("change X to upper case")."""
    new = m.group("new").strip()
    if all(_stop(w) for w in _WORD.findall(new)):
        return m.group(0)
    return m.group(0).replace(m.group("new"), _quote(new), 1)


def _reading(span: str, paragraphs: list[str]) -> int | None:
    """How ``span`` reads the document: 2 a whole paragraph, 1 a paragraph's or sentence's start or end, 0 inside."""
    if span in paragraphs:
        return 2
    pattern = re.compile(rf"(?<!\w){re.escape(span)}(?!\w)")
    ps = [p for p in paragraphs if pattern.search(p)]
    if not ps:
        return None
    edge = re.compile(rf"(?:^|[.!?]\s+){re.escape(span)}(?!\w)|(?<!\w){re.escape(span)}(?:[.!?](?:\s|$)|$)")
    return 1 if any(edge.search(p) for p in ps) else 0


def _quote(text: str) -> str:
    return f'"{text}"' if "'" in text or "\u2019" in text else f"'{text}'"


def _stop(word: str, digits: bool = True) -> bool:
    """An instruction or function word; a number too, unless ``digits`` is False ("April 9", "Room One" end runs)."""
    low = word.lower().strip("'\u2019")
    if low.isdigit() or low in _NUMBER_WORDS:
        return digits
    return low in _STOP or len(low) < 2


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()
