"""The server under careless clients: an optional API key, a bounded queue, and /health that never waits."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import httpx

from lamforge.agent.backends import ScriptedBackend
from lamforge.agent.server import create_app

REPLY = {"thought": "t", "control_label": "", "control_name": "Bold", "function": "click_input", "args": {},
         "status": "FINISH", "plan": []}
MSGS = [{"role": "user", "content": "Make it bold"}]


class SlowBackend(ScriptedBackend):
    """Thinks for ``seconds`` per reply: a long generation."""

    def __init__(self, seconds: float) -> None:
        super().__init__([REPLY], cycle=True, name="slow")
        self.seconds = seconds

    def reply(self, messages, sampling):
        time.sleep(self.seconds)
        return super().reply(messages, sampling)


@contextmanager
def serving(app) -> Iterator[str]:
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def chat(base: str, key: str | None = None, timeout: float = 30) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.post(f"{base}/v1/chat/completions", json={"messages": MSGS}, headers=headers, timeout=timeout)


def test_an_api_key_is_required_when_set(monkeypatch) -> None:
    backend = ScriptedBackend([REPLY], cycle=True)
    with serving(create_app(backend, api_key="s3cret")) as base:
        assert chat(base).status_code == 401
        r = chat(base, "wrong")
        assert r.status_code == 401 and "API key" in r.json()["error"]["message"]
        assert chat(base, "s3cret").status_code == 200
        assert httpx.get(f"{base}/v1/models", headers={"X-API-Key": "s3cret"}).status_code == 200
        assert httpx.get(f"{base}/v1/models").status_code == 401
        assert httpx.get(f"{base}/health").status_code == 200  # liveness stays open
    monkeypatch.setenv("LAMFORGE_API_KEY", "from-env")
    with serving(create_app(backend)) as base:
        assert chat(base).status_code == 401 and chat(base, "from-env").status_code == 200
    with serving(create_app(backend, api_key="")) as base:  # explicitly off
        assert chat(base).status_code == 200


def test_a_full_queue_gets_503_and_health_never_waits() -> None:
    with serving(create_app(SlowBackend(2.5), max_queue=2)) as base, ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(chat, base) for _ in range(8)]
        slowest, queued, end = 0.0, 0, time.monotonic() + 5
        while queued < 3 and time.monotonic() < end:  # one generating, two waiting (the rest turned away)
            t0 = time.monotonic()
            health = httpx.get(f"{base}/health", timeout=5)
            slowest = max(slowest, time.monotonic() - t0)
            queued = health.json()["queued"]
        assert queued == 3 and slowest < 1.0, (queued, slowest)  # a loaded 2-core machine: well under 2.5 s
        codes = sorted(f.result().status_code for f in futures)
    assert codes == [200, 200, 200, 503, 503, 503, 503, 503], codes
    busy = next(f.result() for f in futures if f.result().status_code == 503)
    assert busy.headers["retry-after"] == "1" and "busy" in busy.json()["error"]["message"]
