"""The MiniLM matcher (the real bundled model), the fuzzy fallback, and the LLM judge over real HTTP."""

from __future__ import annotations

import json
import socket
import threading
import time
from contextlib import contextmanager

import pytest

from lamforge.eval.plan_judge import InvalidJudgement, judge_plan, judge_scores, parse_judgement
from lamforge.eval.plan_metrics import score_plan
from lamforge.eval.similarity import embedding_similarity, make_matcher

GOOD = {"subtask1": "Yes", "subtask2": "Yes",
        "subtask3": {"similar_pairs": ["Select the text / Select the words"], "similar_count": 1},
        "subtask4": {"more_helpful": "Answer1", "reason": "complete"}}


def test_embedding_matcher_loads_offline_and_matches_paraphrases():
    from lamforge.eval.config import EvalConfig

    cfg = EvalConfig()
    m = make_matcher("embedding", cfg.embedding_threshold, cfg.fuzzy_threshold)
    assert m.name == "embedding"
    pred = ["Select the text you want to format", "Click the Bold icon", "Save the file"]
    ref = ["Select the text", "Click Bold on the Formatting bar"]
    sim = embedding_similarity(pred, ref)
    assert len(sim) == 3 and all(len(r) == 2 for r in sim)
    assert sim[1][1] > sim[1][0] and sim[0][0] > sim[0][1]
    s = score_plan(pred, ref, sim, m.threshold)
    assert [(i, j) for i, j, _ in s.pairs] == [(0, 0), (1, 1)]  # "Save the file" matches nothing
    assert not embedding_similarity(["Choose Format - Character"], ["Choose Format - Paragraph"])[0][0] >= m.threshold
    assert embedding_similarity([], ref) == []


def test_fuzzy_matcher_on_request():
    m = make_matcher("fuzzy", 0.6, 0.7)
    assert (m.name, m.threshold) == ("fuzzy", 0.7)


def test_parse_judgement_validates():
    j = parse_judgement("Here: " + json.dumps(GOOD), 2, 2)
    assert j.model_solves and j.similar_count == 1 and j.more_helpful == "Answer1"
    for bad, msg in [
        ("no json", "no JSON"),
        (json.dumps({**GOOD, "subtask1": "Maybe"}), "Yes or No"),
        (json.dumps({**GOOD, "subtask3": {"similar_count": 3}}), "outside"),
        (json.dumps({**GOOD, "subtask3": {"similar_count": "1"}}), "integer"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "subtask4"}), "subtask1..subtask4"),
        (json.dumps({**GOOD, "subtask4": {"more_helpful": "both"}}), "Answer1 or Answer2"),
    ]:
        with pytest.raises(InvalidJudgement, match=msg):
            parse_judgement(bad, 2, 2)


@contextmanager
def _serving(app):

    import uvicorn
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def test_judge_over_real_http_retries_invalid_then_gives_up():
    from lamforge.agent.backends.factory import make_backend
    from lamforge.agent.backends.scripted_backend import ScriptedBackend
    from lamforge.agent.server import create_app

    # The endpoint replies: invalid, valid (task 1 after one retry); invalid, invalid (task 2 unjudged).
    script = ScriptedBackend(["not json", json.dumps(GOOD), "{}", json.dumps({**GOOD, "subtask1": "?"})])
    with _serving(create_app(script, model_name="judge")) as url:
        judge = make_backend(f"{url}#judge")
        first = judge_plan(judge, "Make 'Q3' bold", ["Select the words", "Click Bold"], ["Select the text"], 1)
        second = judge_plan(judge, "Make 'Q3' bold", ["Click Bold"], ["Select the text"], 1)
    assert first["model_solves"] is True and first["similar_count"] == 1
    assert "error" in second
    assert "Answer1:\n1. Select the words\n2. Click Bold" in script.calls[0][1]["content"]
    scores = judge_scores([(first, 2, 1), (second, 1, 1)])
    assert scores == {"tsr": 1.0, "step_precision": 0.5, "step_recall": 1.0, "n_judged": 1, "n_invalid": 1}
