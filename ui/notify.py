"""Tray notifications with a sound: a customer wrote in one of the agent's conversations (or an
unassigned one), or a conversation is about to breach its answer target (once per conversation and
clock). Each within the agent's preferences (Settings: notifications, quiet hours); a click on
one opens its conversation. During quiet hours nothing pops up or sounds: the tray's tooltip keeps
count instead."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desk.app import notifications
from desk.app import queue as queue_ops
from ui.ops import run

CHECK_MS = 60_000
NOTIFY_KEYS = ("notify.new_messages", "notify.breaches", "notify.sound", "notify.quiet_hours")


class Notifier(QObject):
    """Signals:
        warned(int): the agent was warned about this conversation's coming breach.
        checked(object): a breach check ended; the conversations it warned about (a list of ids).
        announced(object): new customer messages were told about (a list of NewMessage; shown or held).
        notified(str, str): a notification popped up (title, text); not emitted in quiet hours.
        held(int): quiet hours held back this many notifications so far.
        activated(int): the agent clicked the notification about this conversation.
        ready(): the agent's preferences are loaded and new messages are watched.
        preferences_loaded(object): the agent's preferences (desk.app.notifications.Preferences), (re)loaded.
    """

    warned = Signal(int)
    checked = Signal(object)
    announced = Signal(object)
    notified = Signal(str, str)
    held = Signal(int)
    activated = Signal(int)
    ready = Signal()
    preferences_loaded = Signal(object)

    def __init__(self, ws, bridge, parent=None, *, local_now=datetime.now):
        super().__init__(parent)
        self.ws, self.bridge = ws, bridge
        self.preferences = notifications.Preferences()
        self.local_now = local_now  # the agent's wall clock, for quiet hours
        self.held_back = 0
        self._warned: set[tuple[int, int]] = set()  # (conversation, due): a new clock warns again
        self._last: int | None = None
        self._after: int | None = None  # the newest message already seen (None: not watching yet)
        self.tray = QSystemTrayIcon(QIcon(":/icons/desk.svg"), self)
        self.tray.setToolTip("Desk")
        self.tray.messageClicked.connect(self._clicked)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        bridge.changed.connect(self._on_changed)

    def start(self) -> None:
        """Load the preferences, note where new messages start, then check now and every minute."""
        run(notifications.preferences(self.ws), self.bridge, name="notify-preferences", on_done=self._preferred)

    def _preferred(self, preferences) -> None:
        first = self._after is None
        self.preferences = preferences
        self.preferences_loaded.emit(preferences)
        if first:
            run(notifications.newest_message_id(self.ws), self.bridge, name="notify-start", on_done=self._watching)

    def _watching(self, newest: int) -> None:
        self._after = newest
        self._timer.start()
        self.check()
        self.ready.emit()

    def _on_changed(self, changes, initiator) -> None:
        if any(key in NOTIFY_KEYS for key in changes.settings):
            run(notifications.preferences(self.ws), self.bridge, name="notify-preferences", on_done=self._preferred)
        if initiator is None and (changes.queue or changes.conversations):  # sync or the pipeline stored something
            self.check_messages()

    # --- new messages -------------------------------------------------------------------------------

    def check_messages(self) -> None:
        if self._after is None:
            return
        run(notifications.new_messages(self.ws, self._after), self.bridge, name="notify-messages",
            on_done=self._new)

    def _new(self, found: list) -> None:
        if not found:
            return
        self._after = max(self._after or 0, max(m.message_id for m in found))
        if not self.preferences.new_messages:
            return
        first = found[-1]
        conversations = {m.conversation_id for m in found}
        title = self.tr("%n new customer message(s)", "", len(found))
        body = f"{first.customer_name or '?'}: {first.preview[:100]}"
        if len(conversations) > 1:
            body += "\n" + self.tr("in %n conversation(s)", "", len(conversations))
        self._notify(title, body, first.conversation_id, QSystemTrayIcon.MessageIcon.Information)
        self.announced.emit(found)

    # --- breaches ahead ---------------------------------------------------------------------------

    def check(self, now: int | None = None) -> None:
        now = int(time.time()) if now is None else now
        run(queue_ops.breach_warnings(self.ws, now), self.bridge, name="sla-check",
            on_done=lambda warnings: self._warn(warnings, now))

    def _warn(self, warnings: list, now: int) -> None:
        fresh = [w for w in warnings if (w.conversation_id, w.due_at) not in self._warned]
        for w in fresh:
            self._warned.add((w.conversation_id, w.due_at))
            self.warned.emit(w.conversation_id)
        if fresh and self.preferences.breaches:
            self._show_breaches(fresh, now)
        self.checked.emit([w.conversation_id for w in fresh])

    def _show_breaches(self, fresh: list, now: int) -> None:
        first = fresh[0]
        minutes = max(0, (first.due_at - now) // 60)
        title = self.tr("%n conversation(s) about to breach the SLA", "", len(fresh))
        body = self.tr("%1 — %2 (%3 min left)").replace("%1", first.customer_name or "?").replace(
            "%2", first.subject[:80]).replace("%3", str(minutes))
        self._notify(title, body, first.conversation_id, QSystemTrayIcon.MessageIcon.Warning)

    # --- showing ------------------------------------------------------------------------------------

    def tell(self, title: str, body: str, conversation_id: int) -> None:
        """A notification about this conversation (a colleague's note naming the agent), within the
        agent's preferences and quiet hours like the others."""
        self._notify(title, body, conversation_id, QSystemTrayIcon.MessageIcon.Information)

    def _notify(self, title: str, body: str, conversation_id: int, icon) -> None:
        if self.preferences.quiet_at(self.local_now()):
            self.held_back += 1
            self.tray.setToolTip(self.tr("Desk — %n notification(s) held during quiet hours", "", self.held_back))
            self.held.emit(self.held_back)
            return
        self._last = conversation_id
        self.tray.showMessage(title, body, icon, 10_000)
        if self.preferences.sound:
            QApplication.beep()
        self.notified.emit(title, body)

    def _clicked(self) -> None:
        if self._last is not None:
            self.activated.emit(self._last)
