"""``lamforge instantiate``: task-plan pairs → concrete, checkable task records (the paper's instantiation).

For each pair: find the task family it asks for (help-page link, then similarity; pairs about
features outside our action space are skipped and counted), choose the template whose description
fits the task best among those the family can use, sample the family's parameters on it (seeded)
and render its request. With an LLM endpoint, the LLM rephrases that request and writes an action
plan on the live control list (see :mod:`lamforge.data.instantiate.llm`). Records keep the
``tasks generate`` schema, so ``lamforge collect`` runs them and the family's checker judges them.

Progress is appended to a hidden partial file next to the output, one line per finished pair, so an
interrupted run continues where it stopped; the output and its summary are written atomically.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

from lamforge.data.instantiate.families import FamilyIndex, FamilyMatch, help_title
from lamforge.data.instantiate.instantiate_config import InstantiateConfig
from lamforge.data.instantiate.record import instance_seed, must_keep, task_record
from lamforge.data.instantiate.templates import rank_templates, sample_on, template_scores
from lamforge.data.plans.progress import track
from lamforge.io.atomic import write_json
from lamforge.tasks.base import TaskSplit, pool_for
from lamforge.tasks.generate import read_jsonl, write_jsonl
from lamforge.tasks.registry import FAMILIES
from lamforge.text.similarity import load_matcher


class LiveControls:
    """The Writer control list on each template, read once per template from one LibreOffice session."""

    def __init__(self, k: int) -> None:
        self.k = k
        self._env: Any = None
        self._by_template: dict[str, Any] = {}

    def get(self, template_path: str, request: str) -> list[Any]:
        """The ``k`` controls most relevant to ``request`` on the opened template (UFO's filter)."""
        from lamforge.prompting.control_filter import select_controls

        if template_path not in self._by_template:
            if self._env is None:
                from lamforge.app.env import WriterEnv

                self._env = WriterEnv()
            obs, _ = self._env.reset(options={"doc": template_path})
            self._by_template[template_path] = obs.controls
        return select_controls(request, self._by_template[template_path], k=self.k)

    def close(self) -> None:
        """Stop the LibreOffice session if one was started."""
        if self._env is not None:
            self._env.close()


def _partial_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.partial")


def summary_path(out: Path) -> Path:
    """Where the summary of ``out`` goes (``tasks.jsonl`` → ``tasks.summary.json``)."""
    return out.with_name(f"{out.stem}.summary.json")


def _load_partial(path: Path) -> dict[str, dict[str, Any]]:
    done: dict[str, dict[str, Any]] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
                done[entry["pair_id"]] = entry
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # a line cut by an interrupted run
    return done


def instantiate_pair(
    pair: dict[str, Any], match: FamilyMatch, template_sims: Any, specs: list[Any], cfg: InstantiateConfig,
    matcher: str, llm: Any = None, controls: LiveControls | None = None,
) -> dict[str, Any]:
    """The partial-file entry of one pair: its records and, per instance that failed, the reason."""
    pair_id = str(pair.get("task_id") or pair.get("id"))
    entry: dict[str, Any] = {"pair_id": pair_id, "route": match.route, "candidate": match.candidate,
                             "similarity": round(match.similarity, 4), "records": [], "dropped": []}
    family = match.family
    if family is None:
        return entry
    split: TaskSplit = cfg.split  # type: ignore[assignment]
    ranked = rank_templates(family, specs, template_sims)
    for k in range(cfg.n):
        seed = instance_seed(cfg.seed, pair_id, k)
        rng = random.Random(seed)
        found = sample_on(family, ranked, rng, split, start=k)
        if found is None:
            entry["dropped"].append("no_template")
            continue
        task, choice = found
        rendered = task.request(rng, pool_for(split))
        inst: dict[str, Any] = {
            "pair_id": pair_id, "pair_task": pair["task"], "pair_plan": list(pair.get("plan") or []),
            "pair_source": pair.get("source", ""), "help_page": help_title(pair),
            "family_similarity": round(match.similarity, 4), "family_route": match.route,
            "template_similarity": round(choice.similarity, 4), "template_rank": ranked.index(choice),
            "matcher": matcher, "family_request": rendered.text, "llm": None,
        }
        record = task_record(task, rendered, split, f"inst-{family.name}-{pair_id}-{k}", seed, inst)
        if llm is not None and controls is not None:
            shown = controls.get(record["template_path"], rendered.text)
            result, reason, attempts = llm.instantiate(
                pair["task"], pair.get("plan") or [], rendered.text, must_keep(task, rendered.text), shown)
            if result is None:
                entry["dropped"].append(f"llm_{reason}")
                continue
            record["request"] = result["new_task"]
            record["phrasing"]["pool"] = "llm"
            inst["llm"] = {"model": llm.model, "attempts": attempts, **result}
        entry["records"].append(record)
    return entry


def _summary(cfg: InstantiateConfig, pairs: list[dict], entries: list[dict], matcher: str, seconds: float) -> dict:
    records = [r for e in entries for r in e["records"]]
    routes = Counter(e["route"] for e in entries)
    matched = sum(1 for e in entries if e["route"] in ("help_ref", "similarity"))
    return {
        "pairs": len(pairs),
        "matched_pairs": matched,
        "matched_share": round(matched / max(1, len(pairs)), 4),
        "routes": dict(sorted(routes.items())),
        "skipped_no_family": routes.get("below_threshold", 0) + routes.get("out_of_space", 0),
        "tasks": len(records),
        "dropped": dict(sorted(Counter(d for e in entries for d in e["dropped"]).items())),
        "per_family": dict(Counter(r["family"] for r in records).most_common()),
        "per_source": dict(sorted(Counter(r["instantiation"]["pair_source"] for r in records).items())),
        "templates": dict(Counter(r["template"] for r in records).most_common()),
        "matcher": matcher,
        "seconds": round(seconds, 2),
        "config": cfg.to_dict(),
    }


def run(cfg: InstantiateConfig) -> Path:
    """Instantiate every pair of ``cfg.plans`` into ``cfg.out`` (and its summary); returns ``cfg.out``."""
    t0 = time.perf_counter()
    pairs = read_jsonl(cfg.plans)[: cfg.limit]
    partial = _partial_path(cfg.out)
    done = _load_partial(partial) if cfg.resume else {}
    if not cfg.resume:
        partial.unlink(missing_ok=True)
    todo = [p for p in pairs if str(p.get("task_id")) not in done]
    matcher = load_matcher(cfg.matcher)
    if todo:
        threshold, link = cfg.thresholds(matcher.name)
        feasible = [f for f in FAMILIES if not getattr(f, "infeasible", False)]  # a help pair is always doable
        matches = FamilyIndex(feasible, threshold, link).match(todo, matcher)
        specs, sims = template_scores([p["task"] for p in todo], cfg.split, matcher)  # type: ignore[arg-type]
        llm = controls = None
        if cfg.llm_enabled:
            from lamforge.data.instantiate.llm import InstantiationLLM

            llm = InstantiationLLM(cfg.llm_base_url or "", cfg.llm_model or "", api_key_env=cfg.llm_api_key_env,
                                   timeout=cfg.llm_timeout, max_retries=cfg.llm_max_retries)
            controls = LiveControls(cfg.llm_controls)
        cfg.out.parent.mkdir(parents=True, exist_ok=True)
        try:
            with partial.open("a", encoding="utf-8") as fh:
                for i in track(range(len(todo)), "instantiating", enabled=cfg.progress):
                    entry = instantiate_pair(todo[i], matches[i], sims[i], specs, cfg, matcher.name, llm, controls)
                    fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
                    fh.flush()
                    done[entry["pair_id"]] = entry
        finally:
            if controls is not None:
                controls.close()
    entries = [done[str(p.get("task_id"))] for p in pairs if str(p.get("task_id")) in done]
    write_jsonl([r for e in entries for r in e["records"]], cfg.out)
    summary = _summary(cfg, pairs, entries, matcher.name, time.perf_counter() - t0)
    write_json(summary_path(cfg.out), summary)
    partial.unlink(missing_ok=True)
    return cfg.out
