"""The agent's actions on conversations, from the keyboard or the menus: resolve, reopen, pending,
snooze, assign, tags, notes, merge, linked conversations, on the queue's selection (or the open
conversation); the pickers they need; Undo of the last action for a few seconds; the command
palette, the cheat sheet and saved views. Every action is an operation of desk.app.lifecycle.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton

from desk.app import lifecycle
from desk.app import queue as queue_ops
from desk.domain import snooze as snooze_times
from desk.domain.queue_views import QUEUE_VIEWS
from desk.errors import ActionRefused, DeskError, OwnedByColleague
from ui.chooser import Choice, Chooser
from ui.ops import run
from ui.queue.views import view_name
from ui.refusals import refusal_text

ME, NOBODY = "\x00me", "\x00nobody"  # the assign picker's two entries that are not names


class Workday(QObject):
    """Signals:
        acted(str, object): an action was done (its id, the ActionResult).
        undone(object): the last action was taken back (the Changes).
        refused(str): an action was refused; why, as shown.
        picker_opened(str): a picker or popup waits for the agent's keys (which one).
        asked(object): a question waits for the agent (a QMessageBox with .yes and .no): on a team
            database, whether to act on a conversation a colleague owns.
    """

    acted = Signal(str, object)
    undone = Signal(object)
    refused = Signal(str)
    picker_opened = Signal(str)
    asked = Signal(object)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ws = self.bridge = None
        self.actions = None  # ui.actions.Actions, set by the window
        self.last_undo = None  # the Undo record of the last action, for UNDO_SECONDS
        self.picker: Chooser | None = None
        self.popup = None  # the note popup or cheat sheet on screen
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(lifecycle.UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_undo)
        self.undo_button = QPushButton(self.tr("Undo"), window)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(lambda _checked=False: self.undo())
        window.statusBar().addPermanentWidget(self.undo_button)

    def attach(self, ws, bridge) -> None:
        self.ws, self.bridge = ws, bridge

    def handlers(self) -> dict:
        queue = self.window.queue
        return {
            "next": lambda: queue.move(1), "previous": lambda: queue.move(-1),
            "extend_down": lambda: queue.move(1, extend=True), "extend_up": lambda: queue.move(-1, extend=True),
            "toggle_selection": queue.toggle_selection, "open": self.read, "back_to_queue": queue.focus_table,
            "search": queue.focus_search, "next_view": lambda: queue.views.step(1),
            "previous_view": lambda: queue.views.step(-1), "reply": self.reply, "note": self.note,
            "macro": self.macro, "resolve": lambda: self._act("resolve", lifecycle.resolve),
            "reopen": lambda: self._act("reopen", lifecycle.reopen),
            "pending": lambda: self._act("pending", lifecycle.set_pending),
            "assign_me": lambda: self._act("assign", lifecycle.assign_to_me),
            "snooze": self.snooze, "assign": self.assign, "tag": self.tag, "merge": self.merge, "linked": self.linked,
            "undo": self.undo, "palette": self.palette, "cheat_sheet": self.cheat_sheet, "save_view": self.save_view,
            "delete_view": self.delete_view, "tag_colours": self.tag_colours, "refresh": self.refresh,
        }

    # --- what the actions act on ----------------------------------------------------------------

    def targets(self) -> list[int]:
        """The queue's selection; the open conversation when it was opened from elsewhere (a link)."""
        selected = self.window.queue.selected_ids()
        shown = self.window.reading.conversation_id
        if shown is not None and shown not in selected:
            return [shown]
        return selected

    def _ready(self) -> list[int] | None:
        if self.ws is None:
            return None
        ids = self.targets()
        if not ids:
            self._say(refusal_text(ActionRefused("nothing_selected", "")))
            self.refused.emit(self.window.statusBar().currentMessage())
            return None
        return ids

    def _act(self, action: str, op, *args) -> None:
        ids = self._ready()
        if ids is not None:
            self._run(action, op(self.ws, ids, *args), len(ids), *args,
                      again=lambda: op(self.ws, ids, *args, confirmed=True))

    def _run(self, action: str, coroutine, count: int, *args, again=None) -> None:
        """`again()`: the same action confirmed, for when a colleague owns one of the conversations."""
        def refused(error: DeskError) -> None:
            if isinstance(error, OwnedByColleague) and again is not None:
                self._ask_owner(action, error, lambda: self._run(action, again(), count, *args))
            else:
                self._refused(error)

        run(coroutine, self.bridge, initiator=self, name=f"lifecycle-{action}", on_error=refused,
            on_done=lambda result: self._done(action, result, count, args))

    def _ask_owner(self, action: str, owned: OwnedByColleague, go_ahead) -> None:
        from ui.team import ask, owner_answer, owner_question

        self.asked.emit(ask(self.window, owner_question(action, owned.owners.values()), owner_answer(action), go_ahead))

    def _done(self, action: str, result, count: int, args: tuple) -> None:
        if result.lost:  # a colleague took them first (team mode): say who
            from ui.team import taken_text

            taken = taken_text(result.lost)
            if result.undo:
                self._remember_undo(result.undo)
                taken = self._summary(action, count - len(result.lost), args) + " " + taken
            self._say(taken)
        elif result.undo:
            self._remember_undo(result.undo)
            self._say(self._summary(action, count, args) + "  " + self._undo_hint())
        elif result.changed:  # done, with nothing to take back (a note)
            self._say(self._summary(action, count, args))
        else:
            self._say(self.tr("Nothing to change."))
        self.acted.emit(action, result)

    def _remember_undo(self, undo) -> None:
        self.last_undo = undo
        self._undo_timer.start()
        self.undo_button.show()

    def _refused(self, error: DeskError) -> None:
        text = refusal_text(error)
        self._say(text)
        self.refused.emit(text)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, lifecycle.UNDO_SECONDS * 1000)

    def _summary(self, action: str, count: int, args: tuple) -> str:
        if action == "snooze":
            return self.tr("Snoozed %n conversation(s) until %1.", "", count).replace("%1", _when(args[0]))
        if action == "assign":
            agent = args[0] if args else self.ws.agent_name
            if agent is None:
                return self.tr("%n conversation(s) unassigned.", "", count)
            return self.tr("Assigned %n conversation(s) to %1.", "", count).replace("%1", agent)
        return {
            "resolve": self.tr("Resolved %n conversation(s).", "", count),
            "reopen": self.tr("Reopened %n conversation(s).", "", count),
            "pending": self.tr("%n conversation(s) now wait for the customer.", "", count),
            "tag": self.tr("Tags changed on %n conversation(s).", "", count),
            "merge": self.tr("Merged: the messages are in one conversation now."),
            "note": self.tr("Note added."),
        }.get(action, "")

    def _undo_hint(self) -> str:
        key = self.actions.keys.get("undo", "") if self.actions is not None else ""
        return self.tr("Undo: %1").replace("%1", key) if key else ""

    # --- undo -------------------------------------------------------------------------------------

    def undo(self) -> None:
        if self.ws is None:
            return
        record, self.last_undo = self.last_undo, None
        self._forget_undo()
        if record is None:
            self._say(self.tr("Nothing to undo."))
            return
        run(lifecycle.undo(self.ws, record), self.bridge, initiator=self, name="lifecycle-undo",
            on_error=self._refused, on_done=self._undone)

    def _undone(self, changes) -> None:
        self._say(self.tr("Undone."))
        self.undone.emit(changes)

    def _forget_undo(self) -> None:
        self._undo_timer.stop()
        self.last_undo = None
        self.undo_button.hide()

    # --- pickers -----------------------------------------------------------------------------------

    def _pick(self, name: str, title: str, choices: list[Choice], on_chosen, *, extra=None, placeholder: str = "") -> None:
        if self.picker is not None:
            self.picker.close()
        self.picker = Chooser(self.window, title, choices, extra=extra, placeholder=placeholder)
        self.picker.chosen.connect(on_chosen)
        self.picker.closed.connect(self._picker_closed)
        self.picker.popup()
        self.picker_opened.emit(name)

    def _picker_closed(self) -> None:
        self.picker = None

    def snooze(self) -> None:
        ids = self._ready()
        if ids is None:
            return
        now = datetime.now().astimezone()
        labels = {"1h": self.tr("In 1 hour"), "3h": self.tr("In 3 hours"), "tomorrow": self.tr("Tomorrow morning"),
                  "2d": self.tr("In two days (morning)"), "monday": self.tr("Next Monday morning"),
                  "week": self.tr("In a week")}
        choices = [Choice(until, labels[key], _when(until), (key,)) for key, until in snooze_times.presets(now)]

        def typed(text: str) -> list[Choice]:
            until = snooze_times.parse(text, datetime.now().astimezone())
            return [] if until is None else [Choice(until, self.tr("Until %1").replace("%1", _when(until)))]

        self._pick("snooze", self.tr("Snooze until…"), choices,
                   lambda until: self._run("snooze", lifecycle.snooze(self.ws, ids, until), len(ids), until,
                                           again=lambda: lifecycle.snooze(self.ws, ids, until, confirmed=True)),
                   extra=typed, placeholder=self.tr("3h, 2d, 18:00 or 2026-12-24 09:00"))

    def assign(self) -> None:
        ids = self._ready()
        if ids is not None:
            run(lifecycle.known_agents(self.ws), self.bridge, name="agents",
                on_done=lambda agents: self._assign_picker(ids, agents))

    def _assign_picker(self, ids: list[int], agents: list[str]) -> None:
        me = self.ws.agent_name
        choices = ([Choice(ME, self.tr("Me (%1)").replace("%1", me), names=(me, "me"))] if me else []) + [
            Choice(NOBODY, self.tr("Nobody (unassigned)"), names=("nobody", "unassigned"))] + [
            Choice(agent, agent) for agent in agents if agent != me]

        def chosen(agent) -> None:
            name = {ME: me, NOBODY: None}.get(agent, agent)
            self._run("assign", lifecycle.assign(self.ws, ids, name), len(ids), name)

        self._pick("assign", self.tr("Assign to…"), choices, chosen, placeholder=self.tr("Type a name"))

    def tag(self) -> None:
        ids = self._ready()
        if ids is not None:
            run(lifecycle.tags(self.ws), self.bridge, name="tags", on_done=lambda tags: self._tag_picker(ids, tags))

    def _tag_picker(self, ids: list[int], tags: list) -> None:
        have = self._tags_of(ids)
        choices = []
        for tag in tags:
            everywhere = all(tag.name in have.get(cid, ()) for cid in ids)
            choices.append(Choice(("remove" if everywhere else "add", tag.name),
                                  f"{'−' if everywhere else '+'} {tag.name}",
                                  self.tr("remove") if everywhere else self.tr("add"), (tag.name,), tag.colour))
        known = {tag.name.lower() for tag in tags}

        def typed(text: str) -> list[Choice]:
            name = " ".join(text.split()).lstrip("#")
            if not name or name.lower() in known:
                return []
            return [Choice(("add", name), self.tr("+ New tag “%1”").replace("%1", name))]

        def chosen(key) -> None:
            change, name = key
            add, remove = ([name], []) if change == "add" else ([], [name])
            self._run("tag", lifecycle.tag(self.ws, ids, add, remove), len(ids))

        self._pick("tag", self.tr("Add or remove a tag"), choices, chosen, extra=typed,
                   placeholder=self.tr("Type a tag; a new name creates it"))

    def _tags_of(self, ids: list[int]) -> dict[int, tuple[str, ...]]:
        model = self.window.queue.model
        found = {model.row_at(r).id: model.row_at(r).tags for r in range(model.rowCount()) if model.row_at(r).id in ids}
        shown = self.window.reading.conversation
        if shown is not None and shown.id in ids:
            found[shown.id] = shown.tags
        return found

    def merge(self) -> None:
        source = self.window.reading.conversation_id
        if self.ws is None or source is None:
            return
        run(lifecycle.linked(self.ws, source), self.bridge, name="linked",
            on_done=lambda links: self._merge_picker(source, links))

    def _merge_picker(self, source: int, links: list) -> None:
        choices = [_link_choice(link) for link in links]
        if not choices:
            self._say(self.tr("This customer has no other conversation to merge with."))
            self.refused.emit(self.window.statusBar().currentMessage())
            return

        def chosen(target: int) -> None:
            run(lifecycle.merge(self.ws, source, target), self.bridge, initiator=self, name="lifecycle-merge",
                on_error=self._refused,
                on_done=lambda result: (self._done("merge", result, 1, ()), self.show_conversation(target)))

        self._pick("merge", self.tr("Merge this conversation into…"), choices, chosen)

    def linked(self) -> None:
        shown = self.window.reading.conversation_id
        if self.ws is not None and shown is not None:
            run(lifecycle.linked(self.ws, shown), self.bridge, name="linked",
                on_done=lambda links: self._pick("linked", self.tr("Linked conversations"),
                                                 [_link_choice(link) for link in links], self.show_conversation))

    def show_conversation(self, conversation_id: int) -> None:
        """Select it in the queue when the view holds it, else open it beside the queue."""
        if not self.window.queue.select_conversation(conversation_id):
            self.window.queue.open_beside(conversation_id)

    def palette(self) -> None:
        if self.actions is None:
            return
        views = [Choice(("view", view), self.tr("Go to view: %1").replace("%1", view_name(view)), names=(view,))
                 for view in QUEUE_VIEWS]
        views += [Choice(("view", saved.id), self.tr("Go to view: %1").replace("%1", saved.name))
                  for saved in self.window.queue.saved]

        def chosen(key) -> None:
            if isinstance(key, tuple):
                self.window.queue.choose_view(key[1])
            else:
                self.actions[key].trigger()

        self._pick("palette", self.tr("Command palette"), self.actions.choices() + views, chosen,
                   placeholder=self.tr("Type an action or a view, in Chinese or English"))

    # --- the reply box, notes, sheets and views -----------------------------------------------------

    def read(self) -> None:
        self.window.reading.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reply(self) -> None:
        composer = self.window.reading.composer
        if composer.isEnabled():
            composer.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def macro(self) -> None:
        """The reply box, with "/" typed: its macro list opens."""
        editor = self.window.reading.composer.editor
        if not self.window.reading.composer.isEnabled():
            return
        editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        editor.moveCursor(QTextCursor.MoveOperation.End)
        if editor.toPlainText() and not editor.toPlainText()[-1].isspace():
            editor.insertPlainText("\n")  # "/" opens the list at the start of a word
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(editor, QKeyEvent(kind, Qt.Key.Key_Slash, Qt.KeyboardModifier.NoModifier, "/"))

    def note(self) -> None:
        shown = self.window.reading.conversation_id
        if self.ws is not None and shown is not None:
            run(lifecycle.known_agents(self.ws), self.bridge, name="agents",
                on_done=lambda agents: self._note_popup(shown, agents))

    def _note_popup(self, conversation_id: int, agents: list[str]) -> None:
        from ui.note_popup import NotePopup

        self.popup = NotePopup(agents, self.window)
        self.popup.submitted.connect(lambda text: self._run("note", lifecycle.add_note(self.ws, conversation_id, text), 1))
        self.popup.open()  # never exec(): a nested loop would stall qasync
        self.popup.editor.setFocus()
        self.picker_opened.emit("note")

    def cheat_sheet(self) -> None:
        from ui.cheatsheet import CheatSheet

        if self.actions is not None:
            self.popup = CheatSheet(self.actions.rows(), self.window)
            self.popup.open()
            self.picker_opened.emit("cheat_sheet")

    def save_view(self) -> None:
        if self.ws is None:
            return
        self.popup = dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Save this view"))
        dialog.setLabelText(self.tr("Name of the view (its filters and sort are kept):"))
        dialog.textValueSelected.connect(self._save_view_as)
        dialog.open()
        dialog.findChild(QLineEdit).setFocus(Qt.FocusReason.PopupFocusReason)  # type the name at once
        self.picker_opened.emit("save_view")

    def _save_view_as(self, name: str) -> None:
        view = self.window.queue.current_as_saved(name)
        run(queue_ops.save_view(self.ws, view), self.bridge, initiator=self, name="save-view", on_error=self._refused,
            on_done=lambda _changes: self._show_saved_view(view.id))

    def _show_saved_view(self, view_id: str) -> None:
        queue = self.window.queue
        run(queue_ops.saved_views(self.ws), self.bridge, name="saved-views",
            on_done=lambda saved: (queue.show_saved(saved), queue.choose_view(view_id)))

    def delete_view(self) -> None:
        saved = next((v for v in self.window.queue.saved if v.id == self.window.queue.current_view()), None)
        if saved is not None:
            run(queue_ops.delete_view(self.ws, saved.name), self.bridge, initiator=self, name="delete-view")

    def tag_colours(self) -> None:
        from ui.tag_colours import TagColours

        if self.ws is not None:
            self.popup = TagColours(self.ws, self.bridge, self.window)
            self.popup.open()
            self.popup.load()
            self.picker_opened.emit("tag_colours")

    def refresh(self) -> None:
        self.window.queue.reload()
        self.window.queue.refresh_counts()


def _when(moment: datetime) -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), "ddd MM-dd HH:mm")


def _link_choice(link) -> Choice:
    translate = QCoreApplication.translate
    relation = translate("Workday", "same order") if link.relation == "order" else translate("Workday", "same customer")
    return Choice(link.id, f"#{link.id} · {link.subject[:60]}", f"{relation} · {link.status}",
                  (str(link.id), link.channel, link.status))
