"""Collection on a local Ray instance: same results as one process, no task lost to a dead soffice or
a dead worker, and an interrupted run resumes without redoing finished episodes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from lamforge.app.ray_workers import map_unordered_ray  # noqa: E402
from lamforge.data.collect.collect import run  # noqa: E402
from lamforge.data.collect.collect_config import CollectConfig  # noqa: E402
from lamforge.tasks.generate import iter_records, write_jsonl  # noqa: E402

N_TASKS = 52

# The helpers below run inside Ray workers, which cannot import this test module by name: send them by value.
ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray instance for the module; the pool reuses it instead of starting its own."""
    import logging

    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.WARNING)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def tasks_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tasks") / "tasks.jsonl"
    write_jsonl(list(iter_records(N_TASKS, "train", 11)), path)
    return path


@pytest.fixture(scope="module")
def single(tasks_file, tmp_path_factory) -> dict[str, dict]:
    out = run(CollectConfig(tasks=tasks_file, out=tmp_path_factory.mktemp("one"), workers=1), progress=False)
    return _by_task(out)


def _records(out: Path) -> list[dict]:
    return [json.loads(x) for name in ("pass.jsonl", "fail.jsonl") for x in (out / name).read_text().splitlines()]


def _by_task(out: Path) -> dict[str, dict]:
    recs = _records(out)
    by = {r["unique_id"]: r for r in recs}
    assert len(by) == len(recs), "a task was written twice"
    return by


def _actions(rec: dict) -> list[tuple]:
    plan = rec["instantiation_result"]["prefill"]["result"]["instantiated_plan"] if rec.get("samples") else []
    return [(s["Function"], json.dumps(s["Args"], sort_keys=True), s["ControlText"]) for s in plan]


def _assert_same(got: dict[str, dict], want: dict[str, dict]) -> None:
    assert sorted(got) == sorted(want)
    diff = [t for t in want if (got[t]["success"], _actions(got[t])) != (want[t]["success"], _actions(want[t]))]
    assert not diff, [(t, got[t]["success"], want[t]["success"], _why(got[t])) for t in diff]


def _why(rec: dict) -> str:
    """What the record says went wrong (the checker's reason or the collector's error)."""
    ex = rec.get("execution_result") or {}
    return str((ex.get("result") or {}).get("reason") or (ex.get("error") or {}).get("message", ""))


def test_ray_matches_single_process(local_ray, single, tasks_file, tmp_path):
    assert len(single) == N_TASKS and sum(r["success"] for r in single.values()) > 0
    out = run(CollectConfig(tasks=tasks_file, out=tmp_path / "ray", workers=2, backend="ray"), progress=False)
    _assert_same(_by_task(out), single)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["config"]["backend"] == "ray" and summary["tasks"] == N_TASKS


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry.name))
    return kids


def _our_soffice_groups() -> list[int]:
    """Process groups of the soffice sessions started below this test process (other users' are left alone)."""
    todo, seen, groups = [os.getpid()], set(), []
    while todo:
        pid = todo.pop()
        for kid in _children(pid):
            if kid in seen:
                continue
            seen.add(kid)
            todo.append(kid)
            try:
                cmd = Path(f"/proc/{kid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"accept=pipe,name=lamforge_" in cmd and os.getpgid(kid) == kid:
                groups.append(kid)
    return groups


def _lines(out: Path) -> int:
    return sum(len((out / n).read_text().splitlines()) for n in ("pass.jsonl", "fail.jsonl") if (out / n).exists())


def test_killed_soffice_loses_no_task(local_ray, single, tasks_file, tmp_path):
    out, n = tmp_path / "kill", 30
    killed: list[int] = []

    def killer() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _lines(out) < 10:
            time.sleep(0.05)
        groups = _our_soffice_groups()
        if groups:
            os.killpg(groups[0], signal.SIGKILL)
            killed.append(groups[0])

    th = threading.Thread(target=killer, daemon=True)
    th.start()
    run(CollectConfig(tasks=tasks_file, out=out, workers=2, backend="ray", limit=n), progress=False)
    th.join(timeout=5)
    assert killed, "no soffice of a Ray worker was found to kill"
    got = _by_task(out)
    _assert_same(got, {t: r for t, r in single.items() if t in got})
    assert len(got) == n
    # a task whose soffice died only because we killed it was retried; only the single run's own errors remain
    assert _collector_errors(got) == _collector_errors({t: single[t] for t in got})


def _collector_errors(by_task: dict[str, dict]) -> set[str]:
    return {t for t, r in by_task.items() if (r["execution_result"].get("error") or {}).get("type") == "collector"}


def _count_init(marker_dir: str):
    Path(marker_dir, f"init-{os.getpid()}-{time.monotonic_ns()}").touch()
    return lambda: None


def _die_once(item: tuple[int, str]) -> tuple[int, int]:
    i, marker_dir = item
    flag = Path(marker_dir, f"died-{i}")
    if i == 3 and not flag.exists():
        flag.touch()
        os._exit(1)  # the whole worker dies, as on an OOM kill or a segfault
    return i, os.getpid()


def _bad_init(marker_dir: str):
    raise OSError("soffice not found")


def _boom(item: int) -> int:
    raise ValueError(f"bad item {item}")


def test_dead_worker_is_restarted_and_its_item_retried(local_ray, tmp_path):
    items = [(i, str(tmp_path)) for i in range(8)]
    got = list(map_unordered_ray(_die_once, items, 2, _count_init, (str(tmp_path),)))
    assert sorted(i for i, _ in got) == list(range(8))
    assert (tmp_path / "died-3").exists()
    assert len(list(tmp_path.glob("init-*"))) == 3  # two actors, one of them started again
    with pytest.raises(ValueError, match="bad item"):  # an error of the work itself is not retried
        list(map_unordered_ray(_boom, [1, 2], 2, _count_init, (str(tmp_path),)))
    with pytest.raises(RuntimeError, match="(?s)could not start.*soffice not found"):  # fails fast, no retry loop
        list(map_unordered_ray(_boom, [1, 2], 2, _bad_init, (str(tmp_path),)))


def _pid(item: int) -> int:
    return os.getpid()


def test_zero_workers_means_one_per_cluster_cpu(local_ray, tmp_path):
    pids = set(map_unordered_ray(_pid, range(6), 0, _count_init, (str(tmp_path),)))
    assert len(pids) == 2 == len(list(tmp_path.glob("init-*")))  # the local instance has 2 CPUs


def test_interrupted_collect_resumes_without_redoing(local_ray, tmp_path):
    # enough tasks that a Ctrl-C after the eighth lands mid-way even when Ray is slow to notice it
    tasks_file, n_tasks = tmp_path / "tasks.jsonl", 3 * N_TASKS
    write_jsonl(list(iter_records(n_tasks, "train", 12)), tasks_file)
    out = tmp_path / "resume"
    args = ["lamforge", "collect", str(tasks_file), "--out", str(out), "--workers", "2", "--backend", "ray"]
    # Ctrl-C must reach the CLI even when this test runs in the background, where SIGINT is inherited ignored
    boot = ("import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            f"sys.argv = {args!r}; runpy.run_module('lamforge.cli', run_name='__main__')")
    proc = subprocess.Popen([sys.executable, "-c", boot], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and _lines(out) < 8 and proc.poll() is None:
            time.sleep(0.05)
        for wait in (15, 5, 5, 5, 5, 5, 5, 5, 5, 5):  # Ctrl-C, again if the driver is still there (an impatient user)
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
    finally:
        if proc.poll() is None:
            proc.kill()
    before = {n: (out / n).read_text() for n in ("pass.jsonl", "fail.jsonl")}
    done = _lines(out)
    assert 8 <= done < n_tasks, f"the run was not interrupted mid-way ({done} tasks done)"
    assert not (out / "summary.json").exists()
    run(CollectConfig(tasks=tasks_file, out=out, workers=2, backend="ray"), progress=False)
    for name, text in before.items():
        assert (out / name).read_text().startswith(text)  # finished episodes were kept, not redone
    assert len(_by_task(out)) == n_tasks == _lines(out)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["tasks"] == n_tasks
