"""The words a request names a paragraph by its role with: "the title", "the greeting", "the signature", "my name".

Each pattern reads a request; :mod:`lamforge.text.locate` finds the paragraph (or, for a contact detail, the span)
the role stands for in the document. Kept apart from the reference reader that tries them
(:mod:`lamforge.text.references`) so the list can grow without that module growing.
"""

from __future__ import annotations

import re

_OWNER = r"(?:(?:[a-z][\w-]*['\u2019]s|my|our)\s+)?"  # "the committee's", "Anna's", "my"

ROLE_PATTERNS = (
    ("subtitle", re.compile(r"\b(?:the\s+)?(?:sub-?title(?:\s+(?:under|below)\s+the\s+(?:main\s+)?title)?|"
                            r"strapline)\b", re.I)),
    # "the date line under the title", "the shop details line under the title": whatever line the title has under it
    ("under_title", re.compile(r"\bthe\s+(?:[a-z]+\s+){0,3}?(?:line|date|address|details)\s+(?:right\s+|just\s+)?"
                               r"(?:under|below|after)\s+the\s+"
                               r"(?:main\s+)?title\b", re.I)),
    # not "a book title", "as a title" nor "the job title": a kind of text, not the document's title
    ("title", re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bbook\s)(?<!\bnew\s)(?<!\bjob\s)(?<!\bsong\s)(?<!\bfilm\s)"
                         r"\b(?:the\s+)?(?:(?:document(?:'s)?|main|page|report|memo|letter|big|top|poem|newsletter|agenda|review|story|"
                         r"recipe|policy|essay|article)(?:'s)?\s+)?"
                         r"title\b(?:\s+(?:of|on)\s+(?:the|this|my|our)\s+(?:document|doc|file|page|letter|memo|report|"
                         r"newsletter|notice|flyer|poster|leaflet|sheet)\b)?"  # "the title of the document": one role
                         r"(?!\s+case)|\bthe\s+(?:[a-z]+\s+)?(?:name|heading)\s+(?:at|on)\s+(?:the\s+)?(?:very\s+)?top\b"
                         # "the course title": the title of whatever the document is, not a part's own title
                         r"|\bthe\s+(?!(?:section|chapter|column|row|table|slide|job|book|song|film|new|episode|"
                         r"sub|main)\b)[a-z]{3,}(?:'s)?\s+title\b(?!\s+case)"
                         r"|\bthe\s+(?:newsletter|magazine|bulletin)(?:'s)?\s+(?:name|masthead)\b"
                         # a letterhead: "the school name", "the club's name" at the top of its own document
                         r"|\bthe\s+(?:school|club|company|firm|business|shop|store|restaurant|caf[eé]|charity|church|"
                         r"team|society|association|organi[sz]ation|practice|clinic|hotel|council|garden|studio|"
                         r"agency|museum|library|hall|venue|concert|event|festival|show|fair|conference|course|project|"
                         r"product|exhibition|play)(?:'s)?\s+name\b(?!\s+(?:in|on|at)\s+the\s+(?!top))",
                         re.I)),
    ("greeting", re.compile(r"\b(?:the\s+)?(?:greeting(?:\s+line)?|salutation|opening greeting|dear\s+line|"
                            r"line\s+(?:that\s+)?(?:starts|starting|begins|beginning)\s+with\s+['\"]?dear\b)", re.I)),
    # "the committee's sign-off", "Anna's signature": whose it is belongs to the role's words
    ("closing", re.compile(rf"\b(?:the\s+)?{_OWNER}(?:sign[-\s]?off(?:\s+line)?|closing(?:\s+line|\s+phrase|\s+words)?|"
                           r"complimentary\s+close)\b"
                           r"(?!\s+(?:paragraph|date|time|day))", re.I)),  # "the closing date line": a date
    ("signature", re.compile(rf"\b(?:the\s+)?{_OWNER}(?:(?:signature(?:\s+line|\s+block)?|sender'?s?\s+name|"
                             r"signed\s+name)"
                             r"(?:\s+at\s+the\s+(?:bottom|end))?|name\s+at\s+the\s+(?:bottom|end))\b", re.I)),
    ("date", re.compile(r"\bthe\s+(?:letter'?s\s+|memo'?s\s+)?date(?:\s+line)?\b", re.I)),
    # the line that gives the contact details (a "Contact:" line, else the one line with an address or a number)
    ("contact", re.compile(r"\bthe\s+contact\s+(?:line|details|info(?:rmation)?|block|paragraph)\b", re.I)),
    # contact details: a span of a paragraph, the one address or number of its kind the document holds
    ("email", re.compile(r"\b(?:the|my|his|her|their|our)\s+(?:(?:support|contact|work|office)\s+)?"
                         r"e-?mail(?:\s+address)?\b(?!\s+(?:line|paragraph))",
                         re.I)),
    ("phone", re.compile(r"\b(?:the|my|his|her|their|our)\s+(?:(?:tele)?phone|mobile)(?:\s+number)?\b"
                         r"(?!\s+(?:line|paragraph|column))", re.I)),
    ("web", re.compile(r"\b(?:the|my|his|her|their|our)\s+(?:website|web\s+address|url)\b", re.I)),
    # "highlight the price": the one sum of money the document's text holds
    ("price", re.compile(r"\b(?:the|its|our|their)\s+(?:price|cost|fee|charge)\b"
                         r"(?!\s+(?:line|paragraph|column|row|cell|list|table|of\b|for\b))", re.I)),
    # "lose the PS": a letter's postscript line
    ("postscript", re.compile(r"\bthe\s+(?:P\.?\s?S\.?|postscript)(?=[\s,.;!?]|$)")),
    # a poem's or an article's "by Elsie Marlow" line
    ("byline", re.compile(r"\b(?:the\s+)?(?:author(?:'s)?\s+(?:line|name|credit)|by-?line|poet'?s\s+name)\b", re.I)),
    # a CV or a letter opened by its writer's name: "make my name bigger"
    ("writer", re.compile(r"\bmy\s+(?:full\s+)?name\b(?!\s+(?:at\s+the\s+(?:bottom|end)))", re.I)),
)
