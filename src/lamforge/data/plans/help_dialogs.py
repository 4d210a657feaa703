"""Turn the option reference of dialog pages into (task, plan) pairs.

A dialog page says how to open the dialog ("Choose Format - Paragraph - Text Flow tab.") and then
describes each option under its own heading ("Keep with next paragraph: Keeps the current paragraph
and the following paragraph together ..."). Together they give a complete plan: open the dialog,
pick the tab, set the option, confirm. Only pages whose path is a plain menu path are used, and only
dialogs (a tab in the path, or the page lists the OK/Cancel/Reset buttons), so every plan can be
carried out as written.
"""

from __future__ import annotations

import re

from lamforge.data.plans.help_blocks import Block
from lamforge.data.plans.help_procedures import RawPair
from lamforge.data.plans.phrasing import finish, task_from_description
from lamforge.data.plans.steps import is_instruction, split_sentences

_PATH_RE = re.compile(r"^Choose ([A-Z][^.,;:()]*?(?: - [^.,;:()]+?)+)\.?$")
_DIALOG_BUTTONS = frozenset({"OK", "Cancel", "Reset"})
_GENERIC = frozenset({"OK", "Cancel", "Reset", "Apply", "Help", "Back", "Next", "Close", "Preview", "Options"})
_VALUE_VERBS = frozenset({"specify", "define", "set", "determine", "enter", "type"})
# Options described with these verbs only show information, so there is nothing to do with them.
_INFO_VERBS = frozenset({"list", "display", "show", "contain", "indicate"})
_SETTING_VERB_RE = re.compile(r"^(?:enter|type|select|choose|specify)(?: or (?:enter|type|select|choose))?\s+", re.I)
# Dialogs confirmed with a button other than OK.
_CONFIRM = {"Insert - Section": "Insert", "Table - Insert Table": "Insert", "Insert - Field - More Fields": "Insert"}


def _menu_steps(path: str) -> tuple[list[str], str, str] | None:
    """Return (steps to open the dialog tab, dialog name, menu path) for a plain menu path."""
    match = _PATH_RE.match(path.strip())
    if match is None:
        return None
    parts = [p.strip() for p in match.group(1).split(" - ")]
    tab = parts.pop()[: -len(" tab")] if parts[-1].endswith(" tab") else ""
    if len(parts) < 2:
        return None
    dialog = parts[-1]
    if parts[:2] == ["Tools", "Options"] and len(parts) > 2:
        steps = ["Choose Tools - Options.", f"In the Options dialog, select {' - '.join(parts[2:])}."]
        dialog = "Options"
    else:
        steps = [f"Choose {' - '.join(parts)}."]
    if tab:
        steps.append(f"Click the {tab} tab.")
    return steps, dialog, " - ".join(parts)


def _option_step(label: str, description: str) -> tuple[str, str | None, bool] | None:
    """Return (step that sets the option, task or None, whether the task should name the dialog).

    None means the option cannot be turned into a plan (it only displays information, or its
    description is not understood).
    """
    first = split_sentences(description)[0].rstrip(".") if description else ""
    if not first:
        return None
    words = first.split()
    if is_instruction(first) and words[0].lower() in {"enter", "type", "select", "choose", "specify"}:
        if re.search(r"\bthis (check ?box|option)\b", first, re.I):
            return f"Select the {label} check box.", None, False
        # "Enter the width of the column" asks for a value: the task is to set that value.
        obj = _SETTING_VERB_RE.sub("", first)
        return f"In the {label} box, {first[:1].lower()}{first[1:]}.", (f"Set {obj}" if obj != first else None), True
    task = task_from_description(first)
    if task is None:
        return None
    verb = task.split()[0].lower()
    if verb in _INFO_VERBS:
        return None
    if verb == "open":
        return f"Click {label}.", task, False
    if "check box" in description.lower() or "checkbox" in description.lower():
        return f"Select the {label} check box.", task, False
    if verb in _VALUE_VERBS:
        return f"Set {label} to the value that you want.", task, False
    return f"Select {label}.", task, False


def _group_of(blocks: list[Block], index: int) -> str:
    """Return the heading one level above the option at ``index`` (its group), if not the page title."""
    level = blocks[index].level
    for block in reversed(blocks[:index]):
        if block.kind == "heading" and block.level < level:
            return block.text.strip() if block.level > 1 else ""
    return ""


def dialog_option_pairs(blocks: list[Block]) -> list[RawPair]:
    """Return one pair per documented option of a dialog page (see the module docstring)."""
    howto = next((b for b in blocks if b.kind == "howtoget" and b.items), None)
    if howto is None:
        return []
    opened = _menu_steps(howto.items[0])
    if opened is None:
        return []
    open_steps, dialog, menu = opened
    tab = open_steps[-1][len("Click the ") : -len(" tab.")] if open_steps[-1].endswith(" tab.") else ""
    headings = {b.text.strip() for b in blocks if b.kind == "heading"}
    if len(open_steps) < 2 and not headings & _DIALOG_BUTTONS:
        return []
    confirm = f"Click {_CONFIRM.get(menu, 'OK')}."
    pairs = []
    for i, block in enumerate(blocks[:-1]):
        nxt = blocks[i + 1]
        if block.kind != "heading" or block.level < 2 or nxt.kind != "para" or block.text in _GENERIC:
            continue
        if block.link or re.search(r"\b(?:icon|toolbar)\b", block.text, re.I):
            continue
        later = next((b for b in blocks[i + 1 :] if b.kind == "heading"), None)
        if later is not None and later.level > block.level:
            continue
        label = block.text.strip().rstrip(":")
        made = _option_step(label, nxt.text)
        if made is None:
            continue
        step, task, name_dialog = made
        if task is None:
            where = f" under {group}" if (group := _group_of(blocks, i)) else ""
            where += f" on the {tab} tab" if tab else ""
            task = f'Change the "{label}" setting{where} of the {dialog} dialog'
        elif name_dialog:
            task = f"{task} in the {dialog} dialog"
        task = finish(task)
        steps = (*open_steps, step) if step.startswith("Click ") else (*open_steps, step, confirm)
        pairs.append(RawPair(task, steps, "dialog_option", f"{dialog}: {label}"))
    return pairs
