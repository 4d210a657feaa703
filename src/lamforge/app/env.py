"""``WriterEnv``: the Gymnasium-style contract every other part of lamforge acts through.

``reset(options={"doc": path})`` opens a private working copy of a document; ``step(action)``
runs one action and returns a :class:`StepResult`; ``save(path)`` writes the working copy as
.docx. The reward is always 0 here: tasks judge success on the saved file, not the env.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lamforge.app.action import Action, ActionError, ActionResult
from lamforge.app.doc_state import read_quick, read_state, searchable_texts
from lamforge.app.doc_view import ViewCache
from lamforge.app.executor import Executor
from lamforge.app.guard import Confirm
from lamforge.app.observation import Control, Observation
from lamforge.app.session import SessionError, SessionInterrupted, WriterSession
from lamforge.app.spelling import misspellings


@dataclass(frozen=True)
class StepResult:
    """Gymnasium's five-tuple as named fields, so the v0.26-style break can't happen to us."""

    observation: Observation
    reward: float
    terminated: bool
    truncated: bool
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def result(self) -> ActionResult:
        """The executor's verdict on the action."""
        return self.info["result"]


class WriterEnv:
    """One LibreOffice Writer session wrapped as an environment.

    Args:
        session: an existing session to reuse (it is then not closed by :meth:`close`).
        timeout: seconds a single UNO call may take before soffice counts as hung.
        action_timeout: seconds one action may take (default ``$LAMFORGE_ACTION_TIMEOUT``, else 20).

    """

    def __init__(self, session: WriterSession | None = None, *, timeout: float = 30.0,
                 action_timeout: float | None = None) -> None:
        self._own = session is None
        self.session = session or WriterSession(timeout=timeout)
        self.executor = Executor(self.session)
        self.executor.action_timeout = action_timeout
        self.views = ViewCache()
        self.doc_path: Path | None = None
        self.steps = 0

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[Observation, dict]:
        """Open a fresh working copy of ``options["doc"]`` (or of the last document) and observe it."""
        del seed  # the env is deterministic; tasks own their randomness
        doc = (options or {}).get("doc") or self.doc_path
        if doc is None:
            raise SessionError("reset needs options={'doc': path/to/file.docx} the first time")
        self.session.start()
        self.session.load(doc)
        self.doc_path = Path(doc)
        self.executor.reset()
        self.views.clear()
        self.steps = 0
        return self.observe(), {"doc": str(self.doc_path), "restarts": self.session.restarts}

    def observe(self, *, full: bool = False) -> Observation:
        """The current controls, document state and document view."""
        s = self.session
        controls = self.executor.controls()
        view = s.call(self.views.get, s.doc, self.executor.selection)
        if full:
            return Observation(controls, s.call(lambda: read_state(s.doc, full=True)), view)
        return Observation(controls, s.call(read_quick, s.text, s.tables, s.view_cursor), view)

    def step(self, action: Action | dict[str, Any], confirm: Confirm = None) -> StepResult:
        """Run one action. Bad actions are failed steps; a dead soffice truncates the episode.

        An action that removed more than the selection the model was shown (:mod:`lamforge.app.guard`) is
        undone and fails with ``needs CONFIRM: ...`` unless ``confirm`` is ``True`` (confirmed before it
        ran) or a callable that, asked with the reason, answers yes.
        """
        self.steps += 1
        if self.session.doc is None:
            raise SessionError("step called before reset")
        try:
            act = action if isinstance(action, Action) else Action.from_dict(action)
        except ActionError as exc:
            res = ActionResult(False, f"invalid action: {exc}")
            return StepResult(self.observe(), 0.0, False, False, {"result": res})
        try:
            res = self.executor.run(act, confirm)
            obs = self.observe()
        except SessionInterrupted as exc:
            res = ActionResult(False, str(exc), info={"interrupted": True})
            self.executor.dialog = None
            return StepResult(Observation(()), 0.0, False, True, {"result": res, "interrupted": str(exc)})
        return StepResult(obs, 0.0, False, False, {"result": res})

    def texts(self) -> list[str]:
        """Every text ``select_text`` can reach: the body's paragraphs, then each table cell's lines."""
        if self.session.doc is None:
            raise SessionError("no document is open: call reset() first")
        return self.session.call(searchable_texts, self.session.doc)

    def misspellings(self, words: list[str]) -> dict[str, tuple[str, ...]] | None:
        """The words Writer's spelling checker underlines, with its suggestions (None: no English dictionary)."""
        return misspellings(self.session, words)

    def find_control(self, *, command: str | None = None, name: str | None = None) -> Control | None:
        """The first visible control with this UNO command or this exact text (enabled ones first)."""
        controls = sorted(self.executor.controls(), key=lambda c: not c.enabled)
        for c in controls:
            if (command and c.command == command) or (name and c.control_text.lower() == name.lower()):
                return c
        return None

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Save the working copy as .docx (atomically)."""
        return self.session.save(path)

    def close(self) -> None:
        """Shut down soffice if this env started it."""
        if self._own:
            self.session.close()
        else:
            self.session.close_document()

    def __enter__(self) -> WriterEnv:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
