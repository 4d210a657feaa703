"""Make Debian's ``python3-uno`` importable from any CPython 3 interpreter (a venv included).

``uno.py`` installs an ``__import__`` hook (for ``from com.sun.star... import``) that turns every
failed import into a plain ``ImportError``; libraries that probe optional modules with
``except ModuleNotFoundError`` (tqdm, FastAPI, matplotlib) then break. We import uno once and put
Python's own ``__import__`` back, so lamforge builds UNO structs with ``uno.createUnoStruct`` instead.
"""

from __future__ import annotations

import builtins
import glob
import sys

UNO_DIRS = ("/usr/lib/python3/dist-packages", "/usr/lib/libreoffice/program")


def ensure_uno() -> None:
    """Add the directory holding ``uno.py`` to ``sys.path`` if ``import uno`` would fail.

    Raises:
        ImportError: with an install hint when LibreOffice's Python bridge is not installed.

    """
    if "uno" in sys.modules:
        return
    original = builtins.__import__
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
    finally:
        builtins.__import__ = original
