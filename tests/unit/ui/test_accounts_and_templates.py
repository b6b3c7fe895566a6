"""The accounts dialog (secrets to the keyring only) and WhatsApp templates offered past 24 hours."""

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from desk import secrets
from desk.accounts import list_accounts, save_account
from desk.app.replies import ReplyLanguage
from desk.domain import Channel, Direction, IncomingMessage
from desk.storage.ingest import Ingestor
from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach
from ui.accounts.dialog import AccountsDialog
from ui.bridge import Bridge


def accounts_dialog(qtbot, ws):
    dialog = AccountsDialog(ws, Bridge(ws))
    qtbot.addWidget(dialog)
    return dialog


def test_an_account_is_added_with_its_password_in_the_keyring_only(qtbot, aio_loop, db, make_workspace,
                                                                    session_keyring):
    dialog = accounts_dialog(qtbot, make_workspace(db))

    async def scenario():
        dialog.edit_new(Channel.EMAIL)
        values = {"address": "care@lumora.example", "username": "care", "password": "imap-pass-123",
                  "imap_host": "imap.lumora.example", "smtp_host": "smtp.lumora.example"}
        for name, value in values.items():
            dialog.editors[name].setText(value)
        changed = expect(dialog.accounts_changed)
        listed = expect(dialog.listed)
        dialog.save_button.click()
        await changed
        await listed

    run_async(aio_loop, scenario())
    [account] = list_accounts(db)
    assert account.settings["imap_host"] == "imap.lumora.example"
    assert "imap-pass-123" not in json.dumps(account.settings)
    assert secrets.load_secret(account.id, "password") == "imap-pass-123"
    assert dialog.accounts.count() == 1


def test_missing_fields_are_named_in_the_dialog(qtbot, aio_loop, db, make_workspace, session_keyring):
    dialog = accounts_dialog(qtbot, make_workspace(db))

    async def scenario():
        dialog.edit_new(Channel.WHATSAPP)
        shown = expect(dialog.result_shown)
        dialog.save_button.click()
        await shown

    run_async(aio_loop, scenario())
    assert "Phone number id" in dialog.result_label.text()
    assert list_accounts(db) == []


def test_templates_are_offered_when_the_whatsapp_window_has_closed(qtbot, aio_loop, db, window, make_workspace):
    account_id = save_account(db, Channel.WHATSAPP, "WhatsApp", {"templates": "order_update:de\nreturn_label:en"})
    Ingestor(db).ingest([IncomingMessage(account_id, "wamid.1", "4915112345678", Direction.IN,
                                         "Hallo, wo bleibt mein Paket? Ich warte seit einer Woche.",
                                         datetime.now(UTC) - timedelta(hours=30), customer_name="Lena",
                                         customer_phone="+4915112345678", language="de")])
    composer = window.reading.composer
    assistant = None

    async def scenario():
        nonlocal assistant
        await attach(window, make_workspace(db))
        assistant = window.conversation.assistant
        composer.choose_language(ReplyLanguage("de", "de"))
        answered = expect(assistant.answered)
        composer.editor.setPlainText("Ihr Paket ist unterwegs")
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
        outcome = (await answered)[0]
        assert outcome.refused == "blocked" and outcome.templates
        sent = expect(assistant.sent)
        qtbot.mouseClick(composer.template_button, Qt.MouseButton.LeftButton)
        await sent

    run_async(aio_loop, scenario())
    payload = json.loads(db.fetch_all("SELECT payload_json FROM outbox")[0][0])
    assert payload["template"][:2] == ["order_update", "de"]
    assert payload["to"] == "+4915112345678"
    assert "WhatsApp window closed" in window.reading.header.text()


def settings_dialog(qtbot, ws):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ws, Bridge(ws))
    qtbot.addWidget(dialog)
    return dialog


async def loaded(dialog):
    shown = expect(dialog.loaded)
    dialog.load()
    await shown


async def saved(dialog, signal=None):
    done = expect(signal or dialog.saved)
    dialog.save()
    await done


def test_settings_keep_the_provider_key_in_the_keyring_and_the_rest_in_the_workspace(qtbot, aio_loop, db,
                                                                                     make_workspace, session_keyring):
    from desk import settings
    from desk.routing.autoreply import load_rules
    from desk.routing.profiles import AgentProfile, list_profiles
    from desk.translation.settings import load_provider_key, load_translation_settings

    ws = make_workspace(db)
    dialog = settings_dialog(qtbot, ws)
    fields = dialog.fields

    async def scenario():
        await loaded(dialog)
        fields["translation.provider"].widget.setCurrentIndex(fields["translation.provider"].widget.findData("deepl"))
        dialog.api_key.setText("deepl-secret-key:fx")
        fields["agent.language"].widget.setCurrentIndex(fields["agent.language"].widget.findData("zh"))
        dialog.rules.item(0, 1).setCheckState(Qt.CheckState.Checked)
        dialog.agents.setItem(0, 0, QTableWidgetItem("jonas"))
        dialog.agents.setItem(0, 1, QTableWidgetItem("de, en"))
        dialog.agents.setItem(0, 2, QTableWidgetItem("escalation"))
        fields["agent.name"].widget.setText("Li Na")
        await saved(dialog)

    run_async(aio_loop, scenario())
    assert not dialog.error.text()
    assert load_translation_settings(db).provider == "deepl"
    assert settings.get(db, settings.AGENT_LANGUAGE) == "zh"
    assert (ws.agent_name, ws.agent_language) == ("Li Na", "zh")  # the workspace took them up at once
    assert load_provider_key("deepl") == "deepl-secret-key:fx"
    stored = json.dumps(db.fetch_all("SELECT * FROM settings"))
    assert "deepl-secret-key" not in stored and "Li Na" in stored
    assert load_rules(db)["where_is_my_order"].auto_send
    assert list_profiles(db) == [AgentProfile("jonas", ("de", "en"), ("escalation",))]


def test_every_plain_setting_has_a_labelled_field(qtbot, db, make_workspace):
    from desk.app.settings import declarations

    dialog = settings_dialog(qtbot, make_workspace(db))
    plain = [s.key for s in declarations() if s.kind.value != "json"]
    assert plain and set(dialog.fields) == set(plain)
    assert all(dialog.setting_label(key) != key for key in plain)


def test_settings_refuse_a_provider_without_its_required_address(qtbot, aio_loop, db, make_workspace):
    dialog = settings_dialog(qtbot, make_workspace(db))
    provider = dialog.fields["translation.provider"].widget

    async def scenario():
        await loaded(dialog)
        provider.setCurrentIndex(provider.findData("libre"))
        await saved(dialog, dialog.failed)

    run_async(aio_loop, scenario())
    assert "LibreTranslate URL: required" in dialog.error.text()


def test_mail_and_shopify_targets_are_set_per_account_and_platform_ones_are_fixed(qtbot, aio_loop, db, accounts,
                                                                                  make_workspace):
    from desk.accounts import sla_targets
    from tests.helpers.messages import NOW, message

    dialog = settings_dialog(qtbot, make_workspace(db))

    async def scenario():
        await loaded(dialog)
        assert accounts["amazon"] not in dialog.sla_hours  # Amazon's 24 hours are the platform's
        dialog.sla_hours[accounts["email"]].setValue(8)
        await saved(dialog)

    run_async(aio_loop, scenario())
    assert {a: h for a, _n, _c, h in sla_targets(db)}[accounts["email"]] == 8
    Ingestor(db).ingest([message(accounts["email"], "m1", hours_ago=1)], now=NOW)
    due = db.fetch_all("SELECT sla_due_at FROM conversations")[0][0]
    assert due == int(NOW.timestamp()) - 3600 + 8 * 3600


def test_the_glossary_is_edited_in_settings_and_used_by_translations(qtbot, aio_loop, db, make_workspace):
    from desk.domain.languages import LANGUAGES as GLOSSARY_LANGUAGES
    from desk.translation.glossary import load_glossary

    dialog = settings_dialog(qtbot, make_workspace(db))

    async def scenario():
        await loaded(dialog)
        seeded_rows = dialog.glossary.rowCount()
        dialog._add_glossary_row()
        row = dialog.glossary.rowCount() - 1
        for language, term in zip(GLOSSARY_LANGUAGES, ("月光灯", "Moonlight lamp", "lámpara Moonlight", "Mondlicht-Lampe",
                                                        "lampe Moonlight", "lampada Moonlight", "ムーンライトランプ")):
            dialog.glossary.item(row, GLOSSARY_LANGUAGES.index(language)).setText(term)
        for col in range(len(GLOSSARY_LANGUAGES)):  # the agent removes the first seeded term
            dialog.glossary.item(0, col).setText("")
        await saved(dialog)
        return seeded_rows

    seeded_rows = run_async(aio_loop, scenario())
    glossary = load_glossary(db)
    assert len(glossary.concepts) == seeded_rows  # one removed, one added
    protected = glossary.protect("Die Mondlicht-Lampe ist kaputt", "de", "zh")
    assert glossary.restore(protected.text, protected) == "Die 月光灯 ist kaputt"
