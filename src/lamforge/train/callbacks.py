"""Trainer callbacks: a rich progress bar and a compact loss history kept in the phase metadata."""

from __future__ import annotations

from typing import Any

from transformers import TrainerCallback


class LossHistory(TrainerCallback):
    """Keep ``(step, loss)`` of every logging step, so metadata and tests can see the loss fall.

    Args:
        track: Further logged keys to keep the same way (e.g. ``reward`` and ``kl`` in RL).

    """

    def __init__(self, track: tuple[str, ...] = ()) -> None:
        self.history: list[tuple[int, float]] = []
        self.tracked: dict[str, list[tuple[int, float]]] = {k: [] for k in track}

    def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **kwargs: Any) -> None:
        """Record the training loss (and tracked keys) of this logging step."""
        if not logs:
            return
        step = int(state.global_step)
        if "loss" in logs:
            self.history.append((step, float(logs["loss"])))
        for key, values in self.tracked.items():
            if key in logs:
                values.append((step, float(logs[key])))


class RichProgress(TrainerCallback):
    """One rich progress bar per phase showing step, loss and elapsed/remaining time (main process only).

    Callers that run their own rich display (``lamforge demo``) pass ``progress=False`` to the phase and
    report progress from their own callback instead, since rich allows one live display at a time.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self._progress: Any = None
        self._task: Any = None

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        """Start the bar."""
        if not state.is_world_process_zero:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[loss]}"), TimeRemainingColumn(), transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task(self.label, total=state.max_steps, loss="")
        self._progress.update(self._task, completed=state.global_step)

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        """Advance the bar."""
        if self._progress is not None:
            self._progress.update(self._task, completed=state.global_step)

    def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **kwargs: Any) -> None:
        """Show the last logged loss beside the bar."""
        if self._progress is not None and logs and "loss" in logs:
            self._progress.update(self._task, loss=f"loss {logs['loss']:.3f}")

    def on_train_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        """Stop the bar."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
