"""Compose a request from a core phrasing, a wrapper and rendered slots, remembering its skeleton.

A *core* is a family's way to say the operation (``make {target} bold``); a *wrapper* makes it
polite, terse or a question; *slots* (the target reference, a value) render their own phrasing
with the concrete text inside quotes. Every piece is chosen from a ``train`` or ``heldout`` pool,
so a request is correct by construction, and its *skeleton* (the request with the concrete
texts replaced by ``{q}``-style placeholders) is what the leak test compares across pools.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Pool = Literal["train", "heldout"]
POOLS: tuple[Pool, ...] = ("train", "heldout")


@dataclass(frozen=True)
class Phrases:
    """Train and held-out alternatives for one phrasing slot; ``!`` marks a full-sentence core."""

    train: tuple[str, ...]
    heldout: tuple[str, ...]

    def get(self, pool: Pool) -> tuple[str, ...]:
        """The alternatives of ``pool``."""
        return self.train if pool == "train" else self.heldout


@dataclass(frozen=True)
class Fill:
    """A rendered slot: ``skel`` keeps leaf placeholders (``{q}``), ``text`` has the concrete values."""

    skel: str
    text: str


@dataclass(frozen=True)
class Rendered:
    """A request, its skeleton and the pool and core it came from."""

    text: str
    skeleton: str
    pool: Pool
    core: str
    typo: bool = False
    parts: tuple[str, ...] = field(default_factory=tuple)
    bare: bool = False  # the document's texts named without quotation marks (``phrasing.bare``)


def fill(template: str, **leaves: str) -> Fill:
    """Fill leaf placeholders (``{q}``) of a slot template, keeping the skeleton.

    >>> fill("the text '{q}'", q="Hello").text
    "the text 'Hello'"
    """
    text = template
    for k, v in leaves.items():
        text = text.replace("{" + k + "}", v)
    return Fill(template, text)


def pick_fill(rng: random.Random, phrases: Phrases, pool: Pool, avoid_quote_in: str = "", **leaves: str) -> Fill:
    """Choose a slot template from ``pool`` and fill it.

    Templates whose quote character occurs in ``avoid_quote_in`` are skipped (an apostrophe in
    the quoted text would otherwise end a single-quoted reference early).
    """
    options = list(phrases.get(pool))
    if avoid_quote_in:
        ok = [t for t in options if not _quote_clash(t, avoid_quote_in)]
        options = ok or options
    return fill(rng.choice(options), **leaves)


def _quote_clash(template: str, text: str) -> bool:
    return ("'" in text and "'{" in template) or ('"' in text and '"{' in template) or (
        "\u2019" in text and "\u2018{" in template)


def cap(text: str) -> str:
    """Upper-case a leading letter; text that starts with a quotation is left alone (it is the document's).

    >>> cap("the heading 'Outlook'"), cap("'what lies under'")
    ("The heading 'Outlook'", "'what lies under'")
    """
    return text[:1].upper() + text[1:] if text[:1].isalpha() else text


def _substitute(template: str, slots: dict[str, str]) -> str:
    out = template
    for k, v in slots.items():
        out = out.replace("{" + cap(k) + "}", cap(v)).replace("{" + k + "}", v)
    return out


def _tidy(template: str) -> str:
    """Normalise spaces and doubled punctuation of a template (before any document text is inserted)."""
    template = re.sub(r"\s+", " ", template).strip()
    template = re.sub(r"\s+([,.?!])", r"\1", template)
    return re.sub(r"([.?!])\.", r"\1", template)


def _end_punct(text: str) -> str:
    """Drop a sentence stop after a quotation that already ends one ("... 'Done.'." -> "... 'Done.'")."""
    return re.sub(r"([.?!])(['\"\u2019\u201d])[.]", r"\1\2", text)


_PLACEHOLDER = re.compile(r"\{[A-Za-z_]+\}")


def add_typo(template: str, rng: random.Random) -> str:
    """Corrupt one word of at least five letters outside placeholders (swap, drop or double a letter)."""
    spans = [m.span() for m in _PLACEHOLDER.finditer(template)]
    words = [m for m in re.finditer(r"[A-Za-z]{5,}", template)
             if not any(a <= m.start() < b for a, b in spans)]
    if not words:
        return template
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(1, len(w) - 2)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        new = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind == "drop":
        new = w[:i] + w[i + 1:]
    else:
        new = w[:i] + w[i] + w[i:]
    return template[: m.start()] + new + template[m.end():]


def compose(
    rng: random.Random,
    cores: Sequence[str],
    pool: Pool,
    fills: dict[str, Fill],
    wrappers: Phrases,
    sentence_wrappers: Phrases,
    typo_rate: float = 0.0,
) -> Rendered:
    """Pick a core and a wrapper, fill the slots, maybe add a typo; return the request and its skeleton.

    Held-out requests draw the core from the held-out pool always and the wrapper from either
    pool, so every held-out skeleton differs from every training one through its core.
    """
    core = rng.choice(list(cores))
    wrap_pool: Pool = pool if pool == "train" or rng.random() < 0.6 else "train"
    if core.startswith("!"):
        wrapper = rng.choice(sentence_wrappers.get(wrap_pool))
        template = wrapper.replace("{s}", core[1:])
    else:
        wrapper = rng.choice(wrappers.get(wrap_pool))
        template = wrapper.replace("{Imp}", cap(core)).replace("{imp}", core)
    typo = bool(typo_rate) and rng.random() < typo_rate
    if typo:
        template = add_typo(template, rng)
    template = _tidy(template)
    skeleton = _end_punct(_substitute(template, {k: f.skel for k, f in fills.items()}))
    text = _end_punct(_substitute(template, {k: f.text for k, f in fills.items()}))
    return Rendered(text=text, skeleton=skeleton, pool=pool, core=core, typo=typo, parts=(wrapper,))
