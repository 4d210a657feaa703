"""Fixtures of the agent tests: a tiny local checkpoint, a live server, a Writer env and a sample document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from agent_helpers import BODY, TITLE, serving


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A randomly initialised tiny chat model saved as a local HF checkpoint (built here, no downloads)."""
    from agent_tiny_model import build_tiny_checkpoint

    return build_tiny_checkpoint(tmp_path_factory.mktemp("ckpt") / "tiny")


@pytest.fixture(scope="session")
def tiny_backend(tiny_checkpoint: Path):
    """The tiny checkpoint loaded through the transformers backend (CPU)."""
    from lamforge.agent.backends.transformers_backend import TransformersBackend

    return TransformersBackend.from_pretrained(tiny_checkpoint, device="cpu")


@pytest.fixture(scope="session")
def tiny_server(tiny_backend) -> Iterator[str]:
    """The real OpenAI-compatible server serving the tiny model; yields the base URL."""
    from lamforge.agent.server import create_app

    with serving(create_app(tiny_backend, model_name="tiny")) as url:
        yield url


@pytest.fixture(scope="module")
def env():
    """One real headless LibreOffice Writer session shared by a test module."""
    from lamforge.app.env import WriterEnv

    e = WriterEnv()
    yield e
    e.close()


@pytest.fixture
def sample_doc(tmp_path: Path) -> Path:
    """A two-paragraph .docx written with python-docx."""
    import docx

    d = docx.Document()
    d.add_paragraph(TITLE)
    d.add_paragraph(BODY)
    path = tmp_path / "in.docx"
    d.save(str(path))
    return path
