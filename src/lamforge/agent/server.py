"""An OpenAI-compatible endpoint for any backend: ``POST /v1/chat/completions`` and ``GET /v1/models``.

``lamforge serve CHECKPOINT`` runs :func:`create_app` under uvicorn, so UFO (custom endpoint), our own
HTTP backend or any OpenAI client can drive a trained LAM. Requests are bounded (body size, messages,
tokens) and bad ones get a clear 4xx in OpenAI's error shape: 413 too large, 400 not JSON or
unsupported, 422 wrong shape, 404 unknown model, 401 without the API key when one is set. The model card
also publishes the prompt settings the checkpoint was trained with, which
:class:`~lamforge.agent.backends.openai_backend.OpenAIBackend` reads.

Generation runs on one worker thread of its own, fed by a bounded queue: a request beyond
``max_queue`` waiting ones gets 503 at once (with ``Retry-After``) instead of piling up, and ``/health``
answers on the event loop without waiting for any generation.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import hmac
import os
import threading
import time
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from lamforge.agent.backends.base import (
    DEFAULT_MAX_TOKENS,
    BackendError,
    ContextTooLong,
    prompt_settings_of,
    task_memory_of,
)
from lamforge.prompting.format import hint_of

MAX_BODY_BYTES = 1_000_000
MAX_MESSAGES = 64
MAX_CONTENT_CHARS = 200_000
MAX_TOKENS_LIMIT = 4096
MAX_QUEUE = 16  # requests waiting for the model (besides the one generating) before new ones get 503
API_KEY_ENV = "LAMFORGE_API_KEY"


class ContentPart(BaseModel):
    """One part of a multi-part message; only text parts are served."""

    model_config = ConfigDict(extra="ignore")
    type: str
    text: str | None = Field(None, max_length=MAX_CONTENT_CHARS)


class ChatMessage(BaseModel):
    """One chat message as clients send it (a string or a list of text parts)."""

    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "user", "assistant"]
    content: Annotated[str, Field(max_length=MAX_CONTENT_CHARS)] | Annotated[list[ContentPart], Field(max_length=64)]

    def text(self) -> str:
        """The message's text; non-text parts are rejected with 400."""
        if isinstance(self.content, str):
            return self.content
        kinds = {p.type for p in self.content if p.type != "text"}
        if kinds:
            raise HTTPException(400, f"only text content is supported, got {', '.join(sorted(kinds))}")
        return "".join(p.text or "" for p in self.content)


class ChatRequest(BaseModel):
    """The subset of OpenAI's chat-completions request that a local LAM serves."""

    model_config = ConfigDict(extra="ignore")
    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    max_tokens: int | None = Field(None, ge=1, le=MAX_TOKENS_LIMIT)
    max_completion_tokens: int | None = Field(None, ge=1, le=MAX_TOKENS_LIMIT)
    temperature: float | None = Field(0.0, ge=0.0, le=2.0)
    stop: str | Annotated[list[str], Field(max_length=4)] | None = None
    n: int = Field(1, ge=1, le=1)
    stream: bool = False


class ResponseMessage(BaseModel):
    """The assistant's reply."""

    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    """The one choice of a reply."""

    index: int = 0
    message: ResponseMessage
    finish_reason: str
    logprobs: None = None


class Usage(BaseModel):
    """Token counts, as OpenAI reports them."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatResponse(BaseModel):
    """OpenAI's ``chat.completion`` object."""

    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage


class ModelCard(BaseModel):
    """One served model; ``lamforge`` holds the prompt settings it was trained with."""

    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "lamforge"
    lamforge: dict[str, Any] = Field(default_factory=dict)


class ModelList(BaseModel):
    """The ``/v1/models`` answer."""

    object: Literal["list"] = "list"
    data: list[ModelCard]


router = APIRouter()


@router.get("/v1/models", response_model=ModelList)
def list_models(request: Request) -> ModelList:
    """The one served model, with its prompt settings."""
    st = request.app.state
    return ModelList(data=[ModelCard(id=st.model_name, created=st.created, lamforge=st.prompt_settings)])


@router.get("/health")
async def health(request: Request) -> dict[str, Any]:
    """Liveness probe: answered on the event loop, never behind a generation; says how many requests wait."""
    return {"status": "ok", "queued": request.app.state.gate.pending}


class Gate:
    """One generation at a time on a thread of its own, with at most ``max_queue`` requests waiting."""

    def __init__(self, max_queue: int) -> None:
        self.max_queue = max_queue
        self.pending = 0  # waiting + running; changed on the event loop only
        self.pool = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="generate")

    async def run(self, fn: Any) -> Any:
        """Run ``fn()`` on the generation thread, or raise 503 when the queue is full."""
        if self.pending > self.max_queue:
            raise HTTPException(503, f"the server is busy: {self.pending} requests are waiting; retry shortly")
        self.pending += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, fn)
        finally:
            self.pending -= 1


@router.post("/v1/chat/completions", response_model=ChatResponse)
async def chat_completions(body: ChatRequest, request: Request) -> ChatResponse:
    """Generate one reply; the backend runs one request at a time, off the event loop."""
    st = request.app.state
    if body.stream:
        raise HTTPException(400, "streaming is not supported; send stream=false")
    if body.model and body.model != st.model_name:
        raise HTTPException(404, f"model {body.model!r} not found; this server serves {st.model_name!r}")
    messages = [{"role": m.role, "content": m.text()} for m in body.messages]
    stop = [body.stop] if isinstance(body.stop, str) else body.stop
    max_tokens = body.max_completion_tokens or body.max_tokens or DEFAULT_MAX_TOKENS

    def generate() -> Any:  # on the generation thread: the hint lookup too may take a while
        prompt = messages
        memory = task_memory_of(st.backend)
        if memory is not None and memory.in_prompt and not hint_of(prompt):  # a client without the memory
            prompt = memory.hint_prompts([prompt])[0]
        with st.lock:
            return st.backend.generate(prompt, max_tokens=max_tokens, temperature=body.temperature or 0.0,
                                       stop=stop)

    try:
        gen = await st.gate.run(generate)
    except ContextTooLong as exc:
        raise HTTPException(400, str(exc)) from exc
    except BackendError as exc:
        raise HTTPException(503, f"the model failed: {exc}") from exc
    usage = Usage(prompt_tokens=gen.prompt_tokens, completion_tokens=gen.completion_tokens,
                  total_tokens=gen.prompt_tokens + gen.completion_tokens)
    return ChatResponse(
        id=f"chatcmpl-{uuid.uuid4().hex[:24]}",
        created=int(time.time()),
        model=st.model_name,
        choices=[Choice(message=ResponseMessage(content=gen.text), finish_reason=gen.finish_reason)],
        usage=usage,
    )


def _error(status: int, message: str, kind: str, details: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"error": {"message": message, "type": kind, "code": status}}
    if details is not None:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    kind = "invalid_request_error" if exc.status_code < 500 else "server_error"
    response = _error(exc.status_code, str(exc.detail), kind)
    if exc.status_code == 503:
        response.headers["Retry-After"] = "1"
    return response


class ApiKey:
    """ASGI middleware: every route but ``/health`` needs ``Authorization: Bearer KEY`` (or ``X-API-Key``)."""

    def __init__(self, app: Any, key: str) -> None:
        self.app = app
        self.key = key.encode()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        """Refuse a missing or wrong key with 401 in OpenAI's error shape."""
        if scope.get("type") != "http" or scope.get("path") == "/health":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-api-key", b"")
        auth = headers.get(b"authorization", b"")
        if auth[:7].lower() == b"bearer ":
            given = auth[7:].strip()
        if not hmac.compare_digest(given, self.key):
            response = _error(401, "a valid API key is required (Authorization: Bearer KEY)", "invalid_request_error")
            response.headers["WWW-Authenticate"] = "Bearer"
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return _error(400, "the request body is not valid JSON", "invalid_request_error")
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    msg = f"invalid request: {where or 'body'}: {first.get('msg', 'bad value')}"
    details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in errors]
    return _error(422, msg, "invalid_request_error", details)


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413, declared or streamed."""

    def __init__(self, app: Any, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        """Check ``Content-Length`` up front, then count the bytes actually received."""
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        too_large = f"request body larger than {self.max_bytes} bytes"
        if declared.isdigit() and int(declared) > self.max_bytes:
            await _error(413, too_large, "invalid_request_error")(scope, receive, send)
            return
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise HTTPException(413, too_large)
            return message

        await self.app(scope, limited, send)


def create_app(backend: Any, *, model_name: str | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               api_key: str | None = None, max_queue: int = MAX_QUEUE) -> FastAPI:
    """The FastAPI app serving ``backend``.

    Args:
        backend: anything with ``generate`` (see :class:`~lamforge.agent.backends.base.Backend`).
        model_name: the name clients use (default: the backend's ``name``).
        max_body_bytes: the largest request body accepted.
        api_key: required from clients when set (default ``$LAMFORGE_API_KEY``; '' turns it off).
        max_queue: requests that may wait for the model; more get 503.

    """
    app = FastAPI(title="lamforge", description="OpenAI-compatible endpoint of a lamforge LAM", version="1")
    app.state.backend = backend
    app.state.model_name = model_name or str(getattr(backend, "name", "lamforge"))
    ps = prompt_settings_of(backend)
    app.state.prompt_settings = {"prompt_style": ps.style, "top_k": ps.top_k}  # lamforge_meta.json's keys
    app.state.lock = threading.Lock()
    app.state.gate = Gate(max_queue)
    app.state.created = int(time.time())
    app.include_router(router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    key = os.environ.get(API_KEY_ENV, "") if api_key is None else api_key
    if key:
        app.add_middleware(ApiKey, key=key)
    return app
