"""Requests that name their targets without quotation marks, as users often write them.

"Make Apache Kafka bold", "underline the words retail bank": the target is the document's own words,
unquoted. A share of every split is rendered this way (``BARE_RATE``), but only where every quoted
text of the request is the document's own text (a target, not new text to type) that a person could
name without quotes (a whole paragraph or cell, or a capitalised run that ends on a meaningful word),
so the request still says exactly what to do. The grounding expert needs quotes and fails on these;
the agent's runtime quotes document mentions itself (``lamforge.agent.mentions``), so phase 3 has
expert failures to explore, as in the paper.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import replace

from lamforge.tasks.phrasing.render import Rendered
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.vocab import FUNCTION_WORDS

BARE_RATE = 0.4
_QUOTED_SLOT = re.compile(r"[\"'\u2018\u201c](\{[A-Za-z_]+\})[\"'\u2019\u201d]")


def bare(request: Rendered, doc_texts: Iterable[str]) -> Rendered | None:
    """``request`` with the quotation marks around its texts removed, or None when a quote is not the document's.

    >>> r = Rendered("Make the text 'Apache Kafka' bold.", "Make the text '{q}' bold.", "train", "core")
    >>> bare(r, ["Python and Apache Kafka"]).text, bare(r, ["Python"]) is None
    ('Make the text Apache Kafka bold.', True)
    >>> bare(Rendered("Bold 'six until'.", "Bold '{q}'.", "train", "core"), ["from six until ten"]) is None
    True
    """
    quotes = [next(g for g in m.groups() if g is not None) for m in QUOTED_RE.finditer(request.text)]
    texts = list(doc_texts)
    if not quotes or not all(_nameable(q, texts) for q in quotes):
        return None
    text = QUOTED_RE.sub(lambda m: next(g for g in m.groups() if g is not None), request.text)
    return replace(request, text=text, skeleton=_QUOTED_SLOT.sub(r"\1", request.skeleton), bare=True)


def _nameable(quote: str, texts: list[str]) -> bool:
    """Whether a user could name ``quote`` without quotes.

    A whole paragraph or cell can be, and so can a capitalised run ending on a word that carries meaning
    ("Apache Kafka"); "six until" or "Photography without" cannot.
    """
    if re.search(r"['\"\u2018\u2019\u201c\u201d]", quote) or not any(quote in t for t in texts):
        return False
    if any(quote.strip() == t.strip() or quote.strip() == t.strip().rstrip(".:!?") for t in texts):
        return True
    words = re.findall(r"[\w-]+", quote)
    return bool(words) and quote[:1].isupper() and words[-1].lower() not in FUNCTION_WORDS


def maybe_bare(request: Rendered, doc_texts: Iterable[str], seed: int, rate: float = BARE_RATE) -> Rendered:
    """The bare form of ``request`` for a ``rate`` share of seeds (drawn apart from the task's own RNG)."""
    if random.Random(f"bare-{seed}").random() >= rate:
        return request
    return bare(request, doc_texts) or request
