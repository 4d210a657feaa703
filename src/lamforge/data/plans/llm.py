"""Ask an OpenAI-compatible endpoint for a (task, plan) JSON object, validate it, retry, cache.

Used by ``--evolve llm`` and for search queries no help page answers. Any server speaking the
OpenAI chat API works (vLLM, llama.cpp, the project's own server); the key is read from the
environment variable named in the config. Every answer is validated by the caller's function;
an invalid one is asked again up to ``llm_max_retries`` times, then dropped with its reason.
Validated answers and final rejections are appended to a cache file, so a resumed build never
asks twice; connection errors are not cached, so they are retried on resume.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lamforge.data.plans.build_config import PlansBuildConfig

# A validator looks at a parsed {"task", "plan"} answer and returns None if it is fine,
# else a short reason such as "too_many_extra_words".
Validator = Callable[[dict[str, Any]], "str | None"]

_FENCE_RE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def json_object(text: str) -> dict[str, Any] | None:
    """The JSON object in an LLM's reply (a code fence or prose around it is fine), or None.

    >>> json_object('Here: ```json\\n{"a": 1}\\n```')
    {'a': 1}
    """
    text = _FENCE_RE.sub("", text.strip())
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        data = json.loads(text[start : end + 1])
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def parse_answer(text: str) -> dict[str, Any] | None:
    """Return the ``{"task": str, "plan": [str, ...]}`` object in an answer, or None.

    >>> parse_answer('```json\\n{"task": "Bold text", "plan": ["Select it.", "Press Ctrl+B."]}\\n```')
    {'task': 'Bold text', 'plan': ['Select it.', 'Press Ctrl+B.']}
    >>> parse_answer("Sure! Here is the plan.") is None
    True
    """
    data = json_object(text)
    if data is None or not isinstance(data.get("task"), str) or not isinstance(data.get("plan"), list):
        return None
    if not all(isinstance(step, str) for step in data["plan"]):
        return None
    return {"task": data["task"], "plan": data["plan"]}


class PlanLLM:
    """A chat endpoint that returns validated (task, plan) objects, with retries and a cache."""

    def __init__(self, config: PlansBuildConfig, cache_path: Path | None = None):
        from openai import OpenAI

        self.config = config
        self.client = OpenAI(
            base_url=config.llm_base_url,
            api_key=os.environ.get(config.llm_api_key_env) or "not-set",
            timeout=config.llm_timeout,
            max_retries=0,
        )
        self.cache_path = cache_path
        self._cache: dict[str, dict[str, Any]] = {}
        if cache_path is not None and cache_path.is_file():
            for line in cache_path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                    self._cache[entry["key"]] = entry
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a line cut by an interrupted run
        self.calls = 0

    def _key(self, messages: list[dict[str, str]]) -> str:
        payload = json.dumps(
            [self.config.llm_model, self.config.llm_temperature, self.config.seed, messages], sort_keys=True
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _remember(self, entry: dict[str, Any]) -> None:
        self._cache[entry["key"]] = entry
        if self.cache_path is not None:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            with self.cache_path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
                handle.flush()

    def _ask(self, messages: list[dict[str, str]]) -> str:
        self.calls += 1
        response = self.client.chat.completions.create(
            model=self.config.llm_model or "",
            messages=messages,  # type: ignore[arg-type]
            temperature=self.config.llm_temperature,
            seed=self.config.seed,
        )
        return response.choices[0].message.content or ""

    def ask(self, messages: list[dict[str, str]], validate: Validator) -> tuple[dict[str, Any] | None, str | None]:
        """Return (valid answer, None) or (None, reason of the last failure)."""
        key = self._key(messages)
        cached = self._cache.get(key)
        if cached is not None:
            return cached.get("data"), cached.get("reason")
        reason: str | None = "no_attempt"
        request_failed = False
        for _ in range(1 + max(0, self.config.llm_max_retries)):
            try:
                text = self._ask(messages)
            except Exception as exc:  # openai raises many types; all mean "no answer this time"
                reason, request_failed = f"request_error:{type(exc).__name__}", True
                continue
            request_failed = False
            data = parse_answer(text)
            reason = "invalid_json" if data is None else validate(data)
            if reason is None:
                self._remember({"key": key, "data": data, "reason": None})
                return data, None
        if not request_failed:
            self._remember({"key": key, "data": None, "reason": reason})
        return None, reason
