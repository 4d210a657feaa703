"""Apply a typed value (font size, font name, style, colour, line spacing, orientation) to the selection.

This is what entering a value in a Formatting-bar combo box does; we set the same properties
through the API on every range of the current selection (text, several ranges, or table cells).
"""

from __future__ import annotations

from typing import Any

from lamforge.app.commands import parse_color
from lamforge.app.session import uno

_SPACING = {"single": 100, "1": 100, "1.0": 100, "1.15": 115, "1.5": 150, "double": 200, "2": 200, "2.0": 200}


def _targets(doc: Any) -> list[Any]:
    """The objects to set properties on: each selected range, or the view cursor."""
    sel = doc.getCurrentSelection()
    if sel is not None and hasattr(sel, "getCount") and sel.getCount() > 0:
        return [sel.getByIndex(i) for i in range(sel.getCount())]
    if sel is not None and hasattr(sel, "setPropertyValue"):
        return [sel]
    return [doc.getCurrentController().getViewCursor()]


def _set(doc: Any, **values: Any) -> None:
    for t in _targets(doc):
        for k, v in values.items():
            t.setPropertyValue(k, v)


def _paragraph_style(doc: Any, name: str) -> str:
    """Programmatic name of the paragraph style shown as ``name`` (case-insensitive)."""
    fam = doc.getStyleFamilies().getByName("ParagraphStyles")
    low = name.strip().lower()
    for prog in fam.getElementNames():
        st = fam.getByName(prog)
        if prog.lower() == low or str(st.DisplayName).lower() == low:
            return prog
    raise ValueError(
        f"no paragraph style named {name!r} (e.g. 'Heading 1', 'Title', 'Default Paragraph Style')"
    )


def _points(text: str) -> float:
    t = text.strip().lower().removesuffix("pt").removesuffix("points").strip()
    try:
        v = float(t)
    except ValueError:
        raise ValueError(f"font size must be a number of points, got {text!r}") from None
    if not 1 <= v <= 999:
        raise ValueError(f"font size must be between 1 and 999 pt, got {v:g}")
    return v


def apply_value(doc: Any, command: str, text: str) -> str:
    """Set the value ``text`` of the combo box behind ``command`` on the current selection."""
    if command == ".uno:FontHeight":
        v = _points(text)
        _set(doc, CharHeight=v, CharHeightAsian=v, CharHeightComplex=v)
        return f"font size set to {v:g} pt"
    if command == ".uno:CharFontName":
        name = text.strip()
        if not name:
            raise ValueError("font name is empty")
        _set(doc, CharFontName=name)
        return f"font set to {name}"
    if command == ".uno:StyleApply":
        prog = _paragraph_style(doc, text)
        _set(doc, ParaStyleName=prog)
        return f"paragraph style set to {text.strip()}"
    if command == ".uno:Color":
        _set(doc, CharColor=parse_color(text))
        return f"font colour set to {text.strip()}"
    if command in (".uno:BackColor", ".uno:CharBackColor"):
        _set(doc, CharHighlight=parse_color(text))
        return f"highlighting set to {text.strip()}"
    if command == ".uno:LineSpacing":
        key = text.strip().lower()
        if key in _SPACING:
            height = _SPACING[key]
        else:
            try:
                height = int(round(float(key) * 100))
            except ValueError:
                raise ValueError(f"line spacing must be 1, 1.15, 1.5, 2 or a number, got {text!r}") from None
            if not 50 <= height <= 400:
                raise ValueError(f"line spacing must be between 0.5 and 4, got {text!r}")
        ls = uno.createUnoStruct("com.sun.star.style.LineSpacing")
        ls.Mode, ls.Height = 0, height
        _set(doc, ParaLineSpacing=ls)
        return f"line spacing set to {height / 100:g}"
    if command == ".uno:PageDialog":
        return _orientation(doc, text)
    raise ValueError(f"{command} takes no value")


def _orientation(doc: Any, text: str) -> str:
    want = text.strip().lower()
    if want not in ("portrait", "landscape"):
        raise ValueError(f"orientation must be Portrait or Landscape, got {text!r}")
    vc = doc.getCurrentController().getViewCursor()
    style = doc.getStyleFamilies().getByName("PageStyles").getByName(vc.PageStyleName)
    w, h = style.Width, style.Height
    landscape = want == "landscape"
    if landscape != (w > h):
        style.Width, style.Height = h, w
    style.IsLandscape = landscape
    return f"page orientation set to {want}"
