"""Rule-based evolving: specialisation and composition are correct by construction."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.dedup import dedup_records, task_key
from lamforge.data.plans.evolve_rules import compose, evolve_by_rules, specialise, strip_context
from lamforge.data.plans.filters import clean_records
from lamforge.data.plans.helpdoc import extract_help
from lamforge.data.plans.record import PlanRecord

HELP = Path("/usr/share/libreoffice/help/en-US/text")


@pytest.fixture(scope="module")
def base() -> list[PlanRecord]:
    if not (HELP / "swriter").is_dir():
        pytest.skip("libreoffice-help-en-us not installed")
    config = PlansBuildConfig()
    records, _ = extract_help(HELP, include_shared=False, dialog_options=True)
    kept, _ = clean_records(records, config)
    return dedup_records(kept, config.dedup_threshold)[0]


def test_specialise_fills_the_slot_in_the_step_and_names_the_value_in_the_task():
    record = PlanRecord.create(
        "Change the look of text in Writer",
        ["Select the text.", "Choose Format - Character.", "Select a font size.", "Click OK."],
        "helpdoc",
    )
    variants = specialise(record, random.Random(0), limit=2)
    assert len(variants) == 2 and len({v.provenance["value"] for v in variants}) == 2
    for variant in variants:
        value = variant.provenance["value"]
        assert variant.plan[2] == f"Select a font size of {value}."
        assert [s for s in variant.plan if s not in record.plan] == [variant.plan[2]]
        assert value in variant.task and variant.task.startswith("Change the look of text")
        assert variant.parent_ids == (record.task_id,) and variant.source == "evolved"
    colour = PlanRecord.create(
        "Apply a background", ["Choose Format - Paragraph.", "Select the background color."], "helpdoc"
    )
    (variant,) = specialise(colour, random.Random(1), limit=1)
    assert variant.plan[1] == f"Select the background color {variant.provenance['value']}."
    # No slot, no variant; a slot the task already names is left alone.
    assert (
        specialise(PlanRecord.create("Insert a break", ["Click.", "Press Ctrl+Enter."], "helpdoc"), random.Random(0), 2)
        == []
    )


def test_compose_concatenates_plans_and_joins_tasks():
    a = PlanRecord.create("Insert a table in Writer", ["Choose Table - Insert Table.", "Click Insert."], "helpdoc")
    b = PlanRecord.create("Remove bullets", ["Select the list.", "Click No List."], "helpdoc")
    both = compose(a, b, ", then ")
    assert both.plan == a.plan + b.plan
    assert both.task.startswith("Insert a table, then remove bullets")
    assert both.parent_ids == (a.task_id, b.task_id)
    assert strip_context("Insert a table in a Writer document") == "Insert a table"


def test_rule_evolution_on_real_help_pairs(base):
    config = PlansBuildConfig(evolve_ratio=1.0)
    evolved, counts = evolve_by_rules(base, config, random.Random(0))
    assert len(evolved) == round(len(base)) == counts["specialised"] + counts["composed"]
    assert counts["specialised"] > 20 and counts["composed"] > 100
    assert (len(base) + len(evolved)) / len(base) >= 1.5
    by_id = {r.task_id: r for r in base}
    keys = [task_key(r.task) for r in base + evolved]
    assert len(keys) == len(set(keys)), "no exact duplicate tasks"
    for child in evolved:
        parents = [by_id[p] for p in child.parent_ids]
        assert len(child.task.split()) - len(parents[0].task.split()) <= config.max_extra_words
        assert config.min_steps <= len(child.plan) <= config.max_steps
        if child.provenance["method"] == "compose":
            assert child.plan == parents[0].plan + parents[1].plan
            assert parents[0].provenance["page"] != parents[1].provenance["page"]
        else:
            changed = [i for i, (s, p) in enumerate(zip(child.plan, parents[0].plan, strict=True)) if s != p]
            assert len(changed) == 1
            value = child.provenance["value"].split("|")[0]
            assert value in child.plan[changed[0]] and value in child.task


def test_rule_evolution_is_seeded(base):
    config = PlansBuildConfig()
    first, _ = evolve_by_rules(base, config, random.Random(5))
    again, _ = evolve_by_rules(base, config, random.Random(5))
    other, _ = evolve_by_rules(base, config, random.Random(6))
    assert first == again
    assert [r.task_id for r in first] != [r.task_id for r in other]
