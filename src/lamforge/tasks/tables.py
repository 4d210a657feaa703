"""Table families: insert a table, change a cell, format the table or a part of it, add or delete a row.

Templates hold at most one table, so "the table" is unambiguous. Cells are reached by selecting
the text of the cell to their left and pressing Tab, or by selecting the cell's own text; a cell,
row or column named by position or label ("row 3, column 2", "the header row", "the Cost column")
is selected by its coordinates (``select_cells``).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar, Literal

from lamforge.tasks import steps
from lamforge.tasks.base import Task, TaskParams, TaskSplit, values_for
from lamforge.tasks.checks.docmodel import DocModel
from lamforge.tasks.checks.edits import (
    delete_row,
    format_cell_block,
    format_cells,
    insert_row,
    insert_table,
    set_cell,
)
from lamforge.tasks.fonts import FontSize, color_hex
from lamforge.tasks.paragraphs import ParaParams, _ParaFamily
from lamforge.tasks.phrasing.common import NEW_TEXT, ORDINALS
from lamforge.tasks.phrasing.render import Fill, Phrases, Pool, fill, pick_fill
from lamforge.tasks.structural import STRUCT_RATE, cell_refs, col_refs, pick_ref, row_refs, select_steps, struct_fill
from lamforge.tasks.targets import NoTarget, StructRef
from lamforge.tasks.templates import TemplateSpec
from lamforge.tasks.templates.spec import Para
from lamforge.tasks.values import CELL_VALUES, FONT_COLORS, FONT_SIZES, HIGHLIGHTS, TABLE_SHAPES

_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven")


class InsertTableParams(ParaParams):
    """Where (after a paragraph) and how big."""

    rows: int
    columns: int


class InsertTable(_ParaFamily):
    """Insert an empty table after a paragraph."""

    name = "insert_table"
    category = "table"
    help_ref = "Inserting Tables"
    Params = InsertTableParams
    anchor_at = "end"
    roles = ("body", "heading", "item", "note", "meta")
    phrases = Phrases(
        train=("insert a table with {r} rows and {c} columns after {target}", "add a {r}x{c} table below {target}",
               "put a table of {r} rows by {c} columns under {target}", "insert a {r} by {c} table after {target}",
               "create a table with {c} columns and {r} rows below {target}",
               "add a table ({r} rows, {c} columns) right after {target}"),
        heldout=("create a grid of {r} by {c} cells after {target}",
                 "!I need a {r}-row, {c}-column table right below {target}.",
                 "drop in a table, {rw} rows and {cw} columns, following {target}",
                 "place a {c}-column table with {r} rows beneath {target}"),
    )

    @classmethod
    def para_ok(cls, spec: TemplateSpec, p: Para) -> bool:
        """Not directly followed by a table (two adjacent tables would merge)."""
        blocks = [b for b in spec.blocks if b.kind == "table" or (b.kind == "p" and b.text.strip())]
        pos = [i for i, b in enumerate(blocks) if b.kind == "p"][p.index]
        return pos + 1 >= len(blocks) or blocks[pos + 1].kind != "table"

    @classmethod
    def values(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec, target: Any) -> dict[str, Any]:
        """A table shape of the split."""
        rows, cols = rng.choice(values_for(split, *TABLE_SHAPES))
        return {"rows": rows, "columns": cols}

    def value_fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """Sizes as digits (and words for some held-out phrasings)."""
        r, c = self.params.rows, self.params.columns  # type: ignore[attr-defined]
        return {"r": fill("{r}", r=str(r)), "c": fill("{c}", c=str(c)),
                "rw": fill("{rw}", rw=_NUMBERS[r - 1]), "cw": fill("{cw}", cw=_NUMBERS[c - 1])}

    def op_steps(self) -> list[dict[str, Any]]:
        """Go to the end of the paragraph, open a new one, insert the table there."""
        p = self.params
        return [steps.keys("{END}{ENTER}"), steps.document("insert_table", rows=p.rows, columns=p.columns)]  # type: ignore[attr-defined]

    def layout(self, model: DocModel) -> dict[str, Any]:
        """Unused: the table is a new block."""
        return {}

    def apply(self, model: DocModel) -> None:
        """An empty table right after the paragraph."""
        insert_table(model, self.target.para, self.params.rows, self.params.columns)  # type: ignore[attr-defined]


class _OneTable(Task):
    """A family acting on the document's one table (templates with none or several are not offered to it)."""

    category: ClassVar[str] = "table"

    @classmethod
    def accepts(cls, spec: TemplateSpec) -> bool:
        """Exactly one table."""
        return len(spec.tables) == 1


class CellParams(TaskParams):
    """A cell (row, column, counted from 0) of the template's table and the text to put there.

    ``ref``: the request names the cell by position or by its row and column labels, unquoted.
    """

    row: int
    column: int
    text: str
    by_index: bool = False
    ref: StructRef | None = None


def _table_rows(spec: TemplateSpec) -> tuple[tuple[str, ...], ...]:
    if len(spec.tables) != 1:
        raise NoTarget(f"{spec.name}: needs exactly one table")
    return spec.tables[0]


class _CellFamily(_OneTable):
    """Shared sampling and phrasing of cell targets."""

    Params: ClassVar[type[TaskParams]] = CellParams
    structural_rate: ClassVar[float] = STRUCT_RATE

    @classmethod
    def cells_ok(cls, rows: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
        """Body cells this family may act on when it names them by position."""
        raise NotImplementedError

    @classmethod
    def new_text(cls, rng: random.Random, split: TaskSplit, old: str) -> str:
        """The text the cell gets."""
        return rng.choice([v for v in values_for(split, *CELL_VALUES) if v != old])

    @classmethod
    def struct_params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A cell named by row and column number or by its row label and column header."""
        rows = _table_rows(spec)
        cells = cls.cells_ok(rows)
        if not cells:
            raise NoTarget(f"{spec.name}: no cell for {cls.name}")
        r, c = rng.choice(cells)
        return CellParams(template=spec.name, row=r, column=c, text=cls.new_text(rng, split, rows[r][c]),
                          ref=pick_ref(rng, cell_refs(rows, r, c)))

    @property
    def cell(self) -> tuple[int, int]:
        """(row, column) from 0."""
        return self.params.row, self.params.column  # type: ignore[attr-defined]

    def cell_fill(self, rng: random.Random, pool: Pool) -> Fill:
        """The cell named by its row label and column header, or by position."""
        rows = _table_rows(self.spec)
        r, c = self.cell
        if self.params.ref is not None:  # type: ignore[attr-defined]
            return struct_fill(rng, self.params.ref, pool)  # type: ignore[attr-defined]
        if self.params.by_index:  # type: ignore[attr-defined]
            if pool == "heldout":
                return fill("the {rth} row's cell in column {cn}", rth=ORDINALS[r], cn=str(c + 1))
            return fill("row {rn}, column {cn} of the table", rn=str(r + 1), cn=str(c + 1))
        refs = Phrases(
            train=("the '{col}' cell of the '{row}' row", "the '{col}' column of the '{row}' row",
                   'the "{col}" cell in the row for "{row}"'),
            heldout=("the \u201c{col}\u201d entry for \u201c{row}\u201d", "the {row} row, under {col}"),
        )
        return pick_fill(rng, refs, pool, avoid_quote_in=rows[r][0] + rows[0][c], row=rows[r][0], col=rows[0][c])

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The cell and the new text."""
        t = self.params.text  # type: ignore[attr-defined]
        return {"cell": self.cell_fill(rng, pool), "text": pick_fill(rng, NEW_TEXT, pool, avoid_quote_in=t, t=t)}

    def apply(self, model: DocModel) -> None:
        """The cell holds the new text."""
        set_cell(model, 0, *self.cell, self.params.text)  # type: ignore[attr-defined]


class FillCell(_CellFamily):
    """Type a value into an empty cell."""

    name = "fill_cell"
    help_ref = "Inserting Tables"
    phrases = Phrases(
        train=("type {text} into {cell}", "fill {cell} with {text}", "enter {text} in {cell}",
               "put {text} in {cell}", "write {text} into {cell}", "!{Cell} should say {text}."),
        heldout=("!{Cell} is empty; it should read {text}.", "complete {cell} with {text}",
                 "add the value {text} to {cell}", "populate {cell} with {text}"),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """An empty body cell with a labelled row, a header and a unique left neighbour."""
        rows = _table_rows(spec)
        cells = [(r, c) for r in range(1, len(rows)) for c in range(1, len(rows[r]))
                 if not rows[r][c] and rows[r][0] and rows[0][c] and rows[r][c - 1] and spec.is_unique(rows[r][c - 1])]
        if not cells:
            raise NoTarget(f"{spec.name}: no fillable cell")
        r, c = rng.choice(cells)
        return CellParams(template=spec.name, row=r, column=c, text=rng.choice(values_for(split, *CELL_VALUES)))

    @classmethod
    def cells_ok(cls, rows: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
        """Empty body cells."""
        return [(r, c) for r in range(1, len(rows)) for c in range(len(rows[r])) if not rows[r][c]]

    def solution(self) -> list[dict[str, Any]]:
        """Select the left neighbour's text, End (collapse the selection), Tab into the empty cell, type.

        A cell named by position is selected by its coordinates instead.
        """
        r, c = self.cell
        if self.params.ref is not None:  # type: ignore[attr-defined]
            return [*select_steps(self.params.ref), steps.keys(self.params.text)]  # type: ignore[attr-defined]
        left = _table_rows(self.spec)[r][c - 1]
        return [steps.select(left), steps.keys("{END}{TAB}" + self.params.text)]  # type: ignore[attr-defined]


class EditCell(_CellFamily):
    """Replace the text of a filled cell."""

    name = "edit_cell"
    help_ref = "Inserting Tables"
    phrases = Phrases(
        train=("change {old} in {cell} to {text}", "replace {old} in {cell} with {text}",
               "update {cell} from {old} to {text}", "overwrite {old} in {cell} with {text}"),
        heldout=("!{Cell} says {old} but should say {text}.", "swap {old} for {text} in {cell}",
                 "correct {cell}: {old} becomes {text}"),
    )
    struct_phrases = Phrases(  # the cell named by position: its old text goes unsaid
        train=("change {cell} to {text}", "replace the contents of {cell} with {text}", "set {cell} to {text}",
               "update {cell} to {text}", "!{Cell} should now say {text}."),
        heldout=("!{Cell} ought to read {text} instead.", "overwrite whatever is in {cell} with {text}",
                 "amend {cell} so it reads {text}"),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A filled body cell whose text is unique in the document."""
        rows = _table_rows(spec)
        cells = [(r, c) for r in range(1, len(rows)) for c in range(1, len(rows[r]))
                 if rows[r][c] and rows[r][0] and rows[0][c] and spec.is_unique(rows[r][c])]
        if not cells:
            raise NoTarget(f"{spec.name}: no editable cell")
        r, c = rng.choice(cells)
        return CellParams(template=spec.name, row=r, column=c, text=cls.new_text(rng, split, rows[r][c]))

    @classmethod
    def cells_ok(cls, rows: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
        """Filled body cells."""
        return [(r, c) for r in range(1, len(rows)) for c in range(len(rows[r])) if rows[r][c]]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The cell, its old text and the new text."""
        old = _table_rows(self.spec)[self.cell[0]][self.cell[1]]
        return {**super().fills(rng, pool), "old": pick_fill(rng, NEW_TEXT, pool, avoid_quote_in=old, t=old)}

    def solution(self) -> list[dict[str, Any]]:
        """Select the old text (or the cell by its coordinates) and type over it."""
        if self.params.ref is not None:  # type: ignore[attr-defined]
            return [*select_steps(self.params.ref), steps.keys(self.params.text)]  # type: ignore[attr-defined]
        old = _table_rows(self.spec)[self.cell[0]][self.cell[1]]
        return [steps.select(old), steps.keys(self.params.text)]  # type: ignore[attr-defined]


TABLE_REF = Phrases(
    train=("the table", "the whole table", "all the text in the table", "every cell of the table"),
    heldout=("the table's contents", "the entire grid", "everything inside the table"),
)


class _WholeTable(_OneTable):
    """Select the (only) table, then format it."""

    help_ref = "Selecting Tables, Rows, and Columns"

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The table reference."""
        return {"table": pick_fill(rng, TABLE_REF, pool)}


class TableBold(_WholeTable):
    """Make all of a table's text bold."""

    name = "table_bold"
    phrases = Phrases(
        train=("make {table} bold", "bold {table}", "select {table} and make it bold", "apply bold to {table}",
               "!{Table} should be in bold."),
        heldout=("embolden {table}", "!Everything in {table} should stand out in bold.", "set {table} in boldface"),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """Only the template."""
        return TaskParams(template=spec.name)

    def solution(self) -> list[dict[str, Any]]:
        """Select table 1, click Bold."""
        return [steps.document("select_table", number=1), steps.click(".uno:Bold")]

    def apply(self, model: DocModel) -> None:
        """Every cell character bold."""
        format_cells(model, 0, bold=True)


class AlignParams(TaskParams):
    """How every cell's text is aligned."""

    align: Literal["center", "right"]


_TABLE_ALIGN: dict[str, Phrases] = {
    "center": Phrases(train=("center {table}", "centre {table}", "align {table} to the center", "center-align {table}",
                             "!{Table} should be centered."),
                      heldout=("middle-align {table}", "!{Table} should sit in the middle of each cell.")),
    "right": Phrases(train=("right-align {table}", "align {table} to the right", "!{Table} should be right-aligned."),
                     heldout=("flush {table} right", "push {table} over to the right-hand edge")),
}


class TableAlign(_WholeTable):
    """Centre or right-align the text of every cell ("center everything in the table")."""

    name = "table_align"
    Params = AlignParams
    phrases = Phrases(train=tuple(c for p in _TABLE_ALIGN.values() for c in p.train),
                      heldout=tuple(c for p in _TABLE_ALIGN.values() for c in p.heldout))

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """Centre or right-align."""
        return AlignParams(template=spec.name, align=rng.choice(("center", "right")))

    def cores(self, pool: Pool) -> tuple[str, ...]:
        """The alignment's phrasings."""
        return _TABLE_ALIGN[self.params.align].get(pool)  # type: ignore[attr-defined]

    def solution(self) -> list[dict[str, Any]]:
        """Select table 1, click the alignment button."""
        command = _CELL_COMMANDS[self.params.align]  # type: ignore[attr-defined]
        return [steps.document("select_table", number=1), steps.click(command)]

    def apply(self, model: DocModel) -> None:
        """Every cell aligned."""
        format_cell_block(model, 0, align=self.params.align)  # type: ignore[attr-defined]


class TableSizeParams(TaskParams):
    """A font size for the whole table."""

    value: int


class TableFontSize(_WholeTable):
    """Set the font size of all of a table's text."""

    name = "table_font_size"
    Params = TableSizeParams
    phrases = Phrases(
        train=("set the font size of {table} to {size}", "make {table} {size}", "change {table} to {size}",
               "select {table} and set it to {size}", "!{Table} should be {size}."),
        heldout=("adjust the type in {table} to {size}", "!I want {table} at {size}.",
                 "resize the text of {table} to {size}"),
    )

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A size of the split."""
        return TableSizeParams(template=spec.name, value=rng.choice(values_for(split, *FONT_SIZES)))

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The table and the size."""
        size = pick_fill(rng, FontSize.value_phrases, pool, v=str(self.params.value))  # type: ignore[attr-defined]
        return {**super().fills(rng, pool), "size": size}

    def solution(self) -> list[dict[str, Any]]:
        """Select table 1, type the size."""
        return [steps.document("select_table", number=1),
                steps.set_value(".uno:FontHeight", str(self.params.value))]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """Every cell character at the size."""
        format_cells(model, 0, size=float(self.params.value))  # type: ignore[attr-defined]


class CellsParams(TaskParams):
    """A row (``column`` 0), a column (``row`` 0) or a cell (from 1), named by ``ref``, and an operation."""

    row: int
    column: int
    op: Literal["bold", "italic", "underline", "center", "right", "color", "highlight"]
    value: str = ""
    ref: StructRef


_CELL_OPS: dict[str, Phrases] = {
    "bold": Phrases(
        train=("make {cells} bold", "bold {cells}", "put {cells} in bold", "!{Cells} should be bold."),
        heldout=("embolden {cells}", "!{Cells} ought to stand out in heavy type."),
    ),
    "italic": Phrases(
        train=("make {cells} italic", "italicize {cells}", "put {cells} in italics", "!{Cells} should be italic."),
        heldout=("italicise {cells}", "slant the text of {cells}"),
    ),
    "underline": Phrases(
        train=("underline {cells}", "make {cells} underlined", "add an underline to {cells}"),
        heldout=("underscore {cells}", "draw a line beneath {cells}"),
    ),
    "center": Phrases(
        train=("center {cells}", "centre {cells}", "center-align {cells}", "align {cells} to the center"),
        heldout=("middle-align {cells}", "!{Cells} should sit in the middle of each cell."),
    ),
    "right": Phrases(
        train=("right-align {cells}", "align {cells} to the right", "!{Cells} should be right-aligned."),
        heldout=("flush {cells} right", "push {cells} over to the right-hand edge"),
    ),
    "color": Phrases(
        train=("make {cells} {color}", "colour {cells} {color}", "change the font colour of {cells} to {color}"),
        heldout=("paint the letters of {cells} {color}", "tint {cells} {color}"),
    ),
    "highlight": Phrases(
        train=("highlight {cells} in {color}", "give {cells} a {color} highlight", "highlight {cells} {color}"),
        heldout=("put a {color} marker over {cells}", "shade the text of {cells} with a {color} highlighter"),
    ),
}
_CELL_PROPS = {"bold": {"bold": True}, "italic": {"italic": True}, "underline": {"underline": True}}
_CELL_COMMANDS = {"bold": ".uno:Bold", "italic": ".uno:Italic", "underline": ".uno:Underline",
                  "center": ".uno:CenterPara", "right": ".uno:RightPara"}


class TableCells(_OneTable):
    """Format a row, a column or one cell of the table, named by position or label.

    "The header row", "the Cost column", "row 3, column 2": bold, italic, underline, centre, right-align, a colour or
    a highlight.
    """

    name = "table_cells"
    help_ref = "Selecting Tables, Rows, and Columns"
    Params = CellsParams
    phrases = Phrases(train=tuple(c for p in _CELL_OPS.values() for c in p.train),
                      heldout=tuple(c for p in _CELL_OPS.values() for c in p.heldout))

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A row (40%), a column (40%) or a filled cell, one of its names, and an operation that changes it."""
        rows = _table_rows(spec)
        pick = rng.random()
        if pick < 0.4:
            r = rng.randrange(len(rows))
            row, column, refs = r + 1, 0, row_refs(rows, r)
            texts = list(rows[r])
        elif pick < 0.8:
            c = rng.randrange(len(rows[0]))
            row, column, refs = 0, c + 1, col_refs(rows, c)
            texts = [x[c] for x in rows]
        else:
            filled = [(r, c) for r in range(len(rows)) for c in range(len(rows[r])) if rows[r][c]]
            r, c = rng.choice(filled)
            row, column, refs = r + 1, c + 1, cell_refs(rows, r, c)
            texts = [rows[r][c]]
        if not refs:
            raise NoTarget(f"{spec.name}: no name for that part of the table")
        op = rng.choice(tuple(_CELL_OPS))
        if op not in ("center", "right") and not any(t.strip() for t in texts):
            op = "center"  # empty cells: only their alignment shows
        colors = {"color": FONT_COLORS, "highlight": HIGHLIGHTS}.get(op)
        value = rng.choice(values_for(split, *colors)) if colors else ""
        return CellsParams(template=spec.name, row=row, column=column, op=op, value=value, ref=pick_ref(rng, refs))

    def cores(self, pool: Pool) -> tuple[str, ...]:
        """The operation's phrasings."""
        return _CELL_OPS[self.params.op].get(pool)  # type: ignore[attr-defined]

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The cells by position or label, and the colour."""
        return {"cells": struct_fill(rng, self.params.ref, pool),  # type: ignore[attr-defined]
                "color": fill("{v}", v=self.params.value)}  # type: ignore[attr-defined]

    def solution(self) -> list[dict[str, Any]]:
        """Select the cells by coordinates, then the button or the colour box."""
        p = self.params
        op = p.op  # type: ignore[attr-defined]
        box = {"color": ".uno:Color", "highlight": ".uno:BackColor"}.get(op)
        act = steps.set_value(box, p.value) if box else steps.click(_CELL_COMMANDS[op])  # type: ignore[attr-defined]
        return [*select_steps(p.ref), act]  # type: ignore[attr-defined]

    def op_steps(self) -> list[dict[str, Any]]:
        """The operation alone (for tests that apply it elsewhere)."""
        return self.solution()[1:]

    def apply(self, model: DocModel) -> None:
        """The row, column or cell formatted."""
        p = self.params
        op = p.op  # type: ignore[attr-defined]
        if op in ("center", "right"):
            format_cell_block(model, 0, p.row, p.column, align=op)  # type: ignore[attr-defined]
        elif op in ("color", "highlight"):
            format_cell_block(model, 0, p.row, p.column, **{op: color_hex(p.value)})  # type: ignore[attr-defined]
        else:
            format_cell_block(model, 0, p.row, p.column, **_CELL_PROPS[op])  # type: ignore[attr-defined]


class RowParams(TaskParams):
    """A row of the table (from 1), named by ``ref``; the new empty row goes below it."""

    row: int
    ref: StructRef


class _RowFamily(_OneTable):
    """A row of the table named by label or position; ``first_row`` the first one a request may name (from 0)."""

    help_ref = "Selecting Tables, Rows, and Columns"
    Params = RowParams
    first_row: ClassVar[int] = 0

    @classmethod
    def params_for(cls, rng: random.Random, split: TaskSplit, spec: TemplateSpec) -> TaskParams:
        """A row with a name (the header row, a labelled row, the nth, the last)."""
        rows = _table_rows(spec)
        named = [(r, refs) for r in range(cls.first_row, len(rows)) if (refs := row_refs(rows, r))]
        if not named:
            raise NoTarget(f"{spec.name}: no nameable row")
        r, refs = rng.choice(named)
        return RowParams(template=spec.name, row=r + 1, ref=pick_ref(rng, refs))

    def fills(self, rng: random.Random, pool: Pool) -> dict[str, Fill]:
        """The row by position or label."""
        return {"row": struct_fill(rng, self.params.ref, pool)}  # type: ignore[attr-defined]


class TableAddRow(_RowFamily):
    """Add an empty row below a row of the table (below the last one: at the bottom of the table)."""

    name = "table_add_row"
    phrases = Phrases(
        train=("add an empty row below {row}", "insert a new row under {row}", "put a blank row after {row}",
               "insert one more row below {row}", "!The table needs a new row below {row}."),
        heldout=("slip an empty row in right after {row}", "!Give the table an extra row just under {row}.",
                 "append a blank row beneath {row}"),
    )

    def solution(self) -> list[dict[str, Any]]:
        """Select the row by its coordinates, then Table - Insert - Rows Below."""
        return [*select_steps(self.params.ref), steps.click(".uno:InsertRowsAfter")]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """An empty row after the row, its cells aligned as the row's are (Writer copies the row)."""
        insert_row(model, 0, self.params.row)  # type: ignore[attr-defined]


class TableDeleteRow(_RowFamily):
    """Delete a row of the table below its header, named by label or position ("the Sunday row", "the last row").

    Writer's Table - Delete - Rows is one of the destructive commands: the request that asks for it is the yes
    (:mod:`lamforge.app.consent`), any other request still needs one.
    """

    name = "table_delete_row"
    first_row = 1
    phrases = Phrases(
        train=("delete {row}", "remove {row}", "get rid of {row}", "!{Row} is not needed: delete it.",
               "take out {row}"),
        heldout=("drop {row}", "scrap {row}", "!Please remove {row}; we no longer need it."),
    )

    def solution(self) -> list[dict[str, Any]]:
        """Select the row by its coordinates, then Table - Delete - Rows."""
        return [*select_steps(self.params.ref), steps.click(".uno:DeleteRows")]  # type: ignore[attr-defined]

    def apply(self, model: DocModel) -> None:
        """The row is gone."""
        delete_row(model, 0, self.params.row)  # type: ignore[attr-defined]


FAMILIES = (InsertTable, FillCell, EditCell, TableBold, TableFontSize, TableAlign, TableCells, TableAddRow,
            TableDeleteRow)
