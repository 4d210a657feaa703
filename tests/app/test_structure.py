"""Structural selections on real LibreOffice: paragraphs by number, table rows, columns and cells, everything,
a text inside a word; and the document view they are named from."""

from __future__ import annotations

from pathlib import Path

import docx
import docx.shared
import pytest

from lamforge.app.action import Action
from lamforge.app.env import WriterEnv


@pytest.fixture(scope="module")
def doc(tmp_path_factory) -> Path:
    d = docx.Document()
    d.add_heading("Garden Club Minutes", level=0)
    d.add_paragraph("Date: 14 March.")
    d.add_heading("Decisions", level=1)
    d.add_paragraph("We agreed to plant sunflowers.")
    d.add_paragraph("Water is H2O and the bed is 5 m2.")
    for s in ("Seeds", "Gloves"):
        d.add_paragraph(s, style="List Bullet")
    t = d.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate((("Task", "Owner"), ("Seeds", "Bill"), ("Watering", "Chloe"))):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.add_paragraph("Ana Lopez")
    path = tmp_path_factory.mktemp("structure") / "minutes.docx"
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def env():
    e = WriterEnv()
    yield e
    e.close()


def _run(env, doc, tmp_path, *actions):
    env.reset(options={"doc": str(doc)})
    last = None
    for a in actions:
        last = env.step(a)
        assert last.result.ok, last.result.message
    return docx.Document(str(env.save(tmp_path / "out.docx"))), last


def test_the_view_numbers_paragraphs_with_roles_and_shows_tables(env, doc):
    obs, _ = env.reset(options={"doc": str(doc)})
    roles = [(p.number, p.role) for p in obs.view.paragraphs]
    assert roles[:5] == [(1, "title"), (2, "body"), (3, "heading 1"), (4, "body"), (5, "body")]
    assert [p.role for p in obs.view.paragraphs[5:7]] == ["bullet", "bullet"]
    assert obs.view.tables[0].rows[0] == ("Task", "Owner") and obs.view.tables[0].after == 7
    assert obs.view.selection == "nothing"


def test_hand_styled_title_reads_the_same_on_every_load_and_a_bold_label_is_no_heading(env, tmp_path):
    d = docx.Document()
    title = d.add_paragraph().add_run("Lab Note 7: Electrolysis")
    title.bold, title.font.size = True, docx.shared.Pt(14)
    memo = d.add_paragraph()
    memo.add_run("To:").bold = True
    memo.add_run(" All staff")
    d.add_paragraph("We split water into hydrogen and oxygen.")
    path = tmp_path / "hand_styled.docx"
    d.save(str(path))
    views = []
    for _ in range(2):  # the first load used to read the paragraph style (not bold), a later one the runs
        obs, _ = env.reset(options={"doc": str(path)})
        env.texts()
        views.append([p.role for p in obs.view.paragraphs])
    assert views[0] == views[1] == ["title", "body", "body"]


def test_select_paragraphs_by_number_and_the_last(env, doc, tmp_path):
    out, res = _run(env, doc, tmp_path, Action("select_paragraphs", {"start": 4, "end": 5}),
                    Action("click_input", control_name="Italic"))
    assert res.observation.view.selection == "paragraphs 4-5"
    italic = [p.text for p in out.paragraphs if p.runs and all(r.italic for r in p.runs if r.text)]
    assert italic == ["We agreed to plant sunflowers.", "Water is H2O and the bed is 5 m2."]
    out, _ = _run(env, doc, tmp_path, Action("select_paragraphs", {"start": -1}),
                  Action("click_input", control_name="Bold"))
    assert [p.text for p in out.paragraphs if p.runs and all(r.bold for r in p.runs)] == ["Ana Lopez"]


def test_select_cells_by_row_column_and_cell(env, doc, tmp_path):
    out, _ = _run(env, doc, tmp_path, Action("select_cells", {"table": 1, "row": 1}),
                  Action("click_input", control_name="Bold"))
    rows = out.tables[0].rows
    assert all(r.bold for c in rows[0].cells for r in c.paragraphs[0].runs)
    assert not any(r.bold for c in rows[1].cells for r in c.paragraphs[0].runs)
    out, _ = _run(env, doc, tmp_path, Action("select_cells", {"table": 1, "column": 2}),
                  Action("click_input", control_name="Italic"))
    assert [bool(r.cells[1].paragraphs[0].runs[0].italic) for r in out.tables[0].rows] == [True, True, True]
    assert not any(r.cells[0].paragraphs[0].runs[0].italic for r in out.tables[0].rows)
    out, _ = _run(env, doc, tmp_path, Action("select_cells", {"table": 1, "row": 3, "column": 2}),
                  Action("keyboard_input", {"keys": "Dana"}))
    assert out.tables[0].cell(2, 1).text == "Dana" and out.tables[0].cell(1, 1).text == "Bill"


def test_select_all_and_a_text_inside_a_word(env, doc, tmp_path):
    out, _ = _run(env, doc, tmp_path, Action("select_all"),
                  Action("set_edit_text", {"text": "Liberation Serif"}, control_name="Font Name"))
    fonts = {r.font.name for p in out.paragraphs for r in p.runs if r.text}
    fonts |= {r.font.name for row in out.tables[0].rows for c in row.cells for r in c.paragraphs[0].runs}
    assert fonts == {"Liberation Serif"}
    out, res = _run(env, doc, tmp_path, Action("select_text", {"text": "2", "within": "m2"}),
                    Action("click_input", control_name="Superscript"))
    runs = [r for p in out.paragraphs if "H2O" in p.text for r in p.runs]
    assert [r.text for r in runs if r.font.superscript] == ["2"]
    assert "".join(r.text for r in runs).endswith("5 m2.") and runs[-1].text == "."


def test_bad_numbers_fail_with_what_exists(env, doc):
    env.reset(options={"doc": str(doc)})
    r = env.step(Action("select_paragraphs", {"start": 40})).result
    assert not r.ok and "paragraphs 1-" in r.message
    r = env.step(Action("select_cells", {"table": 2, "row": 1})).result
    assert not r.ok and "1 table" in r.message
