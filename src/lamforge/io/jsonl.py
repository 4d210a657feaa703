"""JSON-lines files, read whole and written atomically: the one format every stage hands on.

Written through :func:`lamforge.io.atomic.atomic_open` (a unique temporary file beside the target, then a
rename), so an interrupted stage never leaves a half-written file that a resumed run would trust.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from lamforge.io.atomic import atomic_open


def write_jsonl(
    records: Iterable[dict[str, Any]],
    out: str | os.PathLike[str],
    *,
    default: Callable[[Any], Any] | None = None,
    separators: tuple[str, str] | None = None,
) -> Path:
    """Write records as JSON lines atomically (UTF-8, non-ASCII kept); returns the path.

    ``default`` and ``separators`` are passed to ``json.dumps``.
    """
    with atomic_open(out) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, default=default, separators=separators) + "\n")
    return Path(out)


def read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """All records of a JSON-lines file (blank lines skipped)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
