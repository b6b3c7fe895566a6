"""The one place the window hears the core: the workspace's events (desk.app.events) re-emitted as
Qt signals, and what operations changed (ui.ops.run) broadcast to every view.

Core events are emitted by coroutines on the event loop, which qasync runs on the GUI thread, so
re-emitting is a direct call; worker threads never emit (they return values).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bridge(QObject):
    """Signals:
        changed(object, object): Changes, and the widget that caused them (None: sync, the pipeline).
        account_status(object): an account's sync state (AccountStatus).
        accounts(object): the accounts being synced (a list of AccountInfo).
        message(str): something the agent should read in the status bar.
    """

    changed = Signal(object, object)
    account_status = Signal(object)
    accounts = Signal(object)
    message = Signal(str)

    def __init__(self, ws, parent=None):
        super().__init__(parent)
        # Bound methods: the events hold them weakly, so a closed window is not kept alive.
        ws.events.changed.connect(self._on_changed)
        ws.events.account_status.connect(self._on_account_status)
        ws.events.accounts.connect(self._on_accounts)

    def _on_changed(self, changes) -> None:
        self.changed.emit(changes, None)

    def _on_account_status(self, status) -> None:
        self.account_status.emit(status)

    def _on_accounts(self, accounts) -> None:
        self.accounts.emit(accounts)
