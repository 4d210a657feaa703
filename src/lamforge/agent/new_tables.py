"""A new table put under a section the request names: "put a table under the wifi details, 4 rows by 2 columns".

The model is trained to insert a table of a given size after a paragraph. People name the place by a section ("the
wifi details", "the meter readings": the heading's words) and give the size in any order ("2 columns 4 rows"),
often with a reason after it. The table goes after the section's last paragraph, said as trained: "insert a
table with 4 rows and 2 columns after 'Network: ...'". Anything else is left to the other readings.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.word_overlap import singular_words
from lamforge.text.explicit import quote
from lamforge.text.vocab import FUNCTION_WORDS

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WORDS = {w: k for k, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "eleven", "twelve"), 1)}
_SIZE = re.compile(rf"\b(?P<r>{_NUMBER})\s*rows?\s*(?:by|x|and|,)?\s*(?P<c>{_NUMBER})\s*col(?:umn)?s?\b"
                   rf"|\b(?P<c2>{_NUMBER})\s*col(?:umn)?s?\s*(?:by|x|and|,)?\s*(?P<r2>{_NUMBER})\s*rows?\b", re.I)
_NEW_TABLE = re.compile(r"\b(?:put|add|insert|make|create|drop)\s+(?:in\s+)?(?:a|an)\s+"
                        r"(?:(?:new|blank|empty)\s+)*table\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:under|after|below|beneath|following)\s+(?P<x>[^,;.]+?)(?=\s*(?:[,;.]|$|\s+for\b|\s+so\b|"
                    r"\s+with\b|\s+that\b|\s+(?:\d+|one|two|three|four|five|six)\s+(?:rows?|col)))", re.IGNORECASE)


def table_under_section(request: str, view: Any) -> str:
    """The request as the trained insertion after a named section's last paragraph; else as written.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView(tuple(ViewParagraph(i, r, t) for i, (r, t) in enumerate((
    ...     ("heading 2", "Wi-Fi"), ("body", "password: seashell22"), ("heading 2", "Meter readings"),
    ...     ("bullet", "Gas: 11273"), ("bullet", "Water: not metered"), ("heading 2", "Keys")), 1)), ())
    >>> table_under_section("put a table under the wifi details, 4 rows by 2 columns, we'll use it for meters", v)
    "insert a table with 4 rows and 2 columns after 'password: seashell22'"
    >>> table_under_section("put a blank table after the meter readings for check-out, 2 columns 4 rows", v)
    "insert a table with 4 rows and 2 columns after 'Water: not metered'"
    >>> w = DocView(v.paragraphs[:5] + (ViewParagraph(6, "body", "Thanks, Jo"),), ())
    >>> table_under_section("put a table under the meter readings list, 3 columns, 6 rows", w)
    "insert a table with 6 rows and 3 columns after 'Water: not metered'"
    >>> table_under_section("put a table after the garden bit, 2 by 2", v)
    'put a table after the garden bit, 2 by 2'
    """
    size, place = _SIZE.search(request), _PLACE.search(request)
    if _NEW_TABLE.search(request) is None or size is None or place is None:
        return request
    rows, cols = (size.group("r"), size.group("c")) if size.group("r") else (size.group("r2"), size.group("c2"))
    last = _section_end(place.group("x"), view)
    if last is None:
        return request
    r, c = (int(_WORDS.get(n.lower(), n)) for n in (rows, cols))
    return f"insert a table with {r} rows and {c} columns after {quote(last)}"


def _named(heading: str) -> set[str]:
    """A heading's words that name something ("Meter readings": meter, reading), hyphens closed."""
    return singular_words(heading.replace("-", "")) - FUNCTION_WORDS


def _section_end(description: str, view: Any) -> str | None:
    """The last paragraph of the one section whose heading's words the description holds ("the wifi details")."""
    said = singular_words(description.replace("-", ""))  # "Wi-Fi" is "wifi"
    paragraphs = [p for p in view.paragraphs if p.text.strip()]
    heads = [k for k, p in enumerate(paragraphs) if p.role.startswith("heading")
             and _named(p.text) and _named(p.text) <= said]
    if len(heads) != 1:
        return None
    k = heads[0]
    end = next((j for j in range(k + 1, len(paragraphs)) if paragraphs[j].role.startswith("heading")
                or paragraphs[j].role == "title"), len(paragraphs))
    items = ("bullet", "numbered")
    if k + 1 < end and paragraphs[k + 1].role in items:  # a list under the heading: the table goes after the list
        end = next((j for j in range(k + 1, end) if paragraphs[j].role not in items), end)
    return paragraphs[end - 1].text if end - 1 > k else None

