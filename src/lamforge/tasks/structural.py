"""Targets named by role, position or description instead of quotes, and how a reference solution selects them.

"Make the title bold", "double-space the paragraphs under Method", "bold the header row", "delete the last sentence
of the first paragraph": a :class:`~lamforge.tasks.targets.StructRef` says how the request names its target and
where the document view puts it (body paragraphs numbered from 1, table rows and columns from 1), so the solution
selects it structurally (``select_paragraphs``, ``select_cells``, ``select_all``, ``select_text`` in a word or a
paragraph) and the checker judges the same target as before.

A way of naming is offered only where the template allows it without doubt: the title when there is one title, a
heading's name when no other paragraph reads the same, "the heading" when there is one heading, "the second
paragraph" when the paragraphs before it are prose (a reader who skips short address or date lines counts the
same), a row or column by a label no other row or column has, "the greeting" and "the signature" of a letter.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel

from lamforge.tasks import steps
from lamforge.tasks.phrasing.render import Fill, Pool, fill
from lamforge.tasks.phrasing.structural import COUNT_WORDS, STRUCT_REF
from lamforge.tasks.targets import NoTarget, ParaRef, SpanRef, StructRef
from lamforge.tasks.templates.spec import Para, TemplateSpec, view_role
from lamforge.text.locate import CLOSINGS, GREETINGS
from lamforge.text.numbers import ORDINAL_WORDS
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

STRUCT_RATE = 0.4  # share of a family's requests drawn with a structural target (where the template has one)
PARAGRAPH_KINDS = frozenset({
    "title", "subtitle", "heading_only", "heading_named", "heading_nth", "para_nth", "greeting", "closing",
    "signature", "about", "starts", "bullet_nth", "numbered_nth", "item_nth", "bullet_all", "numbered_all",
    "list_all", "section_all", "section_first", "section_last", "section_nth", "range_first", "range_last",
    "range_pair", "range_numbers",
})
CELL_KINDS = frozenset({"row_header", "row_named", "row_nth", "row_last", "col_named", "col_nth", "col_first",
                        "col_last", "cell_num", "cell_named"})
_JOINING = frozenset("of the and for to in on a an from with at by your our this".split())
# Words a paragraph's description avoids: they would read as an operation, a value or a request to do something
# Writer cannot ("the paragraph about printing" is not a print request, but a reader may take it for one).
_COLOURS = frozenset("red blue green black grey gray orange purple yellow pink gold teal magenta cyan brown white "
                     "dark light".split())
_ACTIONS = frozenset("send sent sending email emailed mail mailed print printed printing translate translated open "
                     "opened load import chart graph picture photo image logo video schedule scheduled calendar "
                     "phone call called save saved export pdf password share shared upload download fax".split())
_STOP = frozenset("is are was were be should must need needs ought will would into to and in with".split())


def ordinal_word(nth: int) -> str:
    """``2`` → "second", ``-1`` → "last".

    >>> ordinal_word(2), ordinal_word(-1)
    ('second', 'last')
    """
    return "last" if nth < 0 else ORDINAL_WORDS[nth - 1]


def number(p: Para) -> int:
    """The view's number of paragraph ``p`` (templates hold no empty paragraphs: index + 1)."""
    return p.index + 1


def prose(p: Para) -> bool:
    """A paragraph anyone would count as one: a sentence or more of body text, not an address or date line."""
    return p.block.role in ("body", "quote", "note") and len(p.text) >= 40 and p.text.rstrip()[-1:] in ".!?"


def nameable(text: str) -> bool:
    """Whether a heading can be named without quotes: capitalised words, short joining words, no commas.

    >>> nameable("About the Role"), nameable("Maps, Power and Empire"), nameable("Room One: The Caravan")
    (True, False, True)
    """
    words = text.split()  # a full stop inside ("3. Returns") would read as the end of a sentence
    return bool(words) and not re.search(r"[,;!?\"'()\[\]]|\.\s", text) and words[0][:1].isalnum() and all(
        w[:1].isupper() or w[:1].isdigit() or w in _JOINING for w in words) and words[0].lower() not in _JOINING


def caps_only(text: str) -> bool:
    """Every word capitalised and a letter first: the name can follow its noun ("the heading Executive Summary")."""
    words = text.split()
    return bool(words) and words[0][:1].isalpha() and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _label_ok(label: str, labels: Sequence[str]) -> bool:
    """A table label a request can repeat unquoted: capital or digit first, no sentence marks, one of its kind."""
    norm = _norm(label)  # "the 1 row" is not how anyone names a row: a label needs a word
    return bool(re.search(r"[A-Za-z]{2}", label)) and label[:1].isupper() | label[:1].isdigit() \
        and not re.search(r"[,;.!?'\"]", label) \
        and not re.search(r"\b(?:row|column|cell|table)\b", label, re.I) and len(label.split()) <= 4 \
        and sum(_norm(x) == norm for x in labels) == 1


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def _clean(words: Sequence[str]) -> bool:
    """Words a description of a paragraph may use ("green bean prices", not "bold new plan" or "is sent")."""
    low = [w.lower() for w in words]
    return bool(low) and low[0] not in FUNCTION_WORDS and low[-1] not in FUNCTION_WORDS and all(
        w.isalnum() and w not in INSTRUCTION_WORDS and w not in _COLOURS and w not in _ACTIONS and w not in _STOP
        for w in low) and not low[-1].endswith(("ly", "ing", "ed"))


def contiguous(spec: TemplateSpec, first: int, last: int) -> bool:
    """Paragraphs ``first``..``last`` (indices) are one stretch: no table or section break between them."""
    blocks = [b for b in spec.blocks if b.kind != "p" or b.text.strip()]
    pos = [i for i, b in enumerate(blocks) if b.kind == "p"]
    return all(b.kind == "p" for b in blocks[pos[first]:pos[last] + 1])


def _roles(spec: TemplateSpec, *roles: str) -> list[Para]:
    return [p for p in spec.paragraphs if view_role(p.block) in roles]


def _heads(spec: TemplateSpec) -> list[Para]:
    return [p for p in spec.paragraphs if view_role(p.block).startswith("heading")]


def _section(spec: TemplateSpec, p: Para) -> tuple[Para, list[Para]] | None:
    """The nameable heading above ``p`` and its section's paragraphs, when the section has no table inside."""
    heads = [h for h in _heads(spec) if h.index < p.index]
    if not heads:
        return None
    head = heads[-1]
    members = []
    for q in spec.paragraphs[head.index + 1:]:
        if view_role(q.block) in ("title", "subtitle") or view_role(q.block).startswith("heading"):
            break
        members.append(q)
    if p not in members or not nameable(head.text) or not contiguous(spec, head.index, members[-1].index):
        return None
    if sum(_norm(h.text) == _norm(head.text) for h in _heads(spec)) != 1:
        return None
    return head, members


def _noun(paras: Sequence[Para], plural: bool = True) -> str:
    lines = any(not prose(p) for p in paras)
    return ("lines" if lines else "paragraphs") if plural else ("line" if lines else "paragraph")


def _counted(spec: TemplateSpec) -> list[Para]:
    """The paragraphs "the second paragraph" counts: every one as the document runs, title and headings too.

    That is how Writer numbers them, how the document view shows them, and how people writing requests count (a
    fresh batch of requests written apart from the project counted the title as the first paragraph every time).
    """
    return list(spec.paragraphs)


def paragraph_refs(spec: TemplateSpec, p: Para) -> list[StructRef]:
    """Every way a request can name paragraph ``p`` alone by role, position or description, without doubt."""
    n, role, paras = number(p), view_role(p.block), spec.paragraphs
    at = {"start": n, "end": n}
    out: list[StructRef] = []
    if role in ("title", "subtitle") and len(_roles(spec, role)) == 1:
        out.append(StructRef(kind=role, **at))
    if role.startswith("heading"):
        heads = _heads(spec)
        k = heads.index(p)
        if len(heads) == 1:
            out.append(StructRef(kind="heading_only", **at))
        if k < 5:
            out.append(StructRef(kind="heading_nth", nth=k + 1, **at))
        elif p is heads[-1]:
            out.append(StructRef(kind="heading_nth", nth=-1, **at))
        if nameable(p.text) and sum(_norm(q.text) == _norm(p.text) for q in paras) == 1:
            out.append(StructRef(kind="heading_named", name=p.text, **at))
    if GREETINGS.match(p.text) and sum(bool(GREETINGS.match(q.text)) for q in paras) == 1:
        out.append(StructRef(kind="greeting", **at))
    closings = [q for q in paras if CLOSINGS.match(q.text.strip()) and len(q.text.split()) <= 5]
    if closings and p is closings[-1]:
        out.append(StructRef(kind="closing", **at))
    if closings and p.index == closings[-1].index + 1 and len(p.text.split()) <= 6:
        out.append(StructRef(kind="signature", **at))
    counted = _counted(spec)
    if p in counted:
        k = counted.index(p)
        if k < 4 and prose(p):
            out.append(StructRef(kind="para_nth", nth=k + 1, **at))
        if p is counted[-1] and p is paras[-1] and prose(p) and len(counted) >= 2:
            out.append(StructRef(kind="para_nth", nth=-1, **at))
    if role == "body" and prose(p):
        out += _described(spec, p)
    if role in ("bullet", "numbered"):
        out += _item_refs(spec, p, role)
    sec = _section(spec, p)
    if sec is not None and len(sec[1]) >= 2:
        k = sec[1].index(p)
        if k < 5:
            out.append(StructRef(kind="section_nth", nth=k + 1, name=sec[0].text, noun=_noun([p], False), **at))
        elif p is sec[1][-1]:
            out.append(StructRef(kind="section_nth", nth=-1, name=sec[0].text, noun=_noun([p], False), **at))
    return out


_DETERMINERS = frozenset("the a an our their his her its this these those".split())
_FOLLOW = frozenset("of in on to for with and or but that which who from at by as".split())  # ends a noun phrase


def _described(spec: TemplateSpec, p: Para) -> list[StructRef]:
    """'The paragraph about X' and 'the paragraph that starts with X', X the paragraph's own unquoted words.

    X for "about" is a noun phrase of the paragraph: a determiner and one to three words up to a comma, a full
    stop or a function word ("the pier renovation"), found nowhere else in the document.
    """
    n, out = number(p), []
    others = [_norm(q.text) for q in spec.paragraphs if q is not p]
    start: list[str] = []
    for raw in p.text.split()[:5]:
        word = raw.rstrip(",.;:")
        if not word.isalnum() or word.lower() in _STOP or word.lower() in INSTRUCTION_WORDS or \
                word.lower() in _COLOURS or word.lower() in _ACTIONS:
            break
        start.append(word)
        if word != raw:
            break
    while start and start[-1].lower() in FUNCTION_WORDS:
        start.pop()
    if len(start) >= 3 and not any(o.startswith(_norm(" ".join(start))) for o in others):
        out.append(StructRef(kind="starts", name=" ".join(start), start=n, end=n))
    raw = p.text.split()
    phrases = []
    for i, det in enumerate(raw[1:-1], 1):
        if det.lower() not in _DETERMINERS:
            continue
        for k in (3, 2, 1):
            words = raw[i + 1:i + 1 + k]
            if len(words) < k or any(w != w.rstrip(",.;:") for w in words[:-1]):
                continue
            words = [*words[:-1], words[-1].rstrip(",.;:")]
            ends = raw[i + k] != words[-1] or i + 1 + k >= len(raw) or raw[i + 1 + k].lower() in _FOLLOW
            phrase = " ".join([det.lower(), *words])
            if ends and _clean(words) and (k > 1 or len(words[0]) >= 6) and spec.is_unique(phrase):
                phrases.append(phrase)
                break
    if phrases:
        out.append(StructRef(kind="about", name=phrases[len(phrases) // 2], start=n, end=n))
    return out


def _item_refs(spec: TemplateSpec, p: Para, role: str) -> list[StructRef]:
    """'The second bullet', 'the last numbered item', 'the third item' (the document's only list)."""
    n, out = number(p), []
    for kind, pool in ((f"{'bullet' if role == 'bullet' else 'numbered'}_nth", _roles(spec, role)),
                       ("item_nth", _roles(spec, "bullet", "numbered"))):
        if not _one_run(spec, pool):
            continue
        k = pool.index(p)
        if p is pool[-1] and len(pool) >= 3:
            out.append(StructRef(kind=kind, nth=-1, start=n, end=n))
        elif k < 5:
            out.append(StructRef(kind=kind, nth=k + 1, start=n, end=n))
    return out


def _one_run(spec: TemplateSpec, pool: Sequence[Para]) -> bool:
    return bool(pool) and pool[-1].index - pool[0].index == len(pool) - 1 and contiguous(spec, pool[0].index,
                                                                                         pool[-1].index)


def run_refs(spec: TemplateSpec, first: int, last: int) -> list[StructRef]:
    """Every way to name the paragraphs ``first``..``last`` (indices, at least two) as one run."""
    paras = spec.paragraphs
    run = list(paras[first:last + 1])
    if len(run) < 2 or not contiguous(spec, first, last):
        return []
    at = {"start": first + 1, "end": last + 1}
    k, out = len(run), []
    counted = _counted(spec)
    i = counted.index(run[0])
    if i == 0 and all(prose(p) for p in run[1:]):  # "the first two paragraphs": the title and the one under it
        out.append(StructRef(kind="range_first", count=k, **at))
    if all(prose(p) for p in run):
        if run[-1] is counted[-1] and run[-1] is paras[-1]:
            out.append(StructRef(kind="range_last", count=k, **at))
        if k == 2 and i + 2 <= 5:
            out.append(StructRef(kind="range_pair", nth=i + 1, count=2, **at))
        out.append(StructRef(kind="range_numbers", nth=first + 1, count=k, **at))
    for role, kind in (("bullet", "bullet_all"), ("numbered", "numbered_all")):
        pool = _roles(spec, role)
        if pool == run and _one_run(spec, pool):
            out.append(StructRef(kind=kind, **at))
    lists = _roles(spec, "bullet", "numbered")
    if lists == run and _one_run(spec, lists):
        out.append(StructRef(kind="list_all", **at))
    sec = _section(spec, run[0])
    if sec is not None:
        head, members = sec
        noun = _noun(run)
        if run == members:
            out.append(StructRef(kind="section_all", name=head.text, noun=noun, **at))
        elif run == members[:k]:
            out.append(StructRef(kind="section_first", name=head.text, count=k, noun=noun, **at))
        elif run == members[-k:]:
            out.append(StructRef(kind="section_last", name=head.text, count=k, noun=noun, **at))
    return out


def row_refs(rows: Sequence[Sequence[str]], r: int) -> list[StructRef]:
    """Ways to name row ``r`` (from 0) of a table."""
    out = []
    if r == 0:
        out.append(StructRef(kind="row_header", row=1))
        return out
    if _label_ok(rows[r][0], [row[0] for row in rows]):
        out.append(StructRef(kind="row_named", row=r + 1, name=rows[r][0]))
    if r + 1 <= 6:
        out.append(StructRef(kind="row_nth", row=r + 1, nth=r + 1))
    if r == len(rows) - 1:
        out.append(StructRef(kind="row_last", row=r + 1))
    return out


def col_refs(rows: Sequence[Sequence[str]], c: int) -> list[StructRef]:
    """Ways to name column ``c`` (from 0) of a table."""
    out = []
    if c == 0:
        out.append(StructRef(kind="col_first", column=1))
    elif c + 1 <= 6:
        out.append(StructRef(kind="col_nth", column=c + 1, nth=c + 1))
    if _label_ok(rows[0][c], list(rows[0])):
        out.append(StructRef(kind="col_named", column=c + 1, col_name=rows[0][c]))
    if c == len(rows[0]) - 1 and c > 0:
        out.append(StructRef(kind="col_last", column=c + 1))
    return out


def cell_refs(rows: Sequence[Sequence[str]], r: int, c: int) -> list[StructRef]:
    """Ways to name the cell at row ``r`` and column ``c`` (from 0) of a table."""
    out = [StructRef(kind="cell_num", row=r + 1, column=c + 1, nth=r + 1)]
    if r > 0 and c > 0 and _label_ok(rows[r][0], [row[0] for row in rows]) and _label_ok(rows[0][c], list(rows[0])):
        out.append(StructRef(kind="cell_named", row=r + 1, column=c + 1, name=rows[r][0], col_name=rows[0][c]))
    return out


# -- choosing a structural target for a family ------------------------------------------------------------------------


def pick_ref(rng: random.Random, refs: Sequence[StructRef]) -> StructRef:
    """One of ``refs``, each kind equally likely (rare kinds such as the signature are not drowned out)."""
    kinds = sorted({r.kind for r in refs})
    kind = rng.choice(kinds)
    return rng.choice([r for r in refs if r.kind == kind])


def pick_struct_span(
    rng: random.Random, spec: TemplateSpec, ok: Callable[[Para], bool], text_ok: Callable[[str], bool] | None = None,
) -> SpanRef:
    """A whole paragraph (``ok``, ``text_ok`` on its text) that a request can name by role or position."""
    cands = [(p, refs) for p in spec.paragraphs if ok(p) and (text_ok is None or text_ok(p.text))
             and (refs := paragraph_refs(spec, p))]
    if not cands:
        raise NoTarget(f"{spec.name}: no paragraph named by role or position")
    p, refs = rng.choice(cands)
    return SpanRef(para=p.index, start=0, end=len(p.text), text=p.text, kind="line", ref=pick_ref(rng, refs))


def pick_struct_para(rng: random.Random, spec: TemplateSpec, ok: Callable[[Para], bool]) -> ParaRef:
    """A paragraph (``ok``) that a request can name by role or position, as a paragraph target."""
    cands = [(p, refs) for p in spec.paragraphs if ok(p) and (refs := paragraph_refs(spec, p))]
    if not cands:
        raise NoTarget(f"{spec.name}: no paragraph named by role or position")
    p, refs = rng.choice(cands)
    return ParaRef(para=p.index, kind="struct", anchor=p.text, ref=pick_ref(rng, refs))


# -- the request's words and the solution's selection ---------------------------------------------------------------


def _leaves(ref: StructRef) -> dict[str, str]:
    nth = ordinal_word(ref.nth) if ref.nth else ""
    out = {"nth": nth, "k": COUNT_WORDS[ref.count - 1] if 0 < ref.count <= len(COUNT_WORDS) else str(ref.count),
           "h": ref.name, "x": ref.name, "row": ref.name, "col": ref.col_name, "noun": ref.noun, "w": ref.name,
           "in": ref.text, "r": str(ref.row or (ref.nth if ref.nth > 0 else "")), "c": str(ref.column)}
    if ref.kind == "range_pair":
        out["mth"] = ordinal_word(ref.nth + 1)
    if ref.kind == "range_numbers":
        out["r"], out["c"] = str(ref.nth), str(ref.nth + ref.count - 1)
    return out


def _tables(ref: StructRef) -> list[str]:
    kind = ref.kind
    if kind == "para_nth":
        return ["para_first", "para_nth"] if ref.nth == 1 else ["para_last"] if ref.nth < 0 else ["para_nth"]
    if kind == "heading_named":
        return ["heading_named", "heading_named_after"] if caps_only(ref.name) else ["heading_named"]
    return [kind]


def struct_fill(rng: random.Random, ref: StructRef, pool: Pool) -> Fill:
    """The request's words for a structural target (``{x}``-style slots kept in the skeleton)."""
    options = [t for name in _tables(ref) for t in (STRUCT_REF[name].get(pool) or STRUCT_REF[name].train)]
    if ref.nth < 0 or (ref.kind in ("bullet_nth", "numbered_nth", "item_nth", "sentence") and ref.nth > 9):
        options = [t for t in options if "{r}" not in t] or options  # "entry number last" is not English
    if ref.kind == "col_nth" or ref.kind == "row_nth":
        options = [t for t in options if "{nth}" not in t or ref.nth <= 6] or options
    template = rng.choice(options)
    leaves = _leaves(ref)
    if "{p}" in template and ref.inner is not None:
        inner = struct_fill(rng, ref.inner, pool)
        filled = fill(template, **leaves)
        return Fill(filled.skel.replace("{p}", inner.skel), filled.text.replace("{p}", inner.text))
    return fill(template, **leaves)


def select_steps(ref: StructRef) -> list[dict[str, Any]]:
    """The structural selection of ``ref`` in command form."""
    if ref.kind == "whole":
        return [steps.select_all()]
    if ref.kind == "within":
        return [steps.select_within(ref.text, ref.name)]
    if ref.kind == "sentence":
        return [steps.select_in_paragraph(ref.text, ref.start)]
    if ref.kind in CELL_KINDS:
        return [steps.select_cells(1, ref.row, ref.column)]
    return [steps.select_paragraphs(ref.start, ref.end)]


def has_ref(value: Any) -> bool:
    """Whether task parameters (a model, or nested ones) hold a :class:`StructRef`: the request names it unquoted."""
    if isinstance(value, StructRef):
        return True
    if isinstance(value, BaseModel):
        return any(has_ref(getattr(value, k)) for k in type(value).model_fields)
    return False
