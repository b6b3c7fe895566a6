"""A new workspace (no account, no conversation) opens on a welcome instead of an empty queue: try
the demo, or add an account per platform (the accounts dialog says where each value comes from)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.app import accounts as account_ops
from desk.domain import Channel
from ui.ops import run


class WelcomePanel(QWidget):
    """Signals:
        add_requested(str): the agent wants to add an account of this channel.
        demo_requested(): the agent wants to try the demo.
    """

    add_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Desk"), self)
        title.setObjectName("welcomeTitle")
        intro = QLabel(self.tr("One queue for your Amazon buyer messages, Shopify store mail and WhatsApp chats, with the order beside every conversation. This workspace is new: add the accounts you answer from, or look around the demo first."), self)
        intro.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Try the demo"), self)
        self.demo_button.setToolTip(self.tr("Opens a second Desk on a demo shop with sample conversations; this workspace stays as it is."))
        demo_note = QLabel(self.tr("The demo runs on sandbox platforms on this computer: nothing reaches a real customer."), self)
        demo_note.setWordWrap(True)
        demo_note.setObjectName("welcomeNote")
        add_title = QLabel(self.tr("Add an account"), self)
        add_title.setObjectName("welcomeSubtitle")
        grid = QGridLayout()
        self.add_buttons: dict[str, QPushButton] = {}
        for row, (channel, label, hint) in enumerate(self._platforms()):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, c=channel: self.add_requested.emit(c))
            note = QLabel(hint, self)
            note.setWordWrap(True)
            note.setObjectName("welcomeNote")
            grid.addWidget(button, row, 0)
            grid.addWidget(note, row, 1)
            self.add_buttons[channel] = button
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(demo_note)
        layout.addSpacing(16)
        layout.addWidget(add_title)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.demo_button.clicked.connect(lambda _checked=False: self.demo_requested.emit())

    def _platforms(self) -> list[tuple[str, str, str]]:
        return [
            (Channel.AMAZON.value, self.tr("Amazon"), self.tr("Buyer messages through the relay mailbox, orders through the Selling Partner API.")),
            (Channel.SHOPIFY.value, self.tr("Shopify"), self.tr("Your store's contact mailbox, and orders through a Shopify app's credentials.")),
            (Channel.WHATSAPP.value, self.tr("WhatsApp"), self.tr("WhatsApp Business through Meta's Cloud API and your webhook relay.")),
            (Channel.EMAIL.value, self.tr("Mail"), self.tr("Any other mailbox, over IMAP and SMTP.")),
        ]


class FirstRun(QObject):
    """Shows the welcome in the middle of the window while the workspace is new, and the
    conversation pane again once an account or a conversation is there.

    Signals:
        decided(bool): whether the welcome is shown.
    """

    decided = Signal(bool)

    def __init__(self, window, splitter, pane, parent=None):
        super().__init__(parent or window)
        self.window, self.splitter, self.pane = window, splitter, pane
        self.panel = WelcomePanel()
        self.panel.add_requested.connect(self.add_account)
        self.panel.demo_requested.connect(self.start_demo)
        self.shown = False
        self.dialog = None

    def start(self, ws, bridge) -> None:
        self.ws, self.bridge = ws, bridge
        bridge.changed.connect(self._on_changed)
        self.check()

    def _on_changed(self, changes, _initiator) -> None:
        if self.shown and (changes.accounts or changes.queue):
            self.check()

    def check(self) -> None:
        run(account_ops.is_new_workspace(self.ws), self.bridge, name="first-run", on_done=self._show)

    def _show(self, new: bool) -> None:
        if new != self.shown:
            index = self.splitter.indexOf(self.panel if self.shown else self.pane)
            self.splitter.replaceWidget(index, self.panel if new else self.pane)
            (self.panel if new else self.pane).show()
            self.shown = new
        self.decided.emit(new)

    def add_account(self, channel: str) -> None:
        from ui.accounts.dialog import AccountsDialog

        self.dialog = AccountsDialog(self.ws, self.bridge, self.window)
        self.dialog.open()  # never exec(): a nested loop would stall qasync
        self.dialog.reload()
        self.dialog.edit_new(Channel(channel))

    def start_demo(self) -> bool:
        """A second Desk on the demo workspace (its own folder, its own window)."""
        program, arguments = demo_command()
        return QProcess.startDetached(program, arguments)[0]


def demo_command() -> tuple[str, list[str]]:
    if getattr(sys, "frozen", False):  # the installed Desk: its own executable
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "desk", "--demo"]
