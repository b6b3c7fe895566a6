"""Add, edit, test and remove platform accounts. Secrets go to the OS keyring only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.app import accounts as account_ops
from desk.domain import Channel
from desk.errors import InvalidSettings
from ui.ops import run
from ui.queue.model import CHANNEL_NAMES


class AccountsDialog(QDialog):
    """Signals:
        accounts_changed(): an account was saved or removed (sync restarts).
        listed(int): the list shows this many accounts.
        result_shown(str): what saving or testing came to, as shown.
    """

    accounts_changed = Signal()
    listed = Signal(int)
    result_shown = Signal(str)

    def __init__(self, ws, bridge, parent=None):
        super().__init__(parent)
        self.ws, self.bridge = ws, bridge
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 560)
        self.accounts = QListWidget(self)
        self.add_channel = QComboBox(self)
        for channel in Channel:
            self.add_channel.addItem(CHANNEL_NAMES[channel.value], channel.value)
        add = QPushButton(self.tr("Add"), self)
        self.form_slot = QVBoxLayout()
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form_slot.addWidget(self.form_host)
        self.name_edit = QLineEdit(self)
        self.editors: dict[str, QWidget] = {}
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.test_button = QPushButton(self.tr("Test"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)

        left = QVBoxLayout()
        left.addWidget(self.accounts, 1)
        adder = QHBoxLayout()
        adder.addWidget(self.add_channel, 1)
        adder.addWidget(add)
        left.addLayout(adder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(self.form_slot, 1)
        right.addWidget(self.result_label)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

        self._known: dict = {}  # account id -> AccountInfo
        self.channel: Channel | None = None
        self.account = None
        add.clicked.connect(lambda _checked=False: self.edit_new(Channel(self.add_channel.currentData())))
        self.accounts.currentItemChanged.connect(self._on_selected)
        self.save_button.clicked.connect(lambda _checked=False: self._save())
        self.test_button.clicked.connect(lambda _checked=False: self._test())
        self.remove_button.clicked.connect(lambda _checked=False: self._remove())
        self._set_editing(False)

    def field_labels(self) -> dict[str, str]:
        return {
            "address": self.tr("E-mail address"), "username": self.tr("User name"), "password": self.tr("Password"),
            "imap_host": self.tr("IMAP server"), "imap_port": self.tr("IMAP port"),
            "imap_security": self.tr("IMAP security"), "smtp_host": self.tr("SMTP server"),
            "smtp_port": self.tr("SMTP port"), "smtp_security": self.tr("SMTP security"),
            "marketplace_id": self.tr("Marketplace id"), "orders_api": self.tr("Orders API version"),
            "lwa_client_id": self.tr("LWA client id"), "lwa_client_secret": self.tr("LWA client secret"),
            "refresh_token": self.tr("Refresh token"), "spapi_endpoint": self.tr("SP-API endpoint (optional)"),
            "lwa_endpoint": self.tr("LWA endpoint (optional)"), "shop_domain": self.tr("Shop domain"),
            "shopify_auth": self.tr("App authentication"), "client_id": self.tr("App client id"),
            "client_secret": self.tr("App client secret"),
            "admin_access_token": self.tr("Admin access token (legacy custom app)"),
            "admin_endpoint": self.tr("Admin endpoint (optional)"), "phone_number_id": self.tr("Phone number id"),
            "graph_url": self.tr("Graph API URL"),
            "access_token": self.tr("Access token"), "relay_url": self.tr("Relay URL"),
            "relay_token": self.tr("Relay token"), "templates": self.tr("Approved templates (name:language[:category])"),
            "authserv_id": self.tr("Trusted mail server (authserv-id, optional)"),
            "verify_dkim": self.tr("Verify DKIM signatures of Amazon/Shopify mail"),
            "relay_reader": self.tr("Name at the relay (set automatically)"),
        }

    def reload(self, select: int | None = None) -> None:
        run(account_ops.list_accounts(self.ws), self.bridge, name="accounts-reload",
            on_done=lambda accounts: self._show_accounts(accounts, select))

    def _show_accounts(self, accounts: list, select: int | None) -> None:
        self.accounts.clear()
        self._known = {account.id: account for account in accounts}
        for account in accounts:
            item = QListWidgetItem(f"{CHANNEL_NAMES[account.channel.value]} · {account.name}")
            item.setData(Qt.ItemDataRole.UserRole, account.id)  # plain ids in Qt, objects stay in Python
            self.accounts.addItem(item)
            if account.id == select:
                self.accounts.setCurrentItem(item)
        self.listed.emit(len(accounts))

    # --- form -----------------------------------------------------------------------------------

    def edit_new(self, channel: Channel) -> None:
        self.accounts.setCurrentItem(None)
        self._build_form(channel, None)

    def _on_selected(self, item, _previous) -> None:
        if item is not None:
            account = self._known[item.data(Qt.ItemDataRole.UserRole)]
            self._build_form(account.channel, account)

    def _build_form(self, channel: Channel, account) -> None:
        self._clear_form()
        self.channel, self.account, self.editors = channel, account, {}
        self.name_edit = QLineEdit(account.name if account else CHANNEL_NAMES[channel.value], self.form_host)
        self.form.addRow(self.tr("Name"), self.name_edit)
        labels = self.field_labels()
        for f in account_ops.account_fields(channel):
            value = account.settings.get(f.name, f.default) if account else f.default
            editor = self._editor(f, value, stored=account is not None)
            self.editors[f.name] = editor
            self.form.addRow(labels.get(f.name, f.name), editor)
        self.result_label.clear()
        self._set_editing(True)

    def _clear_form(self) -> None:
        """A fresh form widget; the old one goes with deleteLater, once Qt is done with its events."""
        old = self.form_host
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form_slot.replaceWidget(old, self.form_host)
        old.hide()
        old.deleteLater()
        self.editors = {}

    def _editor(self, f, value, stored: bool) -> QWidget:
        if f.kind == "int":
            editor = QSpinBox(self.form_host)
            editor.setRange(1, 65535)
            editor.setValue(int(value or 1))
        elif f.kind == "choice":
            editor = QComboBox(self.form_host)
            editor.addItems(list(f.choices))
            editor.setCurrentText(str(value))
        elif f.kind == "lines":
            editor = QPlainTextEdit(str(value or ""), self.form_host)
            editor.setFixedHeight(60)
        else:
            editor = QLineEdit("" if f.kind == "secret" else str(value or ""), self.form_host)
            if f.kind == "secret":
                editor.setEchoMode(QLineEdit.EchoMode.Password)
                if stored:
                    editor.setPlaceholderText(self.tr("stored in the keyring; type to replace"))
        return editor

    def values(self) -> dict[str, str]:
        out = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                out[name] = str(editor.value())
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentText()
            elif isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText()
            else:
                out[name] = editor.text()
        return out

    def _set_editing(self, on: bool) -> None:
        for button in (self.save_button, self.test_button):
            button.setEnabled(on)
        self.remove_button.setEnabled(on and self.account is not None)

    def _show_result(self, text: str, ok: bool) -> None:
        colour = "#188038" if ok else "#c62828"
        self.result_label.setText(f"<span style='color:{colour}'>{text}</span>")
        self.result_shown.emit(text)

    # --- actions --------------------------------------------------------------------------------

    def _save(self) -> None:
        name = self.name_edit.text().strip() or CHANNEL_NAMES[self.channel.value]
        run(account_ops.save_account(self.ws, self.channel, name, self.values(), self.account.id if self.account else None),
            self.bridge, initiator=self, name="save-account", on_error=self._save_failed, on_done=self._saved)

    def _save_failed(self, error) -> None:
        if isinstance(error, InvalidSettings):
            labels = self.field_labels()
            self._show_result("; ".join(f"{labels.get(k, k)}: {v}" for k, v in error.problems.items()), False)
        else:  # keyring refusals and storage errors are shown, not raised
            self._show_result(str(error), False)

    def _saved(self, result) -> None:
        account_id, _changes = result
        self._show_result(self.tr("Saved."), True)
        self.reload(select=account_id)
        self.accounts_changed.emit()

    def _test(self) -> None:
        self._show_result(self.tr("Testing…"), True)
        run(account_ops.test_account(self.ws, self.channel, self.values(), self.account.id if self.account else None),
            self.bridge, name="test-account", on_error=lambda error: self._show_result(str(error), False),
            on_done=self._tested)

    def _tested(self, problem: str | None) -> None:
        if problem:
            self._show_result(problem, False)
        else:
            self._show_result(self.tr("Connected: the platform accepted these settings."), True)

    def _remove(self) -> None:
        if self.account is None:
            return
        run(account_ops.remove_account(self.ws, self.account.id, self.channel), self.bridge, initiator=self,
            name="remove-account", on_error=lambda error: self._show_result(str(error), False),
            on_done=self._removed)

    def _removed(self, _changes) -> None:
        self.account = None
        self._clear_form()
        self._set_editing(False)
        self.reload()
        self.accounts_changed.emit()
