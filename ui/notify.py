"""A tray notification before a conversation breaches its SLA (once per conversation and clock)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desk.app import queue as queue_ops
from ui.ops import run

CHECK_MS = 60_000


class BreachNotifier(QObject):
    """Signals:
        warned(int): the agent was warned about this conversation.
        checked(object): a check ended; the conversations it warned about (a list of ids).
        activated(int): the agent clicked the notification about this conversation.
    """

    warned = Signal(int)
    checked = Signal(object)
    activated = Signal(int)

    def __init__(self, ws, bridge, parent=None):
        super().__init__(parent)
        self.ws, self.bridge = ws, bridge
        self._warned: set[tuple[int, int]] = set()  # (conversation, due): a new clock warns again
        self._last: int | None = None
        self.tray = QSystemTrayIcon(QIcon(":/icons/desk.svg"), self)
        self.tray.setToolTip("Desk")
        self.tray.messageClicked.connect(self._clicked)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def check(self, now: int | None = None) -> None:
        now = int(time.time()) if now is None else now
        run(queue_ops.breach_warnings(self.ws, now), self.bridge, name="sla-check",
            on_done=lambda warnings: self._warn(warnings, now))

    def _warn(self, warnings: list, now: int) -> None:
        fresh = [w for w in warnings if (w.conversation_id, w.due_at) not in self._warned]
        for w in fresh:
            self._warned.add((w.conversation_id, w.due_at))
            self.warned.emit(w.conversation_id)
        if fresh:
            self._show(fresh, now)
        self.checked.emit([w.conversation_id for w in fresh])

    def _show(self, fresh: list, now: int) -> None:
        first = fresh[0]
        minutes = max(0, (first.due_at - now) // 60)
        title = self.tr("%n conversation(s) about to breach the SLA", "", len(fresh))
        body = self.tr("%1 — %2 (%3 min left)").replace("%1", first.customer_name or "?").replace(
            "%2", first.subject[:80]).replace("%3", str(minutes))
        self._last = first.conversation_id
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, 10_000)

    def _clicked(self) -> None:
        if self._last is not None:
            self.activated.emit(self._last)
