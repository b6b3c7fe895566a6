"""The reply box's template picker lists the templates approved in the account's WhatsApp Business
Account (the sandbox, over HTTP), fetched when the agent clicks Refresh, with Meta's real body
filled from the order as the preview and the parameters no fact fills typed by the agent."""

from datetime import UTC, datetime, timedelta

import pytest

from desk import secrets
from desk.accounts import save_account
from desk.domain import Channel, Direction, IncomingMessage
from desk.sandbox.serve import serve_in_thread
from desk.sandbox.whatsapp import create_whatsapp_sandbox, sample_templates
from desk.storage.ingest import Ingestor
from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach

TOKEN = "EAAGpicker9c2d"
WABA_ID = "5467539754836534"


@pytest.fixture
def graph_url():
    sandbox = create_whatsapp_sandbox("http://127.0.0.1:9/webhook", "secret", access_token=TOKEN,
                                      phone_number_id="1122334455667", waba_id=WABA_ID)
    sandbox.set_templates(sample_templates())
    server = serve_in_thread(sandbox)
    yield server.url
    server.stop()


def whatsapp_conversation(db, graph_url: str) -> None:
    account_id = save_account(db, Channel.WHATSAPP, "WhatsApp", {
        "phone_number_id": "1122334455667", "graph_url": graph_url, "relay_url": "http://127.0.0.1:9",
        "waba_id": WABA_ID, "templates": "order_update:de = {{customer_name}} {{order_id}}"})
    secrets.store_secret(account_id, "access_token", TOKEN)
    Ingestor(db).ingest([IncomingMessage(account_id, "wamid.p1", "4915112345678", Direction.IN,
                                         "Hallo, wo bleibt mein Paket? Ich warte seit einer Woche.",
                                         datetime.now(UTC) - timedelta(hours=30), customer_name="Lena",
                                         customer_phone="+4915112345678", language="de")])


def test_refresh_lists_the_approved_templates_with_their_real_text_filled_in(qtbot, aio_loop, db, window,
                                                                             make_workspace, graph_url,
                                                                             session_keyring):
    whatsapp_conversation(db, graph_url)
    panel = window.reading.composer.template_panel

    async def scenario():
        await attach(window, make_workspace(db))
        assistant = window.conversation.assistant
        if not panel.has_choices:  # the typed line, listed once the conversation is open
            await expect(assistant.templates_shown)
        assert panel.templates.count() == 1 and "account gives no text" in panel.preview.text()  # the line alone
        refreshed = expect(assistant.templates_refreshed)
        listed = expect(assistant.templates_shown, lambda count: count == 5)
        panel.refresh_button.click()
        assert (await refreshed)[0].kept == 5
        await listed

    run_async(aio_loop, scenario())
    labels = [panel.templates.itemText(i) for i in range(panel.templates.count())]
    assert "order_update (de)" in labels and "review_request (de)" in labels
    assert not any(label.startswith(("refund_done", "summer_sale")) for label in labels)  # pending, rejected
    assert panel.templates.currentText() == "order_update (de)"  # the buyer's language first
    assert "Hallo Lena, Ihre Bestellung  ist unterwegs" in panel.preview.text()
    assert not panel.template_button.isEnabled()  # order number and tracking number still empty
    assert panel.editors[1].placeholderText() == "needed, e.g. #1001"
    panel.editors[1].setText("#1163")
    panel.editors[2].setText("1Z42")
    assert "Ihre Bestellung #1163 ist unterwegs. Sendungsnummer: 1Z42." in panel.preview.text()
    assert panel.template_button.isEnabled()
    assert "5" in window.reading.composer.notice.text()
