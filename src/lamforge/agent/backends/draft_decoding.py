"""Greedy decoding that verifies guessed tokens in one forward pass: same reply, fewer model calls.

A LAM's replies repeat themselves: every reply has the same JSON keys, most name a control from the
prompt and copy a quoted text of the request. On a small model on CPU each generated token costs one
forward call dominated by fixed overhead, so guessing several tokens and checking them together
pays. :class:`NgramDrafter` guesses what follows the reply's last tokens from the backend's recent
replies and the prompt (prompt-lookup decoding over a wider memory); :func:`greedy_with_drafts`
feeds the guess after the next token, keeps the longest prefix that greedy decoding (logits
processors included) would have chosen itself, and drops the rest of the KV cache. The reply is
the greedy reply: a wrong guess only costs its share of one forward call. Where the copy guard
leaves only one way to go on (the rest of a quoted text), those tokens are written at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

DEFAULT_DRAFT_TOKENS = 10  # tokens guessed per forward call
_NGRAM = 3  # longest reply suffix looked up (then shorter ones)


class NgramDrafter:
    """Guess the next tokens of a reply from what followed the same tokens before.

    Args:
        max_replies: how many recent replies are remembered.
        draft_tokens: the longest guess.

    >>> d = NgramDrafter(draft_tokens=3)
    >>> d.add([1, 2, 3, 4, 5, 6])
    >>> d.propose([1, 2])            # after "1 2" came "3 4 5"
    [3, 4, 5]
    >>> d.propose([])                # an empty reply starts like the last one
    [1, 2, 3]
    >>> d.propose([9], context=[7, 9, 8])  # not in a reply: the prompt is searched too
    [8]

    """

    def __init__(self, max_replies: int = 64, draft_tokens: int = DEFAULT_DRAFT_TOKENS) -> None:
        self.replies: deque[list[int]] = deque(maxlen=max_replies)
        self.draft_tokens = draft_tokens

    def add(self, reply: Sequence[int]) -> None:
        """Remember a finished reply's token ids."""
        if reply:
            self.replies.appendleft(list(reply))

    def propose(self, reply: Sequence[int], context: Sequence[int] = ()) -> list[int]:
        """Tokens that may follow ``reply``.

        How a known reply with the same start went on; else the latest continuation of its longest known suffix.
        """
        k = self.draft_tokens
        if not reply:
            return self.replies[0][:k] if self.replies else []
        n_done = len(reply)
        for src in self.replies:  # a reply that starts like one seen before goes on like it (repeats are common)
            if len(src) > n_done and src[:n_done] == list(reply):
                return src[n_done:n_done + k]
        sources = [*self.replies, list(reply[:-1]), list(context)]
        for n in range(min(_NGRAM, len(reply)), 0, -1):
            tail = list(reply[-n:])
            for src in sources:
                at = _find_last(src, tail)
                if at >= 0 and at + n < len(src):
                    return src[at + n: at + n + k]
        return []


def _find_last(seq: list[int], sub: list[int]) -> int:
    """Start of the last occurrence of ``sub`` in ``seq`` (-1 when absent)."""
    n = len(sub)
    first = sub[0]
    for i in range(len(seq) - n, -1, -1):
        if seq[i] == first and seq[i:i + n] == sub:
            return i
    return -1


def greedy_with_drafts(
    model: Any,
    input_ids: Any,
    *,
    max_new_tokens: int,
    eos_token_id: int,
    drafter: NgramDrafter,
    processor: Callable[[Any, Any], Any] | None = None,
    forced: Callable[[list[int]], list[int]] | None = None,
) -> tuple[list[int], int]:
    """Greedy reply to one unpadded prompt (``input_ids`` of shape 1 x L) with drafted tokens verified.

    Returns the new token ids (ending with ``eos_token_id`` when the model ended its turn) and the
    number of forward calls it took. ``processor`` is applied to every position's logits exactly as
    ``generate`` would apply it, with the sequence up to that position. ``forced`` (optional) names
    tokens that must follow the reply so far (a copy only one way left open): they are written
    without asking the model, in the same forward call.
    """
    import torch
    from transformers import DynamicCache

    cache = DynamicCache(config=model.config)
    out = model(input_ids=input_ids, past_key_values=cache, use_cache=True, logits_to_keep=1)
    logits = out.logits[:, -1, :]
    seq = input_ids
    prompt = input_ids[0].tolist()
    new: list[int] = []
    calls = 1
    while True:
        tok = _pick(processor, seq, logits)
        fixed = [tok]
        if tok != eos_token_id and forced is not None:
            fixed += forced([*new, tok])[: max_new_tokens - len(new) - 1]
        new += fixed
        seq = torch.cat([seq, seq.new_tensor([fixed])], dim=1)
        if tok == eos_token_id or len(new) >= max_new_tokens:
            break
        draft = drafter.propose(new, prompt)[: max_new_tokens - len(new)]
        out = model(input_ids=seq.new_tensor([[*fixed, *draft]]), past_key_values=cache, use_cache=True)
        calls += 1
        base = len(fixed) - 1  # logits at ``base + i`` follow draft token i - 1
        kept = 0
        for i, guess in enumerate(draft):
            if _pick(processor, seq, out.logits[:, base + i, :]) != guess:
                break
            new.append(guess)
            seq = torch.cat([seq, seq.new_tensor([[guess]])], dim=1)
            kept += 1
            if guess == eos_token_id:
                break
        if new[-1] == eos_token_id or len(new) >= max_new_tokens:
            break
        logits = out.logits[:, base + kept, :]
        if kept < len(draft):
            cache.crop(kept - len(draft))  # drop the rejected guesses
    drafter.add(new)
    return new, calls


def _pick(processor: Callable[[Any, Any], Any] | None, seq: Any, logits: Any) -> int:
    scores = logits.float().clone()
    if processor is not None:
        scores = processor(seq, scores)
    return int(scores.argmax(dim=-1)[0])
