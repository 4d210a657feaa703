"""Why, said after what: ", it's only small print", ", cos nobody reads it" at the end of a request.

A reason is no instruction, and the model, trained on requests without one, reads its words as part of the change
("9pt, it's only small print" made the text 9pt and then smaller still). Once the request's target is explicit (a
quote, paragraphs by number, a row, column or table by number), a reason that ends it is dropped.
"""

from __future__ import annotations

import re

# ", it's only small print", ", cos nobody reads it": why, after a request whose target is already explicit
_REASON_TAIL = re.compile(r"\s*,\s*(?:it['\u2019]?s|it\s+is|they['\u2019]re|that['\u2019]s|cos|coz|because|since|as\s+"
                          r"(?:it|they|we|i|the|our))\b[^'\"]*$"
                          # "... down to 9pt so it fits on one line": what for
                          r"|\s*,?\s+so\s+(?:that\s+)?(?:it|they|people|we|you|she|he|everyone)\s+[^'\"]*$",
                          re.IGNORECASE)
_EXPLICIT = re.compile(r"'[^']+'|\"[^\"]+\"|\bparagraphs?\s+\d+|\b(?:row|column|table)\s+\d+", re.IGNORECASE)


def without_reason(request: str) -> str:
    """The request without the reason it ends with, once its target is explicit (the reason is no instruction).

    >>> without_reason("make paragraphs 15 to 18 9pt, it's only small print")
    'make paragraphs 15 to 18 9pt'
    >>> without_reason("knock the paragraph 'Leeds LS6' down to 9pt so it fits on one line")
    "knock the paragraph 'Leeds LS6' down to 9pt"
    >>> without_reason("make the title bold, it's too plain"), without_reason("bold 'a', as 'b' is")
    ("make the title bold, it's too plain", "bold 'a', as 'b' is")
    """
    m = _REASON_TAIL.search(request)
    if m is None or not _EXPLICIT.search(request[:m.start()]):
        return request
    return request[:m.start()]
