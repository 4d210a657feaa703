"""The Writer environment: a headless LibreOffice session, its controls, and an action executor.

Knows nothing of models. Everything else in lamforge acts through :class:`lamforge.app.env.WriterEnv`.
Names load lazily, so importing a light module (``lamforge.app.commands``) does not start the UNO bridge.
"""

from __future__ import annotations

from lamforge.io.lazy import lazy_exports

_EXPORTS = {
    "FUNCTIONS": "lamforge.app.action",
    "Action": "lamforge.app.action",
    "ActionResult": "lamforge.app.action",
    "Control": "lamforge.app.observation",
    "DocState": "lamforge.app.observation",
    "Observation": "lamforge.app.observation",
    "Paragraph": "lamforge.app.observation",
    "SessionError": "lamforge.app.session",
    "SessionInterrupted": "lamforge.app.session",
    "WriterSession": "lamforge.app.session",
    "WriterEnv": "lamforge.app.env",
}
__getattr__, __all__ = lazy_exports(__name__, _EXPORTS)
