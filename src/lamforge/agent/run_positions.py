"""One paragraph of a run counted by its place in it: "the 2nd of the numbered steps", "the last of the bullets".

The run itself is named first ("the numbered steps" becomes "paragraphs 12 to 14" in
:func:`lamforge.agent.explicit_targets.make_explicit`); the ordinal before it then counts inside that run, and the
request names the one paragraph it lands on, as the model is trained to read it ("the paragraph '...'").
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.explicit_targets import numbered
from lamforge.text.explicit import explicit_words
from lamforge.text.locate import Spot
from lamforge.text.numbers import ordinal, ordinal_pattern

_NTH_OF_RUN = re.compile(rf"\bthe\s+(?P<nth>{ordinal_pattern()})\s+(?:one\s+)?(?:of|in|from)\s+(?:the\s+)?"
                         r"paragraphs\s+(?P<a>\d+)\s+to\s+(?P<b>\d+)\b", re.IGNORECASE)


def nth_of_run(request: str, view: Any) -> str:
    """"The 2nd of the numbered steps", once the steps are "paragraphs 12 to 14": the one paragraph it counts to.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView(tuple(ViewParagraph(n, "numbered", t) for n, t in ((3, "Weigh."), (4, "Mix."), (5, "Bake."))), ())
    >>> nth_of_run("underline the 2nd of paragraphs 3 to 5", v), nth_of_run("bold the last of paragraphs 3 to 5", v)
    ("underline the paragraph 'Mix.'", "bold the paragraph 'Bake.'")
    >>> nth_of_run("bold the fifth of paragraphs 3 to 5", v)
    'bold the fifth of paragraphs 3 to 5'
    """
    m = _NTH_OF_RUN.search(request)
    if m is None:
        return request
    a, b, k = int(m.group("a")), int(m.group("b")), ordinal(m.group("nth"))
    run = [n for n in range(a, b + 1)]
    if k is None or not -len(run) <= k <= len(run) or k == 0:
        return request
    n = run[k - 1] if k > 0 else run[k]
    words = explicit_words(Spot("paragraphs", n, n), numbered(view))
    return request if words is None else request[:m.start()] + words + request[m.end():]
