"""The keyboard cheat sheet (?): every action with its key, grouped, in the agent's language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


class CheatSheet(QDialog):
    def __init__(self, rows: list[tuple[str, list[tuple[str, str]]]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 640)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Key")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(False)
        for group, actions in rows:
            heading = QTreeWidgetItem(self.tree, [group, ""])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for name, key in actions:
                QTreeWidgetItem(self.tree, [f"    {name}", key or "—"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        hint = self.tr("Change any key in Settings → Keyboard. Letters act on the queue unless you are typing.")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        note = QLabel(hint, self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def shown_keys(self) -> dict[str, str]:
        found = {}
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(1):
                found[item.text(0).strip()] = item.text(1)
        return found
