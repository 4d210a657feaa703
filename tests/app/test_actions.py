"""Every action function on a real document, checked by reading the saved .docx with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from lamforge.app.action import Action


def run(env, doc: Path, out: Path, *actions: Action) -> docx.document.Document:
    env.reset(options={"doc": doc})
    for a in actions:
        r = env.step(a).result
        assert r.ok, f"{a}: {r.message}"
    env.save(out)
    return docx.Document(out)


def runs_of(d, text: str):
    return [r for p in d.paragraphs for r in p.runs if text in r.text or r.text in text and r.text]


def para(d, start: str):
    return next(p for p in d.paragraphs if p.text.startswith(start))


SEL = Action("select_text", {"text": "approved by the board"})


@pytest.mark.parametrize(
    ("name", "attr"),
    [("Bold", "bold"), ("Italic", "italic"), ("Underline", "underline"), ("Strikethrough", "strike")],
)
def test_toggle_character_formatting(writer_env, sample_doc, tmp_path, name, attr):
    d = run(writer_env, sample_doc, tmp_path / "o.docx", SEL, Action("click_input", control_name=name))
    p = para(d, "The budget")
    on = [r for r in p.runs if getattr(r.font, attr)]
    assert "".join(r.text for r in on) == "approved by the board"
    assert not any(getattr(r.font, attr) for p2 in d.paragraphs if p2.text != p.text for r in p2.runs)


def test_super_and_subscript(writer_env, sample_doc, tmp_path):
    d = run(
        writer_env, sample_doc, tmp_path / "o.docx", SEL, Action("click_input", control_name="Superscript")
    )
    assert any(r.font.superscript for r in para(d, "The budget").runs)
    d = run(
        writer_env, sample_doc, tmp_path / "o2.docx", SEL, Action("click_input", control_name="Subscript")
    )
    assert any(r.font.subscript for r in para(d, "The budget").runs)


def test_font_size_name_colour_highlight(writer_env, sample_doc, tmp_path):
    d = run(
        writer_env,
        sample_doc,
        tmp_path / "o.docx",
        SEL,
        Action("set_edit_text", {"text": "16"}, control_name="Font Size"),
        Action("set_edit_text", {"text": "Liberation Mono"}, control_name="Font Name"),
        Action("set_edit_text", {"text": "Red"}, control_name="Font Color"),
        Action("set_edit_text", {"text": "Yellow"}, control_name="Character Highlighting Color"),
    )
    r = next(r for r in para(d, "The budget").runs if r.text == "approved by the board")
    assert r.font.size.pt == 16
    assert r.font.name == "Liberation Mono"
    assert str(r.font.color.rgb) == "FF0000"
    assert r.font.highlight_color is not None


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Align Center", WD_ALIGN_PARAGRAPH.CENTER),
        ("Align Right", WD_ALIGN_PARAGRAPH.RIGHT),
        ("Justified", WD_ALIGN_PARAGRAPH.JUSTIFY),
    ],
)
def test_alignment(writer_env, sample_doc, tmp_path, name, want):
    d = run(writer_env, sample_doc, tmp_path / "o.docx", SEL, Action("click_input", control_name=name))
    assert para(d, "The budget").alignment == want
    assert para(d, "Costs").alignment in (None, WD_ALIGN_PARAGRAPH.LEFT)


@pytest.mark.parametrize("name", ["Toggle Unordered List", "Toggle Ordered List"])
def test_lists(writer_env, sample_doc, tmp_path, name):
    d = run(writer_env, sample_doc, tmp_path / "o.docx", SEL, Action("click_input", control_name=name))
    p = para(d, "The budget")
    assert p._p.pPr is not None and p._p.pPr.numPr is not None
    assert para(d, "Costs")._p.pPr is None or para(d, "Costs")._p.pPr.numPr is None


def test_paragraph_style_and_line_spacing(writer_env, sample_doc, tmp_path):
    d = run(
        writer_env,
        sample_doc,
        tmp_path / "o.docx",
        Action("select_text", {"text": "Quarterly Report"}),
        Action("set_edit_text", {"text": "Heading 1"}, control_name="Paragraph Style"),
        SEL,
        Action("set_edit_text", {"text": "2"}, control_name="Line Spacing"),
    )
    assert para(d, "Quarterly").style.name == "Heading 1"
    assert para(d, "The budget").paragraph_format.line_spacing == 2.0


def test_insert_table_direct_and_dialog(writer_env, sample_doc, tmp_path):
    d = run(
        writer_env,
        sample_doc,
        tmp_path / "o.docx",
        Action("keyboard_input", {"keys": "^{END}{ENTER}"}),
        Action("insert_table", {"rows": 3, "columns": 4}),
        Action("keyboard_input", {"keys": "Name{TAB}Total"}),
        Action("keyboard_input", {"keys": "^{END}"}),
        Action("click_input", control_name="Insert Table"),
        Action("set_edit_text", {"text": "2"}, control_name="Rows"),
        Action("set_edit_text", {"text": "5"}, control_name="Columns"),
        Action("click_input", control_name="Insert"),
    )
    shapes = sorted((len(t.rows), len(t.columns)) for t in d.tables)
    assert shapes == [(2, 5), (3, 4)]
    first = next(t for t in d.tables if len(t.columns) == 4)
    assert [c.text for c in first.rows[0].cells[:2]] == ["Name", "Total"]


def test_select_table_then_format(writer_env, tmp_path):
    from tests.conftest import make_doc

    doc = make_doc(tmp_path / "t.docx", ["Intro line"], table=(2, 2))
    d = docx.Document(doc)
    d.tables[0].cell(0, 0).text = "alpha"
    d.save(doc)
    out = run(
        writer_env,
        doc,
        tmp_path / "o.docx",
        Action("select_table", {"number": 1}),
        Action("click_input", control_name="Bold"),
    )
    assert any(r.bold for r in out.tables[0].cell(0, 0).paragraphs[0].runs)
    r = writer_env.step(Action("select_table", {"number": 2})).result
    assert not r.ok and "1 table" in r.message


def test_typing_deleting_and_case(writer_env, sample_doc, tmp_path):
    d = run(
        writer_env,
        sample_doc,
        tmp_path / "o.docx",
        Action("select_text", {"text": "Costs stayed flat this year."}),
        Action("keyboard_input", {"keys": "{DELETE}"}),
        Action("keyboard_input", {"keys": "Revenue rose."}),
        Action("select_text", {"text": "Quarterly Report"}),
        Action("click_input", control_name="UPPERCASE"),
        Action("select_text", {"text": "The budget"}),
        Action("keyboard_input", {"keys": "{HOME}Note: "}),
    )
    texts = [p.text for p in d.paragraphs]
    assert texts == ["QUARTERLY REPORT", "Note: The budget was approved by the board.", "Revenue rose."]


def test_find_and_replace_dialog_and_undo(writer_env, tmp_path):
    from tests.conftest import make_doc

    doc = make_doc(tmp_path / "r.docx", ["The cat sat.", "Another cat ran.", "A dog slept."])
    d = run(
        writer_env,
        doc,
        tmp_path / "o.docx",
        Action("click_input", control_name="Find and Replace"),
        Action("set_edit_text", {"text": "cat"}, control_name="Find"),
        Action("set_edit_text", {"text": "fox"}, control_name="Replace"),
        Action("click_input", control_name="Replace All"),
        Action("click_input", control_name="Close"),
        Action("select_text", {"text": "A dog slept."}),
        Action("click_input", control_name="Bold"),
        Action("click_input", control_name="Undo"),
    )
    assert [p.text for p in d.paragraphs] == ["The fox sat.", "Another fox ran.", "A dog slept."]
    assert not any(r.bold for p in d.paragraphs for r in p.runs)


def test_page_break_and_orientation(writer_env, sample_doc, tmp_path):
    d = run(
        writer_env,
        sample_doc,
        tmp_path / "o.docx",
        Action("select_text", {"text": "Costs stayed"}),
        Action("keyboard_input", {"keys": "{HOME}"}),
        Action("click_input", control_name="Insert Page Break"),
        Action("click_input", control_name="Page Style"),
        Action("set_edit_text", {"text": "Landscape"}, control_name="Orientation"),
        Action("click_input", control_name="OK"),
    )
    xml = d.element.xml
    assert 'w:type="page"' in xml or "pageBreakBefore" in xml
    sec = d.sections[0]
    assert sec.page_width > sec.page_height


def test_texts_summary_wheel(writer_env, sample_doc):
    writer_env.reset(options={"doc": sample_doc})
    assert "Quarterly Report" in writer_env.step(Action("texts")).result.message
    assert writer_env.step(Action("summary", {"text": "looks fine"})).result.message == "looks fine"
    assert writer_env.step(Action("wheel_mouse_input", {"wheel_dist": -3}, control_name="Document")).result.ok


def test_paragraph_keys_select_and_delete_a_whole_paragraph(writer_env, tmp_path):
    from tests.conftest import make_doc

    long = "First line of a long paragraph " * 8 + "which ends here."
    doc = make_doc(tmp_path / "p.docx", ["Title", long, "Last paragraph."])
    d = run(
        writer_env,
        doc,
        tmp_path / "o.docx",
        Action("select_text", {"text": "which ends here."}),
        Action("keyboard_input", {"keys": "^{UP}^+{DOWN}"}),
        Action("keyboard_input", {"keys": "{DELETE}{BACKSPACE}"}),
    )
    assert [p.text for p in d.paragraphs] == ["Title", "Last paragraph."]


def test_typing_over_a_selection_keeps_the_replaced_texts_formatting(writer_env, tmp_path):
    """A new date typed over a plain date after a bold label stays plain; a word typed over a bold word stays bold."""
    src = docx.Document()
    p = src.add_paragraph()
    p.add_run("Closing date: ").bold = True
    p.add_run("30 June 2025")
    q = src.add_paragraph("Make ")
    q.add_run("this").bold = True
    q.add_run(" stand out.")
    src.save(tmp_path / "s.docx")
    d = run(
        writer_env,
        tmp_path / "s.docx",
        tmp_path / "o.docx",
        Action("select_text", {"text": "30 June 2025"}),
        Action("keyboard_input", {"keys": "14 July 2025"}),
        Action("select_text", {"text": "this"}),
        Action("keyboard_input", {"keys": "that"}),
    )
    first, second = d.paragraphs[0], d.paragraphs[1]
    assert first.text == "Closing date: 14 July 2025"
    assert [(r.text, bool(r.bold)) for r in first.runs if r.text] == [("Closing date: ", True), ("14 July 2025", False)]
    assert second.text == "Make that stand out."
    assert "".join(r.text for r in second.runs if r.bold) == "that"
