"""Each tag's colour: the tags in use with their swatches; Enter (or a double click) on one opens
a colour picker, and the queue, filters and headers show the new colour."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from desk.app import lifecycle
from ui.ops import run

NameRole = Qt.ItemDataRole.UserRole + 1


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TagColours(QDialog):
    """Signals:
        loaded(): the tags are listed.
        recoloured(str): this tag has its new colour.
    """

    loaded = Signal()
    recoloured = Signal(str)

    def __init__(self, ws, bridge, parent=None):
        super().__init__(parent)
        self.ws, self.bridge = ws, bridge
        self.picker: QColorDialog | None = None
        self.setWindowTitle(self.tr("Tag colours"))
        self.resize(360, 420)
        self.tags = QListWidget(self)
        self.tags.itemActivated.connect(self.choose_colour)
        hint = QLabel(self.tr("Enter or a double click changes a tag's colour."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tags)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def load(self) -> None:
        run(lifecycle.tags(self.ws), self.bridge, name="tags", on_done=self._show)

    def _show(self, tags: list) -> None:
        self.tags.clear()
        for tag in tags:
            item = QListWidgetItem(swatch(tag.colour), f"{tag.name}  ({tag.count})")
            item.setData(NameRole, tag.name)
            self.tags.addItem(item)
        if self.tags.count():
            self.tags.setCurrentRow(0)
        self.tags.setFocus()
        self.loaded.emit()

    def choose_colour(self, item: QListWidgetItem) -> None:
        name = item.data(NameRole)
        self.picker = QColorDialog(item.icon().pixmap(14, 14).toImage().pixelColor(0, 0), self)
        self.picker.colorSelected.connect(lambda colour: self.set_colour(name, colour.name()))
        self.picker.open()  # never exec(): a nested loop would stall qasync

    def set_colour(self, name: str, colour: str) -> None:
        run(lifecycle.set_tag_colour(self.ws, name, colour), self.bridge, initiator=self, name="tag-colour",
            on_done=lambda _changes: (self.load(), self.recoloured.emit(name)))
