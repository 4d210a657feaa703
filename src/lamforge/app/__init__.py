"""The Writer environment: a headless LibreOffice session, its controls, and an action executor.

Knows nothing of models. Everything else in lamforge acts through :class:`WriterEnv`.
"""

from lamforge.app.action import FUNCTIONS, Action, ActionResult
from lamforge.app.observation import Control, DocState, Observation, Paragraph
from lamforge.app.session import SessionError, SessionInterrupted, WriterSession

__all__ = [
    "FUNCTIONS",
    "Action",
    "ActionResult",
    "Control",
    "DocState",
    "Observation",
    "Paragraph",
    "SessionError",
    "SessionInterrupted",
    "WriterSession",
]
