"""Read a saved .docx into what checkers compare: paragraphs, tables, character and layout properties.

Only *direct* character formatting is read (what a toolbar button sets), normalised so that
"absent" and "explicitly off" compare equal. Paragraph layout is resolved through the style chain,
so a paragraph that LibreOffice writes as ``jc=left`` equals one that inherits left alignment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, NamedTuple

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HIGHLIGHT_HEX = {
    "yellow": "FFFF00", "green": "00FF00", "cyan": "00FFFF", "magenta": "FF00FF", "blue": "0000FF",
    "red": "FF0000", "darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000",
    "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000", "darkGray": "808080",
    "lightGray": "C0C0C0", "black": "000000", "white": "FFFFFF",
}
_ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
          "both": "justify", "distribute": "justify", "justify": "justify"}


class CharProps(NamedTuple):
    """Direct formatting of one character; defaults mean "not set"."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    size: float | None = None
    font: str | None = None
    color: str | None = None
    highlight: str | None = None
    valign: str | None = None


PLAIN = CharProps()


@dataclass
class DocPara:
    """A paragraph as read from the file."""

    text: str
    chars: list[CharProps]
    style: str = "Normal"
    align: str = "left"
    indent: float = 0.0
    spacing: float = 1.0
    list_kind: str | None = None
    page_break: bool = False
    break_after: bool = field(default=False, compare=False)  # read only: moved to the next paragraph on reading


@dataclass
class DocTable:
    """A table: cell texts, each cell's character properties and alignment (its first paragraph's), row by row."""

    cells: list[list[DocPara]] = field(default_factory=list)

    @property
    def texts(self) -> list[list[str]]:
        """Cell texts, row by row."""
        return [[c.text for c in row] for row in self.cells]


@dataclass
class DocModel:
    """Blocks of a document in order; empty paragraphs are dropped (LibreOffice adds and removes them)."""

    blocks: list[DocPara | DocTable]
    landscape: bool = False
    end_break: bool = False  # a page break after the last paragraph: a blank page at the end

    @property
    def paragraphs(self) -> list[DocPara]:
        """Top-level non-empty paragraphs."""
        return [b for b in self.blocks if isinstance(b, DocPara)]

    @property
    def tables(self) -> list[DocTable]:
        """Top-level tables."""
        return [b for b in self.blocks if isinstance(b, DocTable)]


def _on(el: Any) -> bool:
    if el is None:
        return False
    val = el.get(f"{W}val")
    return val not in ("0", "false", "none", "off")


def _char_props(rpr: Any) -> CharProps:
    if rpr is None:
        return PLAIN
    get = rpr.find
    size = get(f"{W}sz")
    fonts = get(f"{W}rFonts")
    color = get(f"{W}color")
    color_val = color.get(f"{W}val") if color is not None else None
    hl = get(f"{W}highlight")
    shd = get(f"{W}shd")
    highlight = None
    if hl is not None and hl.get(f"{W}val") not in (None, "none"):
        highlight = HIGHLIGHT_HEX.get(hl.get(f"{W}val"), hl.get(f"{W}val"))
    elif shd is not None and shd.get(f"{W}fill") not in (None, "auto", "FFFFFF", "ffffff"):
        highlight = shd.get(f"{W}fill").upper()
    valign = get(f"{W}vertAlign")
    valign_val = valign.get(f"{W}val") if valign is not None else None
    return CharProps(
        bold=_on(get(f"{W}b")),
        italic=_on(get(f"{W}i")),
        underline=_on(get(f"{W}u")),
        strike=_on(get(f"{W}strike")) or _on(get(f"{W}dstrike")),
        size=int(size.get(f"{W}val")) / 2 if size is not None else None,
        font=fonts.get(f"{W}ascii") if fonts is not None else None,
        color=color_val.upper() if color_val and color_val != "auto" else None,
        highlight=highlight,
        valign=valign_val if valign_val in ("superscript", "subscript") else None,
    )


def _runs_text(p: Any) -> tuple[str, list[CharProps], bool, bool]:
    """Text and per-character properties of paragraph element ``p``, and where it holds a page break.

    The two flags: a break before or inside its text (the paragraph starts a page, as Word writes it), and a break
    after all of its text (what follows starts a page: LibreOffice writes a page break inserted at a paragraph's
    end this way).
    """
    text: list[str] = []
    chars: list[CharProps] = []
    breaks: list[int] = []  # the text length at each page break
    for r in p.iter(f"{W}r"):
        props = _char_props(r.find(f"{W}rPr"))
        for child in r:
            if child.tag == f"{W}t":
                t = child.text or ""
                text.append(t)
                chars.extend([props] * len(t))
            elif child.tag == f"{W}tab":
                text.append("\t")
                chars.append(props)
            elif child.tag == f"{W}br":
                if child.get(f"{W}type") == "page":
                    breaks.append(len(chars))
                else:
                    text.append("\n")
                    chars.append(props)
    joined = "".join(text)
    end = len(joined.rstrip())
    after = bool(joined.strip()) and any(b >= end for b in breaks)
    before = any(b < end for b in breaks) or (bool(breaks) and not joined.strip())
    return joined, chars, before, after


class _Styles:
    """Paragraph style lookups through ``basedOn`` chains."""

    def __init__(self, doc: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_id = None
        self.defaults = doc.styles.element.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
        for s in doc.styles.element.findall(f"{W}style"):
            if s.get(f"{W}type") == "paragraph":
                sid = s.get(f"{W}styleId")
                self.by_id[sid] = s
                if s.get(f"{W}default") in ("1", "true"):
                    self.default_id = sid

    def name(self, sid: str | None) -> str:
        s = self.by_id.get(sid or self.default_id or "")
        if s is None:
            return sid or "Normal"
        n = s.find(f"{W}name")
        return n.get(f"{W}val") if n is not None else sid

    def lookup(self, sid: str | None, path: tuple[str, ...], attr: str | None = None) -> Any:
        """First element at ``pPr/path`` (carrying ``attr`` if given) along the style chain, then docDefaults."""
        seen = set()
        sid = sid or self.default_id
        chain = []
        while sid and sid not in seen:
            seen.add(sid)
            s = self.by_id.get(sid)
            if s is None:
                break
            chain.append(s.find(f"{W}pPr"))
            based = s.find(f"{W}basedOn")
            sid = based.get(f"{W}val") if based is not None else None
        chain.append(self.defaults)
        for el in chain:
            for tag in path:
                el = el.find(f"{W}{tag}") if el is not None else None
            if el is not None and (attr is None or el.get(f"{W}{attr}") is not None):
                return el
        return None


def _num_kinds(doc: Any) -> dict[str, str]:
    """Map each numbering id to "bullet" or "number" (its level-0 format)."""
    try:
        numbering = doc.part.numbering_part.element
    except Exception:  # no numbering part at all
        return {}
    abstract: dict[str, str] = {}
    for a in numbering.findall(f"{W}abstractNum"):
        fmt = a.find(f"{W}lvl/{W}numFmt")
        abstract[a.get(f"{W}abstractNumId")] = "bullet" if fmt is not None and fmt.get(f"{W}val") == "bullet" \
            else "number"
    out = {}
    for n in numbering.findall(f"{W}num"):
        ref = n.find(f"{W}abstractNumId")
        if ref is not None:
            out[n.get(f"{W}numId")] = abstract.get(ref.get(f"{W}val"), "number")
    return out


def _para(p: Any, styles: _Styles, nums: dict[str, str]) -> DocPara:
    text, chars, page_break, break_after = _runs_text(p)
    ppr = p.find(f"{W}pPr")
    sid_el = ppr.find(f"{W}pStyle") if ppr is not None else None
    sid = sid_el.get(f"{W}val") if sid_el is not None else None

    def prop(*path: str) -> Any:
        el = ppr
        for tag in path:
            el = el.find(f"{W}{tag}") if el is not None else None
        return el if el is not None else styles.lookup(sid, path)

    jc = prop("jc")
    ind = prop("ind")
    spacing = p.find(f"{W}pPr/{W}spacing")
    if spacing is None or spacing.get(f"{W}line") is None:
        spacing = styles.lookup(sid, ("spacing",), "line")
    line = 1.0
    if spacing is not None and spacing.get(f"{W}line") and spacing.get(f"{W}lineRule", "auto") == "auto":
        line = int(spacing.get(f"{W}line")) / 240
    left = 0.0
    if ind is not None:
        left = int(ind.get(f"{W}left") or ind.get(f"{W}start") or 0) / 1440
    num = prop("numPr", "numId")
    list_kind = nums.get(num.get(f"{W}val")) if num is not None and num.get(f"{W}val") != "0" else None
    pbb = prop("pageBreakBefore")
    return DocPara(
        text=text,
        chars=chars,
        style=styles.name(sid),
        align=_ALIGN.get(jc.get(f"{W}val"), "left") if jc is not None else "left",
        indent=round(left, 3),
        spacing=round(line, 3),
        list_kind=list_kind,
        page_break=page_break or _on(pbb),
        break_after=break_after,
    )


def read_docx(path: str | os.PathLike[str]) -> DocModel:
    """Parse ``path`` into a :class:`DocModel`.

    A page break is attached to the next non-empty paragraph, whether LibreOffice wrote it as
    ``pageBreakBefore``, as a ``<w:br w:type="page"/>`` in an (often empty) paragraph before it, or as one after
    the text of the paragraph before it (a break inserted at that paragraph's end). A break after the last
    paragraph is ``end_break``: a blank page at the end.
    """
    import docx

    doc = docx.Document(os.fspath(path))
    styles = _Styles(doc)
    nums = _num_kinds(doc)
    blocks: list[DocPara | DocTable] = []
    pending_break = False
    for el in doc.element.body:
        if el.tag == f"{W}p":
            para = _para(el, styles, nums)
            if para.text.strip():
                para.page_break = para.page_break or pending_break
                pending_break, para.break_after = para.break_after, False
                blocks.append(para)
            elif para.page_break:
                pending_break = True
        elif el.tag == f"{W}tbl":
            blocks.append(_table(el, styles, nums))
    landscape = all(_landscape(s) for s in doc.element.body.iter(f"{W}sectPr"))
    return DocModel(blocks=blocks, landscape=landscape, end_break=pending_break)


def _table(tbl: Any, styles: _Styles, nums: dict[str, str]) -> DocTable:
    rows = []
    for tr in tbl.findall(f"{W}tr"):
        row = []
        for tc in tr.findall(f"{W}tc"):
            paras = [_para(p, styles, nums) for p in tc.findall(f"{W}p")]
            text = "\n".join(p.text for p in paras)
            chars = [c for p in paras for c in p.chars + [PLAIN]][:-1] if paras else []
            row.append(DocPara(text=text, chars=chars, align=paras[0].align if paras else "left"))
        rows.append(row)
    return DocTable(cells=rows)


def _landscape(sect: Any) -> bool:
    size = sect.find(f"{W}pgSz")
    if size is None:
        return False
    if size.get(f"{W}orient") == "landscape":
        return True
    w, h = size.get(f"{W}w"), size.get(f"{W}h")
    return bool(w and h and int(w) > int(h))
