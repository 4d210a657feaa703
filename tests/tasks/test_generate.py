"""Instantiation: every family on every split, held-out templates and values, records and the CLI."""

from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from lamforge.tasks.base import SPLITS
from lamforge.tasks.checks.compare import diff
from lamforge.tasks.checks.docmodel import CharProps, DocModel, DocPara
from lamforge.tasks.generate import instance_seed, iter_records, make_record, read_jsonl, write_jsonl
from lamforge.tasks.registry import FAMILIES, get_family, task_from_dict
from lamforge.tasks.templates import templates_for
from lamforge.tasks.values import FONT_COLORS, FONT_SIZES


def test_registry_is_sorted_and_large():
    names = [f.name for f in FAMILIES]
    assert names == sorted(names) and len(names) >= 30
    assert len({f.category for f in FAMILIES}) >= 7
    assert all(f.help_ref for f in FAMILIES)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_family_generates_on_every_split(family):
    for split in SPLITS:
        for i in range(3):
            rec = make_record(family, split, seed=5, i=i)  # asserts the untouched template fails
            allowed = {t.name for t in templates_for(split)}
            assert rec["template"] in allowed
            task = task_from_dict(json.loads(json.dumps(rec)))
            assert task.solution() == rec["solution"]
            assert rec["request"] and rec["solution"] and rec["complexity"] > len(rec["solution"])


def test_test_split_uses_held_out_values():
    for name, pool in (("font_size", FONT_SIZES), ("font_color", FONT_COLORS)):
        fam = get_family(name)
        for split, values in (("train", pool[0]), ("test", pool[1])):
            got = {make_record(fam, split, 1, i)["params"]["value"] for i in range(15)}
            assert got <= set(values), (name, split, got)
    assert not set(FONT_SIZES[0]) & set(FONT_SIZES[1])


def test_records_are_deterministic_and_balanced(tmp_path):
    a = list(iter_records(2 * len(FAMILIES), "train", seed=9, check=False))
    b = list(iter_records(2 * len(FAMILIES), "train", seed=9, check=False))
    assert a == b
    assert {r["family"] for r in a} == {f.name for f in FAMILIES}
    assert len({r["task_id"] for r in a}) == len(a)
    out = write_jsonl(a, tmp_path / "t.jsonl")
    assert read_jsonl(out) == a
    assert instance_seed(9, "bold", 0) == a[[r["family"] for r in a].index("bold")]["seed"]


def test_diff_reports_damage_in_words():
    plain = CharProps()
    exp = DocModel([DocPara("Alpha beta.", [plain] * 11), DocPara("Gamma.", [plain] * 6)])
    bold = DocModel([DocPara("Alpha beta.", [plain] * 11), DocPara("Gamma.", [plain._replace(bold=True)] * 6)])
    assert diff(exp, exp) == []
    assert "bold=True" in diff(bold, exp)[0]
    changed = DocModel([DocPara("Alpha beta!", [plain] * 11), DocPara("Gamma.", [plain] * 6)])
    assert "text is" in diff(changed, exp)[0]
    missing = DocModel([DocPara("Alpha beta.", [plain] * 11)])
    assert any("missing" in e for e in diff(missing, exp))


def test_cli_generate_list_templates(tmp_path):
    from lamforge.cli.main import app

    runner = CliRunner()
    out = tmp_path / "tasks.jsonl"
    res = runner.invoke(app, ["tasks", "generate", "--n", "50", "--split", "test-phrasing", "--seed", "2", "--out",
                              str(out)])
    assert res.exit_code == 0, res.output
    recs = read_jsonl(out)
    assert len(recs) == 50 and all(r["split"] == "test-phrasing" for r in recs)
    assert {"task_id", "family", "split", "template", "template_path", "params", "request", "solution", "help_ref",
            "seed"} <= set(recs[0])
    res = runner.invoke(app, ["tasks", "generate", "--n", "5", "--split", "dev", "--out", str(out)])
    assert res.exit_code == 2 and "split" in res.output
    res = runner.invoke(app, ["tasks", "list", "--json"])
    assert res.exit_code == 0 and len(json.loads(res.output)) == len(FAMILIES)
    res = runner.invoke(app, ["tasks", "templates", "--out", str(tmp_path / "tpl")])
    assert res.exit_code == 0 and len(list((tmp_path / "tpl").glob("*.docx"))) >= 20


def test_sampling_is_rng_driven():
    fam = get_family("bold")
    t1 = fam.sample(random.Random(1), "train")
    t2 = fam.sample(random.Random(1), "train")
    assert t1.params == t2.params
