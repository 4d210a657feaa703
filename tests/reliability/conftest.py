"""Fixtures of the reliability probes: one real Writer session per module and a report document."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from reliability_helpers import report_doc  # noqa: E402


@pytest.fixture(scope="module")
def env():
    """One real headless LibreOffice Writer session shared by a test module."""
    from lamforge.app.env import WriterEnv

    e = WriterEnv()
    yield e
    e.close()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return report_doc(tmp_path / "report.docx")
