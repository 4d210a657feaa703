"""Which operations a clause asks for, read from its words the way a help page names them.

A clause such as "change 'x' to 16 points and also underline it" asks for two operations; each
becomes one help-page step ("Set the font size to 16 in the Font Size box", "Click Underline").
Words that only *name the target* ("the heading 'X'", "the title 'X'", "the line that says 'X'")
are removed first, so a heading that is merely pointed at is not mistaken for a style request.
"""

from __future__ import annotations

import re

from lamforge.app.commands import COLORS
from lamforge.text.fonts import font_in
from lamforge.text.quotes import QUOTED_RE

Q = "<q>"  # stands for a quoted text in a masked clause
_NOUNS = (
    r"heading|header|title|subtitle|line|lines|paragraph|paragraphs|sentence|phrase|text|words?|items?|entry|"
    r"cell|row|column|section|list|passage|string|name|label"
)
_REF = re.compile(
    rf"\b(?:the|this|that|a)\s+(?:(?:first|second|third|fourth|fifth|last|\w+)\s+)?(?:{_NOUNS})\b"
    r"(?:\s+(?:that|which))?(?:\s+(?:says|reads|starts|begins|ends|contains|beginning|ending|starting|containing|"
    rf"saying|reading))?(?:\s+with)?\s*{Q}"
)
_REF_AFTER = re.compile(rf"{Q}\s+(?:{_NOUNS})\b")
_BODY_STYLE = re.compile(
    r"body text|default paragraph style|(?:normal|plain|ordinary|regular) (?:body )?(?:text|style|paragraph)|"
    r"(?:remove|strip|clear|take off)\b.{0,30}\bheading|(?:not|n't|no longer) (?:be )?a heading|be a heading any ?more"
)


def mask(clause: str) -> str:
    """The clause in lower case with each quoted text replaced by ``<q>``."""
    return QUOTED_RE.sub(f" {Q} ", clause).lower()


def scrub(masked: str) -> str:
    """The masked clause without the words that merely name its target."""
    text = _REF.sub(" <target> ", masked)
    return _REF_AFTER.sub(" <target> ", text)


def style_value(text: str) -> str | None:
    """The paragraph style a (scrubbed) clause asks for, if any.

    >>> style_value("turn <target> into a level 2 heading"), style_value("make <target> plain body text")
    ('Heading 2', 'Default Paragraph Style')
    """
    m = re.search(r"\bheading\s*(?:level\s*)?(\d)\b|\blevel\s*(\d)\s+heading", text)
    if m:
        return f"Heading {m.group(1) or m.group(2)}"
    if _BODY_STYLE.search(text):
        return "Default Paragraph Style"
    m = re.search(r"\b(?:a|an|as|to|into|the)\s+(title|subtitle|quotations?)\b(?!\s*case)", text)
    if m:
        return {"title": "Title", "subtitle": "Subtitle"}.get(m.group(1), "Quotations")
    return None


def font_value(clause: str) -> str | None:
    """A font family named in the clause (known names first, then a capitalised name next to 'font')."""
    return font_in(QUOTED_RE.sub(" ", clause))


def color_value(text: str) -> str | None:
    """The colour named in the clause (longest name first, so 'dark blue' beats 'blue')."""
    return next((c for c in sorted(COLORS, key=len, reverse=True) if re.search(rf"\b{c}\b", text)), None)


def spacing_value(text: str) -> str | None:
    """The line spacing asked for: '1', '1.5', '2' or a number after 'spacing'."""
    if re.search(r"\bdouble\b", text):
        return "2"
    if re.search(r"\bsingle\b", text):
        return "1"
    if re.search(r"one and a half|\b1\.5\b", text):
        return "1.5"
    m = re.search(r"spac\w*[^\d]{0,40}?(\d(?:\.\d+)?)\b|(\d(?:\.\d+)?)\s*(?:-\s*)?(?:line\s+)?spac", text)
    return (m.group(1) or m.group(2)) if m else None


def size_value(text: str) -> str | None:
    """A font size in points: a number next to pt/point(s)/size, or after 'to' in a size clause."""
    m = re.search(r"(\d+(?:\.\d+)?)\s*-?\s*(?:pts?|points?)\b|\bsize\s*(?:of\s*|to\s*)?(\d+(?:\.\d+)?)", text)
    if not m and re.search(r"\b(size|resize|scale|bigger|smaller|larger)\b", text):
        m = re.search(r"\b(?:to|at|be)\s+(\d+(?:\.\d+)?)\b", text)
    if not m:
        return None
    v = float(next(g for g in m.groups() if g))
    return f"{v:g}" if 1 <= v <= 999 else None


# (pattern on the scrubbed clause, step); the steps come out in the order their words appear.
_CASE_TITLE = r"title[- ]case|capitali[sz]e (?:every|each) word|(?:every|each) word\b.{0,40}\bcapital|initial capital"
_CLICKS: tuple[tuple[str, str], ...] = (
    (_CASE_TITLE, "Choose Format - Text - Capitalize Every Word"),
    (r"sentence[- ]case|only the first letter", "Choose Format - Text - Sentence case"),
    (r"lower[- ]?case|small letters|no capitals", "Choose Format - Text - lowercase"),
    (
        r"upper[- ]?case|all[- ]caps|\bin caps\b|capital letters|block capitals|\bcapitals\b|"
        r"capitali[sz]e all(?: the)? letters",
        "Choose Format - Text - UPPERCASE",
    ),
    (r"\bbold|embolden|heav(?:y|ier)\b", "Click Bold"),
    (r"italic|slant", "Click Italic"),
    (r"underlin|underscore|line (?:beneath|under|below)", "Click Underline"),
    (r"strike|struck|cross(?:ed)? out|line through", "Click Strikethrough"),
    (r"superscript|above the baseline", "Click Superscript"),
    (r"subscript|below the baseline", "Click Subscript"),
    (r"bullet|unordered", "Click Toggle Unordered List"),
    (r"\bnumber(?:ed|ing)?\b|\bordered list|1, 2, 3", "Click Toggle Ordered List"),
    (r"justif|both (?:sides|margins|edges)", "Click Justified"),
)
_DECREASE = (
    r"outdent|un-?indent|(?:decrease|reduce|remove|less|fewer)\b.{0,25}\bindent|indent(?:ed|ation)? less|"
    r"pull\b.{0,20}\bback|too far in|indent to the left"
)
_INCREASE = r"indent|inward"
_CENTER = r"\bcent(?:er|re|ring)|\b(?:in|to|into) the middle\b"
_SIDE_CONTEXT = r"\balign|\bflush|margin|edge|line[sd]? up|\bpush|\bmove|\bshift|(?:left|right)[- ]?(?:align|just)"
_LEFT = r"\bleft\b"
_RIGHT = r"\bright\b|right-hand"


def _first(pattern: str, text: str) -> int | None:
    m = re.search(pattern, text)
    return m.start() if m else None


def operation_steps(clause: str) -> list[str]:
    """Help-page steps for the operations a clause names (empty when it names none we know)."""
    text = scrub(mask(clause))
    found: list[tuple[int, str]] = []
    for pattern, step in _CLICKS:
        pos = _first(pattern, text)
        if pos is not None and not any(s == step for _, s in found):
            if "Text -" in step and any("Text -" in s for _, s in found):
                continue  # one case change per clause: the first pattern that fits is the most specific
            found.append((pos, step))
    dec, inc = _first(_DECREASE, text), _first(_INCREASE, text)
    if dec is not None:
        found.append((dec, "Click Decrease Indent"))
    elif inc is not None:
        found.append((inc, "Click Increase Indent"))
    elif (pos := _first(_CENTER, text)) is not None:
        found.append((pos, "Click Align Center"))
    elif re.search(_SIDE_CONTEXT, text):
        for pattern, name in ((_LEFT, "Align Left"), (_RIGHT, "Align Right")):
            if (pos := _first(pattern, text)) is not None:
                found.append((pos, f"Click {name}"))
                break
    found += _value_steps(clause, text)
    return [s for _, s in sorted(found, key=lambda x: x[0])]


_BIGGER = r"\b(?:bigger|larger|enlarge|(?:increase|bump up)\b.{0,12}\bsize|too small)\b"
_SMALLER = r"\b(?:smaller|shrink|(?:reduce|decrease|lower)\b.{0,12}\bsize|too big)\b"


def _resize_steps(text: str) -> list[tuple[int, str]]:
    """A size asked for without a number: one step of Format ▸ Text ▸ Increase / Decrease Size.

    >>> _resize_steps("make the title bigger"), _resize_steps("reduce the font size of the note")
    ([(15, 'Choose Format - Text - Increase Size')], [(0, 'Choose Format - Text - Decrease Size')])
    >>> _resize_steps("make the title 14 pt") == []  # (the caller asks only when no size is named)
    True
    """
    for pattern, name in ((_BIGGER, "Increase Size"), (_SMALLER, "Decrease Size")):
        if (pos := _first(pattern, text)) is not None:
            return [(pos, f"Choose Format - Text - {name}")]
    return []


def _value_steps(clause: str, text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    style = style_value(text)
    if style:
        pos = _first(r"heading|style|title|subtitle|body|normal|plain|ordinary|quotation", text) or 0
        out.append((pos, f"Set the paragraph style to {style} in the Paragraph Style box"))
    spacing = spacing_value(text) if re.search(r"spac", text) else None
    if spacing:
        step = f"Set the line spacing to {spacing} in the Line Spacing box"
        out.append((_first(r"spac|single|double", text) or 0, step))
    size = size_value(text)
    if size and not spacing:
        out.append((_first(r"\d|size|scale", text) or 0, f"Set the font size to {size} in the Font Size box"))
    elif not spacing:
        out += _resize_steps(text)
    font = font_value(clause)
    if font:
        out.append((_first(re.escape(font.lower()), text) or 0, f"Set the font name to {font} in the Font Name box"))
    color = color_value(text)
    if color and re.search(r"highlight|marker|highlighter", text):
        pos = _first(r"highlight|marker", text) or 0
        out.append((pos, f"Set the highlighting colour to {color} in the Character Highlighting Color box"))
    elif color:
        out.append((_first(rf"\b{color}\b", text) or 0, f"Set the font colour to {color} in the Font Color box"))
    return out
