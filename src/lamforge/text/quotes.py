"""What a request quotes: texts in straight or curly quotation marks (apostrophes inside words are not quotes).

The expert, the task phrasings, the prompt's control ranking and the decoding guard all ask the same question, so
they share this one answer.
"""

from __future__ import annotations

import re

QUOTED_RE = re.compile(
    r"\u201c([^\u201d]+)\u201d|\u2018([^\u2019]+)\u2019|\"([^\"]+)\"|(?:(?<=^)|(?<=[\s(:]))'(.+?)'(?=[\s.,;:!?)-]|$)"
)

def quoted_texts(request: str) -> list[str]:
    """Texts in straight or curly quotes, in order (apostrophes inside words are not quotes).

    >>> quoted_texts("Make \u201cHello World\u201d bold and 'It's fine' italic")
    ['Hello World', "It's fine"]
    >>> quoted_texts("I'd like 'Salt Road' slanted")
    ['Salt Road']
    """
    return [next(g for g in m.groups() if g is not None) for m in QUOTED_RE.finditer(request)]
