"""The copy guard (:mod:`lamforge.copy_guard`) as a transformers logits processor.

Every generated row is decoded after each step; while it is inside a guarded text argument, every
token that would not keep the value a copy of one of that row's quoted texts is masked out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lamforge.copy_guard import Candidates, CopyGuard


def token_strings(tokenizer: Any) -> list[str]:
    """The text each token id adds when it follows other text (leading spaces kept).

    Decoding a token alone drops a SentencePiece word-start space, so each token is decoded after
    an anchor token and the anchor's own text is cut off.
    """
    anchor = tokenizer.encode("a", add_special_tokens=False)[-1:]
    base = tokenizer.decode(anchor)
    special = set(getattr(tokenizer, "all_special_ids", []) or [])
    out: list[str] = []
    for i in range(len(tokenizer)):
        if i in special:
            out.append("")
            continue
        text = tokenizer.decode(anchor + [i])
        out.append(text[len(base):] if text.startswith(base) else "")
    return out


class CopyLogitsProcessor:
    """Mask the logits of tokens that would break a copy (one candidate list per batch row).

    Args:
        guard: the copy guard built on the tokenizer's token strings.
        tokenizer: decodes what each row has generated so far.
        candidates: per batch row, what its request lets guarded arguments copy.
        prompt_len: length of the (left-padded) prompt: generation starts there in every row.

    """

    def __init__(self, guard: CopyGuard, tokenizer: Any, candidates: Sequence[Candidates], prompt_len: int) -> None:
        self.guard = guard
        self.tokenizer = tokenizer
        self.candidates = list(candidates)
        self.prompt_len = prompt_len
        self.masked_steps = 0

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        """Return ``scores`` with disallowed tokens at ``-inf`` for rows inside a guarded argument."""
        import torch

        for b, cands in enumerate(self.candidates):
            text = self.tokenizer.decode(input_ids[b, self.prompt_len:].tolist(), skip_special_tokens=True)
            allowed = self.guard.allowed(text, cands)
            if not allowed:
                continue
            idx = torch.tensor([i for i in allowed if i < scores.shape[1]], dtype=torch.long, device=scores.device)
            if idx.numel() == 0:
                continue
            keep = scores[b, idx]
            if not torch.isfinite(keep).any():
                keep = torch.zeros_like(keep)  # an earlier warper removed them all: choose among them evenly
            row = torch.full_like(scores[b], float("-inf"))
            row[idx] = keep
            scores[b] = row
            self.masked_steps += 1
        return scores
