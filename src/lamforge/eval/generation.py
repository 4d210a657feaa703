"""Greedy replies to many prompts, batched where the backend can (``generate_batch``), for the offline evals.

For batching backends prompts are grouped by length so a batch pads little; others get them in
order. A prompt the model cannot take (too long for its context) or a failed call becomes an empty
reply with ``finish_reason='error'``: it is scored as wrong, not dropped, so every test item counts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from lamforge.agent.backends.base import BackendError, Generation, Message

Chat = Sequence[Message]


def _length(chat: Chat) -> int:
    return sum(len(str(m.get("content", ""))) for m in chat)


def _one(backend: Any, chat: Chat, max_tokens: int) -> Generation:
    try:
        return backend.generate(chat, max_tokens=max_tokens, temperature=0.0)
    except BackendError as exc:
        return Generation("", 0.0, finish_reason="error", model=f"error: {exc}"[:200])


def generate_many(
    backend: Any, chats: Sequence[Chat], *, max_tokens: int, batch_size: int
) -> Iterator[list[tuple[int, Generation]]]:
    """Yield ``(index into chats, generation)`` lists, one per batch, as soon as each batch is done.

    Backends without ``generate_batch`` answer the prompts of a batch one after another.

    A batch's ``model_ms`` is split evenly over its items, so per-item latency stays comparable with
    unbatched backends.
    """
    batched = callable(getattr(backend, "generate_batch", None)) and batch_size > 1
    order = sorted(range(len(chats)), key=lambda i: _length(chats[i])) if batched else list(range(len(chats)))
    step = max(1, batch_size)
    for start in range(0, len(order), step):
        idx = order[start : start + step]
        if not batched:
            yield [(i, _one(backend, chats[i], max_tokens)) for i in idx]
            continue
        try:
            gens = backend.generate_batch([chats[i] for i in idx], max_tokens=max_tokens, temperature=0.0)
        except BackendError:  # one prompt too long spoils the batch: fall back to one at a time
            yield [(i, _one(backend, chats[i], max_tokens)) for i in idx]
            continue
        share = [Generation(g.text, g.model_ms / len(idx), g.prompt_tokens, g.completion_tokens, g.finish_reason,
                            g.model) for g in gens]
        yield list(zip(idx, share, strict=True))
