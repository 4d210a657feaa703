"""The grounding expert on real LibreOffice: request parsing, step grounding, full runs."""

from __future__ import annotations

import docx
import pytest

from lamforge.data.expert.expert import run_expert
from lamforge.data.expert.grounder import GroundingError, QuoteCursor, ground_step
from lamforge.data.expert.planner import plan_request, split_clauses
from lamforge.data.expert.request_parse import parse_request


def test_parse_request_values():
    v = parse_request("Set the font size of \u201cBudget review\u201d to 14 pt and colour it dark blue")
    assert v.quoted == ("Budget review",) and 14.0 in v.numbers and v.color == "dark blue"
    assert parse_request("Make 'Intro' a heading level 2").style == "Heading 2"
    assert parse_request("Insert a 3 by 5 table").table == (3, 5)
    assert parse_request("Use Liberation Mono as the font for 'x'").font == "Liberation Mono"


def test_split_clauses_keeps_quotes():
    parts = split_clauses("Make 'salt and pepper' bold and then centre it")
    assert parts == ["Make 'salt and pepper' bold", "centre it"]


def test_ground_steps_on_real_controls(writer_env, sample_doc):
    obs, _ = writer_env.reset(options={"doc": sample_doc})
    values = parse_request("Make 'Quarterly Report' bold and 16 pt")
    q = QuoteCursor(values.quoted)
    assert ground_step("Select the text", values, q, obs.controls)[0].args == {"text": "Quarterly Report"}
    assert ground_step("Click the Bold icon on the Formatting bar.", values, q, obs.controls)[0].control_name == "Bold"
    a = ground_step("Choose Format - Text - UPPERCASE", values, q, obs.controls)[0]
    assert a.control_name == "UPPERCASE" and a.function == "click_input"
    a = ground_step("Set the font size in the Font Size box", values, q, obs.controls)[0]
    assert (a.function, a.control_name, a.args) == ("set_edit_text", "Font Size", {"text": "16"})
    with pytest.raises(GroundingError):
        ground_step("Consult the oracle", values, q, obs.controls)
    with pytest.raises(GroundingError, match="no table size"):
        ground_step("Insert a table", values, q, obs.controls)


@pytest.mark.parametrize(
    ("request_text", "check"),
    [
        ("Could you embolden \u201cCosts stayed flat\u201d?", lambda d: any(r.bold for r in d.paragraphs[2].runs)),
        (
            "Make 'Quarterly Report' a Heading 1 and then centre it",
            lambda d: d.paragraphs[0].style.name == "Heading 1" and d.paragraphs[0].alignment == 1,
        ),
        ("Replace every 'board' with 'council'", lambda d: "council" in d.paragraphs[1].text),
        (
            "Insert a table with 2 rows and 3 columns at the end",
            lambda d: [(len(t.rows), len(t.columns)) for t in d.tables] == [(2, 3)],
        ),
    ],
)
def test_expert_runs(writer_env, sample_doc, tmp_path, request_text, check):
    obs, _ = writer_env.reset(options={"doc": sample_doc})
    run = run_expert(writer_env, request_text, obs)
    assert not run.error, run.error
    assert all(s.ok for s in run.steps)
    writer_env.save(tmp_path / "o.docx")
    assert check(docx.Document(tmp_path / "o.docx"))


def test_expert_fails_cleanly(writer_env, sample_doc):
    obs, _ = writer_env.reset(options={"doc": sample_doc})
    run = run_expert(writer_env, "Make 'words that do not exist anywhere' bold", obs)
    assert run.error and "not found" in run.error
    assert plan_request("", obs.controls) == []


def test_operations_from_words():
    from lamforge.data.expert.intents import operation_steps
    from lamforge.text.typos import fix_typos

    assert operation_steps("Change 'x' to 16 points and also format it with an underline") == [
        "Set the font size to 16 in the Font Size box",
        "Click Underline",
    ]
    # a heading or title that is only pointed at is not a style request
    assert operation_steps("Convert the title 'Elm Park' to sentence case") == ["Choose Format - Text - Sentence case"]
    assert operation_steps("Make the 'Action Items' heading ordinary body text") == [
        "Set the paragraph style to Default Paragraph Style in the Paragraph Style box"
    ]
    assert operation_steps("Capitalize all the letters of 'Oliver Brandt', then bold it")[0].endswith("UPPERCASE")
    assert operation_steps("Move the paragraph 'x' one indent to the left") == ["Click Decrease Indent"]
    assert operation_steps("Typeset 'x' in the Palatino Linotype typeface") == [
        "Set the font name to Palatino Linotype in the Font Name box"
    ]
    assert operation_steps("Draw a line through the middle of 'x'") == ["Click Strikethrough"]
    assert fix_typos("Make 'Helo' buullet points") == "Make 'Helo' bullet points"


def read_docx_model(d):
    """The checkers' reading of a python-docx document (page breaks attached where they fall)."""
    import tempfile
    from pathlib import Path

    from lamforge.tasks.checks.docmodel import read_docx

    with tempfile.TemporaryDirectory() as tmp:
        d.save(Path(tmp) / "d.docx")
        return read_docx(Path(tmp) / "d.docx")


def _rich_doc(path):
    d = docx.Document()
    d.add_paragraph("Supplies")
    for item in ("Two boiling tubes", "A stopwatch", "Safety goggles"):
        d.add_paragraph(item)
    d.add_paragraph("Results")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate((("Day", "Main", "Dessert"), ("Monday", "Soup", "Cake"), ("Tuesday", "Fish", ""))):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph("The cooling was strongest on Monday. It faded by Tuesday. Nobody expected it.")
    d.add_paragraph("Fish is served on Tuesday.")
    d.save(path)
    return path


@pytest.mark.parametrize(
    ("request_text", "check"),
    [
        (
            "Turn the lines from 'Two boiling tubes' through 'Safety goggles' into a numbered list",
            lambda d: [p._p.pPr is not None and p._p.pPr.numPr is not None for p in d.paragraphs[:5]]
            == [False, True, True, True, False],
        ),
        ("Put 'Jelly' in the 'Dessert' cell of the 'Tuesday' row", lambda d: d.tables[0].cell(2, 2).text == "Jelly"),
        ("Enter 'Jelly' in row 3, column 3 of the table", lambda d: d.tables[0].cell(2, 2).text == "Jelly"),
        (
            "Get rid of the sentence starting with 'It faded'.",
            lambda d: d.paragraphs[5].text == "The cooling was strongest on Monday. Nobody expected it.",
        ),
        (
            "Centre the first paragraph under the heading 'Results', please.",
            lambda d: d.paragraphs[5].alignment == 1 and d.paragraphs[4].alignment != 1,
        ),
        ("add an empty row at the bottom of the table",
         lambda d: [[c.text for c in r.cells] for r in d.tables[0].rows][-2:]
         == [["Tuesday", "Fish", ""], ["", "", ""]]),
        ("Insert a new row under the Monday row", lambda d: [r.cells[0].text for r in d.tables[0].rows]
         == ["Day", "Monday", "", "Tuesday"]),
        ("Add a blank page at the end of the document.",
         lambda d: read_docx_model(d).end_break and not any(p.page_break for p in read_docx_model(d).paragraphs)),
        ("Put a page break right after 'A stopwatch'", lambda d: [p.page_break for p in read_docx_model(d).paragraphs][
            :4] == [False, False, False, True] and not read_docx_model(d).end_break),
        (
            "Slant every mention of 'Tuesday'. Thanks.",
            lambda d: d.tables[0].cell(2, 0).paragraphs[0].runs[0].italic
            and any(r.italic for r in d.paragraphs[6].runs),
        ),
    ],
)
def test_expert_runs_on_targets(writer_env, tmp_path, request_text, check):
    obs, _ = writer_env.reset(options={"doc": _rich_doc(tmp_path / "rich.docx")})
    run = run_expert(writer_env, request_text, obs)
    assert not run.error, (run.plan, run.error)
    writer_env.save(tmp_path / "o.docx")
    assert check(docx.Document(tmp_path / "o.docx")), run.plan


@pytest.mark.parametrize("request_text", ["Delete the paragraph 'A stopwatch'", "Remove the second bullet"])
def test_the_expert_deletes_a_list_item_without_leaving_an_empty_one(writer_env, tmp_path, request_text):
    """Backspace in an emptied list item only takes its number off; the item must go with its paragraph break."""
    d = docx.Document()
    d.add_paragraph("Supplies")
    for item in ("Two boiling tubes", "A stopwatch", "Safety goggles"):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("Results follow.")
    d.save(tmp_path / "list.docx")
    obs, _ = writer_env.reset(options={"doc": str(tmp_path / "list.docx")})
    run = run_expert(writer_env, request_text, obs)
    assert not run.error, (run.plan, run.error)
    writer_env.save(tmp_path / "o.docx")
    texts = [p.text for p in docx.Document(tmp_path / "o.docx").paragraphs]
    assert texts == ["Supplies", "Two boiling tubes", "Safety goggles", "Results follow."], (run.plan, texts)
