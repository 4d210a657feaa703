"""The one interface every model backend implements, and what a generation returns.

The agent loop, the server and the evaluation only ever call ``generate``; whether the text comes
from a local checkpoint, an HTTP endpoint, a random baseline or a replayed script is invisible to
them. Timing and token counts travel with the text so step logs can split model time from app time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from lamforge.prompting.format import DEFAULT_TOP_K

Message = Mapping[str, str]
DEFAULT_MAX_TOKENS = 256


class BackendError(RuntimeError):
    """The backend could not produce a reply (server down, model missing, script exhausted)."""


class ContextTooLong(BackendError):
    """The prompt does not fit the model's context window."""


@dataclass(frozen=True)
class Generation:
    """One reply: its text, how long the model took, and the token counts behind it.

    Attributes:
        text: the assistant's reply, stop sequences and end-of-turn tokens removed.
        model_ms: wall time of the generation (for a batch: the batch's wall time).
        prompt_tokens: tokens the model read (an estimate for backends without a tokenizer).
        completion_tokens: tokens the model wrote.
        finish_reason: ``stop`` (end of turn or a stop string) or ``length`` (hit ``max_tokens``).
        model: the name of the model that answered.

    """

    text: str
    model_ms: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str = "stop"
    model: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Generation:
        """Inverse of :meth:`to_dict`."""
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})


@dataclass(frozen=True)
class PromptSettings:
    """How prompts must be rendered for a model so runtime matches its training.

    Attributes:
        style: ``compact`` (one-line system prompt, ``label|type|text`` rows) or ``full``.
        top_k: how many controls the prompt shows.

    """

    style: str = "compact"
    top_k: int = DEFAULT_TOP_K

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


@dataclass(frozen=True)
class Sampling:
    """How to write a reply.

    At most ``max_tokens`` tokens, greedy at ``temperature`` 0, cut before a ``stop`` string; ``top_p`` and
    ``seed`` for backends that sample (the others ignore them).
    """

    max_tokens: int = DEFAULT_MAX_TOKENS
    temperature: float = 0.0
    stop: Sequence[str] | None = None
    top_p: float = 1.0
    seed: int | None = None


class Backend:
    """Anything that turns chat messages into one assistant reply.

    Everything else calls :meth:`generate`; a backend subclasses this class and writes :meth:`reply`.
    Backends may also carry a ``prompt_settings`` attribute (:class:`PromptSettings`) saying how their
    model was trained to read prompts, a ``task_memory`` (the hints it was trained with) and a ``name``;
    none is required.
    """

    name = ""

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        temperature: float = 0.0,
        stop: Sequence[str] | None = None,
        top_p: float = 1.0,
        seed: int | None = None,
    ) -> Generation:
        """Reply to ``messages`` (system + user ...) with at most ``max_tokens`` tokens (see :class:`Sampling`).

        A backend whose :meth:`reply` gives plain text gets it timed and its tokens estimated here.
        """
        t0 = time.perf_counter()
        out = self.reply(messages, Sampling(max_tokens, temperature, stop, top_p, seed))
        if isinstance(out, Generation):
            return out
        ms = (time.perf_counter() - t0) * 1000
        return Generation(out, ms, messages_tokens(messages), approx_tokens(out), "stop", self.name)

    def reply(self, messages: Sequence[Message], sampling: Sampling) -> Generation | str:
        """The reply to ``messages``: a full :class:`Generation`, or its text alone."""
        raise NotImplementedError


def task_memory_of(backend: object) -> Any:
    """The backend's task memory (:class:`lamforge.guidance.task_memory.TaskMemory`), or None when it has none."""
    return getattr(backend, "task_memory", None)


def prompt_settings_of(backend: object) -> PromptSettings:
    """The backend's prompt settings, or the defaults (compact, top 15)."""
    ps = getattr(backend, "prompt_settings", None)
    return ps if isinstance(ps, PromptSettings) else PromptSettings()


def approx_tokens(text: str) -> int:
    """A tokenizer-free token estimate (about four characters per token), for scripted and random backends.

    >>> approx_tokens(""), approx_tokens("abcdefgh")
    (0, 2)
    """
    return (len(text) + 3) // 4


def messages_tokens(messages: Sequence[Message]) -> int:
    """Estimated prompt tokens of a chat."""
    return sum(approx_tokens(str(m.get("content", ""))) + 4 for m in messages)


def cut_at_stop(text: str, stop: Sequence[str] | None) -> tuple[str, bool]:
    """Cut ``text`` before the first stop string; report whether one was found.

    >>> cut_at_stop('{"a": 1}\\nObservation:', ["Observation:"])
    ('{"a": 1}\\n', True)
    """
    if not stop:
        return text, False
    hits = [i for i in (text.find(s) for s in stop if s) if i >= 0]
    if not hits:
        return text, False
    return text[: min(hits)], True


def as_text(output: object) -> str:
    """A scripted output (text, dict or object with ``to_json``) as the raw text a model would write."""
    if isinstance(output, str):
        return output
    to_json = getattr(output, "to_json", None)
    if callable(to_json):
        return str(to_json())
    return json.dumps(output, ensure_ascii=False)
