"""The CONFIRM policy: which actions need a yes, and who gives it.

Two checks, one policy:

- *Before* an action runs (:func:`confirmation_reason`): the model says so (status ``CONFIRM``, as in
  UFO's prompts), it would run one of Writer's destructive commands (``DESTRUCTIVE_COMMANDS``: delete a
  table, rows, columns), or it plainly deletes everything (Ctrl+A then a deleting key or text in one
  action, a delete / cut / typed replacement while nearly the whole document is selected).
- *After* it ran (the environment's destructive-action guard, :mod:`lamforge.app.guard`): whatever the
  keys, an action that removed a table, nearly everything, or more than the selection the model was shown
  is undone unless the policy says yes (:func:`effect_confirmer` is what the loop hands the environment).

A request that itself asks for the destructive command is the yes for it (:func:`asked_for`): "delete the Sunday
row" runs Table - Delete - Rows without a question, "delete 'Sunday'" does not. Deleting a selected sentence, word or
paragraph is ordinary editing and needs no yes. The policy decides:
``no`` refuses (a failed step, the document as it was, and the episode goes on), ``yes`` runs it, ``ask``
asks a person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from lamforge.app.action import DOCUMENT_FUNCTIONS, Action
from lamforge.app.commands import DELETING_COMMANDS, DESTRUCTIVE_COMMANDS
from lamforge.app.consent import requested_commands
from lamforge.app.keys import Key, parse_keys
from lamforge.app.observation import Control, DocState

ConfirmPolicy = Literal["no", "yes", "ask"]
POLICIES: tuple[str, ...] = ("no", "yes", "ask")
Asker = Callable[[str], bool]
WHOLE_DOCUMENT = 0.9  # a selection this share of the text counts as "everything"


def _deletes(keys: str) -> tuple[bool, bool]:
    """(selects all then deletes/types in one go, deletes or types at all) for a key string."""
    try:
        parts = parse_keys(keys)
    except ValueError:
        return False, False
    deleting = [isinstance(p, str) or (p.name in ("DELETE", "BACKSPACE") or (p.ctrl and p.name in "xv")) for p in parts]
    sel_all = [isinstance(p, Key) and p.ctrl and p.name == "a" for p in parts]
    wipe = any(sel_all[i] and any(deleting[i + 1 :]) for i in range(len(parts)))
    return wipe, any(deleting)


def _candidates(action: Action, controls: Sequence[Control]) -> list[Control]:
    """Every visible control the action could end up on (by label, or by exact name)."""
    label, name = action.control_label.strip(), action.control_name.strip().lower()
    return [c for c in controls if (label and c.label == label) or (name and c.control_text.lower() == name)]


def asked_for(request: str, action: Action, controls: Sequence[Control]) -> str:
    """The destructive command ``action`` runs that ``request`` itself asks for ('' when none): the user's yes.

    >>> rows = [Control("367", "Delete Rows", "MenuItem", command=".uno:DeleteRows")]
    >>> asked_for("Remove row 4 of table 1", Action("click_input", control_label="367"), rows)
    '.uno:DeleteRows'
    >>> asked_for("delete 'Sunday' in the table", Action("click_input", control_label="367"), rows)
    ''
    >>> asked_for("remove the bold from the header row", Action("click_input", control_label="367"), rows)
    ''
    """
    if action.function in DOCUMENT_FUNCTIONS or action.function == "keyboard_input":
        return ""
    asked = requested_commands(request)
    return next((c.command for c in _candidates(action, controls) if c.command in asked), "")


def confirmation_reason(
    status: str, action: Action, controls: Sequence[Control], doc: DocState | None = None, request: str = ""
) -> str:
    """Why ``action`` needs a yes before it runs ('' when it does not; ``request`` can be that yes).

    >>> confirmation_reason("CONTINUE", Action("keyboard_input", {"keys": "^a{DELETE}"}), [])
    'it deletes the whole document'
    >>> confirmation_reason("CONTINUE", Action("keyboard_input", {"keys": "{DELETE}"}), [])
    ''
    >>> confirmation_reason("CONTINUE", Action("click_input", control_name="Bold"), [Control("2", "Bold", "Button")])
    ''
    """
    reasons = []
    if status == "CONFIRM":
        reasons.append("the model asked for confirmation")
    everything = doc is not None and len(doc.text.strip()) > 0 and (
        len(doc.selection.strip()) >= WHOLE_DOCUMENT * len(doc.text.strip())
    )
    deleting = False
    if action.function == "keyboard_input":
        wipe, deleting = _deletes(str(action.args.get("keys", "")))
        if wipe:
            reasons.append("it deletes the whole document")
    elif action.function not in DOCUMENT_FUNCTIONS:
        cands = _candidates(action, controls)
        asked = asked_for(request, action, controls)
        bad = [c for c in cands if c.command in DESTRUCTIVE_COMMANDS and c.command != asked]
        if bad:
            reasons.append(f"'{bad[0].control_text}' ({bad[0].command}) is destructive")
        deleting = any(c.command in DELETING_COMMANDS for c in cands)
    if deleting and everything and not reasons:
        reasons.append("the whole document is selected and this would delete it")
    return "; ".join(reasons)


def allowed(policy: str, question: str, ask: Asker | None = None) -> bool:
    """Apply the policy to one action that needs confirmation.

    Args:
        policy: ``no``, ``yes`` or ``ask``.
        question: what the person is asked (``ask`` only).
        ask: answers the question (the CLI prompts on the terminal); required for ``ask``.

    """
    if policy == "yes":
        return True
    if policy == "ask":
        if ask is None:
            raise ValueError("confirm='ask' needs an ask callback")
        return bool(ask(question))
    return False


def effect_confirmer(policy: str, ask: Asker | None, action: str,
                     answered: Callable[[bool], None] | None = None) -> Callable[[str], bool]:
    """What the environment asks when the guard finds an action destructive after it ran.

    Args:
        policy: ``no``, ``yes`` or ``ask``.
        ask: asks a person (``ask``).
        action: how the question names the action ("Step 3: keyboard_input {...}").
        answered: told the answer (the loop records it in the step).

    >>> effect_confirmer("no", None, "Step 1")("it removed everything")
    False

    """

    def confirm(reason: str) -> bool:
        ok = allowed(policy, f"{action}: {reason}. Keep this change?", ask)
        if answered is not None:
            answered(ok)
        return ok

    return confirm


def check_policy(policy: str, ask: Asker | None) -> None:
    """Reject an unknown policy, or ``ask`` without a way to ask, before the episode starts."""
    if policy not in POLICIES:
        raise ValueError(f"unknown confirm policy {policy!r}; use one of {', '.join(POLICIES)}")
    if policy == "ask" and ask is None:
        raise ValueError("confirm='ask' needs an ask callback")
