"""Drafted greedy decoding: the same reply as ``generate``, in fewer forward calls when guesses are right."""

from __future__ import annotations

import torch

from lamforge.agent.backends.draft_decoding import NgramDrafter, greedy_with_drafts

PROMPTS = ["<User Request:> Make 'Quarterly Report' bold", "Centre the title", "x y z"]


def _ids(backend, text: str):
    chat = [{"role": "user", "content": text}]
    rendered = backend.tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
    return backend.tokenizer(rendered, return_tensors="pt", add_special_tokens=False)["input_ids"]


def _plain(backend, ids, n: int, processor=None) -> list[int]:
    from transformers import LogitsProcessorList

    with torch.inference_mode():
        out = backend.model.generate(ids, max_new_tokens=n, do_sample=False, top_k=None,
                                     pad_token_id=backend.tokenizer.pad_token_id,
                                     eos_token_id=backend.tokenizer.eos_token_id,
                                     logits_processor=LogitsProcessorList([processor]) if processor else None)
    return out[0, ids.shape[1]:].tolist()


def _drafted(backend, ids, n: int, drafter: NgramDrafter, processor=None) -> tuple[list[int], int]:
    with torch.inference_mode():
        return greedy_with_drafts(backend.model, ids, max_new_tokens=n,
                                  eos_token_id=backend.tokenizer.eos_token_id, drafter=drafter, processor=processor)


def test_drafted_reply_equals_plain_greedy_and_right_guesses_save_calls(tiny_backend) -> None:
    drafter = NgramDrafter(draft_tokens=8)
    for text in PROMPTS:
        ids = _ids(tiny_backend, text)
        plain = _plain(tiny_backend, ids, 24)
        first, first_calls = _drafted(tiny_backend, ids, 24, drafter)
        again, again_calls = _drafted(tiny_backend, ids, 24, drafter)  # the drafter now knows this reply
        assert first == plain and again == plain
        assert again_calls <= first_calls
        assert again_calls <= -(-len(plain) // 9) + 1  # 1 + 8 guessed tokens per call, all accepted


def test_wrong_guesses_cost_calls_not_correctness(tiny_backend) -> None:
    drafter = NgramDrafter(draft_tokens=6)
    vocab = len(tiny_backend.tokenizer)
    drafter.add([(7 * i + 3) % vocab for i in range(200)])  # a junk "reply" the model will not follow
    ids = _ids(tiny_backend, PROMPTS[1])
    reply, calls = _drafted(tiny_backend, ids, 20, drafter)
    assert reply == _plain(tiny_backend, ids, 20)
    assert calls <= len(reply) + 1


def test_the_processor_sees_every_position_as_in_generate(tiny_backend) -> None:
    ids = _ids(tiny_backend, PROMPTS[0])
    free = _plain(tiny_backend, ids, 16)
    banned = free[len(free) // 2]

    def ban(input_ids, scores):
        scores[:, banned] = float("-inf")
        return scores

    drafter = NgramDrafter()
    drafter.add(free)  # guesses that contain the banned token must be rejected
    reply, _ = _drafted(tiny_backend, ids, 16, drafter, processor=ban)
    assert banned not in reply
    assert reply == _plain(tiny_backend, ids, 16, processor=ban)


def test_backend_single_greedy_uses_drafts_and_matches_batch(tiny_backend) -> None:
    assert tiny_backend.drafter is not None
    chats = [[{"role": "user", "content": p}] for p in PROMPTS]
    singles = [tiny_backend.generate(c, max_tokens=20).text for c in chats]
    batch = [g.text for g in tiny_backend.generate_batch(chats, max_tokens=20)]  # plain generate
    assert singles == batch


def test_forced_tokens_are_written_and_the_model_goes_on_from_them(tiny_backend) -> None:
    ids = _ids(tiny_backend, PROMPTS[0])
    fixed = tiny_backend.tokenizer.encode("Quarterly Report", add_special_tokens=False)

    def force(reply: list[int]) -> list[int]:
        return fixed if len(reply) == 1 else []

    with torch.inference_mode():
        reply, _ = greedy_with_drafts(tiny_backend.model, ids, max_new_tokens=20, drafter=NgramDrafter(),
                                      eos_token_id=tiny_backend.tokenizer.eos_token_id, forced=force)
    assert reply[1:1 + len(fixed)] == fixed
    head = torch.cat([ids, torch.tensor([reply[:1 + len(fixed)]])], dim=1)
    assert reply[1 + len(fixed):] == _plain(tiny_backend, head, 20 - 1 - len(fixed))
