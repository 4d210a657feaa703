"""A share of requests name the document's text without quotes; the expert cannot ground them, the agent can."""

from __future__ import annotations

import json
from pathlib import Path

from lamforge.tasks.generate import iter_records, write_jsonl
from lamforge.tasks.phrasing.bare import BARE_RATE, bare
from lamforge.tasks.phrasing.render import Rendered
from lamforge.tasks.registry import FAMILIES
from lamforge.text.quotes import QUOTED_RE

NEW_TEXT = {"insert_paragraph", "append_sentence", "replace_all", "change_text", "fill_cell", "edit_cell"}


def test_a_share_of_each_split_is_bare_and_only_where_the_quotes_are_the_documents():
    for split in ("train", "test", "test-phrasing"):
        recs = list(iter_records(6 * len(FAMILIES), split, 3))
        bare_recs = [r for r in recs if r["phrasing"]["bare"]]
        # only nameable targets go bare: 8-11% of a split over seeds (2026-12-06, 60 families); 360 draws vary by ~1.5
        assert 0.06 < len(bare_recs) / len(recs) < BARE_RATE, split
        assert not any(QUOTED_RE.search(r["request"]) for r in bare_recs)
        assert not {r["family"] for r in bare_recs} & NEW_TEXT  # new text to type keeps its quotes
        assert all("'{" not in r["phrasing"]["skeleton"] for r in bare_recs)


def test_bare_refuses_new_text_and_quotes_inside_the_text():
    r = Rendered("Replace 'cat' with 'dog'.", "Replace '{q}' with '{v}'.", "train", "core")
    assert bare(r, ["The cat sat."]) is None
    r = Rendered('Bold "Ann\'s notes".', 'Bold "{q}".', "train", "core")
    assert bare(r, ["Ann's notes"]) is None


def test_the_expert_fails_a_bare_request_that_it_solves_quoted(tmp_path: Path):
    from lamforge.data.collect.collect import run
    from lamforge.data.collect.collect_config import CollectConfig

    recs = [r for r in iter_records(12 * len(FAMILIES), "train", 0) if r["family"] in ("bold", "italic", "underline")]
    bare_rec = next(r for r in recs if r["phrasing"]["bare"])
    quoted = next(r for r in recs if not r["phrasing"]["bare"] and not r["phrasing"]["structural"])
    write_jsonl([bare_rec, quoted], tmp_path / "tasks.jsonl")
    out = run(CollectConfig(tasks=tmp_path / "tasks.jsonl", out=tmp_path / "c", workers=1), progress=False)
    passed = {json.loads(x)["unique_id"] for x in (out / "pass.jsonl").open()}
    assert passed == {quoted["task_id"]}


def test_bare_rate_zero_keeps_every_quote():
    recs = list(iter_records(4 * len(FAMILIES), "train", 0, bare_rate=0.0))
    assert not any(r["phrasing"]["bare"] for r in recs)
    same = list(iter_records(4 * len(FAMILIES), "train", 0))
    # the draw has a seed of its own: apart from the quotes, the records are the same
    assert [r["params"] for r in recs] == [r["params"] for r in same]
    assert sum(a["request"] != b["request"] for a, b in zip(recs, same, strict=True)) == sum(
        r["phrasing"]["bare"] for r in same)
