"""Pick the engine that runs rollouts: a local process pool or Ray (local or a cluster).

Collection, online evaluation and exploration all say "run ``work`` over these items on K workers
that each own a LibreOffice session"; this is the one place that turns ``--backend`` and
``--ray-address`` into a pool, so every command gets the same options with the same meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from lamforge.app.workers import WorkerInit, map_unordered

T = TypeVar("T")
R = TypeVar("R")

BACKENDS = ("process", "ray")
BACKEND_HELP = "Rollout engine: process (local process pool) or ray (local Ray, or the cluster of --ray-address)."
RAY_ADDRESS_HELP = (
    "Run rollouts on this Ray cluster (auto, HOST:6379 or ray://HOST:10001); implies --backend ray. "
    "Every node needs lamforge and LibreOffice installed."
)


def resolve_backend(backend: str | None, ray_address: str | None) -> str:
    """The backend to use: ``ray`` when an address is given, else ``backend`` (default ``process``).

    >>> resolve_backend(None, None), resolve_backend(None, "auto"), resolve_backend("ray", None)
    ('process', 'ray', 'ray')
    """
    name = (backend or ("ray" if ray_address else "process")).lower()
    if name not in BACKENDS:
        raise ValueError(f"unknown rollout backend {backend!r}: choose one of {', '.join(BACKENDS)}")
    if ray_address and name != "ray":
        raise ValueError("--ray-address needs the ray backend (drop --backend process)")
    if name == "ray":
        from lamforge.app.ray_workers import import_ray

        import_ray()  # fail now, with the install hint, rather than after the tasks were read
    return name


def rollout_map(
    work: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    init: WorkerInit,
    init_args: tuple[Any, ...] = (),
    *,
    backend: str | None = None,
    ray_address: str | None = None,
) -> Iterator[R]:
    """Yield ``work(item)`` for every item, in completion order, on the chosen engine.

    ``process`` with one worker runs in this process (easiest to debug); ``process`` with more
    spawns ``workers`` processes; ``ray`` runs ``workers`` actors (``0`` = one per cluster CPU).
    """
    name = resolve_backend(backend, ray_address)
    if name == "ray":
        from lamforge.app.ray_workers import map_unordered_ray

        yield from map_unordered_ray(work, items, workers, init, init_args, address=ray_address)
    elif workers <= 1:
        close = init(*init_args)
        try:
            for item in items:
                yield work(item)
        finally:
            close()
    else:
        yield from map_unordered(work, items, workers, init, init_args)
