"""A tray notification before a conversation breaches its SLA (once per conversation and clock)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desk.storage.queue import due_soon
from ui.ops import load_modules, spawn
from ui.services import Services

CHECK_MS = 60_000
LOOK_AHEAD_S = 24 * 3600  # the longest warning time any channel's policy may use


class BreachNotifier(QObject):
    """Signals:
        warned(int): the agent was warned about this conversation.
        activated(int): the agent clicked the notification about this conversation.
    """

    warned = Signal(int)
    activated = Signal(int)

    def __init__(self, services: Services, warn_hours: float | None = None, parent=None):
        super().__init__(parent)
        self._services = services
        self.warn_hours = warn_hours  # the workspace's override of each channel's warning time
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

    def check(self) -> None:
        spawn(self.check_now(), name="sla-check")

    async def check_now(self, now: int | None = None) -> list[int]:
        await load_modules(self._services.executors, "desk.sla")
        now = int(time.time()) if now is None else now
        rows = await self._services.executors.read(due_soon, self._services.db, now, LOOK_AHEAD_S)
        fresh = [(cid, name, subject, due) for cid, channel, name, subject, due in rows
                 if (cid, due) not in self._warned and self._warning(channel, due, now)]
        for cid, _name, _subject, due in fresh:
            self._warned.add((cid, due))
            self.warned.emit(cid)
        if fresh:
            self._show(fresh, now)
        return [cid for cid, *_ in fresh]

    def _warning(self, channel: str, due: int, now: int) -> bool:
        from datetime import UTC, datetime

        from desk.sla import SlaLevel, policy_for, sla_state

        policy = policy_for(channel, {"sla_warn_hours": self.warn_hours})
        state = sla_state(datetime.fromtimestamp(due, UTC), datetime.fromtimestamp(now, UTC), policy)
        return state.level is SlaLevel.WARNING

    def _show(self, fresh: list[tuple], now: int) -> None:
        cid, name, subject, due = fresh[0]
        minutes = max(0, (due - now) // 60)
        title = self.tr("%n conversation(s) about to breach the SLA", "", len(fresh))
        body = self.tr("%1 — %2 (%3 min left)").replace("%1", name or "?").replace(
            "%2", subject[:80]).replace("%3", str(minutes))
        self._last = cid
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, 10_000)

    def _clicked(self) -> None:
        if self._last is not None:
            self.activated.emit(self._last)
