"""A one-minute tour of the environment: make a document, act on it, read the result back."""

from __future__ import annotations

import time
from pathlib import Path

from lamforge.app.action import Action
from lamforge.app.env import WriterEnv

SCRIPT = (
    Action("select_text", {"text": "Quarterly Report"}),
    Action("set_edit_text", {"text": "Heading 1"}, control_name="Paragraph Style"),
    Action("click_input", control_name="Align Center"),
    Action("select_text", {"text": "revenue grew by twelve percent"}),
    Action("click_input", control_name="Bold"),
    Action("set_edit_text", {"text": "Red"}, control_name="Font Color"),
    Action("keyboard_input", {"keys": "^{END}{ENTER}"}),
    Action("insert_table", {"rows": 2, "columns": 3}),
)


def run_showcase(out: Path) -> Path:
    """Write ``out/showcase.docx`` and ``out/showcase_result.docx``, printing each step."""
    import docx
    from rich.console import Console

    con = Console()
    out.mkdir(parents=True, exist_ok=True)
    src = out / "showcase.docx"
    d = docx.Document()
    d.add_paragraph("Quarterly Report")
    d.add_paragraph("This quarter revenue grew by twelve percent while costs stayed flat.")
    d.add_paragraph("Next steps are listed below.")
    d.save(src)
    t0 = time.perf_counter()
    with WriterEnv() as env:
        obs, _ = env.reset(options={"doc": src})
        con.print(
            f"[bold]LibreOffice started[/] in {time.perf_counter() - t0:.2f}s; {len(obs.controls)} controls"
        )
        for a in SCRIPT:
            r = env.step(a).result
            con.print(
                f"  {'[green]ok[/]' if r.ok else '[red]failed[/]'} {a.function} {a.args or a.control_name}: "
                f"{r.message} ({r.app_ms:.1f} ms)"
            )
        result = env.save(out / "showcase_result.docx")
    back = docx.Document(result)
    for p in back.paragraphs:
        runs = ", ".join(f"{r.text!r} bold={r.bold}" for r in p.runs if r.text)
        con.print(f"  [dim]{p.style.name:10}[/] {p.alignment} {runs}")
    con.print(f"tables: {[(len(t.rows), len(t.columns)) for t in back.tables]}; saved {result}")
    return result
