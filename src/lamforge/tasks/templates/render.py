"""Render a :class:`TemplateSpec` to a .docx with python-docx, byte-for-byte reproducibly.

Body text is written without direct character formatting, so a checker can tell that "make X
bold" happened. The zip entries get a fixed timestamp so the same spec always gives the same file.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
import zipfile
from functools import cache
from pathlib import Path

from lamforge.tasks.templates.spec import Block, TemplateSpec

BODY_FONT = "Liberation Sans"  # the template's base font: never a "change the font to ..." value
BODY_SIZE_PT = 11  # the template's base size: never a "set the size to ..." value
_FIXED_TIME = (2024, 1, 1, 0, 0, 0)
_ALIGN = {"center": 1, "right": 2, "justify": 3}


@cache
def style_size_pt(style: str) -> float:
    """The font size a paragraph style gives text in the templates (its own, a base style's, else the body size).

    >>> style_size_pt("Title"), style_size_pt("Heading 2"), style_size_pt("Normal"), style_size_pt("no such")
    (26.0, 13.0, 11.0, 11.0)
    """
    import docx

    styles = {s.name.lower(): s for s in docx.Document().styles}
    st = styles.get(style.lower())
    while st is not None and st.name != "Normal":
        if st.font.size is not None:
            return float(st.font.size.pt)
        st = st.base_style
    return float(BODY_SIZE_PT)


def render(spec: TemplateSpec) -> bytes:
    """The .docx bytes of ``spec``."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Inches, Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(BODY_SIZE_PT)
    props = doc.core_properties
    props.author = "lamforge"
    props.title = spec.name
    props.created = props.modified = dt.datetime(2024, 1, 1)
    props.last_modified_by = "lamforge"
    props.revision = 1
    for block in spec.blocks:
        if block.kind == "section":
            new = doc.add_section(WD_SECTION.NEW_PAGE)
            new.orientation = WD_ORIENT.PORTRAIT
        elif block.kind == "table":
            _add_table(doc, block)
        else:
            par = doc.add_paragraph(block.text, style=block.style)
            fmt = par.paragraph_format
            if block.align:
                fmt.alignment = _ALIGN[block.align]
            if block.indent:
                fmt.left_indent = Inches(block.indent)
            if block.spacing:
                fmt.line_spacing = block.spacing
    return _fixed_zip(doc)


def _add_table(doc: object, block: Block) -> None:
    rows = block.rows
    tab = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))  # type: ignore[attr-defined]
    tab.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            tab.cell(r, c).text = text


def _fixed_zip(doc: object) -> bytes:
    raw = io.BytesIO()
    doc.save(raw)  # type: ignore[attr-defined]
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def write(spec: TemplateSpec, path: str | os.PathLike[str]) -> Path:
    """Write ``spec`` to ``path`` atomically."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:6]}.tmp")
    tmp.write_bytes(render(spec))
    os.replace(tmp, out)
    return out


def cache_dir() -> Path:
    """Where templates are built on demand (``$LAMFORGE_CACHE/templates``)."""
    root = Path(os.environ.get("LAMFORGE_CACHE", Path.home() / ".cache" / "lamforge"))
    return root / "templates"


def cached_path(spec: TemplateSpec) -> Path:
    """The .docx of ``spec`` in the cache, built first if missing; the name carries the content hash."""
    path = cache_dir() / f"{spec.name}-{spec.digest()}.docx"
    if not path.is_file():
        write(spec, path)
    return path
