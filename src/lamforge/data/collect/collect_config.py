"""Configuration of ``lamforge collect`` (each field described once, in its ``help``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from lamforge.prompting.format import DEFAULT_TOP_K


@dataclass
class CollectConfig:
    """Parameters that control task-action collection."""

    tasks: Path = field(metadata={"help": "Tasks JSONL written by `lamforge tasks generate`."})
    out: Path = field(metadata={"help": "Output folder: pass.jsonl, fail.jsonl, samples.jsonl, summary.json."})
    expert: str = field(default="grounding", metadata={"help": "Expert: 'grounding' (offline) or 'llm'."})
    workers: int = field(default=2, metadata={
        "help": "Parallel LibreOffice sessions, one worker process or Ray actor each (ray: 0 = one per cluster CPU)."})
    backend: str | None = field(default=None, metadata={
        "help": "Rollout engine: process or ray (None = ray when ray_address is set, else process)."})
    ray_address: str | None = field(default=None, metadata={
        "help": "Existing Ray cluster to run on (auto, HOST:6379, ray://HOST:10001); None = local."})
    prompt_style: str = field(default="compact", metadata={"help": "Prompt style of the samples: compact|full."})
    top_k: int = field(default=DEFAULT_TOP_K,
                       metadata={"help": "Controls shown per step prompt (UFO's control filter)."})
    max_actions: int = field(default=12, metadata={"help": "Most actions the expert may take on one task."})
    limit: int | None = field(default=None, metadata={"help": "Collect only the first N tasks (None = all)."})
    llm_base_url: str | None = field(default=None, metadata={"help": "OpenAI-compatible endpoint for --expert llm."})
    llm_model: str | None = field(default=None, metadata={"help": "Model name at that endpoint."})

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, recorded in summary.json."""
        d = asdict(self)
        return {k: str(v) if isinstance(v, Path) else v for k, v in d.items()}
