"""The words a regular expression spells out: what the leak test compares with the held-out phrasings."""

from __future__ import annotations

import re
from collections.abc import Sequence


def pattern_words(sources: Sequence[str]) -> frozenset[str]:
    """The words regular expressions ``sources`` spell out, in lower case; a word followed by ``\\w*`` ends in ``*``.

    >>> sorted(pattern_words([r"\\b(?P<v>translat\\w*|e-?mail)\\s+it\\b"]))
    ['it', 'mail', 'translat*']
    """
    out: set[str] = set()
    for src in sources:
        src = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)|\(\?[aiLmsux]+[:)]", " ", src)
        src = re.sub(r"([A-Za-z]{2,})\\w[*+]", r"\1* ", src)
        src = re.sub(r"\\[A-Za-z]", " ", src)
        out.update(w.lower() for w in re.findall(r"[A-Za-z]{2,}\*?", src))
    return frozenset(out)
