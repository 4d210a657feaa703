"""Reading and atomically writing plan files (JSONL records, JSON, HF copies).

Every output goes to a temporary file in the same folder and is moved into place with
``os.replace``, so a reader never sees half a file and an interrupted build leaves the previous
output intact.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lamforge.data.plans.record import PlanRecord


def dumps_record(data: dict[str, Any]) -> str:
    """Serialise one JSON line the same way every time (key order kept, UTF-8, no spaces)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (temp file in the same folder + ``os.replace``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600 files; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_json(path: str | Path, data: Any) -> Path:
    """Write pretty, key-sorted JSON atomically, so equal data gives equal bytes."""
    return atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def write_plans(path: str | Path, records: Iterable[PlanRecord]) -> Path:
    """Write records as JSONL atomically."""
    return atomic_write_text(path, "".join(dumps_record(r.to_dict()) + "\n" for r in records))


def load_plans(path: str | Path) -> list[PlanRecord]:
    """Load ``plans.jsonl`` (or a build folder containing one) into :class:`PlanRecord` objects."""
    path = Path(path)
    if path.is_dir():
        path = path / "plans.jsonl"
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    records.append(PlanRecord.from_dict(json.loads(line)))
                except (ValueError, json.JSONDecodeError) as exc:
                    raise ValueError(f"{path}:{number}: {exc}") from exc
    return records


def replace_dir(tmp_dir: Path, final_dir: Path) -> None:
    """Move a fully written folder into place, removing the previous one only after it is ready."""
    old = final_dir.with_name(f".{final_dir.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if final_dir.exists():
        os.replace(final_dir, old)
    os.replace(tmp_dir, final_dir)
    if old.exists():
        shutil.rmtree(old)
