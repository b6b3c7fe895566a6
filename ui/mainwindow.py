"""The main window: the queue on the left, the conversation in the middle, the sidebar on the right,
menus and the status bar. It only composes the parts and wires them to the workspace: every
action is an operation of the application layer (desk.app), run through ui.ops."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from desk.app import workspace as workspace_ops
from ui.bridge import Bridge
from ui.ops import next_emission, run, settle, spawn
from ui.queue.model import QueueModel
from ui.queue.panel import QueuePanel

log = logging.getLogger(__name__)
STATUS_MESSAGE_MS = 8000
PREPARE_TIMEOUT_S = 30


def interface_language() -> str:
    """The agent reads and writes Chinese when the interface is in Chinese, else English."""
    from PySide6.QtCore import QLocale

    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


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
        prepared(): the agent's preferences and the translation service are loaded.
    """

    conversation_shown = Signal(int)
    prepared = Signal()

    def __init__(self, parent=None, *, staged: bool = False):
        """`staged`: build only the queue now, the rest (conversation, sidebar, actions, banners)
        when `complete()` is called, after the first page is on screen (Desk's start-up)."""
        super().__init__(parent)
        self.ws = None
        self.bridge: Bridge | None = None
        self.conversation = None  # ui.reading.controller.ConversationController, once attached
        self.reading = self.sidebar = None  # the conversation pane and the sidebar, once built
        self.notifier = None
        self.team = None  # ui.team.TeamWindow on a team database
        self.data_dir = None  # the data folder Desk was started on (Settings → Team joins from it)
        self.is_prepared = False
        self.setWindowTitle("Desk")
        self.resize(1440, 860)
        self._build()
        if not staged:
            self._build_rest()
        self.statusBar().showMessage(self.tr("Opening workspace…"))

    def _build(self) -> None:
        self.queue = QueuePanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.queue)
        self.splitter = splitter
        central = QWidget(self)
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.queue.count_changed.connect(
            lambda count: self.count_label.setText(self.tr("%n conversation(s)", "", count)))
        self.queue.load_failed.connect(
            lambda reason: self.statusBar().showMessage(self.tr("Could not read the queue: %1").replace("%1", reason)))

    def _build_rest(self) -> None:
        """The parts beside the queue; imported here so that the first page is painted without them."""
        from ui.accounts.status import AccountStatusBar
        from ui.quarantine import QuarantineBanner
        from ui.reading.view import ConversationPane
        from ui.sidebar.panel import Sidebar
        from ui.welcome import FirstRun

        self.reading = ConversationPane(self)
        self.sidebar = Sidebar(self)
        for part in (self.reading, self.sidebar):
            self.splitter.addWidget(part)
        self.splitter.setSizes([760, 440, 240])
        for index, stretch in enumerate((4, 3, 1)):
            self.splitter.setStretchFactor(index, stretch)
        self.first_run = FirstRun(self, self.splitter, self.reading)
        self.quarantine_banner = QuarantineBanner(self)
        self.column.insertWidget(0, self.quarantine_banner)
        self.account_status = AccountStatusBar(self)
        self.statusBar().insertPermanentWidget(0, self.account_status)
        self._build_actions()

    def _build_actions(self) -> None:
        """Every action once (ui/actions.py), on keys and in the menus; ui/workday.py does them."""
        from ui.actions import Actions, add_context_menu, build_menus
        from ui.workday import Workday

        self.workday = Workday(self)
        handlers = {**self.workday.handlers(), "accounts": self.open_accounts, "settings": self.open_settings,
                    "no_response": lambda: self.conversation and self.conversation.mark_no_response_needed(),
                    "clear_escalation": lambda: self.conversation and self.conversation.clear_escalation()}
        self.actions = self.workday.actions = Actions(self, self.queue.table, handlers)
        build_menus(self, self.actions)
        add_context_menu(self.queue.table, self.actions)
        self.accounts_action, self.settings_action = self.actions["accounts"], self.actions["settings"]
        self.clear_escalation_action = self.actions["clear_escalation"]
        self.no_response_action = self.actions["no_response"]

    # --- workspace ------------------------------------------------------------------------------

    def attach(self, ws, first_page: list | None = None) -> None:
        """Show the queue of an opened workspace, starting from `first_page` when it is at hand
        (a staged window wires the rest in `complete()`)."""
        self.ws = ws
        self.bridge = Bridge(ws, self)
        self.bridge.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        if self.reading is not None:
            self._attach_conversation()
        self.queue.attach(ws, self.bridge, first_page)  # selects its first row: the controller listens already
        self.first_paint = FirstPaintWatcher(self.queue.table.viewport(), self.queue.model)
        self.statusBar().showMessage(ws.label, 5000)
        if self.reading is not None:
            self._attach_rest()

    def complete(self) -> None:
        """A staged window's conversation pane, sidebar, actions and banners, wired to the workspace;
        the conversation selected meanwhile is opened."""
        if self.reading is not None:
            return
        self._build_rest()
        if self.ws is None:
            return
        self._attach_conversation()
        self._attach_rest()
        if (selected := self.queue.current_id()) is not None:
            self.conversation.open(selected)

    def _attach_conversation(self) -> None:
        from ui.reading.controller import ConversationController

        self.sidebar.attach(self.ws, self.bridge)
        self.conversation = ConversationController(self.reading, self.sidebar, self.ws, self.bridge, self)
        self.conversation.shown.connect(self.conversation_shown)
        self.queue.conversation_selected.connect(self.conversation.open)
        self.queue.cleared.connect(self.conversation.clear)

    def _attach_rest(self) -> None:
        ws, bridge = self.ws, self.bridge
        bridge.accounts.connect(self.account_status.set_accounts)
        bridge.account_status.connect(self.account_status.show_status)
        self.account_status.watch_warnings(ws, bridge)
        self.account_status.attention_requested.connect(self.open_accounts)
        self.quarantine_banner.attach(ws, bridge)
        self.first_run.start(ws, bridge)
        bridge.changed.connect(self.conversation.on_changed)  # after the queue: its refresh goes first
        self.workday.attach(ws, bridge)
        self.reading.linked_requested.connect(self.workday.linked)
        self.queue.tags_changed.connect(self.reading.set_tag_colours)
        bridge.changed.connect(self._on_changed)
        if ws.team is not None:
            from ui.team import TeamWindow

            self.team = TeamWindow(self, ws, bridge)
            self.column.insertWidget(0, self.team.banner)
        spawn(self._prepare(), name="preferences")

    async def _prepare(self) -> None:
        """The core's modules load on a worker (nothing the window does later imports on its own
        thread); then who the agent is and the translation service, and the open conversation is
        shown again in their light (its translations)."""
        from desk.app import settings as settings_ops

        await workspace_ops.warm_up(self.ws)
        changes = await workspace_ops.load_preferences(self.ws)
        self.actions.bind(await settings_ops.key_bindings(self.ws))
        self.queue.load_warning_windows()
        reshown = spawn(next_emission(self.conversation.translated, PREPARE_TIMEOUT_S)) \
            if self.conversation.conversation_id is not None else None
        self.bridge.changed.emit(changes, self)
        if reshown is not None:
            await reshown
        self.is_prepared = True
        self.prepared.emit()

    def _on_changed(self, changes, _initiator) -> None:
        from desk.app import settings as settings_ops

        if "keys.bindings" in changes.settings:
            run(settings_ops.key_bindings(self.ws), self.bridge, name="key-bindings", on_done=self.actions.bind)

    def start_team(self) -> None:
        """Team mode's live updates, presence and offline mirror (on the event loop)."""
        if self.team is not None:
            self.team.start()

    def start_notifications(self) -> None:
        from ui.notify import Notifier

        self.notifier = Notifier(self.ws, self.bridge, parent=self)
        self.notifier.activated.connect(self.show_conversation_by_id)
        self.notifier.start()

    def open_accounts(self, _checked: bool = False) -> None:
        if self.ws is None:
            return
        from ui.accounts.dialog import AccountsDialog

        dialog = AccountsDialog(self.ws, self.bridge, self)
        dialog.open()  # never exec(): a nested loop would stall qasync
        dialog.reload()

    def open_settings(self, _checked: bool = False) -> None:
        if self.ws is None:
            return
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ws, self.bridge, self)
        dialog.open()  # never exec(): a nested loop would stall qasync
        dialog.load()

    def show_conversation_by_id(self, conversation_id: int) -> None:
        """Bring the window forward on this conversation (a tray notification was clicked)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.workday.show_conversation(conversation_id)  # also one the current view does not hold
