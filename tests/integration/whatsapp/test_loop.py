"""The whole WhatsApp loop on 127.0.0.1: fake Graph API -> signed webhook -> relay -> connector."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk.connectors.base import Rejected
from desk.connectors.whatsapp import WindowClosed
from desk.domain.model import DeliveryState, Direction
from desk.domain.records import OutgoingMessage, Template
from desk.sandbox.whatsapp import request_problem, user_id_for

from tests.unit.desk.whatsapp.stack import ACCESS_TOKEN, get, run, whatsapp_stack

CUSTOMER = "4915112345678"


def reply(text: str = "Your parcel left our warehouse today.", key: str = "outbox-1", **fields) -> OutgoingMessage:
    return OutgoingMessage(account_id=7, conversation_id=1, idempotency_key=key, to=f"+{CUSTOMER}", text=text,
                           **fields)


@pytest.fixture
def stack(tmp_path):
    with whatsapp_stack(tmp_path) as running:
        yield running


def test_a_customer_message_reaches_the_connector_through_the_relay(stack):
    wamid = stack.sandbox.emit_inbound(CUSTOMER, "Jana Novak", "Wo ist meine Bestellung #1001?")
    assert stack.sandbox.webhook_responses == [200]

    async def scenario():
        connector = stack.connector()
        try:
            return await connector.pull(None), await connector.pull({"relay_cursor": 1})
        finally:
            await connector.aclose()

    first, second = run(scenario())
    [message] = first.messages
    assert message.external_id == wamid
    assert (message.thread_key, message.thread_aliases) == (user_id_for(CUSTOMER), (CUSTOMER,))
    assert message.customer_user_id == user_id_for(CUSTOMER)
    assert message.direction is Direction.IN
    assert message.text == "Wo ist meine Bestellung #1001?"
    assert message.customer_name == "Jana Novak"
    assert message.customer_phone == f"+{CUSTOMER}"
    assert abs((datetime.now(UTC) - message.sent_at).total_seconds()) < 120
    assert first.cursor["relay_cursor"] == 1 and not first.more and first.quarantined == []
    assert first.cursor["relay_store"] == stack.relay.store.store_id
    assert second.messages == [] and second.cursor == first.cursor


def test_a_reply_is_sent_as_spec_valid_text_and_its_statuses_come_back(stack):
    stack.sandbox.emit_inbound(CUSTOMER, "Jana Novak", "Hallo?")

    async def scenario():
        connector = stack.connector()
        try:
            batch = await connector.pull(None)
            result = await connector.send(reply())
            statuses = await connector.pull(batch.cursor)
            return result, statuses, await connector.find_sent(reply())
        finally:
            await connector.aclose()

    result, statuses, found = run(scenario())
    [sent] = stack.sandbox.sent
    assert request_problem(sent.payload) is None
    assert sent.payload == {
        "messaging_product": "whatsapp", "recipient_type": "individual", "to": CUSTOMER, "type": "text",
        "text": {"body": "Your parcel left our warehouse today.", "preview_url": False},
        "biz_opaque_callback_data": "outbox-1",
    }
    assert result.external_id == sent.wamid and result.external_id.startswith("wamid.")
    assert result.state is DeliveryState.QUEUED
    assert [(d.external_id, d.state) for d in statuses.deliveries] == [(sent.wamid, DeliveryState.READ)]
    assert (found.external_id, found.state) == (sent.wamid, DeliveryState.READ)


def test_a_template_is_sent_without_an_open_window(stack):
    template = Template("order_update", "de", ("#1001", "DHL 00340434161094015902"))

    async def scenario():
        connector = stack.connector()
        try:
            return await connector.send(reply("", template=template))
        finally:
            await connector.aclose()

    result = run(scenario())
    [sent] = stack.sandbox.sent
    assert request_problem(sent.payload) is None
    assert sent.payload["template"] == {
        "name": "order_update", "language": {"policy": "deterministic", "code": "de"},
        "components": [{"type": "body", "parameters": [
            {"type": "text", "text": "#1001"}, {"type": "text", "text": "DHL 00340434161094015902"}]}],
    }
    assert result.external_id == sent.wamid


def test_free_text_after_the_window_is_refused_before_anything_is_sent(stack):
    stack.sandbox.emit_inbound(CUSTOMER, "Jana Novak", "Danke!", at=datetime.now(UTC) - timedelta(hours=25))

    async def scenario():
        connector = stack.connector()
        try:
            await connector.pull(None)
            with pytest.raises(WindowClosed, match="outside the 24-hour window") as refused:
                await connector.send(reply())
            return refused.value
        finally:
            await connector.aclose()

    refusal = run(scenario())
    assert isinstance(refusal, Rejected) and refusal.closed_at is not None
    assert stack.sandbox.send_requests == 0


def test_a_late_reply_meta_accepts_fails_later_with_131047(stack):
    """The connector has not seen the customer's old message (say, after a restart): Meta decides."""
    stack.sandbox.emit_inbound(CUSTOMER, "Jana Novak", "Danke!", at=datetime.now(UTC) - timedelta(hours=30))

    async def scenario():
        connector = stack.connector()
        try:
            result = await connector.send(reply())
            return result, await connector.pull({"relay_cursor": 1})
        finally:
            await connector.aclose()

    result, batch = run(scenario())
    [failed] = batch.deliveries
    assert (failed.external_id, failed.state) == (result.external_id, DeliveryState.FAILED)
    assert failed.error.startswith("131047 Re-engagement message")


def test_a_late_reply_can_be_refused_synchronously_too(stack):
    stack.sandbox.faults.window_errors_sync = True

    async def scenario():
        connector = stack.connector()
        try:
            await connector.send(reply())
        finally:
            await connector.aclose()

    with pytest.raises(WindowClosed):
        run(scenario())
    assert stack.sandbox.sent == []


def test_find_sent_works_in_a_fresh_connector_that_pulled_from_a_saved_cursor(stack):
    message = reply(template=Template("hello_world", "en_US"), key="outbox-before-restart")

    async def before_restart():
        connector = stack.connector()
        try:
            await connector.send(message)
            return (await connector.pull(None)).cursor
        finally:
            await connector.aclose()

    async def after_restart(cursor):
        connector = stack.connector()
        try:
            await connector.pull(cursor)
            return await connector.find_sent(message)
        finally:
            await connector.aclose()

    found = run(after_restart(run(before_restart())))
    assert found is not None and found.external_id == stack.sandbox.sent[0].wamid


def test_duplicate_and_batched_deliveries(stack):
    stack.sandbox.faults.duplicate_deliveries = True
    wamids = stack.sandbox.emit_inbound_batch([(CUSTOMER, "Jana Novak", "Hallo"), ("33612345678", "Luc", "Bonjour")])
    assert stack.sandbox.webhook_responses == [200, 200]
    assert stack.relay.store.count() == 1

    async def scenario():
        connector = stack.connector()
        try:
            return await connector.pull(None)
        finally:
            await connector.aclose()

    batch = run(scenario())
    assert [(m.external_id, m.thread_key, m.text) for m in batch.messages] == [
        (wamids[0], user_id_for(CUSTOMER), "Hallo"), (wamids[1], user_id_for("33612345678"), "Bonjour")]


def test_a_username_only_customer_is_threaded_by_user_id_and_answered_by_recipient(stack):
    stack.sandbox.emit_inbound(None, "Kai", "hi, any news?", user_id="DE.4471188", username="kai.m")

    async def scenario():
        connector = stack.connector()
        try:
            batch = await connector.pull(None)
            await connector.send(OutgoingMessage(7, 1, "outbox-bsuid", "DE.4471188", "Yes: it ships today."))
            return batch, await connector.pull(batch.cursor)
        finally:
            await connector.aclose()

    batch, statuses = run(scenario())
    [message] = batch.messages
    assert (message.thread_key, message.customer_phone, message.customer_name) == ("DE.4471188", None, "Kai")
    [sent] = stack.sandbox.sent
    assert sent.payload["recipient"] == "DE.4471188" and "to" not in sent.payload
    assert request_problem(sent.payload) is None
    assert statuses.deliveries[0].state is DeliveryState.READ


def test_pull_pages_through_the_relay(stack):
    for n in range(3):
        stack.sandbox.emit_inbound(CUSTOMER, "Jana Novak", f"message {n}")

    async def scenario():
        connector = stack.connector(page_size=2)
        try:
            first = await connector.pull(None)
            return first, await connector.pull(first.cursor)
        finally:
            await connector.aclose()

    first, second = run(scenario())
    assert [m.text for m in first.messages] == ["message 0", "message 1"] and first.more
    assert [m.text for m in second.messages] == ["message 2"] and not second.more
    assert second.cursor["relay_cursor"] == 3


def test_media_sent_by_a_customer_can_be_downloaded(stack):
    picture = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    wamid, media_id = stack.sandbox.emit_inbound_media(CUSTOMER, "Jana Novak", picture, "image/png",
                                                       caption="the box arrived like this")

    async def scenario():
        connector = stack.connector()
        try:
            batch = await connector.pull(None)
            return batch, await connector.graph.download_media(media_id)
        finally:
            await connector.aclose()

    batch, media = run(scenario())
    assert batch.messages[0].text == f"[Image · media {media_id}] the box arrived like this"
    assert (media.data, media.mime_type) == (picture, "image/png")
    url = f"{stack.graph_url}/media-download/{media_id}?expires=9999999999"
    assert get(url).status_code == 401
    expired = f"{stack.graph_url}/media-download/{media_id}?expires=1"
    assert get(expired, headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}).status_code == 404


def test_media_and_quoted_replies_are_sent_as_spec_valid_payloads(stack):
    inbound = stack.sandbox.emit_inbound(CUSTOMER, "Jana Novak", "Can I get the invoice?")

    async def scenario():
        connector = stack.connector()
        try:
            graph = connector.graph
            await graph.send_media(CUSTOMER, "document", link="https://shop.example/invoices/1001.pdf",
                                   caption="Invoice #1001", filename="invoice-1001.pdf", callback_data="outbox-doc")
            media_id = await graph.upload_media(b"\xff\xd8\xff\xe0 a parcel", "image/jpeg", "parcel.jpg")
            await graph.send_media(CUSTOMER, "image", media_id=media_id, caption="Your parcel")
            await graph.send_text(CUSTOMER, "Attached above.", reply_to=inbound)
            return media_id
        finally:
            await connector.aclose()

    media_id = run(scenario())
    document, image, quoted = (sent.payload for sent in stack.sandbox.sent)
    assert all(request_problem(payload) is None for payload in (document, image, quoted))
    assert document["document"] == {"link": "https://shop.example/invoices/1001.pdf", "caption": "Invoice #1001",
                                    "filename": "invoice-1001.pdf"}
    assert image["image"] == {"id": media_id, "caption": "Your parcel"}
    assert stack.sandbox.uploads == [(media_id, "parcel.jpg", "image/jpeg")]
    assert quoted["context"] == {"message_id": inbound}
