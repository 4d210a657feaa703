"""A sentence told by what it says: "the sentence about keeping your exemption letter", "where it says ...".

"Highlight where it says not to run the kettle and the heater together", "bold the bit telling people to check the
website if the weather's bad".

People describe a sentence in their own words, not the document's: "cancelling 2 hours before" for "cancel at least
2 hours before", "somebody has to be in to sign for the plants" for "someone is in ... unless they're signed for", a
word the document misspells ("excemption"). The description runs from its opening words to the end of its clause
(an aside after a comma or a dash is no part of it); each of its content words meets a sentence's word when both have
the same stem, one opens the other ("sign", "signed") or they differ by a slip of a letter or two. The one sentence
meeting most of them, at least two and at least half, with no other meeting as many, is the sentence meant; it is
said as the model copies a target, quoted (the sentence's text stands once in the document; a sentence that is its
whole paragraph as the paragraph). "The paragraph about X" and "the line that says X" are the task families' own
phrasings, read by the reference reader (:mod:`lamforge.text.locate`) as the model was trained. Anything less clear
is left as written.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.explicit_targets import view_texts
from lamforge.agent.word_overlap import content_words, one_best, stem
from lamforge.text.explicit import explicit_words, quote
from lamforge.text.locate import Spot
from lamforge.text.quotes import QUOTED_RE

# the words that open a description: "the sentence about", "the bit telling people to", "where it says", "where i
# say" ("the paragraph about X" and "the line that says X" are the task families' own, read by text.locate)
_OPENING = re.compile(
    r"\b(?:(?:the|that|this)\s+(?:(?!about|saying|where|that|which)[a-z]+\s+)?"  # "the house rule about"
    r"(?P<noun>sentence|bit|part|one|bullet|item|point|rule|tip)\s+"
    r"(?:(?:that|which)\s+(?:says|tells|asks)(?:\s+(?:people|you|them|everyone))?(?:\s+not)?(?:\s+to)?|about|saying"
    # "telling parents to", "asking people not to", "reminding the kids to"
    r"|(?:telling|asking|reminding)\s+(?:[a-z]+\s+){1,2}?(?:not\s+)?to|where\s+(?:it|i|we)\s+(?:says?|said|"
    r"ask|asks)(?:\s+that)?)|where\s+(?:it|i|we)\s+(?:says?|said)(?:\s+that)?)\s+",
    re.IGNORECASE)
# the description ends with its clause, or where the request goes on to say what to do with it ("... should be red",
# "... be bold", "... in italics")
_CLAUSE_END = re.compile(r"\s*(?:[,;:!?]|\.(?:\s|$)|\s[\u2013\u2014-]\s|\(|$)|\s+(?:(?:should|needs?\s+to|must|"
                         r"could|can|would|will|has\s+to|have\s+to)\s+)?(?:be\s+|go\s+|goes\s+|in\s+)?(?:all\s+)?"
                         r"(?:bold|italics?|underlined?|highlighted|red|blue|green|yellow|purple|orange|\d+\s?pt)\b")
_SENTENCES = re.compile(r"[^.!?]*[.!?]+(?=\s|$)|[^.!?]+$")


def described_sentence(request: str, view: Any) -> str:
    """The request with a sentence told by what it says quoted; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "House bills"),
    ...              ViewParagraph(2, "body", "Council tax is zero. Keep your excemption letter safe, as the council "
    ...                                       "asks for it."),
    ...              ViewParagraph(3, "body", "If you cannot come, cancel at least 2 hours before. Thanks!")), ())
    >>> described_sentence("highlight the sentence about keeping your exemption letter, sam lost his", v)
    "highlight 'Keep your excemption letter safe, as the council asks for it.', sam lost his"
    >>> described_sentence("bold where it says to cancel 2 hours before – people forget", v)
    "bold 'If you cannot come, cancel at least 2 hours before.' – people forget"
    >>> described_sentence("bold the one about cancelling 2 hours before", v)
    "bold 'If you cannot come, cancel at least 2 hours before.'"
    >>> described_sentence("underline the part about keeping the letter safe", v)
    "underline 'Keep your excemption letter safe, as the council asks for it.'"
    >>> described_sentence("bold the sentence about the council and cancelling", v)  # one word each: no clear one
    'bold the sentence about the council and cancelling'
    >>> described_sentence("highlight the sentence about the weather", v)
    'highlight the sentence about the weather'
    >>> described_sentence("take out the sentence about the excemption – we sorted it", v)  # one long word, once
    "take out the sentence 'Keep your excemption letter safe, as the council asks for it.' – we sorted it"
    """
    if QUOTED_RE.search(request):
        return request
    m = _OPENING.search(request)
    if not m:
        return request
    end = _CLAUSE_END.search(request, m.end())
    stop = end.start() if end else len(request)
    want = _words(request[m.end():stop])
    # one word is enough when it is a long one that one sentence alone holds ("the sentence about the caterpillars")
    least = 1 if len(want) == 1 and len(next(iter(want))) >= 5 else 2
    if len(want) < least:
        return request
    scored, all_met = [], []
    for p in view.paragraphs:
        for unit in (s.group(0).strip() for s in _SENTENCES.finditer(p.text)):
            has = _words(unit)
            met = sum(any(_meet(w, h) for h in has) for w in want)
            all_met.append((met, unit))
            if met >= least and 2 * met >= len(want):
                scored.append((met, unit))
    if least == 1 and len(scored) != 1:
        return request
    best = one_best(scored)
    if not scored:  # a long description in other words ("delayed not cancelled" for "put back rather than called
        # off"): three words met, and no other sentence within two of it
        ranked = sorted(all_met, key=lambda x: -x[0])
        if ranked and ranked[0][0] >= 3 and (len(ranked) == 1 or ranked[1][0] <= ranked[0][0] - 2):
            best = ranked[0][1]
    if best is None or sum(t.count(best) for t in view_texts(view)) != 1:
        return request
    paragraphs = [(p.number, p.role, p.text) for p in view.paragraphs]
    said = next((explicit_words(Spot("paragraphs", p.number, p.number), paragraphs) for p in view.paragraphs
                 if p.text.strip() == best), None) or quote(best)  # a whole paragraph: as the model reads one
    deleting = _DELETING.search(request[:m.start()])  # "delete the sentence 'X'", as the families say a deletion
    if least == 1 and (m.group("noun") or "").lower() == "sentence" and said == quote(best) and deleting:
        said = f"the sentence {quote(best)}"
    return request[:m.start()] + said + request[stop:]


_DELETING = re.compile(r"\b(?:delete|remove|take\s+out|cut|get\s+rid\s+of)\b", re.IGNORECASE)


def _words(text: str) -> set[str]:
    """The stems of a text's content words and its numbers ("number 14's drive": 14 says which as much as drive).

    >>> sorted(_words("not to block number 14's drive"))
    ['14', 'block', 'driv']
    """
    return {stem(w) for w in content_words(text)} | set(re.findall(r"(?<![\d.,:])\d+(?![\d.,:]\d)", text))


def _meet(a: str, b: str) -> bool:
    """Whether two stemmed words name the same thing: equal, one opening the other, or a slip of a letter or two.

    >>> _meet("sign", "signed"), _meet("exemption", "excemption"), _meet("cancell", "cancel"), _meet("hom", "hous")
    (True, True, True, False)
    """
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True
    if min(len(a), len(b)) >= 6:
        from rapidfuzz.distance import Levenshtein

        return Levenshtein.distance(a, b) <= 2
    return False
