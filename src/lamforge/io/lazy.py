"""Lazy package exports: a package names what it offers, and each name's module loads on first use.

A package ``__init__`` writes ``__getattr__, __all__ = lazy_exports(__name__, {"Name": "pkg.module", ...})``,
so ``import lamforge.agent`` stays cheap (no torch, no LibreOffice bridge) while ``from lamforge.agent import
run_episode`` still works.

>>> getattr_, all_ = lazy_exports("demo", {"dumps": "json", "Path": "pathlib"})
>>> all_, getattr_("dumps")([1])
(['Path', 'dumps'], '[1]')
>>> getattr_("nope")
Traceback (most recent call last):
...
AttributeError: module 'demo' has no attribute 'nope'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str]) -> tuple[Callable[[str], Any], list[str]]:
    """The module-level ``__getattr__`` and ``__all__`` of ``package`` for ``exports`` (name -> module)."""
    table = dict(exports)

    def __getattr__(name: str) -> Any:  # becomes the package's module-level __getattr__
        """Import an exported name on first use."""
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(module), name)

    return __getattr__, sorted(table)
