"""Leave a character toggle alone when the whole selection already has it and the request asks to set it.

Bold, Italic, Underline, Strikethrough, Superscript and Subscript are toggles in Writer: pressed on a selection that
is all bold, Bold takes the bold off. A person sees the button already pressed and does not press it; the model's
prompt does not show button states, and its training never asks for a property the target already has (the task
families skip targets whose style sets it), so "make the heading bold" on a Heading 1 that its style makes bold
pressed Bold and unbolded the heading. The observation tracks each toggle's state for the whole selection (a
selection only partly bold reads as not bold, :func:`lamforge.app.controls.refresh_toggles`); this guard, part of
the guidance (off with it), skips such a press unless the request asks to take formatting off.

The other way round too: "remove the bold from the date" on a date that is not wholly bold would press Bold once and
make all of it bold. When the request takes off that very format and the selection does not wholly have it, the
toggle is pressed twice (:func:`two_presses`): the first press puts it on the whole selection, the second takes it
all off, whether none or part of the selection had it.
"""

from __future__ import annotations

import re

from lamforge.app.observation import Control

CHARACTER_TOGGLES = frozenset({
    ".uno:Bold", ".uno:Italic", ".uno:Underline", ".uno:Strikeout", ".uno:SuperScript", ".uno:SubScript",
})
# words that ask to take formatting off, or to flip it whatever it is
_REMOVE = re.compile(
    r"\b(?:remove|removing|unbold\w*|unitalic\w*|ununderline\w*|unstrike\w*|undo|no\s+longer|not|n't|"
    r"without|clear|take\s+(?:off|away|out)|turn\s+off|switch\s+off|plain|regular|normal|toggle|reverse|back\s+to)"
    r"\b",
    re.IGNORECASE,
)


def asks_to_remove(request: str) -> bool:
    """Whether ``request`` asks to take formatting off (or to toggle it), so a pressed toggle may be pressed again.

    >>> asks_to_remove("Make the heading bold"), asks_to_remove("The title should not be bold")
    (False, True)
    >>> asks_to_remove("Underline the date"), asks_to_remove("unbold the date"), asks_to_remove("remove the italics")
    (False, True, True)
    """
    return bool(_REMOVE.search(request))


def already_on(control: Control | None, request: str) -> bool:
    """Whether pressing ``control`` would turn off a toggle the whole selection has while ``request`` wants it on.

    >>> bold = Control("39", "Bold", "Button", ".uno:Bold", selected=True)
    >>> already_on(bold, "make the heading bold"), already_on(bold, "remove the bold from the heading")
    (True, False)
    >>> already_on(Control("39", "Bold", "Button", ".uno:Bold"), "make it bold"), already_on(None, "make it bold")
    (False, False)
    """
    if control is None or control.command not in CHARACTER_TOGGLES or not control.selected:
        return False
    return not asks_to_remove(request)


# the words naming each toggle's format, for requests that take one particular format off
_FORMAT_WORDS = {
    ".uno:Bold": r"bold\w*", ".uno:Italic": r"italic\w*", ".uno:Underline": r"underlin\w*",
    ".uno:Strikeout": r"strike\w*|strikethrough", ".uno:SuperScript": r"superscript\w*",
    ".uno:SubScript": r"subscript\w*",
}
_TAKE_OFF = r"(?:remove|removing|take\s+(?:off|away|out)|turn\s+off|switch\s+off|get\s+rid\s+of|clear|strip|drop)"


def takes_off(command: str, request: str) -> bool:
    """Whether ``request`` asks to take off the format of toggle ``command`` in particular.

    >>> takes_off(".uno:Bold", "Remove the bold from the date"), takes_off(".uno:Bold", "unbold the date")
    (True, True)
    >>> takes_off(".uno:Bold", "Remove the underline and make it bold"), takes_off(".uno:Italic", "make it italic")
    (False, False)
    >>> takes_off(".uno:Italic", "the title should no longer be in italics")
    True
    """
    words = _FORMAT_WORDS.get(command)
    if words is None:
        return False
    pattern = (rf"\b{_TAKE_OFF}\s+(?:the\s+|all\s+(?:the\s+)?|any\s+)?(?:{words})\b|\bun(?:{words})\b|"
               rf"\b(?:no\s+longer|not)\s+(?:be\s+)?(?:in\s+)?(?:{words})\b|\b(?:{words})\s+(?:off|removed)\b")
    return re.search(pattern, request, re.IGNORECASE) is not None


def two_presses(control: Control | None, request: str) -> bool:
    """Whether ``control`` must be pressed twice: the request takes its format off, the selection lacks it somewhere.

    >>> plain = Control("39", "Bold", "Button", ".uno:Bold")
    >>> two_presses(plain, "remove the bold from the date"), two_presses(plain, "make the date bold")
    (True, False)
    >>> two_presses(Control("39", "Bold", "Button", ".uno:Bold", selected=True), "remove the bold from the date")
    False
    """
    if control is None or control.command not in CHARACTER_TOGGLES or control.selected:
        return False
    return takes_off(control.command, request)
