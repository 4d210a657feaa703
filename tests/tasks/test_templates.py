"""The template library: size, splits, determinism, and agreement between the spec and the .docx."""

from __future__ import annotations

import hashlib

import pytest

from lamforge.tasks.checks.docmodel import read_docx
from lamforge.tasks.templates import TEMPLATES, build_all, get_template, template_path, templates_for
from lamforge.tasks.templates.render import render


def test_library_size_and_splits():
    assert len(TEMPLATES) >= 20
    assert len(templates_for("train")) >= 20
    assert len(templates_for("test")) >= 5
    assert {t.name for t in templates_for("train")}.isdisjoint({t.name for t in templates_for("test")})
    assert templates_for("test-phrasing") == templates_for("test")
    assert len({t.name for t in TEMPLATES}) == len(TEMPLATES)
    assert all(len(t.description) > 40 for t in TEMPLATES)


def test_render_is_deterministic():
    spec = TEMPLATES[0]
    assert hashlib.sha256(render(spec)).hexdigest() == hashlib.sha256(render(spec)).hexdigest()


@pytest.mark.parametrize("spec", TEMPLATES, ids=lambda t: t.name)
def test_docx_matches_spec(spec):
    model = read_docx(template_path(spec.name))
    assert [p.text for p in model.paragraphs] == [p.text for p in spec.paragraphs]
    assert [t.texts for t in model.tables] == [[list(r) for r in rows] for rows in spec.tables]
    # plain body text: no direct character formatting anywhere, so "make X bold" is meaningful
    assert all(not any(c) for p in model.paragraphs for c in p.chars)


def test_build_all_writes_every_template(tmp_path):
    paths = build_all(tmp_path)
    assert sorted(p.stem for p in paths) == sorted(t.name for t in TEMPLATES)
    assert all(p.stat().st_size > 5000 for p in paths)


def test_unknown_template_names_known_ones():
    with pytest.raises(KeyError, match="quarterly_report"):
        get_template("no_such_template")


def test_page_breaks_belong_to_the_paragraph_they_start(tmp_path):
    """A break before a paragraph's text starts it; one after a paragraph's text starts the next; after the last
    paragraph it is the document's blank page at the end (how Word and LibreOffice write each)."""
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_paragraph("One")
    two = d.add_paragraph()
    two.add_run().add_break(WD_BREAK.PAGE)
    two.add_run("Two")
    three = d.add_paragraph("Three")
    three.add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Four")
    five = d.add_paragraph("Five")
    five.add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("")
    d.save(tmp_path / "b.docx")
    model = read_docx(tmp_path / "b.docx")
    assert [(p.text, p.page_break) for p in model.paragraphs] == [
        ("One", False), ("Two", True), ("Three", False), ("Four", True), ("Five", False)]
    assert model.end_break
    d.paragraphs[4].runs[-1]._r.getparent().remove(d.paragraphs[4].runs[-1]._r)
    d.save(tmp_path / "c.docx")
    assert not read_docx(tmp_path / "c.docx").end_break
