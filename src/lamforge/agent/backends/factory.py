"""Turn the ``--model`` string of the CLI and the evaluation into a backend.

``PATH`` (a checkpoint directory), ``http(s)://HOST:PORT/v1#MODEL`` (an OpenAI-compatible endpoint; the
model after ``#`` is optional), ``random`` or ``random:SEED`` (the random baseline) and
``scripted:FILE.jsonl`` (replay outputs, one per line). Heavy libraries load only for the kind chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamforge.agent.backends.base import BackendError


class BadModelSpec(BackendError):
    """The ``--model`` string names nothing usable (the CLI's bad-input case)."""


@dataclass(frozen=True)
class ModelSpec:
    """A parsed ``--model`` string.

    Attributes:
        kind: ``checkpoint``, ``http``, ``random`` or ``scripted``.
        target: the directory, base URL or script file ('' for random).
        model: the model name after ``#`` for endpoints.
        seed: the random baseline's seed.

    """

    kind: str
    target: str = ""
    model: str | None = None
    seed: int = 0


def parse_spec(spec: str) -> ModelSpec:
    """Parse a ``--model`` string without touching the disk or the network.

    >>> parse_spec("http://127.0.0.1:8000/v1#lam4")
    ModelSpec(kind='http', target='http://127.0.0.1:8000/v1', model='lam4', seed=0)
    >>> parse_spec("random:7")
    ModelSpec(kind='random', target='', model=None, seed=7)
    >>> parse_spec("runs/demo/lam4").kind
    'checkpoint'
    """
    s = (spec or "").strip()
    if not s:
        raise BadModelSpec("empty --model: give a checkpoint directory, http://HOST:PORT/v1#MODEL or random")
    low = s.lower()
    if low.startswith(("http://", "https://")):
        url, _, model = s.partition("#")
        return ModelSpec("http", url.rstrip("/"), model or None)
    if low == "random" or low.startswith("random:"):
        seed = s.partition(":")[2] or "0"
        if not seed.lstrip("-").isdigit():
            raise BadModelSpec(f"bad seed in {s!r}: use random or random:SEED")
        return ModelSpec("random", seed=int(seed))
    if low.startswith("scripted:"):
        return ModelSpec("scripted", s.partition(":")[2])
    return ModelSpec("checkpoint", s)


def make_backend(
    spec: str, *, device: str | None = None, seed: int = 0, timeout: float = 60.0, max_retries: int = 2,
    hint_bias: float | None = None,
) -> Any:
    """Build the backend a ``--model`` string names.

    Args:
        spec: see the module docstring.
        device: device of a local checkpoint (default: CUDA when available).
        seed: sampling seed of a local checkpoint (``random:SEED`` carries its own).
        timeout: seconds per HTTP request.
        max_retries: HTTP retries.
        hint_bias: a local checkpoint's task-memory guide strength (None: the backend's default; 0: off).

    Raises:
        BadModelSpec: the string names no usable model (missing directory, no script file ...).

    """
    ms = parse_spec(spec)
    if ms.kind == "http":
        from lamforge.agent.backends.openai_backend import OpenAIBackend

        return OpenAIBackend(ms.target, ms.model, timeout=timeout, max_retries=max_retries)
    if ms.kind == "random":
        from lamforge.agent.backends.random_backend import RandomBackend

        return RandomBackend(ms.seed)
    if ms.kind == "scripted":
        from lamforge.agent.backends.scripted_backend import ScriptedBackend

        if not Path(ms.target).is_file():
            raise BadModelSpec(f"script not found: {ms.target}")
        return ScriptedBackend.from_jsonl(ms.target)
    path = Path(ms.target)
    if not path.is_dir():
        raise BadModelSpec(f"no such checkpoint directory: {spec!r} (or use http://HOST:PORT/v1#MODEL, random)")
    if not (path / "config.json").is_file():
        raise BadModelSpec(f"{spec!r} holds no config.json: not a Hugging Face checkpoint directory")
    from lamforge.agent.backends.transformers_backend import TransformersBackend

    if hint_bias is None:
        return TransformersBackend.from_pretrained(path, device=device, seed=seed)
    return TransformersBackend.from_pretrained(path, device=device, seed=seed, hint_bias=hint_bias)
