"""Compare a saved document with the expected one and say, in words, every way they differ.

An empty list means success. Whitespace runs, curly quotes and dashes are normalised (typing and
deleting leave double spaces; autocorrect curls quotes); character formatting is compared on
non-space characters only, so selecting one space more or less does not matter.
"""

from __future__ import annotations

import re

from lamforge.tasks.checks.docmodel import CharProps, DocModel, DocPara, DocTable

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                         "\u00a0": " "})
INDENT_TOL = 0.05  # inches
SPACING_TOL = 0.02  # line-spacing multiple


def norm(text: str) -> str:
    """Text as compared: quotes and dashes straightened, whitespace collapsed, ends stripped.

    >>> norm("  It\u2019s   done \\n")
    "It's done"
    """
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


def _visible_props(p: DocPara) -> list[CharProps]:
    return [c for ch, c in zip(p.text, p.chars, strict=False) if not ch.isspace()]


def _short(text: str, n: int = 50) -> str:
    t = norm(text)
    return repr(t if len(t) <= n else t[: n - 3] + "...")


def _diff_chars(where: str, out: DocPara, exp: DocPara) -> list[str]:
    a, b = _visible_props(out), _visible_props(exp)
    if len(a) != len(b):
        return [f"{where}: character count differs"]
    visible = [ch for ch in exp.text if not ch.isspace()]
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y:
            fields = [f for f in CharProps._fields if getattr(x, f) != getattr(y, f)]
            detail = ", ".join(f"{f}={getattr(x, f)!r} (expected {getattr(y, f)!r})" for f in fields)
            start = "".join(visible[max(0, i - 10): i + 10])
            return [f"{where}: formatting differs near {start!r}: {detail}"]
    return []


def _diff_para(i: int, out: DocPara, exp: DocPara) -> list[str]:
    where = f"paragraph {i + 1} {_short(exp.text, 40)}"
    if norm(out.text) != norm(exp.text):
        return [f"paragraph {i + 1}: text is {_short(out.text)}, expected {_short(exp.text)}"]
    errs = []
    if out.style.casefold() != exp.style.casefold():
        errs.append(f"{where}: style {out.style!r}, expected {exp.style!r}")
    if out.align != exp.align:
        errs.append(f"{where}: alignment {out.align}, expected {exp.align}")
    if out.list_kind != exp.list_kind:
        errs.append(f"{where}: list {out.list_kind}, expected {exp.list_kind}")
    if exp.list_kind is None and out.list_kind is None and abs(out.indent - exp.indent) > INDENT_TOL:
        errs.append(f"{where}: left indent {out.indent:.2f} in, expected {exp.indent:.2f} in")
    if abs(out.spacing - exp.spacing) > SPACING_TOL:
        errs.append(f"{where}: line spacing {out.spacing:g}, expected {exp.spacing:g}")
    if out.page_break != exp.page_break:
        errs.append(f"{where}: page break before is {out.page_break}, expected {exp.page_break}")
    return errs + _diff_chars(where, out, exp)


def _diff_table(i: int, out: DocTable, exp: DocTable) -> list[str]:
    shape_o = (len(out.cells), max((len(r) for r in out.cells), default=0))
    shape_e = (len(exp.cells), max((len(r) for r in exp.cells), default=0))
    if shape_o != shape_e:
        return [f"table {i + 1}: {shape_o[0]}x{shape_o[1]}, expected {shape_e[0]}x{shape_e[1]}"]
    errs = []
    for r, (ro, re_) in enumerate(zip(out.cells, exp.cells, strict=False)):
        for c, (co, ce) in enumerate(zip(ro, re_, strict=False)):
            where = f"table {i + 1} cell ({r + 1}, {c + 1})"
            if norm(co.text) != norm(ce.text):
                errs.append(f"{where}: text {_short(co.text)}, expected {_short(ce.text)}")
            else:
                errs += _diff_chars(where, co, ce)
            if co.align != ce.align:
                errs.append(f"{where}: alignment {co.align}, expected {ce.align}")
    return errs


def diff(out: DocModel, exp: DocModel) -> list[str]:
    """Every difference between ``out`` (the saved file) and ``exp`` (what the task should produce)."""
    kinds_o = ["T" if isinstance(b, DocTable) else "P" for b in out.blocks]
    kinds_e = ["T" if isinstance(b, DocTable) else "P" for b in exp.blocks]
    errs: list[str] = []
    if kinds_o != kinds_e:
        po, pe = kinds_o.count("P"), kinds_e.count("P")
        to, te = kinds_o.count("T"), kinds_e.count("T")
        errs.append(f"document has {po} paragraphs and {to} tables in this order {''.join(kinds_o)}, "
                    f"expected {pe} and {te} ({''.join(kinds_e)})")
        out_texts = [norm(p.text) for p in out.paragraphs]
        for i, p in enumerate(exp.paragraphs):
            if norm(p.text) not in out_texts:
                errs.append(f"paragraph {i + 1} {_short(p.text)} is missing")
        return errs
    pi = ti = 0
    for bo, be in zip(out.blocks, exp.blocks, strict=True):
        if isinstance(be, DocTable):
            errs += _diff_table(ti, bo, be)  # type: ignore[arg-type]
            ti += 1
        else:
            errs += _diff_para(pi, bo, be)  # type: ignore[arg-type]
            pi += 1
    if out.end_break != exp.end_break:
        errs.append(f"a page break after the last paragraph is {out.end_break}, expected {exp.end_break}")
    if out.landscape != exp.landscape:
        errs.append(f"page orientation is {'landscape' if out.landscape else 'portrait'}, expected "
                    f"{'landscape' if exp.landscape else 'portrait'}")
    return errs
