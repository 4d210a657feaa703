"""The CPU loss equals TRL's fused completion-only loss on the same batch."""

from __future__ import annotations

import torch
from transformers import MistralConfig, MistralForCausalLM

from lamforge.train.plain_loss import causal_lm_loss


def test_plain_loss_matches_trl_fused_head():
    from trl.trainer import add_fused_lm_head

    torch.manual_seed(0)
    cfg = MistralConfig(vocab_size=300, hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64)
    model = MistralForCausalLM(cfg)
    ids = torch.randint(0, 300, (3, 20))
    labels = ids.clone()
    labels[:, :12] = -100  # prompt tokens carry no loss
    labels[2, 15:] = -100  # padding
    mask = torch.ones_like(ids)
    plain = causal_lm_loss(model, {"input_ids": ids, "attention_mask": mask, "labels": labels})
    add_fused_lm_head(model)
    out = model(input_ids=ids, attention_mask=mask, labels=labels, fused_lm_head=True)
    fused = -out.log_probs.sum() / out.label_mask.sum()
    assert torch.allclose(plain, fused, atol=1e-5), (plain, fused)
    plain.backward()
    assert model.model.layers[0].self_attn.q_proj.weight.grad is not None
