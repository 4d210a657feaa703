"""Phrasing variety and the held-out pool: no held-out phrasing leaks into training requests."""

from __future__ import annotations

import re

import pytest

from lamforge.tasks.generate import iter_records
from lamforge.tasks.phrasing.common import HELDOUT_ONLY_KINDS, PARA_REF, SPAN_REF, WRAPPERS
from lamforge.tasks.phrasing.render import add_typo
from lamforge.tasks.registry import FAMILIES, get_family
from lamforge.tasks.stats import distinct_skeletons

CURLY = "\u2018\u2019\u201c\u201d"


@pytest.fixture(scope="module")
def train_records():
    return list(iter_records(len(FAMILIES) * 40, "train", seed=11, check=False))


@pytest.fixture(scope="module")
def heldout_records():
    return list(iter_records(len(FAMILIES) * 40, "test-phrasing", seed=11, check=False))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", re.sub(r"\{[a-zA-Z_]+\}", " ", text.lower())))


def test_pools_are_disjoint():
    for f in FAMILIES:
        assert not set(f.phrases.train) & set(f.phrases.heldout), f.name
    assert not set(WRAPPERS.train) & set(WRAPPERS.heldout)
    assert not set(SPAN_REF.train) & set(SPAN_REF.heldout)
    for kind, p in PARA_REF.items():
        assert not set(p.train) & set(p.heldout), kind


def test_no_heldout_phrasing_in_training(train_records, heldout_records):
    """Held-out cores, skeletons, curly quotes and held-out-only words never occur in a training request."""
    train_skeletons = {r["phrasing"]["skeleton"] for r in train_records}
    held_skeletons = {r["phrasing"]["skeleton"] for r in heldout_records}
    assert not train_skeletons & held_skeletons
    by_family: dict[str, list[dict]] = {}
    for r in train_records:
        by_family.setdefault(r["family"], []).append(r)
        assert r["phrasing"]["pool"] == "train"
        assert not any(c in r["phrasing"]["skeleton"] for c in CURLY), r["request"]
    for name, recs in by_family.items():
        family = get_family(name)
        held_cores = set(family.phrases.heldout)
        assert not held_cores & {r["phrasing"]["core"] for r in recs}
        # words that only held-out cores use (e.g. "embolden") appear in no training skeleton of the family
        only_held = set().union(*map(_words, family.phrases.heldout)) - set().union(*map(_words, family.phrases.train))
        only_held -= set().union(*(_words(w) for w in WRAPPERS.train))
        for r in recs:
            leaked = only_held & _words(r["phrasing"]["skeleton"])
            # a word may also come from a shared reference template ("the paragraph ...")
            shared = [_words(t) for p in PARA_REF.values() for t in p.train]
            leaked -= set().union(*shared, _words(" ".join(SPAN_REF.train)))
            assert not leaked, (name, r["request"], leaked)


def test_heldout_requests_use_heldout_cores(heldout_records):
    for r in heldout_records:
        family = get_family(r["family"])
        assert r["phrasing"]["pool"] == "heldout"
        if not hasattr(family, "parts"):
            assert r["phrasing"]["core"] in family.phrases.heldout, r["request"]
    targets = [r["params"].get("target") for r in heldout_records]
    kinds = {t.get("kind") for t in targets if isinstance(t, dict)}
    assert kinds & HELDOUT_ONLY_KINDS  # ordinal references occur
    assert any(any(c in r["request"] for c in CURLY) for r in heldout_records)
    assert any(r["phrasing"]["typo"] for r in heldout_records)


def test_request_quotes_what_the_solution_selects(train_records):
    """Grounding: a quoted target text appears verbatim in the request."""
    checked = 0
    for r in train_records:
        target = r["params"].get("target")
        if isinstance(target, dict) and target.get("kind") in ("quote", "starts", "contains", "ends", "heading", "line",
                                                              "title"):
            quoted = target.get("quote") or target.get("text")
            assert quoted in r["request"], (r["request"], quoted)
            if r["family"] != "delete_paragraph":  # which selects the whole paragraph it names by its start
                assert r["solution"][0]["args"]["text"] == quoted
            checked += 1
    assert checked > 200


def test_typos_never_touch_placeholders():
    import random

    rng = random.Random(0)
    for _ in range(200):
        t = add_typo("Please embolden {target} in the document {value}", rng)
        assert "{target}" in t and "{value}" in t and t != "Please embolden {target} in the document {value}"


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_dozens_of_phrasings_per_family(family):
    assert distinct_skeletons(family, "train", 60) >= 24
