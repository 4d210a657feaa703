"""Hint-guided decoding: the task memory's skeleton as a prior on the model's next action.

Shown in the prompt, the closest solved task's skeleton did not help the tiny model: it reads the
operation from the request's words and ignores a line it would have to copy from (measured in the README).
Used at decoding time it does: while the model writes ``control_label``, ``control_name``, ``function``,
the start of ``args``, a text argument the skeleton ties to one of the request's quoted texts, values or
a key sequence, ``status``, and the key after each field, the tokens that continue the skeleton's value
for this step get ``bias`` added to their logits. The model's choice is a product of its own
distribution and the memory's (p ∝ p_model · e^bias on the memory's answer): with a small bias a
confident model overrides the memory; the backend's default (+50) lets the memory decide these fields
and leaves the model its thought, its plan and what the skeleton says nothing about.

Which entry of the skeleton applies is the number of previous actions that succeeded (read from the
prompt), so a failed step is retried against the same entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from lamforge.guidance.spans import escaped as _escaped
from lamforge.guidance.typed_values import typed_values
from lamforge.prompting.format import ACTIONS_MARK
from lamforge.text.explicit import explicit_selection
from lamforge.text.quotes import quoted_texts

_ENTRY = re.compile(r'^(\w+)(?: "([^"]*)")?(?: (quote|value) (\d+))?(?: (\S.*))?$')
_ROW = re.compile(r"^(\d+)\|[^|\n]*\|([^\n]+)$", re.M)
_OK_STEP = re.compile(r"^\d+\. .*-> ok$", re.M)
_FAILED_SELECT = re.compile(r"^\d+\. select_text (\{.*?\})(?: on \"[^\"]*\")? -> failed", re.M)
# a field of the reply being written: its name and what follows its colon so far (`` "Bo``)
_OPEN_FIELD = re.compile(r'"(function|control_label|control_name|status|args)":(\s*(?:"(?:[^"\\]|\\.)*)?)$')
_OPEN_ARGS = re.compile(r'"args":(\s*(?:\{\s*(?:"[a-z]*)?)?)$')
_OPEN_TEXT = re.compile(
    r'"function":\s*"(select_text|keyboard_input|set_edit_text|summary)",\s*"args":\s*\{\s*"(?:text|keys)":(\s*(?:"(?:[^"\\]|\\.)*)?)$'
)
# after a closed string field, the next key of the reply's fixed order, and what is written of it so far
_NEXT_KEY = {"thought": "control_label", "control_label": "control_name", "control_name": "function",
             "function": "args"}
_AFTER_FIELD = re.compile(r'"(thought|control_label|control_name|function)":\s*"(?:[^"\\]|\\.)*",(\s*"?[a-z_]*"?)$')
SELECTIONS = frozenset({"select_text", "select_paragraphs", "select_cells", "select_all", "select_table"})
# how each function's args object starts (the value, if any, follows and is guided as ``text``)
ARGS_START = {"click_input": " {},", "select_text": ' {"text": "', "set_edit_text": ' {"text": "',
              "keyboard_input": ' {"keys": "', "insert_table": ' {"rows": ', "select_table": ' {"number": ',
              "select_paragraphs": ' {"start": ', "select_cells": ' {"table": ', "select_all": " {},",
              "summary": ' {"text": "'}


@dataclass(frozen=True)
class StepTarget:
    """What the memory expects of this step: each field's value (``None``: no opinion)."""

    function: str
    control_name: str
    status: str
    text: str | None = None  # JSON-escaped text argument, when the skeleton ties it to a quote or keys
    control_label: str | None = None  # the control's label in this prompt's list ("" for the document)
    args: str | None = None  # the whole args object (after its colon), when the request spells the selection out

    def written(self, field: str) -> str | None:
        """What the reply should say after the field's colon (``None``: no opinion).

        >>> StepTarget("click_input", "Bold", "FINISH").written("control_name")
        ' "Bold'
        >>> StepTarget("click_input", "Bold", "FINISH").written("args")
        ' {},'
        """
        if field == "args":
            return self.args if self.args is not None else ARGS_START.get(self.function)
        if field.startswith("next:"):
            return f' "{_NEXT_KEY[field[5:]]}":'

        value = {"function": self.function, "control_name": self.control_name, "status": self.status,
                 "text": self.text, "control_label": self.control_label}.get(field)
        return None if value is None else f' "{value}'

    def closes(self, field: str) -> bool:
        """Whether the field's string closes after :meth:`written` (``args`` only opens its object)."""
        return field != "args" and not field.startswith("next:")


def _previous_actions(user_prompt: str) -> str:
    """The step prompt's previous-actions block and what follows it ("" without one)."""
    return user_prompt.split(ACTIONS_MARK, 1)[1] if ACTIONS_MARK in user_prompt else ""


def done_steps(user_prompt: str) -> int:
    """Previous actions that succeeded, as the step prompt lists them.

    >>> done_steps("<Previous Actions:>\\n1. select_text {} -> ok\\n2. click_input -> failed: no\\n<Previous")
    1
    """
    return len(_OK_STEP.findall(_previous_actions(user_prompt)))


def failed_selections(user_prompt: str) -> set[str]:
    """Texts that ``select_text`` already failed to find, as the step prompt's previous actions list them.

    >>> sorted(failed_selections('<Previous Actions:>\\n1. select_text {"text": "a b"} -> failed: not found\\n'
    ...                          '2. select_text {"text": "c"} -> ok\\n<Previous Plans:>'))
    ['a b']
    """
    out = set()
    for m in _FAILED_SELECT.finditer(_previous_actions(user_prompt)):
        try:
            args = json.loads(m.group(1))
        except ValueError:
            continue
        if isinstance(args, dict) and isinstance(args.get("text"), str):
            out.add(args["text"])
    return out


def prompt_labels(user_prompt: str) -> dict[str, str]:
    """Control name → label, as the prompt's control list shows them (the first row of a name wins).

    >>> prompt_labels("<Available Control Item:>\\n1|Document|Document\\n39|Button|Bold\\n211|MenuItem|Bold\\n")
    {'Document': '1', 'Bold': '39'}
    """
    out: dict[str, str] = {}
    for m in _ROW.finditer(user_prompt):
        out.setdefault(m.group(2).strip(), m.group(1))
    return out


def step_target(skeleton: str, request: str, done: int, labels: dict[str, str] | None = None,
                failed: set[str] | frozenset[str] = frozenset(), texts: Sequence[str] = ()) -> StepTarget | None:
    """The skeleton's entry for the step after ``done`` successful ones (None past its end or when empty).

    ``failed``: texts ``select_text`` already failed to find; a selection the skeleton ties to one of them
    goes to the request's first other quoted text instead (the known task quoted its texts in another order).
    ``texts``: the document's texts the view shows; a sentence selected to be deleted takes the space that
    parts it from the rest of its paragraph along (:func:`with_its_space`).

    >>> step_target('select_text quote 2; click_input "Bold"', "Bold 'a' or 'b'", 0)
    StepTarget(function='select_text', control_name='', status='CONTINUE', text='b', control_label=None, args=None)
    >>> step_target('select_text quote 2; click_input "Bold"', "Bold 'a' or 'b'", 1, {"Bold": "39"}).control_label
    '39'
    >>> step_target('select_text quote 2; click_input "Bold"', "Bold 'a' or 'b'", 0, failed={"b"}).text
    'a'
    >>> step_target("summary Writer cannot translate text", "say it in French", 0).text
    'Writer cannot translate text'
    >>> step_target("keyboard_input quote 2 spaced", "end 'Hi.' with 'Bye.'", 0).text
    ' Bye.'
    >>> t = step_target('select_text quote 1; click_input "Bold"', "bold row 1 of table 1", 0, {})
    >>> t.function, t.args
    ('select_cells', ' {"table": 1, "row": 1}')
    """
    entries = [e.strip() for e in skeleton.split("; ") if e.strip()] if skeleton else []
    if done >= len(entries):
        return None
    m = _ENTRY.match(entries[done])
    if m is None:
        return None
    function, control, source, n, rest = m.groups()
    text = None
    pool = quoted_texts(request) if source == "quote" else typed_values(request).get((control or "").lower(), ())
    if source and 0 < int(n) <= len(pool):
        pick = pool[int(n) - 1]
        if function == "select_text" and pick in failed:
            pick = next((q for q in pool if q not in failed), pick)
        if function == "select_text" and done + 1 < len(entries) and _DELETING.match(entries[done + 1]):
            pick = with_its_space(pick, texts)
        text = _escaped(" " + pick if rest == "spaced" else pick)  # "spaced": a sentence typed after another
    elif function in ("keyboard_input", "summary") and rest and rest not in ("text", "keys"):
        text = _escaped(rest)  # a key chord, or the reason a request cannot be done
    last = done == len(entries) - 1
    status = ("FAIL" if function == "summary" else "FINISH") if last else "CONTINUE"  # a summary says why not
    spelled = explicit_selection(request) if done == 0 and function in SELECTIONS else None
    if spelled is not None:  # the request names the selection exactly ("row 1 of table 1"): that is the step
        return StepTarget(spelled[0], "", status, None, "" if labels is not None else None, f" {spelled[1]}")
    label = None if labels is None else (labels.get(control, "") if control else "")
    if control and label == "":
        label = None  # the control is not listed: leave the label to the model, the name decides
    return StepTarget(function, control or "", status, text, label)


_DELETING = re.compile(r"keyboard_input \{(?:DELETE|BACKSPACE|DEL|BS)\}$")


def with_its_space(sentence: str, texts: Sequence[str]) -> str:
    """``sentence`` with the space before it (after it, when it opens its paragraph), as the view's texts show it.

    Deleting a sentence without that space leaves one at the paragraph's end or start, or two in its middle. The
    view may have shortened a paragraph (``first words … last words``): a sentence that opens one is read from its
    first words, one that ends it from its last.

    >>> [with_its_space("B c.", ["A b. B c."]), with_its_space("A b.", ["A b. B c."]), with_its_space("A b.", ["A b."])]
    [' B c.', 'A b. ', 'A b.']
    >>> with_its_space("A petition is at the shop.", ["Our goal is a crossing … at the shop."])
    ' A petition is at the shop.'
    >>> with_its_space("Thanks to all who came.", ["Thanks to all … by the stop."]), with_its_space("a b", ["a b c"])
    ('Thanks to all who came. ', 'a b')
    """
    if not sentence.rstrip().endswith((".", "!", "?")):
        return sentence
    for t in texts:
        pieces = t.split(" … ")
        if t == sentence:
            return sentence
        if t.startswith(sentence + " ") or (len(pieces) > 1 and sentence.startswith(pieces[0])):
            return sentence + " "
        if " " + sentence in t or (len(pieces) > 1 and sentence.endswith(" " + pieces[-1])):
            return " " + sentence
    return sentence


def open_field(generated: str) -> tuple[str, str] | None:
    """The field the reply is writing now and what follows its colon so far (``text``: a select/type argument).

    >>> open_field('{"thought": "x", "control_label": "", "control_name": "Bo')
    ('control_name', ' "Bo')
    >>> open_field('{"thought": "x", "control_label": "", "control_name":')
    ('control_name', '')
    >>> open_field('{"function": "select_text", "args": {"text": "Hel')
    ('text', ' "Hel')
    >>> open_field('{"function": "select_text", "args": {"te')
    ('args', ' {"te')
    >>> open_field('{"thought": "x", "control_label": "", "control_name": "Bold", "keyb')
    ('next:control_name', ' "keyb')
    >>> open_field('{"function": "click_input", "args": {}') is None
    True
    """
    text = _OPEN_TEXT.search(generated)
    if text is not None:
        return "text", text.group(2)
    args = _OPEN_ARGS.search(generated)
    if args is not None:
        return "args", args.group(1)
    m = _OPEN_FIELD.search(generated)
    if m is not None:
        return m.group(1), m.group(2)
    after = _AFTER_FIELD.search(generated)
    return (f"next:{after.group(1)}", after.group(2)) if after is not None else None
