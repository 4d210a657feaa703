"""Targets named by role, position or description: their share, their reading, and impossible requests."""

from __future__ import annotations

import collections

import pytest

from lamforge.app.out_of_reach import infeasible_reason
from lamforge.tasks.base import SPLITS
from lamforge.tasks.generate import iter_records
from lamforge.tasks.registry import FAMILIES
from lamforge.tasks.structural import paragraph_refs, run_refs
from lamforge.tasks.templates import TEMPLATES, get_template
from lamforge.text.locate import locate
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.references import find_targets

# Families whose targets are the document's own words (a name to replace, a number phrase) or that have no target.
# families whose target is quoted words or the whole table/page: nothing to name by role or position
UNNAMED = {"change_text", "find_format", "replace_all", "landscape", "table_bold", "table_font_size", "case_title",
           "delete_text", "table_align"}
N = 24  # instances per family and split, as the demo generates for training


@pytest.fixture(scope="module")
def records():
    return {split: list(iter_records(N * len(FAMILIES), split, seed=4)) for split in SPLITS}


def _selection(spot, tables) -> tuple[str, dict]:
    """The solution step that selects ``spot``, in command form."""
    if spot.kind == "all":
        return "select_all", {}
    if spot.kind == "cells":
        args = {"table": spot.table}
        if spot.row:
            args["row"] = spot.row
        if spot.column:
            args["column"] = spot.column
        return "select_cells", args
    if spot.kind == "text":
        key = {"text": spot.text, "within": spot.within} if spot.within else {"text": spot.text,
                                                                               "paragraph": spot.start}
        return "select_text", key
    args = {"start": spot.start}
    if spot.end != spot.start:
        args["end"] = spot.end
    return "select_paragraphs", args


def _read(record) -> tuple[str, dict] | None:
    """How the reference reader selects the request's target in the template (the first reading it can place)."""
    spec = get_template(record["template"])
    for target in find_targets(record["request"]):
        spot = locate(target, spec.view, spec.tables)
        if spot is not None:
            return _selection(spot, spec.tables)
    return None


def test_a_share_of_every_split_names_targets_by_role_or_position(records):
    for split, recs in records.items():
        feasible = [r for r in recs if r["family"] not in ("infeasible", "unsupported")]
        share = sum(r["phrasing"]["structural"] for r in feasible) / len(feasible)
        assert 0.3 <= share <= 0.5, (split, share)
        by_family = collections.Counter(r["family"] for r in feasible if r["phrasing"]["structural"])
        missing = {f.name for f in FAMILIES} - set(by_family) - UNNAMED - {"infeasible", "unsupported"}
        assert not missing, (split, missing)
        for r in feasible:
            if r["phrasing"]["structural"]:  # new text keeps its quotes, the target never has any
                first = r["solution"][0]
                assert first["function"] in ("select_paragraphs", "select_cells", "select_all", "select_text"), r
                assert "within" in first["args"] or "paragraph" in first["args"] or first["function"] != \
                    "select_text", r
                quoted = [next(g for g in m.groups() if g) for m in QUOTED_RE.finditer(r["request"])]
                texts = get_template(r["template"]).all_texts()
                assert not any(q in t for q in quoted for t in texts), r["request"]


@pytest.mark.parametrize("split", ["train", "test"])
def test_the_reader_finds_what_the_solution_selects(records, split):
    """Training phrasings (train and test splits): the reference reader places every target where the solution does."""
    wrong = []
    for r in records[split]:
        if r["phrasing"]["structural"]:
            sol = r["solution"][0]
            got = _read(r)
            if got != (sol["function"], sol["args"]):
                wrong.append((r["request"], sol, got))
    assert not wrong, wrong[:5]


def test_held_out_references_are_read_less_often(records):
    """Held-out phrasings measure generalisation: the reader, written on training phrasings, misses many of them."""
    recs = [r for r in records["test-phrasing"] if r["phrasing"]["structural"]]
    hits = sum(_read(r) == (r["solution"][0]["function"], r["solution"][0]["args"]) for r in recs)
    assert hits < len(recs)


def test_naming_is_offered_only_without_doubt():
    """A role or an ordinal names one paragraph, and a heading's name is no other paragraph's text."""
    for spec in TEMPLATES:
        seen: dict[tuple, int] = {}
        for p in spec.paragraphs:
            for ref in paragraph_refs(spec, p):
                key = (ref.kind, ref.nth, ref.name)
                assert seen.setdefault(key, p.index) == p.index, (spec.name, key)
        for a in range(len(spec.paragraphs) - 1):
            for ref in run_refs(spec, a, a + 1):
                assert ref.start == a + 1 and ref.end == a + 2


def test_infeasible_requests_are_recognised_and_feasible_ones_are_not(records):
    """The expert refuses every training-phrased impossible request and no feasible one."""
    for split in ("train", "test"):
        for r in records[split]:
            why = infeasible_reason(r["request"])
            if r["family"] in ("infeasible", "unsupported"):
                assert why is not None, r["request"]
                assert [s["function"] for s in r["solution"]] == ["summary"]
            else:
                assert why is None, (r["family"], r["request"], why)
