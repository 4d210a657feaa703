"""The agent runtime: the paper's observe → decide → act loop over ``WriterEnv``, its backends and server.

``run_episode(env, backend, request, doc)`` runs one request and returns an :class:`EpisodeResult`;
``make_backend("PATH" | "http://HOST:PORT/v1#MODEL" | "random")`` builds the model side. Names load
lazily, so ``lamforge serve`` on a GPU machine needs neither LibreOffice nor its Python bridge.
"""

from __future__ import annotations

from lamforge.io.lazy import lazy_exports

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
__getattr__, __all__ = lazy_exports(__name__, _EXPORTS)
