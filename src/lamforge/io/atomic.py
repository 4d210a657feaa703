"""Atomic file writes, the one way every stage writes a file that a resumed run will trust.

The data goes to a temporary file beside the target, named uniquely (``.NAME.<random>.tmp``), and is then
renamed over the target with ``os.replace``. A reader sees the old file or the new one, never half of one;
an interrupted write leaves the previous file and no temporary file behind; two writers of one path never
share a temporary file (the last rename wins).

>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> write_json(d / "a" / "x.json", {"é": 1}).read_text(encoding="utf-8")
'{\\n  "é": 1\\n}\\n'
>>> with atomic_open(d / "y.txt") as fh:
...     _ = fh.write("hello")
>>> (d / "y.txt").read_text(), sorted(p.name for p in d.iterdir())
('hello', ['a', 'y.txt'])
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

PathLike = str | os.PathLike[str]


def temp_path(path: PathLike) -> Path:
    """A fresh temporary name beside ``path`` (hidden, unique, ending in ``.tmp``)."""
    p = Path(path)
    return p.with_name(f".{p.name}.{uuid.uuid4().hex[:12]}.tmp")


@contextmanager
def atomic_open(path: PathLike, mode: str = "w", *, fsync: bool = False) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` for writing; on a clean exit it replaces ``path``.

    Args:
        path: The file to write; its folder is created.
        mode: ``"w"`` (UTF-8 text, ``\\n`` line ends) or ``"wb"``.
        fsync: Flush the data to disk before the rename (survives a power cut, not only a crash).

    On an exception the temporary file is removed and ``path`` is left as it was.

    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes only ('w' or 'wb'), not {mode!r}")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target)
    text = {"encoding": "utf-8", "newline": "\n"} if mode == "w" else {}
    try:
        with open(tmp, mode.replace("w", "x"), **text) as fh:  # "x": never another writer's file
            yield fh
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: PathLike, data: bytes, *, fsync: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path."""
    with atomic_open(path, "wb", fsync=fsync) as fh:
        fh.write(data)
    return Path(path)


def atomic_write_text(path: PathLike, text: str, *, fsync: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically; returns the path."""
    with atomic_open(path, "w", fsync=fsync) as fh:
        fh.write(text)
    return Path(path)


def write_json(
    path: PathLike,
    obj: Any,
    *,
    indent: int | None = 2,
    sort_keys: bool = False,
    default: Callable[[Any], Any] | None = None,
    fsync: bool = False,
) -> Path:
    """Write ``obj`` as UTF-8 JSON (non-ASCII kept as is, a final newline when indented) atomically."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent, sort_keys=sort_keys, default=default)
    return atomic_write_text(path, text + "\n" if indent is not None else text, fsync=fsync)
