"""Choosing the rollout engine: flag rules, the install hint when Ray is missing, and the in-process path."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from lamforge.app.ray_workers import RayUnavailable
from lamforge.app.rollouts import resolve_backend, rollout_map


@pytest.fixture()
def no_ray(monkeypatch):
    """Make ``import ray`` fail, as on an install without the [ray] extra."""
    monkeypatch.setitem(sys.modules, "ray", None)


def test_backend_rules():
    assert resolve_backend(None, None) == "process"
    assert resolve_backend("PROCESS", None) == "process"
    with pytest.raises(ValueError, match="unknown rollout backend"):
        resolve_backend("dask", None)
    with pytest.raises(ValueError, match="needs the ray backend"):
        resolve_backend("process", "auto")


def test_ray_missing_gives_the_install_hint(no_ray):
    for backend, address in (("ray", None), (None, "10.0.0.1:6379")):
        with pytest.raises(RayUnavailable, match=r"pip install -e '\.\[ray\]'"):
            resolve_backend(backend, address)


def test_cli_reports_missing_ray(no_ray, tmp_path):
    from lamforge.cli.main import app

    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("")
    for extra in (["--backend", "ray"], ["--ray-address", "auto"]):
        res = CliRunner().invoke(app, ["collect", str(tasks), "--out", str(tmp_path / "o"), *extra])
        assert res.exit_code == 2, res.output
        assert "pip install" in res.output
    res = CliRunner().invoke(app, ["eval", "online", "-m", "expert", "--tasks", str(tasks),
                                   "--out", str(tmp_path / "e"), "--ray-address", "auto"])
    assert res.exit_code == 2 and "pip install" in res.output, res.output


def _init(log: list[str]):
    log.append("init")
    return lambda: log.append("close")


def test_process_backend_with_one_worker_runs_in_process():
    log: list[str] = []
    assert list(rollout_map(lambda x: x * 2, [1, 2, 3], 1, _init, (log,))) == [2, 4, 6]
    assert log == ["init", "close"]
