"""The codebase's shape is checked, not just promised: module size budget and one-way imports."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "lamforge"
MAX_LINES = 600
# package -> packages it must never import. The layers, bottom up: io (plain Python: atomic writes, JSON lines,
# lazy package exports) and text (quotations, numbers, references, fonts, similarity) <- app (LibreOffice) <-
# prompting (the prompt format) <- guidance (decoding guards, task memory) ; app <- tasks <- data ; agent <- train,
# eval <- cli, pipeline. tasks and data never import decoding (guidance).
_ABOVE_APP = ("tasks", "data", "agent", "train", "eval", "cli", "pipeline")
FORBIDDEN = {
    "io": ("text", "app", "prompting", "guidance", *_ABOVE_APP),
    "text": ("io", "app", "prompting", "guidance", *_ABOVE_APP),
    "app": ("prompting", "guidance", *_ABOVE_APP),
    "prompting": ("guidance", *_ABOVE_APP),
    "guidance": _ABOVE_APP,
    "tasks": ("prompting", "guidance", "data", "agent", "train", "eval", "cli", "pipeline"),
    "data": ("guidance", "agent", "train", "eval", "cli", "pipeline"),
    "agent": ("data", "train", "eval", "cli", "pipeline"),
    "train": ("eval", "cli", "pipeline"),
    "eval": ("train", "cli", "pipeline"),
}
ROOT_FILES = {"__init__.py", "__main__.py"}


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


def test_no_loose_modules_at_the_package_root():
    loose = sorted(p.name for p in SRC.glob("*.py") if p.name not in ROOT_FILES)
    assert not loose, f"put these in a layer package: {loose}"


def test_every_package_has_a_rule():
    packages = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").is_file())
    assert set(packages) <= set(FORBIDDEN) | {"cli", "pipeline"}, packages
