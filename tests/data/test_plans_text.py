"""Task phrasing, step cleaning, filters, de-duplication and the record format."""

from __future__ import annotations

import json

import pytest

from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.dedup import dedup_records, task_key
from lamforge.data.plans.filters import clean_records, is_english, mentions_other_app
from lamforge.data.plans.io import load_plans, write_plans
from lamforge.data.plans.phrasing import task_from_description, task_from_heading, task_from_intro
from lamforge.data.plans.record import PlanRecord
from lamforge.data.plans.steps import clean_step, split_clauses
from lamforge.io.atomic import atomic_write_text


@pytest.mark.parametrize(
    ("heading", "task"),
    [
        ("To Insert a Table From a Toolbar", "Insert a table from a toolbar"),
        ("Inserting Tables", "Insert tables"),
        ("Calculating and Pasting the Result of a Formula", "Calculate and paste the result of a formula"),
        ("Turning Off AutoCorrect", "Turn off AutoCorrect"),
        ("Hyphenation", None),
        ("Spacing Between Paragraphs", None),
    ],
)
def test_headings_become_imperative_requests(heading, task):
    assert task_from_heading(heading) == task


def test_intro_and_description_phrasing():
    assert task_from_intro("To insert a table, do the following:") == "Insert a table"
    assert task_from_intro("To change it, you first need a page style, then apply it:") == "Change it"
    assert task_from_intro("Choose the following options:") is None
    assert task_from_description("Applies or removes a border.") == "Apply or remove a border"
    assert task_from_description("Number of cells with content.") is None


def test_steps_are_cleaned_of_numbering_notes_and_dangling_icons():
    assert clean_step("  2)  Click   “OK” .") == 'Click "OK".'
    assert clean_step("Choose Edit - Paste. The cell range is pasted as an OLE object.") == "Choose Edit - Paste."
    assert clean_step("Select the text. Press Ctrl+B.") == "Select the text. Press Ctrl+B."
    assert clean_step("The preview box shows the selected page.") is None
    assert clean_step("Open Insert toolbar, click") is None
    assert clean_step("Choose Edit - Reference - Index Entry...") == "Choose Edit - Reference - Index Entry."
    assert split_clauses("In the Size area, enter 3, and then click OK") == ["In the Size area, enter 3.", "Click OK."]


def test_language_and_other_app_detection():
    assert is_english("Choose Format - Paragraph and click the Indents & Spacing tab.")
    assert not is_english("Cliquez sur le menu Format et choisissez le paragraphe pour la mise en page.")
    assert not is_english("Нажмите кнопку и выберите формат абзаца.")
    assert mentions_other_app("Make a pivot table in Excel")
    assert mentions_other_app("Copy the cells from LibreOffice Calc")
    assert not mentions_other_app("Draw a line under a paragraph")


def _rec(task, plan, source="wikihow", **prov):
    return PlanRecord.create(task, plan, source, provenance=prov)


def test_cleaning_counts_every_drop_per_filter_and_source():
    config = PlansBuildConfig(min_task_words=3, max_steps=4)
    records = [
        _rec("Make text bold in Writer", ["Select the text.", "Press Ctrl+B."]),
        _rec("Bold", ["Select the text.", "Press Ctrl+B."]),
        _rec("Make text bold in Writer", ["Press Ctrl+B."]),
        _rec("Make a chart in Excel", ["Select the cells.", "Click Insert - Chart."]),
        _rec("Think about fonts a lot", ["Fonts are nice.", "Serifs are classic."]),
        _rec("Do a long thing in Writer", [f"Click button {i}." for i in range(6)], source="helpdoc"),
    ]
    kept, dropped = clean_records(records, config)
    assert [r.task for r in kept] == ["Make text bold in Writer"]
    assert dropped == {
        "other_app": {"wikihow": 1},
        "task_too_short": {"wikihow": 1},
        "plan_too_short": {"wikihow": 1},
        "plan_too_long": {"helpdoc": 1},
        "non_actionable": {"wikihow": 1},
    }


def test_dedup_removes_exact_and_near_duplicates_keeping_the_best_source():
    records = [
        _rec("Insert a table in a Writer document", ["Choose Table - Insert Table.", "Click Insert."], "query"),
        _rec("Insert a table", ["Choose Table - Insert Table.", "Click OK."], "helpdoc", kind="list"),
        _rec("Insert a new table quickly in the current document", ["Press Ctrl+F12.", "Click Insert."]),
        _rec("Insert a new table quickly in the current document now", ["Press Ctrl+F12.", "Click OK."]),
        _rec("Remove bullets from a list", ["Select the list.", "Click No List."]),
    ]
    kept, counts = dedup_records(records, threshold=0.7)
    assert counts == {"exact": 1, "near": 1, "threshold": 0.7}
    assert [r.source for r in kept] == ["helpdoc", "wikihow", "wikihow"]
    assert task_key("Insert a Table, in LibreOffice Writer!") == "insert a table"
    # With a threshold of 1.0 only exact duplicates go.
    assert len(dedup_records(records, threshold=1.0)[0]) == 4


def test_records_round_trip_through_jsonl(tmp_path):
    record = PlanRecord.create(
        "Insert a table",
        ["Choose Table - Insert Table.", "Click Insert."],
        "helpdoc",
        provenance={"page": "swriter/guide/table_insert.html", "kind": "list"},
    )
    assert PlanRecord.from_dict(record.to_dict()) == record
    assert list(record.to_dict()) == ["task_id", "task", "plan", "source", "app", "parent_ids", "provenance"]
    path = write_plans(tmp_path / "plans.jsonl", [record, record])
    assert load_plans(tmp_path) == [record, record]
    assert not list(tmp_path.glob(".*tmp"))
    with pytest.raises(ValueError, match="source must be one of"):
        PlanRecord.create("x", ["y"], "forum")
    atomic_write_text(path, json.dumps({"task": "no id"}) + "\n")
    with pytest.raises(ValueError, match="plans.jsonl:1"):
        load_plans(path)
