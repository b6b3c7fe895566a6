"""Account states in the status bar: a dot and a word per account (with the time left while
rate-limited or offline), a busy bar while any account syncs, and a hint when an account asks
someone to act (its warnings: a deprecated API, a version the platform changed)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desk.app import accounts as account_ops
from ui.labels import account_warning
from ui.ops import run

STATE_COLOURS = {
    "idle": "#188038", "syncing": "#1a73e8", "rate_limited": "#ef6c00", "auth_failed": "#c62828",
    "offline": "#9e9e9e", "error": "#c62828", "stopped": "#9e9e9e",
}
WAITING_STATES = ("rate_limited", "offline", "error")
TICK_MS = 15_000


class AccountStatusBar(QWidget):
    """Signals:
        attention_requested(): the agent clicked the hint about accounts that need attention.
        warnings_shown(int): this many accounts have warnings (the hint shows when any).
    """

    attention_requested = Signal()
    warnings_shown = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ws = self.bridge = None
        self.attention = QLabel(self)
        self.attention.setObjectName("accountsAttention")
        self.attention.linkActivated.connect(lambda _link: self.attention_requested.emit())
        self.attention.hide()
        self._labels: dict[int, QLabel] = {}
        self._names: dict[int, str] = {}
        self._statuses: dict[int, object] = {}  # account id -> AccountStatus
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setFixedWidth(80)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._layout.addWidget(self.attention)
        self._layout.addWidget(self.progress)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._refresh_waiting)
        self._tick.start()

    def watch_warnings(self, ws, bridge) -> None:
        """Keep the hint current: after accounts change and after each sync round (which may have
        recorded a notice from the platform)."""
        self.ws, self.bridge = ws, bridge
        bridge.accounts.connect(lambda _accounts: self.refresh_warnings())
        bridge.changed.connect(lambda changes, _initiator: self.refresh_warnings() if changes.accounts else None)
        self.refresh_warnings()

    def refresh_warnings(self) -> None:
        if self.ws is not None:
            run(account_ops.account_warnings(self.ws), self.bridge, name="account-warnings",
                on_done=self.show_warnings)

    def show_warnings(self, warnings: dict) -> None:
        """{account id: [AccountWarning]}: the hint names how many accounts need attention."""
        count = len(warnings)
        text = self.tr("%n account(s) need attention", "", count)
        self.attention.setText(f"<a href='accounts' style='color:#b06000; text-decoration:none'>⚠ {text}</a>")
        self.attention.setToolTip("\n".join(account_warning(w) for found in warnings.values() for w in found))
        self.attention.setVisible(bool(count))
        self.warnings_shown.emit(count)

    def state_words(self) -> dict[str, str]:
        return {
            "idle": self.tr("up to date"), "syncing": self.tr("syncing"), "rate_limited": self.tr("rate-limited"),
            "auth_failed": self.tr("sign-in failed"),
            "offline": self.tr("offline"), "error": self.tr("error"), "stopped": self.tr("stopped"),
        }

    def set_accounts(self, accounts: list) -> None:
        """The accounts being synced (AccountInfo), each starting up to date."""
        for label in self._labels.values():
            label.deleteLater()
        self._labels, self._statuses = {}, {}
        self._names = {account.id: account.name for account in accounts}
        for account_id in self._names:
            label = QLabel(self)
            self._labels[account_id] = label
            self._layout.addWidget(label)
            self._render(account_id, "idle", "", 0, None)

    def show_status(self, status) -> None:
        """An account's AccountStatus from sync."""
        if status.account_id not in self._labels:
            return
        previous = self._statuses.get(status.account_id)
        self._statuses[status.account_id] = status
        self._render(status.account_id, status.state.value, status.detail, status.fetched, status.retry_at)
        if status.state.value == "idle" and previous is not None and previous.state.value != "idle":
            self.refresh_warnings()  # a round ended: the platform may have told it something
        self.progress.setVisible(any(s.state.value == "syncing" for s in self._statuses.values()))

    def _render(self, account_id: int, state: str, detail: str, fetched: int, retry_at: float | None) -> None:
        colour = STATE_COLOURS.get(state, "#9e9e9e")
        word = self.state_words().get(state, state)
        if state == "syncing" and fetched:
            word += f" ({fetched})"
        elif state in WAITING_STATES and retry_at is not None:
            minutes = max(1, round((retry_at - time.time()) / 60))
            word += " " + self.tr("(retry in %n min)", "", minutes)
        label = self._labels[account_id]
        label.setText(f"<span style='color:{colour}'>●</span> {self._names[account_id]}: {word}")
        label.setToolTip(detail)

    def _refresh_waiting(self) -> None:
        for status in self._statuses.values():
            if status.state.value in WAITING_STATES:
                self._render(status.account_id, status.state.value, status.detail, status.fetched, status.retry_at)

    def state_of(self, account_id: int) -> str | None:
        status = self._statuses.get(account_id)
        return status.state.value if status is not None else ("idle" if account_id in self._labels else None)

    def text_of(self, account_id: int) -> str:
        label = self._labels.get(account_id)
        return label.text() if label is not None else ""
