"""The knowledge-base sidebar: suggestions for the open conversation, search as you type, a
preview (macros filled in from the conversation and its order) and "insert into the reply"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.app import knowledge
from desk.domain import ConversationView
from ui.ops import run

SEARCH_DEBOUNCE_MS = 120
RESULTS = 20


class KnowledgePanel(QWidget):
    """Signals:
        insert_requested(str, str, object): text to put into the reply, its language, and the
            macro's actions once the reply is sent (MacroActions, of desk.app.knowledge.EntryText).
    """

    insert_requested = Signal(str, str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ws = None  # set once a workspace is open
        self.bridge = None
        self.conversation: ConversationView | None = None
        self.market: str | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search articles and macros…"))
        self.search.setClearButtonEnabled(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("sidebarTitle")
        self.results = QListWidget(self)
        self.results.setObjectName("kbResults")
        self.results.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.insert_button = QPushButton(self.tr("Insert into reply"), self)
        self.insert_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.preview, 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.insert_button)
        layout.addLayout(row)
        self._shown_entry = None  # the previewed desk.app.knowledge.EntryText
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.results.currentItemChanged.connect(self._on_current)
        self.results.itemActivated.connect(lambda _item: self._insert())
        self.insert_button.clicked.connect(lambda _checked=False: self._insert())
        self.refresh()

    def attach(self, ws, bridge) -> None:
        self.ws, self.bridge = ws, bridge
        bridge.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes, _initiator) -> None:
        if changes.knowledge:
            self.refresh()

    def show_conversation(self, conversation: ConversationView, market: str | None) -> None:
        self.conversation, self.market = conversation, market
        self.refresh()

    def refresh(self) -> None:
        if self.ws is None:
            return
        query, conversation = self.search.text().strip(), self.conversation
        if query:
            op, heading = knowledge.search(self.ws, query, limit=RESULTS), None
        elif conversation is not None:
            op, heading = knowledge.suggestions(self.ws, conversation, self.market), self.tr("Suggested for this conversation")
        else:
            self._show_hits([], "")
            return
        run(op, self.bridge, name="kb-search",
            on_done=lambda hits: self._shown(query, conversation, hits, heading))

    def _shown(self, query: str, conversation, hits: list, heading: str | None) -> None:
        if query != self.search.text().strip() or conversation is not self.conversation:
            return  # the agent typed on or moved to another conversation
        self._show_hits(hits, heading if heading is not None else self.tr("%n result(s)", "", len(hits)))

    def _show_hits(self, hits: list, heading: str) -> None:
        self.heading.setText(heading)
        self.results.clear()
        for hit in hits:
            kind = {"macro": self.tr("Macro"), "article": self.tr("Article"), "note": self.tr("Note")}.get(hit.kind, hit.kind)
            item = QListWidgetItem(f"{hit.title}\n{kind} · {hit.language.upper()} · {hit.snippet[:70]}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.slug, hit.kind))
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        else:
            self.preview.clear()
            self.insert_button.setEnabled(False)

    def _on_current(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None or self.ws is None:
            return
        slug, kind = current.data(Qt.ItemDataRole.UserRole)
        conversation = self.conversation
        language = (conversation.language if conversation else None) or self.ws.agent_language
        run(knowledge.entry_text(self.ws, slug, language, conversation.id if conversation else None), self.bridge,
            name="kb-preview", on_error=self._preview_failed,
            on_done=lambda entry: self._preview(entry, conversation))

    def _preview_failed(self, error) -> None:
        self.preview.setPlainText(str(error))
        self.insert_button.setEnabled(False)

    def _preview(self, entry, conversation) -> None:
        if entry is None or conversation is not self.conversation:
            return
        self._shown_entry = entry
        if entry.kind == "macro":
            self.preview.setPlainText(entry.text)
        else:
            self.preview.setMarkdown(f"### {entry.title}\n\n{entry.text}")
        self.insert_button.setEnabled(entry.kind == "macro" and conversation is not None)

    def _insert(self) -> None:
        entry = self._shown_entry
        if entry is not None and entry.kind == "macro" and self.conversation is not None:
            self.insert_requested.emit(entry.text, entry.language, entry.actions)

