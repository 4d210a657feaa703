"""Offline decision metrics (Table 3) against hand-computed examples, edge cases included."""

from __future__ import annotations

import pytest

from lamforge.eval.decision_metrics import (
    StepScore,
    aggregate_offline,
    normalise_args,
    same_object,
    same_operation,
    score_step,
    task_success,
)

BOLD = {"control_label": "39", "control_name": "Bold", "function": "click_input", "args": {}, "status": "CONTINUE"}
SELECT = {"control_label": "1", "control_name": "Document", "function": "select_text",
          "args": {"text": "Quarterly  Report"}, "status": "CONTINUE"}
SIZE = {"control_label": "12", "control_name": "Font Size", "function": "set_edit_text", "args": {"text": "14"},
        "status": "FINISH"}


def test_object_by_label_or_normalised_name():
    assert same_object({"control_label": "39", "control_name": "whatever"}, BOLD)
    assert same_object({"control_label": "7", "control_name": " bold "}, BOLD)
    assert same_object({"control_label": "7", "control_name": "Insert ~Table..."},
                       {"control_label": "8", "control_name": "Insert Table"})
    assert not same_object({"control_label": "40", "control_name": "Italic"}, BOLD)


def test_document_level_object():
    assert same_object({"control_label": "", "control_name": ""}, SELECT)
    assert same_object({"control_label": "99", "control_name": "document"}, SELECT)
    assert not same_object({"control_label": "39", "control_name": "Bold"}, SELECT)


def test_operation_normalises_text_quotes_whitespace_and_defaults():
    pred = {"function": "select_text", "args": {"text": "\u201cQuarterly Report\u201d"}}
    assert same_operation(pred, SELECT)
    assert same_operation({"function": "click_input", "args": {"button": "left", "double": False}}, BOLD)
    assert not same_operation({"function": "click_input", "args": {"double": True}}, BOLD)
    assert same_operation({"function": "set_edit_text", "args": {"text": 14}}, SIZE)
    assert same_operation({"function": "set_edit_text", "args": {"text": "14.0"}}, SIZE)


def test_operation_needs_function_and_exact_args():
    assert not same_operation({"function": "keyboard_input", "args": {"text": "Quarterly Report"}}, SELECT)
    assert not same_operation({"function": "select_text", "args": {"text": "quarterly report"}}, SELECT)  # case kept
    assert not same_operation({"function": "select_text", "args": {"text": "Quarterly"}}, SELECT)
    assert not same_operation({"function": "select_text", "args": "Quarterly Report"}, SELECT)
    assert normalise_args("select_text", None) == {}


def test_score_step_parts_and_unparseable():
    pred = {"control_label": "39", "control_name": "Bold", "function": "click_input", "args": {}, "status": "FINISH"}
    assert score_step(pred, BOLD) == StepScore(True, True, False)
    assert score_step({**pred, "status": "continue"}, BOLD).success
    assert score_step(None, BOLD) == StepScore(False, False, False)


def test_task_success_and_zero_steps():
    ok, bad = StepScore(True, True, True), StepScore(True, True, False)
    assert task_success([ok, ok])
    assert not task_success([ok, bad])
    assert not task_success([])  # a task with zero steps fails


def test_aggregate_hand_computed():
    ok = StepScore(True, True, True)
    wrong_op = StepScore(True, False, True)
    wrong_obj_status = StepScore(False, True, False)
    r = aggregate_offline({"t1": [ok, ok, ok], "t2": [ok, wrong_op], "t3": [wrong_obj_status]})
    # 6 steps: objects 5/6, operations 5/6, status 5/6, all-three 4/6; tasks: only t1 -> 1/3
    assert r["object_acc"] == pytest.approx(5 / 6)
    assert r["operation_acc"] == pytest.approx(5 / 6)
    assert r["status_acc"] == pytest.approx(5 / 6)
    assert r["step_success_rate"] == pytest.approx(4 / 6)
    assert r["tsr"] == pytest.approx(1 / 3)
    assert (r["n_steps"], r["n_tasks"]) == (6, 3)


def test_aggregate_all_failures_empty_task_and_nothing():
    bad = StepScore(False, False, False)
    r = aggregate_offline({"a": [bad], "b": []})
    assert r["tsr"] == 0.0 and r["step_success_rate"] == 0.0 and r["n_tasks"] == 2
    none = aggregate_offline({})
    assert none["tsr"] == 0.0 and none["object_acc"] == 0.0 and none["n_steps"] == 0
