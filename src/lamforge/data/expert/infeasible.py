"""Requests that cannot be done by editing this document in Writer: the expert says so instead of acting.

"E-mail this to Priya", "print two copies", "translate it into French", "open last year's budget": the honest
answer is a ``FAIL`` status with the reason, and a document left as it was. The expert recognises such requests
by what they ask for (sending, printing, translating, other files and applications, pictures and charts from
nowhere, calendars and calls); the reason it gives becomes the model's training target.
"""

from __future__ import annotations

import re

from lamforge.app.out_of_reach import (
    MEDIA,
    OTHER_FILES,
    OUTSIDE_ACTIONS,
    PRINT,
    SAVE_AS,
    SCHEDULE,
    SEND,
    TRANSLATE,
    WEB,
)
from lamforge.text.quotes import QUOTED_RE

_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), why)
    for p, why in (
        (r"\b(?:e-?mail|mail|fax)\b.{0,40}\b(?:to|it|this|them|the\s+(?:document|file|memo|letter|report))\b"
         r"|\b(?:send|forward|share|upload|tweet|publish)\b.{0,30}\b(?:to|on|via|with|online|it|this)\b"
         r"|\bby\s+e-?mail\b|\btext\s+message\b", SEND),
        (r"\bprint\b(?=\s+(?:it|this|that|out|the\s+(?:document|file|memo|letter|report|page)|\d+|two|three|four|"
         r"a\s+copy|copies))|\bprintout\b|\bhard\s+cop(?:y|ies)\b|^\s*(?:please\s+)?print\b",
         PRINT),
        (r"\btranslat\w*\b|\binto\s+(?:french|german|spanish|italian|chinese|japanese|portuguese|dutch|russian|"
         r"arabic|hindi|korean|polish|swedish)\b", TRANSLATE),
        (r"\b(?:open|load|import|merge\s+in)\b.{0,60}\b(?:file|spreadsheet|workbook|excel|xlsx|csv|pdf|"
         r"presentation|slides?|powerpoint|website|web\s*page|url|link)\b", OTHER_FILES),
        (r"\b(?:download|browse|search\s+(?:the\s+)?(?:web|internet|online)|google|look\s+up\s+online)\b",
         WEB),
        (r"\b(?:insert|add|put|draw|paste|include|embed)\b.{0,30}\b(?:chart|graph|picture|photo|image|"
         r"logo|video|audio|screenshot|clip\s*art|emoji)\b", MEDIA),
        (r"\bschedule\s+(?:a|an|the|it|this|that|them|me|my|our|some)\b|\bcalendar\b|\bremind\s+me\b|\breminder\b"
         r"|\bset\s+up\s+a\s+(?:meeting|call)\b|\bmeeting\s+invite\b|\ba\s+call\s+with\b"
         r"|\bphone\s+(?:him|her|them|me|the|my|our)\b|\bbook\s+(?:a|the)\s+(?:room|meeting|flight|table)\b"
         r"|\bcall\s+(?:him|her|them|me|the)\b",
         SCHEDULE),
        (r"\b(?:save|export|convert)\b.{0,25}\b(?:pdf|as\s+a\s+(?:pdf|web\s*page|html|spreadsheet|presentation))\b"
         r"|\bpassword|\bencrypt", SAVE_AS),
        (r"\bpage\s+numbers?\b|\b(?:head|foot)ers?\s+(?:with|on\s+every|to\s+(?:this|the)\s+(?:document|file))\b"
         r"|(?-i:\b(?:footers?|foot-?notes?|hyper-?links?|margins|page\s+margin)\b(?!\s+[A-Z]|\s+(?:heading|column|row)))"
         r"|\btable\s+of\s+contents\b"
         r"|\b(?:count|number\s+of)\s+(?:the\s+)?words\b|\bword\s+count\b|\bcheck\s+(?:the\s+)?spelling\b"
         r"|\bspell\s*check", OUTSIDE_ACTIONS),
    )
)


def infeasible_reason(request: str) -> str | None:
    """Why ``request`` cannot be done in this document (None when it can); quoted texts are not read.

    >>> infeasible_reason("Email this memo to the finance team")
    'Writer cannot send or share documents'
    >>> infeasible_reason("Could you translate the letter into Spanish?")
    'Writer cannot translate text'
    >>> infeasible_reason("Make 'Print queue' bold") is None, infeasible_reason("Bold the title") is None
    (True, True)
    >>> infeasible_reason("Change the text to 14 pt") is None, infeasible_reason("make the fine print bold") is None
    (True, True)
    >>> infeasible_reason("Set up a call with Jonas for Monday"), infeasible_reason("Bold the Weekly Schedule heading")
    ('Writer cannot schedule, remind or call', None)
    >>> infeasible_reason("put page numbers at the bottom"), infeasible_reason("bold the header row")
    ("that is outside what lamforge's actions can do in this document", None)
    >>> infeasible_reason("make the Footer Notes heading bold") is None, infeasible_reason("number the lines") is None
    (True, True)
    >>> infeasible_reason("insert a footnote after the first sentence") is not None
    True
    """
    text = QUOTED_RE.sub(" ", request)
    for pattern, why in _REASONS:
        if pattern.search(text):
            return why
    return None


def vocabulary() -> frozenset[str]:
    """Every word the patterns spell out (what the leak test compares with held-out phrasings); stems end in ``*``.

    >>> {"translat*", "calendar"} <= vocabulary()
    True
    """
    from lamforge.text.pattern_words import pattern_words

    return pattern_words([p.pattern for p, _ in _REASONS])
