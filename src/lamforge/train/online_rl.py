"""Phase 4 with a reward that knows: RL of LAM3 in live LibreOffice, rewarded by the task's own checker.

A learned reward model that cannot tell a failing step from a succeeding one gives RL nothing to learn from.
The checker can: it judges the saved document. So the policy plays whole episodes of training tasks, ``group``
times each, at a sampling temperature; an episode's reward is the checker's verdict plus a small term for the
share of its actions that were valid and executed; the advantage of an episode is its reward minus its group's
mean, over the group's spread (GRPO, at the episode level). Groups where every episode passes or every episode
fails teach nothing, so tasks are drawn where the success rate is uncertain, and a stored success of the task
(an expert or exploration trajectory) is replayed into an all-fail group (ARPO). The update is one
policy-gradient step per pass (``num_iterations`` passes per batch) on the tokens of every step of every episode,
with a KL penalty toward LAM3.

The policy plays as it is used (``guided``, the default): with its task memory's hint and the agent's request
rewriting, the document guard on. A tiny model alone rarely succeeds at a sampling temperature, so its groups
would all fail; guided, they are mixed. The update raises the log-probability, under the model alone and for the
user's own request, of what succeeded and lowers that of what failed, so the model alone learns what the
guided policy found (an advantage-weighted, off-policy update with respect to the hint's logit bias).
``guided: false`` plays the model alone: then the policy trained is exactly the policy that played.
"""

from __future__ import annotations

import copy
import math
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lamforge.train.data import Record, is_success, read_many, task_id
from lamforge.train.memory_hints import phase_memory
from lamforge.train.rl_config import RLConfig
from lamforge.train.runner import load_init, start_phase

PHASE = "lam4"
# rollout(backend, task_ids, group, temperature, guided) -> episodes: {"task_id", "success", "steps": [records
# with the user's own request], "n_steps", "valid_steps"} (see lamforge.pipeline.explore.make_rollout)
Rollout = Callable[[Any, Sequence[str], int, float, bool], list[dict[str, Any]]]


def episode_reward(ep: dict[str, Any], validity_weight: float) -> float:
    """The checker's verdict (1 or 0) plus ``validity_weight`` times the share of valid, executed actions.

    >>> episode_reward({"success": True, "n_steps": 2, "valid_steps": 2}, 0.1)
    1.1
    >>> episode_reward({"success": False, "n_steps": 4, "valid_steps": 1}, 0.1)
    0.025
    """
    n = max(1, int(ep.get("n_steps") or 0))
    return float(bool(ep.get("success"))) + validity_weight * int(ep.get("valid_steps") or 0) / n


def advantages(rewards: Sequence[float]) -> list[float]:
    """Group-relative advantages: reward minus the group mean, over the group's standard deviation.

    >>> advantages([1.0, 0.0, 0.0, 1.0])
    [1.0, -1.0, -1.0, 1.0]
    >>> advantages([0.5, 0.5])
    [0.0, 0.0]
    """
    mean = sum(rewards) / len(rewards)
    std = math.sqrt(sum((r - mean) ** 2 for r in rewards) / len(rewards))
    return [0.0 if std < 1e-6 else (r - mean) / std for r in rewards]


class TaskSampler:
    """Draws tasks where the policy's success is uncertain (weight p(1-p), with a floor), from what it has seen."""

    def __init__(self, task_ids: Sequence[str], seed: int) -> None:
        self.stats: dict[str, list[int]] = {t: [1, 2] for t in task_ids}  # a prior of one success in two tries
        self.rng = random.Random(seed)

    def draw(self, k: int) -> list[str]:
        """``k`` distinct tasks, the uncertain ones more often."""
        ids = list(self.stats)
        weights = [max(0.05, (s / n) * (1 - s / n)) for s, n in (self.stats[t] for t in ids)]
        out: list[str] = []
        while ids and len(out) < k:
            i = self.rng.choices(range(len(ids)), weights=weights)[0]
            out.append(ids.pop(i))
            weights.pop(i)
        return out

    def update(self, tid: str, success: bool) -> None:
        """Count one more try of ``tid``."""
        s = self.stats.setdefault(tid, [1, 2])
        s[0] += int(success)
        s[1] += 1


def stored_successes(records: Sequence[Record]) -> dict[str, list[Record]]:
    """Each task's steps from one stored successful trajectory (expert or exploration), in step order."""
    by_task: dict[str, dict[tuple[str, int], list[Record]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        if is_success(r) and task_id(r):
            m = r.get("meta") or {}
            by_task[task_id(r)][(str(m.get("source", "expert")), int(m.get("attempt", 0) or 0))].append(r)
    out = {}
    for tid, trajs in by_task.items():
        steps = next(iter(trajs.values()))
        out[tid] = sorted(steps, key=lambda r: int((r.get("meta") or {}).get("step", 0) or 0))
    return out


def _step_logprob(model: Any, tokenizer: Any, rec: Record, max_length: int) -> tuple[Any, Any] | None:
    """Summed log-probability of a step's completion tokens under ``model``, and the token count."""
    import torch

    prompt = tokenizer.apply_chat_template(rec["prompt"], add_generation_prompt=True, tokenize=False)
    completion = rec["completion"][0]["content"] + (tokenizer.eos_token or "")
    p_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    c_ids = tokenizer(completion, add_special_tokens=False)["input_ids"]
    ids = (p_ids + c_ids)[-max_length:]
    n_c = min(len(c_ids), len(ids) - 1)
    if n_c <= 0:
        return None
    x = torch.tensor([ids], device=model.device)
    logits = model(input_ids=x).logits[0, -n_c - 1:-1].float()
    lp = torch.log_softmax(logits, dim=-1).gather(1, x[0, -n_c:, None])[:, 0]
    return lp, n_c


def policy_loss(model: Any, ref: Any, tokenizer: Any, episodes: Sequence[tuple[list[Record], float]],
                beta: float, max_length: int) -> tuple[Any, dict[str, float]]:
    """The batch's loss: -advantage × the mean token log-probability of each step, plus beta × KL to ``ref``.

    KL is the k3 estimate on the episode's own tokens; steps of zero-advantage episodes only pay the KL.
    """
    import torch

    losses, kls, n = [], [], 0
    for steps, adv in episodes:
        for rec in steps:
            got = _step_logprob(model, tokenizer, rec, max_length)
            if got is None:
                continue
            lp, n_c = got
            with torch.no_grad():
                ref_lp = _step_logprob(ref, tokenizer, rec, max_length)[0]  # type: ignore[index]
            diff = ref_lp - lp
            kl = (torch.exp(diff) - diff - 1).mean()
            losses.append(-adv * lp.mean() + beta * kl)
            kls.append(float(kl.detach()))
            n += 1
    if not losses:
        return None, {"steps": 0}
    return torch.stack(losses).mean(), {"steps": n, "kl": sum(kls) / len(kls)}


def run(cfg: RLConfig, *, rollout: Rollout, tasks: Sequence[str], progress: bool = True,
        callbacks: Sequence[Any] = ()) -> Path:
    """Train LAM4 from ``cfg.init`` (LAM3) by online RL over ``tasks`` with ``rollout`` into ``cfg.out``."""
    import torch

    from lamforge.agent.backends.transformers_backend import TransformersBackend
    from lamforge.train.checkpoint import build_meta
    from lamforge.train.runner import data_hashes
    from lamforge.train.tokenizer import save_tokenizer

    del callbacks
    pdir, done = start_phase(cfg, needs=("init",), why="online RL starts from LAM3: pass --init LAM3_DIR")
    if done:
        return pdir.out
    pdir.prepare(force=cfg.force)
    files = [cfg.data, *cfg.extra]
    _, memory = phase_memory(cfg, [], pdir.tmp, build=False)
    replay = stored_successes(read_many(files))
    torch.manual_seed(cfg.seed)
    model, tokenizer = load_init(cfg)
    ref = copy.deepcopy(model).eval()
    for p in ref.parameters():
        p.requires_grad_(False)
    policy = TransformersBackend(model, tokenizer, name="lam4-rl", seed=cfg.seed,
                                 hint_bias=cfg.hint_bias if cfg.guided else 0.0)
    if cfg.guided:
        from lamforge.guidance.task_memory import TaskMemory

        policy.task_memory = TaskMemory.load(cfg.init)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.learning_rate, weight_decay=0.0)
    sampler = TaskSampler(tasks, cfg.seed)
    history: list[dict[str, Any]] = []
    t0 = time.time()
    bar = _bar(progress, cfg.rl_iterations)
    try:
        for it in range(cfg.rl_iterations):
            batch = sampler.draw(cfg.tasks_per_iteration)
            model.eval()
            eps = rollout(policy, batch, cfg.num_generations, cfg.temperature, cfg.guided)
            groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for ep in eps:
                groups[ep["task_id"]].append(ep)
                sampler.update(ep["task_id"], ep["success"])
            weighted, replayed = [], 0
            for tid, group in groups.items():
                rewards = [episode_reward(e, cfg.validity_weight) for e in group]
                members = [e["steps"] for e in group]
                if not any(e["success"] for e in group) and replay.get(tid):
                    members.append(replay[tid])  # a stored success gives an all-fail group its signal
                    rewards.append(1.0 + cfg.validity_weight)
                    replayed += 1
                weighted += [(m, a) for m, a in zip(members, advantages(rewards), strict=True) if m]
            model.train()
            loss, facts = None, {"steps": 0}
            for _ in range(max(1, cfg.num_iterations)):  # passes over the batch (PPO epochs)
                loss, facts = policy_loss(model, ref, tokenizer, weighted, cfg.beta, cfg.max_length)
                if loss is None:
                    break
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                opt.step()
            row = {"iteration": it + 1, "tasks": len(groups), "episodes": len(eps),
                   "success": round(sum(e["success"] for e in eps) / max(1, len(eps)), 4),
                   "mixed_groups": sum(1 for g in groups.values() if 0 < sum(e["success"] for e in g) < len(g)),
                   "replayed": replayed, "loss": round(float(loss.detach()), 5) if loss is not None else None,
                   **{k: round(v, 5) for k, v in facts.items()}}
            history.append(row)
            if bar is not None:
                bar.advance(row)
    finally:
        if bar is not None:
            bar.close()
        close = getattr(rollout, "close", None)
        if close is not None:
            close()
    model.eval()
    model.save_pretrained(str(pdir.tmp))
    save_tokenizer(tokenizer, pdir.tmp)
    metrics = {"reward": "checker", "guided": cfg.guided, "iterations": cfg.rl_iterations, "history": history,
               "wall_s": round(time.time() - t0, 1), "task_pool": len(tasks), "replay_tasks": len(replay),
               "rollout_success_first": history[0]["success"] if history else None,
               "rollout_success_last": history[-1]["success"] if history else None}
    import dataclasses

    meta = build_meta(PHASE, dataclasses.asdict(cfg), data_hashes(files), metrics, **memory)
    return pdir.finalize(meta)


class _Bar:
    """A rich progress bar over RL iterations that shows the last rollout success rate."""

    def __init__(self, total: int) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("lam4 RL (checker reward)"), BarColumn(), TextColumn("{task.fields[info]}"),
                                 TimeElapsedColumn())
        self.task = self.progress.add_task("rl", total=total, info="")
        self.progress.start()

    def advance(self, row: dict[str, Any]) -> None:
        self.progress.update(self.task, advance=1, info=f"success {row['success']:.2f} kl {row.get('kl', 0):.4f}")

    def close(self) -> None:
        self.progress.stop()


def _bar(progress: bool, total: int) -> _Bar | None:
    return _Bar(total) if progress else None
