"""Sections named by a word of their heading: "the ingredients list", "the three events", "question three".

"The discussion paragraphs" and "the second decision" too. Readers of :mod:`lamforge.text.references`, kept apart so
that module stays one job: each returns a ``section`` target whose text is the word; :mod:`lamforge.text.locate`
finds the heading it names (its exact text, its singular or plural, or its last word) and the lines under it.
"""

from __future__ import annotations

import re

from lamforge.text.numbers import cardinal, number_pattern, ordinal, ordinal_pattern
from lamforge.text.reference_target import QUOTED, Target, meaningful, number_of
from lamforge.text.vocab import INSTRUCTION_WORDS

_ORD = rf"(?P<ord>{ordinal_pattern()})"


# "the ingredients list", "the Method steps": the lines under the heading that word names
_NAMED_LIST = re.compile(r"\bthe\s+(?P<name>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?)\s+"
                         r"(?:list\b(?!\s+(?:item|entr|head))|steps\b)",
                         re.IGNORECASE)


_NOT_A_NAME = re.compile(r"(?:bullet(?:ed)?|numbered|whole|entire|full|first|last|second|next|same|new)$",
                         re.IGNORECASE)


# "the second decision": the nth line under the heading that noun names ("Decisions"), when the document has one
_NTH_OF_NAMED = re.compile(rf"\bthe\s+{_ORD}\s+(?P<name>[A-Za-z][\w-]+)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:of|in|under|from)\s+(?:the\s+)?(?P<what>[\w-]+)", re.IGNORECASE)
_COLOUR_WORDS = frozenset("red blue green yellow orange purple pink grey gray black white brown".split())


def named_list(clause: str) -> Target | None:
    """The lines under the heading a list's name names ("the ingredients list", "the Method steps")."""
    for m in _NAMED_LIST.finditer(clause):
        name = m.group("name")
        if (meaningful(name) or len(name.split()) > 1 and name[:1].isupper()) and not _NOT_A_NAME.match(name):
            return Target("section", m.group(0), text=name, nth=1, count=0)
    return None


# "the discussion paragraphs", "the Method lines": the paragraphs under the heading that word names (read late:
# every position or content reading comes first)
_NAMED_PARAGRAPHS = re.compile(r"\bthe\s+(?P<name>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?)\s+"
                               r"(?:paragraphs|paras|lines|bullets|bullet\s+points|items|points|entries)\b",
                               re.IGNORECASE)


# "the three events": a count of a plural a heading names ("Upcoming Events"), the lines under it
# ("all three house rules": "all" instead of "the", and a two-word name)
_COUNTED_NAME = re.compile(rf"(?:\bthe|\ball)\s+(?P<num>{number_pattern()})\s+"
                           r"(?P<name>(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\b", re.IGNORECASE)


def named_paragraphs(clause: str) -> Target | None:
    """The paragraphs of a section named by its heading's word ("the discussion paragraphs", "the three events").

    >>> t = named_paragraphs("Set line spacing to double for the discussion paragraphs"); (t.kind, t.text, t.count)
    ('section', 'discussion', 0)
    >>> t = named_paragraphs("bold the three events"); (t.kind, t.text, t.count, t.words)
    ('section', 'events', 3, 'the three events')
    >>> named_paragraphs("Make all three house rules italic").text
    'house rules'
    >>> t = named_paragraphs("justify the two refund paragraphs"); (t.text, t.count)
    ('refund', 2)
    >>> named_paragraphs("bold the last three paragraphs") is None, named_paragraphs("the two lines") is None
    (True, True)
    """
    for m in _NAMED_PARAGRAPHS.finditer(clause):
        name = m.group("name")
        words = name.lower().split()
        counted = len(words) == 2 and cardinal(words[0]) is not None  # "the two refund paragraphs"
        if counted:
            name = name.split()[1]
            words = words[1:]
        if (meaningful(name) and not _NOT_A_NAME.match(name)
                and all(ordinal(w) is None and cardinal(w) is None for w in words)):
            return Target("section", m.group(0), text=name, nth=1, count=number_of(m.group("name").split()[0], 0)
                          if counted else 0)
    for m in _COUNTED_NAME.finditer(clause):
        name = m.group("name")
        if meaningful(name) and name.lower() not in INSTRUCTION_WORDS | _NOT_NUMBERED_NAME:
            count = number_of(m.group("num"), 0)  # "the three events": the first three lines under the heading
            return Target("section", m.group(0), text=name, nth=1, count=count)
    return None


# "question three", "task 2": a heading's word and a number (units, sizes and the document's own parts are not)
_NAMED_NUMBER = re.compile(rf"\b(?P<name>[A-Za-z][a-z-]+)\s+(?:number\s+|no\.\s*)?(?P<num>{number_pattern()})\b"
                           r"(?!\s*(?:pt|points?|px|%|cm|mm|inch|inches|am|pm)\b|[.,:]\d)", re.IGNORECASE)
_NOT_NUMBERED_NAME = frozenset({"row", "rows", "column", "columns", "col", "table", "tables", "cell", "cells", "page",
                                "pages", "paragraph", "paragraphs", "para", "paras", "heading", "headings", "header",
                                "level", "section", "line", "lines", "item", "items", "bullet", "bullets", "point",
                                "points", "step", "steps", "size", "font", "spacing", "style", "title", "version",
                                "figure", "chapter", "part", "to", "by", "of", "and"})


def nth_of_named(clause: str) -> Target | None:
    """The last readings tried: "the second decision" or "question three" as a line of the section a heading names.

    >>> t = nth_of_named("make question three italic"); (t.kind, t.text, t.nth, t.words)
    ('section', 'question', 3, 'question three')
    >>> nth_of_named("highlight the first reminder in yellow").text, nth_of_named("bold the first word of it")
    ('reminder', None)
    >>> [nth_of_named(c) for c in ("bold row 3", "set it to size 14", "make it Heading 2", "change 40 to 45")]
    [None, None, None, None]
    """
    for m in _NTH_OF_NAMED.finditer(clause):
        name = m.group("name")
        place = _PLACE_AFTER.match(clause, m.end())
        if place and place.group("what").lower() not in INSTRUCTION_WORDS | _COLOUR_WORDS:
            continue  # "the first word of X": a part of something else ("in yellow" says how)
        if meaningful(name) and name.lower() not in INSTRUCTION_WORDS and not _NOT_A_NAME.match(name):
            return Target("section", m.group(0), text=name, nth=number_of(m.group("ord")), count=1, after=True)
    for m in _NAMED_NUMBER.finditer(re.sub(QUOTED, " ", clause)):
        name = m.group("name")
        if (meaningful(name) and name.lower() not in INSTRUCTION_WORDS | _NOT_NUMBERED_NAME
                and 0 < (n := number_of(m.group("num"), 0)) < 50):
            return Target("section", m.group(0), text=name, nth=n, count=1, after=True)
    return None


# "the pieces in Part Two", "the 2nd piece in 'Part One'": the lines of the section a capitalised or quoted heading
# name heads, by whatever noun the request calls them (tried late: the readers of lines, items and paragraphs first)
_MEMBERS_IN = re.compile(
    rf"\bthe\s+(?:{_ORD}\s+)?(?P<noun>[a-z][\w-]+)\s+(?:in|under|of|from)\s+(?:the\s+)?"
    rf"(?P<name>{QUOTED}|[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'-]*){{0,3}})(?:\s+(?:section|part|heading|list))?(?!\w)")
_NOT_MEMBERS = frozenset("word words letter letters character characters sentence sentences cell cells row rows column "
                         "columns table tables font size colour color text title heading headings end start top bottom "
                         "rest number digit name names beginning middle spacing style case".split())


def members_in(clause: str) -> Target | None:
    """The lines of a section named by its heading, called by any noun: all of them, or the nth.

    >>> t = members_in("bold the pieces in Part Two"); (t.text, t.nth, t.count, t.words)
    ('Part Two', 1, 0, 'the pieces in Part Two')
    >>> t = members_in("the 2nd piece in 'Part One' should be underlined"); (t.text, t.nth, t.count)
    ('Part One', 2, 1)
    >>> members_in("make the first word in Results bold") is None
    True
    """
    for m in _MEMBERS_IN.finditer(clause):
        noun, name = m.group("noun").lower(), m.group("name").strip("'\"\u2018\u2019\u201c\u201d")
        if noun in _NOT_MEMBERS or noun in INSTRUCTION_WORDS or not (meaningful(name) or len(name.split()) > 1):
            continue
        if m.group("ord"):
            return Target("section", m.group(0), text=name, nth=number_of(m.group("ord")), count=1)
        if noun.endswith("s"):
            return Target("section", m.group(0), text=name, nth=1, count=0)
    return None
