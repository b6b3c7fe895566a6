"""The queue's views with their live counts: the built-in ones (Open, Mine, Unassigned, Due soon,
Escalated, Pending, Snoozed, Resolved, All), then the agent's saved views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from desk.domain.queue_views import DEFAULT_VIEW, QUEUE_VIEWS

ViewRole = Qt.ItemDataRole.UserRole + 1


def view_name(view: str) -> str:
    translate = QCoreApplication.translate
    return {
        "open": translate("Views", "Open"),
        "mine": translate("Views", "Mine"),
        "unassigned": translate("Views", "Unassigned"),
        "due_soon": translate("Views", "Due soon"),
        "escalated": translate("Views", "Escalated"),
        "pending": translate("Views", "Pending"),
        "snoozed": translate("Views", "Snoozed"),
        "resolved": translate("Views", "Resolved"),
        "all": translate("Views", "All"),
    }.get(view, view)


class ViewList(QTreeWidget):
    """Signals:
        view_chosen(str): the agent chose this view (a built-in id, or "saved:NAME").
    """

    view_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("queueViews")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the queue; [ and ] switch views
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        for view in QUEUE_VIEWS:
            self._add(view, view_name(view))
        self._saved_title = QTreeWidgetItem(self, [self.tr("My views"), ""])
        self._saved_title.setFlags(Qt.ItemFlag.NoItemFlags)
        self._saved_title.setHidden(True)
        self.items[DEFAULT_VIEW].setSelected(True)
        self.setCurrentItem(self.items[DEFAULT_VIEW])
        self.currentItemChanged.connect(self._on_current)
        self.setMaximumWidth(190)

    def _add(self, view: str, label: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [label, ""])
        item.setData(0, ViewRole, view)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.items[view] = item
        return item

    def current_view(self) -> str:
        item = self.currentItem()
        return item.data(0, ViewRole) if item is not None else DEFAULT_VIEW

    def view_ids(self) -> list[str]:
        return [self.topLevelItem(i).data(0, ViewRole) for i in range(self.topLevelItemCount())
                if self.topLevelItem(i).data(0, ViewRole)]

    def choose(self, view: str) -> bool:
        item = self.items.get(view)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def step(self, delta: int) -> None:
        views = self.view_ids()
        current = views.index(self.current_view()) if self.current_view() in views else 0
        self.choose(views[(current + delta) % len(views)])

    def show_saved(self, saved: list) -> None:
        """The agent's saved views (SavedView), after the built-in ones."""
        current = self.current_view()
        for view in [v for v in self.items if v not in QUEUE_VIEWS]:
            self.takeTopLevelItem(self.indexOfTopLevelItem(self.items.pop(view)))
        self._saved_title.setHidden(not saved)
        for view in saved:
            self._add(view.id, view.name)
        if not self.choose(current):
            self.choose(DEFAULT_VIEW)

    def show_counts(self, counts: dict[str, int]) -> None:
        for view, item in self.items.items():
            if view in counts:
                item.setText(1, str(counts[view]))

    def count_of(self, view: str) -> int | None:
        item = self.items.get(view)
        return int(item.text(1)) if item is not None and item.text(1) else None

    def _on_current(self, current, _previous) -> None:
        if current is not None and current.data(0, ViewRole):
            self.view_chosen.emit(current.data(0, ViewRole))
