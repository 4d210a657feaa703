"""The agent runtime: the paper's observe → decide → act loop over ``WriterEnv``, its backends and server.

``run_episode(env, backend, request, doc)`` runs one request and returns an :class:`EpisodeResult`;
``make_backend("PATH" | "http://HOST:PORT/v1#MODEL" | "random")`` builds the model side. Names load
lazily, so ``lamforge serve`` on a GPU machine needs neither LibreOffice nor its Python bridge.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Backend": "lamforge.agent.backends.base",
    "BackendError": "lamforge.agent.backends.base",
    "Generation": "lamforge.agent.backends.base",
    "PromptSettings": "lamforge.agent.backends.base",
    "BadModelSpec": "lamforge.agent.backends.factory",
    "make_backend": "lamforge.agent.backends.factory",
    "RandomBackend": "lamforge.agent.backends.random_backend",
    "ScriptedBackend": "lamforge.agent.backends.scripted_backend",
    "Interpretation": "lamforge.agent.decide",
    "interpret": "lamforge.agent.decide",
    "run_episode": "lamforge.agent.episode_runner",
    "EpisodeResult": "lamforge.agent.records",
    "StepRecord": "lamforge.agent.records",
    "read_trajectories": "lamforge.agent.records",
    "write_trajectories": "lamforge.agent.records",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import an exported name on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'lamforge.agent' has no attribute {name!r}")
    return getattr(import_module(module), name)
