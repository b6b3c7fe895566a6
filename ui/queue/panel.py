"""The queue panel: search, filters and the table of conversations, what is due first on top.

It owns the queue model, keeps the agent on the conversation they had open when the queue
reloads, and counts what the filter shows.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.app import queue as queue_ops
from desk.domain import Channel, ConversationStatus, QueueFilter
from desk.domain.languages import LANGUAGES
from ui.ops import run
from ui.queue.model import QueueModel

SEARCH_DEBOUNCE_MS = 250
CLOCK_TICK_MS = 30_000
BACKGROUND_REFRESH_MS = 1000  # sync and the pipeline change the queue in bursts: reload once per burst
COLUMN_WIDTHS = ((QueueModel.COL_DUE, 78), (QueueModel.COL_CHANNEL, 96), (QueueModel.COL_CUSTOMER, 150),
                 (QueueModel.COL_TOPIC, 110), (QueueModel.COL_LANGUAGE, 84), (QueueModel.COL_ASSIGNEE, 80))


class QueuePanel(QWidget):
    """Signals:
        conversation_selected(int): the agent moved to this conversation.
        cleared(): the queue reloaded and nothing is selected any more.
        count_changed(int): the number of conversations the filter shows.
        load_failed(str): a page could not be read (the reason).
    """

    conversation_selected = Signal(int)
    cleared = Signal()
    count_changed = Signal(int)
    load_failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ws = None
        self.bridge = None
        self.model: QueueModel | None = None
        self._reselect: int | None = None  # conversation to select again after a reload
        self._build()

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search messages and customers…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        for label, statuses in (
            (self.tr("Open"), (ConversationStatus.OPEN,)),
            (self.tr("Pending"), (ConversationStatus.PENDING,)),
            (self.tr("Snoozed"), (ConversationStatus.SNOOZED,)),
            (self.tr("Resolved"), (ConversationStatus.RESOLVED,)),
            (self.tr("All"), ()),
        ):
            self.status_filter.addItem(label, statuses)
        self.channel_filter = QComboBox(self)
        self.channel_filter.addItem(self.tr("All channels"), ())
        for channel, label in ((Channel.AMAZON, "Amazon"), (Channel.SHOPIFY, "Shopify"),
                               (Channel.WHATSAPP, "WhatsApp"), (Channel.EMAIL, self.tr("E-mail"))):
            self.channel_filter.addItem(label, (channel,))
        self.language_filter = QComboBox(self)
        self.language_filter.addItem(self.tr("All languages"), ())
        for code in LANGUAGES:
            self.language_filter.addItem(code.upper(), (code,))
        self.escalated_filter = QCheckBox(self.tr("⚠ Escalated"), self)
        self.escalated_filter.setToolTip(self.tr("Only conversations triage escalated"))
        filters = QHBoxLayout()
        for widget in (self.status_filter, self.channel_filter, self.language_filter, self.escalated_filter):
            filters.addWidget(widget)

        self.table = QTableView(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._background_timer = QTimer(self)
        self._background_timer.setSingleShot(True)
        self._background_timer.setInterval(BACKGROUND_REFRESH_MS)
        self._background_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.escalated_filter.toggled.connect(lambda _on: self.apply_filter())
        for combo in (self.status_filter, self.channel_filter, self.language_filter):
            combo.currentIndexChanged.connect(self.apply_filter)

    # --- workspace ------------------------------------------------------------------------------

    def attach(self, ws, bridge, first_page: list | None = None) -> None:
        """Show the queue of an opened workspace, starting from `first_page` when it is at hand."""
        self.ws, self.bridge = ws, bridge
        self.model = QueueModel(ws, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QueueModel.COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        for col, width in COLUMN_WIDTHS:
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.load_failed.connect(self.load_failed)
        self.model.modelReset.connect(self._on_model_reset)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start(CLOCK_TICK_MS)
        bridge.changed.connect(self._on_changed)
        if first_page is None:
            self.model.reload()
        else:
            self.model.show_first_page(first_page)

    def load_warning_windows(self) -> None:
        run(queue_ops.warning_windows(self.ws), self.bridge, on_done=self.model.set_warning_windows)

    def _on_changed(self, changes, initiator) -> None:
        if changes.queue and initiator is None:  # sync or the pipeline, not the agent
            self._background_timer.start()
        elif changes.queue:
            self.reload()
        elif changes.conversations:
            self.refresh_count()
        if any(key.startswith("sla.") for key in changes.settings):
            self.load_warning_windows()

    # --- filter ---------------------------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        return replace(
            QueueFilter(),
            statuses=self.status_filter.currentData(),
            escalated_only=self.escalated_filter.isChecked(),
            channels=self.channel_filter.currentData(),
            languages=self.language_filter.currentData(),
            text=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        if self.model is not None:
            self.model.set_filter(self.current_filter())

    # --- rows and selection ---------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, QueueModel.IdRole) if self.model is not None and index.isValid() else None

    def reload(self) -> None:
        """Reload the queue, keeping the agent on the conversation they had selected."""
        if self.model is None:
            return
        self._reselect = self.current_id()
        self.model.reload()

    def select_conversation(self, conversation_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == conversation_id:
                self.table.selectRow(row)
                return True
        return False

    def refresh_count(self) -> None:
        flt = self.model.queue_filter
        run(queue_ops.count(self.ws, flt), self.bridge,
            on_done=lambda count: self.count_changed.emit(count) if flt == self.model.queue_filter else None)

    def _on_model_reset(self) -> None:
        if self._reselect is None:
            self.cleared.emit()
        self.refresh_count()

    def _on_page_loaded(self, rows: int) -> None:
        keep, self._reselect = self._reselect, None
        if keep is not None and self.select_conversation(keep):
            return
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)  # the first, or the next one once the kept one left the queue
        elif keep is not None and not self.table.currentIndex().isValid():
            self.cleared.emit()

    def _on_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.conversation_selected.emit(self.model.data(current, QueueModel.IdRole))
