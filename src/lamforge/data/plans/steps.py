"""Normalise plan steps and split run-on instructions into steps.

A plan is trained on as-is, so every step should be one short imperative sentence: no list
numbering, no trailing explanation ("The cell range is pasted as an OLE object."), no dangling
icon references left where an image was. The same rules clean help pages, how-to articles and
LLM output, so all sources read alike.
"""

from __future__ import annotations

import re

from lamforge.data.plans.lexicon import UI_VERBS, VERBS

_VERB_ALT = "|".join(sorted((re.escape(v) for v in UI_VERBS), key=len, reverse=True))
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "approx.", "no.", "fig.", "vs.", "ca.")
_SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_NUMBERING_RE = re.compile(r"^\s*(?:(?:step\s*)?\d{1,3}\s*[.):\-]|[-*•·–]|\(\d{1,3}\)|[a-z][.)](?=\s))\s*", re.I)
_ALTERNATIVE_RE = re.compile(rf",?\s+or\s+(?=(?:{_VERB_ALT})\b)", re.I)
_CLAUSE_RE = re.compile(
    rf"(?:,\s*(?:and\s+)?then\s+|\s+and\s+then\s+|;\s*(?:and\s+)?(?:then\s+)?|,\s*(?:and\s+)?(?=(?:{_VERB_ALT})\b))",
    re.I,
)
_INTRO_PREPS = (
    "in ",
    "on ",
    "from ",
    "under ",
    "within ",
    "at ",
    "next to ",
    "for ",
    "when ",
    "if ",
    "after ",
    "with ",
)
_DISCOURSE = frozenset(
    {"either", "then", "first", "next", "finally", "optionally", "now", "also", "afterwards", "again"}
)
# Words in VERBS that are mostly nouns inside a phrase ("the Size area", "the Name box").
_NOUNISH = frozenset(
    {"name", "number", "format", "color", "colour", "list", "type", "style", "view", "table", "record"}
)
_PURPOSE_RE = re.compile(r"^To [^,]{3,120}, (.+)$")
_ALTERNATIVES_RE = re.compile(r"^(.*?),?\s*do one of the following:\s*(.+)$", re.I)
_DECLARATIVE = (
    "the ",
    "this ",
    "these ",
    "that ",
    "it ",
    "when ",
    "you ",
    "libreoffice ",
    "only ",
    "as long as ",
    "as soon as ",
    "clicking ",
    "next follows ",
)
_CURLY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})
_DANGLING_RE = re.compile(r"\b(?:click|click the|click on|press|choose|select)\s*[.:]?$", re.I)


def normalise_text(text: str) -> str:
    """Collapse whitespace, straighten quotes and fix spaces before punctuation.

    >>> normalise_text("Choose  “Edit - Paste” .")
    'Choose "Edit - Paste".'
    """
    text = " ".join(text.translate(_CURLY).split())
    text = re.sub(r"\s+([.,;:!?)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    return re.sub(r"\(\)", "", text).strip()


def split_sentences(text: str) -> list[str]:
    """Split text into sentences without breaking after "e.g." and similar abbreviations."""
    pieces: list[str] = []
    for part in _SENT_RE.split(text.strip()):
        if pieces and pieces[-1].lower().endswith(_ABBREVIATIONS):
            pieces[-1] = f"{pieces[-1]} {part}"
        elif part:
            pieces.append(part)
    return pieces


def is_instruction(sentence: str) -> bool:
    """Return True when a sentence tells the user to do something.

    Accepts an imperative ("Click OK"), one after a discourse word ("Then click OK") and one after an
    introductory phrase ("In the Size area, enter ...", "In the Level list click ...").

    >>> is_instruction("In the Size area, enter the number of rows."), is_instruction("The range is pasted.")
    (True, False)
    """
    words = [w.strip(",:;.\"'()").lower() for w in sentence.split()]
    while words and words[0] in _DISCOURSE:
        words = words[1:]
    if not words:
        return False
    if words[0] in VERBS:
        return True
    if sentence.lower().startswith(_INTRO_PREPS):
        head = sentence.split(",", 1)
        if len(head) == 2 and len(head[0].split()) <= 15:
            rest = [w.strip(",:;.\"'()").lower() for w in head[1].split()]
            return bool(rest) and rest[0] in VERBS
        return any(w in VERBS and w not in _NOUNISH for w in words[2:10])
    return False


def strip_purpose(step: str) -> str:
    """Drop a leading purpose clause ("To save the macro, first select ...") from an instruction step.

    >>> strip_purpose("To hide the variable in your document, select Invisible.")
    'Select Invisible.'
    """
    match = _PURPOSE_RE.match(step)
    if match and is_instruction(match.group(1)):
        return _capitalise(match.group(1))
    return step


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _finish_sentence(text: str) -> str:
    text = text.strip().rstrip(",;")
    if text and text[-1] not in ".:!?":
        text += "."
    return _capitalise(text)


def clean_step(step: str) -> str | None:
    """Return a step as one clean sentence (plus follow-up instructions), or None if nothing is left.

    The first sentence is kept; later sentences only when they are instructions, which drops the
    help's explanations and side notes.

    >>> clean_step("3. Choose Edit - Paste. The cell range is pasted as an OLE object.")
    'Choose Edit - Paste.'
    """
    text = normalise_text(_NUMBERING_RE.sub("", normalise_text(step), count=1))
    text = re.sub(r"(\w)\.\.\.(?=[\s,.;:)]|$)", r"\1", text)
    alternatives = _ALTERNATIVES_RE.match(text)
    if alternatives:
        head, first = alternatives.group(1).strip(), strip_purpose(split_sentences(alternatives.group(2))[0])
        text = f"{head}, {first[:1].lower()}{first[1:]}" if head else first
    text = strip_purpose(text)
    sentences = split_sentences(text)
    if not sentences:
        return None
    kept = [sentences[0]] + [s for s in sentences[1:] if is_instruction(s) and not s.lower().startswith("if ")]
    text = " ".join(_finish_sentence(s) for s in kept)
    if len(text.rstrip(".")) < 3 or _DANGLING_RE.search(text):
        return None
    if text.lower().startswith(_DECLARATIVE) and not is_instruction(text):
        return None
    return text


def split_clauses(instruction: str) -> list[str]:
    """Split a run-on instruction into steps at "and then", "then" and ", <verb>".

    Alternatives ("press F9, or choose ...") keep only the first option, so the plan stays linear.

    >>> split_clauses("select the cell(s), right-click, and then choose Cell - Unprotect")
    ['Select the cell(s).', 'Right-click.', 'Choose Cell - Unprotect.']
    """
    text = _ALTERNATIVE_RE.split(instruction.strip(), maxsplit=1)[0]
    parts: list[str] = []
    pos = 0
    glue = ""
    for match in _CLAUSE_RE.finditer(text):
        piece = text[pos : match.start()].strip()
        if parts and glue:
            parts[-1] = f"{parts[-1]}{glue}{piece}"
        elif piece:
            parts.append(piece)
        # A clause that is not an instruction by itself ("In the Size area") joins the next one.
        glue = match.group(0) if parts and not is_instruction(parts[-1]) else ""
        pos = match.end()
    tail = text[pos:].strip()
    if parts and glue:
        parts[-1] = f"{parts[-1]}{glue}{tail}"
    elif tail:
        parts.append(tail)
    return [_finish_sentence(p) for p in parts if p]


def instruction_steps(text: str) -> list[str]:
    """Split a paragraph of instructions into steps: sentence by sentence, then clause by clause."""
    steps: list[str] = []
    for sentence in split_sentences(normalise_text(text)):
        if not is_instruction(sentence):
            break
        steps.extend(split_clauses(sentence.rstrip(".")))
    return steps
