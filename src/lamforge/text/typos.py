"""Misspelt instruction words, corrected: "buullet points" is "bullet points", "highlite" is "highlight".

The grounding expert reads requests after this fix, and the agent's task memory looks requests up after it, so a
typo in the word that says what to do does not send either to the wrong operation. Quoted texts are never
touched: they are the document's own words.
"""

from __future__ import annotations

import re

from lamforge.text.quotes import QUOTED_RE

INSTRUCTION_VOCAB = (
    "bullet", "bullets", "bulleted", "heading", "headings", "numbered", "numbering", "italic", "italics", "italicize",
    "underline", "underlined", "strikethrough", "superscript", "subscript", "uppercase", "lowercase", "sentence",
    "capitalize", "capitals", "paragraph", "spacing", "spaced", "indent", "indented", "indentation",
    "justified", "justify", "center", "centre", "centered", "middle", "align", "aligned", "alignment",
    "highlight", "highlighted", "delete", "remove", "longer", "table", "column", "columns", "rows", "font",
    "size", "bold", "replace", "insert", "after", "before", "below", "above", "landscape", "portrait",
    "occurrence", "occurrences", "every", "should", "section", "orientation", "strike", "through", "double",
    "single", "colour", "color", "points", "style", "styled", "title", "append", "extend", "finish",
    "yellow", "green", "purple", "orange", "space", "second", "third", "fourth", "fifth", "document", "signature",
    "greeting", "number", "numbers", "change", "increase", "decrease", "first",
)  # fmt: skip
INSTRUCTION_VOCAB_SET = frozenset(INSTRUCTION_VOCAB)
_SHORT = {"teh": "the", "hte": "the", "adn": "and", "pagebreak": "page break"}  # short slips the readers need
# real words a few letters from an instruction word; the second group are the words of LibreOffice's own help
# pages that the fix would have changed ("selection" had become "section", "their" "third", "front" "font")
_REAL_WORDS = frozenset(
    "heating heated header headers sizes bolder title titles tables cells stylish street streets strict sentenced "
    "colours colors spaces aligning deleted removed inserted replaced centres centers doubled singled rowing "
    "section sections column through though thought throughout chance charge charged fist fists incident "
    "highlighter".split()
    + "styles selection point their front assigned remote indents handling prints stacking capital assignment "
    "getting tilde underlying numerals indenting greek colon underlines underlining assignments numerous "
    "highlights forth undetermined invert undefined tiles alter tiled columnar extent finnish exited coord alien "
    "decreed fifty fires indexed intent justifies seize spanning thorough underlies undersized".split()
)
_SAYING = re.compile(r"\b(?:saying|that\s+says|which\s+says|with\s+the\s+(?:text|words?))\s+", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)[\"'(]*$")


def starts_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` starts ``text`` or one of its sentences (capitalised there, it need not be a name).

    >>> starts_sentence("Time to go. Now", 0), starts_sentence("Time to go. Now", 12), starts_sentence("a Now", 2)
    (True, True, False)
    """
    return bool(_SENTENCE_START.search(text[:at]))


def fix_typos(request: str) -> str:
    """The request with misspelt instruction words corrected ('buullet' → 'bullet'); quoted texts untouched.

    >>> fix_typos("Make the lines 'Helo' buullet points, the haeding too")
    "Make the lines 'Helo' bullet points, the heading too"
    >>> fix_typos("highlite teh eggs line in yelow")
    'highlight the eggs line in yellow'
    >>> fix_typos("dobule space the secnd paragraph of the documnet")
    'double space the second paragraph of the document'
    >>> fix_typos("chnage the frist heading, increse its size, strikethru the date")
    'change the first heading, increase its size, strikethrough the date'
    >>> fix_typos("Bold the Getting Started heading and their selection in front")
    'Bold the Getting Started heading and their selection in front'
    >>> fix_typos("Tittle in bold. Undrline it")
    'Title in bold. Underline it'
    >>> fix_typos("add a bullet at the end saying spare blankets are in the cupboard")  # new text stays as typed
    'add a bullet at the end saying spare blankets are in the cupboard'
    """
    from rapidfuzz import fuzz, process

    spans = [m.span() for m in QUOTED_RE.finditer(request)]
    said = _SAYING.search(request)  # "... saying spare blankets are in the cupboard": the user's own new text
    if said:
        spans.append((said.end(), len(request)))

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        if any(a <= m.start() < b for a, b in spans):
            return w
        if low in _SHORT:
            return _SHORT[low].capitalize() if w[0].isupper() else _SHORT[low]
        if len(w) < 5 or low in INSTRUCTION_VOCAB_SET or low in _REAL_WORDS:
            return w
        if w[0].isupper() and not starts_sentence(m.string, m.start()):
            return w  # a capitalised word inside a sentence is a name or the document's words ("Getting Started")
        # the best-scoring word of a similar length with the same first letter ('highlite': highlight, not
        # the closer-scoring but longer 'highlighted')
        for word, _score, _ in process.extract(low, INSTRUCTION_VOCAB, scorer=fuzz.ratio, score_cutoff=80, limit=5):
            if abs(len(word) - len(low)) <= max(2, len(word) // 4) and word[0] == low[0] and not low.startswith(word):
                return word.capitalize() if w[0].isupper() else word
        return w

    return re.sub(r"[A-Za-z]+", fix, request)
