"""Run one :class:`Action` on the live document: resolve its control, then dispatch or call the API.

Every failure (unknown control, bad argument, text not found, blocked command) comes back as an
``ActionResult(ok=False, message=...)``; only a dead soffice raises (``SessionInterrupted``).

Every action that can change the document runs under the destructive-action guard
(:mod:`lamforge.app.guard`): measured before and after, and undone unless confirmed when it removed more
than the selection the model was shown. Each action has a deadline (:mod:`lamforge.app.limits`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from lamforge.app import dialogs as dlg
from lamforge.app import guard as gd
from lamforge.app.action import DOCUMENT_FUNCTIONS, SELECTION_FUNCTIONS, Action, ActionResult
from lamforge.app.commands import BLOCKED_COMMANDS, DIALOG_COMMANDS, VALUE_COMMANDS
from lamforge.app.controls import DOCUMENT_CONTROL, build_catalog, refresh_toggles
from lamforge.app.doc_state import searchable_texts
from lamforge.app.keys import Key, parse_keys
from lamforge.app.limits import limit
from lamforge.app.observation import Control
from lamforge.app.session import SessionInterrupted, WriterSession, props
from lamforge.app.structure import select_all, select_cells, select_in_paragraph, select_paragraphs, select_within
from lamforge.app.text_match import TextAmbiguous, TextNotFound, resolve_text
from lamforge.app.typed_format import replaced_format, restore_format
from lamforge.app.values import apply_value

NAME_MATCH_CUTOFF = 85.0
_CTRL_COMMANDS = {
    "a": ".uno:SelectAll",
    "b": ".uno:Bold",
    "i": ".uno:Italic",
    "u": ".uno:Underline",
    "z": ".uno:Undo",
    "y": ".uno:Redo",
    "c": ".uno:Copy",
    "x": ".uno:Cut",
    "v": ".uno:Paste",
    "e": ".uno:CenterPara",
    "l": ".uno:LeftPara",
    "r": ".uno:RightPara",
    "j": ".uno:JustifyPara",
}


_READ_ONLY = SELECTION_FUNCTIONS | {"texts", "summary", "wheel_mouse_input"}
_HISTORY = {"z": "undo", "y": "redo"}


class StepFailed(Exception):
    """Internal: abort the current action with a user-facing message."""


@dataclass(frozen=True)
class _Watch:
    """The guard's view of one running action: the document before it, and how to take it back."""

    before: gd.Snapshot
    undo_steps: int  # undo calls that revert the action (1 inside an undo context; one per Redo outside)
    context: bool  # the action runs inside an undo context of its own


class Executor:
    """Holds the control catalog and the open virtual dialog of one session."""

    def __init__(self, session: WriterSession) -> None:
        self.session = session
        self.catalog: tuple[Control, ...] = ()
        self.dialog: dlg.Dialog | None = None
        self.selection = "nothing"  # how the document view names the selection (kept by the selecting functions)
        self.guard = True  # measure every editing action and undo unconfirmed destruction (lamforge.app.guard)
        self.action_timeout: float | None = None  # seconds per action (default: limits' ACTION_TIMEOUT)
        self._deadline = float("inf")
        self._allowance = 0  # characters the running action was seen to remove besides the selection
        self.original = None
        self.budget = gd.Budget()
        self.keys_selection = False  # the selection was made by keys (counts as one paragraph at most)

    # -- observation ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget the dialog state (a new document was loaded)."""
        self.dialog = None
        self.selection = "nothing"
        self.original: gd.Snapshot | None = None  # the document as loaded (or as last confirmed): piecemeal wipes
        self.budget = gd.Budget()
        self.keys_selection = False
        if not self.catalog:
            s = self.session
            self.catalog = s.call(build_catalog, s.smgr, s.ctx)

    def controls(self) -> tuple[Control, ...]:
        """The controls visible now: the open dialog's, or the main window's with toggle states."""
        if self.dialog is not None:
            return self.dialog.controls()
        return self.session.call(refresh_toggles, self.catalog, self.session.view_cursor)

    # -- resolution ----------------------------------------------------------------------------
    def resolve(self, action: Action, visible: tuple[Control, ...]) -> tuple[Control | None, str]:
        """Find the control an action names: by label, then by exact name, then by fuzzy name."""
        label, name = action.control_label.strip(), action.control_name.strip()
        if not label and not name:
            return None, ""
        by_label = next((c for c in visible if c.label == label), None) if label else None
        if by_label is not None:
            exact = name and by_label.control_text.lower() != name.lower() and any(
                c.control_text.lower() == name.lower() for c in visible)
            # a label is a number easily miscopied; a name that is exactly another control's says what was meant
            if not exact and (not name or fuzz.WRatio(name.lower(), by_label.control_text.lower()) >= 60):
                return by_label, ""
        if name:
            low = name.lower()
            exact = [c for c in visible if c.control_text.lower() == low]
            if exact:
                pick = next((c for c in exact if c.enabled), exact[0])
                note = f"label {label!r} is {by_label.control_text!r}; used {name!r}" if by_label else ""
                return pick, note
            choices = {c.label: c.control_text for c in visible if c.enabled}
            hit = process.extractOne(
                name, choices, scorer=fuzz.ratio, processor=str.lower, score_cutoff=NAME_MATCH_CUTOFF
            )
            if hit is not None:
                pick = next(c for c in visible if c.label == hit[2])
                return pick, f"control {name!r} matched {pick.control_text!r} (score {hit[1]:.0f})"
        if by_label is not None:
            return by_label, f"name {name!r} does not match label {label}; used {by_label.control_text!r}"
        if self.dialog is not None:
            listed = ", ".join(c.control_text for c in visible)
            raise StepFailed(f"the {self.dialog.title} dialog is open: act on its controls ({listed})")
        raise StepFailed(f"no control labelled {label!r} or named {name!r} in the current control list")

    # -- execution -----------------------------------------------------------------------------
    def run(self, action: Action, confirm: gd.Confirm = None) -> ActionResult:
        """Execute ``action``; never raises except SessionInterrupted.

        Args:
            action: what to do.
            confirm: what happens when the guard finds the action destructive: ``True`` keeps it (it was
                confirmed before it ran), a callable is asked with the reason, ``None``/``False`` undo it.

        """
        t0 = time.perf_counter()
        info: dict[str, Any] = {}
        self._deadline = time.monotonic() + float(self.action_timeout or limit("ACTION_TIMEOUT"))
        self._allowance = 0
        watch: _Watch | None = None
        try:
            visible = self.dialog.controls() if self.dialog is not None else self.catalog
            control, note = self.resolve(action, visible)
            if note:
                info["resolution"] = note
            if control is not None:
                info["control"] = control.control_text
            watch = self._watch(action, control)
            msg = self._run(action, control, info)
            ok = True
        except SessionInterrupted:
            raise
        except StepFailed as exc:
            ok, msg = False, str(exc)
        except (TextNotFound, TextAmbiguous, ValueError) as exc:
            ok, msg = False, str(exc)
        except Exception as exc:  # a UNO error on a valid request: report, never crash the episode
            if self.session.proc is None or self.session.proc.poll() is not None:
                raise SessionInterrupted(f"soffice died: {exc}") from exc
            ok, msg = False, f"{action.function} failed in LibreOffice: {type(exc).__name__}: {exc}"
        if watch is not None:
            try:
                ok, msg = self._judge(watch, confirm, ok, msg, info)
            except SessionInterrupted:
                raise
            except Exception as exc:  # unmeasured is unsafe: drop the document rather than keep what it did
                self.session.close_document()
                raise SessionInterrupted(f"the action's effect could not be checked ({type(exc).__name__}: {exc}); "
                                         "the document was discarded (nothing of it is saved)") from exc
        if action.function == "keyboard_input" and self.dialog is None:
            self.keys_selection = self.selection != "nothing"
        elif ok and (action.function in SELECTION_FUNCTIONS or self.dialog is not None):
            self.keys_selection = False  # named: by text, paragraph or cell numbers, the whole document, Find All
        return ActionResult(ok, msg, (time.perf_counter() - t0) * 1000, info)

    # -- the destructive-action guard ------------------------------------------------------------
    def _watch(self, action: Action, control: Control | None) -> _Watch | None:
        """Snapshot the document before an action that can change it (None: it cannot, or the guard is off)."""
        f = action.function
        if not self.guard or f in _READ_ONLY:
            return None
        if self.dialog is not None and not (f == "click_input" and control is not None
                                            and control.control_type == "Button"):
            return None  # typing into a virtual dialog's field changes nothing yet
        undo, redo, other = _history(action, control)
        if (undo or redo) and other:
            raise StepFailed("press Ctrl+Z or Ctrl+Y in an action of their own, not together with other keys")
        if undo and not redo:
            return None  # undo only reverts this session's own edits: it cannot take away the original
        s = self.session
        before = s.call(gd.snapshot, s.text, s.tables, s.controller, s.view_cursor)
        if self.keys_selection:  # several paragraphs selected by arrow keys were not named by anyone
            before = before.one_paragraph()
        if self.original is None:
            self.original = before
        if redo:
            return _Watch(before, redo, False)
        s.call(s.undo.enterUndoContext, "lamforge action")
        return _Watch(before, 1, True)

    def _judge(self, w: _Watch, confirm: gd.Confirm, ok: bool, msg: str, info: dict[str, Any]) -> tuple[bool, str]:
        """Measure what the action removed; undo it unless it is harmless or confirmed."""
        s = self.session
        if w.context:
            s.call(s.undo.leaveUndoContext)
        after = s.call(gd.snapshot, s.text, s.tables if w.before.tables else None)
        reason, lost = gd.verdict(w.before, after, allowance=self._allowance)
        if not reason and lost.chars and self.original is not None:  # small steps that add up
            reason = gd.cumulative(self.original, after) or self.budget.charge(w.before, lost, self._allowance)
        if not reason:
            return ok, msg
        facts = {"reason": reason, "removed_chars": lost.chars, "removed_paragraphs": lost.paragraphs,
                 "tables": list(lost.tables), "selected_chars": w.before.selected_chars}
        if gd.decide(confirm, reason):
            info["guard"] = {**facts, "confirmed": True}
            self.original, self.budget = after, gd.Budget()  # what was confirmed is the new baseline
            return ok, msg
        restored = s.call(_restore, s, w.before, w.undo_steps)
        info["guard"] = {**facts, "confirmed": False, "undone": restored}
        if not restored:
            s.close_document()
            raise SessionInterrupted(f"needs CONFIRM: {reason}; the action could not be undone, so the document "
                                     "was discarded (nothing of it is saved)")
        s.call(s.view_cursor.collapseToStart)  # Undo selects what it restored: nobody chose that selection
        self.selection = "nothing"
        return False, f"needs CONFIRM: {reason}; the action was undone and the document is as it was"

    def _run(self, action: Action, control: Control | None, info: dict[str, Any]) -> str:
        f, a = action.function, action.args
        if f == "summary":
            return str(a.get("text", ""))
        if self.dialog is not None and f not in ("summary", "texts"):
            return self._run_dialog(action, control)
        if f in DOCUMENT_FUNCTIONS:
            return self._run_document(action, info)
        if control is None:
            raise StepFailed(f"{f} needs a control: give control_label and/or control_name")
        if control.control_type == "Document":
            if f == "wheel_mouse_input":
                return f"scrolled the document by {a.get('wheel_dist', 0)}"
            if f == "click_input":
                return "clicked in the document"
            raise StepFailed(f"{f} does not apply to the Document; use select_text or keyboard_input")
        if not control.enabled or control.command in BLOCKED_COMMANDS:
            raise StepFailed(
                f"'{control.control_text}' is not available here: it opens an unsupported dialog or would leave,"
                " save or overwrite the document"
            )
        if f == "click_input":
            return self._click(control)
        if f == "set_edit_text":
            if control.command not in VALUE_COMMANDS:
                raise StepFailed(
                    f"'{control.control_text}' ({control.control_type}) takes no text; use click_input"
                )
            return self.session.call(apply_value, self.session.doc, control.command, str(a["text"]))
        if f == "wheel_mouse_input":
            return f"scrolled '{control.control_text}' by {a['wheel_dist']}"
        raise StepFailed(f"{f} does not apply to '{control.control_text}' ({control.control_type})")

    def _click(self, control: Control) -> str:
        cmd = control.command
        if cmd in DIALOG_COMMANDS:
            self.dialog = dlg.open_dialog(cmd)
            return f"{self.dialog.title} dialog opened"
        if cmd in VALUE_COMMANDS:
            if cmd in (".uno:Color", ".uno:BackColor", ".uno:CharBackColor"):
                default = "Dark Red" if cmd == ".uno:Color" else "Yellow"
                return self.session.call(apply_value, self.session.doc, cmd, default)
            return f"'{control.control_text}' box focused; use set_edit_text to enter a value"
        self.session.call(
            self.session.dispatcher.executeDispatch,
            self.session.frame,
            cmd,
            "",
            0,
            ())
        return f"clicked '{control.control_text}'"

    # -- document functions --------------------------------------------------------------------
    def _run_document(self, action: Action, info: dict[str, Any]) -> str:
        f, a, s = action.function, action.args, self.session
        doc = s.doc
        if f == "select_text" and "within" in a:
            return self._selected(s.call(select_within, doc, str(a["text"]), str(a["within"]), a.get("paragraph")))
        if f == "select_text" and "paragraph" in a:
            return self._selected(s.call(select_in_paragraph, doc, str(a["text"]), int(a["paragraph"])))
        if f == "select_text":
            msg = s.call(self._select_text, doc, str(a["text"]), info)
            self.selection = f'text "{info.get("text_match", {}).get("text", a["text"])}"'
            return msg
        if f == "select_paragraphs":
            return self._selected(s.call(select_paragraphs, doc, int(a["start"]), a.get("end")))
        if f == "select_cells":
            return self._selected(s.call(select_cells, doc, int(a["table"]), int(a.get("row", 0)),
                                         int(a.get("column", 0)), a.get("to_row"), a.get("to_column")))
        if f == "select_all":
            return self._selected(s.call(select_all, doc))
        if f == "insert_table":
            rows, cols = int(a["rows"]), int(a["columns"])
            dlg.positive_int(str(rows), "rows", 200)
            dlg.positive_int(str(cols), "columns", 64)
            return s.call(self._insert_table, rows, cols)
        if f == "select_table":
            msg = s.call(self._select_table, doc, int(a["number"]))
            self.selection = f"table {int(a['number'])}"
            return msg
        if f == "texts":
            sel = doc.getCurrentController().getViewCursor().getString()
            text = sel or doc.getText().getString()
            return text[:2000]
        if f == "keyboard_input":
            msg = self._keys(str(a["keys"]))
            self.selection = s.call(_cursor_selection, s.view_cursor)
            return msg
        raise StepFailed(f"unsupported document function {f}")  # pragma: no cover

    def _selected(self, result: tuple[str, str]) -> str:
        """Keep how the view names the new selection; return the step's message."""
        message, self.selection = result
        return message

    def _select_text(self, doc: Any, text: str, info: dict[str, Any]) -> str:
        target = text
        found = self._find(doc, target)
        if found is None:
            match = resolve_text(text, searchable_texts(doc))
            info["text_match"] = match.to_dict()
            target = match.text
            found = self._find(doc, target)
            if found is None:
                raise StepFailed(f"text {text!r} resolved to {target!r} but it could not be selected")
        doc.getCurrentController().select(found)
        return f"Text {target!r} is selected" + ("" if target == text else f" (requested {text!r})")

    @staticmethod
    def _find(doc: Any, text: str) -> Any:
        if "\n" in text:
            return None
        sd = doc.createSearchDescriptor()
        sd.SearchString = text
        sd.SearchCaseSensitive = True
        return doc.findFirst(sd)

    def _insert_table(self, rows: int, cols: int) -> str:
        doc = self.session.doc
        before = doc.getTextTables().getCount()
        self.session.dispatcher.executeDispatch(
            self.session.frame, ".uno:InsertTable", "", 0, props(Rows=rows, Columns=cols)
        )
        if doc.getTextTables().getCount() != before + 1:
            raise StepFailed(
                "LibreOffice did not insert the table here (is the cursor inside a frame or table?)"
            )
        return f"inserted a table of {rows} rows and {cols} columns"

    @staticmethod
    def _select_table(doc: Any, number: int) -> str:
        tables = doc.getTextTables()
        n = tables.getCount()
        if not 1 <= number <= n:
            raise StepFailed(f"table {number} does not exist: the document has {n} table(s)")
        t = tables.getByIndex(number - 1)
        names = t.getCellNames()
        doc.getCurrentController().select(t.getCellRangeByName(f"{names[0]}:{names[-1]}"))
        return f"table {number} selected"

    def _keys(self, keys: str) -> str:
        parts = parse_keys(keys)
        s = self.session
        done, total = 0, sum(1 if isinstance(p, str) else p.count for p in parts)
        for part in parts:
            if isinstance(part, str):
                self._check_deadline(done, total)
                before = s.call(replaced_format, s.doc)
                s.call(s.dispatcher.executeDispatch, s.frame, ".uno:InsertText", "", 0, props(Text=part))
                if before:
                    s.call(restore_format, s.doc, part, before)
                done += 1
                continue
            for _ in range(part.count):
                self._check_deadline(done, total)
                self._key(part)
                done += 1
        return f"typed {keys!r}"

    def _check_deadline(self, done: int, total: int) -> None:
        if time.monotonic() > self._deadline:
            seconds = float(self.action_timeout or limit("ACTION_TIMEOUT"))
            raise StepFailed(f"the action ran out of its {seconds:g} s: stopped after {done} of {total} key presses")

    def _key(self, k: Key) -> None:
        s = self.session
        vc = s.doc.getCurrentController().getViewCursor()
        if k.ctrl and len(k.name) == 1:
            cmd = _CTRL_COMMANDS.get(k.name)
            if cmd is None:
                raise StepFailed(
                    f"Ctrl+{k.name.upper()} is not available (it would leave or save the document)"
                )
            s.call(s.dispatcher.executeDispatch, s.frame, cmd, "", 0, ())
            return
        moves = {
            "LEFT": lambda: vc.goLeft(1, k.shift),
            "RIGHT": lambda: vc.goRight(1, k.shift),
            "UP": lambda: self._paragraph_move(vc, end=False, shift=k.shift) if k.ctrl else vc.goUp(1, k.shift),
            "DOWN": lambda: self._paragraph_move(vc, end=True, shift=k.shift) if k.ctrl else vc.goDown(1, k.shift),
            "HOME": lambda: (
                vc.gotoRange(s.text.getStart(), k.shift) if k.ctrl else vc.gotoStartOfLine(k.shift)
            ),
            "END": lambda: vc.gotoRange(s.text.getEnd(), k.shift) if k.ctrl else vc.gotoEndOfLine(k.shift),
            "PGUP": lambda: vc.goUp(30, k.shift),
            "PGDN": lambda: vc.goDown(30, k.shift),
        }
        if k.name in moves:
            s.call(moves[k.name])
            return
        cmd = {"ENTER": ".uno:InsertPara", "BACKSPACE": ".uno:SwBackspace", "DELETE": ".uno:Delete"}.get(
            k.name
        )
        if k.name == "TAB":
            in_table = s.call(lambda: vc.TextTable is not None)
            cmd = ".uno:JumpToNextCell" if in_table else None
            if in_table:
                s.call(vc.collapseToEnd)  # Tab moves to the next cell; it never extends a selection
            if cmd is None:
                s.call(s.dispatcher.executeDispatch, s.frame, ".uno:InsertText", "", 0, props(Text="\t"))
                return
        if k.name == "ESC":
            return
        if cmd is None:
            raise StepFailed(f"key {k.name} is not supported here")
        s.call(s.dispatcher.executeDispatch, s.frame, cmd, "", 0, ())

    def _paragraph_move(self, vc: Any, *, end: bool, shift: bool) -> None:
        """Ctrl+Up / Ctrl+Down: to the start / end of the current paragraph (Shift extends the selection)."""
        cur = vc.getText().createTextCursorByRange(vc.getEnd() if end else vc.getStart())
        if end:
            cur.gotoEndOfParagraph(False)
        else:
            cur.gotoStartOfParagraph(False)
        vc.gotoRange(cur.getStart(), shift)

    # -- dialogs -------------------------------------------------------------------------------
    def _run_dialog(self, action: Action, control: Control | None) -> str:
        d = self.dialog
        assert d is not None
        f, a = action.function, action.args
        if f == "keyboard_input" and str(a.get("keys", "")).upper() in ("{ESC}", "{ESCAPE}"):
            self.dialog = None
            return f"{d.title} dialog closed"
        names = {c.label: c for c in d.controls()}
        if control is None or control.label not in names:
            listed = ", ".join(c.control_text for c in names.values())
            raise StepFailed(
                f"the {d.title} dialog is open: act on its controls ({listed}) or press {d.buttons[-1]}"
            )
        if f in ("set_edit_text", "keyboard_input") and control.control_type in ("Edit", "ComboBox"):
            return d.set_value(control.control_text, str(a.get("text", a.get("keys", ""))))
        if f != "click_input":
            raise StepFailed(f"{f} does not apply to '{control.control_text}' in the {d.title} dialog")
        if control.control_type == "CheckBox":
            return d.toggle(control.control_text)
        if control.control_type != "Button":
            return f"'{control.control_text}' focused"
        return self._press(d, control.control_text)

    def _press(self, d: dlg.Dialog, button: str) -> str:
        s = self.session
        if button in dlg.CANCEL_BUTTONS:
            self.dialog = None
            return f"{d.title} dialog closed"
        if d.command == ".uno:InsertTable":
            rows = dlg.positive_int(d.value("Rows"), "Rows", 200)
            cols = dlg.positive_int(d.value("Columns"), "Columns", 64)
            msg = s.call(self._insert_table, rows, cols)
            self.dialog = None
            return msg
        if d.command == ".uno:PageDialog":
            msg = s.call(apply_value, s.doc, ".uno:PageDialog", d.value("Orientation"))
            self.dialog = None
            return msg
        if d.command == ".uno:SearchDialog":
            find = d.value("Find")
            if not find:
                raise StepFailed("type the text to find into 'Find' first")
            msg, replaced = s.call(_search, s.doc, find, d.value("Replace"), d.value("Match case") == "true", button)
            self._allowance = replaced * len(find)  # Replace All removes the matches the model named, no more
            self.selection = f'every "{find}"' if button == "Find All" else "nothing"
            return msg
        raise StepFailed(f"unknown button {button!r}")  # pragma: no cover


def _cursor_selection(view_cursor: Any) -> str:
    """How the view names a selection made by keys: its text (shortened), or nothing."""
    text = view_cursor.getString()
    if not text:
        return "nothing"
    text = text.replace("\n", " / ")
    return f'text "{text[:60]}…"' if len(text) > 60 else f'text "{text}"'


def _search(doc: Any, find: str, replace: str, case: bool, button: str) -> tuple[str, int]:
    """Find All (select every match) or Replace All, as the Find and Replace dialog does; (message, replaced)."""
    if button == "Replace All":
        rd = doc.createReplaceDescriptor()
        rd.SearchString, rd.ReplaceString, rd.SearchCaseSensitive = find, replace, case
        n = doc.replaceAll(rd)
        if n == 0:
            raise StepFailed(f"search key {find!r} not found")
        return f"replaced {n} occurrence(s) of {find!r} with {replace!r}", n
    sd = doc.createSearchDescriptor()
    sd.SearchString, sd.SearchCaseSensitive = find, case
    found = doc.findAll(sd)
    if found is None or found.getCount() == 0:
        raise StepFailed(f"search key {find!r} not found")
    doc.getCurrentController().select(found)
    return f"found and selected {found.getCount()} occurrence(s) of {find!r}", 0


def _history(action: Action, control: Control | None) -> tuple[int, int, bool]:
    """(Undo presses, Redo presses, anything else) of an action: Ctrl+Z / Ctrl+Y keys or the Undo / Redo controls."""
    if action.function == "click_input" and control is not None:
        return int(control.command == ".uno:Undo"), int(control.command == ".uno:Redo"), False
    if action.function != "keyboard_input":
        return 0, 0, True
    try:
        parts = parse_keys(str(action.args.get("keys", "")))
    except ValueError:
        return 0, 0, True  # the executor reports the bad keys; nothing runs
    counts = {"undo": 0, "redo": 0}
    other = False
    for p in parts:
        kind = _HISTORY.get(p.name) if isinstance(p, Key) and p.ctrl and not p.shift else None
        if kind:
            counts[kind] += p.count
        else:
            other = True
    return counts["undo"], counts["redo"], other


def _restore(s: WriterSession, before: gd.Snapshot, steps: int) -> bool:
    """Undo ``steps`` times and check the text and tables are back; clear Redo so nothing brings it back."""
    undo = s.undo
    for _ in range(steps + 2):  # a couple more in case LibreOffice split the action in two
        try:
            undo.undo()
        except Exception:
            break
        steps -= 1
        if steps > 0:
            continue
        now = gd.snapshot(s.text, s.tables if before.tables else None)
        if now.text == before.text and now.tables == before.tables:
            undo.clearRedo()
            return True
    return False


__all__ = ["DOCUMENT_CONTROL", "Executor", "StepFailed"]
