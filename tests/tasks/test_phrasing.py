"""Phrasing variety and the held-out pool: no held-out phrasing leaks into training requests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lamforge.tasks.generate import iter_records
from lamforge.tasks.phrasing.common import HELDOUT_ONLY_KINDS, PARA_REF, SPAN_REF, WRAPPERS
from lamforge.tasks.phrasing.render import add_typo
from lamforge.tasks.phrasing.structural import STRUCT_REF
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


def _cores(family, pool: str) -> tuple[str, ...]:
    """Every core a family draws from in ``pool`` (its phrases and, where it has them, its structural ones)."""
    extra = family.struct_phrases.get(pool) if family.struct_phrases is not None else ()
    return (*family.phrases.get(pool), *extra)


def test_pools_are_disjoint():
    for f in FAMILIES:
        assert not set(f.phrases.train) & set(f.phrases.heldout), f.name
    assert not set(WRAPPERS.train) & set(WRAPPERS.heldout)
    assert not set(SPAN_REF.train) & set(SPAN_REF.heldout)
    for kind, p in PARA_REF.items():
        assert not set(p.train) & set(p.heldout), kind
    for kind, p in STRUCT_REF.items():
        assert not set(p.train) & set(p.heldout), kind
    for f in FAMILIES:
        if f.struct_phrases is not None:
            assert not set(f.struct_phrases.train) & set(f.struct_phrases.heldout), f.name


def test_heldout_structural_references_use_new_words():
    """Every held-out way of naming a target by role or position has a word no training reference uses."""
    train = set().union(*(_words(t) for p in STRUCT_REF.values() for t in p.train))
    for kind, p in STRUCT_REF.items():
        for t in p.heldout:
            assert _words(t) - train, (kind, t)


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
    shared = set().union(*(_words(t) for p in (*PARA_REF.values(), *STRUCT_REF.values()) for t in p.train),
                         _words(" ".join(SPAN_REF.train)))
    for name, recs in by_family.items():
        family = get_family(name)
        held_cores = set(_cores(family, "heldout"))
        assert not held_cores & {r["phrasing"]["core"] for r in recs}
        # words that only held-out cores use (e.g. "embolden") appear in no training skeleton of the family
        only_held = set().union(*map(_words, _cores(family, "heldout"))) - set().union(
            *map(_words, _cores(family, "train")))
        only_held -= set().union(*(_words(w) for w in WRAPPERS.train))
        for r in recs:
            # a word may also come from a shared reference template ("the paragraph ...")
            leaked = (only_held - shared) & _words(r["phrasing"]["skeleton"])
            assert not leaked, (name, r["request"], leaked)
    # every held-out way of naming a target by role or position has a word no training request uses
    seen = set().union(*(_words(r["phrasing"]["skeleton"]) for r in train_records))
    for kind, p in STRUCT_REF.items():
        for t in p.heldout:
            assert _words(t) - seen, (kind, t)


def test_heldout_requests_use_heldout_cores(heldout_records):
    for r in heldout_records:
        family = get_family(r["family"])
        assert r["phrasing"]["pool"] == "heldout"
        if not hasattr(family, "parts"):
            assert r["phrasing"]["core"] in _cores(family, "heldout"), r["request"]
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
        if isinstance(target, dict) and target.get("ref") is None and target.get("kind") in (
                "quote", "starts", "contains", "ends", "heading", "line", "title"):
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


# -- the rules' vocabularies take nothing from the held-out phrasings --------------------------------------------------

HELP_DIR = Path("/usr/share/libreoffice/help/en-US/text")
# Words of vocabularies owned outside the task suite that only held-out phrasings use and LibreOffice's help never
# does: leaks waiting for their owners to remove them (the test fails on any word not listed here).
PENDING_REMOVAL: dict[str, frozenset[str]] = {}


@pytest.fixture(scope="module")
def help_words() -> set[str]:
    """Every word of LibreOffice's Writer and shared help pages (what the help corpus may teach the rules)."""
    if not HELP_DIR.is_dir():
        pytest.skip("LibreOffice help is not installed")
    words: set[str] = set()
    for sub in ("swriter", "shared"):
        for page in (HELP_DIR / sub).rglob("*.html"):
            words |= set(re.findall(r"[a-z]+", re.sub(r"<[^>]+>", " ", page.read_text(errors="ignore")).lower()))
    return words


def _vocabularies() -> dict[str, set[str]]:
    from lamforge.agent import explicit_targets, mentions, references, several_targets, spelling_fixes, toggles
    from lamforge.app.out_of_reach import vocabulary as infeasible_words
    from lamforge.guidance import operation_parts, typed_values, whole_document
    from lamforge.prompting.control_filter import SYNONYMS
    from lamforge.text.fonts import KNOWN_FONTS
    from lamforge.text.pattern_words import pattern_words
    from lamforge.text.references import vocabulary as reader_words
    from lamforge.text.typos import INSTRUCTION_VOCAB
    from lamforge.text.vocab import INSTRUCTION_WORDS

    return {
        "INSTRUCTION_WORDS": set(INSTRUCTION_WORDS),
        "SYNONYMS": set().union(*(_words(k) for k in SYNONYMS)),
        "KNOWN_FONTS": set().union(*(_words(f) for f in KNOWN_FONTS)),
        "references": set(reader_words()),
        "infeasible": set(infeasible_words()),
        "typos": set(INSTRUCTION_VOCAB),
        # the guidance's own patterns: request rewriting, toggles to take off, composed operations, typed values
        "rewriting": set(pattern_words([v.pattern for m in (mentions, explicit_targets, references, toggles,
                                                            several_targets, operation_parts, typed_values,
                                                            whole_document, spelling_fixes)
                                        for v in vars(m).values() if isinstance(v, re.Pattern)])),
        # every reading of the runtime's own: the patterns each module of lamforge.agent defines (one it imports
        # is checked where it is defined; the role reader's closings read documents, not requests)
        "agent readings": set(pattern_words(_agent_patterns())),
    }


def _agent_patterns() -> list[str]:
    """The regular expressions every module of :mod:`lamforge.agent` assigns at its top level."""
    import ast
    import importlib
    import pkgutil

    import lamforge.agent as agent

    found = []
    for info in pkgutil.iter_modules(agent.__path__):
        if info.ispkg:
            continue
        module = importlib.import_module(f"lamforge.agent.{info.name}")
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        names = {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
                 if isinstance(t, ast.Name)}
        for k, v in vars(module).items():
            if k in names:  # a pattern, or patterns kept in a table ("_OPS": (pattern, how) pairs)
                found += [p.pattern for p in _patterns_in(v)]
    return found


def _patterns_in(value: object) -> list[re.Pattern]:
    """The compiled patterns ``value`` is or holds (in tuples and lists, one level of nesting)."""
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, (tuple, list)):
        return [p for item in value for p in (_patterns_in(item) if isinstance(item, (tuple, list))
                                               else [item] if isinstance(item, re.Pattern) else [])]
    return []


def _used(vocabulary: set[str], words: set[str]) -> set[str]:
    """Words of ``words`` that ``vocabulary`` reads (a stem ``translat*`` reads every word it starts)."""
    stems = [v[:-1] for v in vocabulary if v.endswith("*")]
    return {w for w in words if w in vocabulary or any(w.startswith(s) for s in stems)}


def test_rules_take_nothing_from_the_heldout_phrasings(train_records, heldout_records, help_words):
    """A word only held-out phrasings use is in no rule's vocabulary unless the help corpus has it too.

    Rules written while reading a split's failures would make that split's figure no longer blind (issue 16).
    """
    train = set().union(*(_words(r["phrasing"]["skeleton"]) for r in train_records))
    held_only = set().union(*(_words(r["phrasing"]["skeleton"]) for r in heldout_records)) - train - help_words
    for name, vocabulary in _vocabularies().items():
        leaked = _used(vocabulary, held_only) - PENDING_REMOVAL.get(name, frozenset())
        assert not leaked, (name, sorted(leaked))
