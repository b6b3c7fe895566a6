"""What sync could not read, where the agent sees it: a banner above the queue ("3 messages could
not be read", with sender and date where known), refreshed after each sync round, and a dialog
listing them with export (for a bug report) and "Read again" (after an upgrade)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desk.app import quarantine
from ui.labels import date_time_text
from ui.ops import run


def _when(moment) -> str:
    return date_time_text(int(moment.timestamp())) if moment is not None else ""


class QuarantineBanner(QFrame):
    """Signals:
        summary_shown(int): the banner shows this many unreadable items (0: hidden).
    """

    summary_shown = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("quarantineBanner")
        self.ws = self.bridge = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.view_button = QPushButton(self.tr("Show them…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.view_button)
        self.view_button.clicked.connect(lambda _checked=False: self.open_dialog())
        self.dialog: QuarantineDialog | None = None
        self.count = 0
        self.hide()

    def attach(self, ws, bridge) -> None:
        self.ws, self.bridge = ws, bridge
        bridge.changed.connect(self._on_changed)
        bridge.account_status.connect(self._on_status)
        self.refresh()

    def _on_changed(self, changes, _initiator) -> None:
        if changes.quarantine or changes.accounts:
            self.refresh()

    def _on_status(self, status) -> None:
        if status.state.value == "idle":  # a sync round ended: it may have kept what it could not read
            self.refresh()

    def refresh(self) -> None:
        if self.ws is not None:
            run(quarantine.summary(self.ws), self.bridge, name="quarantine-summary", on_done=self._show)

    def _show(self, summary) -> None:
        self.count = summary.count
        if summary.count:
            headline = self.tr("%n message(s) could not be read. They are kept as they arrived.", "", summary.count)
            latest = summary.latest[0]
            about = [latest.sender or latest.account_name, _when(latest.sent_at or latest.first_seen_at)]
            detail = self.tr("Latest: %1").replace("%1", " · ".join(part for part in about if part))
            self.text.setText(f"<b>⚠ {html.escape(headline)}</b> <span style='color:#5f6368'>"
                              f"{html.escape(detail)}</span>")
        self.setVisible(bool(summary.count))
        self.summary_shown.emit(summary.count)

    def open_dialog(self) -> None:
        if self.ws is None:
            return
        self.dialog = QuarantineDialog(self.ws, self.bridge, self.window())
        self.dialog.open()  # never exec(): a nested loop would stall qasync
        self.dialog.load()


class QuarantineDialog(QDialog):
    """Signals:
        loaded(int): the list shows this many items.
        exported(object): the items were written to a folder (the list of files).
        retried(object): reading again came to this (a RetryResult: read, still unreadable, new messages).
    """

    loaded = Signal(int)
    exported = Signal(object)
    retried = Signal(object)

    def __init__(self, ws, bridge, parent=None):
        super().__init__(parent)
        self.ws, self.bridge = ws, bridge
        self.setWindowTitle(self.tr("Messages that could not be read"))
        self.resize(900, 460)
        self.explain = QLabel(self.tr("Desk kept these exactly as they arrived, with why they could not be read. Export them for a bug report, or read them again after an update."), self)
        self.explain.setWordWrap(True)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Kind"), self.tr("From"), self.tr("Sent"),
                                              self.tr("Why it could not be read"), self.tr("Last seen"),
                                              self.tr("Tries")])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(4, self.table.horizontalHeader().ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.retry_button = QPushButton(self.tr("Read again"), self)
        self.retry_button.setToolTip(self.tr("Read the selected items again (all when none is selected)"))
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(lambda _checked=False: self.choose_folder())
        self.retry_button.clicked.connect(lambda _checked=False: self.read_again())
        close.clicked.connect(lambda _checked=False: self.accept())

    def kind_names(self) -> dict[str, str]:
        return {"mail": self.tr("mail"), "webhook": self.tr("WhatsApp event"), "order": self.tr("order")}

    def load(self) -> None:
        run(quarantine.entries(self.ws), self.bridge, name="quarantine-entries", on_done=self._show)

    def _show(self, entries: list) -> None:
        self.model.removeRows(0, self.model.rowCount())
        kinds = self.kind_names()
        for entry in entries:
            cells = [entry.account_name, kinds.get(entry.kind, entry.kind), entry.sender or "?",
                     _when(entry.sent_at), entry.reason, _when(entry.last_seen_at), str(entry.retry_count)]
            row = [QStandardItem(text) for text in cells]
            row[0].setData(entry.id, Qt.ItemDataRole.UserRole)
            row[4].setToolTip(f"{entry.reason}\n{entry.source}")
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(bool(entries))
        self.retry_button.setEnabled(bool(entries))
        self.loaded.emit(len(entries))

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in sorted(rows)]

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Export to folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.export_to(Path(folder)))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def export_to(self, folder: Path) -> None:
        ids = self.selected_ids() or None
        run(quarantine.export(self.ws, folder, ids), self.bridge, name="quarantine-export",
            on_error=lambda error: self.status.setText(str(error)),
            on_done=lambda written: self._exported(folder, written))

    def _exported(self, folder: Path, written: list) -> None:
        self.status.setText(self.tr("%n item(s) written to %1, with index.json describing them.", "", len(written))
                            .replace("%1", str(folder)))
        self.exported.emit(written)

    def read_again(self) -> None:
        self.retry_button.setEnabled(False)
        self.status.setText(self.tr("Reading again…"))
        run(quarantine.retry(self.ws, self.selected_ids() or None), self.bridge, initiator=self,
            name="quarantine-retry", on_done=self._retried)

    def _retried(self, answer) -> None:
        result, _changes = answer
        self.status.setText(self.tr("%1 read now (%2 new message(s)); %3 still cannot be read.")
                            .replace("%1", str(result.read)).replace("%2", str(result.messages))
                            .replace("%3", str(result.still_unreadable)))
        self.retried.emit(result)
        self.load()
