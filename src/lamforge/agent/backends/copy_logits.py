"""The copy guard and hint guide (:mod:`lamforge.guidance`) as one logits processor.

Every generated row is decoded after each step; while it is inside a guarded text argument, every
token that would not keep the value a copy of one of that row's quoted texts is masked out; while it
writes a field the task memory has an answer for, the tokens toward that answer get a bias.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lamforge.guidance.byte_chars import bytewise, from_bytes, readable
from lamforge.guidance.document_guard import Candidates, DocumentGuard, _after_args
from lamforge.guidance.hint_guide import StepTarget, open_field

_FIELD_CLOSERS = ('",',)  # a field of the reply object ends here (with the comma: a bare quote lets junk follow)
_ARG_CLOSERS = ('"}', '"},')  # a text argument ends with its args object


def token_strings(tokenizer: Any) -> list[str]:
    """The text each token id adds when it follows other text (leading spaces kept), in the guard's alphabet.

    Decoding a token alone drops a SentencePiece word-start space, so each token is decoded after
    an anchor token and the anchor's own text is cut off. A byte token of a character it only spells in part
    decodes to nothing readable; it stands for its byte (:mod:`lamforge.guidance.byte_chars`), read from a
    byte-level token's characters or a byte-fallback token's ``<0xC2>``.
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
        text = text[len(base):] if text.startswith(base) else ""
        if "\ufffd" in text:
            raw = _token_bytes(tokenizer.convert_ids_to_tokens(i))
            out.append(from_bytes(raw) if raw is not None else "")
        else:
            out.append(bytewise(text))
    return out


def _byte_alphabet() -> dict[str, int]:
    """A byte-level tokenizer's characters and the bytes they stand for.

    Printable Latin-1 bytes are themselves; the others are shifted past 255, in byte order.
    """
    own = [*range(ord("!"), ord("~") + 1), *range(ord("\u00a1"), ord("\u00ac") + 1),
           *range(ord("\u00ae"), ord("\u00ff") + 1)]
    table = {chr(b): b for b in own}
    shifted = 0
    for b in range(256):
        if b not in table.values():
            table[chr(256 + shifted)] = b
            shifted += 1
    return table


_BYTE_ALPHABET = _byte_alphabet()


def _token_bytes(token: str | None) -> bytes | None:
    """The raw bytes of a token string: ``<0xC2>`` (byte fallback) or byte-level characters; else None.

    >>> _token_bytes("<0xC2>"), _token_bytes("\u00c2"), _token_bytes("\u0120a")
    (b'\\xc2', b'\\xc2', b' a')
    """
    if not token:
        return None
    m = re.fullmatch(r"<0x([0-9A-Fa-f]{2})>", token)
    if m:
        return bytes([int(m.group(1), 16)])
    if all(c in _BYTE_ALPHABET for c in token):
        return bytes(_BYTE_ALPHABET[c] for c in token)
    return None


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
            ids = input_ids[b, self.prompt_len:].tolist()
            text = self.tokenizer.decode(ids, skip_special_tokens=True)
            if cands is not None:
                self._guard_row(scores, b, self._spelled(ids), cands)
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
        spelled = self._spelled(list(reply))
        rest = readable(self.guard.forced(spelled, cands))
        if not rest or readable(spelled) is None:  # nothing forced, or the reply ends inside a character
            return []
        ids = self.tokenizer.encode(rest, add_special_tokens=False)
        if self.tokenizer.decode([*reply, *ids], skip_special_tokens=True) != text + rest:
            return []
        return ids

    def _spelled(self, ids: Sequence[int]) -> str:
        """The reply so far in the guard's alphabet (a character's first byte already there when it is half written)."""
        tokens = self.guard.tokens
        return "".join(tokens[i] if 0 <= i < len(tokens) else "" for i in ids)

    def _bias_row(self, scores: Any, b: int, text: str, target: StepTarget) -> None:
        if target.args is not None and self._bias_args(scores, b, text, target.args):
            return
        field = open_field(text)
        want = target.written(field[0]) if field else None
        if field is None or want is None:
            return
        if target.closes(field[0]):
            closers = _ARG_CLOSERS if field[0] == "text" else _FIELD_CLOSERS
            ids = self.guard.toward(bytewise(field[1]), bytewise(want), closers)
        else:
            ids = self.guard.toward(bytewise(field[1]), bytewise(want), ("",)) if want != field[1] else []
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
        ids = [i for i in self.guard.toward(bytewise(written), bytewise(args), ("",)) if i < scores.shape[1]]
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
