"""Evaluation settings, each documented once in its field's ``metadata["help"]`` (the CLI reuses the text).

The defaults are what ``lamforge eval`` and ``lamforge demo`` run with; every runner takes an
:class:`EvalConfig` so a caller (the demo, a test) can change one field without touching the others.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


def opt(default: Any, help: str, *, choices: tuple[str, ...] | None = None) -> Any:
    """Declare a config field with its help text (and allowed values for a string field)."""
    return field(default=default, metadata={"help": help, "choices": choices})


@dataclass
class EvalConfig:
    """Every knob of the three evaluations; the defaults are the ones the report was built for."""

    # Parameters that control the planning evaluation (Table 2)
    plan_matcher: str = opt(
        "auto", "How plan steps are compared: embedding (offline MiniLM), fuzzy (rapidfuzz) or auto "
        "(embedding when the model loads, else fuzzy).", choices=("auto", "embedding", "fuzzy"))
    embedding_threshold: float = opt(
        0.65, "Cosine similarity (MiniLM) at which a predicted step matches a reference step.")
    fuzzy_threshold: float = opt(
        0.65, "Normalised rapidfuzz token-sort ratio (0-1) at which two steps match, for the fuzzy matcher.")
    judge: str = opt(
        "", "OpenAI-compatible endpoint for the paper's four-subtask LLM judge (http://HOST:PORT/v1#MODEL); "
        "empty = off.")
    judge_retries: int = opt(1, "Extra judge calls after an invalid judge reply (then the task is unjudged).")
    plan_max_tokens: int = opt(256, "Longest plan a model may write.")
    # Parameters that control the offline decision evaluation (Table 3)
    batch_size: int = opt(8, "Prompts per generate_batch call, for backends that batch (local checkpoints).")
    max_tokens: int = opt(256, "Longest step reply a model may write.")
    # Parameters that control the online evaluation (Table 4)
    workers: int = opt(1, "Parallel workers (processes or Ray actors), each with its own LibreOffice (WriterEnv).")
    backend: str = opt("process", "Rollout engine: process (local process pool) or ray (local Ray, or the cluster "
                       "of ray_address).", choices=("process", "ray"))
    ray_address: str = opt("", "Ray cluster the episodes run on (auto, HOST:6379 or ray://HOST:10001; "
                           "needs backend ray); empty = a local Ray instance.")
    max_steps: int = opt(0, "Step limit per episode; 0 = the task's own budget (reference length + 3).")
    max_failures: int = opt(3, "Stop an episode after this many failed steps in a row.")
    guidance: str = opt(
        "on", "on: local checkpoints decode with their task memory's hint and the agent rewrites unquoted mentions "
        "and paragraph references before the model reads the request; off: the model alone (the document guard "
        "stays on either way: it is decoding grammar, not knowledge).", choices=("on", "off"))
    keep_docs: bool = opt(True, "Keep each episode's saved .docx next to its trajectory (for inspection).")
    seed: int = opt(0, "Seed of sampling backends (the random agent).")

    def validate(self) -> None:
        """Reject values that would only fail deep inside a run, naming the offending value."""
        for f in dataclasses.fields(self):
            choices = f.metadata.get("choices")
            if choices and getattr(self, f.name) not in choices:
                raise ValueError(f"{f.name}={getattr(self, f.name)!r} is not one of {choices}")
        for name in ("embedding_threshold", "fuzzy_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within [0, 1], got {value}")
        for name in ("batch_size", "workers", "max_tokens", "plan_max_tokens"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.ray_address and self.backend != "ray":
            raise ValueError("ray_address needs backend='ray'")
        if self.max_steps < 0 or self.max_failures < 0 or self.judge_retries < 0:
            raise ValueError("max_steps, max_failures and judge_retries must be >= 0")

    def replace(self, **changes: Any) -> EvalConfig:
        """A validated copy with some fields changed (``None`` values are ignored, as CLI defaults)."""
        cfg = dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})
        cfg.validate()
        return cfg


def help_of(name: str) -> str:
    """The help text of one :class:`EvalConfig` field (for typer options).

    >>> help_of("workers").startswith("Parallel workers")
    True
    """
    for f in dataclasses.fields(EvalConfig):
        if f.name == name:
            return str(f.metadata.get("help", ""))
    raise KeyError(name)
