"""The one atomic writer: unique temporary names, nothing left behind, the old file kept on failure."""

from __future__ import annotations

import threading

import pytest

from lamforge.io.atomic import atomic_open, atomic_write_bytes, temp_path, write_json
from lamforge.io.jsonl import read_jsonl, write_jsonl


def test_write_jsonl_round_trip_leaves_no_temp_file(tmp_path):
    path = write_jsonl([{"a": "é"}, {"b": [1, 2]}], tmp_path / "sub" / "x.jsonl")
    assert read_jsonl(path) == [{"a": "é"}, {"b": [1, 2]}]
    assert "é" in path.read_text(encoding="utf-8")  # UTF-8, not \u escapes
    assert sorted(p.name for p in path.parent.iterdir()) == ["x.jsonl"]


def test_a_failed_write_keeps_the_previous_file_and_no_temp_file(tmp_path):
    path = write_jsonl([{"n": 1}], tmp_path / "x.jsonl")

    def records():
        yield {"n": 2}
        raise RuntimeError("crash mid-write")

    with pytest.raises(RuntimeError):
        write_jsonl(records(), path)
    assert read_jsonl(path) == [{"n": 1}]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.jsonl"]


def test_two_writers_of_one_path_never_share_a_temp_file(tmp_path):
    path = tmp_path / "x.json"
    assert temp_path(path) != temp_path(path)
    inside = threading.Barrier(2)

    def write(n: int) -> None:
        with atomic_open(path) as fh:
            fh.write(str(n) * 1000)
            inside.wait(timeout=10)  # both temp files open at once

    threads = [threading.Thread(target=write, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert path.read_text() in ("1" * 1000, "2" * 1000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json"]


def test_write_json_options_and_bytes(tmp_path):
    assert write_json(tmp_path / "a.json", {"b": 1, "a": 2}, sort_keys=True, indent=None).read_text() == (
        '{"a": 2, "b": 1}'
    )
    assert write_json(tmp_path / "p.json", {"p": tmp_path}, default=str).read_text().startswith('{\n  "p": "/')
    assert atomic_write_bytes(tmp_path / "b.bin", b"\x00\x01", fsync=True).read_bytes() == b"\x00\x01"
    with pytest.raises(ValueError):
        with atomic_open(tmp_path / "c", "a"):
            pass
