"""Phase output directories: train into ``OUT.tmp``, rename to ``OUT`` when done, resume in between.

A phase directory is a Hugging Face checkpoint (model, tokenizer, chat template) plus
``lamforge_meta.json``, which is written last; ``OUT`` only ever appears complete, so an interrupted phase
never looks finished. Trainer checkpoints live in ``OUT.tmp/trainer_checkpoints`` and are resumed from.
Under ``accelerate launch`` only the main process writes metadata and renames; the others wait.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamforge.io.atomic import write_json

META_FILE = "lamforge_meta.json"
_LIBRARIES = ("torch", "transformers", "trl", "peft", "datasets", "tokenizers", "accelerate")


def accel_state() -> Any:
    """Accelerate's process state, CPU-only when launched so (``ACCELERATE_USE_CPU``).

    Without ``cpu=True`` a multi-process CPU launch (torchrun + gloo) is seen as one process until the
    Trainer exists: the global batch would double and every rank would write files.
    """
    from accelerate import PartialState
    from accelerate.utils import parse_flag_from_env

    return PartialState(cpu=parse_flag_from_env("ACCELERATE_USE_CPU"))


def is_main_process() -> bool:
    """True on the process that writes files (rank 0, or the only process)."""
    return accel_state().is_main_process


def wait_for_everyone() -> None:
    """Barrier across processes (a no-op in a single process)."""
    accel_state().wait_for_everyone()


@dataclass(frozen=True)
class PhaseDir:
    """The final and in-progress directories of one phase."""

    out: Path

    @property
    def tmp(self) -> Path:
        """Directory the phase trains into."""
        return self.out.with_name(self.out.name + ".tmp")

    @property
    def trainer_dir(self) -> Path:
        """Where the trainer writes its resumable checkpoints."""
        return self.tmp / "trainer_checkpoints"

    def finished(self) -> bool:
        """Whether ``out`` holds a completed phase."""
        return (self.out / META_FILE).is_file()

    def reusable(self, force: bool) -> bool:
        """Whether the finished phase can be returned as is; warns when its input files changed since.

        A changed input does not retrain by itself (the user may have appended data on purpose); ``--force``
        does.
        """
        if force or not self.finished():
            return False
        from lamforge.train.data import sha256_file

        for path, digest in read_meta(self.out).get("data", {}).items():
            if Path(path).is_file() and sha256_file(path) != digest:
                logging.getLogger("lamforge.train").warning(
                    "%s was trained on a different %s; reusing it anyway (pass --force to retrain)", self.out, path
                )
        return True

    def prepare(self, force: bool = False) -> str | None:
        """Make ``tmp`` ready and return the trainer checkpoint to resume from, if any.

        Args:
            force: Discard a finished ``out`` and any partial ``tmp`` and start over.

        """
        from transformers.trainer_utils import get_last_checkpoint

        if is_main_process():
            if force:
                shutil.rmtree(self.out, ignore_errors=True)
                shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp.mkdir(parents=True, exist_ok=True)
        wait_for_everyone()
        if self.trainer_dir.is_dir():
            return get_last_checkpoint(str(self.trainer_dir))
        return None

    def finalize(self, meta: dict[str, Any]) -> Path:
        """Write the metadata, drop trainer checkpoints, and rename ``tmp`` to ``out`` (main process)."""
        if is_main_process():
            shutil.rmtree(self.trainer_dir, ignore_errors=True)
            write_json(self.tmp / META_FILE, meta, default=str)
            if self.out.exists():
                shutil.rmtree(self.out)
            os.replace(self.tmp, self.out)
        wait_for_everyone()
        return self.out


def read_meta(path: str | Path) -> dict[str, Any]:
    """Read a phase's ``lamforge_meta.json`` ({} when absent)."""
    f = Path(path) / META_FILE
    return json.loads(f.read_text(encoding="utf-8")) if f.is_file() else {}


def library_versions() -> dict[str, str]:
    """Versions of Python, lamforge and the training libraries, for the metadata."""
    from importlib.metadata import PackageNotFoundError, version

    import lamforge

    out = {"python": platform.python_version(), "lamforge": lamforge.__version__}
    for lib in _LIBRARIES:
        try:
            out[lib] = version(lib)
        except PackageNotFoundError:
            out[lib] = "absent"
    return out


def build_meta(
    phase: str, config: dict[str, Any], data_files: dict[str, str], metrics: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    """Assemble the metadata of a finished phase.

    Args:
        phase: ``lam1``, ``lam2``, ``lam3``, ``rm`` or ``lam4``.
        config: The phase config as a dict.
        data_files: ``{path: sha256}`` of every input file.
        metrics: Final loss, runtime, token counts and phase-specific figures.
        **extra: Anything else worth keeping (e.g. exploration counts).

    """
    return {
        "phase": phase,
        "profile": config.get("profile"),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "config": config,
        "data": data_files,
        "versions": library_versions(),
        "metrics": metrics,
        **extra,
    }
