"""The copy guard and hint guide (:mod:`lamforge.guidance`) as one logits processor.

Every generated row is decoded after each step; while it is inside a guarded text argument, every
token that would not keep the value a copy of one of that row's quoted texts is masked out; while it
writes a field the task memory has an answer for, the tokens toward that answer get a bias.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lamforge.guidance.document_guard import Candidates, DocumentGuard, _after_args
from lamforge.guidance.hint_guide import StepTarget, open_field

_FIELD_CLOSERS = ('",',)  # a field of the reply object ends here (with the comma: a bare quote lets junk follow)
_ARG_CLOSERS = ('"}', '"},')  # a text argument ends with its args object


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
        candidates: per batch row, what its request lets guarded arguments copy (``None``: no guard).
        prompt_len: length of the (left-padded) prompt: generation starts there in every row.
        targets: per batch row, the task memory's expectation for this step (``None``: no hint).
        bias: logit bonus of the tokens toward a target's value.

    """

    def __init__(self, guard: DocumentGuard, tokenizer: Any, candidates: Sequence[Candidates | None], prompt_len: int,
                 targets: Sequence[StepTarget | None] = (), bias: float = 0.0) -> None:
        self.guard = guard
        self.tokenizer = tokenizer
        self.candidates = list(candidates)
        self.prompt_len = prompt_len
        self.targets = list(targets) or [None] * len(self.candidates)
        self.bias = bias
        self.masked_steps = 0
        self.biased_steps = 0

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        """Return ``scores`` with disallowed tokens at ``-inf`` for rows inside a guarded argument."""
        for b, cands in enumerate(self.candidates):
            text = self.tokenizer.decode(input_ids[b, self.prompt_len:].tolist(), skip_special_tokens=True)
            if cands is not None:
                self._guard_row(scores, b, text, cands)
            target = self.targets[b]
            if target is not None and self.bias:
                self._bias_row(scores, b, text, target)
        return scores

    def forced(self, reply: Sequence[int]) -> list[int]:
        """Tokens of the one copy the guard still allows after ``reply`` (row 0; empty when there is a choice).

        The copy's own tokenization is used; it is checked to decode to exactly the forced text.
        """
        cands = self.candidates[0] if self.candidates else None
        if cands is None:
            return []
        text = self.tokenizer.decode(list(reply), skip_special_tokens=True)
        rest = self.guard.forced(text, cands)
        if not rest:
            return []
        ids = self.tokenizer.encode(rest, add_special_tokens=False)
        if self.tokenizer.decode([*reply, *ids], skip_special_tokens=True) != text + rest:
            return []
        return ids

    def _bias_row(self, scores: Any, b: int, text: str, target: StepTarget) -> None:
        if target.args is not None and self._bias_args(scores, b, text, target.args):
            return
        field = open_field(text)
        want = target.written(field[0]) if field else None
        if field is None or want is None:
            return
        if target.closes(field[0]):
            closers = _ARG_CLOSERS if field[0] == "text" else _FIELD_CLOSERS
            ids = self.guard.toward(field[1], want, closers)
        else:
            ids = self.guard.toward(field[1], want, ("",)) if want != field[1] else []
        ids = [i for i in ids if i < scores.shape[1]]
        if ids:
            scores[b, ids] += self.bias
            self.biased_steps += 1

    def _bias_args(self, scores: Any, b: int, text: str, args: str) -> bool:
        """Inside the args object of a step whose whole args the request spells out: bias toward them."""
        k = text.rfind('"args":')
        if k < 0 or _after_args(text) is not None:
            return False
        written = text[k + len('"args":'):]
        if not args.startswith(written) or written == args:
            return False
        ids = [i for i in self.guard.toward(written, args, ("",)) if i < scores.shape[1]]
        if ids:
            scores[b, ids] += self.bias
            self.biased_steps += 1
        return True

    def _guard_row(self, scores: Any, b: int, text: str, cands: Candidates) -> None:
        import torch

        allowed = self.guard.allowed(text, cands)
        if not allowed:
            return
        idx = torch.tensor([i for i in allowed if i < scores.shape[1]], dtype=torch.long, device=scores.device)
        if idx.numel() == 0:
            return
        keep = scores[b, idx]
        if not torch.isfinite(keep).any():
            keep = torch.zeros_like(keep)  # an earlier warper removed them all: choose among them evenly
        row = torch.full_like(scores[b], float("-inf"))
        row[idx] = keep
        scores[b] = row
        self.masked_steps += 1
