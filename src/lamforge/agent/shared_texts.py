"""A paragraph named by a text that stands elsewhere too is named by its number instead.

The readings name a paragraph by quoting it ("the paragraph 'Lorraine'"), and selecting a quoted text selects its
first occurrence. When the same words also stand inside an earlier paragraph ("Race director: Lorraine
Fairbrother"), the selection lands there and the change is made to the wrong line. The explicit form the task
families use for a paragraph whose text is not unique is its number, ``paragraphs N to N``
(:func:`lamforge.text.explicit.explicit_words`); this says the same for the paragraphs the readings quote.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.explicit_targets import view_texts

_QUOTED_PARAGRAPH = re.compile(r"\bthe paragraph (?P<q>['\"])(?P<text>.+?)(?P=q)(?=[\s.,;:!?)]|$)")


def numbered_when_shared(request: str, view: Any) -> str:
    """``request`` with each quoted paragraph whose text stands more than once in the document named by number.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "body", "Race director: Lorraine Fairbrother"),
    ...              ViewParagraph(2, "body", "Run happy,"), ViewParagraph(3, "body", "Lorraine")), ())
    >>> numbered_when_shared("make the paragraph 'Lorraine' bold", v)
    'make paragraphs 3 to 3 bold'
    >>> numbered_when_shared("make the paragraph 'Run happy,' bold", v)
    "make the paragraph 'Run happy,' bold"
    """
    texts = view_texts(view)

    def number(m: re.Match[str]) -> str:
        said = m.group("text")
        if sum(t.count(said) for t in texts) <= 1:
            return m.group(0)
        same = [p.number for p in view.paragraphs if p.text.strip() == said.strip()]
        return f"paragraphs {same[0]} to {same[0]}" if len(same) == 1 else m.group(0)

    return _QUOTED_PARAGRAPH.sub(number, request)
