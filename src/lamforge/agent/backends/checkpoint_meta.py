"""Read the prompt settings a checkpoint was trained with, so the runtime renders prompts the same way.

Training writes ``lamforge_meta.json`` beside the weights. It may hold ``prompt_style`` and ``top_k`` at
the top level or inside its ``config``; anything missing falls back to compact / 15, the CPU default.
The file name is repeated here (not imported from ``lamforge.train``) because the agent must not
depend on the training package.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lamforge.agent.backends.base import PromptSettings

META_FILE = "lamforge_meta.json"
STYLES = ("compact", "full")


def read_meta(path: str | Path) -> dict[str, Any]:
    """The checkpoint's metadata ({} when absent or unreadable)."""
    f = Path(path) / META_FILE
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def settings_from_meta(meta: dict[str, Any]) -> PromptSettings:
    """Prompt settings from metadata, defaulting each missing or invalid field.

    >>> settings_from_meta({"prompt_style": "full", "config": {"top_k": 20}})
    PromptSettings(style='full', top_k=20)
    >>> settings_from_meta({"prompt_style": "fancy", "top_k": "x"})
    PromptSettings(style='compact', top_k=8)
    """
    config = meta.get("config") if isinstance(meta.get("config"), dict) else {}

    def pick(key: str) -> Any:
        return meta.get(key, config.get(key))

    style = pick("prompt_style")
    top_k = pick("top_k")
    default = PromptSettings()
    return PromptSettings(
        style=style if style in STYLES else default.style,
        top_k=top_k if isinstance(top_k, int) and not isinstance(top_k, bool) and top_k > 0 else default.top_k,
    )


def read_prompt_settings(path: str | Path) -> PromptSettings:
    """Prompt settings of the checkpoint directory ``path``."""
    return settings_from_meta(read_meta(path))
