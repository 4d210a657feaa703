"""Make Debian's ``python3-uno`` importable from any CPython 3 interpreter (a venv included)."""

from __future__ import annotations

import glob
import sys

UNO_DIRS = ("/usr/lib/python3/dist-packages", "/usr/lib/libreoffice/program")


def ensure_uno() -> None:
    """Add the directory holding ``uno.py`` to ``sys.path`` if ``import uno`` would fail.

    Raises:
        ImportError: with an install hint when LibreOffice's Python bridge is not installed.

    """
    try:
        import uno  # noqa: F401

        return
    except ImportError:
        pass
    for d in UNO_DIRS:
        if glob.glob(f"{d}/uno.py") and d not in sys.path:
            sys.path.append(d)
    try:
        import uno  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise ImportError(
            "LibreOffice's Python bridge (uno) is missing: run `make setup` or "
            "`apt-get install --no-install-recommends libreoffice-writer-nogui python3-uno`"
        ) from exc
