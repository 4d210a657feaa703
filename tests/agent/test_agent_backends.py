"""Backends: the spec parser, the local transformers backend, the random baseline and the script replayer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lamforge.agent.backends import (
    BackendError,
    BadModelSpec,
    ContextTooLong,
    ScriptedBackend,
    make_backend,
    parse_spec,
)
from lamforge.agent.backends.checkpoint_meta import read_prompt_settings
from lamforge.agent.backends.random_backend import RandomBackend, prompt_controls
from lamforge.agent.decide import interpret
from lamforge.app.observation import Control
from lamforge.prompting.format import DEFAULT_TOP_K, build_step_messages

CHATS = [
    [{"role": "user", "content": "<User Request:> Make it bold"}],
    [{"role": "user", "content": "x"}],
    [{"role": "system", "content": "a longer system prompt"}, {"role": "user", "content": "Centre 'Quarterly Report'"}],
]


def test_parse_spec_kinds() -> None:
    assert parse_spec("http://h:1/v1#m").model == "m"
    assert parse_spec("https://h/v1").model is None
    assert parse_spec("random").seed == 0 and parse_spec("random:42").seed == 42
    assert parse_spec("scripted:x.jsonl").target == "x.jsonl"
    assert parse_spec("some/dir").kind == "checkpoint"
    with pytest.raises(BadModelSpec):
        parse_spec("  ")
    with pytest.raises(BadModelSpec):
        parse_spec("random:abc")


def test_make_backend_rejects_unusable_specs(tmp_path: Path) -> None:
    with pytest.raises(BadModelSpec, match="no such checkpoint"):
        make_backend(str(tmp_path / "missing"))
    with pytest.raises(BadModelSpec, match="config.json"):
        make_backend(str(tmp_path))
    with pytest.raises(BadModelSpec, match="script not found"):
        make_backend("scripted:" + str(tmp_path / "none.jsonl"))
    assert isinstance(make_backend("random:3"), RandomBackend)


def test_checkpoint_meta_defaults_and_overrides(tmp_path: Path) -> None:
    assert read_prompt_settings(tmp_path).style == "compact"
    (tmp_path / "lamforge_meta.json").write_text(json.dumps({"prompt_style": "full", "top_k": 30}))
    ps = read_prompt_settings(tmp_path)
    assert (ps.style, ps.top_k) == ("full", 30)
    (tmp_path / "lamforge_meta.json").write_text("{not json")
    assert read_prompt_settings(tmp_path).top_k == DEFAULT_TOP_K


def test_transformers_backend_reads_meta_and_counts_tokens(tiny_backend) -> None:
    assert tiny_backend.prompt_settings.style == "compact" and tiny_backend.prompt_settings.top_k == 15
    g = tiny_backend.generate(CHATS[0], max_tokens=12)
    assert g.prompt_tokens > 3 and 0 < g.completion_tokens <= 12 and g.model_ms > 0
    assert g.finish_reason in ("stop", "length") and g.model == "tiny"


def test_cpu_threads_are_restored_after_generation(tiny_backend) -> None:
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        tiny_backend.generate(CHATS[0], max_tokens=4)
        assert tiny_backend.cpu_threads == 1 and torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)


def test_batch_with_left_padding_equals_single_greedy(tiny_backend) -> None:
    singles = [tiny_backend.generate(c, max_tokens=16).text for c in CHATS]
    batch = [g.text for g in tiny_backend.generate_batch(CHATS, max_tokens=16)]
    assert batch == singles
    assert len(set(singles)) == len(singles)  # the prompts really produce different replies


def test_sampling_is_seeded(tiny_backend) -> None:
    a = tiny_backend.generate(CHATS[0], max_tokens=16, temperature=1.0, seed=5).text
    b = tiny_backend.generate(CHATS[0], max_tokens=16, temperature=1.0, seed=5).text
    c = tiny_backend.generate(CHATS[0], max_tokens=16, temperature=1.0, seed=6).text
    assert a == b and a != c


def test_stop_strings_cut_the_reply(tiny_backend) -> None:
    full = tiny_backend.generate(CHATS[2], max_tokens=16).text
    assert len(full) > 4
    cut = tiny_backend.generate(CHATS[2], max_tokens=16, stop=[full[3:5]]).text
    assert cut == full[: full.index(full[3:5])]


def test_prompt_longer_than_context_is_a_clear_error(tiny_backend) -> None:
    with pytest.raises(ContextTooLong, match="context is 2048"):
        tiny_backend.generate([{"role": "user", "content": "Quarterly Report " * 3000}], max_tokens=4)


def test_random_backend_picks_valid_visible_controls() -> None:
    controls = [Control("1", "Document", "Document"), Control("39", "Bold", "Button"),
                Control("40", "Font Size", "ComboBox"), Control("73", "Select All", "MenuItem")]
    msgs = build_step_messages("Make 'Quarterly Report' bold", controls)
    assert prompt_controls(msgs[1]["content"])[1] == ("39", "Button", "Bold")
    rb = RandomBackend(seed=1)
    outs = [rb.generate(msgs).text for _ in range(300)]
    labels = {c.label for c in controls}
    funcs = set()
    for text in outs:
        it = interpret(text)
        assert it.action is not None, (text, it.reason)
        assert it.action.control_label in labels
        funcs.add(it.action.function)
        if it.action.function == "select_text":
            assert it.action.args["text"]
    assert {"click_input", "set_edit_text", "select_text"} <= funcs
    same, other = RandomBackend(seed=1), RandomBackend(seed=2)
    assert [same.generate(msgs).text for _ in range(5)] == outs[:5]
    assert [other.generate(msgs).text for _ in range(5)] != outs[:5]


def test_random_backend_reads_full_style_prompts() -> None:
    controls = [Control("1", "Document", "Document"), Control("7", "Italic", "Button")]
    msgs = build_step_messages("Italicise it", controls, style="full")
    assert prompt_controls(msgs[1]["content"]) == [("1", "Document", "Document"), ("7", "Button", "Italic")]


def test_scripted_backend_replays_then_runs_out(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"function": "texts"}\n"raw text"\n\n', encoding="utf-8")
    sb = make_backend(f"scripted:{path}")
    assert isinstance(sb, ScriptedBackend)
    assert json.loads(sb.generate([{"role": "user", "content": "a"}]).text) == {"function": "texts"}
    assert sb.generate([{"role": "user", "content": "b"}], stop=["text"]).text == "raw "
    assert [c[0]["content"] for c in sb.calls] == ["a", "b"] and sb.remaining == 0
    with pytest.raises(BackendError, match="exhausted"):
        sb.generate([{"role": "user", "content": "c"}])
    cyc = ScriptedBackend(["x", "y"], cycle=True)
    assert [cyc.generate([]).text for _ in range(3)] == ["x", "y", "x"]


def test_every_backend_generates_through_one_entry_point() -> None:
    """A backend writes only ``reply``; ``generate`` times it, estimates tokens and passes the sampling on."""
    from lamforge.agent.backends.base import Backend, Sampling

    seen: list[Sampling] = []

    class Echo(Backend):
        name = "echo"

        def reply(self, messages, sampling):
            seen.append(sampling)
            return "abcdefgh"

    g = Echo().generate([{"role": "user", "content": "hi"}], max_tokens=7, stop=["x"], seed=3)
    assert (g.text, g.completion_tokens, g.prompt_tokens, g.model) == ("abcdefgh", 2, 5, "echo")
    assert g.model_ms >= 0 and seen == [Sampling(max_tokens=7, stop=["x"], seed=3)]
    with pytest.raises(TypeError):
        Echo().generate([], top_k=3)


def test_openai_backend_through_the_real_server(tiny_server: str, tiny_backend) -> None:
    remote = make_backend(f"{tiny_server}#tiny", max_retries=0)
    local = tiny_backend.generate(CHATS[2], max_tokens=16)
    g = remote.generate(CHATS[2], max_tokens=16)
    assert g.text == local.text and g.model == "tiny"
    assert g.prompt_tokens == local.prompt_tokens and g.completion_tokens == local.completion_tokens
    assert remote.prompt_settings.style == "compact" and remote.prompt_settings.top_k == 15
    discovered = make_backend(tiny_server)  # no #MODEL: the endpoint's first model
    assert discovered.model == "tiny"
    with pytest.raises(BackendError, match="not found"):
        make_backend(f"{tiny_server}#other", max_retries=0).generate(CHATS[0], max_tokens=2)


def test_openai_backend_discovers_prompt_settings_from_the_model_card() -> None:
    from agent_helpers import serving

    from lamforge.agent.backends import PromptSettings
    from lamforge.agent.server import create_app

    sb = ScriptedBackend(['{"function": "texts"}'], name="full-model")
    sb.prompt_settings = PromptSettings("full", 7)
    with serving(create_app(sb)) as url:
        remote = make_backend(url)
        assert remote.model == "full-model" and remote.prompt_settings == PromptSettings("full", 7)
    offline = make_backend("http://127.0.0.1:9/v1#m", timeout=1, max_retries=0)
    assert offline.prompt_settings == PromptSettings()  # unreachable: defaults, the first generate will say why


def test_openai_backend_unreachable_endpoint_is_a_backend_error() -> None:
    b = make_backend("http://127.0.0.1:9/v1#m", timeout=2, max_retries=0)
    with pytest.raises(BackendError, match="Connection"):
        b.generate(CHATS[0], max_tokens=2)
