"""WikiHow-style source: a JSONL of how-to articles → (task, plan) records.

Users bring their own dump. Each line is ``{"title": ..., "steps": [...]}`` or ``{"title": ...,
"text": ...}`` where the text holds numbered steps ("1. Open ... 2. Click ..."). The title becomes the
request ("How to Double Space in LibreOffice Writer" → "Double space in LibreOffice Writer"); an
optional ``url`` is kept as provenance.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from lamforge.data.plans.phrasing import finish, is_title_case, sentence_case
from lamforge.data.plans.record import PlanRecord
from lamforge.data.plans.steps import instruction_steps

_HOWTO_RE = re.compile(r"^\s*(?:how (?:to|do i|can i|do you)|ways? to|steps? to)\s+", re.I)
_MARKER_RE = re.compile(r"(?:^|(?<=[\n.!?:;]))\s*(?:step\s*)?(\d{1,2})\s*[.):]\s+", re.I)


def title_to_task(title: str) -> str:
    """Turn an article title into a request.

    >>> title_to_task("How to Double Space in LibreOffice Writer?")
    'Double space in LibreOffice Writer'
    """
    text = _HOWTO_RE.sub("", " ".join(title.split())).rstrip("?.! ")
    return finish(sentence_case(text) if is_title_case(text) else text)


def split_numbered(text: str) -> list[str]:
    """Split text with numbered steps ("1. ... 2. ...") into steps, numbers counted up from 1.

    Numbers that do not continue the count ("set spacing to 2.") stay part of the step text.

    >>> split_numbered("1. Open the file. 2) Set spacing to 2. Click OK.")
    ['Open the file.', 'Set spacing to 2. Click OK.']
    """
    cuts = []
    expected = 1
    for match in _MARKER_RE.finditer(text):
        if int(match.group(1)) == expected:
            cuts.append(match)
            expected += 1
    if len(cuts) < 2:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return lines if len(lines) > 1 else instruction_steps(text)
    steps = []
    for i, match in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        step = text[match.end() : end].strip()
        if step:
            steps.append(step)
    return steps


def read_wikihow(path: str | Path) -> tuple[list[PlanRecord], dict]:
    """Read a WikiHow-style JSONL; return (records, {"lines", "invalid"}) — invalid lines are counted."""
    path = Path(path)
    records: list[PlanRecord] = []
    lines = invalid = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            lines += 1
            try:
                item = json.loads(line)
                title = item["title"]
                steps = item["steps"] if "steps" in item else split_numbered(item["text"])
                if not isinstance(title, str) or not isinstance(steps, list):
                    raise TypeError("title must be a string and steps a list")
                steps = [str(s) for s in steps if str(s).strip()]
            except (ValueError, KeyError, TypeError):
                invalid += 1
                continue
            provenance = {"file": path.name, "line": number, "title": title}
            if isinstance(item.get("url"), str):
                provenance["url"] = item["url"]
            records.append(PlanRecord.create(title_to_task(title), steps, "wikihow", provenance=provenance))
    return records, {"lines": lines, "invalid": invalid}
