"""The whole document in one text colour ("make the whole document dark blue"), both ways on real LibreOffice."""

from __future__ import annotations

import random

from lamforge.tasks.solution import run_solution
from lamforge.tasks.steps import document, set_value
from lamforge.tasks.whole import DocFormat


def _colour_task(split: str = "train") -> DocFormat:
    """A doc_format instance that colours the whole document."""
    for seed in range(200):
        task = DocFormat.sample(random.Random(seed), split)
        if task.params.op == "color":  # type: ignore[attr-defined]
            return task
    raise AssertionError("no colour instance in 200 seeds")


def test_colour_of_the_whole_document_both_ways(writer_env, tmp_path):
    task = _colour_task()
    said = task.request(random.Random(0), "train").text
    assert task.params.value.lower() in said.lower(), said
    task.initialize(writer_env)
    writer_env.save(tmp_path / "untouched.docx")
    assert task.is_successful(tmp_path / "untouched.docx") == 0.0

    task.initialize(writer_env)
    assert run_solution(writer_env, task.solution(), confirm=True).ok
    writer_env.save(tmp_path / "correct.docx")
    assert task.diagnose(tmp_path / "correct.docx") == []

    # only the first paragraph coloured: the rest of the document is not
    task.initialize(writer_env)
    part = [document("select_paragraphs", start=1), set_value(".uno:Color", task.params.value)]
    assert run_solution(writer_env, part, confirm=True).ok
    writer_env.save(tmp_path / "part.docx")
    assert task.is_successful(tmp_path / "part.docx") == 0.0
