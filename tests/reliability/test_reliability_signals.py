"""soffice dies with lamforge however lamforge dies, and no temp folder outlives the next start.

A `lamforge run` subprocess is stopped mid-episode by SIGTERM (``timeout``, a container stop), SIGHUP (a
closed terminal) or SIGKILL (the out-of-memory killer); then no process runs from its profile and the
profile folder is gone. A soffice whose lamforge *and* watchdog were killed is cleaned at the next start.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_helpers import LAMFORGE, lamforge_temp_folders, processes_mentioning, reply, script, wait_until

from lamforge.app import processes


def _default_signals() -> None:
    """The child starts as from a terminal: a suite run under ``nohup`` would pass on an ignored SIGHUP, which
    lamforge rightly keeps ignoring (it only handles signals that still have their default action)."""
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)


def _start_run(tmp_path: Path, report: Path) -> tuple[subprocess.Popen, Path]:
    """`lamforge run` with a long harmless script; returns it once its soffice is up, with the profile folder."""
    step = reply("keyboard_input", {"keys": "{RIGHT 20}{LEFT 20}"})
    model = script(tmp_path / "s.jsonl", [step] * 400)
    proc = subprocess.Popen([*LAMFORGE, "run", "Look around", "--doc", str(report), "--out", str(tmp_path / "o.docx"),
                             "--model", model, "--max-steps", "400", "--max-failures", "0", "--confirm", "no"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=_default_signals)
    found: list[Path] = []

    def soffice_up() -> bool:
        found[:] = lamforge_temp_folders(proc.pid)
        return bool(found) and len(processes_mentioning(str(found[0]))) >= 2  # soffice and its watchdog
    assert wait_until(soffice_up, 30), "soffice did not start"
    time.sleep(1.0)  # mid-episode
    assert proc.poll() is None
    return proc, found[0]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL], ids=lambda s: s.name)
def test_no_soffice_or_folder_outlives_a_killed_lamforge(sig: signal.Signals, tmp_path: Path, report: Path) -> None:
    proc, folder = _start_run(tmp_path, report)
    os.kill(proc.pid, sig)
    code = proc.wait(timeout=20)
    assert code in (128 + sig, -sig), code  # SIGTERM/SIGHUP: handled (SystemExit 128+n); SIGKILL: killed
    assert wait_until(lambda: not processes_mentioning(str(folder)), 10), processes_mentioning(str(folder))
    assert wait_until(lambda: not folder.exists(), 10)
    assert not list(tmp_path.glob(".*.tmp.docx"))


def test_a_soffice_orphaned_with_its_watchdog_is_cleaned_at_the_next_start(tmp_path: Path, report: Path) -> None:
    proc, folder = _start_run(tmp_path, report)
    watchdog = [p for p in processes_mentioning(str(folder)) if b"-S" in Path(f"/proc/{p}/cmdline").read_bytes()]
    for pid in [*watchdog, proc.pid]:  # everything lamforge had, but soffice
        os.kill(pid, signal.SIGKILL)
    proc.wait(timeout=10)
    time.sleep(0.3)
    assert processes_mentioning(str(folder)) and folder.exists()  # the orphan the issue saw
    removed = processes.clean_stale()  # what the next session start runs
    assert folder in removed and not folder.exists()
    assert wait_until(lambda: not processes_mentioning(str(folder)), 10)


def test_stale_folders_need_a_dead_owner(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    mine = processes.owned_tempdir("lamforge-collect-")
    stale = processes.owned_tempdir("lamforge-collect-")
    (stale / processes.OWNER_FILE).write_text(f"{dead.pid} 1\n")
    unowned = Path(processes.tempfile.mkdtemp(prefix="lamforge-lo-"))  # an older lamforge's: not ours to judge
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", str(stale / "profile")])
    assert wait_until(lambda: sleeper.pid in processes_mentioning(str(stale)), 10)  # exec'd: a soffice stand-in
    try:
        removed = processes.clean_stale()
        assert stale in removed and not stale.exists() and sleeper.wait(timeout=10) == -signal.SIGKILL
        assert mine.exists() and unowned.exists()
    finally:
        sleeper.kill()
        for d in (mine, unowned):
            processes.shutil.rmtree(d, ignore_errors=True)


def test_collect_workers_remove_their_folder() -> None:
    from lamforge.data.collect import pool
    from lamforge.data.collect.collect_config import CollectConfig

    close = pool._init(CollectConfig(tasks=Path("t.jsonl"), out=Path("o")))
    folder = pool._STATE["workdir"]
    assert folder.is_dir() and processes.owner_alive(folder) is True
    close()
    assert not folder.exists()
