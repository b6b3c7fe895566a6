"""The sidebar beside the conversation: the order, the knowledge base and the market's notes."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

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
        order_body = QWidget(self)
        order_layout = QVBoxLayout(order_body)
        order_layout.addWidget(self.order)
        order_layout.addStretch(1)
        order_page = QScrollArea(self)  # a long order (many items, refunds) scrolls; its actions stay reachable
        order_page.setWidgetResizable(True)
        order_page.setFrameShape(QFrame.Shape.NoFrame)
        order_page.setWidget(order_body)
        self.knowledge = KnowledgePanel(self)
        self.notes = NotesPanel(self)
        self.tabs.addTab(order_page, self.tr("Order"))
        self.tabs.addTab(self.knowledge, self.tr("Knowledge"))
        self.tabs.addTab(self.notes, self.tr("Market"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def attach(self, ws, bridge) -> None:
        self.order.attach(ws, bridge)
        self.knowledge.attach(ws, bridge)
        self.notes.attach(ws, bridge)
