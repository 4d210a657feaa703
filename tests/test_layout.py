"""The codebase's shape is checked, not just promised: module size budget and one-way imports."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "lamforge"
MAX_LINES = 600
# package -> packages it must never import (the layering app <- tasks <- data, agent <- train, eval <- cli, pipeline)
FORBIDDEN = {
    "app": ("tasks", "data", "agent", "train", "eval", "cli", "pipeline"),
    "tasks": ("data", "agent", "train", "eval", "cli", "pipeline"),
    "data": ("agent", "train", "eval", "cli", "pipeline"),
    "agent": ("data", "train", "eval", "cli", "pipeline"),
    "train": ("eval", "cli", "pipeline"),
    "eval": ("train", "cli", "pipeline"),
    # the shared modules beside the packages (prompt format, copy guard, task memory ...) sit just above app
    "": ("tasks", "data", "agent", "train", "eval", "cli", "pipeline"),
}


def _modules():
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_over_budget():
    sizes = {p.relative_to(SRC): len(p.read_text().splitlines()) for p in _modules()}
    big = [f"{p} ({n} lines)" for p, n in sizes.items() if n > MAX_LINES]
    assert not big, f"split these by job: {big}"


def test_imports_go_one_way():
    bad = []
    for p in _modules():
        rel = p.relative_to(SRC).parts
        layer = rel[0] if len(rel) > 1 else ""
        if layer not in FORBIDDEN:
            continue
        for node in ast.walk(ast.parse(p.read_text())):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "lamforge" and len(parts) > 1 and parts[1] in FORBIDDEN[layer]:
                    bad.append(f"{'/'.join(rel)} imports {name}")
    assert not bad, bad
