"""Shared fixtures: one LibreOffice-backed env per test module, and small documents made with python-docx."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def make_doc(path: Path, paragraphs: list[str], *, table: tuple[int, int] | None = None) -> Path:
    """A plain .docx with the given paragraphs (and optionally an empty table)."""
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        d.add_table(rows=table[0], cols=table[1])
    d.save(path)
    return path


@pytest.fixture(scope="module")
def writer_env():
    """A real WriterEnv shared by the tests of one module."""
    from lamforge.app.env import WriterEnv

    env = WriterEnv()
    yield env
    env.close()


@pytest.fixture()
def sample_doc(tmp_path: Path) -> Path:
    """Three distinctive paragraphs."""
    return make_doc(
        tmp_path / "sample.docx",
        ["Quarterly Report", "The budget was approved by the board.", "Costs stayed flat this year."],
    )
