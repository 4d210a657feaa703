"""Word lists shared by every reader of requests: function words and instruction words.

A run of a request's words names document text only when it carries a word that is neither a function word
("the", "of", "could") nor an instruction word ("bold", "paragraph", "everywhere"); the task phrasings decide
which targets a person could name without quotes by the same lists, so the two cannot drift apart.
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset("""
a an the this that these those it its it's i i'd i'm me my we our you your he she they them their of to in on at
by for with from into onto over under about as and or but so if then than also too very just please thanks thank
can could would will should shall may might must do does did done be is are was were been being have has had get
got let lets let's want need like some any all every each both other another more most less least much many one
two three four five six here there where when which what who whose how up down out off again now only same such
own no not don't dont after before below above beneath under top bottom end start beginning first second third
last final next following previous without nor until since his her
""".split())
INSTRUCTION_WORDS = frozenset("""
make set turn put change use apply give bump raise lower increase decrease switch convert format reformat mark
render show style restyle type write insert add append remove delete erase drop cut kill clear replace
swap substitute find select highlight colour color paint bold italic italics 
italicize underline underlined strikethrough strike cross struck crossed superscript subscript uppercase
lowercase upper lower case caps capital capitals capitalize letters letter title titles heading
headings header subheading paragraph paragraphs para line lines sentence sentences word words phrase phrases
text texts bit part passage section sections item items entry cell cells row rows column columns table tables
list lists bullet bullets bulleted numbered numbering number numbers document doc file page pages everywhere
throughout whole entire font fonts size sized point points pt spacing spaced space double single indent
indented indentation align aligned alignment left right center centre centered middle justify justified
landscape portrait orientation break level body normal default plain regular bigger smaller larger new old
instead yellow
""".split())
