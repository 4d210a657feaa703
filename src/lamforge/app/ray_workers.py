"""The rollout pool on Ray: K actors, each owning one LibreOffice session, on this machine or a cluster.

Same contract as :func:`lamforge.app.workers.map_unordered` (``work``, ``items``, ``workers``,
``init``, ``init_args``), so collection and online evaluation switch engines by a flag, not by code.
Why Ray: it attaches to an existing cluster (``ray_address``) and restarts a dead worker for us;
a worker process that dies (OOM, a segfault in the UNO bridge, a killed node) is restarted by Ray,
which re-runs ``init`` (a fresh soffice), and the item it was running is sent again. Results stream
back in completion order through ``ray.wait``.

Ray is an optional extra (``pip install -e .[ray]``) and is imported only when this pool is used.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from lamforge.app.workers import WorkerInit

T = TypeVar("T")
R = TypeVar("R")

# How often one item may be re-sent after the actor running it died (Ray restarts a dead actor every time,
# so a long run survives many lost workers; an item that keeps killing its worker stops the run).
DEFAULT_RETRIES = 2
_CLOSE_TIMEOUT_S = 30.0


class RayUnavailable(RuntimeError):
    """The Ray backend was asked for but Ray is not installed."""


def import_ray() -> Any:
    """Import ray, or fail with the command that installs it."""
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(
            "the ray backend needs Ray: pip install -e '.[ray]' -c constraints.txt (the ray extra)"
        ) from exc
    return ray


class _Rollout:
    """One pool worker: builds its state once with ``init`` and runs ``work`` on items, one at a time."""

    def __init__(self, work: Callable[[Any], Any], init: WorkerInit, init_args: tuple[Any, ...]) -> None:
        self._work = work
        self._close = init(*init_args)

    def run(self, item: Any) -> Any:
        """Run one item."""
        return self._work(item)

    def pid(self) -> int:
        """The process id of this worker (tests and diagnostics)."""
        return os.getpid()

    def close(self) -> None:
        """Shut this worker's state down (its soffice) before the actor is killed."""
        close, self._close = self._close, None
        if close is not None:
            close()


def start_ray(workers: int, address: str | None) -> bool:
    """Connect to ``address`` or start a local Ray with ``workers`` CPUs (0: all); True when this call started it."""
    ray = import_ray()
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, logging_level=logging.WARNING)
    else:
        ray.init(num_cpus=workers if workers > 0 else os.cpu_count() or 1, include_dashboard=False,
                 logging_level=logging.WARNING)
    return True


def cluster_workers() -> int:
    """One worker per CPU slot of the Ray instance this process is connected to."""
    ray = import_ray()
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def map_unordered_ray(
    work: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    init: WorkerInit,
    init_args: tuple[Any, ...] = (),
    *,
    address: str | None = None,
    retries: int = DEFAULT_RETRIES,
) -> Iterator[R]:
    """Yield ``work(item)`` for every item, in completion order, from ``workers`` Ray actors.

    Args:
        work: runs one item inside an actor (a module-level function: it travels by reference).
        items: the work; each item is sent to the next free actor.
        workers: number of actors (one CPU each); ``0`` = one per CPU of the cluster.
        init: builds an actor's state (its WriterEnv) and returns how to close it; re-run on restart.
        init_args: arguments of ``init``.
        address: an existing Ray cluster (``"auto"``, ``"HOST:6379"``, ``"ray://HOST:10001"``);
            ``None`` starts a local Ray instance with ``workers`` CPUs (or reuses one already started).
        retries: how many times an item is re-sent after its actor died. An exception raised by
            ``work`` itself is re-raised, not retried; one raised by ``init`` stops the run at once.

    Raises:
        RayUnavailable: Ray is not installed.
        RuntimeError: ``init`` failed in a worker, or an item's worker died more than ``retries`` times.

    """
    todo = list(items)
    if not todo:
        return
    ray = import_ray()
    from ray.exceptions import RayActorError

    started = start_ray(workers, address)
    actors: list[Any] = []
    try:
        n = max(1, min(workers if workers > 0 else cluster_workers(), len(todo)))
        remote = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=0)(_Rollout)
        actors = [remote.remote(work, init, init_args) for _ in range(n)]
        pending = list(reversed(range(len(todo))))  # item indexes; pop() takes the next in order
        attempts = [0] * len(todo)
        running: dict[Any, tuple[int, int]] = {}  # object ref -> (actor index, item index)

        def send(a: int, i: int) -> None:
            running[actors[a].run.remote(todo[i])] = (a, i)

        for a in range(n):
            if pending:
                send(a, pending.pop())
        while running:
            ready, _ = ray.wait(list(running), num_returns=1)
            a, i = running.pop(ready[0])
            try:
                result = ray.get(ready[0])
            except RayActorError as exc:
                if exc.actor_init_failed:  # init raised (no soffice ...): every retry would fail the same way
                    raise RuntimeError(f"a Ray worker could not start: {exc}") from exc
                attempts[i] += 1
                if attempts[i] > retries:
                    raise RuntimeError(f"item {i}: its Ray worker died {attempts[i]} times: {exc}") from exc
                send(a, i)  # Ray restarts the actor (init runs again); the call waits for it
                continue
            if pending:
                send(a, pending.pop())
            yield result
    finally:
        _shutdown(ray, actors, started)


def _shutdown(ray: Any, actors: list[Any], started: bool) -> None:
    """Close every actor's soffice, kill the actors, and stop Ray if this pool started it."""
    closing = [a.close.remote() for a in actors]
    if closing:
        ray.wait(closing, num_returns=len(closing), timeout=_CLOSE_TIMEOUT_S)
    for a in actors:
        try:
            ray.kill(a, no_restart=True)
        except Exception:  # already gone
            pass
    if started:
        ray.shutdown()
