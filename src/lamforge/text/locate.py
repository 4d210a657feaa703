"""Where a target a request names is in a document: paragraphs by number, table cells, the whole document, a text.

:func:`locate` takes a :class:`~lamforge.text.references.Target` (what :func:`~lamforge.text.references.find_target`
read from a request) and a document given as numbered paragraphs with roles (the document view's) and tables of
cell texts, and answers with a :class:`Spot`, or None when the document does not show the target unambiguously.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lamforge.text.contacts import CONTACTS, contact_span, phone_in
from lamforge.text.label_match import norm as _norm
from lamforge.text.label_match import shortened as _shortened
from lamforge.text.label_match import shorter_words as _shorter_words
from lamforge.text.label_match import singular
from lamforge.text.reference_target import Paragraph, Table, Target
from lamforge.text.reference_target import meaningful as _meaningful
from lamforge.text.references import find_target
from lamforge.text.table_cells import Spot, locate_cells
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

__all__ = ["CLOSINGS", "GREETINGS", "Spot", "find_target", "locate"]


CLOSINGS = re.compile(
    r"^(?:with\s+(?=best|kind|warm|many))?(?:yours\s+(?:sincerely|truly|faithfully)|sincerely(?:\s+yours)?|best(?:\s+regards|\s+wishes)?|"
    r"kind(?:est)?\s+regards|warm(?:est)?\s+regards|regards|many\s+thanks|thanks(?:\s+again)?|thank\s+you|"
    r"cheers|respectfully(?:\s+yours)?|cordially|with\s+(?:thanks|gratitude|appreciation)|all\s+the\s+best|"
    r"(?:lots\s+of\s+|with\s+|all\s+my\s+)?love|warm(?:est)?\s+wishes|take\s+care|see\s+you\s+soon)\b[,.!]?",
    re.IGNORECASE,
)
GREETINGS = re.compile(r"^(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|to\s+whom|greetings)\b", re.I)


TEXT_ROLES = ("body", "bullet", "numbered")
_SENTENCES = re.compile(r"[^.!?]*[.!?]+(?:\s+|$)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")  # a paragraph of more than one sentence


def _pick(seq: Sequence[Paragraph], nth: int) -> Paragraph | None:
    if nth > 0 and nth <= len(seq):
        return seq[nth - 1]
    if nth < 0 and -nth <= len(seq):
        return seq[nth]
    return None


def locate(target: Target, paragraphs: Sequence[Paragraph], tables: Sequence[Table] = ()) -> Spot | None:
    """Where ``target`` is in a document of numbered ``paragraphs`` (number, role, text) and ``tables``.

    None when it is not there or not there unambiguously (two headings read the name, fewer paragraphs than
    the ordinal ...): the caller then says so instead of guessing.

    >>> doc = [(1, "title", "Minutes"), (2, "body", "We met."), (3, "heading 1", "Seeds"), (4, "bullet", "Tulips"),
    ...        (5, "bullet", "Roses"), (6, "body", "Sincerely,"), (7, "body", "Ana Lopez")]
    >>> locate(find_target("bold the title"), doc) == Spot("paragraphs", 1, 1)
    True
    >>> locate(find_target("italicise the last bullet"), doc).start
    5
    >>> locate(find_target("centre the signature"), doc).start, locate(find_target("the Seeds heading"), doc).start
    (7, 3)
    >>> locate(find_target("bold the Roses row"), doc) is None
    True
    >>> t = [[["Day", "Time"], ["Monday", "6pm"]], [["Membership", "Price"], ["Student or over-65", "£22"]]]
    >>> locate(find_target("put the student row in italics"), doc, t).table  # the one table with such a row
    2
    >>> locate(find_target("enlarge the title"), [(1, "heading 1", "Packing"), (2, "bullet", "Hat")]).start
    1
    """
    kind = target.kind
    if kind == "whole":
        return Spot("all")
    if kind == "table":
        return Spot("table", table=target.table) if 1 <= target.table <= len(tables) else None
    if kind == "cells":
        found = locate_cells(target, tables)
        if found is None and (target.row_name or target.column_name) and target.table == 1 and len(tables) > 1:
            # "the student row" where the first table has none: the one other table that has it
            others = [s for t in range(2, len(tables) + 1) if (s := locate_cells(replace(target, table=t), tables))]
            found = others[0] if len(others) == 1 else None
        return found
    if kind == "sentence":
        return _locate_sentence(target, paragraphs)
    found = _locate_paragraphs(target, paragraphs, tables)
    if found is None:
        return None
    if isinstance(found, Spot):
        return found
    return Spot("paragraphs", found[0], found[1], words=found[2] if len(found) > 2 else "")


def _named(name: str, after: bool, candidates: Sequence[Paragraph], *, fuzzy: bool = True
           ) -> tuple[Paragraph, str] | None:
    """The one paragraph among ``candidates`` whose text is ``name`` or its longest shorter reading."""
    for used in _shortened(name, after):
        want = _norm(used)
        hits = [p for p in candidates if _norm(p[2]) == want]
        if len(hits) == 1:
            return hits[0], used
        if len(hits) > 1:
            return None
    for used in _shortened(name, after):  # "the last tip" of the Tips section: singular and plural alike
        want = singular(_norm(used))
        hits = [p for p in candidates if singular(_norm(p[2])) == want]
        if len(hits) == 1:
            return hits[0], used
        if len(hits) > 1:
            return None
    # one word of a longer name ("the three events" under "Upcoming Events"): the one heading ending in it
    if len(name.split()) == 1:
        want = singular(_norm(name))
        hits = [p for p in candidates if p[1].startswith("heading") and _norm(p[2]).split()[-1:]
                and singular(_norm(p[2]).split()[-1]) == want]
        if len(hits) == 1:
            return hits[0], name
        # or starting with it, before "of" ("the last condition" under "Conditions of hire")
        hits = [p for p in candidates if p[1].startswith("heading") and re.match(r"\S+\s+(?:of|for)\s", _norm(p[2]))
                and singular(_norm(p[2]).split()[0]) == want]
        if len(hits) == 1:
            return hits[0], name
    if not fuzzy:
        return None
    # a misspelt name ("the summery heading"): the one candidate within a letter or two of it
    from rapidfuzz import fuzz

    want = _norm(name)
    close = [p for p in candidates if len(want) >= 5 and fuzz.ratio(_norm(p[2]), want) >= 85]
    return (close[0], name) if len(close) == 1 else None


def _locate_paragraphs(target: Target, paragraphs: Sequence[Paragraph], tables: Sequence[Table] = ()
                       ) -> tuple | Spot | None:
    kind = target.kind
    nonempty = [p for p in paragraphs if p[2].strip()]
    if kind == "role" and target.role in CONTACTS:
        return _contact(target.role, nonempty)
    if kind == "role":
        p = _role_paragraph(target.role, paragraphs)
        return (p[0], p[0]) if p else None
    if kind == "heading":
        heads = [p for p in paragraphs if p[1].startswith("heading")]
        if target.text:
            hit = _named(target.text, target.after, heads) or _named(target.text, target.after, nonempty)
            if hit is None:
                return None
            (p, used) = hit
            return p[0], p[0], _shorter_words(target.words, target.text, used)
        if target.count == 0 and not heads:  # "the heading" of a document whose one heading line is its title
            titled = [p for p in nonempty if p[1] == "title"]
            return (titled[0][0], titled[0][0]) if len(titled) == 1 else None
        if target.count == 0 and len(heads) != 1:
            main = _main_heading(heads)  # "the heading" of a document with one top-level heading over subheadings
            top = nonempty[0] if nonempty else None
            if (main is None and target.role == "bare" and heads and top is not None and top[0] < heads[0][0]
                    and (top[1] == "title" or _title_like(top, nonempty))):
                main = top  # a title line above section headings of one level
            return (main[0], main[0]) if main else None  # several of the top level: ambiguous
        p = _pick(heads, target.nth)
        return (p[0], p[0]) if p else None
    if kind == "items":
        roles = {"bullet": ("bullet",), "numbered": ("numbered",)}.get(target.role, ("bullet", "numbered"))
        items = [p for p in paragraphs if p[1] in roles and p[2].strip()]
        if not items or not _adjacent(items, paragraphs):
            return None  # no list, or several lists: "the second item" could be either
        if target.count == 0:
            return items[0][0], items[-1][0]
        return _run(items, target.nth, target.count, paragraphs)
    if kind == "section":
        return _locate_section(target, paragraphs)
    if kind == "paragraphs":
        count = target.last - target.nth + 1 if target.last else target.count  # "the second and third paragraphs"
        # "the second paragraph", "the first two paragraphs", "paragraphs 3 to 5": as the document runs, the title
        # and headings too, as Writer numbers them and as people writing requests count them (the view's numbers)
        return _run(nonempty, target.nth, count, paragraphs)
    if kind == "content":
        if target.role == "sentence" and target.how == "contains":  # "the sentence about headsets"
            return _content_sentence(target, nonempty)
        found = _content_paragraph(target, nonempty)
        text = next((t for n, _, t in nonempty if found and n == found[0]), "")
        if target.role == "sentence" and _SENTENCE_BREAK.search(text):
            return None  # "the sentence starting with X" in a paragraph of several sentences is not the paragraph
        return found
    if kind == "described":
        p = _described_paragraph(target, paragraphs)
        return (p[0], p[0]) if p else None
    if kind == "label":  # "the rating": the one line opening with "Rating:"
        hits = [p for p in nonempty if (m := re.match(r"([^:]{1,30}):", p[2].strip()))
                and _same_word(target.text.lower(), m.group(1).strip().lower())]
        if len(hits) == 1:
            return hits[0][0], hits[0][0]
        if hits or not re.fullmatch(r"[a-z-]+[^su]s", target.text.lower()) or any(
                singular(_norm(p[2])) == singular(_norm(target.text)) for p in nonempty):
            return None  # only one word in the plural names lines by what they are ("the conditions"), and not
            # the name of a heading or line of its own ("the notes" under "Notes" is read as that heading)
        section = _locate_section(Target("section", target.words, text=target.text, count=0), paragraphs,
                                  fuzzy=False)  # a word close to a heading's is no name for its lines
        return section[:2] if section else None  # "the conditions": the lines under "Conditions of hire", else
        # "the reminders": the only list, all of it
    if kind == "within":  # the word as the document spells it, and the text inside it
        anchor = target.anchor.lower()
        words = [(p[0], w) for p in nonempty for w in re.findall(r"[\w+-]+", p[2]) if w.lower() == anchor]
        words = words or [(0, w) for t in tables for row in t for cell in row  # a word of a table cell: found
                          for w in re.findall(r"[\w+-]+", cell) if w.lower() == anchor]  # by text alone
        if len({w for _, w in words}) != 1:  # one spelling; in several paragraphs the first is meant
            return None
        number, word = words[0]
        k = word.lower().find(target.text.lower())
        return Spot("text", number, number, text=word[k:k + len(target.text)], within=word)
    return None


def _adjacent(run: Sequence[Paragraph], paragraphs: Sequence[Paragraph]) -> bool:
    """Whether ``run`` is one stretch of the document (nothing but empty paragraphs between its members)."""
    members = {p[0] for p in run}
    return not any(p[2].strip() for p in paragraphs if run[0][0] <= p[0] <= run[-1][0] and p[0] not in members)


def _locate_section(target: Target, paragraphs: Sequence[Paragraph], *, fuzzy: bool = True) -> tuple | None:
    heads = [p for p in paragraphs if p[1].startswith("heading")]
    labels = [p for p in paragraphs if _label_line(p)]
    hit = _named(target.text, target.after, heads, fuzzy=fuzzy) or _named(target.text, target.after, labels,
                                                                             fuzzy=fuzzy)
    if hit is None:
        return _only_list_member(target, paragraphs)
    head, used = hit
    by_label = not head[1].startswith("heading")  # "Results" on a plain line of its own heads what follows it
    members = []
    for p in paragraphs:
        if p[0] <= head[0] or not p[2].strip():
            continue
        if p[1].startswith("heading") or p[1] in ("title", "subtitle") or (by_label and _label_line(p)):
            break
        members.append(p)
    if not members:
        return None
    members = _items_first(members, target)
    words = _shorter_words(target.words, target.text, used)
    if target.count == 0:
        return members[0][0], members[-1][0], words
    if target.count == -1:  # "the paragraph under X": the section's only one (under a plain label: the next one)
        return (members[0][0], members[0][0], words) if len(members) == 1 or by_label else None
    run = _run(members, target.nth, target.count, paragraphs)
    return (*run, words) if run else None


def _only_list(target: Target, paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The document's one list, when a noun no heading, label or line of it names may name its items.

    "The first reminder", "make the reminders a numbered list": what the only list holds, by a noun for it that
    the document does not use (a noun it does use names what it stands in, not the list).

    >>> ps = [(1, "title", "News"), (2, "bullet", "Keep paths clear"), (3, "bullet", "Lids on water butts"),
    ...       (4, "body", "The Committee")]
    >>> [p[0] for p in _only_list(Target("section", "the first reminder", text="reminder"), ps)]
    [2, 3]
    >>> _only_list(Target("section", "the first path", text="path"), ps)
    []
    """
    noun = singular(_norm(target.text))
    if not target.words.lower().startswith("the ") or len(noun.split()) != 1 or noun in _NOT_LIST_NOUNS or any(
            singular(w) == noun for p in paragraphs for w in _norm(p[2]).split()):
        return []
    items = [p for p in paragraphs if p[1] in ("bullet", "numbered")]
    numbers = [p[0] for p in items]
    lines = [p for p in paragraphs if p[2].strip()]
    first = next((k for k, p in enumerate(lines) if items and p[0] == numbers[0]), 0)
    if not items or [p[0] for p in lines[first:first + len(items)]] != numbers:
        return []  # no list, or more than one (something stands between its items)
    return items


_NOT_LIST_NOUNS = frozenset("word letter character sentence cell row column table font size colour color text title "
                            "heading header paragraph para line page section document doc file number digit name "
                            "space spacing style case date time".split())


def _only_list_member(target: Target, paragraphs: Sequence[Paragraph]) -> tuple | None:
    """The run of the only list's items the target counts ("the first reminder"), or all of them."""
    items = _only_list(target, paragraphs)
    if not items:
        return None
    if target.count == 0:
        return items[0][0], items[-1][0], target.words
    run = _run(items, target.nth, max(target.count, 1), paragraphs)
    return (*run, target.words) if run else None


def _items_first(members: list[Paragraph], target: Target) -> list[Paragraph]:
    """"The last note" of a Notes section holding a list and a line after it: the list's last item.

    A section is counted by its list items when it holds a list and the request names its members by the
    section's own noun; "the last line under Notes" still counts every line.

    >>> ms = [(4, "numbered", "Fees are due"), (5, "numbered", "Juniors must"), (6, "body", "Treasurer: Owen")]
    >>> _items_first(ms, Target("section", "the last note", text="note", nth=-1))[-1][2]
    'Juniors must'
    >>> _items_first(ms, Target("section", "the last line under Notes", text="Notes", nth=-1))[-1][2]
    'Treasurer: Owen'
    """
    items = [p for p in members if p[1] in ("bullet", "numbered")]
    if not items or len(items) == len(members) or _LINE_WORD.search(target.words) or re.search(
            r"\bparagraphs?\b", target.words, re.IGNORECASE):
        return members
    return items


def _label_line(p: Paragraph) -> bool:
    """A plain line that stands as a section label: one to four words, no sentence punctuation.

    >>> _label_line((3, "body", "Results")), _label_line((4, "body", "Mean pH fell from 8.11 to 8.05."))
    (True, False)
    """
    text = p[2].strip()
    return p[1] == "body" and 0 < len(text.split()) <= 4 and text[-1:] not in ".,;!?" and not text[:1].islower()


_LINE_WORD = re.compile(r"\blines?\b|\bat\s+the\s+(?:very\s+)?(?:top|start|beginning)\b", re.IGNORECASE)


def _locate_sentence(target: Target, paragraphs: Sequence[Paragraph]) -> Spot | None:
    if target.inner is None:
        return None
    where = locate(target.inner, paragraphs)
    if where is None or where.kind != "paragraphs" or where.start != where.end:
        return None
    text = next((p[2] for p in paragraphs if p[0] == where.start), "")
    spans = [m.group(0).strip() for m in _SENTENCES.finditer(text) if m.group(0).strip()]
    nth = target.nth
    if not spans or not (1 <= nth <= len(spans) or 1 <= -nth <= len(spans)):
        return None
    sentence = spans[nth - 1] if nth > 0 else spans[nth]
    if text.count(sentence) != 1:
        return None
    words = target.words.replace(target.inner.words, where.words, 1) if where.words else ""
    return Spot("text", where.start, where.start, text=sentence, words=words)


def _content_sentence(target: Target, nonempty: Sequence[Paragraph]) -> Spot | tuple[int, int] | None:
    """The one sentence holding every meaningful described word (singular or plural): the sentence's text.

    >>> doc = [(1, "body", "The company provides a laptop and a headset. Staff keep them safe."), (2, "body", "Hi.")]
    >>> _content_sentence(find_target("delete the sentence about headsets"), doc).text
    'The company provides a laptop and a headset.'
    >>> _content_sentence(find_target("delete the sentence about staff"), [(1, "body", "Staff may work at home.")])
    (1, 1)
    """
    want = [w for w in _norm(target.text).split() if w not in FUNCTION_WORDS and w not in INSTRUCTION_WORDS]
    if not want:
        return None
    hits = []
    for n, _, text in nonempty:
        for m in _SENTENCES.finditer(text):
            sentence = m.group(0).strip()
            have = _norm(sentence).split()
            if sentence and all(any(_same_word(w, h) for h in have) for w in want):
                hits.append((n, text, sentence))
    if len(hits) != 1:
        return None
    (n, text, sentence), = hits
    if sentence == text.strip():  # the whole paragraph: as a paragraph
        return n, n
    return Spot("text", n, n, text=sentence) if text.count(sentence) == 1 else None


def _run(pool: Sequence[Paragraph], nth: int, count: int, paragraphs: Sequence[Paragraph]) -> tuple[int, int] | None:
    """``count`` consecutive members of ``pool`` from the ``nth`` (negative: from the end).

    They must be adjacent in the document (nothing but empty lines between) to be one selection.
    """
    count = max(count, 1)
    start = nth - 1 if nth > 0 else len(pool) + nth
    if start < 0 or start + count > len(pool):
        return None
    run = pool[start:start + count]
    if not _adjacent(run, paragraphs):
        return None
    return run[0][0], run[-1][0]


def _contact(role: str, nonempty: Sequence[Paragraph]) -> Spot | None:
    """The one e-mail address, telephone number, web address or sum the document holds, as a span of its paragraph."""
    found = contact_span(role, nonempty)
    return Spot("span", found[0], found[0], text=found[1]) if found else None


def _main_heading(heads: Sequence[Paragraph]) -> Paragraph | None:
    """The first heading when it is the only one of the top level present ("Heading 1" over "Heading 2"s).

    >>> _main_heading([(1, "heading 1", "Astronomy"), (4, "heading 2", "Grading"), (6, "heading 2", "Dates")])[2]
    'Astronomy'
    >>> _main_heading([(1, "heading 1", "Attendees"), (5, "heading 1", "Decisions")]) is None
    True
    """
    levels = [int(m.group()) if (m := re.search(r"\d+", p[1])) else 9 for p in heads]
    top = min(levels, default=9)
    return heads[0] if levels and levels[0] == top and levels.count(top) == 1 else None


def _role_paragraph(role: str, paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    nonempty = [p for p in paragraphs if p[2].strip()]
    if not nonempty:
        return None
    if role == "title":
        titled = [p for p in nonempty if p[1] == "title"]
        if titled:
            return titled[0] if len(titled) == 1 else None
        # no Title-styled line: a heading that opens the document and is the only one of its level is the title
        top = nonempty[0]
        same = [p for p in nonempty if p[1] == top[1]]
        if top[1].startswith("heading"):
            return top if len(same) == 1 else None
        return top if _title_like(top, nonempty) else None
    if role == "writer":  # "my name": the line a CV opens with, else the name signed under a letter's closing
        top = _role_paragraph("title", paragraphs)
        if top is not None and re.fullmatch(r"(?:[A-Z][\w'\u2019.-]*\s*){1,4}", top[2].strip()):
            return top
        return _role_paragraph("signature", paragraphs) or top
    if role == "byline":
        hits = [p for p in nonempty if _BYLINE.match(p[2].strip())]
        return hits[0] if len(hits) == 1 else None
    if role == "postscript":  # "lose the PS": the one line that opens with "PS" or "P.S."
        hits = [p for p in nonempty if re.match(r"P\.?\s?S\.?(?:\s|:|$)", p[2].strip())]
        return hits[0] if len(hits) == 1 else None
    if role == "under_title":
        title = _role_paragraph("title", paragraphs)
        k = nonempty.index(title) + 1 if title in nonempty else len(nonempty)
        return nonempty[k] if k < len(nonempty) else None
    if role == "subtitle":
        sub = [p for p in nonempty if p[1] == "subtitle"]
        if sub:
            return sub[0] if len(sub) == 1 else None
        title = _role_paragraph("title", paragraphs)  # no Subtitle style: a title-like line right under the title
        k = nonempty.index(title) + 1 if title in nonempty else len(nonempty)
        nxt = nonempty[k] if k < len(nonempty) else None
        return nxt if nxt is not None and _title_like(nxt, nonempty[k:]) else None
    if role == "date":  # a short line giving a date ("May 4, 2024"), or a line labelled "Date:" ("Date: 3 March, ...")
        hits = [p for p in nonempty if (len(p[2].split()) <= 8 and _DATE.search(p[2].strip()))
                or (len(p[2].split()) <= 16 and _DATE_LABEL.match(p[2].strip()))]
        return hits[0] if len(hits) == 1 else None
    if role == "contact":  # a line labelled "Contact:", else the one line giving an e-mail address or a number
        hits = [p for p in nonempty if re.match(r"(?i)(?:press\s+)?contacts?\b[^:]{0,20}:", p[2].strip())]
        hits = hits or [p for p in nonempty if CONTACTS["email"].search(p[2]) or phone_in(p[2])]
        return hits[0] if len(hits) == 1 else None
    if role == "greeting":
        hits = [p for p in nonempty if GREETINGS.match(p[2].strip())]
        return hits[0] if len(hits) == 1 else None
    closings = [i for i, p in enumerate(nonempty) if CLOSINGS.match(p[2].strip()) and len(p[2].split()) <= 5]
    # "Looking forward to meeting your dog,": a short line ending in a comma near the end closes a letter too
    closings = closings or [i for i in range(max(0, len(nonempty) - 4), len(nonempty) - 1)
                            if nonempty[i][2].strip().endswith(",") and len(nonempty[i][2].split()) <= 8][-1:]
    if role == "closing":  # no closing phrase: the short line a notice ends with signs it off
        return nonempty[closings[-1]] if closings else _role_paragraph("signature", paragraphs)
    if role == "signature":
        if closings and closings[-1] + 1 < len(nonempty):
            after = nonempty[closings[-1] + 1]
            return after if len(after[2].split()) <= 6 else None
        last = nonempty[-1]
        return last if not closings and len(last[2].split()) <= 4 and last[1] in TEXT_ROLES else None
    return None


def _title_like(top: Paragraph, nonempty: Sequence[Paragraph]) -> bool:
    """A plain first line that reads as a title: short, no sentence or label ending, more text after it.

    >>> _title_like((1, "body", "Winter Harbour"), [(1, "body", "Winter Harbour"), (2, "body", "The boats lie.")])
    True
    >>> _title_like((1, "body", "Dear Sam,"), [(1, "body", "Dear Sam,"), (2, "body", "Thanks.")])
    False
    """
    text = top[2].strip()
    return (top[1] == "body" and len(nonempty) > 1 and len(text.split()) <= 10 and text[-1:] not in ".,:;!?"
            and not GREETINGS.match(text) and not _DATE.search(text) and not any(ch.isdigit() for ch in text)
            and "@" not in text)


_BYLINE = re.compile(r"(?:[Bb]y|[Ww]ritten\s+by|[Aa]uthor:)\s+[A-Z]\S*(?:\s+\S+){0,4}$")
_DATE_LABEL = re.compile(r"date\s*:", re.IGNORECASE)
_DATE = re.compile(
    r"^date\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"  # "Monday 9 March, 10:00"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


def _same_word(want: str, have: str) -> bool:
    """``want`` (a request's word) is ``have`` (a document's), its singular or plural, or a long one misspelt."""
    from rapidfuzz import fuzz

    if want == have or want.rstrip("s") == have.rstrip("s"):
        return True
    return len(want) >= 5 and fuzz.ratio(want, have) >= 80


def _same_stem(want: str, have: str) -> bool:
    """Two forms of one long word: "charging" and "charge", "emailing" and "email" (five letters in common first).

    >>> _same_stem("charging", "charge"), _same_stem("emailing", "email"), _same_stem("station", "statue")
    (True, True, False)
    """
    return min(len(want), len(have)) >= 5 and want[:5] == have[:5] and abs(len(want) - len(have)) <= 3


def _described_paragraph(target: Target, paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    """The one paragraph of the noun's kind ("heading", "line", "bullet") holding every described word.

    >>> doc = [(1, "title", "Trip"), (2, "heading 1", "Summary"), (3, "body", "Flight BA 117 at 9:40"),
    ...        (4, "bullet", "2 eggs"), (5, "heading 1", "Flights")]
    >>> [_described_paragraph(find_target(r), doc)[0] for r in ("italicise the summery heading",
    ...  "bold the flight line", "highlight the eggs line")]
    [2, 3, 4]
    >>> _described_paragraph(find_target("bold the flights heading"), doc)[0]
    5
    >>> doc += [(6, "numbered", "Beat the butter and sugar, then add the eggs one at a time.")]
    >>> _described_paragraph(find_target("highlight the eggs line"), doc)[0]
    4
    >>> _described_paragraph(find_target("bold the flight line"), doc + [(7, "body", "Flight home BA 118")]) is None
    True
    >>> notes = [(1, "heading 1", "Results"), (2, "body", "pH fell."), (3, "heading 1", "Method"), (4, "body", "Dug.")]
    >>> [_described_paragraph(find_target(f"bold the {w} paragraph"), notes)[0] for w in ("results", "method")]
    [2, 4]
    """
    nonempty = [p for p in paragraphs if p[2].strip()]
    if target.role in ("heading", "header"):
        pool = [p for p in nonempty if p[1].startswith("heading") or p[1] in ("title", "subtitle")]
    elif target.role in ("item", "bullet", "entry"):
        pool = [p for p in nonempty if p[1] in ("bullet", "numbered")] or nonempty
    else:
        pool = [p for p in nonempty if not p[1].startswith("heading")]
    if target.role == "paragraph" and any(_norm(p[2]).endswith(_norm(target.text)) for p in nonempty
                                          if p[1].startswith("heading") or _label_line(p)):
        # "the troubleshooting paragraph", "the Method paragraph": the section's one paragraph under that heading
        section = _locate_section(Target("section", target.words, text=target.text, count=-1), paragraphs)
        return next((p for p in nonempty if section and p[0] == section[0]), None)
    want = _norm(target.text).split()
    exact = [p for p in pool if set(want) <= set(_norm(p[2]).split())]
    hits = exact or [p for p in pool if all(any(_same_word(w, h) for h in _norm(p[2]).split()) for w in want)]
    return _mostly(hits, len(want))


def _mostly(hits: Sequence[Paragraph], n_words: int) -> Paragraph | None:
    """The one hit, or the one the described words make up at least twice as much of as of any other.

    "The eggs line" of a recipe is "4 eggs", not the method step that adds the eggs one at a time.
    """
    if len(hits) <= 1:
        return hits[0] if hits else None
    share = sorted(((n_words / max(len(_norm(p[2]).split()), 1), p) for p in hits), key=lambda x: -x[0])
    return share[0][1] if share[0][0] >= 2 * share[1][0] else None


def _content_hits(want: str, how: str, nonempty: Sequence[Paragraph]) -> list[Paragraph]:
    if how == "is":
        return [p for p in nonempty if _norm(p[2]) == want]
    if how == "starts":
        return [p for p in nonempty if _norm(p[2]).startswith(want)]
    if how == "ends":
        return [p for p in nonempty if _norm(p[2]).endswith(want)]
    return [p for p in nonempty if f" {want} " in f" {_norm(p[2])} "]


def _content_paragraph(target: Target, nonempty: Sequence[Paragraph]) -> tuple | None:
    """The one paragraph the words describe.

    Words that run on into the operation ("the guesthouse on both sides") are dropped from the end while the rest
    still names one paragraph.
    """
    words = target.text.split()
    for k in range(len(words), 0, -1):
        used = " ".join(words[:k])
        if k < len(words) and (k < 2 or not _meaningful(used)):
            break
        hits = _content_hits(_norm(used), target.how, nonempty)
        if len(hits) == 1:
            return hits[0][0], hits[0][0], _shorter_words(target.words, target.text, used)
        if hits:
            return None
    if target.how == "contains":  # "about the budget": the paragraph sharing most meaningful words, if one stands out
        want = {w for w in _norm(target.text).split() if w not in FUNCTION_WORDS and w not in INSTRUCTION_WORDS}
        # "the bullet about us charging for fuel": a list's line, its words in any form ("charge" for "charging")
        items = [p for p in nonempty if p[1] in ("bullet", "numbered")] if target.role == "item" else []
        said_in = {p[0]: {w for w in want if any(_same_word(w, h) or _same_stem(w, h) for h in _norm(p[2]).split())}
                   for p in nonempty}
        spread = {w: sum(w in found for found in said_in.values()) for w in want}  # a rare word says more
        scored = sorted(((sum(1 / spread[w] for w in said_in[p[0]]), p) for p in items or nonempty),
                        key=lambda x: -x[0])
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return scored[0][1][0], scored[0][1][0]
    return None
