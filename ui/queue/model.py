"""The queue as a Qt model: ordered rows loaded a page at a time, never all at once.

Rows arrive from the application layer (desk.app.queue) off the GUI thread; `fetchMore` asks for
the next keyset page and inserts it when it lands (one fetch at a time). Changing the filter or
the sort (a header click: `sort`, through the query) resets the model. After an action only the
conversations it touched are read again (`refresh`): each row is updated in place, moved to where
the sort puts it now, removed when the view no longer holds it, or inserted when it joins the
loaded part of the view, so the agent's place and selection survive.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desk.app import queue as queue_ops
from desk.domain import QueueFilter, QueueRow
from desk.errors import DeskError
from ui.labels import escalation_reasons, intent_name
from ui.ops import spawn

CHANNEL_COLOURS = {
    "amazon": QColor("#ff9900"),
    "shopify": QColor("#5e8e3e"),
    "whatsapp": QColor("#25d366"),
    "email": QColor("#607d8b"),
}
CHANNEL_NAMES = {"amazon": "Amazon", "shopify": "Shopify", "whatsapp": "WhatsApp", "email": "E-mail"}
OVERDUE = QColor("#c62828")
ESCALATED = QColor("#c62828")
DUE_SOON = QColor("#ef6c00")


DEFAULT_WARN_S = 2 * 3600  # until the workspace's warning times are loaded (desk.app.queue.warning_windows)


def format_due(due: int | None, now: float) -> str:
    if due is None:
        return "—"
    left = int(due - now)
    hours, minutes = divmod(abs(left) // 60, 60)
    span = f"{hours}h {minutes:02d}m" if hours < 48 else f"{hours // 24}d {hours % 24}h"
    return f"−{span}" if left < 0 else span


class QueueModel(QAbstractTableModel):
    """Signals:
        page_loaded(int): a page of rows was added (its size); the first one after a reset too.
        load_failed(str): a page could not be read (the reason); loading stops until the next reset.
        rows_refreshed(object): the rows of these conversation ids (a frozenset) show what the
            cache holds now (`refresh`).
    """

    COL_DUE, COL_CHANNEL, COL_CUSTOMER, COL_SUBJECT, COL_TOPIC, COL_LANGUAGE, COL_ASSIGNEE = range(7)
    COLUMNS = 7
    # Each column's name (for the remembered layout) and the query sort it orders by.
    COLUMN_IDS = ("due", "channel", "customer", "subject", "topic", "language", "assignee")
    RowRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    page_loaded = Signal(int)
    load_failed = Signal(str)
    rows_refreshed = Signal(object)

    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self._ws = ws
        self._warn_s: dict[str, float] = {}  # channel -> seconds before the due time to turn orange
        self._rows: list[QueueRow] = []
        self._filter = QueueFilter()
        self._exhausted = False
        self._fetching = False
        self._generation = 0  # pages requested before a reset are dropped when they land
        self._now = time.time()
        self.loaded = False  # a first page (possibly empty) has landed since the model was made
        self.tag_colours: dict[str, str] = {}
        self._pinned: int | None = None
        self._unpinned: set[int] = set()  # rows no longer pinned, to put in their place
        self._applying = False

    # --- our interface --------------------------------------------------------------------------

    @property
    def queue_filter(self) -> QueueFilter:
        return self._filter

    @property
    def warning_windows(self) -> dict[str, float]:
        return dict(self._warn_s)

    def use_filter(self, flt: QueueFilter) -> None:
        """The filter the rows shown were read with (the first page at start-up), and the next reload reads."""
        self._filter = flt

    def set_tag_colours(self, colours: dict[str, str]) -> None:
        self.tag_colours = dict(colours)

    def set_filter(self, flt: QueueFilter) -> None:
        self._filter = flt
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003 - Qt override
        """A header click: the query orders by that column (keyset pages continue in that order)."""
        if 0 <= column < self.COLUMNS:
            descending = order == Qt.SortOrder.DescendingOrder
            if (self._filter.sort, self._filter.descending) != (self.COLUMN_IDS[column], descending):
                self.set_filter(replace(self._filter, sort=self.COLUMN_IDS[column], descending=descending))

    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        column = self.COLUMN_IDS.index(self._filter.sort) if self._filter.sort in self.COLUMN_IDS else -1
        return column, Qt.SortOrder.DescendingOrder if self._filter.descending else Qt.SortOrder.AscendingOrder

    def refresh(self, conversation_ids) -> None:
        """Read these conversations' rows again and show them where the view puts them now."""
        ids = frozenset(conversation_ids)
        if ids and self.loaded:
            spawn(self._refresh(self._generation, self._filter, ids), name="queue-refresh")

    async def _refresh(self, generation: int, flt: QueueFilter, ids: frozenset[int]) -> None:
        try:
            rows = await queue_ops.rows_of(self._ws, flt, ids)
        except DeskError as error:
            self.load_failed.emit(str(error))
            return
        if generation != self._generation:
            return  # the view was reset meanwhile: its new pages hold the news
        self.apply_rows(ids, rows)
        self.rows_refreshed.emit(ids)

    def apply_rows(self, ids: frozenset[int], rows: list[QueueRow]) -> None:
        """`rows`: what the view holds now of the conversations `ids` (those missing left it)."""
        fresh = {row.id: row for row in rows}
        self._applying = True
        try:
            self._apply(ids, fresh)
        finally:
            self._applying = False
        self._place_unpinned()

    def _apply(self, ids: frozenset[int], fresh: dict[int, QueueRow]) -> None:
        for conversation_id in [row.id for row in self._rows if row.id in ids]:
            index = next(i for i, row in enumerate(self._rows) if row.id == conversation_id)  # rows move meanwhile
            row = fresh.pop(conversation_id, None)
            if row is None:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()
            else:
                self._place(index, row)
        for row in fresh.values():  # conversations that joined the view
            position = self._position_of(row, len(self._rows))
            if position < len(self._rows) or self._exhausted:
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, row)
                self.endInsertRows()

    def pin(self, conversation_id: int | None) -> None:
        """The conversation the agent is on: its row is updated where it is, not moved (an answer
        would sink it to the end of the queue under the agent's eyes). The one pinned before goes
        where its sort key puts it now."""
        before, self._pinned = self._pinned, conversation_id
        if before is not None and before != conversation_id:
            self._unpinned.add(before)
            if not self._applying:  # else once the rows being applied are in place
                self._place_unpinned()

    def _place_unpinned(self) -> None:
        waiting, self._unpinned = self._unpinned - {self._pinned}, set()
        for conversation_id in waiting:
            index = next((i for i, row in enumerate(self._rows) if row.id == conversation_id), None)
            if index is not None:
                self._place(index, self._rows[index])

    def _place(self, index: int, row: QueueRow) -> None:
        """Row `index` now reads `row`: updated where it is, or moved to where its sort key puts it
        (a move, not a removal: the selection follows it)."""
        self._rows[index] = row
        if row.id == self._pinned:
            self.dataChanged.emit(self.index(index, 0), self.index(index, self.COLUMNS - 1))
            return
        target = self._position_of(row, index)
        destination = target + 1 if target >= index else target
        if destination in (index, index + 1):
            self.dataChanged.emit(self.index(index, 0), self.index(index, self.COLUMNS - 1))
            return
        if target >= len(self._rows) - 1 and not self._exhausted:  # past the loaded part: a later page has it
            self.beginRemoveRows(QModelIndex(), index, index)
            del self._rows[index]
            self.endRemoveRows()
            return
        self.beginMoveRows(QModelIndex(), index, index, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(index))
        self.endMoveRows()

    def _position_of(self, row: QueueRow, skip: int) -> int:
        """Where `row` goes among the loaded rows other than the one at `skip`."""
        key = (*row.sort_key, row.id)
        position = 0
        for i, other in enumerate(self._rows):
            if i == skip:
                continue
            other_key = (*other.sort_key, other.id)
            if (other_key > key) if self._filter.descending else (other_key < key):
                position += 1
        return position

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._fetching = False
        self._generation += 1
        self.endResetModel()
        self._request_page()

    def show_first_page(self, rows: list[QueueRow]) -> None:
        """Start from a page read before the event loop ran (start-up); later pages load as usual."""
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = len(rows) < queue_ops.PAGE_SIZE
        self._fetching = False
        self._generation += 1
        self.endResetModel()
        self.loaded = True
        self.page_loaded.emit(len(rows))

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def set_warning_windows(self, seconds_by_channel: dict[str, float]) -> None:
        """Each channel's warning time (the workspace's setting or the channel's policy)."""
        self._warn_s = dict(seconds_by_channel)
        self.tick()

    def tick(self) -> None:
        """Refresh the due column (the clocks move even when nothing else does)."""
        self._now = time.time()
        if self._rows:
            self.dataChanged.emit(self.index(0, self.COL_DUE), self.index(len(self._rows) - 1, self.COL_DUE))

    def _request_page(self) -> None:
        if self._fetching or self._exhausted:
            return
        self._fetching = True
        # The keyset continues after the last row in its place (the pinned row may be out of it).
        placed = [row for row in self._rows if row.id != self._pinned] or self._rows
        after = placed[-1] if placed else None
        spawn(self._load_page(self._generation, self._filter, after), name="queue-page")

    async def _load_page(self, generation, flt, after) -> None:
        try:
            rows = await queue_ops.load_page(self._ws, flt, after)
        except Exception as error:  # show it; do not let the view retry a broken read forever
            if generation == self._generation:
                self._fetching = False
                self._exhausted = True
                self.load_failed.emit(str(error) if isinstance(error, DeskError) else type(error).__name__)
            return
        if generation != self._generation:
            return
        self._fetching = False
        self.loaded = True
        self._exhausted = len(rows) < queue_ops.PAGE_SIZE
        loaded = {row.id for row in self._rows}
        rows = [row for row in rows if row.id not in loaded]  # the pinned row, when it was in its place
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(rows))

    # --- Qt API ---------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not parent.isValid():
            self._request_page()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < self.COLUMNS:
            return (
                self.tr("Due"), self.tr("Channel"), self.tr("Customer"), self.tr("Conversation"),
                self.tr("Topic"), self.tr("Language"), self.tr("Assignee"),
            )[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_DUE and row.sla_due_at is not None:
                return datetime.fromtimestamp(row.sla_due_at).strftime("%Y-%m-%d %H:%M")
            if col == self.COL_SUBJECT:
                return row.preview
            if col == self.COL_TOPIC and row.escalate:
                return self.tr("Escalated: %1").replace("%1", escalation_reasons(row.escalate_reasons))
            if col == self.COL_CUSTOMER and row.unverified:
                return self.tr("This mail claims to come from Amazon or Shopify but did not pass authentication.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if (col == self.COL_TOPIC and row.escalate) or (col == self.COL_CUSTOMER and row.unverified):
                return ESCALATED
            return self._due_colour(row) if col == self.COL_DUE else None
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_CHANNEL:
            return CHANNEL_COLOURS.get(row.channel)
        if role == self.RowRole:
            return row
        if role == self.IdRole:
            return row.id
        return None

    def _display(self, row: QueueRow, col: int) -> str | None:
        if col == self.COL_DUE:
            return self._status(row) if row.status != "open" else format_due(row.sla_due_at, self._now)
        if col == self.COL_CHANNEL:
            return CHANNEL_NAMES.get(row.channel, row.channel)
        if col == self.COL_CUSTOMER:
            return self.tr("⚠ unverified: %1").replace("%1", row.customer_name) if row.unverified else row.customer_name
        if col == self.COL_SUBJECT:
            head = row.subject or row.preview
            tags = "  " + " ".join(f"#{t}" for t in row.tags) if row.tags else ""
            return f"{head[:90]}{tags}"
        if col == self.COL_TOPIC:
            return f"⚠ {intent_name(row.intent)}" if row.escalate else intent_name(row.intent)
        if col == self.COL_LANGUAGE:
            return (row.language or "").upper()
        if col == self.COL_ASSIGNEE:
            return row.assignee or ""
        return None

    def _status(self, row: QueueRow) -> str:
        """What the due column says of a conversation that is not open."""
        if row.status == "snoozed":
            if row.snooze_until is None:
                return self.tr("💤 snoozed")
            return "💤 " + QLocale().toString(QDateTime.fromSecsSinceEpoch(row.snooze_until), "ddd HH:mm")
        return {"pending": self.tr("⏳ pending"), "resolved": self.tr("✓ resolved")}.get(row.status, row.status)

    def _due_colour(self, row: QueueRow) -> QColor | None:
        """Red once breached, orange inside the channel's warning time."""
        if row.sla_due_at is None:
            return None
        left = row.sla_due_at - self._now
        if row.status != "open":
            return None
        return OVERDUE if left <= 0 else DUE_SOON if left <= self._warn_s.get(row.channel, DEFAULT_WARN_S) else None
