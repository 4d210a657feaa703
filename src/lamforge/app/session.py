"""A headless LibreOffice process and its UNO connection: start, load, dispatch, save, recover.

Every UNO call goes through :meth:`WriterSession.call`, which runs it on the session's own thread
with a timeout. A dead or hung soffice is detected there, restarted, and reported to the caller as
:class:`SessionInterrupted` instead of hanging the episode.

soffice never outlives lamforge (:mod:`lamforge.app.processes`: a watchdog per soffice, stale folders
cleaned at the next start), never reaches the network for a document (:mod:`lamforge.app.profile`), and
never sees a file :mod:`lamforge.app.package_check` refused (zip bombs, encrypted or renamed files).
"""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import os
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from lamforge.app.comments import KeptComment, restore_comments, strip_comments
from lamforge.app.package_check import PackageError, check_document
from lamforge.app.processes import STOPPING, Watchdog, clean_stale_once, owned_tempdir, start_watchdog
from lamforge.app.profile import harden, profile_template
from lamforge.app.uno_path import ensure_uno

ensure_uno()
import uno  # noqa: E402

T = TypeVar("T")

DOCX_FILTER = "MS Word 2007 XML"
FLAT_ODF_FILTER = "OpenDocument Text Flat XML"
SAVE_SUFFIXES = (".docx",)  # what save() writes: Word 2007+ XML
NEVER_EXECUTE = 0  # com.sun.star.document.MacroExecMode.NEVER_EXECUTE
NO_UPDATE = 0  # com.sun.star.document.UpdateDocMode.NO_UPDATE
_PROFILE_LOCK = threading.Lock()


class SessionError(RuntimeError):
    """A request the session cannot serve (missing or corrupt document, no LibreOffice)."""


class SessionInterrupted(SessionError):
    """soffice died or hung during a call; the session was restarted and the document is gone."""


class SaveFailed(SessionError):
    """The document could not be written where asked (the open document is still there to save elsewhere)."""


def props(**kwargs: Any) -> tuple[Any, ...]:
    """UNO PropertyValue tuple from keyword arguments."""
    out = []
    for k, v in kwargs.items():
        p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
        p.Name = k
        p.Value = v
        out.append(p)
    return tuple(out)


_profile_template = profile_template  # the name older callers use


class WriterSession:
    """One soffice process with its own profile and pipe, so N sessions run side by side.

    Args:
        timeout: seconds any single UNO call may take before soffice counts as hung.
        start_timeout: seconds to wait for soffice to accept the connection.
        soffice: the executable.

    """

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        start_timeout: float = 60.0,
        soffice: str = "soffice",
        fast_reset: bool = True,
    ) -> None:
        self.fast_reset = fast_reset
        self._fast_copies: dict[tuple[str, int, int], Path] = {}
        self._comments: dict[tuple[str, int, int], list[KeptComment]] = {}
        self.comments: list[KeptComment] = []  # the open document's comments, re-attached on save
        self.timeout = timeout
        self.start_timeout = start_timeout
        self.soffice = shutil.which(soffice) or soffice
        self.proc: subprocess.Popen[bytes] | None = None
        self.ctx: Any = None
        self.smgr: Any = None
        self.desktop: Any = None
        self.doc: Any = None
        self.dispatcher: Any = None
        self.restarts = 0
        self._pool: cf.ThreadPoolExecutor | None = None
        self._workdir: Path | None = None
        self.doc_path: Path | None = None
        self.controller: Any = None
        self.view_cursor: Any = None
        self.text: Any = None
        self.tables: Any = None
        self.undo: Any = None  # the document's XUndoManager (the destructive-action guard groups and undoes)
        self._frame: Any = None
        self._watchdog: Watchdog | None = None
        self._atexit = False

    # -- lifecycle -----------------------------------------------------------------------------
    def __enter__(self) -> WriterSession:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def alive(self) -> bool:
        """True while the soffice process runs and the bridge is connected."""
        return self.proc is not None and self.proc.poll() is None and self.desktop is not None

    def start(self) -> WriterSession:
        """Start soffice with a private profile and pipe, and connect over UNO."""
        if self.alive:
            return self
        if not self.soffice or not shutil.which(self.soffice):
            raise SessionError("soffice not found: run `make setup` (installs libreoffice-writer-nogui)")
        clean_stale_once()
        self._workdir = owned_tempdir("lamforge-lo-")
        profile = self._workdir / "profile"
        template = profile_template()
        if template.is_dir():
            shutil.copytree(template, profile, symlinks=True)
        harden(profile)
        pipe = f"lamforge_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        cmd = [
            self.soffice,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "--nofirststartwizard",
            f"-env:UserInstallation={profile.as_uri()}",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ]
        env = dict(os.environ, SAL_ENABLE_FILE_LOCKING="0", SAL_USE_VCLPLUGIN="svp")
        self.proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
        )
        self._watchdog = start_watchdog(self.proc.pid, str(self._workdir), [self._workdir])
        if not self._atexit:
            atexit.register(self.close)
            self._atexit = True
        self._pool = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="uno")
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
        deadline = time.monotonic() + self.start_timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SessionError(f"soffice exited with code {self.proc.returncode} while starting")
            try:
                self.ctx = self._pool.submit(resolver.resolve, url).result(timeout=10)
                break
            except Exception as exc:  # NoConnectException until soffice listens
                last = exc
                time.sleep(0.05)
        else:
            self._kill()
            raise SessionError(f"soffice did not accept a connection within {self.start_timeout}s: {last}")
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = self.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)
        self._save_profile_template(profile)
        return self

    def _save_profile_template(self, profile: Path) -> None:
        template = profile_template()
        if template.is_dir():
            return
        with _PROFILE_LOCK:
            try:
                tmp = template.with_name(f"{template.name}.{uuid.uuid4().hex[:6]}")
                template.parent.mkdir(parents=True, exist_ok=True)
                shutil.copytree(profile, tmp, symlinks=True, ignore=shutil.ignore_patterns(".lock", "*.lock"))
                os.replace(tmp, template)
            except OSError:
                shutil.rmtree(tmp, ignore_errors=True)

    def close(self) -> None:
        """Close the document, terminate soffice and remove the private profile."""
        # a signal ends lamforge: no waiting on a UNO thread that may be mid-call, soffice is killed below
        if self.desktop is not None and self.proc is not None and self.proc.poll() is None and not STOPPING.is_set():
            try:
                self.call(self.desktop.terminate, timeout=5)
            except Exception:
                pass
        self._kill()
        self._drop_workdir()

    def _drop_workdir(self) -> None:
        """Remove the private profile and working copies, and dismiss the watchdog (soffice is gone)."""
        if self._watchdog is not None:
            self._watchdog.dismiss()
            self._watchdog = None
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None
        self._fast_copies.clear()

    def _kill(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                try:
                    self.proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    try:
                        os.killpg(self.proc.pid, 9)
                    except OSError:
                        self.proc.kill()
                    self.proc.wait(timeout=5)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self.proc = None
        self._pool = None
        self.ctx = self.smgr = self.desktop = self.doc = self.dispatcher = None

    def restart(self) -> None:
        """Kill whatever is left of soffice and start a fresh one (the open document is lost)."""
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, 9)
            except OSError:
                pass
        self._kill()
        self._drop_workdir()
        self.restarts += 1
        self.start()

    # -- calls ---------------------------------------------------------------------------------
    def call(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """Run ``fn(*args)`` on the UNO thread; restart and raise SessionInterrupted if soffice dies or hangs."""
        if self._pool is None or self.proc is None:
            raise SessionError("session is not started")
        if self.proc.poll() is not None:
            self._interrupted(f"soffice exited with code {self.proc.returncode}")
        fut = self._pool.submit(fn, *args)
        try:
            return fut.result(timeout=timeout or self.timeout)
        except cf.TimeoutError:
            self._interrupted(f"soffice did not answer within {timeout or self.timeout:.1f}s (hung)")
        except Exception as exc:
            if self.proc is not None and self.proc.poll() is not None or _is_bridge_error(exc):
                self._interrupted(f"soffice connection lost: {type(exc).__name__}: {exc}")
            raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _interrupted(self, why: str) -> None:
        self.restart()
        raise SessionInterrupted(f"{why}; LibreOffice was restarted and the open document was discarded")

    # -- documents -----------------------------------------------------------------------------
    def load(self, path: str | os.PathLike[str]) -> Any:
        """Open a private working copy of ``path``, hidden, with macros disabled.

        The file itself is never opened by LibreOffice (no lock file beside it, never written).
        The first load of a file also keeps a flat-ODF copy of it in the session's cache: ODF
        loads about twice as fast as .docx, which is what makes resets cheap. Comments are taken
        out of the working copy (headless LibreOffice dies on them) and put back by :meth:`save`.
        """
        p = Path(path).resolve()
        try:
            check_document(p)
        except PackageError as exc:
            raise SessionError(str(exc)) from None
        if self.desktop is None:
            self.start()
        self.close_document()
        assert self._workdir is not None
        st = p.stat()
        key = (str(p), st.st_mtime_ns, st.st_size)
        cached = self._fast_copies.get(key)
        if cached is not None and cached.is_file():
            self.doc = self.call(self._load_url, cached)
        else:
            work = self._workdir / "work" / f"{uuid.uuid4().hex[:8]}{p.suffix.lower() or '.docx'}"
            work.parent.mkdir(exist_ok=True)
            shutil.copyfile(p, work)
            self._comments[key] = _without_comments(work, p.name)
            try:
                doc = self.call(self._load_url, work)
            except SessionInterrupted:
                raise
            except Exception as exc:
                raise SessionError(
                    f"cannot open {p.name}: not a readable document ({type(exc).__name__}: {exc})"
                ) from exc
            if doc is None or not hasattr(doc, "getText"):
                if doc is not None:
                    self.call(doc.close, True)
                raise SessionError(f"cannot open {p.name}: not a text document LibreOffice can read")
            self.doc = doc
            if self.fast_reset:
                fast = work.with_suffix(".fodt")
                self.call(doc.storeToURL, fast.as_uri(), props(FilterName=FLAT_ODF_FILTER))
                self._fast_copies[key] = fast
        self.comments = self._comments.get(key, [])
        self.doc_path = p
        self._cache_handles()
        return self.doc

    def _load_url(self, path: Path) -> Any:
        args = props(Hidden=True, MacroExecutionMode=NEVER_EXECUTE, UpdateDocMode=NO_UPDATE)
        return self.desktop.loadComponentFromURL(path.as_uri(), "_blank", 0, args)

    def close_document(self) -> None:
        """Close the open document without saving."""
        if self.doc is not None:
            doc, self.doc = self.doc, None
            if STOPPING.is_set():
                return  # the session is killed next; closing the document first could wait on a busy UNO thread
            try:
                self.call(doc.close, True, timeout=10)
            except SessionInterrupted:
                pass
            except Exception:
                pass

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Save the open document as .docx to ``path`` atomically (temp file, then rename).

        Raises:
            SaveFailed: ``path`` cannot be written (a directory, not .docx, no permission, disk full); no
                temp file is left behind and the open document stays, so it can be saved elsewhere.

        """
        if self.doc is None:
            raise SessionError("no document is open")
        out = Path(path).resolve()
        if out.suffix.lower() not in SAVE_SUFFIXES:
            raise SaveFailed(f"cannot save to {out}: lamforge writes .docx files; name the output *.docx")
        if out.is_dir():
            raise SaveFailed(f"cannot save to {out}: it is a directory")
        tmp = out.with_name(f".{out.stem}.{uuid.uuid4().hex[:6]}.tmp.docx")
        args = props(FilterName=DOCX_FILTER, Overwrite=True)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            self.call(self.doc.storeToURL, tmp.as_uri(), args)
            restore_comments(tmp, self.comments)
            os.replace(tmp, out)
        except SessionInterrupted:
            _unlink(tmp)
            raise
        except Exception as exc:
            _unlink(tmp)
            raise SaveFailed(f"cannot save to {out}: {_short(exc)}") from exc
        return out

    def _cache_handles(self) -> None:
        """Keep the per-document UNO objects that every step uses (each lookup is a round trip)."""

        def _get() -> tuple[Any, Any, Any, Any, Any, Any]:
            ctl = self.doc.getCurrentController()
            return (ctl, ctl.getFrame(), ctl.getViewCursor(), self.doc.getText(), self.doc.getTextTables(),
                    self.doc.getUndoManager())

        self.controller, self._frame, self.view_cursor, self.text, self.tables, self.undo = self.call(_get)

    @property
    def frame(self) -> Any:
        """The document's frame (dispatch target)."""
        if self.doc is None:
            raise SessionError("no document is open")
        return self._frame

    def dispatch(self, command: str, **args: Any) -> Any:
        """Execute a UNO command (``.uno:Bold``) on the open document's frame."""
        if self.doc is None:
            raise SessionError("no document is open")
        frame = self.frame
        return self.call(self.dispatcher.executeDispatch, frame, command, "", 0, props(**args))


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _short(exc: BaseException) -> str:
    """A one-line reason for an error (UNO's IOException carries a long message with source locations)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    kind = type(exc).__name__
    if "ErrorCodeIOException" in kind or "IOException" in kind:
        return "LibreOffice could not write the file there (no permission, no space, or not a folder)"
    return f"{kind}: {text[:200]}" if text else kind


def _without_comments(work: Path, name: str) -> list[KeptComment]:
    """Strip a working copy's comments (returned for :meth:`WriterSession.save`); refuse an ODF file with any."""
    import zipfile

    if work.suffix in (".odt", ".ott"):
        with zipfile.ZipFile(work) as z:
            if b"<office:annotation" in z.read("content.xml"):
                raise SessionError(f"cannot open {name}: it has comments, which headless LibreOffice cannot hold "
                                   "in an ODF file; save it as .docx (comments are then kept) or remove them")
        return []
    if work.suffix not in (".docx", ".docm", ".dotx"):
        return []
    try:
        return strip_comments(work)
    except Exception as exc:  # python-docx cannot read it: LibreOffice would die on the comments anyway
        raise SessionError(f"cannot open {name}: it has comments, which could not be set aside for headless "
                           f"LibreOffice ({type(exc).__name__}: {exc})") from exc


def _is_bridge_error(exc: BaseException) -> bool:
    name = type(exc).__name__
    text = str(exc)
    return name in {"DisposedException"} or "bridge" in text.lower() and "dispos" in text.lower()
