"""Pull concrete values out of a request: quoted texts, sizes, colours, fonts, styles, table shapes.

The grounding expert reads the request as a user wrote it (it never sees the task's parameters
or checker), so these parsers are how it fills a plan step like "type the font size".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamforge.app.commands import COLORS
from lamforge.text.quotes import QUOTED_RE, quoted_texts

_NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_STYLES = (
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Heading 4",
    "Title",
    "Subtitle",
    "Quotations",
    "Default Paragraph Style",
    "Text Body",
    "Body Text",
)
_FONT_HINT = re.compile(
    r"(?:font|typeface)\s+(?:to\s+|as\s+)?([A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})|"
    r"(?:in|to|into|use)\s+([A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})\s+(?:font|typeface)"
)


@dataclass(frozen=True)
class RequestValues:
    """Everything the expert could read from one request."""

    quoted: tuple[str, ...]
    numbers: tuple[float, ...]
    color: str | None
    font: str | None
    style: str | None
    spacing: str | None
    table: tuple[int, int] | None
    orientation: str | None


__all__ = ["RequestValues", "parse_request", "quoted_texts", "table_shape"]


def _unquoted(request: str) -> str:
    """The request with its quoted texts blanked out."""
    return QUOTED_RE.sub(" ", request)


def _numbers(text: str) -> list[float]:
    out = []
    for tok in re.findall(r"\d+(?:\.\d+)?|\b(?:" + "|".join(_NUM_WORDS) + r")\b", text.lower()):
        out.append(float(_NUM_WORDS.get(tok, tok)))
    return out


def table_shape(text: str) -> tuple[int, int] | None:
    """(rows, columns) from '3 rows and 4 columns', '4 columns by 3 rows', '3x4', '3 by 4'.

    >>> table_shape("insert a table with 2 rows and five columns"), table_shape("a 3x4 table")
    ((2, 5), (3, 4))
    """
    low = text.lower()
    num = r"(\d+|" + "|".join(_NUM_WORDS) + r")"
    r = re.search(num + r"\s*(?:-|\s)?rows?", low)
    c = re.search(num + r"\s*(?:-|\s)?col(?:umn)?s?", low)

    def val(m: re.Match[str]) -> int:
        return int(_NUM_WORDS.get(m.group(1), m.group(1)))

    if r and c:
        return val(r), val(c)
    m = re.search(num + r"\s*(?:x|×|by)\s*" + num, low)
    if m:
        a, b = (int(_NUM_WORDS.get(g, g)) for g in m.groups())
        return a, b
    return None


def parse_request(request: str) -> RequestValues:
    """Read every value the expert may need from ``request``."""
    free = _unquoted(request)
    low = free.lower()
    color = next((c for c in sorted(COLORS, key=len, reverse=True) if re.search(rf"\b{c}\b", low)), None)
    style = next((s for s in _STYLES if s.lower() in low), None)
    m = re.search(r"\bheading\s*(?:level\s*)?(\d)\b", low)
    if style is None and m:
        style = f"Heading {m.group(1)}"
    if style is None and re.search(r"remove (?:the )?heading|(?:normal|body|plain) (?:text|style|paragraph)", low):
        style = "Default Paragraph Style"
    fm = _FONT_HINT.search(free)
    font = next((g for g in fm.groups() if g), None) if fm else None
    if font is None and re.search(r"\b(?:font|typeface)\b", low):
        caps = re.findall(r"\b(?i:to|in|into|use|as|with)\s+([A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})", free)
        font = caps[-1] if caps else None
    spacing = None
    if re.search(r"double[- ]?spac|spacing (?:of|to) (?:2|two)\b|double line", low):
        spacing = "2"
    elif re.search(r"single[- ]?spac|spacing (?:of|to) (?:1|one)\b", low):
        spacing = "1"
    elif re.search(r"one and a half|1\.5", low):
        spacing = "1.5"
    else:
        sm = re.search(r"spacing[^.\d]*(\d(?:\.\d+)?)", low)
        spacing = sm.group(1) if sm else None
    orient = "Landscape" if "landscape" in low else "Portrait" if "portrait" in low else None
    return RequestValues(
        quoted=tuple(quoted_texts(request)),
        numbers=tuple(_numbers(free)),
        color=color,
        font=font,
        style=style,
        spacing=spacing,
        table=table_shape(free),
        orientation=orient,
    )
