"""The sidebar beside the conversation: the order, the knowledge base and the market's notes."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QTabWidget, QVBoxLayout, QWidget

from ui.sidebar.knowledge_panel import KnowledgePanel
from ui.sidebar.notes_panel import NotesPanel
from ui.sidebar.order_panel import OrderPanel


class Sidebar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(220)
        self.tabs = QTabWidget(self)
        self.order = OrderPanel(self)
        order_page = QWidget(self)
        order_layout = QVBoxLayout(order_page)
        order_layout.addWidget(self.order)
        order_layout.addStretch(1)
        self.knowledge = KnowledgePanel(self)
        self.notes = NotesPanel(self)
        self.tabs.addTab(order_page, self.tr("Order"))
        self.tabs.addTab(self.knowledge, self.tr("Knowledge"))
        self.tabs.addTab(self.notes, self.tr("Market"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def attach(self, ws, bridge) -> None:
        self.knowledge.attach(ws, bridge)
        self.notes.attach(ws, bridge)
