"""The OpenAI-compatible server on a real 127.0.0.1 socket: shapes, limits and clear 4xx errors."""

from __future__ import annotations

import json

import httpx
import pytest
from agent_helpers import serving

from lamforge.agent.backends import ScriptedBackend
from lamforge.agent.server import create_app
from lamforge.prompting.format import DEFAULT_TOP_K

REPLY = '{"function": "click_input", "control_name": "Bold", "status": "FINISH"}'
MSGS = [{"role": "system", "content": "sys"}, {"role": "user", "content": "Make it bold"}]


@pytest.fixture(scope="module")
def url():
    backend = ScriptedBackend([REPLY], cycle=True, name="lam-test")
    with serving(create_app(backend, max_body_bytes=20_000)) as base:
        yield base


def post(url: str, body, **kw) -> httpx.Response:
    return httpx.post(f"{url}/chat/completions", json=body, timeout=10, **kw)


def test_models_lists_the_served_model_with_prompt_settings(url: str) -> None:
    r = httpx.get(f"{url}/models", timeout=10)
    assert r.status_code == 200
    body = r.json()
    assert body["object"] == "list" and body["data"][0]["id"] == "lam-test"
    assert body["data"][0]["lamforge"] == {"prompt_style": "compact", "top_k": DEFAULT_TOP_K}


def test_chat_completion_has_openai_shape_and_usage(url: str) -> None:
    r = post(url, {"model": "lam-test", "messages": MSGS, "max_tokens": 50, "stop": "FINISH"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["object"] == "chat.completion" and body["id"].startswith("chatcmpl-")
    choice = body["choices"][0]
    assert choice["message"] == {"role": "assistant", "content": REPLY[: REPLY.index("FINISH")]}
    assert choice["finish_reason"] == "stop"
    u = body["usage"]
    assert u["prompt_tokens"] > 0 and u["total_tokens"] == u["prompt_tokens"] + u["completion_tokens"]


def test_text_parts_are_accepted_and_images_refused(url: str) -> None:
    parts = [{"type": "text", "text": "Make "}, {"type": "text", "text": "it bold"}]
    assert post(url, {"messages": [{"role": "user", "content": parts}]}).status_code == 200
    img = [{"type": "image_url", "image_url": {"url": "data:,"}}]
    r = post(url, {"messages": [{"role": "user", "content": img}]})
    assert r.status_code == 400 and "only text" in r.json()["error"]["message"]


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        ({"messages": []}, 422, "messages"),
        ({}, 422, "messages"),
        ({"messages": [{"role": "robot", "content": "x"}]}, 422, "role"),
        ({"messages": MSGS, "temperature": 5}, 422, "temperature"),
        ({"messages": MSGS, "max_tokens": 0}, 422, "max_tokens"),
        ({"messages": MSGS, "n": 3}, 422, "n"),
        ({"messages": MSGS, "stream": True}, 400, "streaming"),
        ({"messages": MSGS, "model": "gpt-9"}, 404, "not found"),
        ([1, 2], 422, "body"),
    ],
)
def test_bad_requests_get_clear_4xx(url: str, body, status: int, needle: str) -> None:
    r = post(url, body)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert needle in err["message"] and err["type"] == "invalid_request_error"


def test_bad_json_is_400(url: str) -> None:
    r = httpx.post(f"{url}/chat/completions", content=b'{"messages": [', timeout=10,
                   headers={"content-type": "application/json"})
    assert r.status_code == 400 and "not valid JSON" in r.json()["error"]["message"]


def test_oversized_bodies_are_413_declared_or_streamed(url: str) -> None:
    big = {"messages": [{"role": "user", "content": "x" * 30_000}]}
    r = post(url, big)
    assert r.status_code == 413 and "larger than 20000" in r.json()["error"]["message"]
    data = json.dumps(big).encode()

    def chunks():  # no Content-Length: the server must count what arrives
        for i in range(0, len(data), 4096):
            yield data[i : i + 4096]

    r = httpx.post(f"{url}/chat/completions", content=chunks(), timeout=10,
                   headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_unknown_route_is_404_in_error_shape(url: str) -> None:
    r = httpx.get(f"{url}/nothing", timeout=10)
    assert r.status_code == 404 and r.json()["error"]["code"] == 404


def test_context_too_long_is_400_and_backend_failure_503(tiny_backend) -> None:
    exhausted = ScriptedBackend([], name="empty")
    with serving(create_app(tiny_backend, model_name="tiny")) as base:
        r = post(base, {"messages": [{"role": "user", "content": "Quarterly Report " * 3000}]})
        assert r.status_code == 400 and "context" in r.json()["error"]["message"]
    with serving(create_app(exhausted)) as base:
        r = post(base, {"messages": MSGS})
        assert r.status_code == 503 and "exhausted" in r.json()["error"]["message"]


def test_a_served_checkpoint_adds_its_task_memory_hint_to_step_prompts() -> None:
    from lamforge.guidance.task_memory import KnownTask, TaskMemory
    from lamforge.prompting.format import build_step_messages, hint_of

    backend = ScriptedBackend([REPLY], cycle=True, name="lam-test")
    backend.task_memory = TaskMemory([KnownTask("t1", "bold", 'make "…" bold', 'select_text; click_input "Bold"')],
                                     matcher="tfidf", in_prompt=True)
    step = build_step_messages("Make 'Total' bold", [])
    with serving(create_app(backend)) as base:
        assert post(base, {"messages": step}).status_code == 200
        assert post(base, {"messages": MSGS}).status_code == 200  # not a step prompt: left as sent
    assert hint_of(backend.calls[0]) == 'select_text; click_input "Bold"'
    assert backend.calls[1] == MSGS
