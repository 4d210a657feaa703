"""From a prompt to one usable action: generate, parse, validate, and retry once on garbage.

:func:`interpret` is the whole text → action path and never raises: an unreadable reply, an unknown
function or ill-typed arguments come back as an :class:`Interpretation` with the reason, which the loop
records as a failed step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from lamforge.agent.backends.base import DEFAULT_MAX_TOKENS, Backend, Generation, Message
from lamforge.app.action import Action, ActionError
from lamforge.prompting.format import AgentOutput, ParseError

RETRY_TEMPERATURE = 0.7


@dataclass(frozen=True)
class Interpretation:
    """What one reply amounts to.

    Attributes:
        output: the parsed seven keys (None when the text could not be parsed).
        action: the executable action (None when the output is unusable).
        error: '' when usable, ``parse`` or ``action`` otherwise.
        reason: why it is unusable.

    """

    output: AgentOutput | None
    action: Action | None
    error: str = ""
    reason: str = ""


def json_safe(value: Any, depth: int = 0) -> tuple[Any, bool]:
    """``value`` with only JSON types (dict keys as strings, sets and tuples as lists, others as repr).

    Returns the converted value and whether anything had to change. Python-literal replies can hold sets,
    bytes or tuple keys, which would break the prompt's history line and the log.

    >>> json_safe({"a": (1, 2)})
    ({'a': [1, 2]}, True)
    >>> json_safe({"text": "hi", "n": [1, None]})
    ({'text': 'hi', 'n': [1, None]}, False)
    """
    if value is None or isinstance(value, str | bool | int | float):
        return value, False
    if depth > 32:
        return repr(value)[:200], True
    if isinstance(value, dict):
        out, changed = {}, False
        for k, v in value.items():
            sv, c = json_safe(v, depth + 1)
            out[k if isinstance(k, str) else str(k)] = sv
            changed = changed or c or not isinstance(k, str)
        return out, changed
    if isinstance(value, list):
        items = [json_safe(v, depth + 1) for v in value]
        return [v for v, _ in items], any(c for _, c in items)
    if isinstance(value, tuple | set | frozenset):
        return json_safe(list(value), depth)[0], True
    return repr(value)[:200], True


def interpret(text: object) -> Interpretation:
    """Parse and validate a raw reply; never raises.

    >>> interpret('{"function": "select_text", "args": {"text": "Hi"}}').action.args
    {'text': 'Hi'}
    >>> interpret('{"function": "fly"}').reason
    "unknown function 'fly'"
    """
    try:
        output = AgentOutput.parse(text)  # type: ignore[arg-type]
    except ParseError as exc:
        return Interpretation(None, None, "parse", str(exc))
    except Exception as exc:  # a parser slip on strange input is still just an unusable reply
        return Interpretation(None, None, "parse", f"unreadable output ({type(exc).__name__}: {exc})")
    args, changed = json_safe(output.args)
    if changed:
        output = replace(output, args=args)
        return Interpretation(output, None, "action", "args hold values JSON cannot carry (sets, bytes, tuples)")
    try:
        action = output.to_action()
    except ActionError as exc:
        return Interpretation(output, None, "action", str(exc))
    except Exception as exc:
        return Interpretation(output, None, "action", f"invalid action ({type(exc).__name__}: {exc})")
    return Interpretation(output, action)


@dataclass(frozen=True)
class Decision:
    """The model's choice for one step, with the generations it took."""

    interpretation: Interpretation
    generations: tuple[Generation, ...]

    @property
    def raw_output(self) -> str:
        """The first reply."""
        return self.generations[0].text

    @property
    def retry_output(self) -> str | None:
        """The second reply, when the first was unusable."""
        return self.generations[1].text if len(self.generations) > 1 else None

    @property
    def model_ms(self) -> float:
        """Generation time of both tries."""
        return sum(g.model_ms for g in self.generations)

    @property
    def prompt_tokens(self) -> int:
        """Prompt tokens of the first try (the retry reads the same prompt)."""
        return self.generations[0].prompt_tokens

    @property
    def completion_tokens(self) -> int:
        """Tokens written over both tries."""
        return sum(g.completion_tokens for g in self.generations)


def decide(
    backend: Backend,
    messages: Sequence[Message],
    *,
    max_tokens: int = DEFAULT_MAX_TOKENS,
    temperature: float = 0.0,
    retry: bool = True,
) -> Decision:
    """Ask the model for one action; if the reply is unusable, ask once more with some sampling.

    The retry samples (temperature at least :data:`RETRY_TEMPERATURE`) because a greedy model would
    repeat the same reply to the same prompt. Backend errors propagate: the loop ends the episode on them.
    """
    first = backend.generate(messages, max_tokens=max_tokens, temperature=temperature)
    it = interpret(first.text)
    if it.action is not None or not retry:
        return Decision(it, (first,))
    second = backend.generate(messages, max_tokens=max_tokens, temperature=max(temperature, RETRY_TEMPERATURE))
    it2 = interpret(second.text)
    if it2.action is None:
        it2 = Interpretation(it2.output or it.output, None, it2.error, f"{it2.reason} (first try: {it.reason})")
    return Decision(it2, (first, second))
