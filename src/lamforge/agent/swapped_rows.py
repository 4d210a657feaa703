"""Two table rows whose entries trade places: "can we swap April and May round?".

"I got abbey and captain cook the wrong way round in the winter column": a swap names two rows by an entry each
holds (a date, a name) and leaves the rest to the reader. The named entries stay where they are and what goes with
them trades places, in every other column, or only in the column the request names by its header. Said as the
edits the model is trained on, one per cell that changes: "set the cell in row 5, column 2 of table 1 to 'Demon
Copperhead'", ... Guidance (off with ``--guidance off``).
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.cell_news import typed_values
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_SWAP = re.compile(r"\b(?:swap|swapped|swapping|switch|switched|exchange|trade\s+places|"
                   r"(?:the\s+)?(?:wrong|other)\s+way\s+(?:round|around)|mixed\s+up|muddled\s+up)\b", re.IGNORECASE)


def swapped_parts(request: str, view: Any) -> list[str] | None:
    """The cell edits that swap the two rows the request names (None: it names no swap of two rows).

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> b = ViewTable(1, 3, (("Date", "Book", "Leading"), ("14 April", "Olive Kitteridge", "Ben"),
    ...                      ("12 May", "Demon Copperhead", "Margaret"), ("9 June", "The Bee Sting", "Priya")))
    >>> swapped_parts("can we swap April and May round? Ben's away in April", DocView((), (b,)))
    ... # doctest: +NORMALIZE_WHITESPACE
    ["set the cell in row 2, column 2 of table 1 to 'Demon Copperhead'",
     "set the cell in row 2, column 3 of table 1 to 'Margaret'",
     "set the cell in row 3, column 2 of table 1 to 'Olive Kitteridge'",
     "set the cell in row 3, column 3 of table 1 to 'Ben'"]
    >>> r = ViewTable(2, 3, (("Room", "Winter", "Summer"), ("Abbey", "\u00a385", "\u00a3110"),
    ...                      ("Captain Cook", "\u00a380", "\u00a3105")))
    >>> swapped_parts("i got abbey and captain cook the wrong way round in the winter column", DocView((), (r,)))
    ["set the cell in row 2, column 2 of table 2 to '£80'", "set the cell in row 3, column 2 of table 2 to '£85'"]
    >>> swapped_parts("swap the title and the subtitle", DocView((), (r,))) is None
    True
    """
    if QUOTED_RE.search(request) or not _SWAP.search(request) or typed_values(request):
        return None  # values stated ("abbey's 80, captain cook's 85") are placed by where their words put them
    said = fold(request)
    found = []
    for t in view.tables:
        if len(t.rows) < 3:
            continue
        width = max(len(r) for r in t.rows)
        for key in range(width):
            named = [r for r, row in enumerate(t.rows[1:], 1) if key < len(row) and _names(said, row[key], t, key)]
            if len(named) == 2:
                found.append((t, key, named))
    if len(found) != 1:
        return None
    table, key, (a, b) = found[0]
    header = table.rows[0]
    columns = [c for c, h in enumerate(header) if c != key and h.strip()
               and re.search(rf"(?<!\w){re.escape(fold(h).strip())}(?!\w)", said)]
    if not columns:
        columns = [c for c in range(len(header)) if c != key]
    row_a, row_b = table.rows[a], table.rows[b]
    parts = []
    for r, mine, theirs in ((a, row_a, row_b), (b, row_b, row_a)):
        for c in columns:
            if c < len(mine) and c < len(theirs) and mine[c].strip() != theirs[c].strip():
                parts.append(f"set the cell in row {r + 1}, column {c + 1} of table {table.number} to "
                             f"{quote(theirs[c].strip())}")
    return parts or None


def _names(said: str, cell: str, table: Any, key: int) -> bool:
    """Whether the request names this cell: its whole text, or a word of it no other cell of its column holds."""
    text = fold(cell).strip()
    if len(text) >= 3 and re.search(rf"(?<!\w){re.escape(text)}(?!\w)", said):
        return True
    others = {w for row in table.rows[1:] if key < len(row) and fold(row[key]).strip() != text
              for w in re.findall(r"[a-z]{3,}", fold(row[key]))}
    return any(re.search(rf"(?<!\w){w}(?!\w)", said) for w in re.findall(r"[a-z]{3,}", text) if w not in others)
