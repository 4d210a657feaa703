"""``--evolve llm`` and LLM-written query plans against a real OpenAI-compatible HTTP server on 127.0.0.1.

The server is a few lines of ``http.server`` that answers with fixed responses: invalid JSON, too many
extra words, an empty plan, an HTTP 500, and valid answers (one wrapped in a code fence), so
validation, retries, drops and the resume cache are all exercised over real HTTP.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from fake_chat_server import chat_server

from lamforge.data.plans.build import run
from lamforge.data.plans.build_config import PlansBuildConfig
from lamforge.data.plans.io import load_plans

HELP = Path("/usr/share/libreoffice/help/en-US/text")
PAGES = [
    "swriter/main0000.html",
    "swriter/guide/auto_off.html",
    "swriter/guide/page_break.html",
    "swriter/guide/text_centervert.html",
    "swriter/guide/using_numbered_lists.html",
]


def _valid(parent: dict) -> str:
    return json.dumps(
        {
            "task": parent["task"] + " and make the first word bold",
            "plan": parent["plan"][:5] + ["Double-click the first word.", "Press Ctrl+B."],
        }
    )


class FakeOpenAI:
    """Scripted chat-completions endpoint; the n-th distinct task asked about gets the n-th behaviour."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}
        self.attempts: Counter[str] = Counter()
        self.requests: list[dict] = []
        self.auth: set[str] = set()

    def answer(self, body: dict) -> tuple[int, str]:
        system, user = body["messages"][0]["content"], body["messages"][-1]["content"]
        if "search query" in system:
            if "bread" in user:  # an answer about another application fails validation every time
                return 200, json.dumps({"task": "Bake bread in Excel", "plan": ["Open Excel.", "Click Bake."]})
            return 200, json.dumps(
                {"task": "Make the title of my document bold", "plan": ["Select the title.", "Press Ctrl+B."]}
            )
        n = self.order.setdefault(user, len(self.order))
        self.attempts[user] += 1
        attempt, parent = self.attempts[user], json.loads(user)
        if n == 0:  # invalid JSON first, then valid
            return 200, ("Sure! Here is a harder task." if attempt == 1 else _valid(parent))
        if n == 1:  # always too many extra words
            return 200, json.dumps({"task": parent["task"] + " and" * 25, "plan": parent["plan"]})
        if n == 2:  # always an empty plan
            return 200, json.dumps({"task": parent["task"] + " twice", "plan": []})
        if n == 3:  # a server error, then valid
            return (500, "boom") if attempt == 1 else (200, _valid(parent))
        return 200, "```json\n" + _valid(parent) + "\n```"


@pytest.fixture()
def server():
    fake = FakeOpenAI()

    def answer(body, headers):
        fake.requests.append(body)
        fake.auth.add(headers.get("Authorization", ""))
        return fake.answer(body)

    with chat_server(answer) as url:
        yield fake, url


@pytest.fixture()
def small_help(tmp_path) -> Path:
    if not (HELP / "swriter").is_dir():
        pytest.skip("libreoffice-help-en-us not installed")
    for rel in PAGES:
        (tmp_path / "help" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(HELP / rel, tmp_path / "help" / rel)
    return tmp_path / "help"


def test_llm_evolution_validates_retries_drops_and_resumes(server, small_help, tmp_path, monkeypatch):
    fake, url = server
    monkeypatch.setenv("LAMFORGE_TEST_KEY", "sk-local")
    queries = tmp_path / "queries.txt"
    queries.write_text("how to bake sourdough bread\nhow to make my title bold\n", encoding="utf-8")
    config = PlansBuildConfig(
        out_dir=str(tmp_path / "out"),
        help_dir=str(small_help),
        include_shared=False,
        queries=str(queries),
        evolve="llm",
        llm_base_url=url,
        llm_model="fake-evolver",
        llm_api_key_env="LAMFORGE_TEST_KEY",
        llm_max_retries=2,
        progress=False,
    )
    plans = run(config)
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    records = load_plans(plans)
    base = [r for r in records if r.source != "evolved"]
    evolved = [r for r in records if r.source == "evolved"]

    assert fake.auth == {"Bearer sk-local"}
    assert all(req["model"] == "fake-evolver" for req in fake.requests)
    users = sorted(fake.order, key=fake.order.get)
    assert [fake.attempts[u] for u in users[:4]] == [2, 3, 3, 2]  # retries: invalid→ok, 3×bad, 3×bad, 500→ok
    n_asked = len(fake.order)
    assert stats["evolution"]["asked"] == n_asked == sum(r.source in {"helpdoc", "query"} for r in base)
    assert stats["evolution"]["llm_dropped"] == {"empty_plan": 1, "too_many_extra_words": 1}
    assert len(evolved) == stats["evolution"]["llm_added"] == n_asked - 2
    ids = {r.task_id for r in base}
    for child in evolved:
        assert len(child.parent_ids) == 1 and child.parent_ids[0] in ids
        assert child.task.endswith("and make the first word bold")
        assert child.plan[-1] == "Press Ctrl+B." and child.provenance == {"method": "llm", "model": "fake-evolver"}

    # Queries no help page answers go to the LLM: one valid answer, one rejected three times and dropped.
    from_llm = [r for r in records if r.source == "query"]
    assert [r.task for r in from_llm] == ["Make the title of my document bold"]
    assert from_llm[0].provenance["plan_from"] == "llm"
    assert stats["sources"]["query"] == {"dropped_llm_other_app": 1, "llm": 1, "read": 2}
    assert sum("bread" in req["messages"][-1]["content"] for req in fake.requests) == 3

    # Resume: every answer comes from the cache, the output is byte-identical.
    before = plans.read_bytes(), (tmp_path / "out" / "stats.json").read_bytes()
    asked = len(fake.requests)
    run(config)
    assert len(fake.requests) == asked
    assert (plans.read_bytes(), (tmp_path / "out" / "stats.json").read_bytes()) == before


def test_llm_mode_needs_an_endpoint():
    with pytest.raises(ValueError, match="llm_base_url"):
        PlansBuildConfig(evolve="llm")
