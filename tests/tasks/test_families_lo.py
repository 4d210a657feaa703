"""Every family's checker both ways on real LibreOffice output.

For one instance per family: the reference solution run in Writer passes (1.0); the untouched
template saved by Writer fails (0.0); the correct result plus one extra edit elsewhere fails; and
a wrong execution (the same family's solution for another target or value) fails. A request Writer
cannot do passes only untouched. Targets named by role or position are checked the same way, and
the document view numbers every template's paragraphs as the tasks do.
"""

from __future__ import annotations

import random

import pytest

from lamforge.tasks.checks.compare import diff, norm
from lamforge.tasks.checks.edits import expected_from_template
from lamforge.tasks.composite import _Composite
from lamforge.tasks.generate import instance_seed
from lamforge.tasks.registry import FAMILIES
from lamforge.tasks.solution import run_solution
from lamforge.tasks.steps import click, document, select, set_value
from lamforge.tasks.targets import _tokens

SEED = 3
# Families whose params are the template alone have no "other target": a wrong operation instead.
WRONG_OPERATION = {
    "table_bold": [document("select_table", number=1), click(".uno:Italic")],
    "table_font_size": [document("select_table", number=1), click(".uno:Bold")],
    "landscape": [click(".uno:PageDialog"), {"function": "click_input", "control": "Cancel", "args": {}}],
}


def _task(family, i=0, split="train"):
    rng = random.Random(instance_seed(SEED, family.name, i))
    return family.sample(rng, split)


def _structural_task(family, split):
    """An instance of ``family`` whose target the request names by role or position (None: the family has none)."""
    for i in range(80):
        task = _task(family, i, split)
        if task.structural:
            return task
    return None


def _other_instance(family, task):
    """Another instance on the same template whose expected document differs from ``task``'s."""
    want = task.expected()
    for i in range(1, 60):
        try:
            other = family(family.params_for(random.Random(i), "train", task.spec))
        except LookupError:
            continue
        if diff(want, other.expected()):
            return other
    return None


def _untouched_window(task) -> str:
    """Two words of a paragraph that the task leaves exactly as in the template, unique in the result."""
    base = expected_from_template(task.params.template)
    exp = task.expected()
    texts = [norm(p.text) for p in exp.paragraphs] + [norm(c.text) for t in exp.tables for r in t.cells for c in r]
    same = [p for p in exp.paragraphs if any(p.text == b.text and p.chars == b.chars for b in base.paragraphs)]
    for p in reversed(same or exp.paragraphs):  # a change to the whole document leaves none untouched
        toks = _tokens(p.text)
        for a in range(len(toks) - 1):
            w = p.text[toks[a][0]: toks[a + 1][1]]
            if sum(t.count(w) for t in texts) == 1 and " " in w:
                return w
    raise AssertionError(f"{task.name}: no untouched paragraph to damage")


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_checker_both_ways(writer_env, family, tmp_path):
    env = writer_env
    task = _task(family)

    # untouched: the template as Writer saves it fails (a request Writer cannot do: it is the right result)
    task.initialize(env)
    env.save(tmp_path / "untouched.docx")
    assert task.is_successful(tmp_path / "untouched.docx") == (1.0 if family.infeasible else 0.0)

    # correct: the reference solution passes
    task.initialize(env)
    replay = run_solution(env, task.solution(), confirm=True)
    assert replay.ok, replay.error
    env.save(tmp_path / "correct.docx")
    assert task.diagnose(tmp_path / "correct.docx") == []
    assert task.is_successful(tmp_path / "correct.docx") == 1.0

    # extra damage: the correct result plus underlining two words of an untouched paragraph
    window = _untouched_window(task)
    extra = run_solution(env, [select(window), click(".uno:Underline")])
    assert extra.ok, extra.error
    env.save(tmp_path / "extra.docx")
    assert task.is_successful(tmp_path / "extra.docx") == 0.0
    assert any("underline" in e for e in task.diagnose(tmp_path / "extra.docx"))

    # wrong execution: another target/value of the same family, or a wrong operation
    task.initialize(env)
    other = _other_instance(family, task) if not family.infeasible else None
    wrong = WRONG_OPERATION.get(family.name) or (other.solution() if other is not None else None)
    if family.infeasible:  # acting on a request Writer cannot do changes the document
        wrong = [select(window), click(".uno:Bold")]
    elif wrong is None:  # the template has a single qualifying target: operate on an untouched paragraph
        wrong = [select(window), *task.op_steps()]
    ran = run_solution(env, wrong, confirm=True)
    assert ran.ok and len(ran.results) == len(wrong), ran.error  # the wrong steps did run, and did their thing
    env.save(tmp_path / "wrong.docx")
    assert task.is_successful(tmp_path / "wrong.docx") == 0.0


@pytest.mark.parametrize("family", [f for f in FAMILIES if issubclass(f, _Composite)], ids=lambda f: f.name)
def test_composite_half_done_fails(writer_env, family, tmp_path):
    """Only the first of the two operations is not success."""
    task = _task(family)
    first, _ = task.part_tasks()
    task.initialize(env := writer_env)
    assert run_solution(env, first.solution(), confirm=True).ok
    env.save(tmp_path / "half.docx")
    assert task.is_successful(tmp_path / "half.docx") == 0.0


def test_held_out_phrasing_instance_completes(writer_env, tmp_path):
    """A test-phrasing task (held-out template, value and ordinal/curly reference) runs and passes."""
    from lamforge.tasks.paragraphs import HeadingLevel

    for i in range(40):
        rng = random.Random(instance_seed(SEED, "heading_level", i))
        task = HeadingLevel.sample(rng, "test-phrasing")
        if task.params.target.kind == "nth_under":
            break
    assert task.params.target.kind == "nth_under"
    task.initialize(writer_env)
    assert run_solution(writer_env, task.solution(), confirm=True).ok
    writer_env.save(tmp_path / "out.docx")
    assert task.is_successful(tmp_path / "out.docx") == 1.0


def test_unreadable_file_is_failure(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    assert _task(FAMILIES[0]).is_successful(bad) == 0.0


def test_value_step_resolves_to_combo_box(writer_env):
    """Command-form steps resolve to the live control labels (here the Font Size box)."""
    from lamforge.tasks.solution import resolve_step

    task = _task(FAMILIES[0])
    task.initialize(writer_env)
    action = resolve_step(writer_env, set_value(".uno:FontHeight", "14"))
    control = writer_env.find_control(command=".uno:FontHeight")
    assert (action.control_label, action.control_name) == (control.label, control.control_text)


@pytest.mark.parametrize("family", [f for f in FAMILIES if _structural_task(f, "train") is not None],
                         ids=lambda f: f.name)
def test_structural_targets_both_ways(writer_env, family, tmp_path):
    """A target named by role or position, on training and held-out templates.

    The structural solution passes and the untouched document fails.
    """
    env = writer_env
    for split in ("train", "test"):
        task = _structural_task(family, split)
        if task is None:
            continue
        task.initialize(env)
        env.save(tmp_path / "untouched.docx")
        assert task.is_successful(tmp_path / "untouched.docx") == 0.0, (split, task.params)
        task.initialize(env)
        replay = run_solution(env, task.solution(), confirm=True)
        assert replay.ok, (split, replay.error)
        env.save(tmp_path / "correct.docx")
        assert task.diagnose(tmp_path / "correct.docx") == [], (split, task.params)


def test_multi_format_partly_done_fails(writer_env, tmp_path):
    """All but the last of three or four formats is not success."""
    family = next(f for f in FAMILIES if f.name == "multi_format")
    task = _task(family)
    task.initialize(writer_env)
    assert run_solution(writer_env, task.solution()[:-1]).ok
    writer_env.save(tmp_path / "part.docx")
    assert task.is_successful(tmp_path / "part.docx") == 0.0


def test_the_view_numbers_paragraphs_as_the_tasks_do(writer_env):
    """Every template as LibreOffice shows it: the view's paragraphs are the template's, numbered and with roles."""
    from lamforge.tasks.templates import TEMPLATES, template_path

    for spec in TEMPLATES:
        writer_env.reset(options={"doc": str(template_path(spec.name))})
        view = writer_env.observe().view
        assert tuple((p.number, p.role, p.text) for p in view.paragraphs) == spec.view, spec.name
        assert tuple(t.rows for t in view.tables) == spec.tables, spec.name
