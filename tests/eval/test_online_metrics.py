"""Online metrics (Table 4) against hand-computed examples, edge cases included."""

from __future__ import annotations

import pytest

from lamforge.eval.online_metrics import aggregate_online, per_family, split_rows, unseen_summary
from lamforge.eval.results import OnlineRow


def _row(task, success, steps, *, family="bold", split="test", model_ms=100.0, app_ms=10.0, step_ms=200.0):
    return OnlineRow("m", task, family, split, success=success, n_steps=steps, time_s=steps * step_ms / 1000,
                     step_ms=[step_ms] * steps, model_ms=[model_ms] * steps, app_ms=[app_ms] * steps)


def test_aggregate_hand_computed():
    rows = [_row("a", True, 2), _row("b", True, 4, step_ms=400.0), _row("c", False, 3)]
    r = aggregate_online(rows)
    assert r["tsr"] == pytest.approx(2 / 3)
    assert r["avg_steps"] == pytest.approx(3.0)  # successful tasks only: (2 + 4) / 2
    assert r["avg_steps_all"] == pytest.approx(3.0)
    assert r["avg_time_s"] == pytest.approx((0.4 + 1.6 + 0.6) / 3)
    assert r["avg_time_s_success"] == pytest.approx((0.4 + 1.6) / 2)
    # 9 steps: 2x200 + 4x400 + 3x200 = 2600 ms -> mean 0.2889 s
    assert r["step_latency_s"] == pytest.approx(2.6 / 9)
    assert r["model_latency_s"] == pytest.approx(0.1)
    assert r["app_latency_s"] == pytest.approx(0.01)
    assert r["median_step_latency_s"] == pytest.approx(0.2)
    assert (r["n_tasks"], r["n_success"], r["n_steps_total"]) == (3, 2, 9)


def test_all_failures_zero_steps_and_nothing():
    r = aggregate_online([_row("a", False, 0), _row("b", False, 2)])
    assert r["tsr"] == 0.0 and r["avg_steps"] == 0.0
    assert r["step_latency_s"] == pytest.approx(0.2)
    empty = aggregate_online([])
    assert empty["tsr"] == 0.0 and empty["avg_time_s"] == 0.0 and empty["n_tasks"] == 0


def test_errors_count_as_failures():
    bad = _row("a", False, 0)
    bad.error = "SessionError: soffice died"
    r = aggregate_online([bad, _row("b", True, 1)])
    assert r["tsr"] == 0.5 and r["n_errors"] == 1


def test_split_per_family_and_unseen_summary():
    rows = [_row("a", True, 2), _row("b", False, 1, family="italic"),
            _row("a", False, 2, split="test-phrasing"), _row("c", True, 3, split="test-phrasing")]
    seen, unseen = split_rows(rows)
    assert [r.task_id for r in seen] == ["a", "b"] and [r.task_id for r in unseen] == ["a", "c"]
    fam = per_family(seen)
    assert list(fam) == ["bold", "italic"]
    assert fam["bold"] == {"tsr": 1.0, "n_tasks": 1, "n_success": 1, "avg_steps": 2.0}
    assert fam["italic"]["tsr"] == 0.0 and fam["italic"]["avg_steps"] == 0.0
    u = unseen_summary(unseen)
    assert u == {"tsr": 0.5, "avg_steps": 3.0, "n_tasks": 2, "n_success": 1}
