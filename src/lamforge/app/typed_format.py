"""Text typed over a selection keeps the character formatting of the text it replaces.

Writer gives typed text the attributes of the character before the cursor, so a date typed over the plain date
after a bold "Closing date: " label comes out bold, and a word typed over a bold word after plain text comes out
plain. A user replacing a word means the new word to look like the old one (Word behaves so): the formatting of
the selection's first character is read before typing and put back on the typed text where it differs.
"""

from __future__ import annotations

from typing import Any

# the character attributes a replacement keeps (those a user sees; Writer names)
KEPT = ("CharWeight", "CharPosture", "CharUnderline", "CharStrikeout", "CharColor", "CharHeight", "CharFontName",
        "CharBackColor", "CharHighlight", "CharEscapement", "CharEscapementHeight", "CharCaseMap")


def replaced_format(doc: Any) -> dict[str, Any] | None:
    """The kept attributes of the selection's first character; None when nothing, or more than text, is selected."""
    ctrl = doc.getCurrentController()
    sel = ctrl.getSelection()
    if not (sel.supportsService("com.sun.star.text.TextRanges") and sel.getCount() == 1):
        return None  # nothing selectable as text (a cell range, a frame)
    vc = ctrl.getViewCursor()
    if vc.isCollapsed():
        return None
    cur = vc.getText().createTextCursorByRange(vc.getStart())
    if not cur.goRight(1, True):
        return None
    return _read(cur)


def restore_format(doc: Any, typed: str, before: dict[str, Any]) -> None:
    """Give the ``typed`` text just left of the cursor the attributes ``before`` where they differ."""
    vc = doc.getCurrentController().getViewCursor()
    cur = vc.getText().createTextCursorByRange(vc.getEnd())
    if not cur.goLeft(len(typed), True):
        return
    now = _read(cur)
    for name, value in before.items():
        if name in now and now[name] != value:
            cur.setPropertyValue(name, value)


def _read(cur: Any) -> dict[str, Any]:
    out = {}
    for name in KEPT:
        try:
            out[name] = cur.getPropertyValue(name)
        except Exception:  # an attribute this Writer lacks (CharHighlight before 4.4)
            continue
    return out
