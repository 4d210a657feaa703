"""A quoted text "with the brackets as well": the target is the text with the brackets around it in the document.

'put "not according to schedule" in italics, brackets as well' means "(not according to schedule)"; the note is
dropped and the quoted text widened to what the document writes around it, when it does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.text.explicit import quote

_ALSO = re.compile(r"\s*,?\s*(?:and\s+|with\s+|including\s+|incl\.?\s+)?(?:the\s+)?(?:brackets|parentheses|parens)"
                   r"(?:\s+(?:as\s+well|too|included|and\s+all))?(?=\s*[.!]?\s*$)", re.IGNORECASE)
_QUOTED = re.compile(r"'(?P<a>[^']+)'|\"(?P<b>[^\"]+)\"|\u201c(?P<c>[^\u201d]+)\u201d|\u2018(?P<d>[^\u2019]+)\u2019")


def with_brackets(request: str, texts: Sequence[str]) -> str:
    """The request with its one quoted text widened to its brackets when it asks for them too.

    >>> with_brackets('put "not according to schedule" in italics, brackets as well', ["marked NAS (not according "
    ...               "to schedule) and"])
    "put '(not according to schedule)' in italics"
    >>> with_brackets("bold 'NAS', brackets too", ["marked NAS (not according to schedule)"])
    "bold 'NAS', brackets too"
    """
    also = _ALSO.search(request)
    quoted = list(_QUOTED.finditer(request))
    if also is None or len(quoted) != 1:
        return request
    m = quoted[0]
    inner = next(g for g in m.groups() if g is not None)
    wide = f"({inner})"
    if not any(wide in t for t in texts):
        return request
    return f"{request[:m.start()]}{quote(wide)}{request[m.end():also.start()]}{request[also.end():]}"
