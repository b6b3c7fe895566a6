"""Account states in the status bar: a dot and a word per account, a busy bar while syncing."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

STATE_COLOURS = {
    "idle": "#188038", "syncing": "#1a73e8", "rate_limited": "#ef6c00", "auth_failed": "#c62828",
    "offline": "#9e9e9e", "error": "#c62828", "stopped": "#9e9e9e",
}


class AccountStatusBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._labels: dict[int, QLabel] = {}
        self._names: dict[int, str] = {}
        self._states: dict[int, str] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setFixedWidth(80)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._layout.addWidget(self.progress)

    def state_words(self) -> dict[str, str]:
        return {
            "idle": self.tr("up to date"), "syncing": self.tr("syncing"), "rate_limited": self.tr("rate-limited"),
            "auth_failed": self.tr("sign-in failed"), "offline": self.tr("offline"), "error": self.tr("error"),
            "stopped": self.tr("stopped"),
        }

    def set_accounts(self, names: dict[int, str]) -> None:
        for label in self._labels.values():
            label.deleteLater()
        self._labels, self._names, self._states = {}, dict(names), {}
        for account_id, name in names.items():
            label = QLabel(self)
            self._labels[account_id] = label
            self._layout.addWidget(label)
            self.show_state(account_id, "idle", "")

    def show_state(self, account_id: int, state: str, detail: str, fetched: int = 0) -> None:
        label = self._labels.get(account_id)
        if label is None:
            return
        self._states[account_id] = state
        colour = STATE_COLOURS.get(state, "#9e9e9e")
        word = self.state_words().get(state, state)
        count = f" ({fetched})" if state == "syncing" and fetched else ""
        label.setText(f"<span style='color:{colour}'>●</span> {self._names[account_id]}: {word}{count}")
        label.setToolTip(detail)
        self.progress.setVisible("syncing" in self._states.values())

    def state_of(self, account_id: int) -> str | None:
        return self._states.get(account_id)
