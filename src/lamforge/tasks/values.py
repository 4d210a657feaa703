"""Parameter values per split: the test splits use values that training never sees.

Each pair is (train values, held-out values). Template defaults are excluded so that every task
changes something (``BODY_FONT``, ``BODY_SIZE_PT`` of the template renderer).
"""

from __future__ import annotations

FONT_SIZES = ((9, 10, 12, 14, 16, 18, 24), (13, 15, 20, 22, 28, 36))
FONT_NAMES = (
    ("Liberation Serif", "Liberation Mono", "DejaVu Sans", "DejaVu Serif", "Times New Roman", "Arial",
     "Courier New", "Georgia"),
    ("DejaVu Sans Mono", "Verdana", "Garamond", "Trebuchet MS", "Palatino Linotype"),
)
# Names the env's colour box accepts (lamforge.app.commands.COLORS).
FONT_COLORS = (
    ("red", "blue", "green", "orange", "purple", "dark red", "dark blue", "gray", "brown"),
    ("dark green", "magenta", "light blue", "gold", "teal", "pink"),
)
# Highlighting is saved as one of Word's 16 highlight colours, so only exact ones are used.
HIGHLIGHTS = (("yellow", "cyan", "red", "gray"), ("magenta", "teal", "dark red"))
LINE_SPACINGS = (("1", "1.5", "2"), ("1.25", "2.5"))
BASE_SPACING = 1.15  # the templates' Normal line spacing (python-docx default document)
HEADING_LEVELS = ((1, 2), (3,))
TABLE_SHAPES = (
    tuple((r, c) for r in (2, 3, 4) for c in (2, 3, 4)),
    tuple((r, c) for r in (5, 6) for c in (2, 3, 5)) + ((3, 5), (2, 6)),
)

# Cell values typed into tables (no key-modifier characters: + ^ % { } are keys to keyboard_input).
CELL_VALUES = (
    ("Pending", "Done", "42", "May 30", "Confirmed", "7 dollars", "Not started", "19", "Approved", "3.5 hours",
     "Week 5", "Ongoing", "1,200", "Cancelled", "Noon"),
    ("To be decided", "Complete", "88", "October 2", "Waitlisted", "11 dollars", "In review", "Evening",
     "Week 9", "2,750"),
)

# Sentences typed into documents (plain ASCII, no key-modifier characters).
NEW_SENTENCES = (
    ("This section was reviewed by the editorial team.", "Further details will follow next week.",
     "Please keep this page for your records.", "All figures were checked twice.",
     "The committee will revisit this point in spring.", "Contact the office with any questions.",
     "This note replaces the earlier version.", "A summary will be shared after the meeting.",
     "Nothing else has changed since the last update.", "Everyone is welcome to attend.",
     "The deadline has been extended by one week.", "Copies are available at the front desk.",
     "See the appendix for the full list.", "This paragraph was added at the request of the board.",
     "We thank all volunteers for their help."),
    ("An updated schedule will be posted online.", "This information is accurate as of today.",
     "Questions may be sent by email at any time.", "The next review is planned for autumn.",
     "Parking is free after six in the evening.", "This point was added after the discussion.",
     "A printed copy can be requested by post.", "Late submissions will not be accepted."),
)
# Names that replace a repeated name in "replace all" tasks.
NEW_NAMES = (
    ("Blue Heron", "Northwind", "Summit", "Clearwater", "Redwood", "Silverline", "Maplestone", "Bright Harbor"),
    ("Copper Ridge", "Lakeshore", "Golden Gate", "Evergreen", "Stonebridge"),
)
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "fifteen", "twenty", "thirty", "forty", "fifty", "sixty")
