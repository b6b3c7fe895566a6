"""A keyboard picker: type to narrow a list (fuzzy, in the agent's language and English), arrows to
move, Enter to choose, Esc to close. The command palette (Ctrl+K) and the snooze, assign, tag,
merge and linked-conversation pickers are all this one widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk.domain.fuzzy import rank

KeyRole = Qt.ItemDataRole.UserRole + 1
WIDTH = 520
ROWS = 12


@dataclass(frozen=True)
class Choice:
    key: Any
    label: str
    detail: str = ""  # shown on the right: a shortcut, a count, a status
    names: tuple[str, ...] = field(default=())  # more names to match (English, ids)
    colour: str | None = None  # a swatch (tags)


class Chooser(QFrame):
    """Signals:
        chosen(object): the key of the choice taken.
        closed(): the picker went away (chosen or not).
    """

    chosen = Signal(object)
    closed = Signal()

    def __init__(self, parent: QWidget, title: str, choices: list[Choice], *,
                 extra: Callable[[str], list[Choice]] | None = None, placeholder: str = ""):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("chooser")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.choices = choices
        self.extra = extra  # choices made from what was typed (a new tag, a snooze time)
        self.title = QLabel(title, self)
        self.title.setObjectName("chooserTitle")
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(placeholder)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        self.query.textChanged.connect(self._filter)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(self._take)
        self.list.itemClicked.connect(self._take)
        self._filter("")

    def popup(self) -> None:
        """Show it over the top middle of its window, ready to type."""
        window = self.parentWidget().window()
        self.setMinimumWidth(min(WIDTH, window.width()))
        rows = min(ROWS, max(self.list.count(), 3))
        self.list.setFixedHeight(rows * max(self.list.sizeHintForRow(0), 22) + 6)
        self.adjustSize()
        top_left = window.mapToGlobal(window.rect().topLeft())
        self.move(top_left.x() + (window.width() - self.width()) // 2, top_left.y() + 80)
        self.show()
        self.query.setFocus(Qt.FocusReason.PopupFocusReason)

    def shown_keys(self) -> list:
        return [self.list.item(i).data(KeyRole) for i in range(self.list.count())]

    def _filter(self, text: str) -> None:
        found = rank(text, [(c, (c.label, *c.names)) for c in self.choices]) if text.strip() else list(self.choices)
        found = (self.extra(text) if self.extra and text.strip() else []) + found
        self.list.clear()
        for choice in found:
            item = QListWidgetItem(f"{choice.label}    {choice.detail}".rstrip() if choice.detail else choice.label)
            item.setData(KeyRole, choice.key)
            if choice.colour:
                swatch = QPixmap(12, 12)
                swatch.fill(QColor(choice.colour))
                item.setIcon(QIcon(swatch))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if obj is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: ROWS, Qt.Key.Key_PageUp: -ROWS}[key]
                if self.list.count():
                    self.list.setCurrentRow(min(max(self.list.currentRow() + step, 0), self.list.count() - 1))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.list.currentItem() is not None:
                    self._take(self.list.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(obj, event)

    def _take(self, item: QListWidgetItem) -> None:
        key = item.data(KeyRole)
        self.close()
        self.chosen.emit(key)

    def closeEvent(self, event):  # noqa: N802 - Qt override
        super().closeEvent(event)
        self.closed.emit()
