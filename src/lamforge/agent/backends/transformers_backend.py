"""Local Hugging Face checkpoints (transformers), on CPU or GPU, one prompt or a batch.

Fast by construction: weights in eval mode under ``torch.inference_mode``, the KV cache on, greedy
decoding unless a temperature is given, generation stopped by the tokenizer's end-of-turn token, and
left padding for batches so every row's prompt ends where generation starts. Sampling is reproducible:
each call draws its seed from the backend's seed and a call counter.

On CPU, generation runs on one torch thread by default: a small model's matrices are too small to gain
from more, and on a busy machine spinning OpenMP threads cost far more than they give. Measured on the
2-core dev machine (``benchmarks/agent_overhead.py --generation``), a 46-token action of a model shaped
like the 4.2M-parameter default: 0.27-0.5 s on one thread vs 1.9-6.7 s on two while other jobs ran, and
0.17 s vs 0.13 s when the machine was quiet. The previous thread count is restored after each call, so
training in the same process is unaffected.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lamforge.agent.backends.base import (
    Backend,
    BackendError,
    ContextTooLong,
    Generation,
    Message,
    PromptSettings,
    Sampling,
    cut_at_stop,
)
from lamforge.agent.backends.checkpoint_meta import read_prompt_settings
from lamforge.agent.backends.copy_logits import CopyLogitsProcessor, token_strings
from lamforge.agent.backends.draft_decoding import DEFAULT_DRAFT_TOKENS, NgramDrafter, greedy_with_drafts
from lamforge.guidance.document_guard import DocumentGuard, tables_in_view
from lamforge.guidance.hint_guide import StepTarget, done_steps, failed_selections, prompt_labels, step_target
from lamforge.guidance.spans import view_segments
from lamforge.guidance.task_memory import TaskMemory
from lamforge.prompting.format import hint_of, is_step_prompt, request_from_messages

# logit bonus of the task memory's answer while the model writes a field (0: no hint guide)
DEFAULT_HINT_BIAS = 50.0

_HINT = "the transformers backend needs torch and transformers: pip install torch transformers"


def _import_torch() -> Any:
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError as exc:  # pragma: no cover - both are core dependencies
        raise BackendError(f"{_HINT} ({exc})") from exc
    return torch


class TransformersBackend(Backend):
    """Generate with a causal LM and its tokenizer's chat template.

    Args:
        model: a loaded ``PreTrainedModel`` (use :meth:`from_pretrained` to load a directory).
        tokenizer: its tokenizer; it must have a chat template.
        name: the model name reported in generations.
        prompt_settings: how the model reads prompts (default: compact, top 15).
        seed: base seed of sampling (greedy decoding ignores it).
        cpu_threads: torch threads while generating on CPU (0: leave torch's setting).
        document_guard: constrain arguments to what the document and the request allow
            (:mod:`lamforge.guidance.document_guard`); off reproduces the model's raw output.
        hint_bias: logit bonus toward the task memory's skeleton (:mod:`lamforge.guidance.hint_guide`).
        draft_tokens: tokens guessed per forward call in greedy single-prompt decoding
            (:mod:`lamforge.agent.backends.draft_decoding`; 0: plain ``generate``): the greedy reply, except
            that a copy the guard leaves only one way to finish is written in the copy's own tokens.

    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        name: str = "local",
        prompt_settings: PromptSettings | None = None,
        seed: int = 0,
        cpu_threads: int = 1,
        document_guard: bool = True,
        hint_bias: float = DEFAULT_HINT_BIAS,
        draft_tokens: int = DEFAULT_DRAFT_TOKENS,
    ) -> None:
        self.torch = _import_torch()
        self.drafter = NgramDrafter(draft_tokens=draft_tokens) if draft_tokens > 0 else None
        self.document_guard = document_guard
        self.hint_bias = hint_bias
        self._hints: dict[tuple[str, int | None], str] = {}  # (request, tables in its document) -> hint
        self._tables_seen: dict[str, int | None] = {}  # request -> tables its last full view showed
        self._guard: DocumentGuard | None = None
        self.cpu_threads = cpu_threads
        if not getattr(tokenizer, "chat_template", None):
            raise BackendError("the tokenizer has no chat template; train with lamforge or add one")
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.name = name
        self.prompt_settings = prompt_settings or PromptSettings()
        self.seed = seed
        self._calls = 0
        self.task_memory: TaskMemory | None = None  # the checkpoint's memory of solved tasks: guides decoding
        self.max_context = int(getattr(model.config, "max_position_embeddings", 0) or 0)

    @classmethod
    def from_pretrained(
        cls, path: str | Path, *, device: str | None = None, bf16: bool | None = None, seed: int = 0,
        cpu_threads: int = 1,
        document_guard: bool = True,
        hint_bias: float = DEFAULT_HINT_BIAS,
        draft_tokens: int = DEFAULT_DRAFT_TOKENS,
    ) -> TransformersBackend:
        """Load a local checkpoint directory (never the hub) with its ``lamforge_meta.json`` settings.

        Args:
            path: directory holding the model, the tokenizer and optionally ``lamforge_meta.json``.
            device: ``cpu``, ``cuda``, ``cuda:1`` ...; default CUDA when available.
            bf16: load weights in bfloat16; default on CUDA only.
            seed: base seed of sampling.
            cpu_threads: torch threads while generating on CPU (0: leave torch's setting).
            document_guard: constrain arguments to what the document and the request allow.
            hint_bias: logit bonus toward the checkpoint's task-memory skeleton (:mod:`lamforge.guidance.hint_guide`).
            draft_tokens: tokens guessed per forward call in greedy single-prompt decoding (0: off).

        """
        torch = _import_torch()
        p = Path(path)
        if not (p / "config.json").is_file():
            raise BackendError(f"{p} is not a checkpoint directory (no config.json)")
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        bf16 = device != "cpu" if bf16 is None else bf16
        dtype = torch.bfloat16 if bf16 else torch.float32
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        tok = AutoTokenizer.from_pretrained(str(p), local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(str(p), dtype=dtype, local_files_only=True).to(device)
        backend = cls(model, tok, name=p.name, prompt_settings=read_prompt_settings(p), seed=seed,
                      cpu_threads=cpu_threads, document_guard=document_guard, hint_bias=hint_bias,
                      draft_tokens=draft_tokens)
        backend.task_memory = TaskMemory.load(p)
        return backend

    def reply(self, messages: Sequence[Message], sampling: Sampling) -> Generation:
        """Reply to one chat (greedy when ``temperature`` is 0)."""
        return self.generate_batch([messages], sampling)[0]

    def generate_batch(
        self, chats: Sequence[Sequence[Message]], sampling: Sampling | None = None, **settings: Any
    ) -> list[Generation]:
        """Reply to several chats in one left-padded batch (rollouts, offline evaluation).

        ``settings`` are the fields of :class:`Sampling` (``max_tokens=``, ``temperature=`` ...) when no
        ``sampling`` is given. Each generation reports the batch's wall time as ``model_ms``: every reply
        waited that long.
        """
        s = sampling or Sampling(**settings)
        max_tokens, temperature, stop, top_p, seed = s.max_tokens, s.temperature, s.stop, s.top_p, s.seed
        torch, tok = self.torch, self.tokenizer
        if not chats:
            return []
        texts = [tok.apply_chat_template([dict(m) for m in c], add_generation_prompt=True, tokenize=False)
                 for c in chats]
        side = tok.padding_side
        tok.padding_side = "left"
        try:
            enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False)
        finally:
            tok.padding_side = side
        prompt_len = int(enc["input_ids"].shape[1])
        max_new = max(1, int(max_tokens))
        if self.max_context:
            if prompt_len >= self.max_context:
                raise ContextTooLong(f"the prompt has {prompt_len} tokens; the model's context is {self.max_context}")
            max_new = min(max_new, self.max_context - prompt_len)
        enc = enc.to(self.model.device)
        decoding: dict[str, Any] = {"do_sample": False}
        if temperature > 0:
            decoding = {"do_sample": True, "temperature": float(temperature), "top_p": float(top_p)}
        processors = self._processors(chats, prompt_len)
        self._calls += 1
        threads = torch.get_num_threads()
        on_cpu = self.model.device.type == "cpu" and self.cpu_threads > 0
        t0 = time.perf_counter()
        try:
            if on_cpu:
                torch.set_num_threads(self.cpu_threads)
            with torch.inference_mode(), torch.random.fork_rng(devices=self._rng_devices()):
                torch.manual_seed(self.seed * 1_000_003 + self._calls if seed is None else seed)
                if self.drafter is not None and len(chats) == 1 and not temperature > 0:
                    reply, _ = greedy_with_drafts(self.model, enc["input_ids"], max_new_tokens=max_new,
                                                  eos_token_id=tok.eos_token_id, drafter=self.drafter,
                                                  processor=processors,
                                                  forced=processors[0].forced if processors else None)
                    out = torch.cat([enc["input_ids"], enc["input_ids"].new_tensor([reply])], dim=1)
                else:
                    out = self.model.generate(
                        **enc,
                        max_new_tokens=max_new,
                        use_cache=True,
                        pad_token_id=tok.pad_token_id,
                        eos_token_id=tok.eos_token_id,
                        top_k=None,
                        logits_processor=processors,
                        **decoding,
                    )
        finally:
            if on_cpu:
                torch.set_num_threads(threads)
        ms = (time.perf_counter() - t0) * 1000
        return [self._decode(row, enc["attention_mask"][i], prompt_len, max_new, stop, ms)
                for i, row in enumerate(out)]

    def _processors(self, chats: Sequence[Sequence[Message]], prompt_len: int) -> Any:
        """The copy guard and the hint guide for this batch (``None`` when both are off)."""
        requests = [request_from_messages(c) for c in chats]
        targets = [self._target(c, r) for c, r in zip(chats, requests, strict=True)]
        if not self.document_guard and not any(targets):
            return None
        cands = [DocumentGuard.candidates_of(c) if self.document_guard else None for c in chats]
        from transformers import LogitsProcessorList

        if self._guard is None:
            self._guard = DocumentGuard(token_strings(self.tokenizer))
        return LogitsProcessorList([CopyLogitsProcessor(self._guard, self.tokenizer, cands, prompt_len,
                                                        targets, self.hint_bias)])

    def _target(self, chat: Sequence[Message], request: str) -> StepTarget | None:
        """What the task memory expects of this step of ``chat`` (None without a memory or a step prompt)."""
        if self.task_memory is None or not self.hint_bias or not request:
            return None
        if not is_step_prompt(chat):
            return None
        user = next((str(m.get("content", "")) for m in reversed(chat) if m.get("role") == "user"), "")
        # an operation on a table is not hinted in a document without one; a later step's view may be folded
        # (tables unknown): it keeps the hint its episode's first step got
        tables = tables_in_view(user)
        if tables is None:
            tables = self._tables_seen.get(request)
        self._tables_seen[request] = tables
        hint = hint_of(chat) or self._hints.get((request, tables))
        if hint is None:
            hint = self._hints[(request, tables)] = self.task_memory.hint(request, tables=tables)
            if len(self._hints) > 4096:
                self._hints.pop(next(iter(self._hints)))
                self._tables_seen.pop(next(iter(self._tables_seen)))
        return step_target(hint, request, done_steps(user), prompt_labels(user), failed_selections(user),
                           view_segments(user, split=False))

    def _decode(self, row: Any, mask: Any, prompt_len: int, max_new: int, stop: Sequence[str] | None,
                ms: float) -> Generation:
        tok = self.tokenizer
        new = row[prompt_len:].tolist()
        eos = tok.eos_token_id
        ended = eos in new
        if ended:
            new = new[: new.index(eos)]
        new = [t for t in new if t != tok.pad_token_id]
        text, hit = cut_at_stop(tok.decode(new, skip_special_tokens=True), stop)
        reason = "stop" if ended or hit or len(new) < max_new else "length"
        return Generation(text, ms, int(mask.sum()), len(new), reason, self.name)

    def _rng_devices(self) -> list[int]:
        dev = getattr(self.model, "device", None)
        if dev is not None and dev.type == "cuda":
            return [dev.index or 0]
        return []
