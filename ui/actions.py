"""Every action of the window as one QAction, declared once: its id and default key come from
desk.domain.shortcuts, its name (in the agent's language, English kept for the palette's
matching) from here; `Actions.bind` puts the agent's own keys (Settings → Keyboard) on them.

Letters are window-wide shortcuts: text fields take typed letters first (Qt gives a focused
editor the key before any shortcut), so j, e, s... act on the queue everywhere else. Return
("open") only acts while the queue's table has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desk.domain.shortcuts import BY_ID, SHORTCUTS, bindings
from ui.chooser import Choice

TABLE_ONLY = {"open"}  # acts only while the queue's table has the focus


def _as_written(_context: str, text: str) -> str:
    return text


def action_names(translate=QCoreApplication.translate) -> dict[str, str]:
    """Each action's name in the agent's language (`_as_written`: in English, as declared)."""
    return {
        "next": translate("Actions", "Next conversation"),
        "previous": translate("Actions", "Previous conversation"),
        "extend_down": translate("Actions", "Add the next conversation to the selection"),
        "extend_up": translate("Actions", "Add the previous conversation to the selection"),
        "toggle_selection": translate("Actions", "Select or unselect this conversation"),
        "open": translate("Actions", "Read the conversation"),
        "back_to_queue": translate("Actions", "Back to the queue"),
        "search": translate("Actions", "Search"),
        "next_view": translate("Actions", "Next view"),
        "previous_view": translate("Actions", "Previous view"),
        "reply": translate("Actions", "Reply"),
        "note": translate("Actions", "Add an internal note"),
        "macro": translate("Actions", "Insert a macro"),
        "resolve": translate("Actions", "Resolve"),
        "reopen": translate("Actions", "Reopen"),
        "pending": translate("Actions", "Waiting for the customer (pending)"),
        "snooze": translate("Actions", "Snooze…"),
        "assign": translate("Actions", "Assign…"),
        "assign_me": translate("Actions", "Assign to me"),
        "tag": translate("Actions", "Tags…"),
        "merge": translate("Actions", "Merge into another conversation of this customer…"),
        "linked": translate("Actions", "Linked conversations…"),
        "no_response": translate("Actions", "No response needed"),
        "clear_escalation": translate("Actions", "Clear escalation"),
        "undo": translate("Actions", "Undo the last action"),
        "palette": translate("Actions", "Command palette…"),
        "cheat_sheet": translate("Actions", "Keyboard shortcuts"),
        "save_view": translate("Actions", "Save this view…"),
        "delete_view": translate("Actions", "Delete this saved view"),
        "tag_colours": translate("Actions", "Tag colours…"),
        "refresh": translate("Actions", "Refresh the queue"),
        "accounts": translate("Actions", "Accounts…"),
        "settings": translate("Actions", "Settings…"),
    }


def group_names(translate=QCoreApplication.translate) -> dict[str, str]:
    return {"navigate": translate("Actions", "Moving around"), "conversation": translate("Actions", "Conversation"),
            "window": translate("Actions", "Window")}


def key_text(key: str) -> str:
    """A key as the agent reads it on their system ("Ctrl+K", "⌘K")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) if key else ""


def _caller(handler: Callable[[], object]) -> Callable[[bool], None]:
    def call(_checked: bool = False) -> None:  # returns nothing: see ui.ops.settle
        handler()
    return call


class Actions(QObject):
    """The window's QActions by id. `handlers` maps ids to what they do; `bind` sets their keys.

    Signals:
        bound(): the keys were (re)bound.
    """

    bound = Signal()

    def __init__(self, window: QWidget, table: QWidget, handlers: dict[str, Callable[[], None]]):
        super().__init__(window)
        names = action_names()
        self.keys: dict[str, str] = {}
        self.by_id: dict[str, QAction] = {}
        for shortcut in SHORTCUTS:
            action = QAction(names[shortcut.id], window)
            action.setObjectName(f"action_{shortcut.id}")
            handler = handlers.get(shortcut.id)
            if handler is not None:
                action.triggered.connect(_caller(handler))
            if shortcut.id in TABLE_ONLY:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                table.addAction(action)
            else:
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                window.addAction(action)
            self.by_id[shortcut.id] = action
        self.bind({})

    def __getitem__(self, action_id: str) -> QAction:
        return self.by_id[action_id]

    def bind(self, overrides: dict[str, str]) -> None:
        """The default keys with the agent's own over them."""
        self.keys = bindings(overrides)
        for action_id, action in self.by_id.items():
            key = self.keys.get(action_id, "")
            sequences = [QKeySequence(key)] if key else []
            if len(key) == 1 and not key.isalnum():  # "?" arrives as Shift+? on most keyboards
                sequences.append(QKeySequence(f"Shift+{key}"))
            action.setShortcuts(sequences)
        self.bound.emit()

    def choices(self) -> list[Choice]:
        """The palette's entries: every action that can run now, its key on the right."""
        english = action_names(_as_written)
        return [Choice(action_id, action.text(), key_text(self.keys.get(action_id, "")),
                       (english[action_id], action_id))
                for action_id, action in self.by_id.items() if action.isEnabled() and action_id != "palette"]

    def rows(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The cheat sheet: (group name, [(action name, key)]) in declaration order."""
        groups: dict[str, list[tuple[str, str]]] = {}
        for shortcut in SHORTCUTS:
            groups.setdefault(shortcut.group, []).append(
                (self.by_id[shortcut.id].text(), key_text(self.keys.get(shortcut.id, ""))))
        names = group_names()
        return [(names[group], rows) for group, rows in groups.items()]


def default_key(action_id: str) -> str:
    return BY_ID[action_id].key


MENUS = (
    ("conversation", ("reply", "note", "macro", None, "resolve", "reopen", "pending", "snooze", None, "assign",
                      "assign_me", "tag", None, "merge", "linked", None, "no_response", "clear_escalation", None,
                      "undo")),
    ("queue", ("next", "previous", "extend_down", "extend_up", "toggle_selection", "open", "back_to_queue", None,
               "search", "next_view", "previous_view", "save_view", "delete_view", "tag_colours", "refresh")),
    ("help", ("palette", "cheat_sheet")),
)


def add_context_menu(table, actions: Actions) -> None:
    """Right-click in the queue: the Conversation menu for the row clicked (added to the selection's
    rows when it is one of them, else chosen alone)."""
    ids = dict(MENUS)["conversation"]

    def show(pos) -> None:
        index = table.indexAt(pos)
        if not index.isValid():
            return
        if not table.selectionModel().isRowSelected(index.row(), index.parent()):
            table.setCurrentIndex(index)
        menu = QMenu(table)
        menu.setObjectName("queue_context_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action_id in ids:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[action_id])
        menu.popup(table.viewport().mapToGlobal(pos))

    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(show)


def build_menus(window, actions: Actions) -> None:
    """The menu bar: Accounts… and Settings… on it, the rest in menus by what they act on."""
    translate = QCoreApplication.translate
    titles = {"conversation": translate("Actions", "Conversation"), "queue": translate("Actions", "Queue"),
              "help": translate("Actions", "Help")}
    bar = window.menuBar()
    bar.addAction(actions["accounts"])
    for menu_id, ids in MENUS:
        menu = bar.addMenu(titles[menu_id])
        for action_id in ids:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[action_id])
    bar.addAction(actions["settings"])
