"""Checks on a saved .docx, written here and independent of lamforge's own task checkers.

Every check is ``check(saved, source) -> bool`` on python-docx Documents (most ignore ``source``). Formatting
is read *effectively*: a run's direct properties, then its character style, the paragraph's style chain, the
table's style and the document defaults, with theme fonts resolved. That matters because LibreOffice's .docx
export writes as direct formatting what a python-docx document only inherits (table cells above all), splits
and merges runs, renumbers lists and writes explicit defaults (left alignment, 1.15 line spacing on the last
paragraph). So everything is compared per character, on effective values, never per run.

:func:`guard` is the "nothing else touched" test: every paragraph of the source (body and table cells) must
come back with the same text, the same formatting on every character and the same paragraph properties,
except what the case's :class:`Targets` exempts.
"""

from __future__ import annotations

import colorsys
import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

Check = Callable[[Any, Any], bool]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
PAGE = "\x0c"  # a page break in the flattened body text


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(el: Any, attr: str = "val") -> str | None:
    return None if el is None else el.get(_q(attr))


def _on(el: Any) -> bool:
    """A toggle property (w:b, w:i ...): present and not switched off."""
    if el is None:
        return False
    v = _val(el)
    return v is None or v.lower() not in ("0", "false", "off", "none")


# --------------------------------------------------------------------------------------------------------------
# Effective formatting


CHAR_KEYS = ("bold", "italic", "underline", "strike", "size", "font", "color", "highlight", "vert", "caps")
PARA_KEYS = ("style", "align", "line", "before", "after", "left", "right", "first", "list", "break_before", "breaks")
# what a Targets.props name allows to change
PROP_GROUPS: dict[str, tuple[str, ...]] = {
    **{k: (k,) for k in CHAR_KEYS},
    "align": ("align",),
    "line": ("line",),
    "spacing": ("before", "after"),
    "indent": ("left", "right", "first"),
    "list": ("list", "left", "right", "first"),
    "style": ("style",),
    "breaks": ("break_before", "breaks"),
}
_HIGHLIGHTS = {
    "yellow": "FFFF00", "green": "00FF00", "cyan": "00FFFF", "magenta": "FF00FF", "blue": "0000FF",
    "red": "FF0000", "darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000",
    "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000", "darkGray": "808080",
    "lightGray": "C0C0C0", "black": "000000", "white": "FFFFFF",
}
_SKIP_ANCESTORS = {_q("del"), _q("moveFrom"), _q("txbxContent")}


class _Styles:
    """A document's styles, defaults, theme fonts and numbering, for effective-value lookups."""

    def __init__(self, doc: Any) -> None:
        root = doc.styles.element
        self.by_id = {s.get(_q("styleId")): s for s in root.iterchildren(_q("style"))}
        self.default_para = next(
            (i for i, s in self.by_id.items() if s.get(_q("type")) == "paragraph" and _on_attr(s.get(_q("default")))),
            None,
        )
        self.rdef = root.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
        self.pdef = root.find("w:docDefaults/w:pPrDefault/w:pPr", NS)
        self.theme: dict[str, str] = {}
        for rel in doc.part.rels.values():
            if rel.reltype == RT.THEME and not rel.is_external:
                t = etree.fromstring(rel.target_part.blob)
                for which in ("minor", "major"):
                    latin = t.find(f".//a:{which}Font/a:latin", NS)
                    if latin is not None and latin.get("typeface"):
                        self.theme[which] = latin.get("typeface")
        self.levels: dict[tuple[str, int], Any] = {}
        try:
            numbering = doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        if numbering is not None:
            abstract = {a.get(_q("abstractNumId")): a for a in numbering.iterchildren(_q("abstractNum"))}
            for num in numbering.iterchildren(_q("num")):
                a = abstract.get(_val(num.find("w:abstractNumId", NS)))
                if a is None:
                    continue
                for lvl in a.iterchildren(_q("lvl")):
                    self.levels[(num.get(_q("numId")), int(lvl.get(_q("ilvl")) or 0))] = lvl
                for ov in num.iterchildren(_q("lvlOverride")):
                    lvl = ov.find("w:lvl", NS)
                    if lvl is not None:
                        self.levels[(num.get(_q("numId")), int(ov.get(_q("ilvl")) or 0))] = lvl

    def chain(self, style_id: str | None) -> list[Any]:
        """The style and the styles it is based on, nearest first."""
        out: list[Any] = []
        while style_id and style_id in self.by_id and len(out) < 20:
            s = self.by_id[style_id]
            if any(s is o for o in out):
                break
            out.append(s)
            style_id = _val(s.find("w:basedOn", NS))
        return out

    def name(self, style_id: str | None) -> str:
        s = self.by_id.get(style_id or "")
        if s is None:
            return (style_id or "").lower()
        return (_val(s.find("w:name", NS)) or style_id or "").lower()


def _on_attr(v: str | None) -> bool:
    return v is not None and v.lower() in ("1", "true", "on")


_STYLE_CACHE: dict[int, tuple[Any, _Styles]] = {}


def _styles(doc: Any) -> _Styles:
    """The document's style table, read once per Document (a few recent ones are kept)."""
    hit = _STYLE_CACHE.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    if len(_STYLE_CACHE) > 16:
        _STYLE_CACHE.clear()
    st = _Styles(doc)
    _STYLE_CACHE[id(doc)] = (doc, st)
    return st


def _first(chain: Iterable[Any], tag: str) -> Any:
    for el in chain:
        if el is not None:
            found = el.find(f"w:{tag}", NS)
            if found is not None:
                return found
    return None


def _first_attr(chain: Iterable[Any], tag: str, attrs: tuple[str, ...]) -> tuple[str | None, Any]:
    """The first value of any of ``attrs`` on element ``tag`` along the chain, and that element."""
    for el in chain:
        if el is None:
            continue
        found = el.find(f"w:{tag}", NS)
        if found is None:
            continue
        for a in attrs:
            v = found.get(_q(a))
            if v is not None:
                return v, found
    return None, None


def _twips(v: str | None) -> int:
    try:
        return int(float(v)) if v is not None else 0
    except ValueError:
        return 0


@dataclass
class Para:
    """One paragraph as the checks see it: text, per-character formatting, paragraph properties."""

    text: str
    chars: list[dict[str, Any]]
    props: dict[str, Any]
    element: Any = None


def _read_para(st: _Styles, p: Any, table_style: str | None = None) -> Para:
    ppr = p.find("w:pPr", NS)
    style_id = _val(ppr.find("w:pStyle", NS)) if ppr is not None and ppr.find("w:pStyle", NS) is not None else None
    style_id = style_id or st.default_para
    pstyles = st.chain(style_id)
    tstyles = st.chain(table_style) if table_style else []
    pchain = [ppr, *(s.find("w:pPr", NS) for s in pstyles), *(s.find("w:pPr", NS) for s in tstyles), st.pdef]
    num_id, ilvl = None, 0
    for el in pchain:
        np_ = el.find("w:numPr", NS) if el is not None else None
        if np_ is not None and np_.find("w:numId", NS) is not None:
            num_id = _val(np_.find("w:numId", NS))
            ilvl = int(_val(np_.find("w:ilvl", NS)) or 0)
            break
    lvl = st.levels.get((num_id or "", ilvl)) if num_id not in (None, "0") else None
    if lvl is not None:
        pchain.insert(1, lvl.find("w:pPr", NS))
    props: dict[str, Any] = {"style": st.name(style_id)}
    jc = _val(_first(pchain, "jc"))
    props["align"] = {None: "left", "start": "left", "end": "right", "both": "justify", "distribute": "justify"}.get(
        jc, jc
    )
    line, sp = _first_attr(pchain, "spacing", ("line",))
    rule = sp.get(_q("lineRule")) if sp is not None else None
    if line is None:
        props["line"] = None
    elif rule in (None, "auto"):
        props["line"] = round(_twips(line) / 240, 2)
    else:
        props["line"] = f"{rule}:{_twips(line)}"
    props["before"] = _twips(_first_attr(pchain, "spacing", ("before",))[0])
    props["after"] = _twips(_first_attr(pchain, "spacing", ("after",))[0])
    props["left"] = _twips(_first_attr(pchain, "ind", ("left", "start"))[0])
    props["right"] = _twips(_first_attr(pchain, "ind", ("right", "end"))[0])
    first, ind = _first_attr(pchain, "ind", ("firstLine", "hanging"))
    props["first"] = -_twips(first) if ind is not None and ind.get(_q("hanging")) is not None else _twips(first)
    props["list"] = None if lvl is None else (_val(lvl.find("w:numFmt", NS)) or "none", ilvl)
    props["break_before"] = _on(_first(pchain, "pageBreakBefore"))
    base = [*(s.find("w:rPr", NS) for s in pstyles), *(s.find("w:rPr", NS) for s in tstyles), st.rdef]
    text: list[str] = []
    chars: list[dict[str, Any]] = []
    breaks = 0
    for r in p.iter(_q("r")):
        anc, skip = r.getparent(), False
        while anc is not None and anc is not p:
            if anc.tag in _SKIP_ANCESTORS:
                skip = True
                break
            anc = anc.getparent()
        if skip:
            continue
        rpr = r.find("w:rPr", NS)
        rstyle = _val(rpr.find("w:rStyle", NS)) if rpr is not None and rpr.find("w:rStyle", NS) is not None else None
        rchain = [rpr, *(s.find("w:rPr", NS) for s in st.chain(rstyle)), *base]
        fmt: dict[str, Any] | None = None
        for child in r:
            tag = etree.QName(child).localname
            piece = ""
            if tag == "t":
                piece = child.text or ""
            elif tag == "tab":
                piece = "\t"
            elif tag == "br":
                if child.get(_q("type")) == "page":
                    breaks += 1
                elif child.get(_q("type")) != "column":
                    piece = "\n"
            elif tag == "cr":
                piece = "\n"
            elif tag == "noBreakHyphen":
                piece = "-"
            if piece:
                if fmt is None:
                    fmt = _run_props(st, rchain)
                text.append(piece)
                chars.extend(fmt for _ in piece)
    props["breaks"] = breaks
    return Para("".join(text), chars, props, p)


def _run_props(st: _Styles, chain: list[Any]) -> dict[str, Any]:
    u = _val(_first(chain, "u"))
    sz = _val(_first(chain, "sz"))
    color = (_val(_first(chain, "color")) or "").upper()
    hl = _val(_first(chain, "highlight"))
    shd = _first(chain, "shd")
    highlight = None
    if hl and hl != "none":
        highlight = _HIGHLIGHTS.get(hl, hl.upper())
    elif shd is not None and _val(shd) != "nil":
        fill = (shd.get(_q("fill")) or "").upper()
        highlight = fill if fill not in ("", "AUTO") else None
    vert = _val(_first(chain, "vertAlign"))
    return {
        "bold": _on(_first(chain, "b")),
        "italic": _on(_first(chain, "i")),
        "underline": None if u in (None, "none") else u,
        "strike": _on(_first(chain, "strike")) or _on(_first(chain, "dstrike")),
        "size": int(sz) / 2 if sz and sz.isdigit() else 10.0,
        "font": _font(st, chain),
        "color": None if color in ("", "AUTO", "000000") else color,
        "highlight": highlight,
        "vert": None if vert in (None, "baseline") else vert,
        "caps": (_on(_first(chain, "caps")), _on(_first(chain, "smallCaps"))),
    }


def _font(st: _Styles, chain: list[Any]) -> str | None:
    for el in chain:
        f = el.find("w:rFonts", NS) if el is not None else None
        if f is None:
            continue
        if f.get(_q("ascii")):
            return f.get(_q("ascii"))
        theme = f.get(_q("asciiTheme"))
        if theme:
            return st.theme.get("major" if theme.startswith("major") else "minor", theme)
    return None


# --------------------------------------------------------------------------------------------------------------
# Reading a document


def body_paragraphs(doc: Any) -> list[Para]:
    """The body's paragraphs in order (tables left out)."""
    st = _styles(doc)
    return [_read_para(st, p, None) for p in doc.element.body.iterchildren(_q("p"))]


def tables(doc: Any) -> list[list[list[list[Para]]]]:
    """Each body table as rows of cells of paragraphs."""
    st = _styles(doc)
    out = []
    for tbl in doc.element.body.iterchildren(_q("tbl")):
        tstyle = _val(tbl.find("w:tblPr/w:tblStyle", NS))
        out.append([
            [[_read_para(st, p, tstyle) for p in tc.iterchildren(_q("p"))] for tc in tr.iterchildren(_q("tc"))]
            for tr in tbl.iterchildren(_q("tr"))
        ])
    return out


def all_paragraphs(doc: Any) -> list[Para]:
    """Body paragraphs, then every table cell's paragraphs."""
    return [*body_paragraphs(doc), *(p for t in tables(doc) for row in t for cell in row for p in cell)]


def cell_text(cell: list[Para]) -> str:
    return "\n".join(p.text for p in cell)


def flat_body(doc: Any) -> str:
    """The body as one string: paragraphs joined by newlines, page breaks as form feeds, tables as tabs."""
    st = _styles(doc)
    out = []
    for el in doc.element.body.iterchildren():
        if el.tag == _q("p"):
            para = _read_para(st, el)
            out.append((PAGE if para.props["break_before"] else "") + para.text + PAGE * para.props["breaks"])
        elif el.tag == _q("tbl"):
            out.append("\t".join(t.text or "" for t in el.iter(_q("t"))) or "\t")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------------------------
# Matching wanted values


def color_family(hexv: str | None) -> str | None:
    """A colour's everyday name: red, orange, yellow, green, cyan, blue, purple, pink, grey, black or white."""
    if not hexv or len(hexv) != 6:
        return None
    try:
        r, g, b = (int(hexv[i:i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return None
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    if s < 0.2 or max(r, g, b) - min(r, g, b) < 0.12:
        return "black" if lum < 0.2 else "white" if lum > 0.9 else "grey"
    deg = h * 360
    for upto, name in ((15, "red"), (40, "orange"), (70, "yellow"), (165, "green"), (195, "cyan"), (255, "blue"),
                       (290, "purple"), (340, "pink"), (361, "red")):
        if deg < upto:
            return name
    return None


def _match(key: str, value: Any, want: Any) -> bool:
    if callable(want):
        return bool(want(value))
    if key == "underline":
        return (value is not None) == bool(want)
    if key in ("color", "highlight"):
        if want is False or want is None:
            return value is None
        if want is True:
            return value is not None
        if value is None:
            return False
        w = str(want)
        return value == w[1:].upper() if w.startswith("#") else color_family(value) == w
    if key == "size":
        return value is not None and abs(float(value) - float(want)) < 0.05
    if key == "font":
        return value is not None and value.lower() == str(want).lower()
    if key == "list" and isinstance(want, bool):
        return (value is not None) == want
    if key == "caps":
        return value[0] == want
    if key == "style":
        return value == str(want).lower()
    if key == "line":
        return isinstance(value, float) and abs(value - float(want)) < 0.02
    return value == want


def _span(text: str) -> tuple[str, int, int]:
    """``'H[2]O'`` -> ('H2O', 1, 2): the context to find and the part of it meant."""
    if "[" in text and "]" in text:
        pre, rest = text.split("[", 1)
        mid, post = rest.split("]", 1)
        return pre + mid + post, len(pre), len(pre) + len(mid)
    return text, 0, len(text)


def _occurrences(paras: list[Para], text: str) -> list[tuple[Para, int, int]]:
    ctx, a, b = _span(text)
    out = []
    for p in paras:
        start = p.text.find(ctx)
        while start >= 0:
            out.append((p, start + a, start + b))
            start = p.text.find(ctx, start + 1)
    return out


def find_para(doc: Any, text: str, *, exact: bool = False, nth: int = 1) -> Para | None:
    """The ``nth`` paragraph (body, then cells) whose text contains ``text`` (or equals it)."""
    hits = [p for p in all_paragraphs(doc) if (p.text.strip() == text if exact else text in p.text)]
    return hits[nth - 1] if len(hits) >= nth else None


# --------------------------------------------------------------------------------------------------------------
# Checks


def fmt(text: str, *, nth: int = 1, **want: Any) -> Check:
    """The ``nth`` occurrence of ``text`` (``'H[2]O'``: only the bracketed part) has these character values.

    Keys: bold, italic, underline, strike (bools), size (points), font (name), color / highlight (True, a
    colour family such as 'red', or RRGGBB), vert ('subscript', 'superscript' or None), caps; or callables.
    Whitespace characters are not judged.
    """

    def check(doc: Any, src: Any = None) -> bool:
        occ = _occurrences(all_paragraphs(doc), text)
        if len(occ) < nth:
            return False
        p, a, b = occ[nth - 1]
        idx = [i for i in range(a, b) if not p.text[i].isspace()]
        return bool(idx) and all(_match(k, p.chars[i][k], v) for i in idx for k, v in want.items())

    return check


def para(text: str, *, exact: bool = False, nth: int = 1, **want: Any) -> Check:
    """The paragraph holding ``text`` has these paragraph values.

    Keys: style (name, e.g. 'Heading 2'), align ('left', 'center', 'right', 'justify'), line (a multiple, e.g.
    2.0), before / after / left / right / first (twips), list (True / False for membership, or a predicate
    such as :func:`bulleted`; the value is (numFmt, level) from the paragraph's or its style's numPr),
    break_before, breaks (page breaks in its runs); or callables.
    """

    def check(doc: Any, src: Any = None) -> bool:
        p = find_para(doc, text, exact=exact, nth=nth)
        return p is not None and all(_match(k, p.props[k], v) for k, v in want.items())

    return check


def paras_all(texts: Iterable[str], **want: Any) -> Check:
    """Each paragraph holding one of ``texts`` has these paragraph values."""
    return all_of(*(para(t, **want) for t in texts))


def every_para(*, cells: bool = True, **want: Any) -> Check:
    """Every non-empty paragraph (with table cells, unless ``cells=False``) has these paragraph values."""

    def check(doc: Any, src: Any = None) -> bool:
        ps = all_paragraphs(doc) if cells else body_paragraphs(doc)
        ps = [p for p in ps if p.text.strip()]
        return bool(ps) and all(_match(k, p.props[k], v) for p in ps for k, v in want.items())

    return check


def every_char(*, cells: bool = True, **want: Any) -> Check:
    """Every non-space character (with table cells, unless ``cells=False``) has these character values."""

    def check(doc: Any, src: Any = None) -> bool:
        ps = all_paragraphs(doc) if cells else body_paragraphs(doc)
        got = [(p, i) for p in ps for i, c in enumerate(p.text) if not c.isspace()]
        return bool(got) and all(_match(k, p.chars[i][k], v) for p, i in got for k, v in want.items())

    return check


def chars_in_paras(texts: Iterable[str], **want: Any) -> Check:
    """Every non-space character of each paragraph holding one of ``texts`` has these character values."""

    def check(doc: Any, src: Any = None) -> bool:
        for t in texts:
            p = find_para(doc, t)
            if p is None:
                return False
            idx = [i for i, c in enumerate(p.text) if not c.isspace()]
            if not idx or not all(_match(k, p.chars[i][k], v) for i in idx for k, v in want.items()):
                return False
        return True

    return check


def has_text(text: str) -> Check:
    return lambda doc, src=None: any(text in p.text for p in all_paragraphs(doc))


def lacks_text(text: str) -> Check:
    return lambda doc, src=None: not any(text in p.text for p in all_paragraphs(doc))


def body_texts_are(texts: list[str]) -> Check:
    """The body's non-empty paragraphs are exactly these, in order."""
    return lambda doc, src=None: [p.text for p in body_paragraphs(doc) if p.text.strip()] == texts


def para_text_is(start: str, text: str) -> Check:
    """The one body paragraph that starts with ``start`` reads exactly ``text`` (no stray space left behind)."""

    def check(doc: Any, src: Any = None) -> bool:
        hits = [p.text for p in body_paragraphs(doc) if p.text.lstrip().startswith(start)]
        return hits == [text]

    return check


def table_shape(t: int, rows: int, cols: int) -> Check:
    """Table ``t`` (0-based) has this many rows and columns (every row)."""

    def check(doc: Any, src: Any = None) -> bool:
        ts = tables(doc)
        return len(ts) > t and len(ts[t]) == rows and all(len(r) == cols for r in ts[t])

    return check


def table_rows(t: int, rows: list[list[str]]) -> Check:
    """Table ``t``'s cell texts are exactly these."""

    def check(doc: Any, src: Any = None) -> bool:
        ts = tables(doc)
        return len(ts) > t and [[cell_text(c).strip() for c in r] for r in ts[t]] == rows

    return check


def cell_is(t: int, r: int, c: int, text: str) -> Check:
    def check(doc: Any, src: Any = None) -> bool:
        ts = tables(doc)
        try:
            return cell_text(ts[t][r][c]).strip() == text
        except IndexError:
            return False

    return check


def cells_fmt(t: int, *, row: int | None = None, col: int | None = None, **want: Any) -> Check:
    """Every non-space character of the chosen cells (a row, a column, or both: one cell) has these values."""

    def check(doc: Any, src: Any = None) -> bool:
        ts = tables(doc)
        if len(ts) <= t:
            return False
        got = []
        for ri, r in enumerate(ts[t]):
            for ci, cell in enumerate(r):
                if (row is None or ri == row) and (col is None or ci == col):
                    got += [(p, i) for p in cell for i, ch in enumerate(p.text) if not ch.isspace()]
        return bool(got) and all(_match(k, p.chars[i][k], v) for p, i in got for k, v in want.items())

    return check


def cells_para(t: int, *, row: int | None = None, col: int | None = None, **want: Any) -> Check:
    """Every paragraph of the chosen cells has these paragraph values."""

    def check(doc: Any, src: Any = None) -> bool:
        ts = tables(doc)
        if len(ts) <= t:
            return False
        got = [p for ri, r in enumerate(ts[t]) for ci, cell in enumerate(r) for p in cell
               if (row is None or ri == row) and (col is None or ci == col)]
        return bool(got) and all(_match(k, p.props[k], v) for p in got for k, v in want.items())

    return check


def new_table(rows: int, cols: int, *, after: str | None = None, at_end: bool = False) -> Check:
    """Exactly one table more than the source, empty, of this size; after the paragraph holding ``after``
    (empty paragraphs may sit between) or with no text after it (``at_end``)."""

    def check(doc: Any, src: Any) -> bool:
        if len(tables(doc)) != len(tables(src)) + 1:
            return False
        st = _styles(doc)
        blocks = list(doc.element.body.iterchildren(_q("p"), _q("tbl")))
        for k, el in enumerate(blocks):
            if el.tag != _q("tbl"):
                continue
            grid = [list(tr.iterchildren(_q("tc"))) for tr in el.iterchildren(_q("tr"))]
            if len(grid) != rows or any(len(r) != cols for r in grid):
                continue
            if any((t.text or "").strip() for t in el.iter(_q("t"))):
                continue
            texts_before = [_read_para(st, b).text for b in blocks[:k] if b.tag == _q("p")]
            texts_after = [_read_para(st, b).text if b.tag == _q("p") else "\t" for b in blocks[k + 1:]]
            if after is not None:
                prev = [t for t in texts_before if t.strip()]
                if not prev or after not in prev[-1]:
                    continue
                if blocks[:k] and blocks[k - 1].tag == _q("tbl"):
                    continue
            if at_end and any(t.strip() for t in texts_after):
                continue
            return True
        return False

    return check


def page_break_between(a: str, b: str, *, at_least: int = 1) -> Check:
    """A page break (``at_least`` of them: 2 for a blank page) between the end of the paragraph holding ``a``
    and the start of the next one holding ``b``, with no text between."""

    def check(doc: Any, src: Any = None) -> bool:
        flat = flat_body(doc)
        i = flat.find(a)
        j = flat.find(b, i + len(a)) if i >= 0 else -1
        if j < 0:
            return False
        between = flat[i + len(a):j]  # the break may end a's paragraph, start b's, or sit in empty ones
        return not between.replace(PAGE, "").strip() and between.count(PAGE) >= at_least

    return check


def blank_page_at_end() -> Check:
    """After the last text of the body comes a page break and then nothing but empty paragraphs."""

    def check(doc: Any, src: Any = None) -> bool:
        flat = flat_body(doc)
        seen = [i for i, c in enumerate(flat) if not c.isspace()]  # a form feed counts as space here
        return bool(seen) and PAGE in flat[seen[-1] + 1:]

    return check


def all_of(*checks: Check) -> Check:
    return lambda doc, src=None: all(c(doc, src) for c in checks)


def any_of(*checks: Check) -> Check:
    return lambda doc, src=None: any(c(doc, src) for c in checks)


def unchanged() -> Check:
    """Nothing changed at all (text and formatting): the check of a request the product cannot carry out."""
    return lambda doc, src: guard(src, doc, Targets()) == ""


def bulleted(v: Any) -> bool:
    """A paragraph's ``list`` value: a bulleted list item."""
    return v is not None and v[0] == "bullet"


def numbered(v: Any) -> bool:
    """A paragraph's ``list`` value: a numbered (or lettered) list item."""
    return v is not None and v[0] not in ("bullet", "none")


def more_indented(text: str) -> Check:
    """The paragraph holding ``text`` sits further right than in the source (indent or list level)."""

    def check(doc: Any, src: Any) -> bool:
        p, q = find_para(doc, text), find_para(src, text)
        if p is None or q is None:
            return False
        lvl = (p.props["list"] or ("", 0))[1], (q.props["list"] or ("", 0))[1]
        return p.props["left"] > q.props["left"] or lvl[0] > lvl[1]

    return check


# --------------------------------------------------------------------------------------------------------------
# The guard


@dataclass(frozen=True)
class Targets:
    """What a case's edit may change; the guard holds everything else to the source.

    Args:
        paras: body paragraphs by index in the source, or any paragraph (body or cell) whose source text
            contains the string.
        spans: only these characters may change, in every paragraph holding them (``'H[2]O'``: just the 2).
        cells: (table, row, column) cells; None for row or column means all of them.
        everything: every paragraph is a target (whole-document edits), still limited by ``props``.
        props: what may change in the targets (names of :data:`PROP_GROUPS`); None: any formatting.
        text: the targets' text may change too.
        removed: target paragraphs may disappear.
        new_paras: this many new empty paragraphs may appear (page breaks, tables).
        added: new paragraphs with exactly these texts may appear (a new bullet, a new line).
        new_tables: this many new tables may appear.
        new_rows, new_cols, removed_rows, removed_cols: per target table (``tables``), shape changes allowed.
        tables: tables (0-based, in the source) whose rows and columns may change.

    """

    paras: tuple[int | str, ...] = ()
    spans: tuple[str, ...] = ()
    cells: tuple[tuple[int, int | None, int | None], ...] = ()
    everything: bool = False
    props: tuple[str, ...] | None = None
    text: bool = False
    removed: bool = False
    new_paras: int = 0
    added: tuple[str, ...] = ()
    new_tables: int = 0
    new_rows: int = 0
    new_cols: int = 0
    removed_rows: int = 0
    removed_cols: int = 0
    tables: tuple[int, ...] = ()

    def allowed(self) -> set[str] | None:
        if self.props is None:
            return None
        return {k for name in self.props for k in PROP_GROUPS[name]}


def _target_kind(tg: Targets, para: Para, *, body_index: int | None = None,
                 cell: tuple[int, int, int] | None = None) -> tuple[bool, list[tuple[int, int]]]:
    """(whole paragraph is a target, character ranges that are span targets)."""
    if tg.everything:
        return True, []
    if body_index is not None and body_index in tg.paras:
        return True, []
    if any(isinstance(x, str) and x in para.text for x in tg.paras):
        return True, []
    if cell is not None and any(t == cell[0] and r in (None, cell[1]) and c in (None, cell[2]) for t, r, c in tg.cells):
        return True, []
    ranges = [(a, b) for s in tg.spans for _, a, b in _occurrences([para], s)]
    return False, ranges


def _diff_para(before: Para, after: Para, tg: Targets, whole: bool, ranges: list[tuple[int, int]]) -> str:
    allowed = tg.allowed() if (whole or ranges) else set()
    if before.text != after.text and not (whole and tg.text):
        return f"text changed: {before.text[:60]!r} -> {after.text[:60]!r}"
    if whole and allowed is None:
        return ""
    allowed = allowed or set()
    for k in PARA_KEYS:
        a, b = before.props[k], after.props[k]
        if a == b or (k == "line" and {a, b} <= {None, 1.15}):
            continue
        if whole and k in allowed:
            continue
        return f"paragraph {before.text[:40]!r}: {k} {a!r} -> {b!r}"
    if len(before.chars) != len(after.chars):
        return ""  # text changed (allowed above): characters cannot be lined up
    for i, (ca, cb) in enumerate(zip(before.chars, after.chars, strict=True)):
        if ca == cb:
            continue
        in_span = whole or any(a <= i < b for a, b in ranges)
        for k in CHAR_KEYS:
            if ca[k] != cb[k] and not (in_span and k in allowed):
                return f"paragraph {before.text[:40]!r}, character {i} ({before.text[i]!r}): {k} {ca[k]!r} -> {cb[k]!r}"
    return ""


def _align(a: list[Any], b: list[Any]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Line up two sequences of keys: (pairs, indices only in a, indices only in b)."""
    pairs: list[tuple[int, int]] = []
    only_a: list[int] = []
    only_b: list[int] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pairs += zip(range(i1, i2), range(j1, j2), strict=True)
            continue
        n = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        pairs += zip(range(i1, i1 + n), range(j1, j1 + n), strict=True)
        only_a += range(i1 + n, i2)
        only_b += range(j1 + n, j2)
    return pairs, only_a, only_b


def guard(src: Any, doc: Any, tg: Targets) -> str:
    """'' when ``doc`` differs from ``src`` only where ``tg`` allows; else the first difference found."""
    bp, ap = body_paragraphs(src), body_paragraphs(doc)
    pairs, gone, extra = _align([p.text for p in bp], [p.text for p in ap])
    for i, j in pairs:
        whole, ranges = _target_kind(tg, bp[i], body_index=i)
        why = _diff_para(bp[i], ap[j], tg, whole, ranges)
        if why:
            return why
    for i in gone:
        if not (tg.removed and _target_kind(tg, bp[i], body_index=i)[0]):
            return f"paragraph {bp[i].text[:40]!r} is gone"
    new = [ap[j] for j in extra if ap[j].text.strip() not in tg.added]
    if any(p.text.strip() for p in new):
        return f"new paragraph {next(p.text for p in new if p.text.strip())[:40]!r}"
    if len(new) > tg.new_paras:
        return f"{len(new)} new empty paragraph(s)"
    bt, at = tables(src), tables(doc)

    def key(t: list[list[list[Para]]]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(cell_text(c) for c in r) for r in t)

    if tg.tables and len(bt) == len(at):
        tpairs, tgone, textra = list(zip(range(len(bt)), range(len(at)), strict=True)), [], []
    else:
        tpairs, tgone, textra = _align([key(t) for t in bt], [key(t) for t in at])
    if tgone:
        return f"table {tgone[0] + 1} is gone"
    if len(textra) > tg.new_tables:
        return f"{len(textra)} new table(s)"
    for i, j in tpairs:
        why = _diff_table(i, bt[i], at[j], tg)
        if why:
            return why
    return ""


def _diff_table(t: int, before: list[list[list[Para]]], after: list[list[list[Para]]], tg: Targets) -> str:
    shaped = t in tg.tables
    rpairs, rgone, rextra = _align([tuple(cell_text(c) for c in r) for r in before],
                                   [tuple(cell_text(c) for c in r) for r in after])
    if len(rgone) > (tg.removed_rows if shaped else 0):
        return f"table {t + 1}: row {rgone[0] + 1} is gone"
    if len(rextra) > (tg.new_rows if shaped else 0):
        return f"table {t + 1}: {len(rextra)} new row(s)"
    for ri, rj in rpairs:
        rb, ra = before[ri], after[rj]
        if len(rb) == len(ra):
            cpairs, cgone, cextra = list(zip(range(len(rb)), range(len(ra)), strict=True)), [], []
        else:
            cpairs, cgone, cextra = _align([cell_text(c) for c in rb], [cell_text(c) for c in ra])
        if len(cgone) > (tg.removed_cols if shaped else 0):
            return f"table {t + 1}: row {ri + 1} lost a cell"
        if len(cextra) > (tg.new_cols if shaped else 0):
            return f"table {t + 1}: row {ri + 1} has {len(cextra)} new cell(s)"
        for ci, cj in cpairs:
            cb, ca = rb[ci], ra[cj]
            if len(cb) != len(ca):
                return f"table {t + 1}: cell ({ri + 1}, {ci + 1}) has {len(ca)} paragraphs, not {len(cb)}"
            for pb, pa in zip(cb, ca, strict=True):
                whole, ranges = _target_kind(tg, pb, cell=(t, ri, ci))
                why = _diff_para(pb, pa, tg, whole, ranges)
                if why:
                    return f"table {t + 1}, cell ({ri + 1}, {ci + 1}): {why}"
    return ""


# --------------------------------------------------------------------------------------------------------------
# Cases and reference actions

KINDS = ("quoted", "role", "whole_document", "table", "multi_op", "unquoted", "typo", "by_content", "by_position",
         "char_in_word", "paragraph_range", "insert_table", "page_break", "infeasible", "public_style")


@dataclass(frozen=True)
class Case:
    """One request on one document, judged by ``check(saved, source)`` and by :func:`guard` with ``targets``.

    ``reference`` is a list of lamforge action dicts that make the right edit (``--verify`` runs them).
    """

    id: str
    doc: str
    request: str
    kind: str
    check: Check
    targets: Targets = Targets()
    reference: tuple[dict[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.id}: unknown kind {self.kind!r}")


def click(name: str) -> dict[str, Any]:
    """Click a toolbar button or menu item by its name."""
    return {"control_name": name, "function": "click_input", "args": {}}


def select(text: str) -> dict[str, Any]:
    return {"function": "select_text", "args": {"text": text}}


def keys(k: str) -> dict[str, Any]:
    return {"function": "keyboard_input", "args": {"keys": k}}


def value(name: str, v: str) -> dict[str, Any]:
    """Type a value into a valued box (Font Name, Font Size, Font Color, ...)."""
    return {"control_name": name, "function": "set_edit_text", "args": {"text": v}}


def insert_table(rows: int, columns: int) -> dict[str, Any]:
    return {"function": "insert_table", "args": {"rows": rows, "columns": columns}}


def select_table(number: int) -> dict[str, Any]:
    return {"function": "select_table", "args": {"number": number}}


def select_cells(table: int, *, row: int = 0, column: int = 0) -> dict[str, Any]:
    """A row, a column or one cell of a table (numbers from 1; 0: all rows or all columns)."""
    args = {"table": table, **({"row": row} if row else {}), **({"column": column} if column else {})}
    return {"function": "select_cells", "args": args}
