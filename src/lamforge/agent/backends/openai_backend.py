"""Any OpenAI-compatible chat endpoint: ``lamforge serve``, vLLM, Ollama, hosted APIs.

Base URL, model and key come from the arguments or from ``OPENAI_BASE_URL``, ``LAMFORGE_MODEL`` and
``OPENAI_API_KEY`` (local servers need no key). The ``openai`` client brings timeouts and retries with
back-off; its import waits until the backend is built, so the CLI stays fast. When the endpoint is a
``lamforge serve`` process, its ``/v1/models`` card also says how the model reads prompts.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from functools import cached_property
from typing import Any

from lamforge.agent.backends.base import (
    Backend,
    BackendError,
    Generation,
    Message,
    PromptSettings,
    Sampling,
    approx_tokens,
    messages_tokens,
)
from lamforge.agent.backends.checkpoint_meta import settings_from_meta

_HINT = "the OpenAI-compatible backend needs the openai client: pip install -e '.[endpoint]' (or pip install openai)"


class OpenAIBackend(Backend):
    """Chat completions over HTTP.

    Args:
        base_url: e.g. ``http://127.0.0.1:8000/v1`` (default: ``$OPENAI_BASE_URL``).
        model: the model name (default: ``$LAMFORGE_MODEL``, else the endpoint's first model).
        api_key: default ``$OPENAI_API_KEY``, else a placeholder local servers accept.
        timeout: seconds per request.
        max_retries: retries on connection errors, 429 and 5xx (with back-off).

    """

    def __init__(
        self,
        base_url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 60.0,
        max_retries: int = 2,
    ) -> None:
        try:
            import openai
        except ImportError as exc:  # pragma: no cover - the endpoint extra is installed for the tests
            raise BackendError(_HINT) from exc
        self._openai = openai
        self.base_url = base_url or os.environ.get("OPENAI_BASE_URL") or ""
        if not self.base_url:
            raise BackendError("no endpoint: pass http://HOST:PORT/v1#MODEL or set OPENAI_BASE_URL")
        self._model = model or os.environ.get("LAMFORGE_MODEL") or None
        key = api_key or os.environ.get("OPENAI_API_KEY") or "not-needed"
        self.client = openai.OpenAI(base_url=self.base_url, api_key=key, timeout=timeout, max_retries=max_retries)

    @property
    def name(self) -> str:
        """The model name requests are sent for."""
        return self.model

    @cached_property
    def _cards(self) -> list[Any]:
        try:
            return list(self.client.models.list())
        except self._openai.OpenAIError as exc:
            raise BackendError(f"cannot list models at {self.base_url}: {exc}") from exc

    @property
    def model(self) -> str:
        """The model name, asked of the endpoint when none was given."""
        if self._model is None:
            if not self._cards:
                raise BackendError(f"the endpoint {self.base_url} lists no models; give one as URL#MODEL")
            self._model = str(self._cards[0].id)
        return self._model

    @cached_property
    def prompt_settings(self) -> PromptSettings:
        """Prompt settings from the endpoint's model card (``lamforge serve`` publishes them), else defaults."""
        try:
            cards, model = self._cards, self.model
        except BackendError:
            return PromptSettings()
        for card in cards:
            if str(card.id) == model:
                extra = getattr(card, "model_extra", None) or {}
                meta = extra.get("lamforge")
                if isinstance(meta, dict):
                    return settings_from_meta(meta)
        return PromptSettings()

    def reply(self, messages: Sequence[Message], sampling: Sampling) -> Generation:
        """One chat completion; network and API errors become :class:`BackendError`."""
        t0 = time.perf_counter()
        optional = {"top_p": sampling.top_p} if sampling.top_p != 1.0 else {}
        if sampling.seed is not None:
            optional["seed"] = sampling.seed
        try:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=[{"role": m["role"], "content": m["content"]} for m in messages],  # type: ignore[misc]
                max_tokens=sampling.max_tokens,
                temperature=sampling.temperature,
                stop=list(sampling.stop) if sampling.stop else None,
                **optional,
            )
        except self._openai.OpenAIError as exc:
            raise BackendError(f"{self.base_url}: {type(exc).__name__}: {exc}") from exc
        ms = (time.perf_counter() - t0) * 1000
        if not resp.choices:
            raise BackendError(f"{self.base_url} returned no choices")
        choice = resp.choices[0]
        text = choice.message.content or ""
        usage = resp.usage
        prompt = usage.prompt_tokens if usage else messages_tokens(messages)
        completion = usage.completion_tokens if usage else approx_tokens(text)
        return Generation(text, ms, int(prompt), int(completion), choice.finish_reason or "stop", resp.model or "")
