"""Where a benchmark's figures come from: the commit of the code measured, and inputs named inside the repository.

A results file under ``benchmarks/results/`` is checked in, so it must not name paths that exist only on the
machine that ran it (``/tmp/demo7/run/lam4``): inputs are named relative to the repository, and a checkpoint
also by its phase and the digest of its weights, which identify it wherever it lives.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def code_version() -> dict[str, Any]:
    """The commit measured, and whether ``src/`` had uncommitted changes then."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    return {"commit": git("rev-parse", "--short=12", "HEAD"),
            "src_dirty": bool(git("status", "--porcelain", "--", "src"))}


def repo_path(path: str | Path) -> str:
    """``path`` relative to the repository root; a path outside it becomes ``<outside>/NAME``."""
    p = Path(path).resolve()
    try:
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return f"<outside>/{p.name}"


def file_sha256(path: str | Path, chars: int = 16) -> str:
    """The first ``chars`` hex digits of a file's sha256."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:chars]


def checkpoint_ref(model_dir: str | Path) -> dict[str, Any]:
    """A checkpoint as a results file names it: repository path, phase (from its metadata), weights digest."""
    d = Path(model_dir)
    weights = next((d / n for n in ("model.safetensors", "pytorch_model.bin") if (d / n).is_file()), None)
    meta = d / "lamforge_meta.json"
    phase = json.loads(meta.read_text(encoding="utf-8")).get("phase") if meta.is_file() else None
    return {"path": repo_path(d), "phase": phase, "weights_sha256": file_sha256(weights) if weights else None}
