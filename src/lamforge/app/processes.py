"""Nothing outlives lamforge: ``soffice`` dies with it however it dies, and its temp folders go with it.

- Every private temp folder (``lamforge-lo-*`` profiles, ``lamforge-collect-*`` work folders) records
  its owner (pid and start time) in :data:`OWNER_FILE`. :func:`clean_stale` removes the folders whose
  owner is dead, after killing any process still running from them; sessions and collection workers
  call it once per process when they start.
- :func:`start_watchdog` starts a tiny supervising process per ``soffice``. It waits on a pipe from
  lamforge; the pipe reaches end-of-file when lamforge exits in any way (SIGKILL and the out-of-memory
  killer included), and unless lamforge said goodbye first, the watchdog kills that ``soffice``'s
  processes and removes its folder.
- :func:`install_signal_handlers` turns SIGTERM and SIGHUP into ``SystemExit`` so that ``finally``
  blocks and ``atexit`` close every session (``timeout``, a container stop, a closed terminal).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

OWNER_FILE = ".lamforge-owner"
TEMP_PREFIXES = ("lamforge-lo-", "lamforge-collect-")
_CLEANED: set[str] = set()
_LOCK = threading.Lock()

# Runs with ``python -S``: stdlib only. argv: soffice's pid, a marker its processes' command lines hold (the
# profile's path: only they are killed, never a reused pid), the folders to remove.
_WATCHDOG = r"""
import os, signal, sys, shutil, time
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
    signal.signal(s, signal.SIG_IGN)
marker, folders = sys.argv[2], sys.argv[3:]
said = b""
while True:
    try:
        chunk = os.read(0, 64)
    except InterruptedError:
        continue
    except OSError:
        chunk = b""
    if not chunk:
        break
    said += chunk
if b"bye" in said:
    sys.exit(0)
def members():
    out = []
    for d in os.listdir("/proc"):
        if not d.isdigit() or int(d) == os.getpid():  # its own command line holds the marker too
            continue
        try:
            with open(f"/proc/{d}/cmdline", "rb") as fh:
                if marker.encode() in fh.read():
                    out.append(int(d))
        except OSError:
            continue
    return out
quiet = 0
for _ in range(100):  # until three scans in a row find nothing (a child may still be starting)
    pids = members()
    quiet = 0 if pids else quiet + 1
    if quiet >= 3:
        break
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    time.sleep(0.1)
for f in folders:
    shutil.rmtree(f, ignore_errors=True)
"""


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot ('' where /proc cannot tell): tells reused pids apart."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return ""


def owned_tempdir(prefix: str) -> Path:
    """A new private folder under the temp directory, recording this process as its owner."""
    d = Path(tempfile.mkdtemp(prefix=prefix))
    (d / OWNER_FILE).write_text(f"{os.getpid()} {_start_time(os.getpid())}\n", encoding="ascii")
    return d


def owner_alive(folder: Path) -> bool | None:
    """Whether the process that made ``folder`` still runs (None: the folder records no owner)."""
    try:
        fields = (folder / OWNER_FILE).read_text(encoding="ascii").split()
        pid = int(fields[0])
    except (OSError, ValueError, IndexError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    started = fields[1] if len(fields) > 1 else ""
    return not started or _start_time(pid) in ("", started)


def processes_mentioning(marker: str) -> list[int]:
    """Pids (not this process) whose command line contains ``marker``."""
    found = []
    needle = marker.encode()
    for d in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if not d.isdigit() or int(d) == os.getpid():
            continue
        try:
            with open(f"/proc/{d}/cmdline", "rb") as fh:
                if needle in fh.read():
                    found.append(int(d))
        except OSError:
            continue
    return found


def clean_stale(tmp: str | os.PathLike[str] | None = None) -> list[Path]:
    """Remove lamforge's temp folders whose owner is dead (their processes killed first); returns them."""
    base = Path(tmp or tempfile.gettempdir())
    removed = []
    for prefix in TEMP_PREFIXES:
        for folder in base.glob(f"{prefix}*"):
            if not folder.is_dir() or owner_alive(folder) is not False:
                continue
            for pid in processes_mentioning(str(folder)):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    for pipe in base.glob("OSL_PIPE_*_lamforge_*"):  # soffice's pipe sockets, named after the lamforge pid
        try:
            pid = int(pipe.name.split("_lamforge_", 1)[1].split("_", 1)[0])
            os.kill(pid, 0)
        except ProcessLookupError:
            pipe.unlink(missing_ok=True)
        except (ValueError, IndexError, OSError):
            continue
    return removed


def clean_stale_once() -> None:
    """:func:`clean_stale` the first time a process calls it (sessions and workers call it as they start)."""
    base = tempfile.gettempdir()
    with _LOCK:
        if base in _CLEANED:
            return
        _CLEANED.add(base)
    try:
        clean_stale(base)
    except OSError:  # a folder vanished under us, or /tmp is odd: never stop a start over cleanup
        pass


class Watchdog:
    """A supervising process that kills ``soffice``'s processes and removes its folder if lamforge dies."""

    def __init__(self, pid: int, marker: str, folders: list[Path]) -> None:
        self.proc: subprocess.Popen[bytes] | None = subprocess.Popen(
            [sys.executable, "-S", "-c", _WATCHDOG, str(pid), marker, *map(str, folders)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not in lamforge's process group: a group kill or a hang-up spares it
        )

    def dismiss(self) -> None:
        """Say goodbye: lamforge closed ``soffice`` itself, so the watchdog exits without doing anything."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            assert proc.stdin is not None
            proc.stdin.write(b"bye")
            proc.stdin.close()
            proc.wait(timeout=5)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            proc.kill()


def start_watchdog(pid: int, marker: str, folders: list[Path]) -> Watchdog | None:
    """A :class:`Watchdog` for one ``soffice`` (None where /proc is missing: not Linux)."""
    if not os.path.isdir("/proc"):
        return None
    try:
        return Watchdog(pid, marker, folders)
    except OSError:
        return None


STOPPING = threading.Event()  # set when a signal ends lamforge


def install_signal_handlers() -> None:
    """SIGTERM and SIGHUP raise ``SystemExit(128 + signal)`` in the main thread, so sessions close on the way out.

    Only where the signal still has its default action (a server framework's own handlers stay).
    """
    if threading.current_thread() is not threading.main_thread():
        return

    def _exit(signum: int, frame: object) -> None:
        STOPPING.set()  # sessions close at once on the way out: no graceful document close or terminate
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None and signal.getsignal(sig) is signal.SIG_DFL:
            signal.signal(sig, _exit)
