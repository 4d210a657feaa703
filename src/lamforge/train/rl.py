"""Phase 4b (LAM4): RL of LAM3 with TRL's ``GRPOTrainer`` and the reward model as reward function.

The paper runs offline PPO (TRL's old ``PPOTrainer``, gone since TRL 0.2x): the policy generates actions
for the logged states of LAM3's failed trajectories, the reward model scores them, and a clipped ratio
objective with a KL penalty to the reference updates it. GRPO keeps all of that except the critic: the
advantage is the reward minus the mean reward of the other completions sampled for the same state
(``num_generations`` per state) instead of a learned value. See the package README for the mapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lamforge.train.checkpoint import accel_state
from lamforge.train.data import Record, is_success, read_many
from lamforge.train.memory_hints import phase_memory
from lamforge.train.rl_config import RLConfig
from lamforge.train.runner import adopt, load_init, save_phase, start_phase, train_metrics, training_kwargs
from lamforge.train.runner import callbacks as make_callbacks

PHASE = "lam4"


def rl_prompts(records: list[Record], source: str, limit: int = 0) -> tuple[list[list[dict]], str]:
    """Distinct prompts (states) to optimise on, and which source they came from.

    ``failed`` takes the states of failed trajectories and falls back to every state when there is none.

    >>> recs = [{"prompt": [{"role": "user", "content": c}], "meta": {"success": s}}
    ...         for c, s in [("a", True), ("b", False), ("b", False)]]
    >>> rl_prompts(recs, "failed")
    ([[{'role': 'user', 'content': 'b'}]], 'failed')
    """
    chosen = [r for r in records if not is_success(r)] if source == "failed" else []
    used = "failed" if chosen else "all"
    chosen = chosen or records
    seen: set[str] = set()
    prompts = []
    for rec in chosen:
        key = repr(rec["prompt"])
        if key not in seen:
            seen.add(key)
            prompts.append(rec["prompt"])
    return (prompts[:limit] if limit else prompts), used


def reward_functions(cfg: RLConfig) -> tuple[list[Any], list[float]]:
    """The reward model scorer, plus the format reward when enabled, with their weights."""
    from lamforge.train.rewards import RewardModelScorer, format_reward

    funcs: list[Any] = [RewardModelScorer.load(cfg.reward_model, squash=cfg.squash, max_length=cfg.max_length)]
    weights = [1.0]
    if cfg.format_reward:
        funcs.append(format_reward)
        weights.append(cfg.format_reward_weight)
    return funcs, weights


def grpo_kwargs(cfg: RLConfig, base: dict[str, Any]) -> dict[str, Any]:
    """GRPO settings: one generation batch of ``batch_size`` completions, optimised in micro-batches."""
    world = accel_state().num_processes
    per_device = base["per_device_train_batch_size"]
    steps_per_generation = max(1, cfg.batch_size // (per_device * world))
    return {
        **base,
        "per_device_train_batch_size": per_device,
        "gradient_accumulation_steps": 1,
        "steps_per_generation": steps_per_generation,
        "num_generations": cfg.num_generations,
        "max_completion_length": cfg.max_completion_length,
        "temperature": cfg.temperature,
        "beta": cfg.beta,
        "epsilon": cfg.epsilon,
        "num_iterations": cfg.num_iterations,
        "loss_type": "grpo",
        "log_completions": False,
    }


def run(cfg: RLConfig, *, progress: bool = True, callbacks: Sequence[Any] = ()) -> Path:
    """Train LAM4 from ``cfg.init`` (LAM3) against ``cfg.reward_model`` into ``cfg.out``.

    ``progress`` shows a rich bar; ``callbacks`` are more trainer callbacks (e.g. a caller's display).

    Returns:
        The finished LAM4 directory.

    """
    from datasets import Dataset
    from trl import GRPOConfig, GRPOTrainer

    from lamforge.train.modeling import count_parameters, lora_config

    pdir, done = start_phase(cfg, needs=("init", "reward_model"),
                             why="RL needs the policy and the reward model: pass --init LAM3_DIR --reward-model RM_DIR")
    if done:
        return pdir.out
    resume = pdir.prepare(force=cfg.force)
    files = [cfg.data, *cfg.extra]
    hinted, memory = phase_memory(cfg, read_many(files), pdir.tmp, build=False)
    prompts, source = rl_prompts(hinted, cfg.prompt_source, cfg.max_prompts)
    model, tokenizer = load_init(cfg)
    budget = cfg.max_length - cfg.max_completion_length
    prompts = [p for p in prompts if len(tokenizer.apply_chat_template(p, add_generation_prompt=True)) <= budget]
    if not prompts:
        raise ValueError(f"no prompt fits in max_length - max_completion_length = {budget} tokens")
    funcs, weights = reward_functions(cfg)
    args = GRPOConfig(**grpo_kwargs(cfg, training_kwargs(cfg, pdir)), reward_weights=weights)
    history, cbs = make_callbacks("lam4 RL", progress, track=("reward", "kl"), extra_callbacks=callbacks)
    trainer = adopt(GRPOTrainer(
        model=model,
        reward_funcs=funcs,
        args=args,
        train_dataset=Dataset.from_list([{"prompt": p} for p in prompts]),
        processing_class=tokenizer,
        peft_config=lora_config(cfg, "CAUSAL_LM") if cfg.lora else None,
        callbacks=cbs,
    ))
    output = trainer.train(resume_from_checkpoint=resume)
    metrics = train_metrics(trainer, output, history, 0, resume)
    metrics.update({
        "prompts": len(prompts), "prompt_source": source, "parameters": count_parameters(trainer.model),
        "reward_history": history.tracked.get("reward", []), "kl_history": history.tracked.get("kl", []),
    })
    return save_phase(trainer, tokenizer, pdir, phase=PHASE, cfg=cfg, data_files=files, metrics=metrics,
                      extra=memory)
