"""A message of several requests, read one clause at a time.

People put two or three things into one message, joined by "and", a comma, a dash or a full stop, with reasons
and asides between them ("underline the 3 months, and the cancellations line wants to be red"; "... we're short in
the sorting room. change it and make that line red"). Read whole, the readings find one target and the model makes
one change. Here the message is cut at its clause boundaries and each clause is read on its own by every other
reading (``parts_of``), "it" and "that line" in a clause said as the target of the clause before. Left out: clauses
that ask for nothing (no change word, no value, no quote, said of people: a reason), a bare "change it" after a
fact (it only repeats it), a "fix the hours under the shop name" after a correction (it says where it goes) and a
"leave the PS where it is". The cut is made only when every other clause reads as a trained request (a change on
an explicit target, or a correction); any doubt keeps the message whole.

This is structure, not phrasing: it knows the joints of a sentence and what a trained request looks like, and
leaves every word in between to the readings and the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from lamforge.agent.value_slots import EDIT_FORM
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE

# a joint: a sentence end, a semicolon, or a comma / dash / bare space followed by "and" (or "also", "then")
_HARD = re.compile(r"(?<=[.!?])\s+|\s*;\s*")
# (never after "the": "the also this season heading" is a name)
_SOFT = re.compile(r"(?<!\bthe)(?<!\bour)(?<!\bmy)(?:\s*,|\s+[\u2013\u2014-])?\s+(?:and|also|then|plus)\s+"
                   r"|\s*,\s+(?=(?:so|but|oh)\b)|\s+[\u2013\u2014]\s+|\s*,\s+(?=(?:we|we're|they|they're|i|i'm|he|she|people|you)\s|(?:leave|keep)\b)",
                   re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:oh|and|also|then|plus|so|but)\s+)*(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+)?",
                   re.IGNORECASE)
# "it", "that line", "her line", "the same paragraph" among a clause's first words: the target of the clause before
_POINTER = re.compile(r"\b(?:that|this|the\s+same|her|his|their)\s+(?:whole\s+|entire\s+)?"
                      r"(?:paragraph|line|bit|sentence|one)\b|(?<!\bso\s)\bit\b(?!['\u2019]s)",  # "so it": why
                      re.IGNORECASE)
# "change it", "fix that", "sort it out": the clause before, said again
# ("change it at the top", "might as well change them on here now": where and when said too)
_AGAIN = re.compile(r"^(?:(?:might|may)\s+as\s+well\s+|just\s+|(?:can|could)\s+(?:you|u)\s+|please\s+)?"
                    r"(?:change|fix|update|correct|sort|amend|edit)\s+"
                    r"(?:it|that|this|them)(?:\s+out)?(?:\s+(?:at|on|in)\s+the\s+(?:top|bottom|end|start)|\s+on\s+here"
                    # "can you change it on the price list": where, said as the document's kind
                    r"|\s+(?:on|in)\s+the\s+(?:[a-z]+\s+){0,2}(?:list|table|sheet|page|rota|notice|letter|leaflet)"
                    r"|\s+in\s+here|\s+now|\s+too|\s+as\s+well|\s+please)*\s*[.!?]?$", re.IGNORECASE)
# "fix the hours under the shop name" after a correction: where the correction goes, said again
_WHERE_AGAIN = re.compile(r"^(?:fix|update|correct|sort|amend|edit|change)\s+(?:the|my|our|their)\s+"
                          r"(?!typo|spelling|mistake)", re.IGNORECASE)
# "leave the PS where it is", "keep the table as it is": what not to touch
# "it's on the line under our name", "that's in the table": where the news before goes
_SAID_WHERE = re.compile(r"^(?:it['\u2019]s|that['\u2019]s|it\s+is|that\s+is|which\s+is)\s+(?:on|in|at|under|near)\s+"
                         r"(?:the|our|my|their)\b", re.IGNORECASE)
_LEAVE = re.compile(r"^(?:but\s+)?(?:leave|keep)\s+[^,;]{1,40}?\s+(?:alone|where\s+it\s+is|as\s+it\s+is|as\s+is|"
                    r"the\s+same)\s*[.!?]?$"
                    # "the coach ones stay as they are though, the coach firm won't budge"
                    r"|^(?:but\s+)?(?:the\s+)?[a-z' ]{2,40}?\s+(?:stays?|remains?)\s+"
                    r"(?:as\s+(?:they|it)\s+(?:are|is)|the\s+same)\b"
                    r"(?:\s+though)?(?:\s*,\s*[^,;]{1,60})?\s*[.!?]?$", re.IGNORECASE)
# what a trained request changes, and what it names
_TARGET = re.compile(r"the\s+paragraph\s+(?:'[^']+'|\"[^\"]+\")|'[^']+'|\"[^\"]+\"|paragraphs?\s+\d+(?:\s+to\s+\d+)?"
                     r"|the\s+cell\s+in\s+row\s+\d+,\s+column\s+\d+\s+of\s+table\s+\d+|(?:row|column)\s+\d+\s+of\s+"
                     r"table\s+\d+|\btable\s+\d+|the\s+whole\s+document", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:bold|italic|italics|italici[sz]e|underline|underlined|strikethrough|struck|"
                     r"centre|center|centered|align|aligned|justify|justified|indent|indented|highlight|highlighted|colour|color|"
                     r"red|blue|green|black|grey|gray|orange|purple|yellow|\d+(?:\.5)?\s*(?:pt|points?)|font|size|"
                     r"bigger|smaller|larger|uppercase|lowercase|upper\s+case|lower\s+case|caps|capital|capitals|"
                     r"bullet|bullets|bulleted|numbered|numbering|delete|remove|replace|page\s+break|new\s+page|"
                     r"spacing)\b", re.IGNORECASE)
# words that ask for something a trained request on an explicit target does not say ("add them to the scores")
_ASKS = re.compile(r"\b(?:add|insert|move|swap|fix|change|update|correct|"
                   r"(?:take|put)(?:\s+\w+)?\s+(?:out|off|back|away)|"
                   r"make\s+(?:it|them|that|this|the)|set\s+(?:it|them|that|this|the))\b", re.IGNORECASE)
CHANGED = re.compile(r"^(?:change|replace every) (['\"])(?P<old>.+?)\1 (?:to|with) (['\"])(?P<new>.+?)\3$")
_PEOPLE = re.compile(r"\b(?:i|i'm|we|we're|we've|they|they're|you|you're|he|she|people|everyone|someone|them|us|"
                     r"me|her|his)\b", re.IGNORECASE)
# a clause that says how "it" is ("it keeps going onto two lines", "it looks a bit lost") asks for nothing either
_ABOUT_IT = re.compile(r"^(?:it|that|this|they)(?:['\u2019]s|\s+(?:keeps|looks|is|goes|wraps|runs|gets|seems|was|never|"
                       r"always|just))\b", re.IGNORECASE)
# "new phone, new number": a headline for the news that follows, no target and no change
_HEADLINE = re.compile(r"^(?:(?:and\s+|a\s+)?(?:new|different)\s+[a-z]+\s*(?:,\s*|$)){2,}$", re.IGNORECASE)
# a clause that tells what happened ("the whole lot came back on the van") asks for nothing either
_HAPPENED = re.compile(r"\b(?:was|were|had|came|went|got|lost|forgot|asked|said|told|missed)\b"
                       r"|\b(?:last\s+(?:week|month|year|night|time)|yesterday|\w+\s+ago)\s*[.!]?\s*$", re.IGNORECASE)
# a value, in figures or in the words that only say one ("half six", "a fiver"; "one" and "two" are also pronouns
# and counts in asides: "nobody wants that one")
_VALUE = re.compile(r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|half|quarter|hundred|thousand|"
                    r"fiver|tenner|quid)\b", re.IGNORECASE)
# a number that names a thing rather than a value: "yr 6 v the teachers", "number 14's drive", "room 3"
_LABEL_NUMBER = re.compile(r"\b(?:yr|year|years|number|no\.?|room|class|group|team|table|page|step|row|column|flat|"
                           r"unit|plot|pitch|court|house|track|platform|gate|bay|bus|route)\s+\d+\b", re.IGNORECASE)
# a clause's first joint inside it: "reserve date's now fri 3rd july, the 26th clashes with the trip"
_INNER = re.compile(r",\s+|\s+[\u2013\u2014-]\s+")
MAX_CLAUSES = 4


def clauses(request: str) -> list[str]:
    """The message cut at its joints (sentence ends, semicolons, ", and", "– and"), each without its joint words.

    >>> clauses("underline the 3 months, and the cancellations line wants to be red")
    ['underline the 3 months', 'the cancellations line wants to be red']
    >>> clauses("deep clean's been moved to monday the 22nd. and that please note bit wants to be bold")
    ["deep clean's been moved to monday the 22nd.", 'that please note bit wants to be bold']
    >>> clauses("week starting's wrong. oh and bold the account number")
    ["week starting's wrong.", 'bold the account number']
    >>> clauses("bold the wifi password and make it 14pt")
    ['bold the wifi password', 'make it 14pt']
    >>> clauses("underline the also this season heading, and make the student row green")  # a name, not a joint
    ['underline the also this season heading', 'make the student row green']
    """
    sentences = [_LEAD.sub("", s.strip(" ,")) for s in _HARD.split(request.strip()) if s and s.strip()]
    pieces = [p for s in sentences for p in _SOFT.split(s) if p and p.strip()]
    return [_LEAD.sub("", p.strip(" ,")) for p in pieces if _LEAD.sub("", p.strip(" ,"))]


def reads_as_trained(part: str) -> bool:
    """A part is a trained request: a correction or cell setting, or a change word on an explicit target.

    >>> reads_as_trained("change '\u00a315' to '\u00a320'"), reads_as_trained("make the paragraph 'Date: 3 May' red")
    (True, True)
    >>> reads_as_trained("the 'after-school clubs' heading"), reads_as_trained("we're short in the sorting room")
    (False, False)
    """
    if EDIT_FORM.match(part):
        return True
    rest = _TARGET.sub(" ", part)
    return bool(_TARGET.search(part)) and bool(_CHANGE.search(rest))


def _trained(read: Sequence[str]) -> bool:
    return bool(read) and all(reads_as_trained(p) for p in read)


def said_again(clause: str) -> bool:
    """Whether a clause adds nothing to the change before it: asked again, or what stays as it is.

    "can you change it on the price list"; "the coach ones stay as they are though".

    >>> said_again("can you change it on the price list"), said_again("change it to red")
    (True, False)
    >>> said_again("the coach ones stay as they are though, the coach firm won't budge")
    True
    """
    return bool(_AGAIN.match(clause.strip()) or _LEAVE.match(clause.strip()))


def asks_nothing(clause: str) -> bool:
    """A reason or an aside: a clause about people with no change word, no value and no quote.

    "we're short in the sorting room", "they never quote it": asides; "the one in the header" could name a target,
    and is none.

    >>> asks_nothing("we're short in the sorting room"), asks_nothing("they never quote it when they pay")
    (True, True)
    >>> asks_nothing("we're starting at half six")  # a value said in words
    False
    >>> asks_nothing("the tiebreaker answer in bold"), asks_nothing("the meal's at 6")
    (False, False)
    >>> asks_nothing("the one at the top"), asks_nothing("the whole lot came back on the van")
    (False, True)
    >>> asks_nothing("yr 6 v the teachers is what everyone turns up for")  # a number that names, no value
    True
    >>> asks_nothing("it keeps going onto two lines"), asks_nothing("it's 14pt now")
    (True, False)
    >>> asks_nothing("the three new rooms on the top corridor all filled up last week")
    True
    >>> asks_nothing("new phone, new number"), asks_nothing("new heading")
    (True, False)
    """
    told = _PEOPLE.search(clause) or _HAPPENED.search(clause) or _ABOUT_IT.match(clause.strip()) \
        or _HEADLINE.match(clause.strip())
    return bool(told) and not (_CHANGE.search(clause) or _ASKS.search(clause)
                           or _VALUE.search(_LABEL_NUMBER.sub(" ", clause)) or QUOTED_RE.search(clause))


def names_a_change(clause: str) -> bool:
    """Whether a clause names a change or an edit ("make it bold", "add them", "take it out").

    Not a thing only said of it: "nobody ever reads it", "jean needs numbers for it".

    >>> names_a_change("so make it bold"), names_a_change("italicise it"), names_a_change("nobody ever reads it")
    (True, True, False)
    """
    return bool(_CHANGE.search(clause) or _ASKS.search(clause))


def target_of(part: str, view: Any) -> str | None:
    """The target a later "it" means: what ``part`` changes, as it will read once changed.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "body", "Open 9 till 5."),), ())
    >>> target_of("change '9' to '10'", v), target_of("make the paragraph 'Open 9 till 5.' bold", v)
    ("the paragraph 'Open 10 till 5.'", "the paragraph 'Open 9 till 5.'")
    >>> target_of("set the cell in row 2, column 3 of table 1 to '5'", v)
    'the cell in row 2, column 3 of table 1'
    """
    changed = CHANGED.match(part)
    if changed is not None:
        old, new = changed.group("old"), changed.group("new")
        holding = [p.text for p in view.paragraphs if old in p.text]
        return f"the paragraph {quote(holding[0].replace(old, new, 1))}" if len(holding) == 1 else quote(new)
    cell = re.match(r"^set (the cell in row \d+, column \d+ of table \d+) to ", part)
    if cell is not None:
        return cell.group(1)
    found = _TARGET.search(part)
    return found.group(0) if found else None


def as_changed(part: str, earlier: Sequence[str]) -> str:
    """``part`` with the quoted texts it names as the earlier parts' corrections leave them.

    The clauses are read on the document as it was, and played in turn on the document as it becomes.

    >>> as_changed("make the paragraph 'Date: Sat 3 April' red", ["change 'Sat 3 April' to 'Sun 4 April'"])
    "make the paragraph 'Date: Sun 4 April' red"
    """
    for done in earlier:
        changed = CHANGED.match(done)
        if changed is not None:
            old, new = changed.group("old"), changed.group("new")
            part = QUOTED_RE.sub(lambda m, o=old, n=new: m.group(0).replace(o, n), part)
    return part


def clause_parts(request: str, view: Any, parts_of: Callable[[str], Sequence[str]], least: int = 2,
                 pointers: bool = True) -> list[str] | None:
    """The parts of each clause in turn (None: the message is one request, or a clause could not be read).

    ``parts_of`` reads one clause as a whole request (every other reading) and returns the requests to play;
    ``least`` clauses must read as trained requests (1 where the message read whole does not: one request among
    asides, "we don't open till 10 now, not half 9 – fix the hours under the shop name"); ``pointers`` off, "it"
    is not read as the clause before's target ("make the title bold and centre it" is a trained request whole).

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "body", "Wifi: Bramble22"),), ())
    >>> read = lambda c: [c.replace("the wifi password", "'Bramble22'")]
    >>> clause_parts("bold the wifi password and make it 14pt", v, read)
    ["bold 'Bramble22'", "make 'Bramble22' 14pt"]
    >>> clause_parts("bold the wifi password – we keep forgetting it", v, read) is None  # one request, a reason
    True
    >>> clause_parts("bold the wifi password – we keep forgetting it", v, read, least=1)
    ["bold 'Bramble22'"]
    >>> clause_parts("bold the wifi password and the door code", v, read) is None  # one change, two targets
    True
    """
    said = clauses(request)
    if not 2 <= len(said) <= MAX_CLAUSES:
        return None
    parts: list[str] = []
    trained = 0
    before: str | None = None
    for clause in said:
        if _LEAVE.match(clause):  # "leave the PS where it is": nothing to do
            continue
        if parts and (_AGAIN.match(clause) or (_WHERE_AGAIN.match(clause) or _SAID_WHERE.match(clause))
                      and not _VALUE.search(clause) and not _CHANGE.search(clause)
                      and any(EDIT_FORM.match(p) for p in parts)):
            continue  # "it's on the line under our name": where the edit just read goes, said again
        read = list(parts_of(clause))
        if not _trained(read):
            read = _before_why(clause, parts_of) or read
        pointer = _POINTER.search(clause)
        if pointers and before and pointer and len(clause[:pointer.start()].split()) < 3:
            # "make it 14pt": the clause before's target; before the clause's own reading, which may have quoted
            # words of an aside as its target ("bold it so people actually ring it on the day")
            pointed = list(parts_of(f"{clause[:pointer.start()]}{before}{clause[pointer.end():]}"))
            read = pointed if _trained(pointed) or not _trained(read) else read
        if _trained(read):
            trained += 1
            parts.extend(as_changed(p, parts) for p in read)
            before = target_of(read[-1], view) or before
        elif not asks_nothing(clause):
            return None
    return parts if trained >= max(least, 1) and len(parts) >= 1 else None


def _before_why(clause: str, parts_of: Callable[[str], Sequence[str]]) -> list[str] | None:
    """A clause's reading up to its first inner joint, when what follows asks for nothing.

    "reserve date's now fri 3rd july, the 26th clashes with the trip": the news, then why.

    >>> _before_why("the fee's £5 now, the hall went up", lambda c: ["change '£4' to '£5'"] if "hall" not in c else [c])
    ["change '£4' to '£5'"]
    >>> _before_why("the fee's £5 now, and bold it", lambda c: [c]) is None
    True
    """
    cut = _INNER.search(clause)
    if cut is None or names_a_change(clause[cut.end():]) or QUOTED_RE.search(clause[cut.end():]):
        return None
    read = list(parts_of(clause[:cut.start()]))
    return read if _trained(read) else None
