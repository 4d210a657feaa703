"""Someone taking over from someone: "stuart's off, so kerry-ann's taking his two runs as well".

A table names people in its cells; the request names the one who is out by first name ("stuart", "kevin") and the
one who steps in before "is taking over", "'s doing", "is covering", "is running" ("his mate dan pryce is taking
over the damp job"). Each cell naming the person who is out, in the rows the request's other words pick when they
pick any, gets the new name in its place, written with capitals as names are ("Dan Pryce (plumber)" for "Kevin
Marsh (plumber)"). Nothing is read when the one stepping in is said as a pronoun, or the one out names no cell.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.word_overlap import content_words
from lamforge.app.text_match import fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_STEPS_IN = re.compile(
    r"(?P<new>[a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*){0,2}?)\s*(?:\s+is|\s+are|['\u2019]s|['\u2019]re)\s+"
    r"(?:now\s+)?(?:taking\s+over|taking|doing|covering|running|leading|handling|looking\s+after|in\s+charge\s+of)\b",
    re.IGNORECASE)
# words that stand before a name and are no part of it: "his mate dan pryce", "so kerry-ann"
_LEAD = {"so", "and", "but", "now", "then", "his", "her", "their", "our", "my", "mate", "wife", "husband", "friend",
         "partner", "son", "daughter", "brother", "sister", "new", "the", "a", "instead", "who", "which", "that"}
_NOT_A_NAME = {"he", "she", "they", "we", "i", "you", "it", "this", "that", "everyone", "someone", "anyone", "who",
               "one", "which", "there", "here"}
_NAME_CELL = re.compile(r"^(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})(?P<rest>\s*(?:\(.*\))?)$")


def stand_in_parts(request: str, view: Any) -> list[str] | None:
    """One trained cell edit per cell of the person who is out, the new person's name in it (None: not such news).

    >>> from lamforge.app.observation import DocView, ViewTable
    >>> t = ViewTable(1, 3, (("Run", "Day", "Driver"), ("Hebden", "Mon", "Stuart"), ("Todmorden", "Tue", "Stuart"),
    ...                      ("Halifax", "Wed", "Priya")))
    >>> stand_in_parts("stuart's off on paternity leave from monday so kerry-ann's taking his two runs as well",
    ...                DocView((), (t,)))  # doctest: +NORMALIZE_WHITESPACE
    ["set the cell in row 2, column 3 of table 1 to 'Kerry-Ann'",
     "set the cell in row 3, column 3 of table 1 to 'Kerry-Ann'"]
    >>> jobs = ViewTable(1, 3, (("Flat", "Problem", "Contractor"), ("Flat 2", "Window hinge", "Sam Lowry"),
    ...                         ("Flat 4", "Damp", "Kevin Marsh (plumber)"), ("Flat 5", "Tap", "Kevin Marsh")))
    >>> stand_in_parts("kevin's put his back out so his mate dan pryce is taking over the damp job in flat 4",
    ...                DocView((), (jobs,)))
    ["set the cell in row 3, column 3 of table 1 to 'Dan Pryce (plumber)'"]
    >>> rota = ViewTable(1, 3, (("Sunday", "Keeper"), ("4 October", "Dave Pell"), ("11 October", "Dave Pell"),
    ...                         ("18 October", "Margaret Ince")))
    >>> stand_in_parts("dave's off for most of october, so margaret's doing steeple keeper on the 11th instead of him."
    ...                " can you change it in the sunday table", DocView((), (rota,)))
    ["set the cell in row 3, column 2 of table 1 to 'Margaret Ince'"]
    >>> stand_in_parts("priya is doing the halifax run", DocView((), (t,)))  # nobody named as out
    """
    if QUOTED_RE.search(request):
        return None
    m = _STEPS_IN.search(request)
    if m is None:
        return None
    words = m.group("new").split()
    lead = [k for k, w in enumerate(words) if w.lower() in _LEAD]
    words = words[lead[-1] + 1:] if lead else words  # "monday so kerry-ann": the words after the last lead word
    if not words:
        return None
    new = " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words)
    after = set(re.findall(r"[a-z]+", fold(request[m.end():])))
    said = set(re.findall(r"[a-z]+", fold(request[:m.start("new")]))) - after  # who is out is named before
    cells = []
    for t in view.tables:
        for r, row in enumerate(t.rows[1:], 2):
            for c, cell in enumerate(row):
                named = _NAME_CELL.match(cell.strip())
                if named and fold(named.group("name").split()[0]) in said and fold(new) not in fold(cell) \
                        and _said_as_out(named.group("name"), request[:m.start("new")]):
                    cells.append((t, r, c, named))
    if not cells or any(w.lower() in _NOT_A_NAME for w in words):
        return None
    # what the row is told by, the table's own name aside ("change it in the sunday table")
    told = re.sub(r"\b(?:in|on)\s+the\s+[a-z'\u2019 ]{1,30}?\s+(?:table|rota|list)\b", " ", fold(request[m.end():]))
    asked = content_words(told)
    asked |= set(re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)\b", told))  # "on the 11th": that date's row

    def row_words(t: Any, r: int, c: int) -> set[str]:
        others = " ".join(t.rows[r - 1][:c] + t.rows[r - 1][c + 1:])
        return content_words(fold(others)) | set(re.findall(r"\b\d{1,2}\b", others))

    shared = [len(asked & row_words(t, r, c)) for t, r, c, _ in cells]
    picked = [cell for cell, n in zip(cells, shared, strict=True) if n == max(shared)]  # "the damp job": its row
    return [f"set the cell in row {r}, column {c + 1} of table {t.number} to "
            f"{quote(_in_full(new, t, c) + n.group('rest'))}" for t, r, c, n in picked]


def _in_full(new: str, table: Any, column: int) -> str:
    """"Margaret" as the column writes her, "Margaret Ince", when one name there opens with her name alone."""
    if " " in new:
        return new
    full = {_NAME_CELL.match(row[column].strip()).group("name") for row in table.rows[1:]
            if column < len(row) and _NAME_CELL.match(row[column].strip())
            and fold(row[column]).split()[:1] == [fold(new)] and len(row[column].split()) > 1}
    return full.pop() if len(full) == 1 else new



_AS_OUT = re.compile(r"(?:['\u2019]s\b|\s+(?:is|are|has|have|had|was|were|can['\u2019]?t|cannot|won['\u2019]?t|"
                     r"isn['\u2019]?t|aren['\u2019]?t|did|didn['\u2019]?t|does|doesn['\u2019]?t)\b)")


def _said_as_out(name: str, said: str) -> bool:
    """Whether ``said`` names ``name`` (its first word, or all of it) as the subject of what happened.

    "stuart's off", "kevin's put his back out", "hollins cross have withdrawn", "marcus can't do afternoons".
    """
    words = [re.escape(fold(w)) for w in name.split()]
    rest = "".join(rf"(?:\s+{w})?" for w in words[1:])
    return re.search(rf"\b{words[0]}{rest}{_AS_OUT.pattern}", fold(said)) is not None
