"""Proactive messages about an order through the Messaging API, against the sandbox serving
messaging.json: only the actions Amazon offers, in the buyer's language, files through upload
destinations, once per idempotency key, every answer valid against the spec."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest

from desk.accounts import save_account
from desk.connectors.amazon import AmazonOrdersSettings, Endpoints
from desk.connectors.amazon.messaging import MessagingClient
from desk.connectors.base import Rejected
from desk.domain import Channel
from desk.domain.model import AttachmentData
from desk.orders.actions import ActionState, InvalidAction, action_history, new_idempotency_key
from desk.orders.amazon_messages import proactive_options, send_proactive
from desk.sandbox.amazon import load_spec
from desk.storage.ingest import Ingestor
from tests.helpers.messages import message

from .support import CREDENTIALS, US, check_against_spec, seed

SHIPPED, UNSHIPPED, PENDING = "111-0000001-0000001", "111-0000002-0000002", "111-0000003-0000003"
DE = "A1PA6795UKMFR9"
WARRANTY_PDF = b"%PDF-1.4 warranty terms " * 100


def client_for(url: str, marketplace: str = US) -> MessagingClient:
    return MessagingClient(AmazonOrdersSettings(account_id=7, marketplace_ids=(marketplace,),
                                                endpoints=Endpoints.everything_at(url)), CREDENTIALS)


def run_with(url, use, marketplace: str = US):
    async def scenario():
        client = client_for(url, marketplace)
        try:
            return await use(client)
        finally:
            await client.aclose()
    return asyncio.run(scenario())


@pytest.fixture
def shop(clock, start_sandbox):
    now = clock.now()
    seeds = [seed(SHIPPED, now - timedelta(days=1)), seed(UNSHIPPED, now, status="Unshipped"),
             seed(PENDING, now, status="Pending"),
             seed("302-0000004-0000004", now, marketplace_id=DE, buyer_locale="de-DE")]
    return start_sandbox(seeds, real_time=True)


@pytest.fixture
def conversation(db, accounts, shop):
    _sandbox, url = shop
    account = save_account(db, Channel.AMAZON, "US", {"marketplace_id": US, "spapi_endpoint": url})
    Ingestor(db).ingest([message(account, "<a@x>", "Where is it?", thread="alias|111",
                                 order_external_id=SHIPPED)])
    return db.fetch_all("SELECT id FROM conversations")[0][0]


def test_only_the_offered_types_in_the_buyers_language(shop):
    sandbox, url = shop

    async def ask(client):
        return ({order: await client.offered_types(order) for order in (SHIPPED, UNSHIPPED, PENDING)},
                await client.buyer_locale(SHIPPED))

    offered, locale = run_with(url, ask)
    assert offered[SHIPPED] == ["unexpectedProblem", "legalDisclosure", "invoice", "confirmDeliveryDetails",
                                "warranty"]
    assert "confirmOrderDetails" in offered[UNSHIPPED] and "warranty" not in offered[UNSHIPPED]
    assert offered[PENDING] == [] and locale == "en-US"
    assert run_with(url, lambda c: c.buyer_locale("302-0000004-0000004"), DE) == "de-DE"
    problems = [p for e in sandbox.responses() if e.operation.startswith("messaging.") for p in check_against_spec(e)]
    assert problems == []


def test_a_message_is_sent_once_and_kept_in_the_conversation(db, shop, conversation):
    sandbox, url = shop
    key = new_idempotency_key()
    text = "Due to a warehouse fire, your order ships two days late. We apologise for the delay."

    async def send(client):
        first = await send_proactive(db, conversation, "unexpectedProblem", text=text, idempotency_key=key,
                                     client=client, actor="lena")
        again = await send_proactive(db, conversation, "unexpectedProblem", text=text, idempotency_key=key,
                                     client=client, actor="lena")
        return first, again, await client.offered_types(SHIPPED)

    first, again, offered_after = run_with(url, send)
    assert first.state is ActionState.DONE and again.repeated
    assert sandbox.messaging.sent[SHIPPED][0][:2] == ("unexpectedProblem", {"text": text})
    assert len(sandbox.messaging.sent[SHIPPED]) == 1 and "unexpectedProblem" not in offered_after
    [(body,)] = db.fetch_all("SELECT body_text FROM messages WHERE direction = 'out'")
    assert body == f"[Amazon message: unexpectedProblem] {text}"
    kinds = [k for (k,) in db.fetch_all("SELECT kind FROM audit_events ORDER BY id")]
    assert kinds == ["order_action.requested", "order_action.done"]
    posted = [e for e in sandbox.responses() if e.operation == "messaging.createUnexpectedProblem"]
    assert [e.status for e in posted] == [201] and check_against_spec(posted[0]) == []


def test_a_type_amazon_does_not_offer_and_a_text_against_its_rules_are_refused(db, shop, conversation):
    sandbox, url = shop

    async def refused(client):
        problems = []
        for message_type, text in (("confirmOrderDetails", "Which colour would you like?"),
                                   ("unexpectedProblem", "Mail us at help@shop.example, please."),
                                   ("unexpectedProblem", "Ihre Bestellung verspätet sich leider um zwei Tage.")):
            try:
                await send_proactive(db, conversation, message_type, text=text,
                                     idempotency_key=new_idempotency_key(), client=client)
            except InvalidAction as refusal:
                problems.append(str(refusal))
        return problems

    problems = run_with(url, refused)
    assert "does not offer a confirmOrderDetails message" in problems[0]
    assert "e-mail" in problems[1].lower() or "email" in problems[1].lower()
    assert "language" in problems[2]
    assert SHIPPED not in sandbox.messaging.sent
    assert [r.state for r in action_history(db, conversation)] == [ActionState.FAILED] * 3


def test_a_warranty_goes_with_its_file_through_an_upload_destination(db, shop, conversation, clock):
    sandbox, url = shop
    start = clock.now()
    coverage = (start, start + timedelta(days=730))
    warranty = AttachmentData("warranty.pdf", "application/pdf", WARRANTY_PDF)

    async def send(client):
        return await send_proactive(db, conversation, "warranty", text=None, attachments=[warranty],
                                    coverage=coverage, idempotency_key=new_idempotency_key(), client=client)

    assert run_with(url, send).state is ActionState.DONE
    [(name, body, _at)] = sandbox.messaging.sent[SHIPPED]
    [upload] = sandbox.messaging.uploads.values()
    assert name == "warranty" and upload.data == WARRANTY_PDF and upload.content_type == "application/pdf"
    assert body["attachments"] == [{"uploadDestinationId": next(iter(sandbox.messaging.uploads)),
                                    "fileName": "warranty.pdf"}]
    assert body["coverageStartDate"].endswith("Z")
    assert db.fetch_all("SELECT filename FROM attachments") == [("warranty.pdf",)]


def test_message_limits_are_checked_before_anything_is_sent(shop):
    _sandbox, url = shop

    async def attempts(client):
        results = []
        for kwargs in ({"text": "x" * 2001}, {"text": "hi", "attachments": [AttachmentData("a", "text/plain", b"a")]}):
            try:
                await client.send(SHIPPED, "unexpectedProblem", **kwargs)
            except Rejected as refusal:
                results.append(str(refusal))
        return results

    assert run_with(url, attempts) == ["a unexpectedProblem message takes at most 2000 characters",
                                       "a unexpectedProblem message cannot carry files"]


def test_the_sandbox_follows_the_specs_own_examples_and_refuses_removed_types(shop):
    """messaging.json's x-amzn-api-sandbox request bodies are accepted; negativeFeedbackRemoval
    (removed from the model) answers 404."""
    import httpx

    sandbox, url = shop
    spec = load_spec("messaging")

    async def post_examples(client):
        token = await client._lwa.access_token()
        headers = {"x-amz-access-token": token}
        statuses = {}
        async with httpx.AsyncClient(base_url=url) as http:
            for path, methods in spec["paths"].items():
                post = methods.get("post")
                example = post and post["responses"]["201"].get("x-amzn-api-sandbox", {}).get("static", [])
                body = example[0]["request"]["parameters"].get("body", {}).get("value") if example else None
                if body is None or "attachments" in body:
                    continue
                name = path.rsplit("/", 1)[-1]
                response = await http.post(f"/messaging/v1/orders/{UNSHIPPED}/messages/{name}",
                                           params={"marketplaceIds": US}, json=body, headers=headers)
                statuses[name] = response.status_code
            removed = await http.post(f"/messaging/v1/orders/{UNSHIPPED}/messages/negativeFeedbackRemoval",
                                      params={"marketplaceIds": US}, json={}, headers=headers)
        return statuses, removed.status_code

    statuses, removed = run_with(url, post_examples)
    offered_unshipped = {"confirmOrderDetails", "confirmDeliveryDetails", "confirmCustomizationDetails",
                         "unexpectedProblem"}
    assert {n for n, s in statuses.items() if s == 201} == offered_unshipped & set(statuses)
    assert all(s == 400 for n, s in statuses.items() if n not in offered_unshipped)
    assert removed == 404
    bodies = [json.loads(e.body) for e in sandbox.responses() if e.status == 400]
    assert all(b["errors"][0]["code"] == "InvalidInput" for b in bodies)


def test_the_window_sends_through_the_application_layer_with_the_accounts_keyring_secrets(db, shop, session_keyring):
    """desk.app.orders builds the client from the account's settings and keyring secrets, reads on
    the reader thread, and announces the conversation that now holds the sent message."""
    from desk import secrets
    from desk.app import orders
    from desk.app.workspace import Workspace
    from desk.sandbox.amazon import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN

    sandbox, url = shop
    account = save_account(db, Channel.AMAZON, "US", {"marketplace_id": US, "spapi_endpoint": url,
                                                      "lwa_client_id": DEFAULT_CLIENT_ID})
    secrets.store_secret(account, "lwa_client_secret", DEFAULT_CLIENT_SECRET)
    secrets.store_secret(account, "refresh_token", DEFAULT_REFRESH_TOKEN)
    Ingestor(db).ingest([message(account, "<b@x>", "Where is it?", thread="alias|222", order_external_id=SHIPPED)])
    cid = db.fetch_all("SELECT id FROM conversations WHERE thread_key = 'alias|222'")[0][0]
    ws = Workspace(db)
    try:
        options = asyncio.run(orders.amazon_message_options(ws, cid))
        assert options.buyer_locale == "en-US" and "unexpectedProblem" in [t.name for t in options.types]
        objections = asyncio.run(orders.check_amazon_message(ws, "Mail us at help@shop.example", "en-US"))
        assert objections and objections[0].severity == "block"
        text = "Your parcel was damaged in our warehouse; a new one ships tomorrow."
        result = asyncio.run(orders.send_amazon_message(ws, cid, "unexpectedProblem", text, orders.new_action_key()))
        assert result.outcome.state is ActionState.DONE and result.changes.touches(cid)
        with pytest.raises(orders.OrderActionRefused, match="does not offer"):
            asyncio.run(orders.send_amazon_message(ws, cid, "confirmOrderDetails", "Which colour?",
                                                   orders.new_action_key()))
        menu = asyncio.run(orders.order_actions(ws, cid))
        assert menu.seller_central_url.endswith(SHIPPED) and all(a.code == "amazon" for a in menu.actions)
    finally:
        ws.executors.shutdown()
    assert sandbox.messaging.sent[SHIPPED][0][:2] == ("unexpectedProblem", {"text": text})
