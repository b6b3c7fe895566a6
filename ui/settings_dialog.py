"""Settings: each declared setting gets its field from its declaration (desk.app.settings.
declarations(): kind, choices, range, whether it may be left unset); the automatic-reply rules,
agent profiles, answer targets per account and the glossary have tables of their own. The
translation provider's key goes to the keyring. Loading and saving are operations
(desk.app.settings), off the GUI thread."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.app import settings as settings_ops
from desk.domain.languages import AGENT_LANGUAGES, LANGUAGES
from desk.domain.shortcuts import BY_ID, SHORTCUTS, bindings, conflicts, normalise
from desk.errors import DeskError, InvalidSettings
from ui.labels import intent_name
from ui.ops import run
from ui.refusals import refusal_text

AGENT_ROWS = 8
PROVIDER_LABELS = {"google": "Google", "deepl": "DeepL", "microsoft": "Microsoft", "libre": "LibreTranslate",
                   "mymemory": "MyMemory"}
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
# Which page shows a declared setting, by the start of its key.
PAGES = (("agent.", "general"), ("translation.", "translation"), ("sla.", "sla"), ("notify.", "notifications"),
         ("drafting.", "drafting"), ("team.", "team"))


class SettingField:
    """An editor for one declared setting, chosen by its kind; `value()` is what it holds."""

    def __init__(self, setting, parent: QWidget, unset_label: str):
        self.setting = setting
        kind = setting.kind.value
        if kind == "choice":
            self.widget = QComboBox(parent)
            if setting.optional:
                self.widget.addItem(unset_label, None)
            for choice in setting.choices:
                self.widget.addItem(PROVIDER_LABELS.get(choice, LANGUAGE_NAMES.get(choice, choice)), choice)
        elif kind == "int":
            self.widget = QSpinBox(parent)
            low = int(setting.minimum) if setting.minimum is not None else 0
            self.widget.setRange(low - 1 if setting.optional else low, int(setting.maximum or 10_000))
            if setting.optional:
                self.widget.setSpecialValueText(unset_label)
        elif kind == "float":
            self.widget = QDoubleSpinBox(parent)
            self.widget.setRange(setting.minimum or 0.0, setting.maximum or 10_000.0)
            self.widget.setSingleStep(0.1)
        elif kind == "bool":
            self.widget = QCheckBox(parent)
        else:
            self.widget = QLineEdit(parent)

    def set_value(self, value) -> None:
        kind = self.setting.kind.value
        if kind == "choice":
            self.widget.setCurrentIndex(max(0, self.widget.findData(value)))
        elif kind == "int":
            self.widget.setValue(self.widget.minimum() if value is None else int(value))
        elif kind == "float":
            self.widget.setValue(float(value))
        elif kind == "bool":
            self.widget.setChecked(bool(value))
        else:
            self.widget.setText(value or "")

    def value(self):
        kind = self.setting.kind.value
        if kind == "choice":
            return self.widget.currentData()
        if kind == "int":
            unset = self.setting.optional and self.widget.value() == self.widget.minimum()
            return None if unset else self.widget.value()
        if kind == "float":
            return round(self.widget.value(), 2)
        if kind == "bool":
            return self.widget.isChecked()
        return self.widget.text().strip()


class SettingsDialog(QDialog):
    """Signals:
        loaded(): the stored settings are in the fields.
        saved(): the settings were written (what depends on them reloads through the bridge).
        failed(str): saving was refused; why, as shown.
    """

    loaded = Signal()
    saved = Signal()
    failed = Signal(str)
    joined = Signal(str)  # Settings → Team → Join: what it said (joined, or why not)

    def __init__(self, ws, bridge, parent=None):
        super().__init__(parent)
        self.ws, self.bridge = ws, bridge
        self.fields: dict[str, SettingField] = {}
        self.option_edits: dict[tuple[str, str], QLineEdit] = {}  # (provider, option) -> its field
        self.sla_hours: dict[int, QSpinBox] = {}  # account id -> its target, once loaded
        self.view = None  # the loaded desk.app.settings.SettingsView
        self.setWindowTitle(self.tr("Settings"))
        self.resize(720, 560)
        forms = {page: QFormLayout() for _, page in PAGES}
        for setting in settings_ops.declarations():
            page = next((name for prefix, name in PAGES if setting.key.startswith(prefix)), None)
            if page is not None and setting.kind.value != "json":
                field = SettingField(setting, self, self.tr("not set"))
                field.widget.setToolTip(setting.description)
                self.fields[setting.key] = field
                forms[page].addRow(self.setting_label(setting.key), field.widget)
        tabs = QTabWidget(self)
        tabs.addTab(self._page(forms["general"], self._agents_table()), self.tr("General"))
        tabs.addTab(self._page(forms["translation"], self._translation_options(forms["translation"])), self.tr("Translation"))
        tabs.addTab(self._page(forms["sla"], self._sla_table()), self.tr("SLA"))
        tabs.addTab(self._page(forms["notifications"]), self.tr("Notifications"))
        tabs.addTab(self._rules_page(), self.tr("Automatic replies"))
        tabs.addTab(self._glossary_page(), self.tr("Glossary"))
        tabs.addTab(self._page(forms["drafting"], self._drafting_key(forms["drafting"])), self.tr("AI drafts"))
        tabs.addTab(self._page(forms["team"], self._join_box(forms["team"])), self.tr("Team"))
        tabs.addTab(self._keys_page(), self.tr("Keyboard"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#c62828")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def setting_label(self, key: str) -> str:
        """The label of a declared setting (or of one provider option) in the agent's language."""
        option = key.rsplit(".", 1)[-1] if key.startswith("translation.options.") else None
        if option in self.option_labels():
            return self.option_labels()[option]
        return {
            "agent.name": self.tr("My name"),
            "agent.language": self.tr("I read and write in"),
            "translation.provider": self.tr("Provider"),
            "sla.warn_hours": self.tr("Warn before a breach (hours)"),
            "drafting.enabled": self.tr("Offer AI drafts"),
            "drafting.base_url": self.tr("Chat API address"),
            "drafting.model": self.tr("Model"),
            "drafting.send_contact_details": self.tr("Send customers' e-mail and phone to a cloud provider"),
            "drafting.auto_send": self.tr("Let AI drafts go out automatically where a rule allows it"),
            "drafting.timeout_s": self.tr("Give up after (seconds without words)"),
            "drafting.temperature": self.tr("Temperature"),
            "drafting.max_tokens": self.tr("Longest draft (tokens)"),
            "team.url": self.tr("Team database"),
            "team.ca_file": self.tr("Team server's CA certificate (PEM file)"),
            "team.mirror_days": self.tr("Keep offline the team's conversations of the last (days)"),
            "team.presence_heartbeat_s": self.tr("Tell colleagues I am here every (seconds)"),
            "notify.new_messages": self.tr("Notify me of new customer messages"),
            "notify.breaches": self.tr("Notify me before a breach"),
            "notify.sound": self.tr("Play a sound"),
            "notify.quiet_hours": self.tr("Quiet hours (e.g. 22:00-08:00)"),
            "keys.bindings": self.tr("Keyboard"),
        }.get(key, key)

    # --- pages ----------------------------------------------------------------------------------

    def _page(self, form: QFormLayout, *below: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        for widget in below:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def option_labels(self) -> dict[str, str]:
        return {"url": self.tr("LibreTranslate URL"), "region": self.tr("Microsoft region"),
                "email": self.tr("MyMemory e-mail")}

    def _translation_options(self, form: QFormLayout) -> QWidget:
        labels = self.option_labels()
        for provider, options in settings_ops.provider_options().items():
            for option in options:
                if option in labels:  # base_url points a provider elsewhere: tests and proxies, no field
                    edit = QLineEdit(self)
                    self.option_edits[(provider, option)] = edit
                    form.addRow(labels[option], edit)
        self.api_key = QLineEdit(self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("stored in the system keyring; leave empty to keep"))
        form.addRow(self.tr("API key"), self.api_key)
        self._ahead_row(form)
        note = QLabel(self.tr("Keys never leave this computer's keyring; Google and MyMemory need none."), self)
        note.setWordWrap(True)
        return note

    def _ahead_row(self, form: QFormLayout) -> None:
        """On a team: the languages the worker translates new messages into (translation.ahead_into)."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.ahead_into = {code: QCheckBox(LANGUAGE_NAMES[code], row) for code in AGENT_LANGUAGES}
        for box in self.ahead_into.values():
            layout.addWidget(box)
        layout.addStretch(1)
        row.setToolTip(self.tr("The worker translates customers' new messages into these languages as they arrive, "
                               "for every agent to read at once and offline. Each language costs provider characters."))
        form.addRow(self.tr("Translate ahead for the team into"), row)
        form.setRowVisible(row, self.ws.team is not None)

    def _drafting_key(self, form: QFormLayout) -> QWidget:
        self.drafting_key = QLineEdit(self)
        self.drafting_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.drafting_key.setPlaceholderText(self.tr("stored in the system keyring; leave empty to keep"))
        form.addRow(self.tr("API key"), self.drafting_key)
        note = QLabel(self.tr("Optional. Desk stays fully useful without it: drafts from OpenAI-compatible providers, cloud or on this computer (Ollama, llama.cpp)."), self)
        note.setWordWrap(True)
        return note

    def _join_box(self, form: QFormLayout) -> QWidget:
        """Join the team from this PC (what `desk team join` does): the login's password goes to the
        system keyring."""
        self.team_password = QLineEdit(self)
        self.team_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.team_password.setPlaceholderText(self.tr("the password your team's lead gave you"))
        form.addRow(self.tr("My team password"), self.team_password)
        self.join_button = QPushButton(self.tr("Join"), self)
        self.join_button.clicked.connect(lambda _checked=False: self.join_team())
        self.join_result = QLabel(self.tr("The address names your login: postgresql://LOGIN@host/database. "
                                          "The password is kept in the system keyring."), self)
        self.join_result.setWordWrap(True)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.join_button)
        layout.addWidget(self.join_result)
        return box

    def join_team(self) -> None:
        from desk.app import team as team_ops
        from desk.app import workspace as workspace_ops

        url, password = self.fields["team.url"].value(), self.team_password.text()
        if not url or not password:
            self._joined(self.tr("Give the team's address and your password first."))
            return
        folder = self.ws.team.data_dir if self.ws.team is not None else (
            getattr(self.parent(), "data_dir", None) or workspace_ops.data_dir(None))
        self.join_button.setEnabled(False)
        run(team_ops.join(folder, url, password, ca_file=self.fields["team.ca_file"].value() or None,
                          executors=self.ws.executors), self.bridge, name="team-join",
            on_done=lambda address: self._joined(self.tr("Joined %1. Start Desk with desk --team to work on the "
                                                         "team's queue.").replace("%1", address)),
            on_error=lambda error: self._joined(self.tr("Not joined: %1").replace("%1", str(error))))

    def _joined(self, text: str) -> None:
        self.team_password.clear()
        self.join_button.setEnabled(True)
        self.join_result.setText(text)
        self.joined.emit(text)

    def _sla_table(self) -> QWidget:
        self.sla_accounts = QTableWidget(0, 2, self)
        self.sla_accounts.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Hours to answer")])
        self.sla_accounts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sla_accounts.setColumnWidth(1, 130)
        self.sla_accounts.verticalHeader().hide()
        note = QLabel(self.tr("Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer's last message. Mail and Shopify targets are set per account."), self)
        note.setWordWrap(True)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sla_accounts)
        layout.addWidget(note)
        return box

    def _rules_page(self) -> QWidget:
        self.rules = QTableWidget(0, 2, self)
        self.rules.setHorizontalHeaderLabels([self.tr("Propose a reply"), self.tr("Send automatically")])
        self.rules.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(self.tr("Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated."), self)
        hint.setWordWrap(True)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.rules)
        layout.addWidget(hint)
        return page

    def _agents_table(self) -> QWidget:
        self.agents = QTableWidget(AGENT_ROWS, 3, self)
        self.agents.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Languages (de,en)"),
                                               self.tr("Skills (escalation,complaint)")])
        self.agents.horizontalHeader().setStretchLastSection(True)
        title = QLabel(self.tr("Agents that conversations are routed to, by the languages they speak:"), self)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.agents)
        return box

    def _glossary_page(self) -> QWidget:
        self.glossary = QTableWidget(0, len(LANGUAGES), self)
        self.glossary.setHorizontalHeaderLabels([code.upper() for code in LANGUAGES])
        self.glossary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add term"), self)
        add.clicked.connect(lambda _checked=False: self._add_glossary_row())
        hint = QLabel(self.tr("Each row is one product or policy term in every language; translations keep it exact in both directions. Write variants after a |, the first one is used in translations. Empty a row to remove the term."), self)
        hint.setWordWrap(True)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.glossary)
        layout.addWidget(add)
        return page

    def _keys_page(self) -> QWidget:
        """Every action's key (desk.domain.shortcuts), each editable; two actions never share one."""
        from ui.actions import action_names

        names = action_names()
        self.keys = QTableWidget(len(SHORTCUTS), 2, self)
        self.keys.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Key")])
        self.keys.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.keys.setColumnWidth(1, 200)
        self.keys.verticalHeader().hide()
        self.key_edits: dict[str, QKeySequenceEdit] = {}
        for row, shortcut in enumerate(SHORTCUTS):
            item = QTableWidgetItem(names[shortcut.id])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.keys.setItem(row, 0, item)
            edit = QKeySequenceEdit(QKeySequence(shortcut.key), self.keys)
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            self.keys.setCellWidget(row, 1, edit)
            self.key_edits[shortcut.id] = edit
        reset = QPushButton(self.tr("Back to the default keys"), self)
        reset.clicked.connect(lambda _checked=False: self._show_keys({}))
        hint = QLabel(self.tr("Click a key and press the new one. Letters act on the queue unless you are typing in a text field."), self)
        hint.setWordWrap(True)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.keys)
        layout.addWidget(reset)
        return page

    def _show_keys(self, overrides: dict) -> None:
        for action_id, key in bindings(overrides).items():
            self.key_edits[action_id].setKeySequence(QKeySequence(key))

    def key_overrides(self) -> dict[str, str]:
        """The keys that differ from the defaults."""
        chosen = {action_id: edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
                  for action_id, edit in self.key_edits.items()}
        return {action_id: key for action_id, key in chosen.items() if normalise(key) != BY_ID[action_id].key}

    def key_conflict(self) -> str | None:
        """The first two actions given the same key, said in the agent's language (None: none)."""
        from ui.actions import action_names, key_text

        clashes = conflicts(bindings(self.key_overrides()))
        if not clashes:
            return None
        first, second, key = clashes[0]
        names = action_names()
        return self.tr("“%1” and “%2” both use %3: give one of them another key.").replace(
            "%1", names[first]).replace("%2", names[second]).replace("%3", key_text(key))

    # --- load -----------------------------------------------------------------------------------

    def load(self) -> None:
        run(settings_ops.load_settings(self.ws), self.bridge, name="settings-load", on_done=self._show)

    def _show(self, view) -> None:
        self.view = view
        for key, field in self.fields.items():
            field.set_value(view.values.get(key))
        options = view.values.get("translation.options", {})
        for (provider, option), edit in self.option_edits.items():
            edit.setText(options.get(provider, {}).get(option, ""))
        ahead = view.values.get("translation.ahead_into") or ()
        for code, box in self.ahead_into.items():
            box.setChecked(code in ahead)
        self._show_rules(view.rules)
        for row, profile in enumerate(view.profiles[:AGENT_ROWS]):
            for col, value in enumerate((profile.name, ",".join(profile.languages), ",".join(profile.skills))):
                self.agents.setItem(row, col, QTableWidgetItem(value))
        self._show_targets(view.targets)
        self._show_keys(view.values.get("keys.bindings") or {})
        self.glossary.setRowCount(0)
        for term in view.glossary:
            self._add_glossary_row(term.id, term.terms)
        self.loaded.emit()

    def _show_rules(self, rules: list) -> None:
        self.rules.setRowCount(len(rules))
        self.rules.setVerticalHeaderLabels([intent_name(rule.intent) for rule in rules])
        for row, rule in enumerate(rules):
            for col, on in enumerate((rule.propose, rule.auto_send)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, rule.intent)
                self.rules.setItem(row, col, item)

    def _show_targets(self, targets: list) -> None:
        self.sla_accounts.setRowCount(len(targets))
        self.sla_hours = {}
        for row, target in enumerate(targets):
            self.sla_accounts.setItem(row, 0, QTableWidgetItem(f"{target.name} ({target.channel})"))
            spin = QSpinBox(self.sla_accounts)
            spin.setRange(1, 24 * 7)
            spin.setSuffix(self.tr(" h"))
            spin.setValue(target.hours)
            spin.setEnabled(not target.fixed)
            self.sla_accounts.setCellWidget(row, 1, spin)
            if not target.fixed:
                self.sla_hours[target.account_id] = spin

    def _add_glossary_row(self, concept_id: str | None = None, terms=None) -> None:
        row = self.glossary.rowCount()
        self.glossary.insertRow(row)
        new_id = f"workspace-{uuid.uuid4().hex[:10]}"
        for col, language in enumerate(LANGUAGES):
            item = QTableWidgetItem(" | ".join((terms or {}).get(language, ())))
            item.setData(Qt.ItemDataRole.UserRole, concept_id or new_id)
            self.glossary.setItem(row, col, item)
        if concept_id is None:
            self.glossary.scrollToBottom()

    # --- save -----------------------------------------------------------------------------------

    def collected(self):
        """What the dialog holds, as the operation takes it."""
        values = {key: field.value() for key, field in self.fields.items()}
        options: dict[str, dict[str, str]] = {}
        for (provider, option), edit in self.option_edits.items():
            if edit.text().strip():
                options.setdefault(provider, {})[option] = edit.text().strip()
        kept = {p: {o: v for o, v in opts.items() if (p, o) not in self.option_edits}
                for p, opts in (self.view.values.get("translation.options", {}) if self.view else {}).items()}
        for provider, opts in kept.items():  # options without a field (base_url) stay as they were
            options.setdefault(provider, {}).update(opts)
        values["translation.options"] = {p: o for p, o in options.items() if o}
        values["keys.bindings"] = self.key_overrides()
        if self.view is not None:
            values["translation.ahead_into"] = [code for code, box in self.ahead_into.items() if box.isChecked()]
        return settings_ops.SettingsUpdate(
            values=values, provider_key=self.api_key.text() or None, drafting_key=self.drafting_key.text() or None,
            rules=self._rules(), profiles=self._profiles(),
            targets={account_id: spin.value() for account_id, spin in self.sla_hours.items()},
            glossary=self._glossary_terms() if self.view is not None else None)

    def save(self) -> None:
        if conflict := self.key_conflict():
            self.error.setText(conflict)
            self.failed.emit(conflict)
            return
        run(settings_ops.save_settings(self.ws, self.collected()), self.bridge, initiator=self, name="settings-save",
            on_error=self._failed, on_done=self._saved)

    def _failed(self, error: DeskError) -> None:
        if isinstance(error, InvalidSettings):
            self.error.setText("; ".join(f"{self.setting_label(k)}: {v}" for k, v in error.problems.items()))
        else:
            self.error.setText(refusal_text(error))
        self.failed.emit(self.error.text())

    def _saved(self, _changes) -> None:
        self.saved.emit()
        self.accept()

    def _rules(self) -> list:
        return [settings_ops.AutoReplyRule(self.rules.item(row, 0).data(Qt.ItemDataRole.UserRole),
                                           *(self.rules.item(row, col).checkState() == Qt.CheckState.Checked
                                             for col in range(2)))
                for row in range(self.rules.rowCount())]

    def _profiles(self) -> list:
        found = []
        for row in range(AGENT_ROWS):
            cells = [(self.agents.item(row, col).text().strip() if self.agents.item(row, col) else "") for col in range(3)]
            if cells[0]:
                found.append(settings_ops.Profile(cells[0], tuple(filter(None, cells[1].split(","))),
                                                  tuple(filter(None, cells[2].split(",")))))
        return found

    def _glossary_terms(self) -> list:
        terms = []
        for row in range(self.glossary.rowCount()):
            items = [self.glossary.item(row, col) for col in range(len(LANGUAGES))]
            by_language = {language: tuple(v.strip() for v in item.text().split("|") if v.strip())
                           for language, item in zip(LANGUAGES, items)}
            terms.append(settings_ops.GlossaryTerm(items[0].data(Qt.ItemDataRole.UserRole),
                                                   {k: v for k, v in by_language.items() if v}))
        return terms
