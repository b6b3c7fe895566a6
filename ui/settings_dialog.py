"""Workspace settings: the translation provider (keys go to the keyring), SLA warnings, automatic
replies per intent and the agent profiles routing uses. Reads and writes happen off the GUI thread."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
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

from desk.accounts import FIXED_SLA_CHANNELS, set_sla_hours, sla_targets
from desk.routing.annotate import SIMPLE_INTENTS
from ui.labels import intent_name
from ui.mainwindow import AGENT_SETTING, WARN_SETTING
from ui.ops import load_modules, spawn
from ui.services import Services

PROVIDERS = (("google", "Google"), ("deepl", "DeepL"), ("microsoft", "Microsoft"), ("libre", "LibreTranslate"),
             ("mymemory", "MyMemory"))
AGENT_ROWS = 8
GLOSSARY_LANGUAGES = ("zh", "en", "es", "de", "fr", "it", "ja")


class SettingsDialog(QDialog):
    """Signals:
        saved(): the settings were written (the window reloads what depends on them).
    """

    saved = Signal()

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.sla_hours: dict[int, QSpinBox] = {}  # account id -> its target, once loaded
        self.setWindowTitle(self.tr("Settings"))
        self.resize(680, 540)
        tabs = QTabWidget(self)
        tabs.addTab(self._translation_page(), self.tr("Translation"))
        tabs.addTab(self._sla_page(), self.tr("SLA"))
        tabs.addTab(self._rules_page(), self.tr("Automatic replies"))
        tabs.addTab(self._agents_page(), self.tr("Agents"))
        tabs.addTab(self._glossary_page(), self.tr("Glossary"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#c62828")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(lambda: spawn(self.save(), name="settings-save"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # --- pages ----------------------------------------------------------------------------------

    def _translation_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.provider = QComboBox(page)
        for key, label in PROVIDERS:
            self.provider.addItem(label, key)
        self.agent_language = QComboBox(page)
        self.agent_language.addItem("中文", "zh")
        self.agent_language.addItem("English", "en")
        self.provider_url = QLineEdit(page)
        self.provider_url.setPlaceholderText("https://libretranslate.example.com")
        self.provider_region = QLineEdit(page)
        self.provider_region.setPlaceholderText("westeurope")
        self.provider_email = QLineEdit(page)
        self.api_key = QLineEdit(page)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("stored in the system keyring; leave empty to keep"))
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("I read and write in"), self.agent_language)
        form.addRow(self.tr("LibreTranslate URL"), self.provider_url)
        form.addRow(self.tr("Microsoft region"), self.provider_region)
        form.addRow(self.tr("MyMemory e-mail"), self.provider_email)
        form.addRow(self.tr("API key"), self.api_key)
        return page

    def _sla_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.warn_hours = QSpinBox(page)
        self.warn_hours.setRange(0, 24)
        self.warn_hours.setSuffix(self.tr(" h"))
        self.warn_hours.setSpecialValueText(self.tr("each platform's default"))
        form.addRow(self.tr("Warn before a breach"), self.warn_hours)
        self.sla_accounts = QTableWidget(0, 2, page)
        self.sla_accounts.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Hours to answer")])
        self.sla_accounts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sla_accounts.setColumnWidth(1, 130)
        self.sla_accounts.verticalHeader().hide()
        form.addRow(self.sla_accounts)
        note = QLabel(self.tr("Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer's last message. Mail and Shopify targets are set per account."), page)
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _rules_page(self) -> QWidget:
        self.rules = QTableWidget(len(SIMPLE_INTENTS), 2, self)
        self.rules.setHorizontalHeaderLabels([self.tr("Propose a reply"), self.tr("Send automatically")])
        self.rules.setVerticalHeaderLabels([intent_name(i) for i in SIMPLE_INTENTS])
        self.rules.horizontalHeader().setStretchLastSection(True)
        for row in range(len(SIMPLE_INTENTS)):
            for col in range(2):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.rules.setItem(row, col, item)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.rules)
        hint = QLabel(self.tr("Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return page

    def _agents_page(self) -> QWidget:
        self.agents = QTableWidget(AGENT_ROWS, 3, self)
        self.agents.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Languages (de,en)"),
                                               self.tr("Skills (escalation,complaint)")])
        self.agents.horizontalHeader().setStretchLastSection(True)
        self.agent_name = QLineEdit(self)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(self.tr("My name"), self.agent_name)
        layout.addLayout(form)
        layout.addWidget(self.agents)
        return page

    def _glossary_page(self) -> QWidget:
        self.glossary = QTableWidget(0, len(GLOSSARY_LANGUAGES), self)
        self.glossary.setHorizontalHeaderLabels([code.upper() for code in GLOSSARY_LANGUAGES])
        self.glossary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add term"), self)
        add.clicked.connect(lambda _checked=False: self._add_glossary_row())
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Each row is one product or policy term in every language; translations keep it exact in both directions. Write variants after a |, the first one is used in translations. Empty a row to remove the term."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.glossary)
        layout.addWidget(add)
        return page

    def _show_glossary(self, concepts: list) -> None:
        self.glossary.setRowCount(0)
        for concept in concepts:
            self._add_glossary_row(concept.id, concept.terms)

    def _add_glossary_row(self, concept_id: str | None = None, terms=None) -> None:
        row = self.glossary.rowCount()
        self.glossary.insertRow(row)
        new_id = f"workspace-{uuid.uuid4().hex[:10]}"
        for col, language in enumerate(GLOSSARY_LANGUAGES):
            item = QTableWidgetItem(" | ".join((terms or {}).get(language, ())))
            item.setData(Qt.ItemDataRole.UserRole, concept_id or new_id)
            self.glossary.setItem(row, col, item)
        if concept_id is None:
            self.glossary.scrollToBottom()

    def _glossary_rows(self) -> list:
        from desk.translation.glossary import Concept

        concepts = []
        for row in range(self.glossary.rowCount()):
            items = [self.glossary.item(row, col) for col in range(len(GLOSSARY_LANGUAGES))]
            terms = {language: tuple(v.strip() for v in item.text().split("|") if v.strip())
                     for language, item in zip(GLOSSARY_LANGUAGES, items)}
            concepts.append(Concept(items[0].data(Qt.ItemDataRole.UserRole), {k: v for k, v in terms.items() if v}))
        return concepts

    # --- load and save --------------------------------------------------------------------------

    async def load(self) -> None:
        await load_modules(self.services.executors, "desk.routing.autoreply", "desk.translation.settings",
                           "desk.translation.glossary")
        from desk.translation.glossary import glossary_table
        from desk.routing.autoreply import load_rules
        from desk.routing.profiles import list_profiles
        from desk.storage.settings import read_setting
        from desk.translation.settings import load_translation_settings

        db, read = self.services.db, self.services.executors.read
        translation = await read(load_translation_settings, db)
        rules = await read(load_rules, db)
        profiles = await read(list_profiles, db)
        warn = await read(read_setting, db, WARN_SETTING, None)
        self.translation_settings = translation
        self.provider.setCurrentIndex(max(0, self.provider.findData(translation.provider)))
        self.agent_language.setCurrentIndex(max(0, self.agent_language.findData(self.services.agent_language)))
        self.provider_url.setText(translation.options_for("libre").get("url", ""))
        self.provider_region.setText(translation.options_for("microsoft").get("region", ""))
        self.provider_email.setText(translation.options_for("mymemory").get("email", ""))
        self.warn_hours.setValue(int(warn or 0))
        for row, intent in enumerate(SIMPLE_INTENTS):
            for col, on in enumerate((rules[intent].propose, rules[intent].auto_send)):
                self.rules.item(row, col).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for row, profile in enumerate(profiles[:AGENT_ROWS]):
            for col, value in enumerate((profile.name, ",".join(profile.languages), ",".join(profile.skills))):
                self.agents.setItem(row, col, QTableWidgetItem(value))
        self.agent_name.setText(self.services.agent_name)
        self._show_sla_targets(await read(sla_targets, db))
        self._show_glossary(await read(glossary_table, db))

    def _show_sla_targets(self, targets: list) -> None:
        self.sla_accounts.setRowCount(len(targets))
        self.sla_hours = {}
        for row, (account_id, name, channel, hours) in enumerate(targets):
            self.sla_accounts.setItem(row, 0, QTableWidgetItem(f"{name} ({channel.value})"))
            spin = QSpinBox(self.sla_accounts)
            spin.setRange(1, 24 * 7)
            spin.setSuffix(self.tr(" h"))
            spin.setValue(hours)
            spin.setEnabled(channel not in FIXED_SLA_CHANNELS)
            self.sla_accounts.setCellWidget(row, 1, spin)
            self.sla_hours[account_id] = spin

    async def save(self) -> None:
        from desk.accounts import InvalidSettings
        from desk.errors import DeskError

        try:
            await self._save()
        except InvalidSettings as error:
            self.error.setText("; ".join(f"{k}: {v}" for k, v in error.problems.items()))
            return
        except (DeskError, ValueError) as error:
            self.error.setText(str(error))
            return
        self.saved.emit()
        self.accept()

    async def _save(self) -> None:
        from desk.routing.autoreply import Rule, save_rules
        from desk.storage.settings import write_setting
        from dataclasses import replace

        from desk.translation.glossary import save_glossary_table
        from desk.translation.settings import save_translation_settings, store_provider_key

        db, write = self.services.db, self.services.executors.write
        provider = self.provider.currentData()
        options = {name: {option: value} for name, option, value in (
            ("libre", "url", self.provider_url.text().strip()), ("microsoft", "region", self.provider_region.text().strip()),
            ("mymemory", "email", self.provider_email.text().strip())) if value}
        settings = replace(self.translation_settings, provider=provider, options=options,
                           agent_language=self.agent_language.currentData())
        await write(save_translation_settings, db, settings)
        if self.api_key.text():
            await self.services.executors.io(store_provider_key, provider, self.api_key.text())
        checked = [[self.rules.item(r, c).checkState() == Qt.CheckState.Checked for c in range(2)]
                   for r in range(len(SIMPLE_INTENTS))]
        await write(save_rules, db, {intent: Rule(*checked[i]) for i, intent in enumerate(SIMPLE_INTENTS)})
        await write(write_setting, db, WARN_SETTING, self.warn_hours.value() or None)
        if self.glossary.rowCount():
            await write(save_glossary_table, db, self._glossary_rows())
        for account_id, spin in self.sla_hours.items():
            if spin.isEnabled():
                await write(set_sla_hours, db, account_id, spin.value())
        await write(write_setting, db, AGENT_SETTING, self.agent_name.text().strip())
        await write(_replace_profiles, db, self._profiles())

    def _profiles(self) -> list:
        from desk.routing.profiles import AgentProfile

        found = []
        for row in range(AGENT_ROWS):
            cells = [(self.agents.item(row, col).text().strip() if self.agents.item(row, col) else "") for col in range(3)]
            if cells[0]:
                found.append(AgentProfile(cells[0], tuple(cells[1].split(",")), tuple(cells[2].split(","))))
        return found




def _replace_profiles(db, profiles: list) -> None:
    from desk.routing.profiles import delete_profile, list_profiles, save_profile

    keep = {p.name for p in profiles}
    for old in list_profiles(db):
        if old.name not in keep:
            delete_profile(db, old.name)
    for profile in profiles:
        save_profile(db, profile)
