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


def test_plain_loss_trainer_computes_in_bf16_when_asked(tmp_path):
    """The loss calls the body and head outside accelerate's patched forward: bf16 must still reach them."""
    from datasets import Dataset
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast
    from trl import SFTConfig

    from lamforge.train.plain_loss import plain_loss_sft_trainer

    torch.manual_seed(0)
    cfg = MistralConfig(vocab_size=300, hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64)
    model = MistralForCausalLM(cfg)
    seen: list[torch.dtype] = []
    model.lm_head.register_forward_hook(lambda mod, inp, out: seen.append(out.dtype))
    vocab = {"[PAD]": 0, "[UNK]": 1, "[EOS]": 2, **{f"w{i}": i + 3 for i in range(50)}}
    backend = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tok = PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="[PAD]", eos_token="[EOS]", unk_token="[UNK]")
    data = Dataset.from_list([{"prompt": "w1 w2 w3", "completion": " w4 w5"}] * 4)
    args = SFTConfig(output_dir=str(tmp_path), bf16=True, use_cpu=True, max_steps=1, per_device_train_batch_size=2,
                     report_to="none", save_strategy="no", completion_only_loss=True, disable_tqdm=True)
    trainer = plain_loss_sft_trainer()(model=model, args=args, train_dataset=data, processing_class=tok)
    trainer.train()
    assert seen and seen[0] == torch.bfloat16, seen
