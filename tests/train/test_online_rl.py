"""Phase 4 with the checker's reward: group advantages, replay into all-fail groups, a real policy update."""

from __future__ import annotations

from collections import defaultdict

import torch

from conftest import make
from lamforge.train.checkpoint import read_meta
from lamforge.train.data import read_records


def _fake_rollout(records):
    """Episodes made of the data's own trajectories: task A passes every other time, task B never does."""
    by_task = defaultdict(lambda: {True: [], False: []})
    for r in records:
        by_task[r["meta"]["task_id"]][bool(r["meta"]["success"])].append(r)
    calls = []

    def rollout(backend, task_ids, group, temperature, guided=False):
        calls.append((backend, list(task_ids), group, temperature, guided))
        eps = []
        for tid in task_ids:
            for k in range(group):
                ok = tid.endswith(("0", "2", "4", "6", "8")) and k % 2 == 0 and bool(by_task[tid][True])
                steps = by_task[tid][ok] or by_task[tid][not ok]
                eps.append({"task_id": tid, "success": ok, "steps": steps, "n_steps": len(steps),
                            "valid_steps": len(steps)})
        return eps

    rollout.calls = calls
    return rollout


def test_checker_reward_rl_updates_the_policy_and_replays_successes(data_dir, run_dir, lam3):
    from lamforge.train import online_rl
    from lamforge.train.modeling import load_causal_lm
    from lamforge.train.rl_config import RLConfig

    records = read_records(data_dir / "samples.jsonl")
    tasks = sorted({r["meta"]["task_id"] for r in records})
    rollout = _fake_rollout(records)
    cfg = make(RLConfig, "rl", data=str(data_dir / "samples.jsonl"), init=str(lam3), out=str(run_dir / "lam4_chk"),
               rl_iterations=3, tasks_per_iteration=4, num_generations=2, batch_size=2, learning_rate=1e-3,
               max_length=512)
    out = online_rl.run(cfg, rollout=rollout, tasks=tasks, progress=False)
    metrics = read_meta(out)["metrics"]
    assert metrics["reward"] == "checker" and len(metrics["history"]) == 3
    backend, _, group, temperature, guided = rollout.calls[0]
    assert guided and backend.hint_bias == cfg.hint_bias and group == 2 and temperature == cfg.temperature
    assert sum(h["mixed_groups"] for h in metrics["history"]) > 0
    assert sum(h["replayed"] for h in metrics["history"]) > 0  # all-fail groups got a stored success
    before, after = load_causal_lm(str(lam3)), load_causal_lm(str(out))
    changed = any(not torch.equal(a, b) for a, b in zip(before.parameters(), after.parameters(), strict=True))
    assert changed


def test_advantages_are_zero_when_a_group_agrees():
    from lamforge.train.online_rl import advantages, episode_reward

    assert advantages([1.0, 1.0, 1.0]) == [0.0, 0.0, 0.0]
    assert episode_reward({"success": False, "n_steps": 0, "valid_steps": 0}, 0.1) == 0.0
