"""What lamforge knows about Writer's UNO commands: which take a value, open a dialog, or are off limits."""

from __future__ import annotations

# Toolbar controls that accept a typed value (ComboBox): command -> what the value means.
VALUE_COMMANDS: dict[str, str] = {
    ".uno:CharFontName": "font name, e.g. 'Liberation Serif'",
    ".uno:FontHeight": "font size in points, e.g. '14'",
    ".uno:StyleApply": "paragraph style, e.g. 'Heading 1'",
    ".uno:Color": "font colour name or #RRGGBB",
    ".uno:BackColor": "highlighting colour name or #RRGGBB",
    ".uno:CharBackColor": "highlighting colour name or #RRGGBB",
    ".uno:LineSpacing": "line spacing: 1, 1.15, 1.5 or 2",
}

# Commands whose dialog lamforge models as a small set of virtual controls (see dialogs.py).
DIALOG_COMMANDS = frozenset({".uno:InsertTable", ".uno:SearchDialog", ".uno:PageDialog"})

# Commands that leave or replace the document, write files, or reach outside it: never run in an episode.
BLOCKED_COMMANDS = frozenset(
    {
        ".uno:Quit",
        ".uno:CloseDoc",
        ".uno:CloseWin",
        ".uno:Save",
        ".uno:SaveAs",
        ".uno:SaveAll",
        ".uno:SaveACopy",
        ".uno:ExportTo",
        ".uno:ExportToPDF",
        ".uno:ExportDirectToPDF",
        ".uno:ExportToEPUB",
        ".uno:ExportDirectToEPUB",
        ".uno:Print",
        ".uno:PrintDefault",
        ".uno:PrinterSetup",
        ".uno:SendMail",
        ".uno:SendMailDocAsPDF",
        ".uno:SendMailDocAsMS",
        ".uno:SendMailDocAsOOo",
        ".uno:OpenFromWriter",
        ".uno:Open",
        ".uno:OpenRemote",
        ".uno:OpenUrl",
        ".uno:AddDirect",
        ".uno:NewDoc",
        ".uno:Reload",
        ".uno:EditDoc",
        ".uno:ReadOnlyDoc",
        ".uno:RunMacro",
        ".uno:MacroDialog",
        ".uno:BasicIDEAppear",
        ".uno:OpenHyperlinkOnCursor",
        ".uno:CheckOut",
        ".uno:HelpIndex",
        ".uno:ExtendedHelp",
        ".uno:About",
        ".uno:SignPDF",
        ".uno:Signature",
        ".uno:ExportDialog",
        ".uno:SetDocumentProperties",
        ".uno:BrowseView",
        # these open UI that aborts a headless soffice (seen: exit code 134 / bridge disposed mid-call)
        ".uno:InsertAnnotation",
        ".uno:AutoFormatRedlineApply",
        ".uno:CommentChangeTracking",
        ".uno:ShowTipOfTheDay",
    }
)

# Menu entries that are lists filled at run time, not commands.
DYNAMIC_MENUS = frozenset({".uno:PickList", ".uno:WindowList", ".uno:RecentFileList", ".uno:ShowAnnotations"})

# Commands that throw away a whole structure at once: an agent confirms before running them (UFO's
# CONFIRM status). Deleting a selection is ordinary editing, unless the selection is the whole document.
DESTRUCTIVE_COMMANDS = frozenset({".uno:DeleteTable", ".uno:DeleteRows", ".uno:DeleteColumns"})
# Commands that delete the current selection (destructive when it spans the whole document).
DELETING_COMMANDS = frozenset({".uno:Delete", ".uno:Cut", ".uno:SwBackspace"})

COLORS: dict[str, int] = {
    "black": 0x000000,
    "white": 0xFFFFFF,
    "red": 0xFF0000,
    "dark red": 0x800000,
    "green": 0x00A933,
    "dark green": 0x006400,
    "blue": 0x2A6099,
    "light blue": 0x729FCF,
    "dark blue": 0x000080,
    "yellow": 0xFFFF00,
    "orange": 0xFF8000,
    "purple": 0x7030A0,  # Word's Purple: hue 276; HTML purple (hue 300) reads as magenta
    "magenta": 0xFF00FF,
    "cyan": 0x00FFFF,
    "gray": 0x808080,
    "grey": 0x808080,
    "brown": 0x8B4513,
    "pink": 0xFFC0CB,
    "lime": 0x81D41A,
    "teal": 0x008080,
    "gold": 0xFFBF00,
}


def parse_color(value: str) -> int:
    """Colour name or ``#RRGGBB`` to an RGB int.

    >>> hex(parse_color("Red")), hex(parse_color("#00ff00"))
    ('0xff0000', '0xff00')
    >>> hex(parse_color("purple"))  # Word's Purple, a purple by any hue; HTML's #800080 reads as magenta
    '0x7030a0'
    >>> parse_color("plaid")
    Traceback (most recent call last):
    ...
    ValueError: unknown colour 'plaid'; use #RRGGBB or one of black, white, red, ...
    """
    v = str(value).strip().lower()
    if v.startswith("#") and len(v) == 7:
        return int(v[1:], 16)
    if v in COLORS:
        return COLORS[v]
    raise ValueError(f"unknown colour {value!r}; use #RRGGBB or one of {', '.join(list(COLORS)[:3])}, ...")


def clean_label(label: str) -> str:
    """UI label as a user reads it: mnemonic ``~`` and dialog ``...`` removed.

    >>> clean_label("Insert ~Table..."), clean_label("~Unordered List")
    ('Insert Table', 'Unordered List')
    """
    return label.replace("~", "").removesuffix("...").removesuffix("…").strip()
