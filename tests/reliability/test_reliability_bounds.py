"""Bounds: a repeat count, an action, an episode and a document package can each only be so large.

The zip bomb (a small .docx holding a 200 MB document.xml) and an encrypted .docx are refused with a clear
message before LibreOffice or a model sees them, fast and in little memory; a key repeated 100 million
times is an error, not a hung worker; actions and episodes stop at their deadlines.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_helpers import cli, encrypted_docx, reply, script, zip_bomb

from lamforge.agent.backends import ScriptedBackend
from lamforge.agent.episode_runner import run_episode
from lamforge.app.action import Action
from lamforge.app.package_check import OLE_MAGIC, PackageError, check_document

# VmHWM, not ru_maxrss: Linux carries the parent's resident size at fork through exec into ru_maxrss, so
# under a pytest that has trained models it read over 1 GB for a run that never loaded anything.
MEASURE = """
import re, runpy, sys
sys.argv = ["lamforge", *sys.argv[1:]]
try:
    runpy.run_module("lamforge.cli", run_name="__main__")
except SystemExit as exc:
    code = exc.code
hwm = re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)
print("MAXRSS_KB", hwm, "CODE", code)
"""


def test_a_huge_repeat_count_is_a_clear_error_at_once(env, report: Path) -> None:
    env.reset(options={"doc": str(report)})
    t0 = time.monotonic()
    r = env.step(Action("keyboard_input", {"keys": "{RIGHT 100000000}"})).result
    assert not r.ok and "repeats a key 100000000 times; the limit is 1000" in r.message
    assert time.monotonic() - t0 < 2
    r = env.step(Action("keyboard_input", {"keys": "{SPACE 100000000}"})).result
    assert not r.ok and "limit" in r.message


def test_an_action_stops_at_its_deadline(env, report: Path) -> None:
    env.reset(options={"doc": str(report)})
    env.executor.action_timeout = 0.2
    try:
        t0 = time.monotonic()
        r = env.step(Action("keyboard_input", {"keys": "{RIGHT 1000}{LEFT 1000}" * 2})).result
        took = time.monotonic() - t0
    finally:
        env.executor.action_timeout = None
    assert not r.ok and "ran out of its 0.2 s" in r.message and took < 3, (r.message, took)


def test_an_episode_stops_at_its_deadline(env, report: Path, tmp_path: Path) -> None:
    step = reply("keyboard_input", {"keys": "{RIGHT 30}{LEFT 30}"})
    t0 = time.monotonic()
    res = run_episode(env, ScriptedBackend([step] * 500), "Wander", report, max_steps=500, max_failures=None,
                      max_seconds=1.0)
    assert res.stop_reason == "deadline" and time.monotonic() - t0 < 10 and 1 <= res.n_steps < 500
    model = script(tmp_path / "s.jsonl", [step] * 500)
    p = cli("run", "Wander", "--doc", str(report), "--out", str(tmp_path / "o.docx"), "--model", model,
            "--max-steps", "500", "--max-seconds", "1")
    assert p.returncode == 1 and "deadline" in p.stdout, p.stdout


def test_a_zip_bomb_is_refused_fast_and_small(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bomb.docx", megabytes=200)
    assert bomb.stat().st_size < 2_000_000
    t0 = time.monotonic()
    with pytest.raises(PackageError, match="zip bomb"):
        check_document(bomb)
    assert time.monotonic() - t0 < 1
    for command in (["app", "exec", str(bomb), "--out", str(tmp_path / "o.docx"), '{"function": "texts"}'],
                    ["run", "Bold it", "--doc", str(bomb), "--out", str(tmp_path / "o.docx"), "--model", "random"]):
        t0 = time.monotonic()
        p = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, timeout=60)
        took = time.monotonic() - t0
        kb = int(p.stdout.split("MAXRSS_KB")[1].split()[0])
        assert "CODE 2" in p.stdout and "zip bomb" in p.stdout + p.stderr, p.stdout + p.stderr
        assert took < 15 and kb < 1_000_000, (took, kb)  # no LibreOffice, no 5 GB


def test_encrypted_and_renamed_word_files_say_what_they_are(tmp_path: Path) -> None:
    enc = encrypted_docx(tmp_path / "secret.docx")
    for command in (["app", "exec", str(enc), "--out", str(tmp_path / "o.docx"), '{"function": "texts"}'],
                    ["run", "Bold it", "--doc", str(enc), "--out", str(tmp_path / "o.docx"), "--model", "random"],
                    ["app", "controls", str(enc)]):
        p = cli(*command)
        assert p.returncode == 2 and "password-protected/encrypted" in p.stdout + p.stderr, p.stdout + p.stderr
    renamed = tmp_path / "old.docx"
    renamed.write_bytes(OLE_MAGIC + bytes(4096))
    with pytest.raises(PackageError, match=r"Word 97-2003 \(.doc\) file"):
        check_document(renamed)


def test_a_package_that_lies_about_its_sizes_is_refused(tmp_path: Path) -> None:
    """Sizes in the zip directory are claims: a member that unpacks to more than declared fails, as does a
    damaged stream, before LibreOffice (which might trust the claim) sees it."""
    import struct
    import zipfile

    import docx

    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    data = bytearray(good.read_bytes())
    entry = data.find(b"PK\x01\x02")  # the central directory: one entry per member, name at offset 46
    while data[entry + 46:entry + 46 + 17] != b"word/document.xml":
        entry = data.find(b"PK\x01\x02", entry + 1)
    data[entry + 24:entry + 28] = struct.pack("<I", 100)  # "document.xml is 100 bytes"
    liar = tmp_path / "liar.docx"
    liar.write_bytes(bytes(data))
    with zipfile.ZipFile(liar) as z:
        assert z.getinfo("word/document.xml").file_size == 100
    with pytest.raises(PackageError, match="not a valid .docx"):
        check_document(liar)
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("word/document.xml")
    damaged = bytearray(good.read_bytes())
    damaged[info.header_offset + 30 + len(info.filename) + len(info.extra) + 10] ^= 0xFF
    (tmp_path / "damaged.docx").write_bytes(bytes(damaged))
    with pytest.raises(PackageError, match="not a valid .docx"):
        check_document(tmp_path / "damaged.docx")
