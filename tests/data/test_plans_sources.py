"""WikiHow-style and search-query sources, on the small files in tests/data/fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.filters import clean_records
from lamforge.data.plans.helpdoc import records_from_page
from lamforge.data.plans.match import HelpIndex, match_help
from lamforge.data.plans.queries import query_to_request, read_queries, records_from_queries
from lamforge.data.plans.wikihow import read_wikihow, split_numbered, title_to_task

FIXTURES = Path(__file__).parent / "fixtures"
HELP = Path("/usr/share/libreoffice/help/en-US/text")
PAGES = ["table_insert", "page_break", "pageorientation", "using_numbered_lists", "border_page", "auto_off"]


@pytest.fixture(scope="module")
def help_pairs():
    if not (HELP / "swriter").is_dir():
        pytest.skip("libreoffice-help-en-us not installed")
    records = []
    for name in PAGES:
        rel = f"swriter/guide/{name}.html"
        records += records_from_page(HELP / rel, rel)
    kept, _ = clean_records(records, PlansBuildConfig())
    return kept


def test_wikihow_lines_are_read_counted_and_split():
    records, counts = read_wikihow(FIXTURES / "wikihow_sample.jsonl")
    assert counts == {"lines": 11, "invalid": 2}
    by_task = {r.task: r for r in records}
    double = by_task["Double space in LibreOffice Writer"]
    assert double.source == "wikihow" and len(double.plan) == 5
    assert double.provenance["url"] == "https://example.org/double-space" and double.provenance["line"] == 1
    numbered = by_task["Add page numbers in LibreOffice Writer"]
    assert numbered.plan[0] == "Choose Insert - Header and Footer - Footer - Default Page Style."
    assert len(numbered.plan) == 3
    assert len(by_task["Insert a page break in LibreOffice Writer"].plan) == 3


def test_wikihow_cleaning_drops_foreign_other_app_short_and_non_actionable():
    records, _ = read_wikihow(FIXTURES / "wikihow_sample.jsonl")
    kept, dropped = clean_records(records, PlansBuildConfig())
    assert dropped == {
        "non_english": {"wikihow": 1},
        "other_app": {"wikihow": 2},
        "plan_too_short": {"wikihow": 1},
        "non_actionable": {"wikihow": 1},
    }
    assert len(kept) == 4
    # Step text is normalised: the trailing explanation after the numbered steps is gone.
    assert all(step.endswith(".") for r in kept for step in r.plan)


def test_numbered_text_and_titles():
    assert split_numbered("1. Click A. 2. Set size to 2. Click OK. 3. Save.") == [
        "Click A.",
        "Set size to 2. Click OK.",
        "Save.",
    ]
    assert title_to_task("How to Remove Bullets in LibreOffice Writer") == "Remove bullets in LibreOffice Writer"


def test_queries_become_requests():
    assert query_to_request("How do I insert a table in LibreOffice Writer?") == "Insert a table"
    assert query_to_request("how to delete a manual page break in writer") == "Delete a manual page break"
    assert query_to_request("libreoffice page numbers") is None
    assert [q for _, q in read_queries(FIXTURES / "queries_sample.txt")][:2] == [
        "how do i insert a table in libreoffice writer",
        "how to delete a manual page break in writer",
    ]


def test_queries_take_the_plan_of_the_best_help_pair_or_are_dropped(help_pairs):
    index = HelpIndex([r for r in help_pairs if r.source == "helpdoc"])
    queries = read_queries(FIXTURES / "queries_sample.txt")
    records, counts = records_from_queries(queries, index, PlansBuildConfig())
    assert counts == {"dropped_no_match": 1, "dropped_no_verb": 1, "dropped_other_app": 1, "matched": 4, "read": 7}
    table = next(r for r in records if r.provenance["query"].startswith("how do i insert a table"))
    source = next(r for r in help_pairs if r.task_id == table.provenance["plan_from"])
    assert table.plan == source.plan and table.source == "query"
    assert table.task.startswith("Insert a table")
    assert table.provenance["score"] >= PlansBuildConfig().query_threshold


def test_match_help_ranks_the_right_pair_first(help_pairs):
    matches = match_help("remove the bullets from my list", help_pairs, k=3)
    assert matches[0].record.task.startswith("Remove bullets")
    assert matches[0].score > matches[1].score > 0
    assert match_help("bake sourdough bread", help_pairs, min_score=0.3) == []
