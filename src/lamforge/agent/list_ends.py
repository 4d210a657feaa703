"""A new item at the end of the document's list: "add 'Bring gloves' as a new bullet at the end of the list".

The model is trained to add a paragraph after a named one ("add a new paragraph saying X after Y"); at the end of a
list, Writer continues the list in the new paragraph. So a quoted new item put at the end of "the list" (or "as a
new bullet", "to the list") is said that way, after the list's last item, when the document holds one list.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.text.explicit import quote

_NEW_ITEM = re.compile(
    r"\b(?P<verb>add|insert|put|append)\s+(?P<x>'[^']+'|\"[^\"]+\")\s+(?:as\s+)?(?:a\s+|an\s+)?(?:new\s+|extra\s+)?"
    r"(?:(?:bullet|item|point|line|entry)(?:\s+point)?\s*)?(?:(?:at|to)\s+the\s+(?:end|bottom)\s+of|to|on)\s+"
    r"the\s+(?:bulleted\s+|numbered\s+)?(?:list|bullets|bullet\s+points|items)\b"
    # "add a bullet at the end of the house list saying spare blankets are in the cupboard"
    r"|\b(?P<verb2>add|insert|put|append)\s+(?:a\s+|an\s+|one\s+)?(?:new\s+|extra\s+|more\s+)?"
    r"(?:(?:bullet|item|point|line|entry)(?:\s+point)?\s+|(?<=more\s))(?:(?:at|to)\s+the\s+(?:end|bottom)\s+of|to|on)\s+"
    r"the\s+(?:[\w-]+\s+){0,3}?(?:list|bullets|bullet\s+points|items)(?:\s*:|\s+(?:saying|that\s+says|which\s+says|reading|"
    r"with\s+the\s+text))\s+(?P<y>[^'\"]+?)\s*[.!?]?$", re.IGNORECASE)


def last_item(request: str, view: Any) -> str:
    """"Add 'X' as a new bullet at the end of the list" as "add a new paragraph saying 'X' after 'LAST ITEM'".

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "body", "Hi all,"), ViewParagraph(2, "bullet", "Wear shoes"),
    ...              ViewParagraph(3, "bullet", "Bring water"), ViewParagraph(4, "body", "Cheers,")), ())
    >>> last_item("can you add 'Bring gloves' as a new bullet at the end of the list?", v)
    "can you add a new paragraph saying 'Bring gloves' after 'Bring water'?"
    >>> last_item("add a bullet at the end of the kit list saying gloves are in the shed", v)
    "add a new paragraph saying 'Gloves are in the shed' after 'Bring water'"
    >>> last_item("add one more bullet at the end of the kit list: Gloves, for the brambles", v)
    "add a new paragraph saying 'Gloves, for the brambles' after 'Bring water'"
    >>> last_item("add one more to the kit list: Gloves", v)
    "add a new paragraph saying 'Gloves' after 'Bring water'"
    >>> last_item("add 'Bring gloves' after the title", v)
    "add 'Bring gloves' after the title"
    """
    m = _NEW_ITEM.search(request)
    if m is None:
        return request
    items = [p for p in view.paragraphs if p.role in ("bullet", "numbered")]
    runs = [i for i, p in enumerate(items) if i == 0 or p.number != items[i - 1].number + 1]
    if not items or len(runs) != 1:
        return request
    verb, new = (m.group("verb"), m.group("x")) if m.group("verb") else (m.group("verb2"), m.group("y"))
    if not m.group("verb"):  # said in the request's own sentence: capitalised as the list's items are
        new = quote(new[:1].upper() + new[1:] if all(p.text[:1].isupper() for p in items) else new)
    return f"{request[:m.start()]}{verb.lower()} a new paragraph saying {new} after " \
           f"{quote(items[-1].text)}{request[m.end():]}"
