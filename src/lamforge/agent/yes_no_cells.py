"""A Yes / No column said as news: "dev gave me the cash, so he's all paid up" sets Dev's Paid cell to Yes.

People tell a table's two-valued column as what happened to someone, in the column's own word ("paid", "booked",
"confirmed", "returned"), and never say "Yes". The column is one whose cells are all Yes or No (or empty) and whose
header word the request uses; the row is the one whose words the request names (a first name is enough); "not",
"hasn't", "no longer" before the word make it No. One column and one row, or nothing.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.word_overlap import content_words, one_best
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_YES_NO = {"yes": "Yes", "no": "No", "y": "Y", "n": "N"}
_NOT = re.compile(r"\b(?:not|hasn['\u2019]?t|haven['\u2019]?t|isn['\u2019]?t|aren['\u2019]?t|no\s+longer|never|"
                  r"still\s+(?:not|hasn['\u2019]?t)|yet\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def yes_no_cell(request: str, view: Any) -> str | None:
    """The trained edit that sets one row's Yes / No cell as the request tells it (None: no such cell is meant).

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 3, (("Name", "Item", "Paid"), ("Aled Morgan", "Hoodie", "Yes"),
    ...                      ("Dev Chauhan", "Hoodie", "No"), ("Nell Okafor", "Vest", "No")))
    >>> v = DocView((), (t,))
    >>> yes_no_cell("dev gave me the cash for his hoodie last night so he's all paid up", v)
    "set the cell in row 3, column 3 of table 1 to 'Yes'"
    >>> yes_no_cell("aled hasn't actually paid yet, the bank bounced it", v)
    "set the cell in row 2, column 3 of table 1 to 'No'"
    >>> yes_no_cell("nell wants a hoodie too", v), yes_no_cell("everyone has paid", v)
    (None, None)
    """
    if QUOTED_RE.search(request):
        return None
    said = fold(request)
    found = []
    for t in view.tables:
        if len(t.rows) < 3:
            continue
        header = t.rows[0]
        for c, name in enumerate(header):
            values = {r[c].strip().lower() for r in t.rows[1:] if c < len(r)} - {""}
            word = fold(name).strip()
            if not values or not values <= set(_YES_NO) or not re.fullmatch(r"[a-z]{3,}", word):
                continue
            m = re.search(rf"\b{re.escape(word)}\b", said)
            if m is None:
                continue
            asked = set(content_words(said)) - {word}
            scored = [(len(asked & set(content_words(fold(" ".join(r[:c] + r[c + 1:]))))), k)
                      for k, r in enumerate(t.rows[1:], 2)]
            best = one_best([(n, k) for n, k in scored if n])
            if best is not None:
                found.append((t, best, c, "no" if _NOT.search(said[:m.start()]) else "yes"))
    if len(found) != 1:
        return None
    t, row, c, answer = found[0]
    written = t.rows[row - 1][c].strip()
    value = _YES_NO[answer] if len(written) != 1 else _YES_NO[answer[0]]
    if written.lower() == value.lower():
        return None
    return f"set the cell in row {row}, column {c + 1} of table {t.number} to {quote(value)}"
