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

from desk.storage.conversations import ConversationView
from ui.ops import load_modules, spawn
from ui.services import Services

SEARCH_DEBOUNCE_MS = 120
RESULTS = 20


class KnowledgePanel(QWidget):
    """Signals:
        insert_requested(str, str): text to put into the reply, and its language.
    """

    insert_requested = Signal(str, str)

    def __init__(self, services_getter, parent=None):
        super().__init__(parent)
        self._services = services_getter  # the window's services appear once a workspace is open
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
        self._shown: tuple[str, str, str] | None = None  # (text, language, kind) of the previewed entry
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.results.currentItemChanged.connect(self._on_current)
        self.results.itemActivated.connect(lambda _item: self._insert())
        self.insert_button.clicked.connect(lambda _checked=False: self._insert())
        self.refresh()

    def show_conversation(self, conversation: ConversationView, market: str | None) -> None:
        self.conversation, self.market = conversation, market
        self.refresh()

    def refresh(self) -> None:
        services = self._services()
        if services is not None:
            spawn(self._load(services, self.search.text().strip()), name="kb-search")

    async def _load(self, services: Services, query: str) -> None:
        await load_modules(services.executors, "desk.knowledge")
        from desk.knowledge import search, suggest

        conversation = self.conversation
        language = conversation.language if conversation else None
        if query:
            hits = await services.executors.read(search, services.db, query, limit=RESULTS)
            heading = self.tr("%n result(s)", "", len(hits))
        elif conversation is not None:
            last = next((m.text for m in reversed(conversation.messages) if m.direction == "in"), "")
            hits = await services.executors.read(
                lambda: suggest(services.db, text=last, intent=conversation.intent, language=language or "en",
                                market=self.market, channel=conversation.channel, limit=8))
            heading = self.tr("Suggested for this conversation")
        else:
            hits, heading = [], ""
        if query != self.search.text().strip() or conversation is not self.conversation:
            return  # the agent typed on or moved to another conversation
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
        services = self._services()
        if current is not None and services is not None:
            slug, kind = current.data(Qt.ItemDataRole.UserRole)
            spawn(self._preview(services, slug, kind), name="kb-preview")

    async def _preview(self, services: Services, slug: str, kind: str) -> None:
        from desk.errors import DeskError

        conversation = self.conversation
        language = (conversation.language if conversation else None) or services.agent_language
        try:
            shown = await services.executors.read(_entry_text, services.db, slug, language,
                                                  conversation.id if conversation else None, services.agent_name)
        except DeskError as error:
            self.preview.setPlainText(str(error))
            self.insert_button.setEnabled(False)
            return
        if shown is None:
            return
        title, text, text_language = shown
        self._shown = (text, text_language, kind)
        if kind == "macro":
            self.preview.setPlainText(text)
        else:
            self.preview.setMarkdown(f"### {title}\n\n{text}")
        self.insert_button.setEnabled(kind == "macro" and conversation is not None)

    def _insert(self) -> None:
        if self._shown is not None and self._shown[2] == "macro" and self.conversation is not None:
            self.insert_requested.emit(self._shown[0], self._shown[1])


def _entry_text(db, slug: str, language: str, conversation_id: int | None, agent_name: str):
    """(title, text, language) of an entry: a macro filled in for the conversation."""
    from desk.knowledge import macro_context, open_entry, render_macro

    doc = open_entry(db, slug, language)
    if doc is None:
        return None
    if doc.kind == "macro" and conversation_id is not None:
        context = macro_context(db, conversation_id, agent_name=agent_name)
        return doc.title, render_macro(db, slug, doc.language, context), doc.language
    return doc.title, doc.body, doc.language
