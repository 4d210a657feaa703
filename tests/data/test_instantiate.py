"""Instantiation on real files with the TF-IDF matcher (MiniLM takes ~15 s to load on this machine).

Family matching (help link and similarity, out-of-space pairs skipped), template choice, and the
end-to-end run: records in the ``tasks generate`` schema that rebuild with ``task_from_dict`` and
whose checker fails on the untouched template, a summary, and a resumable, deterministic output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lamforge.data.instantiate.families import FamilyIndex, task_parts
from lamforge.data.instantiate.instantiate import run, summary_path
from lamforge.data.instantiate.instantiate_config import THRESHOLDS, InstantiateConfig
from lamforge.data.instantiate.templates import rank_templates, template_scores
from lamforge.tasks.generate import make_record, read_jsonl
from lamforge.tasks.registry import FAMILIES, get_family, task_from_dict
from lamforge.text.similarity import load_matcher, tfidf_similarity

BOLD = {"task_id": "p_bold", "task": "Make text bold in a Writer document", "source": "helpdoc",
        "plan": ["Select the text that you want to make bold.", "Click the Bold icon on the Formatting bar."],
        "provenance": {"title": "Bold", "page": "shared/02/01.html"}}
BOLD_NO_LINK = {**BOLD, "task_id": "p_bold2", "provenance": {}}
FRAME = {"task_id": "p_frame", "task": "Insert a frame around the selected paragraph", "source": "helpdoc",
         "plan": ["Choose Insert - Frame - Frame.", "Set the frame's size and anchor.", "Click OK."],
         "provenance": {"title": "Frame"}}
MAIL = {"task_id": "p_mail", "task": "Create a form letter with mail merge from an address database",
        "source": "helpdoc", "plan": ["Choose Tools - Mail Merge Wizard.", "Select the address list.", "Click Finish."],
        "provenance": {}}
TABLE = {"task_id": "p_table", "task": "Select the whole table and make all of its text bold", "source": "helpdoc",
         "plan": ["Click in the table and press Ctrl+A twice.", "Click the Bold icon."], "provenance": {}}


@pytest.fixture(scope="module")
def tfidf():
    return load_matcher("tfidf")


def _index() -> FamilyIndex:
    return FamilyIndex(FAMILIES, *THRESHOLDS["tfidf"])


def test_bold_pair_maps_to_bold_by_link_and_by_similarity(tfidf):
    linked, unlinked = _index().match([BOLD, BOLD_NO_LINK], tfidf)
    assert (linked.family.name, linked.route) == ("bold", "help_ref")
    assert (unlinked.family.name, unlinked.route) == ("bold", "similarity")


def test_out_of_space_pairs_are_skipped(tfidf):
    for m in _index().match([FRAME, MAIL], tfidf):
        assert m.family is None and m.route in ("out_of_space", "below_threshold"), m


def test_composed_pair_needs_every_part_to_fit():
    assert task_parts("Make text bold; after that, insert a frame") == ["Make text bold", "insert a frame"]
    composed = {**BOLD_NO_LINK, "task_id": "p_c", "task": "Make text bold; after that, insert a frame around it"}
    (m,) = _index().match([composed], load_matcher("tfidf"))
    assert m.family is None


def test_template_choice_prefers_a_fitting_description(tfidf):
    family = get_family("font_size")
    specs, sims = template_scores(["Change the font size of the figures in the revenue table"], "train", tfidf)
    ranked = rank_templates(family, specs, sims[0])
    assert "table" in ranked[0].spec.description.lower()
    assert ranked[0].similarity > ranked[-1].similarity
    table_family = get_family("table_font_size")  # needs a table: every ranked template has one
    assert all(c.spec.tables for c in rank_templates(table_family, specs, sims[0]))


def test_tfidf_similarity_is_a_cosine():
    m = tfidf_similarity(["bold text", "zzz"], ["bold text", "insert table"])
    assert m[0, 0] == pytest.approx(1.0) and m[0, 1] == 0.0 and m[1].max() == 0.0


def _write(path: Path, pairs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(p) + "\n" for p in pairs))
    return path


def test_run_writes_checkable_records_and_is_resumable(tmp_path):
    plans = _write(tmp_path / "plans.jsonl", [BOLD, FRAME, TABLE, MAIL])
    out = tmp_path / "tasks.jsonl"
    cfg = InstantiateConfig(plans=plans, out=out, n=2, matcher="tfidf", progress=False)
    run(cfg)
    records = read_jsonl(out)
    summary = json.loads(summary_path(out).read_text())
    assert summary["pairs"] == 4 and summary["matched_pairs"] == 2 and summary["skipped_no_family"] == 2
    assert summary["tasks"] == len(records) == 4 and summary["matcher"] == "tfidf"
    assert {r["family"] for r in records} == {"bold", "table_bold"}
    reference = make_record(get_family("bold"), "train", 0, 0)
    for r in records:
        assert set(r) == set(reference) | {"instantiation"}
        task = task_from_dict(r)
        assert task.is_successful(r["template_path"]) == 0.0  # the untouched template fails the checker
        assert r["request"] and r["instantiation"]["pair_id"] in ("p_bold", "p_table")
        assert r["instantiation"]["matcher"] == "tfidf"
    # instances of one pair start at different templates
    assert len({r["template"] for r in records if r["family"] == "bold"}) == 2
    first = out.read_bytes()
    run(cfg)  # a finished run leaves no partial file; running again gives the same bytes
    assert out.read_bytes() == first
    assert not (tmp_path / ".tasks.jsonl.partial").exists()


def test_run_resumes_from_a_partial_file(tmp_path):
    plans = _write(tmp_path / "plans.jsonl", [BOLD, TABLE])
    out = tmp_path / "tasks.jsonl"
    full = InstantiateConfig(plans=plans, out=tmp_path / "full.jsonl", matcher="tfidf", progress=False)
    run(full)
    partial = tmp_path / ".tasks.jsonl.partial"
    kept = {**read_jsonl(full.out)[0], "task_id": "kept-from-partial"}
    fake = {"pair_id": "p_bold", "route": "help_ref", "candidate": "bold", "similarity": 1.0,
            "records": [kept], "dropped": []}
    partial.write_text(json.dumps(fake) + "\n" + '{"pair_id": "p_tab')  # a cut last line is ignored
    run(InstantiateConfig(plans=plans, out=out, matcher="tfidf", progress=False))
    ids = [r["task_id"] for r in read_jsonl(out)]
    assert ids[0] == "kept-from-partial" and ids[1:] == [r["task_id"] for r in read_jsonl(full.out)][1:]


def test_config_rejects_bad_values(tmp_path):
    with pytest.raises(ValueError, match="matcher"):
        InstantiateConfig(plans=tmp_path, out=tmp_path, matcher="bm25")
    with pytest.raises(ValueError, match="llm"):
        InstantiateConfig(plans=tmp_path, out=tmp_path, llm_base_url="http://x")


@pytest.mark.slow
def test_embedding_matcher_maps_bold_and_skips_frame():
    from lamforge.text.similarity import MatcherUnavailable

    try:
        minilm = load_matcher("embedding")
    except MatcherUnavailable as exc:
        pytest.skip(str(exc))
    bold, unlinked, frame, mail = FamilyIndex(FAMILIES, *THRESHOLDS["embedding"]).match(
        [BOLD, BOLD_NO_LINK, FRAME, MAIL], minilm)
    assert bold.family.name == unlinked.family.name == "bold"
    assert frame.family is None and mail.family is None
