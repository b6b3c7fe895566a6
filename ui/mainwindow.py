"""The main window: filters and queue on the left, the conversation in the middle, a sidebar."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain import Channel, ConversationStatus, QueueFilter
from desk.executors import Executors
from desk.storage.conversations import load_conversation
from desk.storage.db import Database
from desk.storage.drafts import save_draft
from desk.storage.order_view import load_order_for_conversation
from desk.storage.queue import queue_count
from ui.accounts.status import AccountStatusBar
from ui.ops import load_modules, settle, spawn
from ui.queue.model import QueueModel
from ui.reading.assist import ReplyAssistant
from ui.reading.translate import ThreadTranslator
from ui.reading.view import ConversationPane
from ui.sidebar.knowledge_panel import KnowledgePanel
from ui.sidebar.notes_panel import NotesPanel
from ui.sidebar.order_panel import OrderPanel
from ui.services import Services

log = logging.getLogger(__name__)
LANGUAGES = ("en", "es", "de", "fr", "it", "ja", "zh")
AGENT_SETTING = "agent.name"
WARN_SETTING = "sla.warn_hours"
SEARCH_DEBOUNCE_MS = 250
SYNC_REFRESH_MS = 1500  # new mail arrives in bursts: refresh the queue once per burst
CLOCK_TICK_MS = 30_000


def agent_language() -> str:
    """The agent reads and writes Chinese when the interface is in Chinese, else English."""
    from PySide6.QtCore import QLocale

    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def _warm_glossary(glossary, agent_language: str) -> None:
    """Build the glossary's matchers for every customer language now, on a worker: built on first
    use, each costs milliseconds of regex compiling that would otherwise fall on the window."""
    for language in LANGUAGES:
        if language != agent_language:
            glossary.protect("", language, agent_language)
            glossary.protect("", agent_language, language)


class FirstPaintWatcher(QObject):
    """Notes the first time the watched widget paints after its model's first page landed
    (rows or none: an empty workspace paints an empty queue).

    Signals:
        painted(): emitted once, after that paint.
    """

    painted = Signal()

    def __init__(self, widget: QWidget, model: QueueModel):
        super().__init__(widget)
        self._model = model
        self.done = False
        widget.installEventFilter(self)
        # An empty first page changes nothing on screen, so ask for the paint that proves it shown.
        model.page_loaded.connect(lambda _rows: None if self.done else widget.update())

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if not self.done and event.type() == QEvent.Type.Paint and self._model.loaded:
            self.done = True
            QTimer.singleShot(0, self.painted.emit)  # after this paint has finished
        return False

    async def wait(self) -> None:
        if not self.done:
            import asyncio

            painted = asyncio.get_running_loop().create_future()
            self.painted.connect(lambda: settle(painted))
            await painted


class MainWindow(QMainWindow):
    """Signals:
        conversation_shown(int): the conversation with this id is on screen.
        reply_queued(int): a reply or note was saved in this conversation (the outbox sends it).
    """

    conversation_shown = Signal(int)
    reply_queued = Signal(int)

    def __init__(self, executors: Executors, parent=None):
        super().__init__(parent)
        self.executors = executors
        self.services: Services | None = None
        self.model: QueueModel | None = None
        self.agent_name: str | None = None
        self._reselect: int | None = None  # conversation to select again after a refresh
        self.setWindowTitle("Desk")
        self.resize(1440, 860)
        self._build()
        self.statusBar().showMessage(self.tr("Opening workspace…"))

    # --- layout ---------------------------------------------------------------------------------

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
        for channel, label in (
            (Channel.AMAZON, "Amazon"), (Channel.SHOPIFY, "Shopify"), (Channel.WHATSAPP, "WhatsApp"),
            (Channel.EMAIL, self.tr("E-mail")),
        ):
            self.channel_filter.addItem(label, (channel,))
        self.language_filter = QComboBox(self)
        self.language_filter.addItem(self.tr("All languages"), ())
        for code in LANGUAGES:
            self.language_filter.addItem(code.upper(), (code,))

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.channel_filter)
        filters.addWidget(self.language_filter)
        self.escalated_filter = QCheckBox(self.tr("⚠ Escalated"), self)
        self.escalated_filter.setToolTip(self.tr("Only conversations triage escalated"))
        filters.addWidget(self.escalated_filter)

        self.table = QTableView(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)

        queue_panel = QWidget(self)
        queue_layout = QVBoxLayout(queue_panel)
        queue_layout.setContentsMargins(8, 8, 0, 8)
        queue_layout.addWidget(self.search)
        queue_layout.addLayout(filters)
        queue_layout.addWidget(self.table, 1)

        self.reading = ConversationPane(self)
        self.sidebar = QFrame(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFrameShape(QFrame.Shape.StyledPanel)
        self.sidebar.setMinimumWidth(220)
        sidebar_layout = QVBoxLayout(self.sidebar)
        sidebar_layout.setContentsMargins(4, 4, 4, 4)
        self.sidebar_tabs = QTabWidget(self.sidebar)
        self.order_panel = OrderPanel(self.sidebar)
        order_page = QWidget(self.sidebar)
        order_layout = QVBoxLayout(order_page)
        order_layout.addWidget(self.order_panel)
        order_layout.addStretch(1)
        self.knowledge_panel = KnowledgePanel(lambda: self.services, self.sidebar)
        self.notes_panel = NotesPanel(lambda: self.services, self.sidebar)
        self.sidebar_tabs.addTab(order_page, self.tr("Order"))
        self.sidebar_tabs.addTab(self.knowledge_panel, self.tr("Knowledge"))
        self.sidebar_tabs.addTab(self.notes_panel, self.tr("Market"))
        sidebar_layout.addWidget(self.sidebar_tabs)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(queue_panel)
        splitter.addWidget(self.reading)
        splitter.addWidget(self.sidebar)
        splitter.setSizes([560, 560, 320])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        self.setCentralWidget(splitter)

        self.count_label = QLabel(self)
        self.account_status = AccountStatusBar(self)
        self.statusBar().addPermanentWidget(self.account_status)
        self.statusBar().addPermanentWidget(self.count_label)
        self.accounts_action = self.menuBar().addAction(self.tr("Accounts…"))
        self.accounts_action.triggered.connect(self.open_accounts)
        conversation_menu = self.menuBar().addMenu(self.tr("Conversation"))
        self.clear_escalation_action = conversation_menu.addAction(self.tr("Clear escalation"))
        self.clear_escalation_action.triggered.connect(self._on_clear_escalation)
        self.no_response_action = conversation_menu.addAction(self.tr("No response needed"))
        self.no_response_action.triggered.connect(lambda _checked=False: self._on_no_response_needed())
        self.settings_action = self.menuBar().addAction(self.tr("Settings…"))
        self.settings_action.triggered.connect(self.open_settings)
        self.knowledge_panel.insert_requested.connect(self._insert_macro_text)
        self.sync_controller = None  # set by connect_sync once a workspace is open
        self.notifier = None
        self.triage = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(SYNC_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_after_sync)

        self.reading.composer.send_requested.connect(self._on_send_requested)
        self.reading.composer.template_requested.connect(self._on_template_requested)
        self.reading.composer.no_response_requested.connect(self._on_no_response_needed)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.escalated_filter.toggled.connect(lambda _on: self._apply_filter())
        for combo in (self.status_filter, self.channel_filter, self.language_filter):
            combo.currentIndexChanged.connect(self._apply_filter)

    # --- workspace ------------------------------------------------------------------------------

    def attach(self, db: Database, first_page: list | None = None) -> None:
        """Show the queue of an opened workspace, starting from `first_page` when it is at hand."""
        self.services = Services(db, self.executors, agent_language=agent_language(), agent_name=self.agent_name or "")
        self.assistant = ReplyAssistant(self.reading.composer, self.services, self)
        self.thread_translator = ThreadTranslator(self.reading, self.services, self)
        self.model = QueueModel(self.services, self)
        self.first_paint = FirstPaintWatcher(self.table.viewport(), self.model)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QueueModel.COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((QueueModel.COL_DUE, 78), (QueueModel.COL_CHANNEL, 96), (QueueModel.COL_CUSTOMER, 150),
                           (QueueModel.COL_TOPIC, 110), (QueueModel.COL_LANGUAGE, 84), (QueueModel.COL_ASSIGNEE, 80)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.modelReset.connect(self._on_model_reset)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start(CLOCK_TICK_MS)
        self.statusBar().showMessage(str(db.path or db.url), 5000)
        if first_page is None:
            self.model.reload()
        else:
            self.model.show_first_page(first_page)
        spawn(self.load_preferences(), name="preferences")

    # --- sync ---------------------------------------------------------------------------------------

    def connect_sync(self, controller) -> None:
        """Show account states and refresh the queue when sync stores something."""
        self.sync_controller = controller
        controller.accounts_loaded.connect(self.account_status.set_accounts)
        controller.status_changed.connect(self.account_status.show_state)
        controller.data_changed.connect(self._refresh_timer.start)
        self.reply_queued.connect(self._send_now)
        from ui.notify import BreachNotifier
        from ui.triaging import TriageController

        self.triage = TriageController(self.services, self)
        controller.data_changed.connect(self.triage.request)
        self.triage.annotated.connect(lambda _count: self._refresh_timer.start())
        self.triage.request()
        self.notifier = BreachNotifier(self.services, parent=self)
        self.notifier.activated.connect(self.show_conversation_by_id)
        self.notifier.start()

    def _send_now(self, conversation_id: int) -> None:
        current = self.table.currentIndex()
        if self.sync_controller is not None and current.isValid():
            row = self.model.data(current, QueueModel.RowRole)
            if row.id == conversation_id:
                self.sync_controller.send_now(row.account_id)

    def refresh_after_sync(self) -> None:
        """Reload the queue, keeping the agent on the conversation they had open."""
        if self.model is None:
            return
        self._reselect = self.reading.conversation_id
        self.model.reload()
        self.refresh_count()

    def open_accounts(self, _checked: bool = False) -> None:
        if self.sync_controller is None:
            return
        from ui.accounts.dialog import AccountsDialog

        dialog = AccountsDialog(self.sync_controller, self)
        dialog.open()  # never exec(): a nested loop would stall qasync
        spawn(dialog.reload(), name="accounts-reload")

    def open_settings(self, _checked: bool = False) -> None:
        if self.services is None:
            return
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.services, self)
        dialog.saved.connect(lambda: spawn(self._settings_saved(), name="preferences"))
        dialog.open()  # never exec(): a nested loop would stall qasync
        spawn(dialog.load(), name="settings-load")

    async def _settings_saved(self) -> None:
        await self.load_preferences()
        if self.sync_controller is not None:
            await self.sync_controller.start()  # new SLA targets for new clocks

    async def load_preferences(self) -> None:
        """Who the agent is, the language they work in, and the translation service."""
        await load_modules(self.executors, "desk.storage.settings", "desk.translation.service", "desk.workspace",
                           "desk.sla", "desk.policy", "desk.knowledge", "desk.routing.autoreply", "desk.triage")
        from desk.storage.settings import read_setting
        from desk.translation.service import open_translation_service
        from desk.translation.settings import SETTINGS_KEY, load_translation_settings
        from desk.workspace import DEMO_SETTING

        db, read = self.services.db, self.executors.read
        self.agent_name = await read(read_setting, db, AGENT_SETTING, "") or ""
        if self.notifier is not None:
            self.notifier.warn_hours = await read(read_setting, db, WARN_SETTING, None)
        self.services.agent_name = self.agent_name
        if await read(read_setting, db, SETTINGS_KEY, None) is not None:
            self.services.agent_language = (await read(load_translation_settings, db)).agent_language
        chosen = await read(read_setting, db, SETTINGS_KEY, None) is not None
        demo = await read(read_setting, db, DEMO_SETTING, None) is not None
        if self.services.translation is not None:
            self.services.translation.close()
        try:
            # The demo translates from its cache (translated by hand) until a provider is chosen.
            self.services.translation = await open_translation_service(db, self.executors, offline=demo and not chosen)
            await self.executors.io(_warm_glossary, self.services.translation.glossary, self.services.agent_language)
        except Exception as error:  # the window works without translations; say why
            log.warning("translation unavailable: %s", error)
            self.services.translation = None
        if self.reading.conversation is not None:
            await self._show_conversation(self.reading.conversation.id)

    def _insert_macro_text(self, text: str, language: str) -> None:
        composer = self.reading.composer
        composer.editor.insertPlainText(text)
        if language == (self.reading.conversation.language if self.reading.conversation else None):
            composer.write_directly()
        composer.editor.setFocus()

    def show_conversation_by_id(self, conversation_id: int) -> None:
        """Bring the window forward on this conversation (a tray notification was clicked)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == conversation_id:
                self.table.selectRow(row)
                return

    def current_filter(self) -> QueueFilter:
        return replace(
            QueueFilter(),
            statuses=self.status_filter.currentData(),
            escalated_only=self.escalated_filter.isChecked(),
            channels=self.channel_filter.currentData(),
            languages=self.language_filter.currentData(),
            text=self.search.text().strip(),
        )

    def _apply_filter(self) -> None:
        if self.model is not None:
            self.model.set_filter(self.current_filter())

    def _on_model_reset(self) -> None:
        if self._reselect is None:
            self.reading.show_placeholder()
        self.refresh_count()

    def refresh_count(self) -> None:
        spawn(self._update_count(self.model.queue_filter), name="queue-count")

    async def _update_count(self, flt: QueueFilter) -> None:
        count = await self.executors.read(queue_count, self.services.db, flt)
        if flt == self.model.queue_filter:
            self.count_label.setText(self.tr("%n conversation(s)", "", count))

    def _on_load_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("Could not read the queue: %1").replace("%1", reason))

    def _on_page_loaded(self, rows: int) -> None:
        keep = self._reselect
        if keep is not None:
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).id == keep:
                    self._reselect = None
                    self.table.selectRow(row)
                    return
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _on_current_changed(self, current, _previous) -> None:
        if current.isValid():
            conversation_id = self.model.data(current, QueueModel.IdRole)
            spawn(self._show_conversation(conversation_id), name="open-conversation")

    async def _show_conversation(self, conversation_id: int) -> None:
        db = self.services.db
        await load_modules(self.executors, "desk.knowledge", "desk.connectors.whatsapp.window")
        conversation = await self.executors.read(load_conversation, db, conversation_id)
        order = await self.executors.read(load_order_for_conversation, db, conversation_id)
        current = self.table.currentIndex()
        if conversation is None or not current.isValid() or self.model.data(current, QueueModel.IdRole) != conversation_id:
            return
        self.reading.show_conversation(conversation)
        self.assistant.show(conversation)
        self.thread_translator.show(conversation)
        self.order_panel.show_order(order)
        from desk.knowledge.context import market_of

        market = market_of("{}", conversation.customer_country) or None
        self.knowledge_panel.show_conversation(conversation, market)
        self.notes_panel.show_market(market, conversation.language)
        self.conversation_shown.emit(conversation_id)

    def _on_send_requested(self, text: str, note: bool) -> None:
        conversation_id = self.reading.conversation_id
        if conversation_id is not None and self.services is not None:
            spawn(self._send(conversation_id, text, note), name="queue-reply")

    async def _send(self, conversation_id: int, text: str, note: bool) -> None:
        """A note goes as written; a reply is translated if the agent wrote in their own language,
        checked against the platform's rules, and only sent over an objection when confirmed."""
        await load_modules(self.executors, "desk.policy")
        from desk.policy import blocks_sending

        composer = self.reading.composer
        if note:
            await self._queue_reply(conversation_id, text, True)
            return
        confirmed = composer.confirmed
        prepared = await self.assistant.prepare_send(text)
        if self.reading.conversation_id != conversation_id:
            return
        if prepared is None:
            composer.show_notice(self.tr("The translation is not available now. Try again, or write in the customer's language and send it as written."))
            return
        if any(v.rule_id == "whatsapp.window_closed" for v in prepared.violations):
            await self._queue_reply(conversation_id, text, False)  # refused there, with the templates offered
            return
        if prepared.violations and not confirmed:
            composer.show_preview(prepared.send_text, "", prepared.violations, agent_zh=self.services.agent_language == "zh")
            composer.ask_confirmation()
            verdict = (self.tr("This reply breaks the platform's rules: fix it, or click Send anyway.")
                       if blocks_sending(prepared.violations) else self.tr("Check the warnings, then click Send anyway."))
            composer.show_notice(verdict)
            return
        if await self._queue_reply(conversation_id, prepared.send_text, False) and prepared.original:
            await self._queue_reply(conversation_id, self.tr("Written by the agent before translation:") + "\n"
                                    + prepared.original, True)

    def _on_clear_escalation(self, _checked: bool = False) -> None:
        conversation_id = self.reading.conversation_id
        if conversation_id is not None and self.services is not None:
            spawn(self._clear_escalation(conversation_id), name="clear-escalation")

    async def _clear_escalation(self, conversation_id: int) -> None:
        from desk.routing.annotate import clear_escalation

        await self.executors.write(clear_escalation, self.services.db, conversation_id)
        self.refresh_after_sync()
        await self._show_conversation(conversation_id)

    def _on_no_response_needed(self) -> None:
        conversation_id = self.reading.conversation_id
        if conversation_id is not None and self.services is not None:
            spawn(self._stop_clock(conversation_id), name="no-response")

    async def _stop_clock(self, conversation_id: int) -> None:
        import time

        from desk.storage.conversations import mark_no_response_needed

        await self.executors.write(mark_no_response_needed, self.services.db, conversation_id, int(time.time()))
        self.reading.composer.show_notice(self.tr("Marked as needing no response: the SLA clock stopped."))
        self.refresh_after_sync()

    def _on_template_requested(self, name: str, language: str) -> None:
        conversation_id = self.reading.conversation_id
        if conversation_id is not None and self.services is not None:
            from desk.domain.records import Template

            spawn(self._queue_reply(conversation_id, f"[{name} · {language}]", False, Template(name, language)),
                  name="queue-template")

    async def _queue_reply(self, conversation_id: int, text: str, note: bool, template=None) -> bool:
        from desk.accounts import approved_templates
        from desk.errors import DeskError
        from desk.sync.outbox import OutsideServiceWindow, queue_reply

        try:
            await self.executors.write(queue_reply, self.services.db, conversation_id, text, note=note,
                                       author=self.agent_name, template=template)
        except DeskError as error:
            self.reading.composer.show_notice(str(error))
            if isinstance(error, OutsideServiceWindow):
                templates = await self.executors.read(approved_templates, self.services.db, conversation_id)
                self.reading.composer.offer_templates(templates)
            return False
        if not note or not self.reading.composer.text() or self.reading.composer.text() == text:
            self.reading.composer.sent()
            await self.executors.write(save_draft, self.services.db, conversation_id, "", 0)
        if self.reading.conversation_id == conversation_id:
            await self._show_conversation(conversation_id)
        self.reply_queued.emit(conversation_id)
        return True
