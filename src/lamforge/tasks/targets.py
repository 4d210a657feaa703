"""What a task acts on: a span of text or a whole paragraph of a template, and how a request names it.

Targets are chosen so that the text an agent must select occurs exactly once in the document
(``select_text`` finds the first occurrence), and each carries both what the request quotes and
what the reference solution selects (``anchor``), so the two can never disagree.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from lamforge.tasks.phrasing.common import HELDOUT_ONLY_KINDS, ORDINALS, PARA_REF, SPAN_REF
from lamforge.tasks.phrasing.render import Fill, Pool, fill, pick_fill
from lamforge.tasks.templates.spec import Para, TemplateSpec, view_role

RefKind = Literal["starts", "contains", "ends", "heading", "title", "line", "nth_under", "first", "last", "struct"]
AnchorAt = Literal["any", "start", "end"]
_EDGE = "\"'()[],.;:!?"
_STOP = frozenset(
    "a an the of to in for and or with our on at by from that is was are be as it its this their his her "
    "who which but so than then into each us we you i he she they them him me my your".split()
)


class NoTarget(LookupError):
    """The template has no text that suits this family (the caller tries another template)."""


class StructRef(BaseModel):
    """A target named by role, position or description, and where the document view puts it (:mod:`.structural`).

    ``kind`` picks the phrasing (``title``, ``heading_named``, ``para_nth``, ``row_named``, ``cell_num``, ``whole``,
    ``within`` ...). Paragraphs ``start``..``end`` are numbered from 1 as the view numbers them; ``row`` and
    ``column`` from 1 (0: all of them). ``name`` holds the document's words the request repeats unquoted (a
    heading, a paragraph's words, a row label, the word around ``text``), ``col_name`` a column header; ``nth`` an
    ordinal (-1: the last), ``count`` a count, ``noun`` "lines" or "paragraphs"; ``inner`` names the paragraph a
    sentence is in.
    """

    model_config = ConfigDict(frozen=True)
    kind: str
    start: int = 0
    end: int = 0
    row: int = 0
    column: int = 0
    name: str = ""
    col_name: str = ""
    nth: int = 0
    count: int = 0
    text: str = ""
    noun: str = ""
    inner: StructRef | None = None


class SpanRef(BaseModel):
    """A span ``[start, end)`` of paragraph ``para``; ``text`` is quoted in the request and selected.

    With ``ref`` the span is the whole paragraph, named by role or position and selected structurally.
    """

    model_config = ConfigDict(frozen=True)
    para: int
    start: int
    end: int
    text: str
    kind: Literal["quote", "heading", "title", "line"] = "quote"
    ref: StructRef | None = None


class ParaRef(BaseModel):
    """A whole paragraph named in the request by ``kind``; the solution selects ``anchor`` (``ref``: structurally)."""

    model_config = ConfigDict(frozen=True)
    para: int
    kind: RefKind
    anchor: str
    quote: str = ""
    heading: str = ""
    nth: int = 0
    ref: StructRef | None = None


def _tokens(text: str) -> list[tuple[int, int]]:
    """Word spans with surrounding punctuation trimmed."""
    out = []
    for m in re.finditer(r"\S+", text):
        a, b = m.span()
        while a < b and text[a] in _EDGE:
            a += 1
        while b > a and text[b - 1] in _EDGE:
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _whole_kind(p: Para) -> str:
    return {"heading": "heading", "title": "title"}.get(p.block.role, "line")


def windows(spec: TemplateSpec, p: Para, lo: int, hi: int) -> list[tuple[int, int]]:
    """Unique word windows of ``lo``..``hi`` words inside paragraph ``p`` as (start, end) offsets."""
    toks = _tokens(p.text)
    out = []
    for n in range(lo, hi + 1):
        for i in range(0, len(toks) - n + 1):
            a, b = toks[i][0], toks[i + n - 1][1]
            first, last = p.text[toks[i][0]:toks[i][1]], p.text[toks[i + n - 1][0]:b]
            if first.lower() in _STOP or last.lower() in _STOP or re.search(r"[.;:!?,()\[\]\"]", p.text[a:b]):
                continue
            if spec.is_unique(p.text[a:b]) and len(p.text[a:b]) >= 4:
                out.append((a, b))
    return out


def pick_span(
    rng: random.Random,
    spec: TemplateSpec,
    roles: Sequence[str] = ("body",),
    words: tuple[int, int] = (2, 5),
    whole_max_words: int = 0,
    text_ok: Callable[[str], bool] | None = None,
) -> SpanRef:
    """A unique span in a paragraph of one of ``roles``; whole short paragraphs when ``whole_max_words``."""
    candidates: list[SpanRef] = []
    for p in spec.by_role(*roles):
        toks = _tokens(p.text)
        if whole_max_words and len(toks) <= whole_max_words and spec.is_unique(p.text.strip()):
            a, b = toks[0][0], toks[-1][1]
            candidates.append(SpanRef(para=p.index, start=a, end=b, text=p.text[a:b], kind=_whole_kind(p)))
        for a, b in windows(spec, p, *words):
            candidates.append(SpanRef(para=p.index, start=a, end=b, text=p.text[a:b]))
    if text_ok is not None:
        candidates = [c for c in candidates if text_ok(c.text)]
    if not candidates:
        raise NoTarget(f"{spec.name}: no span in roles {roles}")
    # pick a paragraph first so long paragraphs don't dominate, then a span in it
    paras = sorted({c.para for c in candidates})
    para = rng.choice(paras)
    return rng.choice([c for c in candidates if c.para == para])


def _section_members(spec: TemplateSpec, para: int) -> tuple[Para | None, list[Para]]:
    head = spec.heading_of(para)
    if head is None:
        return None, []
    members = []
    for p in spec.paragraphs[head.index + 1:]:
        if p.block.role in ("heading", "title"):
            break
        members.append(p)
    return head, members


def pick_para(
    rng: random.Random,
    spec: TemplateSpec,
    split: str,
    roles: Sequence[str] = ("body",),
    anchor_at: AnchorAt = "any",
    para_ok: Callable[[Para], bool] | None = None,
    whole_max_words: int = 10,
) -> ParaRef:
    """A paragraph of one of ``roles`` with a reference kind; ordinal kinds only for ``test-phrasing``."""
    paras = [p for p in spec.by_role(*roles) if para_ok is None or para_ok(p)]
    rng.shuffle(paras)
    for p in paras:
        refs = para_refs(spec, p, anchor_at, whole_max_words)
        if split != "test-phrasing":
            refs = [r for r in refs if r.kind not in HELDOUT_ONLY_KINDS]
        if refs:
            return rng.choice(refs)
    raise NoTarget(f"{spec.name}: no paragraph in roles {roles} with an anchor at {anchor_at}")


def para_refs(spec: TemplateSpec, p: Para, anchor_at: AnchorAt, whole_max_words: int = 10) -> list[ParaRef]:
    """Every way to name paragraph ``p`` whose anchor sits where the solution needs it."""
    text, toks = p.text, _tokens(p.text)
    out: list[ParaRef] = []
    starts = [text[toks[0][0]: toks[n - 1][1]] for n in range(3, 7) if n <= len(toks)]
    start_anchor = next((s for s in starts if spec.is_unique(s)), None)
    ends = [text[toks[-n][0]: toks[-1][1]] for n in range(3, 7) if n <= len(toks)]
    end_anchor = next((s for s in ends if spec.is_unique(s)), None)
    whole = text[toks[0][0]: toks[-1][1]] if toks else ""
    if toks and len(toks) <= whole_max_words and spec.is_unique(whole):
        out.append(ParaRef(para=p.index, kind=_whole_kind(p), anchor=whole, quote=whole))  # type: ignore[arg-type]
        start_anchor = end_anchor = whole
    if len(toks) > whole_max_words:
        if start_anchor and anchor_at in ("any", "start"):
            out.append(ParaRef(para=p.index, kind="starts", anchor=start_anchor, quote=start_anchor))
        if end_anchor and anchor_at in ("any", "end"):
            out.append(ParaRef(para=p.index, kind="ends", anchor=end_anchor, quote=end_anchor))
        if anchor_at == "any":
            mids = [text[a:b] for a, b in windows(spec, p, 3, 5)
                    if a > toks[1][0] and b < toks[-2][1]]
            if mids:
                m = mids[len(mids) // 2]
                out.append(ParaRef(para=p.index, kind="contains", anchor=m, quote=m))
    anchor = {"start": start_anchor, "end": end_anchor}.get(anchor_at, start_anchor)
    if anchor:
        head, members = _section_members(spec, p.index)
        if head is not None and p in members and members.index(p) < len(ORDINALS) and spec.is_unique(head.text):
            out.append(ParaRef(para=p.index, kind="nth_under", anchor=anchor, heading=head.text,
                               nth=members.index(p) + 1))
        body = view_role(p.block) == "body"  # "the first paragraph" of a document opening with its title is not it
        if p.index == 0 and body:
            out.append(ParaRef(para=p.index, kind="first", anchor=anchor))
        if p.index == len(spec.paragraphs) - 1 and body:
            out.append(ParaRef(para=p.index, kind="last", anchor=anchor))
    return out


def span_fill(rng: random.Random, ref: SpanRef, pool: Pool) -> Fill:
    """The request's words for a span target."""
    if ref.ref is not None:
        from lamforge.tasks.structural import struct_fill

        return struct_fill(rng, ref.ref, pool)
    if ref.kind != "quote" and rng.random() < 0.6:
        return pick_fill(rng, PARA_REF[ref.kind], pool, avoid_quote_in=ref.text, q=ref.text)
    return pick_fill(rng, SPAN_REF, pool, avoid_quote_in=ref.text, q=ref.text)


def para_fill(rng: random.Random, ref: ParaRef, pool: Pool) -> Fill:
    """The request's words for a paragraph target."""
    if ref.ref is not None:
        from lamforge.tasks.structural import struct_fill

        return struct_fill(rng, ref.ref, pool)
    phrases = PARA_REF[ref.kind]
    options = phrases.get(pool) or phrases.train or phrases.heldout
    template = rng.choice([t for t in options if not _clash(t, ref.quote + ref.heading)] or list(options))
    leaves = {"q": ref.quote, "h": ref.heading, "nth": ORDINALS[ref.nth - 1] if ref.nth else ""}
    return fill(template, **leaves)


def _clash(template: str, text: str) -> bool:
    return ("'" in text and ("'{q}'" in template or "'{h}'" in template)) or (
        '"' in text and ('"{q}"' in template or '"{h}"' in template))
