"""Order actions as the window runs them (desk.app.orders): the client built from the account's
keyring secrets, the confirm dialog's key reused on Retry, the refreshed order announced."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from desk import secrets
from desk.accounts import save_account
from desk.app import orders
from desk.app.workspace import Workspace
from desk.domain import Channel
from desk.orders.actions import ActionState
from desk.sandbox.shopify import Fault
from desk.storage.ingest import Ingestor
from desk.storage.orders import upsert_orders
from tests.helpers.messages import message
from tests.integration.shopify.shopify_seeds import SHOP, START, TOKEN, admin_for, customer, order, sandbox_host

SHIPPED = order(1001, START, items=3)
UNSHIPPED = order(1002, START, items=2, fulfillments=[], displayFulfillmentStatus="UNFULFILLED")


@pytest.fixture(scope="module")
def host():
    with sandbox_host() as running:
        yield running


@pytest.fixture
def shop(host):
    return host.install([SHIPPED, UNSHIPPED], [customer(7, "alice@example.com")])


@pytest.fixture
def ws(db, host, shop, session_keyring):
    account = save_account(db, Channel.SHOPIFY, "Lumora", {"shop_domain": SHOP, "admin_endpoint": host.url,
                                                            "shopify_auth": "static_token"})
    secrets.store_secret(account, "admin_access_token", TOKEN)
    Ingestor(db).ingest([message(account, f"m{n}", thread=f"t{n}", order_external_id=f"#{n}",
                                 customer_email="alice@example.com") for n in (1001, 1002)])

    async def sync():
        from desk.connectors.shopify import ShopifyOrders

        async with admin_for(host.url) as admin:
            return (await ShopifyOrders(admin, account).pull(None)).orders

    with db.engine.begin() as conn:
        upsert_orders(conn, asyncio.run(sync()))
    workspace = Workspace(db)
    workspace.agent_name = "lena"
    yield workspace
    workspace.executors.shutdown()


def conversation(db, ref: str) -> int:
    return db.fetch_all("SELECT id FROM conversations WHERE order_ref = :r", {"r": ref})[0][0]


def test_a_partial_refund_from_the_suggestion_with_its_key_reused_on_retry(db, ws, shop):
    cid = conversation(db, "#1001")
    menu = asyncio.run(orders.order_actions(ws, cid))
    assert {a.action.value: a.enabled for a in menu.actions}["refund"]
    assert {a.action.value: a.code for a in menu.actions}["cancel"] == "shipped"
    line = SHIPPED["lineItems"][0]["id"]
    preview = asyncio.run(orders.refund_preview(ws, cid, {line: 1}))
    assert (preview.amount, preview.currency) == (Decimal("34.99"), "EUR")
    key = orders.new_action_key()  # made when the confirmation opens
    for fault in (Fault(), Fault(), Fault(truncate=True)):  # order, suggestion, then the refund's answer is cut
        shop.add_fault(fault)
    params = {"lines": {line: 1}, "amount": "20.00"}
    first = asyncio.run(orders.perform_action(ws, cid, "refund", params, key))
    assert first.outcome.state is ActionState.PENDING and not first.changes
    retried = asyncio.run(orders.perform_action(ws, cid, "refund", params, key))  # Retry
    assert retried.outcome.state is ActionState.DONE and retried.changes.touches(cid)
    assert shop.data.actions.refunds_created == 1
    assert db.fetch_all("SELECT status FROM orders WHERE external_id = '#1001'") == [("partially_refunded",)]
    [record] = asyncio.run(orders.action_history(ws, cid))
    assert (record.state, record.actor) == (ActionState.DONE, "lena")


def test_the_return_form_lists_shipped_lines_and_the_stores_reasons(db, ws):
    cid = conversation(db, "#1001")
    form = asyncio.run(orders.return_form(ws, cid))
    assert len(form.lines) == 3 and all(line.returnable == 1 and line.title for line in form.lines)
    assert any(reason.handle == "defective" for reason in form.reasons)
    reason = next(r for r in form.reasons if r.handle == "defective")
    done = asyncio.run(orders.perform_action(ws, cid, "create_return",
                                             {"lines": [[form.lines[0].fulfilled_line_id, 1, reason.id]]},
                                             orders.new_action_key()))
    assert done.outcome.state is ActionState.DONE
    assert len(asyncio.run(orders.return_form(ws, cid)).lines) == 2


def test_requests_that_cannot_be_made_are_refused_with_the_reason(db, ws, accounts):
    with pytest.raises(orders.OrderActionRefused, match="quantities must be positive"):
        asyncio.run(orders.perform_action(ws, conversation(db, "#1001"), "refund", {"lines": {"x": 0}},
                                          orders.new_action_key()))
    Ingestor(db).ingest([message(accounts["whatsapp"], "w1", thread="+491")])
    whatsapp = db.fetch_all("SELECT id FROM conversations WHERE thread_key = '+491'")[0][0]
    menu = asyncio.run(orders.order_actions(ws, whatsapp))
    assert not menu.actions and menu.platform_note
    with pytest.raises(orders.OrderActionRefused, match="not on a Shopify account"):
        asyncio.run(orders.refund_preview(ws, whatsapp))
