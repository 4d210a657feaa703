"""Keep a document's comments out of LibreOffice's way and put them back in the saved file.

Headless LibreOffice 7.4 cannot hold a comment in a document that has a view: loading a .docx
with comments kills soffice (or returns nothing), and so does inserting one over UNO. Users'
documents often carry review comments, so the session strips the comment anchors from its
*working copy* before loading it (:func:`strip_comments`) and re-attaches each comment to the
runs that hold its text in the saved .docx (:func:`restore_comments`). The user's file is
never touched; a comment whose text the edit removed is anchored at the document's first run.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class KeptComment:
    """One comment taken out of the working copy: the text it marked and what it said."""

    anchor: str
    text: str
    author: str
    initials: str


def has_comments(path: Path) -> bool:
    """Whether a .docx package anchors any comment in its body (a cheap check on the raw XML)."""
    try:
        with zipfile.ZipFile(path) as z:
            return b"commentReference" in z.read("word/document.xml")
    except (KeyError, zipfile.BadZipFile):
        return False


def strip_comments(path: Path) -> list[KeptComment]:
    """Remove every comment from the .docx at ``path`` (in place); return them, in id order."""
    if not has_comments(path):
        return []
    from docx import Document

    doc = Document(str(path))
    anchors = _anchor_texts(doc.element.body)
    said = {c.comment_id: c for c in doc.comments}
    kept = []
    for cid in sorted(set(anchors) | set(said)):
        c = said.get(cid)
        kept.append(KeptComment(anchor=anchors.get(cid, ""), text=c.text if c else "",
                                author=(c.author or "") if c else "", initials=(c.initials or "") if c else ""))
    for c in said.values():  # an orphan comment would come back twice
        c._comment_elm.getparent().remove(c._comment_elm)
    for el in list(doc.element.body.iter(f"{_W}commentRangeStart", f"{_W}commentRangeEnd")):
        el.getparent().remove(el)
    for ref in list(doc.element.body.iter(f"{_W}commentReference")):
        run = ref.getparent()
        run.remove(ref)
        if run.tag == f"{_W}r" and all(ch.tag == f"{_W}rPr" for ch in run):
            run.getparent().remove(run)
    doc.save(str(path))
    return kept


def restore_comments(path: Path, kept: list[KeptComment]) -> int:
    """Anchor ``kept`` comments in the saved .docx at ``path`` again; returns how many found their text."""
    if not kept:
        return 0
    from docx import Document

    doc = Document(str(path))
    paragraphs = [*doc.paragraphs, *(p for t in doc.tables for row in t.rows for cell in row.cells
                                     for p in cell.paragraphs)]
    found = 0
    for k in kept:
        runs = _runs_holding(paragraphs, k.anchor)
        found += bool(runs)
        runs = runs or next(([r] for p in paragraphs for r in p.runs if r.text), [])
        if not runs:
            runs = [doc.add_paragraph().add_run("")]
        doc.add_comment(runs, text=k.text, author=k.author, initials=k.initials)
    doc.save(str(path))
    return found


def _anchor_texts(body: Any) -> dict[int, str]:
    """The text between each comment's range start and end, read in document order."""
    open_ids: set[int] = set()
    texts: dict[int, list[str]] = {}
    for el in body.iter(f"{_W}commentRangeStart", f"{_W}commentRangeEnd", f"{_W}t", f"{_W}tab", f"{_W}p"):
        if el.tag == f"{_W}commentRangeStart":
            cid = int(el.get(f"{_W}id"))
            open_ids.add(cid)
            texts.setdefault(cid, [])
        elif el.tag == f"{_W}commentRangeEnd":
            open_ids.discard(int(el.get(f"{_W}id")))
        else:
            piece = (el.text or "") if el.tag == f"{_W}t" else ("\t" if el.tag == f"{_W}tab" else "\n")
            for cid in open_ids:
                texts[cid].append(piece)
    return {cid: _first_line("".join(parts)) for cid, parts in texts.items()}


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


def _runs_holding(paragraphs: list[Any], anchor: str) -> list[Any]:
    """The runs of the first paragraph whose text contains ``anchor`` that overlap it."""
    if not anchor:
        return []
    for p in paragraphs:
        pos = p.text.find(anchor)
        if pos < 0:
            continue
        end, at, hit = pos + len(anchor), 0, []
        runs = [r for item in p.iter_inner_content() for r in getattr(item, "runs", [item])]
        for r in runs:
            a, at = at, at + len(r.text)
            if at > pos and a < end and r.text:
                hit.append(r)
        return hit or [r for r in runs if r.text]
    return []
