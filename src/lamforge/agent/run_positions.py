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


# "the numbered ways to reply", "the numbered instructions": the one numbered list, whatever the words call it
_NUMBERED_WHAT = re.compile(r"\bthe\s+numbered\s+(?!list\b|steps\b)[a-z]+(?:\s+(?:to|for|of)\s+[a-z]+)?\b",
                            re.IGNORECASE)


def the_numbered_list(request: str, view: Any) -> str:
    """"The numbered ways to reply" as "the numbered list" when the document holds one numbered list only.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "body", "Reply:"), ViewParagraph(2, "numbered", "Online"),
    ...              ViewParagraph(3, "numbered", "By post"), ViewParagraph(4, "bullet", "Tea")), ())
    >>> the_numbered_list("highlight the first of the numbered ways to reply please", v)
    'highlight the first of the numbered list please'
    >>> the_numbered_list("bold the numbered ways to reply", DocView(v.paragraphs * 2, ()))  # two lists
    'bold the numbered ways to reply'
    """
    m = _NUMBERED_WHAT.search(request)
    if m is None:
        return request
    roles = [p.role for p in view.paragraphs]
    runs = sum(1 for k, r in enumerate(roles) if r == "numbered" and (k == 0 or roles[k - 1] != "numbered"))
    return request[:m.start()] + "the numbered list" + request[m.end():] if runs == 1 else request


# "the 2nd step in the apiary list", "the second bullet in the what to bring list": the nth of a list named after it
_NTH_NOUN_IN = re.compile(rf"\bthe\s+(?P<nth>{ordinal_pattern()}|middle)\s+(?:step|bullet|item|point|rule|tip|"
                          r"one|entry)\s+(?:in|of|on|from|under)\s+the\s+"
                          r"(?=(?:[\w'\u2019-]+\s+){0,5}?(?:list|bullets|steps|points|items|rules|tips)\b)",
                          re.IGNORECASE)


def nth_of_named_list(request: str) -> str:
    """"The 2nd step in the apiary list" said as "the 2nd of the apiary list", the form the list readers count in.

    >>> nth_of_named_list("highlight the 2nd step in the apiary list please")
    'highlight the 2nd of the apiary list please'
    >>> nth_of_named_list("bold the first line of the letter")
    'bold the first line of the letter'
    """
    return _NTH_NOUN_IN.sub(lambda m: f"the {m.group('nth')} of the ", request)
