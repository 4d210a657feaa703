"""Which model a ``--model`` option names, and the name it gets in the report.

``--model`` takes the agent's specs (``PATH``, ``http://HOST:PORT/v1#MODEL``, ``random[:SEED]``,
``scripted:FILE``) plus ``expert`` (the offline grounding expert of the data package), optionally
prefixed with a report name: ``lam4=runs/demo/lam4``. Without a prefix the name is the checkpoint
directory's name (``runs/demo/lam4`` → ``lam4``), the endpoint's model, ``random`` or ``expert``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

EXPERT = "expert"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9._-]*$")


@dataclass(frozen=True)
class ModelRef:
    """A model to evaluate: its report name and the spec that builds it."""

    name: str
    spec: str


def default_name(spec: str) -> str:
    """The report name of a spec without a ``NAME=`` prefix.

    >>> default_name("runs/demo/lam4/"), default_name("random:3"), default_name("http://127.0.0.1:8000/v1#gpt-4o")
    ('lam4', 'random', 'gpt-4o')
    >>> default_name("http://127.0.0.1:8000/v1"), default_name("scripted:plans/a.jsonl"), default_name("expert")
    ('127.0.0.1-8000', 'a', 'expert')
    """
    s = spec.strip()
    low = s.lower()
    if low == EXPERT:
        return EXPERT
    if low == "random" or low.startswith("random:"):
        return "random"
    if low.startswith(("http://", "https://")):
        url, _, model = s.partition("#")
        if model:
            return model
        host = re.sub(r"^https?://", "", url).split("/")[0]
        return host.replace(":", "-")
    if low.startswith("scripted:"):
        return Path(s.partition(":")[2]).stem or "scripted"
    return Path(s.rstrip("/")).name.lower() or "model"


def parse_model_arg(arg: str) -> ModelRef:
    """``NAME=SPEC`` or ``SPEC`` → :class:`ModelRef`.

    >>> parse_model_arg("lam4=runs/x/checkpoint-final")
    ModelRef(name='lam4', spec='runs/x/checkpoint-final')
    >>> parse_model_arg("http://h:1/v1#m").name
    'm'
    """
    s = arg.strip()
    if not s:
        raise ValueError("empty --model")
    name, sep, spec = s.partition("=")
    if sep and _NAME.match(name) and spec and not s.lower().startswith(("http://", "https://")):
        return ModelRef(name, spec)
    return ModelRef(default_name(s), s)


def unique_refs(args: list[str]) -> list[ModelRef]:
    """Parse several ``--model`` options, refusing two models with one report name."""
    refs = [parse_model_arg(a) for a in args]
    seen: dict[str, str] = {}
    for r in refs:
        if r.name in seen and seen[r.name] != r.spec:
            raise ValueError(f"two models are named {r.name!r} ({seen[r.name]} and {r.spec}); use NAME=SPEC")
        seen[r.name] = r.spec
    return list({r.name: r for r in refs}.values())
