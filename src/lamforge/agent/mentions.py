"""Quote the document text a request names without quotation marks, before the model reads it.

Users often write "make the Skills heading all caps" or "replace Leeds with Manchester everywhere":
the target is the document's own words, unquoted. The model copies targets from quotes only, so a
request with no quotation at all gets its mentions quoted here, read against the open document:

* a *mention* is a run of the request's words that reads, case aside and at word boundaries, a whole
  paragraph of the document or part of one, and that holds at least one word which is not an
  instruction or function word ("bold", "heading", "the", "everywhere", numbers, colours ...);
* a whole-paragraph reading wins, then the run with more such words, then one reading a paragraph's
  start or end over one inside a paragraph; runs never overlap, and a one-word run is dropped beside a
  longer one ("Task: convert the title Elm Park Minutes ..."); a run reading a whole paragraph may
  begin or end with any word ("Emphasizing Text"), one reading a paragraph's start or end too when it
  holds two such words ("Hollins Pottery will"), one inside a paragraph begins and ends with such a
  word or a number ("April 9"); a run keeps the punctuation the document has right after it; a lone
  lower-case word is quoted only when the request calls it a word ("bold the word cinnamon");
* "replace / change / swap X with / to / by Y" also quotes Y, the new text, up to the end of its
  clause ("everywhere", "throughout", "in the document" and punctuation end it), unless Y is only
  instruction words ("change X to upper case").

A request with any quotation is left alone: its author already said what the text is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lamforge.agent.word_overlap import stem
from lamforge.app.commands import COLORS
from lamforge.app.text_match import find_spelling, fold
from lamforge.text.contacts import CONTACTS
from lamforge.text.fonts import font_in
from lamforge.text.numbers import CARDINAL_WORDS
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.typos import starts_sentence
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

_STOP = FUNCTION_WORDS | INSTRUCTION_WORDS | frozenset(w for c in COLORS for w in c.split())
_NUMBER_WORDS = frozenset(CARDINAL_WORDS)
_WORD = re.compile(r"[\w'\u2019-]+")
CHANGE_VERBS = r"replace|change|swap|substitute|update|correct"  # the verbs that put new text in place of old
_CHANGE = CHANGE_VERBS
_REPLACE = re.compile(
    rf"\b(?:{_CHANGE}|switch|turn|rename)\s+(?:(?:every|each|all|any)\s+)?"
    r"(?:(?:occurrences?|instances?)\s+of\s+)?"
    r"(?:the\s+(?:word|text|name|phrase|heading|title|line|paragraph|label)\s+)?"
    # the new text runs to the clause's end; a decimal ("12.4") or a title ("Ms. Patel") does not end it
    r"(?P<old>'[^']+'|\"[^\"]+\"|the\s+cell\s+in\s+row\s+\d+,\s+column\s+\d+(?:\s+of\s+table\s+\d+)?)"
    r"(?:\s+in\s+(?:the\s+)?table(?:\s+\d+)?)?\s+(?:with|to|into|by|for)\s+"
    r"(?P<new>(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d[.,]\d|\b(?:Mr|Mrs|Ms|Dr|Prof|St|[A-Z])\.\s|[^.,;!?'\"])+?)"
    r"(?=\s+(?:everywhere|throughout|across|in\s+the\s+(?:whole\s+|entire\s+)?(?:document|file|text)|please|"
    r"in\s+(?:the\s+)?table(?:\s+\d+)?|"
    # "... to Tomasz in the action points": where the change is, not what it becomes
    r"(?:in|under|within|inside)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:section|list|table|column|row|cells?|paragraph|heading|"
    r"title|header|footer|line|sentence|items|points|bullets|part|step|item|point|bullet))\b|"
    # "... to 30 °C in step 3": a place by its number
    r"(?:in|under|within|inside)\s+(?:step|item|point|bullet|paragraph|line|row|column|section|table)\s+\d+\b|"
    r"\s*[.,;!?]|\s*$)",
    re.IGNORECASE,
)


_NAMED_WORD = re.compile(r"\b(?:the\s+)?(?:word|term)\s+$", re.IGNORECASE)  # a lone word the request calls a word
_NEW_TEXT = re.compile(rf"\b(?:{_CHANGE}|rename|fill)\b.*?\s(?:to|with|into|by)\s+(?P<new>\S.*)", re.IGNORECASE)
_ATOM = re.compile(f"{CONTACTS['email'].pattern}|{CONTACTS['web'].pattern}")  # addresses are read whole


@dataclass(frozen=True)
class Mention:
    """A quoted mention: the request's words, and whether they read a whole paragraph."""

    text: str
    whole: bool


def quote_mentions(
    request: str, paragraphs: Sequence[str], keep: tuple[int, int] | None = None
) -> tuple[str, list[Mention]]:
    """The request with its unquoted mentions of document text quoted, and the mentions.

    ``keep``: a character span of the request whose words are never quoted (the words of a target named by its
    role or structure: "the phone column", "the paragraph about the budget").

    >>> doc = ["Jordan Ellis", "Skills", "Built pipelines for a retail bank in Leeds."]
    >>> quote_mentions("Could you make the Skills heading all caps?", doc)[0]
    "Could you make the 'Skills' heading all caps?"
    >>> quote_mentions("Replace Leeds with Manchester everywhere in the document.", doc)[0]
    "Replace 'Leeds' with 'Manchester' everywhere in the document."
    >>> quote_mentions("underline retail bank and make the title bold", doc)[0]
    "underline 'retail bank' and make the title bold"
    >>> print(quote_mentions("Set double spacing for the Treasurer's report paragraph", ["Treasurer's report: 212"])[0])
    Set double spacing for the "Treasurer's report" paragraph
    >>> quote_mentions("Please italicise Built pipelines for a retail bank in Leeds.", doc)[0]
    "Please italicise 'Built pipelines for a retail bank in Leeds.'"
    >>> quote_mentions("Delete the paragraph beginning with Built pipelines for a", doc)[0]
    "Delete the paragraph beginning with 'Built pipelines for a'"
    >>> quote_mentions("Colour Room One gold", ["Room One", "The tour starts in Room One. It ends"])[0]
    "Colour 'Room One' gold"
    >>> quote_mentions("Delete the sentence starting with This tour ends", ["Hi. This tour ends at noon."])[0]
    "Delete the sentence starting with 'This tour ends'"
    >>> quote_mentions("bold the word pipelines", doc)[0], quote_mentions("bold pipelines", doc)[0]
    ("bold the word 'pipelines'", 'bold pipelines')
    >>> quote_mentions("change Jordan Ellis to upper case", doc)[0]
    "change 'Jordan Ellis' to upper case"
    >>> quote_mentions("Italicize THE END and center it", ["It rained.", "THE END"])[0]
    "Italicize 'THE END' and center it"
    >>> quote_mentions("Make 'Skills' bold", doc)[0], quote_mentions("Switch to landscape", doc)[1]
    ("Make 'Skills' bold", [])
    >>> quote_mentions("italicise the Skills column", doc, keep=(14, 27))[0]
    'italicise the Skills column'
    >>> quote_mentions("Change the email address to jo.b@example.com", ["jo.ellis@example.com"])[0]
    'Change the email address to jo.b@example.com'
    >>> quote_mentions("Change the heading to AquaPure 400 Water Filter", ["AquaPure 300 Water Filter"])[0]
    'Change the heading to AquaPure 400 Water Filter'
    """
    if QUOTED_RE.search(request) or not paragraphs:
        return request, []
    shaped = value_by_shape(request, paragraphs)
    if shaped is not None:
        return shaped
    words = list(_WORD.finditer(request))
    norm_paras = [_norm(p) for p in paragraphs if p.strip()]
    atoms = [m.span() for m in _ATOM.finditer(request)]  # an e-mail address or a web address is read whole
    zone = _NEW_TEXT.search(request)  # "change the heading to AquaPure 400 Water Filter": the new text is no mention
    new_from = zone.start("new") if zone else len(request)
    found: list[tuple[tuple[bool, int, int, int], int, int, int]] = []  # (rank, first word, last word, end)
    for i in range(len(words)):
        for j in range(i, min(len(words), i + 16)):
            content = sum(not _stop(w.group()) or _shouted(w.group()) for w in words[i:j + 1])  # "THE END"
            if not content:
                continue
            start, end = words[i].start(), words[j].end()
            if keep and keep[0] < end and start < keep[1]:
                continue  # inside words that name the target by role or structure ("the phone column")
            if start >= new_from:
                break
            if any(a < end and start < b and not (start <= a and b <= end) for a, b in atoms):
                continue  # part of an address ("example.com" of a new "laura.g@example.com")
            if re.match(r"[:.,/]\d", request[end:end + 2]) or re.search(r"\d[:.,/]$", request[max(0, start - 2):start]):
                continue  # part of a number or a time ("21" of "21:25")
            clean = not (_stop(words[i].group(), digits=False) or _stop(words[j].group(), digits=False))
            # a reading keeps the document's punctuation after the run ("... map room." deletes the full stop too)
            ends = [end + 1, end] if end < len(request) and request[end] in ".:!?;" else [end]
            k = end
            while k < len(request) and request[k] in "%)]\u00b0":  # "VAT (20%)": the sign and the bracket too
                k += 1
            if k > end:
                ends = [k, *ends]
            elif request[end:end + 1] == "," and _reading(_norm(request[start:end + 1]), norm_paras) == 2:
                ends = [end + 1, *ends]  # "Hi all,": a whole paragraph with its comma
            if re.search(r"['\u2019]s$", request[start:end]) and j > i:
                ends.append(end - 2)  # a possessive of the document's words: "Maria Chen's name" reads "Maria Chen"
            for e in ends:
                how = _reading(_norm(request[start:e]), norm_paras)
                # whole paragraphs and paragraph starts / ends may begin or end with any word, and so may four
                # words or more reading a paragraph's or sentence's end ("don't just send a text")
                if how == 2 or (how == 1 and (clean or content >= 2 or j - i >= 3)) or (how == 0 and clean):
                    found.append(((how == 2, content, how, j - i), i, j, e))
                    break
    taken: list[tuple[int, int, int, bool]] = []  # (first word, last word, end, whole paragraph)
    ranked = sorted(found, key=lambda f: f[0], reverse=True)
    longest = max((rank[1] for rank, *_ in ranked), default=0)
    for rank, i, j, e in ranked:
        if any(not (j < a or i > b) for a, b, _, _ in taken) or (rank[1] == 1 and longest > 1):
            continue  # one word beside a longer mention is a word of the request ("Task: ..."), not a target
        lone = i == j and not rank[0] and not _NAMED_WORD.search(request[:words[i].start()])  # "the word fog"
        if lone and (not words[i].group()[:1].isupper() or starts_sentence(request, words[i].start())):
            continue  # a lone lower-case word ("email this to the whole team") names no text; a name does ("Watering"),
            # unless it is capitalised only because a sentence starts with it ("Time to turn the signed name ...")
        taken.append((i, j, e, rank[0]))
    mentions = []
    out = request
    for i, _j, e, whole in sorted(taken, reverse=True):
        text = _spelled(out[words[i].start():e], paragraphs)
        mentions.insert(0, Mention(text, whole))
        quoted = f'"{text}"' if out[e:e + 1] in ("'", "\u2019") else _quote(text)  # "Maria Chen"'s
        out = f"{out[:words[i].start()]}{quoted}{out[e:]}"
    out, value = _quote_old_value(out, norm_paras)
    if value is not None:
        mentions.append(value)
    out, signed = _quote_signed_values(out, paragraphs, new_from if out == request else len(out))
    mentions += signed
    return quote_new_text(out), mentions


# "underline 4°C", "bold £850": a number with a sign or unit symbol, which no word of a mention can hold
_SIGNED = re.compile(r"(?<![\w'\"])(?:[£$€]\d[\d.,]*|\d[\d.,]*\s?(?:°[CF]?|%|€))(?![\w'\"])")


def _quote_signed_values(request: str, paragraphs: Sequence[str], before: int) -> tuple[str, list[Mention]]:
    """Quote each signed value of the request (before ``before``: not the new text) that the document holds once.

    >>> _quote_signed_values("underline 4°C", ["Chill at 4°C.", "Serves 4"], 99)
    ("underline '4°C'", [Mention(text='4°C', whole=False)])
    >>> _quote_signed_values("bold £8", ["£850 a month"], 99)[0]
    'bold £8'
    """
    if QUOTED_RE.search(request):
        return request, []
    found = []
    for m in _SIGNED.finditer(request[:before]):
        pattern = re.compile(rf"(?<![\w.,]){re.escape(m.group(0))}(?![\w]|[.,]\d)")
        if sum(len(pattern.findall(p)) for p in paragraphs) == 1:
            found.append(m)
    for m in reversed(found):
        request = f"{request[:m.start()]}{_quote(m.group(0))}{request[m.end():]}"
    return request, [Mention(m.group(0), False) for m in found]


# "change 40% to 35%", "replace 6 pm with 7 pm": a value the document holds, named by the words before "to" / "with"
_OLD_VALUE = re.compile(
    rf"\b(?:{_CHANGE}|switch)\s+(?:the\s+(?:number|value|figure|amount|price|"
    r"date|time|year|percentage)\s+)?(?P<old>[^\s'\"]+(?:\s+[^\s'\"]+){0,2}?)\s+(?:with|to|into|by|for)\s",
    re.IGNORECASE,
)


def _quote_old_value(request: str, paragraphs: list[str]) -> tuple[str, Mention | None]:
    """Quote the X of "change X to Y" when X holds a digit and the document has it (numbers are no mention words).

    >>> _quote_old_value("Change 40% to 35%.", ["final project 40% week 14"])[0]
    "Change '40%' to 35%."
    >>> _quote_old_value("Change 6 pm to 7 pm", ["friday 7 april at 6 pm."])[0]
    "Change '6 pm' to 7 pm"
    >>> _quote_old_value("Change 12 to 14", ["it is 11."])[0]
    'Change 12 to 14'
    """
    m = _OLD_VALUE.search(request)
    if m is None or QUOTED_RE.search(request[:m.end()]):
        return request, None
    old = m.group("old")
    if not re.search(r"\d", old) or _reading(_norm(old), paragraphs) is None:
        return request, None
    return f"{request[:m.start('old')]}{_quote(old)}{request[m.end('old'):]}", Mention(old, False)


_SIZE = re.compile(r"\d+(?:\.\d+)?\s*(?:pt|points?|px|%)", re.IGNORECASE)
# "change the oven temperature to 190 degrees": a value described in words, then its new value with digits
_DESCRIBED_VALUE = re.compile(
    rf"\b(?P<verb>{_CHANGE}|set|raise|lower|increase|reduce|make)\s+(?P<what>the\s+[a-z][\w' -]{{0,40}}?)\s+to\s+"
    # ("to between 10 am and 2 pm": a word or two may come before the value's first number)
    r"(?P<new>(?:[a-z]+\s+){0,2}?[^\s'\"]*\d[^\s'\"]*(?:\s+[^\s'\".,;!?]+){0,4}?)(?=\s*[.,;!?](?!\d)|\s*$)",
    re.IGNORECASE)
# "make the Riverside loop distance 45 km": no "to", so the new value needs a unit word (a bare number may be a size)
_DESCRIBED_VALUE_BARE = re.compile(
    r"\b(?P<verb>make)\s+(?P<what>the\s+[a-z][\w' -]{0,40}?)\s+"
    r"(?P<new>\d[\d.,:]*\s*(?!pt\b|points?\b|px\b|%)[a-z]+(?:\s+[^\s'\".,;!?]+){0,3}?)(?=\s*[.,;!?](?!\d)|\s*$)",
    re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_FORMAT_WORDS = re.compile(r"\b(?:font|size|spacing|indent\w*|margins?|colou?r|style|heading|level|case|zoom|"
                           r"rows?|columns?|cells?|tables?|orientation|width|height)\b", re.IGNORECASE)


def value_by_shape(request: str, paragraphs: Sequence[str]) -> tuple[str, list[Mention]] | None:
    """"Change the <description> to <new value>" where the document holds one value shaped like the new one.

    The new value's digits are a pattern ("190 degrees" reads "<number> degrees"): when the document's text holds
    exactly one such value, that is the value to change, quoted with the new one ("Change the rating to 5 out of 5"
    on "Rating: 4 out of 5"). A description of formatting ("the font size to 14 pt") is no value.

    >>> value_by_shape("change the oven temperature to 190 degrees", ["Heat the oven to 180 degrees."])[0]
    "change '180 degrees' to '190 degrees'"
    >>> value_by_shape("Change the mark to 5 out of 5", ["Rating: 4 out of 5", "Score 3 out of 5"]) is None
    True
    >>> value_by_shape("set the font size to 14 pt", ["Use 12 pt type."]) is None
    True

    Several such values: the description's own words pick the paragraph ("the distance of the hill climb").

    >>> rides = ["Saturday: Riverside loop, 40 km.", "Sunday: Hill climb challenge, 65 km."]
    >>> value_by_shape("Change the distance of the hill climb to 70 km", rides)[0]
    "Change '65 km' to '70 km'"
    >>> value_by_shape("Change the distance to 70 km", rides) is None
    True
    >>> value_by_shape("Change the rating to 5 out of 5", ["Rating: 4 out of 5", "Score 3 out of 5"])[0]
    "Change '4 out of 5' to '5 out of 5'"
    >>> value_by_shape("Make the Riverside loop distance 45 km", rides)[0]
    "Change '40 km' to '45 km'"
    >>> value_by_shape("Make the title 24 pt", ["Title", "A 12 pt font."]) is None
    True
    >>> value_by_shape("change the visit time to between 10 am and 2 pm", ["A visit between 9 am and 1 pm."])[0]
    "change 'between 9 am and 1 pm' to 'between 10 am and 2 pm'"
    >>> value_by_shape("Set the Pet fee amount to 200 dollars", ["Rent", "1,450 dollars", "1,450 dollars"]) is None
    True
    >>> value_by_shape("change the date to Friday 7 March", ["Thursday 6 March, Kings Building"])[0]
    "change 'Thursday 6 March' to 'Friday 7 March'"
    >>> value_by_shape("change the new rent to 885 pounds", ["The rent is 850 pounds.", "The new rent: 895 pounds."])[0]
    "change '895 pounds' to '885 pounds'"
    """
    m = _DESCRIBED_VALUE.search(request) or _DESCRIBED_VALUE_BARE.search(request)
    if m is None or _FORMAT_WORDS.search(m.group("what")) or re.search(r"\d", m.group("what")):
        return None
    new = m.group("new")
    body = _CALENDAR.sub(_any_of_its_kind, _NUMBER.sub(lambda _: _NUMBER.pattern, re.escape(new)))
    shape = re.compile(rf"(?<![\w.,]){body}(?![\w]|[.,]\d)", re.IGNORECASE)
    hits = [(x.group(0), p) for p in paragraphs for x in shape.finditer(p) if x.group(0) != new]
    found = {v for v, _ in hits}
    if len(found) > 1:
        found = _described_by(m.group("what"), hits)
    if len(found) != 1:
        return None
    old = found.pop()
    if sum(v == old for v, _ in hits) > 1:  # the same value in two places: the quote would pick the first
        return None
    head = request[:m.start("what")]
    if m.re is _DESCRIBED_VALUE_BARE:  # "make X 45 km" as the replacements are trained: "change X to 45 km"
        head = request[:m.start("verb")] + ("Change " if m.group("verb")[:1].isupper() else "change ")
    out = f"{head}{_quote(old)} to {_quote(new)}{request[m.end('new'):]}"
    return out, [Mention(old, False)]


_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTHS = "january february march april may june july august september october november december".split()
_CALENDAR = re.compile(rf"\b(?:{'|'.join(_DAYS + _MONTHS)})\b", re.IGNORECASE)


def _any_of_its_kind(m: re.Match[str]) -> str:
    """A day's or a month's name in a value's shape stands for any day or month ("Friday 7 March": a date)."""
    names = _DAYS if m.group(0).lower() in _DAYS else _MONTHS
    return f"(?:{'|'.join(names)})"


def _described_by(what: str, hits: list[tuple[str, str]]) -> set[str]:
    """The one value (occurring once) whose paragraph holds the most of the description's own words, else none."""
    every = set(re.findall(r"[a-z]{3,}", what.lower())) - {"the", "and"}  # "the dog charge" meets "Dogs ... £15"
    words = {w for w in every if w not in FUNCTION_WORDS and w not in INSTRUCTION_WORDS}
    # the description's own words first; its small words ("the new rent") only to tell two apart
    said = {stem(w) for w in words}
    score = {v: (len(said & {stem(w) for w in re.findall(r"[a-z]+", p.lower())}),
                 len(every & set(re.findall(r"[a-z]+", p.lower())))) for v, p in hits}
    best = max(score.values(), default=(0, 0))
    winners = [v for v, n in score.items() if n == best]
    if best[0] == 0 or len(winners) != 1 or sum(v == winners[0] for v, _ in hits) != 1:
        return set()
    return {winners[0]}


_PARAGRAPH_REPLACED = re.compile(
    rf"\b(?P<verb>{_CHANGE}|rename)\s+the\s+paragraph\s+(?P<old>'[^']+'|\"[^\"]+\")(?=\s+(?:to|with|into|by)\s+['\"])",
    re.IGNORECASE)


def plain_replacement(request: str) -> str:
    """"Change the paragraph 'X' to 'Y'" as the replacements are trained: "Change 'X' to 'Y'".

    The structural rewrite names a whole paragraph "the paragraph 'X'"; before a quoted new text those words read as
    a paragraph-style change to the task memory and the model ("Change the title to Hybrid Work Policy" set the
    title's paragraph style).

    >>> plain_replacement("Change the paragraph 'Remote Work Policy' to 'Hybrid Work Policy'")
    "Change 'Remote Work Policy' to 'Hybrid Work Policy'"
    >>> plain_replacement("Change the paragraph 'Remote Work Policy' to Heading 2")
    "Change the paragraph 'Remote Work Policy' to Heading 2"
    """
    return _PARAGRAPH_REPLACED.sub(lambda m: f"{m.group('verb')} {m.group('old')}", request)


def _shouted(word: str) -> bool:
    """A word typed in capitals as the document has it ("THE END"): a mention even if it is a function word."""
    return len(word) > 1 and word.isupper()


def quote_new_text(request: str) -> str:
    """``request`` with the Y of "replace / change / rename 'X' to Y" quoted: the new text, when X is quoted.

    It runs again after the structural rewrite ("rename the heading Attendees to Participants" quotes 'Attendees'
    only there).

    >>> quote_new_text("Rename the paragraph 'Attendees' to Participants."), quote_new_text("Change 'Ann' to Georgia")
    ("Rename the paragraph 'Attendees' to 'Participants'.", "Change 'Ann' to Georgia")
    >>> quote_new_text("turn the paragraph 'Findings' into a level 3 heading and center-align it")
    "turn the paragraph 'Findings' into a level 3 heading and center-align it"
    >>> quote_new_text("change 'Weekly' to Every week in table 1")  # where it is, not what it becomes
    "change 'Weekly' to 'Every week' in table 1"
    >>> quote_new_text("Change the cell in row 3, column 3 of table 1 to 38.00")  # a cell by its place
    "Change the cell in row 3, column 3 of table 1 to '38.00'"
    >>> quote_new_text("change the cell in row 3, column 1 of table 1 to 31 May")
    "change the cell in row 3, column 1 of table 1 to '31 May'"
    >>> quote_new_text("Change 'Tom' to Tomasz in the action points")
    "Change 'Tom' to 'Tomasz' in the action points"
    >>> quote_new_text("change 'Wednesday' to Thursday in the bin table")
    "change 'Wednesday' to 'Thursday' in the bin table"
    >>> quote_new_text("Change '37 \u00b0C' to 30 \u00b0C in step 3")
    "Change '37 \u00b0C' to '30 \u00b0C' in step 3"
    >>> quote_new_text("Change '0161 555 0199' to 0161 555 0100")
    "Change '0161 555 0199' to '0161 555 0100'"
    """
    return _REPLACE.sub(_quote_new_text, request)


_CELL = r"the\s+cell\s+in\s+row\s+\d+,\s+column\s+\d+(?:\s+of\s+table\s+\d+)?"
# "put 3 in <cell>", "fill in <cell> with 25 cm": the value typed into a cell named by its place
_CELL_VALUE = re.compile(
    rf"\b(?:put|type|enter|write|add|insert)\s+(?P<a>[^'\"\s][^'\"]*?)\s+(?:in|into)\s+(?={_CELL})"
    rf"|\bfill(?:\s+in)?\s+{_CELL}(?:\s+with\s+|\s*:\s*)(?P<b>[^'\".,;!?\s](?:[^'\",;!?]|\.(?=\d))*?)"
    rf"(?=\s*[.,;!?](?!\d)|\s*$|\s+please\b)"
    # "set <cell> to 200 dollars": a value that starts with a number or a currency sign (a size stays a size)
    rf"|\bset\s+{_CELL}\s+to\s+(?P<c>[£$€]?\d(?:[^'\",;!?]|\.(?=\d))*?)(?=\s*[.,;!?](?!\d)|\s*$|\s+please\b)",
    re.IGNORECASE)


def quote_cell_value(request: str) -> str:
    """``request`` with the value it puts into a cell named by its place quoted, as the cell families are trained.

    >>> quote_cell_value("Put 3 in the cell in row 3, column 2 of table 1")
    "Put '3' in the cell in row 3, column 2 of table 1"
    >>> quote_cell_value("Fill in the cell in row 4, column 2 of table 1 with 25 cm.")
    "Fill in the cell in row 4, column 2 of table 1 with '25 cm'."
    >>> quote_cell_value("fill in the cell in row 4, column 2 of table 1: 37.8 C")
    "fill in the cell in row 4, column 2 of table 1 with '37.8 C'"
    >>> quote_cell_value("Put 'Yes' in the cell in row 2, column 2 of table 1")
    "Put 'Yes' in the cell in row 2, column 2 of table 1"
    >>> quote_cell_value("Set the cell in row 4, column 2 of table 1 to 200 dollars.")
    "Set the cell in row 4, column 2 of table 1 to '200 dollars'."
    >>> quote_cell_value("Set the cell in row 4, column 2 of table 1 to 14 pt.")
    'Set the cell in row 4, column 2 of table 1 to 14 pt.'
    """
    def one(m: re.Match[str]) -> str:
        group = next(g for g in "abc" if m.group(g))
        if group == "c" and _SIZE.fullmatch(m.group("c")):  # "set <cell> to 14 pt": a size
            return m.group(0)
        start, end = m.start(group) - m.start(), m.end(group) - m.start()
        head = re.sub(r"\s*:\s*$", " with ", m.group(0)[:start])  # "fill in <cell>: 37.8 C" as trained: "with"
        return head + _quote(m.group(group)) + m.group(0)[end:]

    return _CELL_VALUE.sub(one, request)


def _quote_new_text(m: re.Match[str]) -> str:
    """Quote the Y of "replace X with Y", unless Y only says how ("change X to upper case").

    A number that replaces a value ("change '40%' to 35%") is new text, not a size.
    """
    new = m.group("new").strip()
    old = m.group("old")
    if old.startswith("the cell") and _SIZE.fullmatch(new):  # "set the cell in row 1, column 2 to 14 pt": a size
        return m.group(0)
    # '40%' to 35%, a phone number to another ("0161 555 0100", "(0161) 555-0100")
    value = re.search(r"\d", old) and re.fullmatch(r"[\d.,:%$\u20ac\u00a3/()+-]*\d(?:[\d.,:%()-]| (?=[\d(]))*"
                                                  r"(?:\s?\u00b0[CF]?)?", new)  # "30 °C"
    value = value or old.startswith("the cell") and re.match(r"[\u00a3$\u20ac]?\d", new)  # a cell to "31 May"
    words = [w for word in _WORD.findall(new) for w in word.split("-") if w]  # "center-align": two instruction words
    if not value and (all(_stop(w) for w in words) or font_in(new) == new):  # "to Georgia": a font
        return m.group(0)
    start, end = m.start("new") - m.start(), m.end("new") - m.start()  # by place: the new text may be in the old
    return m.group(0)[:start] + m.group("new").replace(new, _quote(new), 1) + m.group(0)[end:]


def _reading(span: str, paragraphs: list[str]) -> int | None:
    """How ``span`` reads the document: 2 a whole paragraph, 1 a paragraph's or sentence's start or end, 0 inside."""
    if span in paragraphs:
        return 2
    pattern = re.compile(rf"(?<!\w){re.escape(span)}(?!\w)")
    ps = [p for p in paragraphs if pattern.search(p)]
    if not ps:
        return None
    edge = re.compile(rf"(?:^|[.!?]\s+){re.escape(span)}(?!\w)|(?<!\w){re.escape(span)}(?:[.!?](?:\s|$)|$)")
    return 1 if any(edge.search(p) for p in ps) else 0


def _spelled(text: str, paragraphs: Sequence[str]) -> str:
    """The document's own spelling of a mention typed with straight quotes or without accents ("creme brulee")."""
    found = find_spelling(text, paragraphs)
    return found.text if found is not None and found.text.lower() != text.lower() else text


def _quote(text: str) -> str:
    return f'"{text}"' if "'" in text or "\u2019" in text else f"'{text}'"


def _stop(word: str, digits: bool = True) -> bool:
    """An instruction or function word; a number too, unless ``digits`` is False ("April 9", "Room One" end runs)."""
    low = word.lower().strip("'\u2019")
    if low.isdigit() or low in _NUMBER_WORDS:
        return digits
    return low in _STOP or len(low) < 2


def _norm(text: str) -> str:
    """Compared as the document's text is read: quotes, dashes, accents and case aside ("creme" reads "Crème")."""
    return re.sub(r"\s+", " ", fold(text)).strip()
