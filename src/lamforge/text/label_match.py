"""Matching the words a request names a row, column or heading by against the document's own labels.

A request's name is read generously ("the Make the Outlook heading"), so its shorter readings are tried too, the
words nearest the noun kept; labels match case aside, and, failing that, in the plural or by their first words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.text.vocab import FUNCTION_WORDS


def norm(text: str) -> str:
    """Lower case, punctuation as spaces, single spaces: how names and labels are compared."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def shortened(name: str, after: bool) -> list[str]:
    """``name`` and its shorter readings, longest first: the words nearest the noun are kept.

    A name before its noun ("the Make the Outlook" of "Make the Outlook heading") keeps its last words, one
    after it ("Outlook to Heading 3" of "the heading Outlook to Heading 3") its first words.

    >>> shortened("Make the Outlook", after=False)
    ['Make the Outlook', 'the Outlook', 'Outlook']
    """
    words = name.split()
    if after:
        return [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    return [" ".join(words[k:]) for k in range(len(words))]


def shorter_words(words: str, name: str, used: str) -> str:
    """The request's words for a target whose name matched the document only in part (``used`` of ``name``)."""
    if used == name or name not in words:
        return ""
    k = words.index(name)
    if words[k:k + len(name)].startswith(used):  # kept the first words: drop the tail of the name
        return words[:k + len(used)] + words[k + len(name):]
    return words[:k] + words[k + len(name) - len(used):]


# a table's usual short headers, read as the words a request names them by
ABBREVIATIONS = {"qty": "quantity", "amt": "amount", "no": "number", "num": "number", "desc": "description",
                 "dept": "department", "tel": "telephone", "approx": "approximate", "wt": "weight", "ref": "reference"}


def expanded(text: str) -> str:
    """``text`` (normalised) with each usual abbreviation spelt out ("Qty" reads "quantity").

    >>> expanded("qty"), expanded("unit price")
    ('quantity', 'unit price')
    """
    return " ".join(ABBREVIATIONS.get(w, w) for w in text.split())


def singular(text: str) -> str:
    """Each word without a plural ``s`` ("amounts" reads the Amount column)."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in text.split())


def label_hits(name: str, after: bool, labels: Sequence[str]) -> tuple[int, str] | None:
    """The 1-based position of the one label ``name`` (or its longest shorter reading) matches.

    Exactly (case aside) first; failing that, loosely: the plural of a label ("the amounts column"), the first
    words of one ("the oat milk row" of "Oat milk crate") or a usual abbreviation spelt out ("quantity" of "Qty"),
    when one label alone reads so.

    >>> label_hits("amounts", False, ["Item", "Amount"]), label_hits("oat milk", False, ["Oat milk crate"])
    ((2, 'amounts'), (1, 'oat milk'))
    >>> label_hits("quantity", False, ["Item", "Qty", "Price"])
    (2, 'quantity')
    """
    readings = shortened(name, after)
    for used in readings:
        hits = [i for i, label in enumerate(labels, 1) if norm(label) == norm(used)]
        if len(hits) == 1:
            return hits[0], used
        if len(hits) > 1:
            return None
    for used in readings:
        if not any(w.lower() not in FUNCTION_WORDS for w in used.split()):
            continue
        want = singular(norm(used))
        hits = [i for i, label in enumerate(labels, 1) if f"{singular(expanded(norm(label)))} ".startswith(f"{want} ")]
        if len(hits) == 1:
            return hits[0], used
        if len(hits) > 1:
            return None
    return None
