"""What every command that edits a document shares: exit codes, path checks before any work, a safe save.

Exit codes are the same across ``lamforge run`` and ``lamforge app exec`` (and ``collect`` / ``eval`` for
bad input): 0 done, 1 not done (a step failed, the step or time limit, LibreOffice died, the result
could not be saved where asked), 2 bad input (a missing, damaged, encrypted or oversized document, an
unusable ``--out`` / ``--log`` / ``--model``), 3 refused (the model says Writer cannot do the request).
Paths are checked before a model loads or LibreOffice starts, so a typo costs nothing.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

EXIT_DONE, EXIT_NOT_DONE, EXIT_BAD_INPUT, EXIT_REFUSED = 0, 1, 2, 3
EXIT_CODES_HELP = ("Exit codes: 0 done; 1 not done (a step failed, a limit was reached, LibreOffice failed, or the "
                   "result could not be saved where asked: it is kept elsewhere and the path printed); 2 bad input "
                   "(document, --out, --log, --model); 3 refused: the model says Writer cannot do the request "
                   "(--out gets the input unchanged).")
OUT_SUFFIXES = (".docx",)


class BadInput(ValueError):
    """A command-line input that cannot work; the message says which and why (exit code 2)."""


def check_document(doc: Path) -> None:
    """The input document exists and is one LibreOffice may open (see :mod:`lamforge.app.package_check`)."""
    from lamforge.app.package_check import PackageError
    from lamforge.app.package_check import check_document as check

    try:
        check(doc)
    except PackageError as exc:
        raise BadInput(str(exc)) from None


def check_out(out: Path, doc: Path | None = None, what: str = "--out") -> None:
    """``out`` can receive the edited document: a .docx file name (not a directory) in a writable place.

    >>> check_out(Path("/tmp/x.odt"))
    Traceback (most recent call last):
    ...
    lamforge.cli.common.BadInput: --out must end in .docx (lamforge writes Word .docx files): /tmp/x.odt
    """
    if out.is_dir():
        raise BadInput(f"{what} is a directory: {out}; give a file name inside it, such as {out / 'out.docx'}")
    if out.suffix.lower() not in OUT_SUFFIXES:
        raise BadInput(f"{what} must end in .docx (lamforge writes Word .docx files): {out}")
    if doc is not None and out.resolve() == doc.resolve():
        raise BadInput(f"{what} must differ from the input document: the original is never overwritten")
    check_writable(out, what)


def check_writable(path: Path, what: str) -> None:
    """``path`` is not a directory and its folder (or the nearest one that exists) takes new files."""
    if path.is_dir():
        raise BadInput(f"{what} is a directory: {path}; give a file name inside it")
    if path.exists() and not path.is_file():
        raise BadInput(f"{what} is not a regular file: {path}")
    folder = path.parent if str(path.parent) else Path(".")
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise BadInput(f"{what} cannot be written: {folder} is not a directory")
    try:  # a real probe: permission bits say nothing to root, nor about read-only file systems
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".lamforge-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise BadInput(f"{what} cannot be written: {folder}: {exc.strerror or exc}") from None


def rescue_dir() -> Path:
    """Where a result that could not be saved where asked is kept."""
    base = Path(os.environ.get("LAMFORGE_CACHE", Path.home() / ".cache" / "lamforge")) / "rescued"
    try:
        base.mkdir(parents=True, exist_ok=True)
        check_writable(base / "x.docx", "rescue folder")
        return base
    except (OSError, BadInput):
        return Path(tempfile.gettempdir())


def save_or_rescue(env: Any, out: Path) -> tuple[Path, str]:
    """Save the open document to ``out``; if that fails, to :func:`rescue_dir`. Returns (path, why it moved)."""
    from lamforge.app.session import SaveFailed

    try:
        return env.save(out), ""
    except SaveFailed as exc:
        spare = rescue_dir() / f"{out.stem}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.docx"
        return env.save(spare), str(exc)
