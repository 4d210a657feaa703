"""Turn help-page headings, intro sentences and option descriptions into natural user requests.

The help names a procedure in three ways: a heading ("To Insert a Table From a Toolbar", "Inserting
Tables"), an intro sentence ("To insert a table, do the following:") or, for dialog options, a
description ("Keeps the current paragraph and the following paragraph together"). Each becomes an
imperative request in sentence case ("Insert a table from a toolbar"), which is what a user types.
"""

from __future__ import annotations

import hashlib
import re

from lamforge.data.plans.lexicon import KEEP_CASE, base_from_gerund, base_from_third_person, is_verb

_ADVERBS = frozenset({"quickly", "manually", "automatically", "permanently", "directly", "temporarily", "also"})
_INTRO_RE = re.compile(
    r"^To (?P<task>[^:]+?)(?:,?\s+(?:please\s+)?(?:do|follow|proceed|perform|complete)\b[^:]*)?:$", re.IGNORECASE
)
# "To change X, you first need a page style, then ..." — the request ends before the advice.
_INTRO_TAIL_RE = re.compile(r",\s*(?:you|first|then|and then)\b.*$", re.IGNORECASE)
_TO_RE = re.compile(r"^To\s+", re.IGNORECASE)
_YOU_PREFIX_RE = re.compile(r"^(?:Allows you to|Lets you|Enables you to|Use this (?:option|command|icon) to)\s+", re.I)
_APP_CONTEXT_RE = re.compile(r"\b(Writer|text documents?|documents?)\b", re.IGNORECASE)
_CONTEXTS = ("", " in Writer", " in a Writer document", " in LibreOffice Writer")
_PARTICLES = frozenset({"off", "on", "up", "down", "out", "in", "over", "back", "away"})
_APP_NAME_RE = re.compile(r"\b(?:in |for )?(?:LibreOffice Writer|LibreOffice|Writer)\b")
_PAGE_OBJECT_RE = re.compile(r"\b(?:for|in|to|on|with|from) (?!the following)[^,:;]+$")
_SENTENCE_END_RE = re.compile(r"(?<=[a-z0-9)\"”])\.\s+(?=[A-Z])")


def is_title_case(text: str) -> bool:
    """Return True when most longer words are capitalised, as in the help's headings.

    >>> is_title_case("To Insert a Table From a Toolbar"), is_title_case("To insert a table")
    (True, False)
    """
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text) if len(w) >= 4]
    if len(words) < 2:
        return bool(words) and words[0][0].isupper() and len(text.split()) > 1
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def sentence_case(text: str) -> str:
    """Lower Title Case words except names (LibreOffice, AutoCorrect, PDF ...); capitalise the first.

    >>> sentence_case("Insert a Table From a Calc Spreadsheet")
    'Insert a table from a Calc spreadsheet'
    """
    out = []
    for i, word in enumerate(text.split()):
        core = word.strip("\"'()[],.:;“”")
        plain = core[:1].isupper() and (core[1:].islower() or len(core) == 1) and core not in KEEP_CASE
        if i > 0 and plain and core != "I":
            word = word.replace(core, core.lower(), 1)
        out.append(word)
    result = " ".join(out)
    return result[:1].upper() + result[1:]


def _imperative(phrase: str) -> str | None:
    """Return ``phrase`` if it starts (after an optional adverb) with a known verb, else None."""
    words = phrase.split()
    if not words:
        return None
    idx = 1 if words[0].lower() in _ADVERBS and len(words) > 1 else 0
    head = words[idx].split("-")[0] if "-" in words[idx] and not is_verb(words[idx]) else words[idx]
    if not is_verb(head.strip("\"'")):
        return None
    return " ".join(words)


def finish(task: str) -> str:
    """Strip trailing punctuation and whitespace and capitalise the first letter."""
    task = " ".join(task.split()).rstrip(" .:;,")
    return task[:1].upper() + task[1:]


def task_from_heading(heading: str) -> str | None:
    """Turn a heading into a request; None when it names a thing rather than an action.

    >>> task_from_heading("Inserting Tables"), task_from_heading("To Stop Replacing Quotation Marks")
    ('Insert tables', 'Stop replacing quotation marks')
    >>> task_from_heading("Hyphenation") is None
    True
    """
    text = _TO_RE.sub("", heading.strip().rstrip(":."))
    words = text.split()
    if not words:
        return None
    for i, word in enumerate(words):
        if i == 0 or words[i - 1].lower() in {"and", "or"}:
            words[i] = base_from_gerund(word) or word
    text = " ".join(words)
    if _imperative(text) is None:
        return None
    return finish(sentence_case(text) if is_title_case(heading) else text)


def task_from_intro(sentence: str) -> str | None:
    """Turn "To insert a table, do the following:" into "Insert a table"; None if it is no intro.

    >>> task_from_intro("To change the width of a table, do one of the following:")
    'Change the width of a table'
    """
    match = _INTRO_RE.match(sentence.strip())
    if match is None:
        return None
    task = _imperative(_INTRO_TAIL_RE.sub("", match.group("task")))
    return finish(task) if task else None


def task_from_purpose(clause: str) -> str | None:
    """Turn the purpose clause of "To X, do Y" (the X) into a request, or None."""
    task = _imperative(_TO_RE.sub("", clause.strip()))
    return finish(task) if task else None


def task_from_description(description: str) -> str | None:
    """Turn an option description ("Keeps the paragraph together ...") into a request, or None.

    >>> task_from_description("Inserts a text section at the cursor position. You can also ...")
    'Insert a text section at the cursor position'
    """
    first = _SENTENCE_END_RE.split(description.strip(), maxsplit=1)[0]
    first = _YOU_PREFIX_RE.sub("", first)
    words = first.split()
    if not words:
        return None
    head = 1 if words[0].lower() in _ADVERBS and len(words) > 1 else 0
    base = base_from_third_person(words[head])
    if base is None:
        return None  # a noun phrase ("Number of cells ...") or an instruction, not a behaviour
    words[head] = base
    for i in range(1, len(words) - 1):
        if words[i] in {"and", "or"} and base_from_third_person(words[i + 1]):
            words[i + 1] = base_from_third_person(words[i + 1]) or words[i + 1]
    text = " ".join(words)
    return finish(text) if _imperative(text) else None


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def contextualise(task: str, parent_heading: str) -> str:
    """Add what a generic section applies to, taken from the enclosing heading.

    Sections such as "To Set a Predefined Border Style" or "Turning on protection" appear under
    several headings; the enclosing heading ("Defining Borders for Pages", "Protecting Sections")
    says what they apply to.

    >>> contextualise("Set a predefined border style", "Defining Borders for Pages")
    'Set a predefined border style for pages'
    >>> contextualise("Turn on protection", "Protecting Sections in LibreOffice Writer")
    'Turn on protection for sections'
    """
    parent = task_from_heading(parent_heading) or finish(sentence_case(parent_heading))
    parent = " ".join(_APP_NAME_RE.sub(" ", parent).split())
    match = _PAGE_OBJECT_RE.search(parent)
    if match is not None:
        phrase = match.group(0)
    else:
        words = parent.split()
        if len(words) < 2 or len(words) > 4 or task_from_heading(parent_heading) is None:
            return task
        if words[1].lower() in _PARTICLES:  # "Turn off AutoCorrect" names an action, not an object
            return task
        phrase = "for " + " ".join(words[1:])
    if len(phrase.split()) > 6:
        return task
    content = {_stem(w) for w in re.findall(r"[A-Za-z]{3,}", phrase)} - {"for", "with", "from"}
    if not content or content & {_stem(w) for w in re.findall(r"[A-Za-z]{3,}", task)}:
        return task
    return f"{task} {phrase}"


def with_app_context(task: str, key: str) -> str:
    """Add a Writer context ("... in a Writer document") to tasks that lack one, varied by ``key``.

    The choice is a hash of ``key`` (never a global RNG), so the same input always reads the same
    way, while the data set as a whole shows the phrasings a user might type.
    """
    if _APP_CONTEXT_RE.search(task):
        return task
    pick = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % len(_CONTEXTS)
    return task + _CONTEXTS[pick]
