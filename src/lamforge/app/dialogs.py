"""Virtual dialogs for the commands whose real dialogs need arguments (Insert Table, Find & Replace, Page).

Headless LibreOffice shows no dialogs, so each is modelled as a few controls (edits, check boxes,
buttons) that appear in the observation while the dialog is open, as UIA would list them; pressing
its OK button runs the command with the values entered through the API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lamforge.app.observation import Control

DIALOG_LABEL_BASE = 1000


@dataclass
class Dialog:
    """An open virtual dialog: its editable fields (name -> (type, value)) and its buttons."""

    title: str
    command: str
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)
    buttons: tuple[str, ...] = ()

    def controls(self) -> tuple[Control, ...]:
        """The dialog's controls as the agent sees them, labelled from 1001 on."""
        out: list[Control] = []
        for name, (ctype, value) in self.fields.items():
            out.append(
                Control(
                    str(DIALOG_LABEL_BASE + len(out) + 1),
                    name,
                    ctype,
                    self.command,
                    True,
                    ctype == "CheckBox" and value == "true",
                    f"{self.title} dialog",
                )
            )
        for b in self.buttons:
            out.append(
                Control(
                    str(DIALOG_LABEL_BASE + len(out) + 1),
                    b,
                    "Button",
                    self.command,
                    True,
                    False,
                    f"{self.title} dialog",
                )
            )
        return tuple(out)

    def set_value(self, name: str, value: str) -> str:
        """Type into an Edit/ComboBox field; raises ValueError for a field that takes no text."""
        ctype, _ = self.fields[name]
        if ctype == "CheckBox":
            raise ValueError(f"'{name}' is a check box: use click_input")
        self.fields[name] = (ctype, str(value))
        return f"'{name}' set to {value!r}"

    def toggle(self, name: str) -> str:
        """Click a check box."""
        ctype, value = self.fields[name]
        new = "false" if value == "true" else "true"
        self.fields[name] = (ctype, new)
        return f"'{name}' {'checked' if new == 'true' else 'unchecked'}"

    def value(self, name: str) -> str:
        """Current text of a field."""
        return self.fields[name][1]


def open_dialog(command: str) -> Dialog:
    """The dialog that clicking ``command`` opens, with LibreOffice's defaults filled in."""
    if command == ".uno:InsertTable":
        return Dialog(
            "Insert Table", command, {"Rows": ("Edit", "2"), "Columns": ("Edit", "2")}, ("Insert", "Cancel")
        )
    if command == ".uno:SearchDialog":
        return Dialog(
            "Find and Replace",
            command,
            {"Find": ("Edit", ""), "Replace": ("Edit", ""), "Match case": ("CheckBox", "false")},
            ("Find All", "Replace All", "Close"),
        )
    if command == ".uno:PageDialog":
        return Dialog("Page Style", command, {"Orientation": ("ComboBox", "Portrait")}, ("OK", "Cancel"))
    raise KeyError(command)


CANCEL_BUTTONS = frozenset({"Cancel", "Close"})


def positive_int(text: str, name: str, hi: int) -> int:
    """Parse a dialog's numeric field, with a message naming the field when it is out of range."""
    try:
        n = int(str(text).strip())
    except ValueError:
        raise ValueError(f"'{name}' must be a whole number, got {text!r}") from None
    if not 1 <= n <= hi:
        raise ValueError(f"'{name}' must be between 1 and {hi}, got {n}")
    return n


def describe(dialog: Any) -> str:
    """One-line summary for logs."""
    return f"{dialog.title} dialog: " + ", ".join(f"{k}={v[1]!r}" for k, v in dialog.fields.items())
