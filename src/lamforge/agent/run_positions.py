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

# "the 2nd of paragraphs 3 to 5"; "last of paragraphs 17 to 20 in red" (no "the"); "first of paragraphs 17 to 20
# bullets" (the list's own word left behind); "the middle one of paragraphs 3 to 5"
_NTH_OF_RUN = re.compile(rf"\b(?:the\s+)?(?P<nth>{ordinal_pattern()}|middle)\s+(?:one\s+)?(?:of|in|from)\s+(?:the\s+)?"
                         r"paragraphs\s+(?P<a>\d+)\s+to\s+(?P<b>\d+)\b"
                         r"(?:\s+(?:bullets|items|points|steps|rules|lines|tips|ones)\b)?", re.IGNORECASE)


def nth_of_run(request: str, view: Any) -> str:
    """"The 2nd of the numbered steps", once the steps are "paragraphs 12 to 14": the one paragraph it counts to.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView(tuple(ViewParagraph(n, "numbered", t) for n, t in ((3, "Weigh."), (4, "Mix."), (5, "Bake."))), ())
    >>> nth_of_run("underline the 2nd of paragraphs 3 to 5", v), nth_of_run("bold the last of paragraphs 3 to 5", v)
    ("underline the paragraph 'Mix.'", "bold the paragraph 'Bake.'")
    >>> nth_of_run("bold the fifth of paragraphs 3 to 5", v)
    'bold the fifth of paragraphs 3 to 5'
    >>> nth_of_run("last of paragraphs 3 to 5 in red pls", v), nth_of_run("bold the middle one of paragraphs 3 to 5", v)
    ("the paragraph 'Bake.' in red pls", "bold the paragraph 'Mix.'")
    >>> nth_of_run("first of paragraphs 3 to 5 bullets in red", v), nth_of_run("the middle of paragraphs 3 to 4", v)
    ("the paragraph 'Weigh.' in red", 'the middle of paragraphs 3 to 4')
    """
    m = _NTH_OF_RUN.search(request)
    if m is None:
        return request
    a, b = int(m.group("a")), int(m.group("b"))
    run = [n for n in range(a, b + 1)]
    k = ordinal(m.group("nth")) if m.group("nth").lower() != "middle" else (len(run) + 1) // 2 if len(run) % 2 else None
    if k is None or not -len(run) <= k <= len(run) or k == 0:
        return request
    n = run[k - 1] if k > 0 else run[k]
    words = explicit_words(Spot("paragraphs", n, n), numbered(view))
    return request if words is None else request[:m.start()] + words + request[m.end():]
