"""The document as a step prompt shows it: numbered paragraphs with roles, table rows, the selection.

One line per body paragraph (``3|heading 1|Outlook``) and one per table row (``T1 r2|c1 Seeds|c2 Bill``), so a
request that names its target by role, position or content can be grounded in what the model reads, and a
structural action (``select_paragraphs``, ``select_cells``) can name it by the numbers shown. Long paragraphs
are shortened (their first words and last words stay: people name paragraphs by how they start or end), and a
long document is capped like the control list: the lines a request can name by role or position (title,
headings, the first and last paragraphs, table header rows, the selection) always stay, then the lines that
share the most words with the request, then the earliest; a gap says how many lines it hides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lamforge.app.observation import DocView, ViewParagraph, ViewTable
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

MAX_LINES = 16  # paragraphs and table rows shown at most
MAX_LINES_LATER = 6  # once the agent has acted: the selection and what the request names are what is left to see
MAX_WORDS = 10  # a paragraph longer than this is shortened
HEAD_WORDS, TAIL_WORDS = 6, 3
ALWAYS_ROLES = ("title", "subtitle", "heading")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = FUNCTION_WORDS | INSTRUCTION_WORDS  # words that say what to do, not which text


def shorten(text: str, max_words: int = MAX_WORDS, asked: frozenset[str] = frozenset()) -> str:
    """A paragraph's text as the view shows it: whole when short, else its first and last words.

    When a word the request asks about (``asked``) sits in the part left out, a few words around it are kept too,
    so "the paragraph about the pier" can be found in a long paragraph.

    >>> shorten("one two three")
    'one two three'
    >>> shorten(" ".join(str(i) for i in range(1, 31)))
    '1 2 3 4 5 6 … 28 29 30'
    >>> shorten(" ".join(str(i) for i in range(1, 31)), asked=frozenset({"15"}))
    '1 2 3 4 … 14 15 16 … 29 30'
    """
    words = text.split()
    if len(words) <= max_words:
        return " ".join(words)
    middle = [i for i, w in enumerate(words[HEAD_WORDS:-TAIL_WORDS], HEAD_WORDS) if _words(w) & asked]
    if middle:
        k = middle[0]
        return " ".join([*words[:4], "…", *words[k - 1:k + 2], "…", *words[-2:]])
    return " ".join([*words[:HEAD_WORDS], "…", *words[-TAIL_WORDS:]])


def _line_of_paragraph(p: ViewParagraph, asked: frozenset[str]) -> str:
    return f"{p.number}|{p.role}|{shorten(p.text, asked=asked)}"


def _line_of_row(t: ViewTable, r: int, row: Sequence[str]) -> str:
    cells = "|".join(f"c{c} {' '.join(v.split()[:5])}".rstrip() for c, v in enumerate(row, 1))
    return f"T{t.number} r{r}|{cells}"


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _selected_numbers(selection: str) -> set[int]:
    """Paragraph numbers a selection label names (``paragraphs 2-4``, ``text "x" in paragraph 5``).

    >>> sorted(_selected_numbers("paragraphs 2-4")), sorted(_selected_numbers('text "a" in paragraph 5'))
    ([2, 3, 4], [5])
    """
    m = re.search(r"paragraphs? (\d+)(?:-(\d+))?$", selection)
    if not m:
        return set()
    a = int(m.group(1))
    return set(range(a, int(m.group(2) or a) + 1))


def view_lines(view: DocView, request: str = "", max_lines: int = MAX_LINES) -> list[str]:
    """The view's lines in document order, capped at ``max_lines`` with the request's targets kept."""
    entries: list[tuple[int, str, int]] = []  # (order, line, priority: 2 always, 1 relevant, 0 other)
    asked = frozenset(_words(request))
    selected = _selected_numbers(view.selection)
    tables_after: dict[int, list[ViewTable]] = {}
    for t in view.tables:
        tables_after.setdefault(t.after, []).append(t)
    last_text = max((p.number for p in view.paragraphs if p.role != "empty"), default=0)
    first_text = min((p.number for p in view.paragraphs if p.role != "empty"), default=0)

    def add_tables(after: int) -> None:
        for t in tables_after.get(after, []):
            for r, row in enumerate(t.rows, 1):
                shared = len(asked & _words(" ".join(row)))
                prio = 2 if r in (1, len(t.rows)) else (1 if shared else 0)
                entries.append((len(entries), _line_of_row(t, r, row), prio * 100 + shared))

    add_tables(0)
    for p in view.paragraphs:
        always = p.role.startswith(ALWAYS_ROLES) or p.number in (first_text, last_text)
        shared = len(asked & _words(p.text))
        prio = 3 if p.number in selected else 2 if always else (1 if shared else 0)
        entries.append((len(entries), _line_of_paragraph(p, asked), prio * 100 + shared - (p.role == "empty")))
        add_tables(p.number)
    if len(entries) <= max_lines:
        return [line for _, line, _ in entries]
    keep = sorted(entries, key=lambda e: (-e[2], e[0]))[:max_lines]
    kept = sorted(e[0] for e in keep)
    out: list[str] = []
    prev = -1
    for i in kept:
        if i - prev > 1:
            out.append(f"…|{i - prev - 1} more")
        out.append(entries[i][1])
        prev = i
    if prev < len(entries) - 1:
        out.append(f"…|{len(entries) - 1 - prev} more")
    return out


def render_view(view: DocView, request: str = "", max_lines: int = MAX_LINES) -> str:
    """The ``<Document:>`` block's body: the capped lines, then the selection line.

    >>> v = DocView((ViewParagraph(1, "title", "Minutes"), ViewParagraph(2, "body", "We met.")),
    ...             (ViewTable(1, 2, (("Task", "Owner"), ("Seeds", "Bill"))),), "paragraph 1")
    >>> print(render_view(v))
    1|title|Minutes
    2|body|We met.
    T1 r1|c1 Task|c2 Owner
    T1 r2|c1 Seeds|c2 Bill
    selection: paragraph 1
    """
    lines = view_lines(view, request, max_lines) or ["(empty document)"]
    return "\n".join([*lines, f"selection: {view.selection}"])
