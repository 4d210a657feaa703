"""What a request may ask that no action of this environment can do, each as the reason a LAM gives for ``FAIL``.

"E-mail this to Priya", "print two copies", "translate it into French", "open last year's budget", "sort the list":
the honest answer is a ``FAIL`` status with the reason, and a document left as it was. :func:`infeasible_reason`
recognises such requests by what they ask for (sending, printing, translating, other files and applications, pictures
and charts from nowhere, calendars and calls, Writer features outside the actions). The grounding expert answers with
its reason, the model learns to give it, the task memory hints it at run time, and the document guard keeps a
``summary``'s text to one of :data:`REASONS`, so the user reads a reason and never a half-remembered string.
"""

from __future__ import annotations

import re

from lamforge.text.quotes import QUOTED_RE

SEND = "Writer cannot send or share documents"
PRINT = "printing is not available here"
TRANSLATE = "Writer cannot translate text"
OTHER_FILES = "only this document is open: other files cannot be opened"
WEB = "there is no web access from Writer here"
MEDIA = "there is no picture, chart or media source here"
SCHEDULE = "Writer cannot schedule, remind or call"
SAVE_AS = "saving, exporting and protecting files is not available here"
OUTSIDE_ACTIONS = "that is outside what lamforge's actions can do in this document"

REASONS: tuple[str, ...] = (SEND, PRINT, TRANSLATE, OTHER_FILES, WEB, MEDIA, SCHEDULE, SAVE_AS, OUTSIDE_ACTIONS)

_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), why)
    for p, why in (
        (r"\b(?:e-?mail|mail|fax)\b.{0,40}\b(?:to|it|this|them|the\s+(?:document|file|memo|letter|report))\b"
         r"|\b(?:send|forward|share|upload|tweet|publish)\b.{0,30}\b(?:to|on|via|with|online|it|this)\b"
         r"|\bby\s+e-?mail\b|\btext\s+message\b"
         # "can you text this to all the year 11 parents": the verb, not "the text"
         r"|(?:^|\b(?:you|please|and|then|just)\s+)(?:text|whatsapp|message)\s+"
         r"(?:this|it|that|the\s+(?:document|file|letter|notice|list))\s+to\b", SEND),
        (r"\bprint\b(?=\s+(?:it|this|that|out|the\s+(?:document|file|memo|letter|report|page)|\d+|two|three|four|"
         r"a\s+copy|copies))|\b(?:do|make|get|run\s+off)\s+(?:me\s+|us\s+)?(?:a\s+|some\s+|\d+\s+)?printouts?\b|\bhard\s+cop(?:y|ies)\b|^\s*(?:please\s+)?print\b",
         PRINT),
        (r"\btranslat\w*\b|\binto\s+(?:french|german|spanish|italian|chinese|japanese|portuguese|dutch|russian|"
         r"arabic|hindi|korean|polish|swedish)\b", TRANSLATE),
        (r"\b(?:open|load|import|merge\s+in)\b.{0,60}\b(?:file|spreadsheet|workbook|excel|xlsx|csv|pdf|"
         r"presentation|slides?|powerpoint|website|web\s*page|url|link)\b", OTHER_FILES),
        (r"\b(?:download|browse|search\s+(?:the\s+)?(?:web|internet|online)|google|look\s+up\s+online)\b",
         WEB),
        (r"\b(?:insert|add|put|draw|paste|include|embed)\b.{0,30}\b(?:chart|graph|picture|photo|image|"
         r"logo|video|audio|screenshot|clip\s*art|emoji)\b", MEDIA),
        (r"\bschedule\s+(?:a|an|the|it|this|that|them|me|my|our|some)\b|\bcalendar\b|\bremind\s+me\b"
         # a reminder set for someone, not "highlight the first reminder" (a line of the document)
         r"|\b(?:set|add|create|make)\s+(?:me\s+|us\s+|up\s+)?(?:a\s+)?reminder\b"
         r"|\b(?:gets?|sends?)\s+(?:[\w']+\s+)?a\s+reminder\b"
         r"|\bset\s+up\s+a\s+(?:meeting|call)\b|\bmeeting\s+invite\b|\ba\s+call\s+with\b"
         r"|\bphone\s+(?:him|her|them|me|the|my|our)\b|\bbook\s+(?:a|the)\s+(?:room|meeting|flight|table)\b"
         # "can you book the minibus for the walk": booking asked of us, at the start of the message
         r"|^\s*(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+)?book\s+(?:(?:us|me)\s+)?(?:a|an|the|in)\b"
         r"|\bcall\s+(?:him|her|them|me|the)\b",
         SCHEDULE),
        # errands: "order us 4 more sacks of flour from the mill", "buy more stamps", "pay the plumber"
        (r"^\s*(?:(?:can|could)\s+(?:you|u)\s+|please\s+)?(?:order|buy|purchase|pay)\s+(?:us|me|some|more|a|an|"
         r"for|another|\d+|two|three|four|five|six|ten|twenty|a\s+few|a\s+couple|these|those)\b", OUTSIDE_ACTIONS),
        (r"\b(?:save|export|convert)\b.{0,25}\b(?:pdf|as\s+a\s+(?:pdf|web\s*page|html|spreadsheet|presentation))\b"
         r"|\b(?:add|set|put|give\s+it)\s+(?:a\s+)?password\b|\bpassword[-\s]protect|\bprotect\b.{0,30}\bpassword\b"
         r"|\bencrypt", SAVE_AS),
        (r"\bpage\s+numbers?\b|\b(?:head|foot)ers?\s+(?:with|on\s+every|to\s+(?:this|the)\s+(?:document|file))\b"
         r"|(?-i:\b(?:footers?|foot-?notes?|hyper-?links?|margins|page\s+margin)\b(?!\s+[A-Z]|\s+(?:heading|column|row)))"
         r"|\btable\s+of\s+contents\b"
         # review comments and tracked changes: no action writes or accepts them
         r"|\b(?:add|insert|leave|put|attach|write)\s+(?:a\s+|an\s+|my\s+|some\s+)?(?:review\s+)?comments?\b"
         r"(?!\s+(?:heading|column|row|section|line|paragraph))|\btrack(?:ed)?\s+changes\b"
         r"|\b(?:count|number\s+of)\s+(?:the\s+)?words\b|\bword\s+count\b|\bcheck\s+(?:the\s+)?spelling\b"
         r"|\bspell\s*check"
         # Writer's Sort dialog is no action here
         # (the Writer sense only: "sort it out", "that one's sorted", "the sorting room" are people's words for fixing)
         r"|\bsort(?:ed)?\s+(?:[\w'\u2019]+\s+){0,4}?(?:by|alphabetically|numerically|in\s+(?:\w+\s+)?order|ascending|"
         r"descending)\b|\bsort\s+(?:the\s+|this\s+|these\s+)?(?:table|list|rows|column|names|items|entries|lines|"
         r"bullets)\b(?!\s+out\b)"
         r"|\balphabeti[sz]e\b|\b(?:alphabetical|ascending|descending|numerical|reverse)\s+order\b"
         # moving text elsewhere (not to the right, to a new page ...): no action cuts and pastes
         r"|\b(?:reorder|rearrange)\b"
         r"|\bmove\b(?![^.;!?]*\b(?:right|left|cent(?:er|re)|middle|margins?|indent\w*|page|level)\b)"
         r".{0,60}?(?:\bto\s+the\s+(?:very\s+)?(?:top|bottom|end|start|beginning)\b|\b(?:above|below|before|after)\b)",
         OUTSIDE_ACTIONS),
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
    >>> infeasible_reason("make it 9pt, it wraps onto two lines on the printout") is None
    True
    >>> infeasible_reason("can you run off a printout for the board"), infeasible_reason("i need 3 hard copies")
    ('printing is not available here', 'printing is not available here')
    >>> infeasible_reason("add a comment saying check this"), infeasible_reason("bold the Comments heading") is None
    ("that is outside what lamforge's actions can do in this document", True)
    >>> infeasible_reason("Set up a call with Jonas for Monday"), infeasible_reason("Bold the Weekly Schedule heading")
    ('Writer cannot schedule, remind or call', None)
    >>> infeasible_reason("order us 4 more sacks from the mill") == OUTSIDE_ACTIONS, infeasible_reason("order the rows")
    (True, None)
    >>> infeasible_reason("put page numbers at the bottom"), infeasible_reason("bold the header row")
    ("that is outside what lamforge's actions can do in this document", None)
    >>> infeasible_reason("make the Footer Notes heading bold") is None, infeasible_reason("number the lines") is None
    (True, True)
    >>> infeasible_reason("insert a footnote after the first sentence") is not None
    True
    >>> infeasible_reason("Sort table 1 by Q2, highest first.") == OUTSIDE_ACTIONS, infeasible_reason("a sort of list")
    (True, None)
    >>> [infeasible_reason(r) is None for r in ("so that one's sorted", "can u sort it", "bold the wifi password")]
    [True, True, True]
    >>> infeasible_reason("sort the list alphabetically") == OUTSIDE_ACTIONS, infeasible_reason("add a password to it")
    (True, 'saving, exporting and protecting files is not available here')
    >>> [infeasible_reason(r) for r in ("highlight the first reminder", "put the fees on a new page so i can print "
    ...  "that page on its own", "add a bullet at the end: By email, for non-urgent requests")]
    [None, None, None]
    >>> infeasible_reason("add a chart: sales by month") is None
    False
    >>> [infeasible_reason(r) == OUTSIDE_ACTIONS for r in ("can you order two more irons off screwfix",
    ...  "could you book the minibus for the walk", "book Biscuit in for a groom", "bold the book club line")]
    [True, False, False, False]
    >>> [infeasible_reason(r) == OUTSIDE_ACTIONS for r in ("move the next meeting line to the top",
    ...  "Reorder the two headings", "Move the date to the right", "Move the paragraph Travellers: Noor and Daniel "
    ...  "Haddad to the top of a new page", 'Swap "four rooms" for "fifty rooms"')]
    [True, True, False, False, False]
    """
    text = _NEW_TEXT.sub(" ", QUOTED_RE.sub(" ", request))
    for pattern, why in _REASONS:
        m = pattern.search(text)
        if m and why == PRINT and _THEIR_OWN.search(text[:m.start()]):
            m = next((k for k in pattern.finditer(text, m.end())), None)  # "so i can print that page": their job
        if m:
            return why
    return None


# "so i can print that page on its own", "we print it for the window": printing the person does later, a reason
_THEIR_OWN = re.compile(r"\b(?:i|we|they|people|folk)\s+(?:can\s+|could\s+|will\s+|might\s+|just\s+|then\s+)?$",
                        re.IGNORECASE)
# "add one more bullet at the end: By email, for non-urgent requests only": the words after the colon are typed
_NEW_TEXT = re.compile(r"^\s*(?:add|insert|type|write|put)\s+(?:(?:one\s+)?more|another|a|an|the)?\s*(?:new\s+)?"
                       r"(?:bullet|item|line|paragraph|point|step|entry|sentence)\b[^:]{0,60}:\s.*$",
                       re.IGNORECASE | re.DOTALL)  # a line to type, not "add a chart: sales by month"


def vocabulary() -> frozenset[str]:
    """Every word the patterns spell out (what the leak test compares with held-out phrasings); stems end in ``*``.

    >>> {"translat*", "calendar"} <= vocabulary()
    True
    """
    from lamforge.text.pattern_words import pattern_words

    return pattern_words([p.pattern for p, _ in _REASONS])
