"""Planning metrics (Table 2) against hand-computed examples, edge cases included."""

from __future__ import annotations

import pytest

from lamforge.eval.plan_metrics import PlanScore, aggregate_plans, match_steps, score_plan
from lamforge.eval.similarity import fuzzy_similarity, normalise_step


def test_match_is_one_to_one_and_maximal():
    # pred 0 is close to both references, pred 1 only to reference 0: the matching must give
    # reference 0 to pred 1 and reference 1 to pred 0 (two pairs, where greedy would find one).
    sim = [[0.9, 0.8], [0.85, 0.1]]
    assert match_steps(sim, 0.5) == [(0, 1, 0.8), (1, 0, 0.85)]
    # two predictions equal to the same single reference: only one may match it
    assert len(match_steps([[0.95], [0.95]], 0.5)) == 1


def test_threshold_is_inclusive_and_filters():
    assert match_steps([[0.6]], 0.6) == [(0, 0, 0.6)]
    assert match_steps([[0.59]], 0.6) == []


def test_score_plan_hand_computed():
    # 3 predicted, 4 reference, 2 matched -> precision 2/3, recall 2/4, not a success
    sim = [[0.9, 0.0, 0.0, 0.0], [0.0, 0.0, 0.7, 0.0], [0.1, 0.2, 0.3, 0.4]]
    s = score_plan(["a", "b", "c"], ["w", "x", "y", "z"], sim, 0.6)
    assert s.matched == 2
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(0.5)
    assert not s.success


def test_extra_predicted_steps_cost_precision_not_success():
    s = score_plan(["a", "b", "extra"], ["a", "b"], [[1, 0], [0, 1], [0, 0]], 0.5)
    assert s.success and s.recall == 1.0 and s.precision == pytest.approx(2 / 3)


def test_empty_plans_have_defined_values():
    empty_pred = score_plan([], ["a", "b"], [], 0.5)
    assert (empty_pred.precision, empty_pred.recall, empty_pred.success) == (0.0, 0.0, False)
    both_empty = score_plan([], [], [], 0.5)
    assert (both_empty.precision, both_empty.recall, both_empty.success) == (1.0, 1.0, True)
    empty_ref = score_plan(["a"], [], [[]], 0.5)
    assert (empty_ref.precision, empty_ref.recall, empty_ref.success) == (0.0, 1.0, False)


def test_bad_matrix_shape_is_rejected():
    with pytest.raises(ValueError, match="2x1"):
        score_plan(["a", "b"], ["x"], [[0.5]], 0.5)


def test_aggregate_micro_and_macro():
    a = PlanScore(2, 2, ((0, 0, 1.0), (1, 1, 1.0)))  # perfect
    b = PlanScore(4, 2, ((0, 0, 1.0),))  # 1 of 4 predicted, 1 of 2 reference
    r = aggregate_plans([a, b])
    assert r["tsr"] == 0.5
    assert r["step_precision"] == pytest.approx(3 / 6)  # micro: 3 matched / 6 predicted
    assert r["step_recall"] == pytest.approx(3 / 4)
    assert r["step_precision_macro"] == pytest.approx((1 + 0.25) / 2)
    assert r["step_recall_macro"] == pytest.approx((1 + 0.5) / 2)
    assert r["n_tasks"] == 2


def test_aggregate_all_failures_and_nothing():
    r = aggregate_plans([PlanScore(3, 2), PlanScore(0, 1)])
    assert (r["tsr"], r["step_precision"], r["step_recall"]) == (0.0, 0.0, 0.0)
    none = aggregate_plans([])
    assert none["n_tasks"] == 0 and none["tsr"] == 0.0 and none["step_precision"] == 0.0


def test_fuzzy_similarity_normalises_and_ranks():
    assert normalise_step("Click the 'Bold' button.") == "click bold button"
    sim = fuzzy_similarity(["Click Bold", "Choose Format - Paragraph"], ["click the Bold", "Open Format > Paragraph"])
    assert sim[0][0] == 1.0
    assert sim[1][1] > sim[1][0]
    assert fuzzy_similarity([], ["x"]) == []
