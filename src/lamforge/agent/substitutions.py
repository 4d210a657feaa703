"""One name standing in for another: "hollins cross have withdrawn, kingsley green are taking over their fixtures".

People tell the news ("X has pulled out, Y is taking over", "Y is covering for X", "Y is replacing X") and leave
the edit to the reader: Y wherever the document writes X. X must stand in the document (in any case); Y is
written in X's capitals when the request writes it in lower case ("Kingsley Green"). Said as trained: "replace
every 'Hollins Cross' with 'Kingsley Green'" (or "change ... to ..." when X stands once).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.app.text_match import find_spelling, fold
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

_NAME = r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019.-]*(?:\s+[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019.-]*){0,3}?"
_LONG_NAME = r"[A-Za-z][\w'\u2019.-]*(?:\s+[A-Za-z][\w'\u2019.-]*){0,5}?"  # "national association of chimney sweeps"
_BE = r"(?:\s+(?:is|are|will\s+be)|['\u2019](?:s|re))"
_TAKE = r"(?:taking\s+over|stepping\s+in|standing\s+in|filling\s+in|covering)"
_GONE = (r"(?:has|have|['\u2019](?:s|ve))\s+(?:withdrawn|pulled\s+out|dropped\s+out|left|quit|moved\s+away|retired|"
         r"stepped\s+down)")
_STAND_IN = (
    # "hollins cross have withdrawn from the league, kingsley green are taking over their fixtures"
    re.compile(rf"^(?P<x>{_NAME})\s*{_GONE}\b[^,;.\u2013\u2014]*[,;.\u2013\u2014]\s*(?:so\s+|and\s+)?(?P<y>{_NAME})"
               rf"{_BE}\s+{_TAKE}\b", re.IGNORECASE),
    # "kingsley green are taking over from hollins cross", "Lena is covering for Marcus"
    re.compile(rf"^(?P<y>{_NAME}){_BE}\s+(?:{_TAKE}\s+(?:for|from)|replacing)\s+(?P<x>{_NAME})\s*"
               r"(?:$|[,;.!\u2013\u2014]|\s+(?:now|from|this|next|on|as|in)\b)", re.IGNORECASE),
    # "i've left the guild of master sweeps and joined the national association of chimney sweeps instead"
    re.compile(rf"(?:^|\b)(?:i|we)(?:['\u2019]ve|\s+have)\s+(?:left|quit)\s+(?:the\s+)?(?P<x>{_LONG_NAME})\s+and\s+"
               rf"(?:joined|gone\s+(?:over\s+)?to|moved\s+to|switched\s+to)\s+(?:the\s+)?(?P<y>{_LONG_NAME})\s*"
               r"(?:$|[,;.!\u2013\u2014]|\s+(?:instead|now|this)\b)", re.IGNORECASE),
    # "the white lion have double booked us, ..., so the christmas do's at the stubbing wharf instead"
    re.compile(rf"^(?:the\s+)?(?P<x>{_NAME})\s*(?:have|has|['\u2019]ve|['\u2019]s)\s+[^.;!?]*?\bso\s+"
               rf"(?:the\s+[a-z' ]{{2,30}}?['\u2019]s|it['\u2019]s|we['\u2019]re)\s+(?:at|in)\s+(?:the\s+)?"
               rf"(?P<y>{_NAME})\s+instead\b", re.IGNORECASE),
    # a place: "the white lion's shut for a refurb till august, so it's the cross inn after walks now"
    re.compile(rf"^(?P<x>{_NAME}){_BE}\s+(?:shut|closed|closing|shutting)\b[^,;.\u2013\u2014]*[,;.\u2013\u2014]\s*"
               rf"(?:so\s+)?(?:it['\u2019]s|it\s+is|we['\u2019]re\s+(?:going\s+to|using|at))\s+(?P<y>{_NAME})"
               r"\s*(?:$|[,;.!\u2013\u2014]|\s+(?:now|instead|after|for|from|this|till|until)\b)", re.IGNORECASE),
)


_SMALL = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"}


def stand_in(said: str, texts: Sequence[str]) -> str | None:
    """The replacement the news of a stand-in asks for, or None.

    >>> texts = ["Sun 17 May | Hollins Cross | Away", "Sun 5 July | Hollins Cross | Home", "Captain: Rhiannon"]
    >>> stand_in("hollins cross have withdrawn from the league, kingsley green are taking over their fixtures", texts)
    "replace every 'Hollins Cross' with 'Kingsley Green'"
    >>> stand_in("Priya is covering for Rhiannon this week", texts)
    "change 'Rhiannon' to 'Priya'"
    >>> stand_in("the white lion's shut for a refurb, so it's the cross inn after walks now",
    ...          ["Afterwards we go to the White Lion in Hebden."])
    "change 'White Lion' to 'Cross Inn'"
    >>> stand_in("the white lion have double booked us, the muppets, so the christmas do's at the stubbing wharf "
    ...          "instead. same night, same time.", ["Christmas do at the White Lion, 7:30pm"])
    "change 'White Lion' to 'Stubbing Wharf'"
    >>> stand_in("i've left the guild of master sweeps and joined the national association of chimney sweeps instead,"
    ...          " can you change that at the top", ["Nick \u2013 member of the Guild of Master Sweeps \u2013 0770"])
    "change 'Guild of Master Sweeps' to 'National Association of Chimney Sweeps'"
    >>> stand_in("the tea is taking over", texts), stand_in("Marlow Vale are replacing Westbury", texts)
    (None, None)
    """
    if QUOTED_RE.search(said):
        return None
    for pattern in _STAND_IN:
        m = pattern.search(said.strip())
        if m is None:
            continue
        old, new = (re.sub(r"^(?:the|our)\s+", "", m.group(g).strip(), flags=re.IGNORECASE) for g in ("x", "y"))
        spelled = find_spelling(old, texts)
        if spelled is None or fold(new) == fold(old) or not _whole_words(spelled.text, texts):
            return None
        if new == new.lower() and spelled.text[:1].isupper():
            # "Guild of Master Sweeps": a name's words in capitals, its small words not
            titled = all(w[:1].isupper() for w in spelled.text.split() if w.lower() not in _SMALL)
            new = " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in new.split()) if titled else \
                new[:1].upper() + new[1:]
        times = sum(t.count(spelled.text) for t in texts)
        return f"replace every {quote(spelled.text)} with {quote(new)}" if times > 1 else \
            f"change {quote(spelled.text)} to {quote(new)}"
    return None


_MARRIED = re.compile(
    r"^(?P<first>[A-Z][a-z\u00c0-\u024f]+)(?:['\u2019]s|\s+is)\s+(?:(?:sur|last\s+)?name\s+is\s+)?(?:now\s+)?"
    r"(?P<new>[A-Z][\w\u00c0-\u024f'\u2019]+(?:-[A-Z][\w\u00c0-\u024f'\u2019]+)?)\s+now\b"
    r"(?=.*\b(?:married|wed|surname|maiden)\b)")


def new_surname(said: str, texts: Sequence[str]) -> str | None:
    """"Rhiannon's Price-Evans now she's married": her full name written with the new surname, wherever it stands.

    >>> texts = ["Captain: Rhiannon Price, 07700", "Find Rhiannon or Jo", "Rhiannon Price", "Team Captain"]
    >>> new_surname("Rhiannon's Price-Evans now she's married, change her surname wherever it's written in full", texts)
    "replace every 'Rhiannon Price' with 'Rhiannon Price-Evans'"
    >>> new_surname("Rhiannon's 40 now", texts), new_surname("Jo's Smith now she's married", texts)
    (None, None)
    """
    m = _MARRIED.search(said.strip())
    if m is None or QUOTED_RE.search(said):
        return None
    first, new = m.group("first"), m.group("new")
    found = {n.group(1) for t in texts for n in re.finditer(rf"\b{re.escape(first)}\s+([A-Z][\w\u00c0-\u024f'-]+)", t)}
    if len(found) != 1 or found == {new}:
        return None
    old = f"{first} {found.pop()}"
    times = sum(t.count(old) for t in texts)
    return f"replace every {quote(old)} with {quote(f'{first} {new}')}" if times > 1 else \
        f"change {quote(old)} to {quote(f'{first} {new}')}"


def _whole_words(text: str, texts: Sequence[str]) -> bool:
    """Whether ``text`` stands in the document as whole words (not inside a longer word)."""
    pattern = re.compile(rf"(?<![\w]){re.escape(text)}(?![\w])")
    return any(pattern.search(t) for t in texts)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_WORD = rf"(?:{'|'.join(_WEEKDAYS)})s?"
# "her lessons moved to tuesdays this term, the table still says mondays"
_STILL_SAYS = re.compile(rf"\b(?:it|the\s+\w+|this)\s+(?:still\s+)?(?:says|reads|has)\s+(?P<old>{_DAY_WORD})\b",
                         re.IGNORECASE)


def still_says(said: str, texts: Sequence[str]) -> str | None:
    """"X moved to tuesdays, the table still says mondays": the day the document says, as the one the news says.

    >>> still_says("her lessons moved to tuesdays, the table still says mondays", ["Lessons (Mondays, 4pm)"])
    "change 'Mondays' to 'Tuesdays'"
    >>> still_says("the table still says mondays", ["Lessons (Mondays, 4pm)"]) is None
    True
    """
    m = _STILL_SAYS.search(said)
    if m is None or QUOTED_RE.search(said):
        return None
    rest = said[:m.start()] + " " + said[m.end():]
    news = {d.lower() for d in re.findall(rf"\b{_DAY_WORD}\b", rest, re.IGNORECASE)}
    if len(news) != 1:
        return None
    spelled = find_spelling(m.group("old"), texts)
    if spelled is None or sum(len(re.findall(rf"\b{re.escape(spelled.text)}\b", t)) for t in texts) != 1:
        return None
    new = news.pop().rstrip("s") + ("s" if spelled.text.lower().endswith("s") else "")  # as many days as the old
    new = new[:1].upper() + new[1:] if spelled.text[:1].isupper() else new
    return f"change {quote(spelled.text)} to {quote(new)}"


# "club night's going to thursdays from november, the railway want the shed on tuesdays"
_MOVED_TO_DAY = re.compile(rf"\b(?:going|moving|moved|switching|switched|changing|changed)\s+to\s+"
                           rf"(?P<new>{_DAY_WORD})\b",
                           re.IGNORECASE)


def moved_day(said: str, texts: Sequence[str]) -> str | None:
    """"Club night's going to thursdays ..., the railway want the shed on tuesdays": the old day made the new one.

    The old day is the other day the request says, which the document must write once.

    >>> moved_day("club night's going to thursdays, the railway want the shed on tuesdays",
    ...           ["We meet every Tuesday at 7:30pm.", "Open Saturday 10am"])
    "change 'Tuesday' to 'Thursday'"
    >>> moved_day("club night's going to thursdays", ["We meet every Tuesday at 7:30pm."]) is None
    True
    """
    m = _MOVED_TO_DAY.search(said)
    if m is None or QUOTED_RE.search(said):
        return None
    new = m.group("new").lower().rstrip("s")
    others = {d.lower().rstrip("s") for d in re.findall(rf"\b{_DAY_WORD}\b", said[:m.start()] + " " + said[m.end():],
                                                         re.IGNORECASE)} - {new}
    if len(others) != 1:
        return None
    old = others.pop()
    found = [w for t in texts for w in re.findall(rf"\b{old}s?\b", t, re.IGNORECASE)]
    if len(found) != 1:
        return None
    spelled = found[0]
    day = new + ("s" if spelled.lower().endswith("s") else "")
    day = day[:1].upper() + day[1:] if spelled[:1].isupper() else day
    return f"change {quote(spelled)} to {quote(day)}"


_ADDRESS = re.compile(r"\b(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?P<path>/[\w./~%-]*)?",
                      re.IGNORECASE)


def moved_address(said: str, texts: Sequence[str]) -> str | None:
    """"The survey's moved, it's marlowvale.example/abbeyroad now": the one address on that site the document gives.

    >>> moved_address("IT have moved the survey, it's marlowvale.example/abbeyroad now instead of the zonek one",
    ...               ["Fill in the survey at marlowvale.example/zonek by Friday.", "Email us at a@marlowvale.example"])
    "change 'marlowvale.example/zonek' to 'marlowvale.example/abbeyroad'"
    >>> moved_address("bold marlowvale.example/zonek", ["Survey: marlowvale.example/zonek"]) is None
    True
    """
    if QUOTED_RE.search(said):
        return None
    said_at = [m for m in _ADDRESS.finditer(said)
               if m.group("path") and "@" not in said[max(0, m.start() - 1):m.start()]]
    if len(said_at) != 1:
        return None
    new = said_at[0]
    old = {m.group(0) for t in texts for m in _ADDRESS.finditer(t) if m.group("path")
           and m.group("host").lower() == new.group("host").lower() and "@" not in t[max(0, m.start() - 1):m.start()]}
    old = {o.rstrip(".,") for o in old}
    if len(old) != 1 or fold(next(iter(old))) == fold(new.group(0).rstrip(".,")):
        return None
    return f"change {quote(old.pop())} to {quote(new.group(0).rstrip('.,'))}"


# "can the paragraph 'Dear ringers,' just say hello everyone instead?", "make the paragraph '... 300 lumens' say 400"
_SAY = re.compile(r"^(?P<lead>.*?)\b(?:make\s+|can\s+|could\s+|should\s+|have\s+)?the\s+paragraph\s+"
                  r"(?P<q>'[^']+'|\"[^\"]+\")\s+(?:just\s+|only\s+)?say\s+(?P<y>[^?.!,]+?)(?:\s+instead)?"
                  r"\s*(?=[?.!,]|$)", re.IGNORECASE)


def said_instead(request: str, texts: Sequence[str]) -> str | None:
    """A paragraph asked to say something else: its one number, or all its words, replaced (None: not so).

    >>> said_instead("can the paragraph 'Dear ringers,' just say hello everyone instead?", ["Dear ringers,"])
    "change 'Dear ringers,' to 'Hello everyone,'?"
    >>> said_instead("make the paragraph 'Wear a torch \u2013 at least 300 lumens' say 400. oh and underline it",
    ...              ["Wear a torch \u2013 at least 300 lumens"])
    "change '300 lumens' to '400 lumens'. oh and underline it"
    >>> said_instead("make the paragraph 'Wear a torch' bold", ["Wear a torch"]) is None
    True
    """
    m = _SAY.match(request)
    lead = m.group("lead") if m else ""
    if m is None or lead.strip() and not re.search(r"[,.;!?\u2013\u2014]\s*$", lead):
        return None  # "... so it says 400": not an ask of its own
    old = m.group("q")[1:-1]
    # "hello 'everyone'": a word quoted as the document's own
    new = re.sub(r"(?<!\w)['\"]|['\"](?!\w)", "", m.group("y")).strip()
    if re.fullmatch(r"[\u00a3$]?\d[\d.,]*", new):  # "say 400": the paragraph's one number
        numbers = list(re.finditer(r"[\u00a3$]?\d[\d.,]*(?:\s+[a-z]+)?", old))
        if len(numbers) != 1:
            return None
        said = numbers[0].group(0)
        value = re.match(r"[\u00a3$]?\d[\d.,]*", said).group(0)
        if sum(t.count(said) for t in texts) != 1:
            return None
        return f"{lead}change {quote(said)} to {quote(new + said[len(value):])}{request[m.end():]}"
    if len(new.split()) > 8 or sum(t.count(old) for t in texts) != 1:
        return None
    end = re.search(r"[,:;.!]$", old)
    return f"{lead}change {quote(old)} to {quote(new[:1].upper() + new[1:] + (end.group(0) if end else ''))}" \
        f"{request[m.end():]}"

