"""Model backends behind one method, ``generate(messages, ...) -> Generation``.

Only the light pieces are imported here; each backend module imports its heavy library itself.
"""

from lamforge.agent.backends.base import (
    DEFAULT_MAX_TOKENS,
    Backend,
    BackendError,
    ContextTooLong,
    Generation,
    PromptSettings,
    prompt_settings_of,
)
from lamforge.agent.backends.factory import BadModelSpec, ModelSpec, make_backend, parse_spec
from lamforge.agent.backends.random_backend import RandomBackend
from lamforge.agent.backends.scripted_backend import ScriptedBackend

__all__ = [
    "DEFAULT_MAX_TOKENS",
    "Backend",
    "BackendError",
    "BadModelSpec",
    "ContextTooLong",
    "Generation",
    "ModelSpec",
    "PromptSettings",
    "RandomBackend",
    "ScriptedBackend",
    "make_backend",
    "parse_spec",
    "prompt_settings_of",
]
