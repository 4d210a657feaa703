"""Which of Writer's destructive commands a request itself asks for: the user's words are the yes.

Delete Rows, Delete Columns and Delete Table need a confirmation (:data:`lamforge.app.commands.DESTRUCTIVE_COMMANDS`).
"Delete the Sunday row" asks for Delete Rows in so many words, so running it needs no second question; "remove the
bold from the header row" or "delete 'Sunday'" ask for no such thing. The agent's CONFIRM policy and the grounding
expert read the request the same way here.
"""

from __future__ import annotations

import re

_DELETE_VERB = r"(?:delete|remove|drop|erase|strike|get\s+rid\s+of|take)"
# the words between the verb and the noun: a name ("the 'Paddle stuck in loaf'"), not what is taken off the row
_NOT_OBJECT = (r"from|to|with|on|bold\w*|italic\w*|underlin\w*|highlight\w*|colou?r\w*|shading|format\w*|"
               r"text|contents?|words?|values?|numbers?|entr(?:y|ies)|spaces?|lines?|borders?")
_OBJECT_WORDS = rf"(?:(?!(?:{_NOT_OBJECT})\b)[\w'\"\u2018\u2019\u201c\u201d()-]+\s+){{0,6}}?"


_NOUNS = {"row": ".uno:DeleteRows", "column": ".uno:DeleteColumns", "table": ".uno:DeleteTable"}
_ASKED = re.compile(rf"\b{_DELETE_VERB}\s+(?:{_OBJECT_WORDS}(?P<noun>row|column)s?|(?:(?:the|this|that|whole|entire|"
                    rf"empty|first|second|last)\s+)*(?P<table>table)s?)\b", re.IGNORECASE)
_IT = re.compile(rf"\b{_DELETE_VERB}\s+(?:it|them)\b", re.IGNORECASE)  # "Row 2 is not needed: delete it"
_FIRST_NOUN = re.compile(r"\b(row|column|table)s?\b", re.IGNORECASE)


def requested_commands(request: str) -> frozenset[str]:
    """The destructive commands ``request`` asks for by name.

    >>> sorted(requested_commands("Get rid of the Sunday row, then delete table 2"))
    ['.uno:DeleteRows', '.uno:DeleteTable']
    >>> sorted(requested_commands("Row 2 of the table is not needed: delete it."))
    ['.uno:DeleteRows']
    >>> requested_commands("remove the bold from the header row"), requested_commands("delete 'Sunday' in the table")
    (frozenset(), frozenset())
    >>> requested_commands("remove the text in row 2"), requested_commands("take out the Rest of the world row")
    (frozenset(), frozenset({'.uno:DeleteRows'}))
    """
    asked = {_NOUNS[(m.group("noun") or m.group("table")).lower()] for m in _ASKED.finditer(request)}
    for sentence in re.split(r"[.;!?]\s+", request):  # "it": the first of the nouns in its sentence
        it, noun = _IT.search(sentence), _FIRST_NOUN.search(sentence)
        if it and noun and noun.start() < it.start():
            asked.add(_NOUNS[noun.group(1).lower()])
    return frozenset(asked)
