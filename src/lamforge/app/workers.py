"""Run items on K spawned worker processes, each owning one LibreOffice session (the rollout pool).

Collection and online evaluation both need "one WriterEnv per process, items streamed back as they
finish, every soffice shut down with its worker": this is that pool, written once. A worker's state
is built by ``init(*init_args)``, returns a closer, and lives for the whole run.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
# init(*init_args) -> close(): builds this worker's state (its WriterEnv ...) and returns how to shut it down.
WorkerInit = Callable[..., Callable[[], None]]


def _start(init: WorkerInit, init_args: tuple[Any, ...]) -> None:
    from multiprocessing import util

    util.Finalize(None, init(*init_args), exitpriority=10)  # the worker's soffice ends with the worker


def map_unordered(
    work: Callable[[T], R], items: Iterable[T], workers: int, init: WorkerInit, init_args: tuple[Any, ...] = ()
) -> Iterator[R]:
    """Yield ``work(item)`` for every item, in completion order, from ``workers`` spawned processes.

    ``init``, ``work`` and the items must be picklable (module-level functions). On an exception or an
    interrupt, queued items are cancelled and the workers shut down cleanly.
    """
    todo = list(items)
    if not todo:
        return
    with ProcessPoolExecutor(
        max(1, min(workers, len(todo))),
        mp_context=mp.get_context("spawn"),
        initializer=_start,
        initargs=(init, init_args),
    ) as pool:
        futures = [pool.submit(work, item) for item in todo]
        try:
            for fut in as_completed(futures):
                yield fut.result()
        except BaseException:
            for fut in futures:
                fut.cancel()
            raise
