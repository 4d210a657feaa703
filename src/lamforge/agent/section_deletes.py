"""A section deleted by its heading's name: "remove the 'Dress code' section" is its heading and text, by number.

The model reads "the 'X' section" as the heading's text (the section readers give formatting requests the lines
under a heading); deleting a section takes the heading with it. So "delete / remove the 'X' section" becomes the
paragraph range the delete families are trained on ("delete paragraphs 6 to 7"): the heading through the last
paragraph before the next heading of the same level or higher. Only when X is one heading and no table sits in
the section (a paragraph range does not take a table with it).
"""

from __future__ import annotations

import re
from typing import Any

_DELETE_SECTION = re.compile(
    r"\b(?P<verb>delete|remove|erase|cut|drop|get\s+rid\s+of|take\s+out)\s+(?:the\s+)?(?:whole\s+|entire\s+)?"
    r"(?:(?P<x>'[^']+'|\"[^\"]+\")\s+(?:section|part)|(?:section|part)\s+(?:called\s+|named\s+)?"
    r"(?P<y>'[^']+'|\"[^\"]+\"))(?:\s+(?:entirely|completely|altogether))?", re.IGNORECASE)


def delete_section(request: str, view: Any) -> str:
    """"Remove the 'Dress code' section" as the paragraph range from its heading to the section's end.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "title", "Handbook"), ViewParagraph(2, "heading 1", "Dress code"),
    ...              ViewParagraph(3, "body", "Wear a tunic."), ViewParagraph(4, "heading 1", "Sickness"),
    ...              ViewParagraph(5, "body", "Call us.")), ())
    >>> delete_section("remove the 'Dress code' section", v), delete_section("delete the 'Sickness' section", v)
    ('remove paragraphs 2 to 3', 'delete paragraphs 4 to 5')
    >>> delete_section("bold the 'Dress code' section", v), delete_section("delete the 'Wear' section", v)
    ("bold the 'Dress code' section", "delete the 'Wear' section")
    """
    m = _DELETE_SECTION.search(request)
    if m is None:
        return request
    name = (m.group("x") or m.group("y"))[1:-1].strip().lower()
    paras = list(view.paragraphs)
    heads = [i for i, p in enumerate(paras) if p.role.startswith("heading") and p.text.strip().lower() == name]
    if len(heads) != 1:
        return request
    h = heads[0]
    level = _level(paras[h].role)
    end = h
    for p in paras[h + 1:]:
        if p.role == "title" or p.role.startswith("heading") and _level(p.role) <= level:
            break
        end += 1
    while end > h and paras[end].role == "empty":
        end -= 1
    first, last = paras[h].number, paras[end].number
    if last == first or any(first <= t.after < last for t in view.tables):
        return request
    return f"{request[:m.start()]}{m.group('verb')} paragraphs {first} to {last}{request[m.end():]}"


def _level(role: str) -> int:
    """A heading role's level ("heading 2" → 2; a bold line read as a heading: 9, below every styled one)."""
    digits = re.findall(r"\d", role)
    return int(digits[0]) if digits else 9
