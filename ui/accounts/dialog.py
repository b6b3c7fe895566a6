"""Add, edit, test and remove platform accounts. Secrets go to the OS keyring only. For each
platform the dialog says where each value comes from, what a failed test means, and what the
account asks someone to act on (its warnings), in the agent's language."""

from __future__ import annotations

import html

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
from ui.labels import account_warning
from ui.ops import run
from ui.queue.model import CHANNEL_NAMES
from ui.refusals import refusal_text


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
        self.resize(860, 680)
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
        self.name_edit.hide()  # each form makes its own; this one only holds the place until then
        self.editors: dict[str, QWidget] = {}
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.help = QLabel(self)
        self.help.setObjectName("accountHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setOpenExternalLinks(True)
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("accountWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.hide()
        self._warnings: dict[int, list] = {}
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
        right.addWidget(self.warnings_label)
        right.addWidget(self.help)
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
            "relay_token": self.tr("Relay token"), "templates": self.tr("Template parameters (name:language = {{facts}})"),
            "waba_id": self.tr("WhatsApp Business Account id (lists the approved templates)"),
            "authserv_id": self.tr("Trusted mail server (authserv-id, optional)"),
            "verify_dkim": self.tr("Verify DKIM signatures of Amazon/Shopify mail"),
            "relay_reader": self.tr("Name at the relay (set automatically)"),
            "signature": self.tr("Signature (added below every reply)"),
        }

    def help_text(self, channel: Channel) -> str:
        """Where each value of this platform's account comes from."""
        app_password = self.tr("Gmail, Outlook and Yahoo want an app password (made in the account's security settings, with two-step verification on), not your login password.")
        texts = {
            Channel.AMAZON: [
                self.tr("Buyer messages: Amazon relays them to the mailbox you gave in Seller Central (Settings, Notification Preferences), from addresses like …@marketplace.amazon.com. Enter that mailbox's IMAP and SMTP servers; replies go back to the buyer's relay alias exactly as it wrote."),
                app_password,
                self.tr("Orders: your Selling Partner API app (Seller Central, Apps and Services, Develop Apps) gives the LWA client id and client secret; authorising it for your store gives the refresh token. The marketplace id is your store's (US: ATVPDKIKX0DER, UK: A1F83G8C2ARO7P, DE: A1PA6795UKMFR9, JP: A1VC38T7YXB528)."),
            ],
            Channel.SHOPIFY: [
                self.tr("Customer mail: your store's contact mailbox (the sender e-mail in Shopify's Settings, Notifications), over IMAP and SMTP."),
                app_password,
                self.tr("Orders: create an app in Shopify's Dev Dashboard with access to orders, customers and returns, install it on your store, and copy its client id and client secret. A legacy custom app gives an Admin API access token (shpat_…) instead. The shop domain is your-store.myshopify.com."),
            ],
            Channel.WHATSAPP: [
                self.tr("In Meta's App Dashboard (WhatsApp, API Setup): the phone number id (a long number, not the phone number itself), and a permanent access token of a system user with the whatsapp_business_messaging permission."),
                self.tr("Relay URL and token: the webhook relay your team runs on a public host (desk relay), which Meta calls with new messages."),
                self.tr("WhatsApp Business Account id (shown in the App Dashboard's API Setup beside the phone number id): Desk lists the account's approved templates from it on every sync, every few hours, and when you click Refresh beside the templates in the reply box."),
                self.tr("Template parameters: one line per template, name:language = the order facts that fill its {{1}}, {{2}}... in order, e.g. order_update:de = {{customer_name}} {{order_id}} {{tracking_number}}. A parameter no fact fills is typed in the reply box. Without a Business Account id, each line is a template: name:language[:category] = the approved text with the facts in place, e.g. order_shipped:de:utility = Hallo {{customer_name}}, Ihre Bestellung {{order_id}} ist unterwegs."),
            ],
            Channel.EMAIL: [
                self.tr("Any mailbox: its IMAP server (to read) and SMTP server (to answer), as the mail provider documents them."),
                app_password,
            ],
        }
        return "".join(f"<p style='margin:0 0 4px 0; color:#3c4043'>{html.escape(text)}</p>"
                       for text in texts[channel])

    def failure_text(self, kind: str | None) -> str:
        """What a failed test means, so the agent knows what to change."""
        return {
            "settings": self.tr("Some settings are missing or not valid."),
            "auth": self.tr("The platform refused the sign-in: check the user name and password (an app password for Gmail and Outlook), or the tokens and client secret; a token may have been revoked."),
            "unreachable": self.tr("No answer from the server: check the host name and port, and that this computer is online (a firewall or proxy may block it)."),
            "tls": self.tr("The secure connection failed: check the security setting (TLS on ports 993 and 465, STARTTLS on 143 and 587) and the server's certificate."),
            "rate_limited": self.tr("The platform is limiting requests right now; the settings may well be right. Test again in a few minutes."),
            "refused": self.tr("The platform answered but refused: the app or token may lack a permission."),
        }.get(kind or "", self.tr("The test failed."))

    def reload(self, select: int | None = None) -> None:
        run(account_ops.account_warnings(self.ws), self.bridge, name="account-warnings",
            on_done=self._warnings_known)
        run(account_ops.list_accounts(self.ws), self.bridge, name="accounts-reload",
            on_done=lambda accounts: self._show_accounts(accounts, select))

    def _warnings_known(self, warnings: dict) -> None:
        self._warnings = warnings
        for row in range(self.accounts.count()):
            item = self.accounts.item(row)
            flagged = bool(warnings.get(item.data(Qt.ItemDataRole.UserRole)))
            item.setText(item.text().removeprefix("⚠ "))
            if flagged:
                item.setText("⚠ " + item.text())
        self._show_warnings()

    def _show_warnings(self) -> None:
        found = self._warnings.get(self.account.id, []) if self.account is not None else []
        self.warnings_label.setText("<br>".join(f"<span style='color:#b06000'>⚠ {html.escape(account_warning(w))}</span>"
                                                for w in found))
        self.warnings_label.setVisible(bool(found))

    def _show_accounts(self, accounts: list, select: int | None) -> None:
        self.accounts.clear()
        self._known = {account.id: account for account in accounts}
        for account in accounts:
            flag = "⚠ " if self._warnings.get(account.id) else ""
            item = QListWidgetItem(f"{flag}{CHANNEL_NAMES[account.channel.value]} · {account.name}")
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
        self.help.setText(self.help_text(channel))
        self.result_label.clear()
        self._show_warnings()
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

    def _show_result(self, text: str, ok: bool, detail: str = "") -> None:
        colour = "#188038" if ok else "#c62828"
        more = f"<br><span style='color:#5f6368'>{html.escape(detail)}</span>" if detail else ""
        self.result_label.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>{more}")
        self.result_shown.emit(text)

    # --- actions --------------------------------------------------------------------------------

    def _save(self) -> None:
        name = self.name_edit.text().strip() or CHANNEL_NAMES[self.channel.value]
        run(account_ops.save_account(self.ws, self.channel, name, self.values(), self.account.id if self.account else None),
            self.bridge, initiator=self, name="save-account", on_error=self._save_failed, on_done=self._saved)

    def _save_failed(self, error) -> None:
        if isinstance(error, InvalidSettings):
            labels = self.field_labels()
            self._show_result(self.failure_text("settings"), False,
                              "; ".join(f"{labels.get(k, k)}: {v}" for k, v in error.problems.items()))
        else:  # keyring refusals, storage errors and what the team database refuses are shown, not raised
            self._show_result(refusal_text(error), False)

    def _saved(self, result) -> None:
        account_id, _changes = result
        self._show_result(self.tr("Saved."), True)
        self.reload(select=account_id)
        self.accounts_changed.emit()

    def _test(self) -> None:
        self._show_result(self.tr("Testing…"), True)
        run(account_ops.check_account(self.ws, self.channel, self.values(), self.account.id if self.account else None),
            self.bridge, name="test-account", on_error=lambda error: self._show_result(refusal_text(error), False),
            on_done=self._tested)

    def _tested(self, check) -> None:
        if check.ok:
            self._show_result(self.tr("Connected: the platform accepted these settings."), True)
        elif check.kind == "settings":
            self._show_result(self.failure_text(check.kind), False, self._field_problems(check.detail))
        else:
            self._show_result(self.failure_text(check.kind), False, self.tr("Details: %1").replace("%1", check.detail))

    def _field_problems(self, detail: str) -> str:
        labels = self.field_labels()
        return "; ".join(f"{labels.get(k.strip(), k.strip())}:{v}" if v else k
                         for k, _, v in (part.partition(":") for part in detail.split(";")))

    def _remove(self) -> None:
        if self.account is None:
            return
        run(account_ops.remove_account(self.ws, self.account.id, self.channel), self.bridge, initiator=self,
            name="remove-account", on_error=lambda error: self._show_result(refusal_text(error), False),
            on_done=self._removed)

    def _removed(self, _changes) -> None:
        self.account = None
        self._clear_form()
        self._set_editing(False)
        self.reload()
        self.accounts_changed.emit()
