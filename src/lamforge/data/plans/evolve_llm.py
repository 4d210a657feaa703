"""``--evolve llm``: evolve each pair into a harder one with an OpenAI-compatible model.

The prompt carries the paper's rules (§3.1.4), adapted to Writer. Each answer must be a JSON
``{"task", "plan"}`` object whose task adds at most ``max_extra_words`` words, differs from the
original, and passes the same cleaning filters as every other record (English, actionable plan,
no other application, length limits). Invalid answers are retried, then dropped and counted.
"""

from __future__ import annotations

import json
import random
from collections import Counter

from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.dedup import task_key
from lamforge.data.plans.filters import rejection
from lamforge.data.plans.llm import PlanLLM
from lamforge.data.plans.progress import track
from lamforge.data.plans.record import PlanRecord

EVOLVE_PROMPT = """You make LibreOffice Writer tasks harder, for training a model that operates Writer.
Rules for the evolved task:
- It must be executable step by step in LibreOffice Writer.
- It adds requirements or constraints to the original task, with no more than {max_extra} extra words.
- It stays concise and related to the original task.
Rules for the plan of the evolved task:
- The steps must be correct and actionable in LibreOffice Writer (menus, dialogs, buttons, keys).
- The plan is concise: one imperative step per line, no explanations.
Answer with JSON only, no other text: {{"task": "...", "plan": ["...", "..."]}}"""


def make_validator(parent: PlanRecord, config: PlansBuildConfig):
    """Return the validator for evolutions of ``parent`` (see the module docstring)."""

    def validate(data: dict) -> str | None:
        task = " ".join(data["task"].split())
        plan = [s for s in (" ".join(step.split()) for step in data["plan"]) if s]
        if not task:
            return "empty_task"
        if not plan:
            return "empty_plan"
        if len(task.split()) - len(parent.task.split()) > config.max_extra_words:
            return "too_many_extra_words"
        if task_key(task) == task_key(parent.task):
            return "unchanged"
        reason = rejection(PlanRecord.create(task, plan, "evolved"), config)
        return f"filtered_{reason}" if reason else None

    return validate


def evolve_with_llm(
    base: list[PlanRecord], config: PlansBuildConfig, rng: random.Random, llm: PlanLLM
) -> tuple[list[PlanRecord], dict]:
    """Return (evolved records in base order, counts: asked, added, dropped per reason)."""
    chosen = list(base)
    if config.llm_max_pairs and len(chosen) > config.llm_max_pairs:
        keep = set(rng.sample(range(len(chosen)), config.llm_max_pairs))
        chosen = [r for i, r in enumerate(chosen) if i in keep]
    system = EVOLVE_PROMPT.format(max_extra=config.max_extra_words)
    evolved: list[PlanRecord] = []
    dropped: Counter[str] = Counter()
    seen = {task_key(r.task) for r in base}
    for parent in track(chosen, "evolving (llm)", enabled=config.progress):
        user = json.dumps({"task": parent.task, "plan": list(parent.plan)}, ensure_ascii=False)
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        data, reason = llm.ask(messages, make_validator(parent, config))
        if data is None:
            dropped[reason or "unknown"] += 1
            continue
        task = " ".join(data["task"].split())
        if task_key(task) in seen:
            dropped["duplicate"] += 1
            continue
        seen.add(task_key(task))
        provenance = {"method": "llm", "model": config.llm_model}
        evolved.append(
            PlanRecord.create(task, data["plan"], "evolved", parent_ids=(parent.task_id,), provenance=provenance)
        )
    counts = {"asked": len(chosen), "llm_added": len(evolved), "llm_dropped": dict(sorted(dropped.items()))}
    return evolved, counts
