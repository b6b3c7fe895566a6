"""The queue panel: views with live counts, search, filters and the table of conversations, what
is due first on top (or as a header click sorts it, through the query).

It owns the queue model, keeps the agent on the conversation they had open when the queue
changes, counts what each view holds, and remembers the columns' order and widths (the agent
setting queue.columns). After an action only the conversations it touched are read again
(QueueModel.refresh); a change of view, filter or sort, or sync's new conversations, reload it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.app import queue as queue_ops
from desk.domain import Channel, QueueFilter
from desk.domain.languages import LANGUAGES
from desk.domain.queue_views import DEFAULT_VIEW, QUEUE_VIEWS, SavedView, narrowed
from ui.ops import run
from ui.queue.model import DEFAULT_WARN_S, QueueModel
from ui.queue.views import ViewList

SEARCH_DEBOUNCE_MS = 250
CLOCK_TICK_MS = 30_000
BACKGROUND_REFRESH_MS = 1000  # sync and the pipeline change the queue in bursts: reload once per burst
COUNTS_DEBOUNCE_MS = 150
LAYOUT_SAVE_MS = 800
REFRESH_LIMIT = 500  # more touched conversations than this: reload the view instead
COLUMN_WIDTHS = {"due": 78, "channel": 90, "customer": 120, "subject": 230, "topic": 104, "language": 44,
                 "assignee": 72}
MIN_COLUMN_WIDTH = 36


class QueueTable(QTableView):
    """The queue's table. Typing a letter does not jump to a customer starting with it: letters are
    the agent's shortcuts (j, k, e, s...)."""

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt override
        pass


class QueuePanel(QWidget):
    """Signals:
        conversation_selected(int): the agent moved to this conversation.
        cleared(): the queue changed and nothing is selected any more.
        count_changed(int): the number of conversations the view and filters show.
        counts_changed(object): each view's count ({view id: count}).
        load_failed(str): a page could not be read (the reason).
        view_changed(str): another view was chosen (its id).
        layout_saved(): the columns' order and widths were stored.
        layout_loaded(): the remembered order and widths are applied.
        tags_changed(object): the tags in use and their colours ({name: "#rrggbb"}).
    """

    conversation_selected = Signal(int)
    cleared = Signal()
    count_changed = Signal(int)
    counts_changed = Signal(object)
    load_failed = Signal(str)
    view_changed = Signal(str)
    layout_saved = Signal()
    layout_loaded = Signal()
    tags_changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ws = None
        self.bridge = None
        self.model: QueueModel | None = None
        self.saved: list[SavedView] = []
        self.counts: dict[str, int] = {}
        self.counted: dict[str, QueueFilter] = {}  # the filters the counts shown were read with
        self._base_view = DEFAULT_VIEW
        self._reselect: int | None = None  # conversation to select again after a reload
        self.beside: int | None = None  # a conversation open beside the queue (its view does not hold it)
        self._applying_layout = False
        self._build()

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search messages and customers… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.views = ViewList(self)
        self.channel_filter = QComboBox(self)
        self.channel_filter.addItem(self.tr("All channels"), "")  # "": any (strings: findData compares them)
        for channel, label in ((Channel.AMAZON, "Amazon"), (Channel.SHOPIFY, "Shopify"),
                               (Channel.WHATSAPP, "WhatsApp"), (Channel.EMAIL, self.tr("E-mail"))):
            self.channel_filter.addItem(label, channel.value)
        self.language_filter = QComboBox(self)
        self.language_filter.addItem(self.tr("All languages"), "")
        for code in LANGUAGES:
            self.language_filter.addItem(code.upper(), code)
        self.tag_filter = QComboBox(self)
        self.tag_filter.addItem(self.tr("All tags"), "")
        filters = QHBoxLayout()
        for widget in (self.channel_filter, self.language_filter, self.tag_filter):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.table = QueueTable(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setTabKeyNavigation(False)
        queue = QWidget(self)
        column = QVBoxLayout(queue)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.views)
        split.addWidget(queue)
        split.setStretchFactor(1, 1)
        split.setSizes([140, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(split)

        self._search_timer = self._timer(SEARCH_DEBOUNCE_MS, self.apply_filter)
        self._counts_timer = self._timer(COUNTS_DEBOUNCE_MS, self.refresh_counts)
        self._layout_timer = self._timer(LAYOUT_SAVE_MS, self._save_layout)
        self._background_timer = self._timer(BACKGROUND_REFRESH_MS, self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.channel_filter, self.language_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.views.view_chosen.connect(self._on_view_chosen)

    def _timer(self, interval_ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # --- workspace ------------------------------------------------------------------------------

    def attach(self, ws, bridge, first_page: list | None = None) -> None:
        """Show the queue of an opened workspace, starting from `first_page` when it is at hand."""
        self.ws, self.bridge = ws, bridge
        self.model = QueueModel(ws, self)
        self.model.use_filter(self.current_filter())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        header.setStretchLastSection(True)
        self._apply_layout({})
        header.setSortIndicator(QueueModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sectionResized.connect(self._layout_changed)
        header.sectionMoved.connect(self._layout_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.load_failed.connect(self.load_failed)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsAboutToBeRemoved.connect(self._before_rows_removed)
        self.model.rows_refreshed.connect(self._on_rows_refreshed)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start(CLOCK_TICK_MS)
        bridge.changed.connect(self._on_changed)
        if first_page is None:
            self.model.reload()
        else:
            self.model.show_first_page(first_page)
        run(queue_ops.column_layout(ws), bridge, name="queue-layout", on_done=self._on_layout_loaded)
        self.load_saved_views()
        self.refresh_counts()

    def load_warning_windows(self) -> None:
        run(queue_ops.warning_windows(self.ws), self.bridge, on_done=self._set_warning_windows)

    def _set_warning_windows(self, seconds: dict[str, float]) -> None:
        self.model.set_warning_windows(seconds)
        self.refresh_counts()

    def _on_changed(self, changes, initiator) -> None:
        if changes.queue and changes.conversations and len(changes.conversations) <= REFRESH_LIMIT:
            self.model.refresh(changes.conversations)
        elif changes.queue and initiator is None:  # sync or the pipeline, not the agent
            self._background_timer.start()
        elif changes.queue:
            self.reload()
        elif changes.conversations:
            self.refresh_count()
        if changes.queue or changes.conversations:
            self._counts_timer.start()
        if any(key.startswith("sla.") for key in changes.settings):
            self.load_warning_windows()
        if "agent.name" in changes.settings:
            self._counts_timer.start()
            if self._base_view == "mine":
                self.apply_filter()
        if "queue.saved_views" in changes.settings:
            self.load_saved_views()

    # --- views and filters ------------------------------------------------------------------------

    def current_view(self) -> str:
        return self.views.current_view()

    def choose_view(self, view: str) -> bool:
        return self.views.choose(view)

    def _on_view_chosen(self, view: str) -> None:
        saved = next((v for v in self.saved if v.id == view), None)
        if saved is not None:
            self._base_view = saved.view
            self._show_narrowing(saved)
        else:
            self._base_view = view
        self.apply_filter()
        self.view_changed.emit(view)

    def _show_narrowing(self, view: SavedView) -> None:
        """A saved view's channel, language, tag, text and sort in the panel's own fields."""
        combos = ((self.channel_filter, (view.channels or ("",))[0]), (self.language_filter, (view.languages or ("",))[0]),
                  (self.tag_filter, view.tag or ""))
        for combo, value in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(view.text)
        self.search.blockSignals(False)
        if self.model is not None:
            flt = self.model.queue_filter
            self.model.use_filter(narrowed(flt, flt.channels, flt.languages, flt.tag, flt.text, view.sort, view.descending))
            column = QueueModel.COLUMN_IDS.index(view.sort)
            order = Qt.SortOrder.DescendingOrder if view.descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(column, order)

    def view_filter(self, view: str) -> QueueFilter:
        """The filter of a view (built-in or saved) for this agent, now."""
        saved = next((v for v in self.saved if v.id == view), None)
        base = saved.view if saved is not None else view
        warn = self.model.warning_windows if self.model is not None else {}
        flt = queue_ops.view_filter(base, self.ws.agent_name if self.ws else "", warn or _default_warnings(), time.time())
        return saved.narrow(flt) if saved is not None else flt

    def current_filter(self) -> QueueFilter:
        """The chosen view narrowed by the panel's channel, language, tag and search fields, in the
        table's sort."""
        warn = (self.model.warning_windows if self.model is not None else {}) or _default_warnings()
        base = queue_ops.view_filter(self._base_view, self.ws.agent_name if self.ws else "", warn, time.time())
        sort = self.model.queue_filter if self.model is not None else QueueFilter()
        chosen = [combo.currentData() or "" for combo in (self.channel_filter, self.language_filter, self.tag_filter)]
        channel, language, tag = chosen
        return narrowed(base, (channel,) if channel else (), (language,) if language else (), tag or None,
                        self.search.text(), sort.sort, sort.descending)

    def apply_filter(self) -> None:
        if self.model is not None:
            self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_as_saved(self, name: str) -> SavedView:
        flt = self.current_filter()
        return SavedView(name.strip(), self._base_view, tuple(c.value for c in flt.channels), flt.languages,
                         flt.tag, flt.text, flt.sort, flt.descending)

    def load_saved_views(self) -> None:
        run(queue_ops.saved_views(self.ws), self.bridge, name="saved-views", on_done=self.show_saved)

    def show_saved(self, saved: list[SavedView]) -> None:
        self.saved = saved
        self.views.show_saved(saved)
        self._counts_timer.start()

    def refresh_counts(self) -> None:
        """Every view's count, and the tags the tag filter offers."""
        if self.ws is None:
            return
        filters = {view: self.view_filter(view) for view in (*QUEUE_VIEWS, *(v.id for v in self.saved))}
        run(queue_ops.view_counts(self.ws, filters), self.bridge, name="view-counts",
            on_done=lambda counts: self._show_counts(filters, counts))
        run(_tags_in_use(self.ws), self.bridge, name="tags", on_done=self._show_tags)
        self.refresh_count()

    def _show_counts(self, filters: dict[str, QueueFilter], counts: dict[str, int]) -> None:
        self.counted, self.counts = filters, counts
        self.views.show_counts(counts)
        self.counts_changed.emit(counts)

    def _show_tags(self, tags: list) -> None:
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in tags:
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(tag.colour))
            self.tag_filter.addItem(QIcon(swatch), f"{tag.name} ({tag.count})", tag.name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(chosen)))
        self.tag_filter.blockSignals(False)
        colours = {tag.name: tag.colour for tag in tags}
        if self.model is not None:
            self.model.set_tag_colours(colours)
        self.tags_changed.emit(colours)

    # --- columns ----------------------------------------------------------------------------------

    def _apply_layout(self, layout: dict) -> None:
        """Columns in the remembered order and widths (the defaults where nothing is remembered)."""
        header = self.table.horizontalHeader()
        self._applying_layout = True
        try:
            widths = {**COLUMN_WIDTHS, **(layout.get("widths") or {})}
            for logical, column in enumerate(QueueModel.COLUMN_IDS):
                header.resizeSection(logical, max(MIN_COLUMN_WIDTH, widths[column]))
            for visual, column in enumerate(c for c in layout.get("order", []) if c in QueueModel.COLUMN_IDS):
                header.moveSection(header.visualIndex(QueueModel.COLUMN_IDS.index(column)), visual)
        finally:
            self._applying_layout = False

    def _on_layout_loaded(self, layout: dict) -> None:
        self._apply_layout(layout)
        self.layout_loaded.emit()

    def column_layout(self) -> dict:
        header = self.table.horizontalHeader()
        order = [QueueModel.COLUMN_IDS[header.logicalIndex(v)] for v in range(header.count())]
        widths = {column: header.sectionSize(i) for i, column in enumerate(QueueModel.COLUMN_IDS)}
        return {"order": order, "widths": widths}

    def _layout_changed(self, *_args) -> None:
        if not self._applying_layout and self.ws is not None:
            self._layout_timer.start()

    def _save_layout(self) -> None:
        run(queue_ops.save_column_layout(self.ws, self.column_layout()), None, name="save-layout",
            on_done=lambda _changes: self.layout_saved.emit())

    # --- rows and selection ---------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, QueueModel.IdRole) if self.model is not None and index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The conversations selected (in queue order), else the current one."""
        if self.model is None:
            return []
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = [self.model.row_at(r).id for r in rows]
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def move(self, step: int, extend: bool = False) -> None:
        """To the next (step 1) or previous (-1) conversation; `extend`: adding it to the selection."""
        if self.model is None or not self.model.rowCount():
            return
        current = self.table.currentIndex()
        row = min(max((current.row() if current.isValid() else -1) + step, 0), self.model.rowCount() - 1)
        if row >= self.model.rowCount() - 2 and self.model.canFetchMore():
            self.model.fetchMore()
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select if extend else QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def toggle_selection(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.Toggle | QItemSelectionModel.SelectionFlag.Rows)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload(self) -> None:
        """Reload the queue, keeping the agent on the conversation they had selected."""
        if self.model is None:
            return
        self._reselect = self.current_id()
        self.model.set_filter(self.current_filter())

    def select_conversation(self, conversation_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == conversation_id:
                self.table.selectRow(row)
                return True
        return False

    def open_beside(self, conversation_id: int) -> None:
        """Open a conversation the view does not hold (a notification's, a linked one) with no row
        selected: it stays open through the queue's refreshes until the agent picks a row."""
        self.table.selectionModel().clear()
        self.beside = conversation_id
        self.conversation_selected.emit(conversation_id)

    def refresh_count(self) -> None:
        flt = self.model.queue_filter
        run(queue_ops.count(self.ws, flt), self.bridge,
            on_done=lambda count: self.count_changed.emit(count) if flt == self.model.queue_filter else None)

    def _on_model_reset(self) -> None:
        if self._reselect is None and self.beside is None:
            self.cleared.emit()
        self.refresh_count()

    def _before_rows_removed(self, _parent, first: int, last: int) -> None:
        """The current conversation leaves the view (resolved, snoozed...): go on to the next one."""
        current = self.table.currentIndex()
        if not current.isValid() or not first <= current.row() <= last:
            return
        row = last + 1 if last + 1 < self.model.rowCount() else first - 1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _on_rows_refreshed(self, _ids) -> None:
        if not self.table.currentIndex().isValid() and self.beside is None:
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self.cleared.emit()
        self.refresh_count()

    def _on_page_loaded(self, rows: int) -> None:
        keep, self._reselect = self._reselect, None
        if keep is not None and self.select_conversation(keep):
            return
        if self.beside is not None:
            return
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)  # the first, or the next one once the kept one left the queue
        elif keep is not None and not self.table.currentIndex().isValid():
            self.cleared.emit()

    def _on_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.beside = None
            conversation_id = self.model.data(current, QueueModel.IdRole)
            self.model.pin(conversation_id)
            self.conversation_selected.emit(conversation_id)


async def _tags_in_use(ws) -> list:
    """desk.app.lifecycle.tags, imported when it runs: the first page is painted without it."""
    from desk.app import lifecycle

    return await lifecycle.tags(ws)


def _default_warnings() -> dict[str, float]:
    return {channel.value: DEFAULT_WARN_S for channel in Channel}
