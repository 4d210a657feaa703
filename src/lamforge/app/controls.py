"""Build the control list from LibreOffice's real UI configuration (toolbars, menubar, command labels).

The catalog is static for a Writer module, so it is read once per session; each observation only
refreshes the toggle states (Bold on/off, alignment) from the current selection, which is cheap.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lamforge.app.commands import (
    BLOCKED_COMMANDS,
    DIALOG_COMMANDS,
    DYNAMIC_MENUS,
    VALUE_COMMANDS,
    clean_label,
)
from lamforge.app.observation import Control

MODULE = "com.sun.star.text.TextDocument"
TOOLBARS = (
    ("private:resource/toolbar/standardbar", "Standard"),
    ("private:resource/toolbar/textobjectbar", "Formatting"),
)
MENUBAR = "private:resource/menubar/menubar"
DOCUMENT_CONTROL = Control(label="1", control_text="Document", control_type="Document", path="Document")

_ADJUST = {0: "LEFT", 1: "RIGHT", 2: "BLOCK", 3: "CENTER", 4: "STRETCH"}


def _enum(v: Any) -> Any:
    """A UNO enum's value name (ParaAdjust may arrive as its integer)."""
    if isinstance(v, int) and not isinstance(v, bool):
        return _ADJUST.get(v, v)
    return getattr(v, "value", v)


# command -> how to read whether it is "selected" from the view cursor's properties.
_TOGGLES: dict[str, tuple[str, Any]] = {
    ".uno:Bold": ("CharWeight", lambda v: v >= 150),
    ".uno:Italic": ("CharPosture", lambda v: _enum(v) in ("ITALIC", "OBLIQUE")),
    ".uno:Underline": ("CharUnderline", lambda v: v != 0),
    ".uno:Strikeout": ("CharStrikeout", lambda v: v != 0),
    ".uno:SuperScript": ("CharEscapement", lambda v: v > 0),
    ".uno:SubScript": ("CharEscapement", lambda v: v < 0),
    ".uno:LeftPara": ("ParaAdjust", lambda v: _enum(v) == "LEFT"),
    ".uno:RightPara": ("ParaAdjust", lambda v: _enum(v) == "RIGHT"),
    ".uno:CenterPara": ("ParaAdjust", lambda v: _enum(v) == "CENTER"),
    ".uno:JustifyPara": ("ParaAdjust", lambda v: _enum(v) == "BLOCK"),
}


def _runnable(command: str, label: str) -> bool:
    """Whether lamforge's executor can run this command headless (no unmodelled dialog, not blocked)."""
    if command in BLOCKED_COMMANDS or not command.startswith(".uno:"):
        return False
    if command in DIALOG_COMMANDS or command in VALUE_COMMANDS:
        return True
    return not label.rstrip().endswith(("...", "…"))


def build_catalog(smgr: Any, ctx: Any) -> tuple[Control, ...]:
    """Read Writer's Standard and Formatting toolbars and its menubar into labelled controls.

    Labels are numbers in reading order: the Document first, then the toolbars, then the menus.
    """
    sup = smgr.createInstanceWithContext("com.sun.star.ui.ModuleUIConfigurationManagerSupplier", ctx)
    mgr = sup.getUIConfigurationManager(MODULE)
    desc = smgr.createInstanceWithContext("com.sun.star.frame.UICommandDescription", ctx).getByName(MODULE)

    def describe(cmd: str) -> dict[str, Any]:
        try:
            return {p.Name: p.Value for p in desc.getByName(cmd)}
        except Exception:
            return {}

    raw: list[tuple[str, str, str, str, bool]] = []  # text, type, command, path, enabled
    for url, bar in TOOLBARS:
        settings = mgr.getSettings(url, False)
        for i in range(settings.getCount()):
            item = {p.Name: p.Value for p in settings.getByIndex(i)}
            cmd = item.get("CommandURL", "")
            if item.get("Type", 0) != 0 or not cmd or not item.get("IsVisible", True):
                continue
            d = describe(cmd)
            label = d.get("Label") or item.get("Label") or ""
            tip = d.get("TooltipLabel") or ""
            if not label:
                continue
            ctype = "ComboBox" if cmd in VALUE_COMMANDS else "Button"
            text = clean_label(label if ctype == "ComboBox" or not tip or len(tip) > 30 else tip)
            raw.append((text, ctype, cmd, bar, _runnable(cmd, label)))

    def walk(container: Any, path: str) -> None:
        for i in range(container.getCount()):
            item = {p.Name: p.Value for p in container.getByIndex(i)}
            cmd = item.get("CommandURL", "")
            if item.get("Type", 0) != 0 or not cmd or cmd in DYNAMIC_MENUS:
                continue
            label = describe(cmd).get("Label") or item.get("Label") or ""
            sub = item.get("ItemDescriptorContainer")
            if sub is not None:
                walk(sub, f"{path} > {clean_label(label)}" if path else clean_label(label))
                continue
            if label and path:
                raw.append((clean_label(label), "MenuItem", cmd, path, _runnable(cmd, label)))

    walk(mgr.getSettings(MENUBAR, False), "")
    controls = [DOCUMENT_CONTROL]
    for text, ctype, cmd, path, enabled in raw:
        controls.append(Control(str(len(controls) + 1), text, ctype, cmd, enabled, False, path))
    return tuple(controls)


def refresh_toggles(controls: tuple[Control, ...], view_cursor: Any) -> tuple[Control, ...]:
    """Return ``controls`` with ``selected`` set from the current selection's formatting."""
    values: dict[str, Any] = {}
    for prop in sorted({prop for prop, _ in _TOGGLES.values()}):
        try:
            values[prop] = view_cursor.getPropertyValue(prop)
        except Exception:
            values[prop] = None
    out = []
    for c in controls:
        spec = _TOGGLES.get(c.command)
        if spec is None:
            out.append(c)
            continue
        prop, test = spec
        v = values.get(prop)
        try:
            sel = bool(test(v)) if v is not None else False
        except Exception:
            sel = False
        out.append(c if c.selected == sel else dataclasses.replace(c, selected=sel))
    return tuple(out)


def toggle_commands() -> frozenset[str]:
    """Commands whose ``selected`` state the observation tracks."""
    return frozenset(_TOGGLES)
