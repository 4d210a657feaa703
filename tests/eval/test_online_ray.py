"""``eval online`` on Ray actors gives the rows one process gives (the expert as the model)."""

from __future__ import annotations

import pytest

pytest.importorskip("ray")

from lamforge.eval.config import EvalConfig  # noqa: E402
from lamforge.eval.models import parse_model_arg  # noqa: E402
from lamforge.eval.online_runner import run_online  # noqa: E402
from lamforge.tasks.generate import iter_records  # noqa: E402


def test_online_on_ray_matches_one_process(tmp_path):
    records = list(iter_records(8, "test", 5))
    ref = parse_model_arg("expert")
    one = run_online([ref], records, tmp_path / "one", EvalConfig(workers=1, keep_docs=False))[ref.name]
    on_ray = run_online([ref], records, tmp_path / "ray", EvalConfig(workers=2, backend="ray", keep_docs=False))
    key = lambda r: (r.task_id, r.success, r.n_steps, r.stop_reason)  # noqa: E731
    assert sorted(map(key, on_ray[ref.name])) == sorted(map(key, one)) and len(one) == 8
    assert not any(r.error for r in on_ray[ref.name])
