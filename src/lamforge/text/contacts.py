"""What contact details and sums of money look like, and the one of each kind a document holds.

The role readers (:mod:`lamforge.text.roles`) name "the e-mail address", "the phone number", "the website" and
"the price"; :mod:`lamforge.text.locate` asks here for the span that stands for it. Kept apart so that the
patterns have one home (the mention reader reads addresses whole with them too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Paragraph = tuple[int, str, str]  # (number in the view, role, text)

CONTACTS = {  # what an e-mail address, a telephone number and a web address look like
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "phone": re.compile(r"(?<![\w/.-])\+?\(?\d[\d ()-]{5,}\d(?![\w/-]|\.\w)"),  # a full stop may end it
    "web": re.compile(r"\b(?:https?://|www\.)[^\s,;]+[\w/]|\b[\w-]+\.(?:com|org|net|io|edu|gov)(?:/[^\s,;]*)?\b"),
    # a sum of money: "12 pounds", "£12.50", "189 euros", "$40"
    "price": re.compile(r"[£$€]\s?\d[\d,]*(?:\.\d{1,2})?(?![\d,])|(?<![\w.,])\d[\d,]*(?:\.\d{1,2})?\s?"
                        r"(?:pounds?|dollars?|euros?|EUR|USD|GBP|pence|cents?)\b"),
}


_YEARS = re.compile(r"\d{4}\s*-\s*\d{4}")  # "2021-2026" is a span of years, not a telephone number


def contact_span(role: str, nonempty: Sequence[Paragraph]) -> tuple[int, str] | None:
    """The one e-mail address, telephone number, web address or sum of ``role`` the document holds: (paragraph, text).

    >>> doc = [(2, "body", "laura@example.com | 555-0142 | Porto, 2026"), (3, "body", "Tidewater, 2021-2026")]
    >>> contact_span("phone", doc)
    (2, '555-0142')
    >>> contact_span("email", [(1, "body", "a@x.org"), (2, "body", "b@x.org")]) is None
    True
    >>> contact_span("phone", [(1, "body", "Email a@x.org or call 0161 496 0000.")])
    (1, '0161 496 0000')
    """
    hits = {(p[0], m.group()) for p in nonempty for m in CONTACTS[role].finditer(p[2])
            if (role != "web" or "@" not in p[2][max(0, m.start() - 1):m.start()])
            and (role != "phone" or (sum(c.isdigit() for c in m.group()) >= 7 and not _YEARS.fullmatch(m.group())))}
    if len({h for _, h in hits}) != 1:
        return None
    return min(hits)


def phone_in(text: str) -> bool:
    """Whether ``text`` gives a telephone number (seven digits or more, not a span of years)."""
    return any(sum(c.isdigit() for c in m.group()) >= 7 and not _YEARS.fullmatch(m.group())
               for m in CONTACTS["phone"].finditer(text))
