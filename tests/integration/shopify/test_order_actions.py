"""Order actions from the sidebar against the Shopify sandbox (every request validated against the
2026-10 schema): what each order allows, refunds from the suggested refund, cancellation, returns,
notes and tags; each done once per idempotency key, reconciled after lost answers, and audited."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import pytest

from desk.accounts import save_account
from desk.connectors.shopify.actions import ShopifyOrderActions
from desk.domain import Channel
from desk.orders.actions import (
    Action,
    ActionState,
    InvalidAction,
    action_history,
    available_actions,
    new_idempotency_key,
    perform,
    preview_refund,
    return_reasons,
    seller_central_order_url,
)
from desk.sandbox.shopify import Fault
from desk.storage.ingest import Ingestor
from desk.storage.orders import upsert_orders
from tests.helpers.messages import message
from tests.integration.shopify.shopify_seeds import START, admin_for, customer, order, sandbox_host

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
def conversations(db, accounts, host, shop):
    """A conversation per seeded order, with the order synced into the cache."""
    account = accounts["shopify"]
    Ingestor(db).ingest([message(account, f"m{n}", thread=f"t{n}", order_external_id=f"#{n}",
                                 customer_email="alice@example.com") for n in (1001, 1002)])

    async def sync():
        from desk.connectors.shopify import ShopifyOrders

        async with admin_for(host.url) as admin:
            return (await ShopifyOrders(admin, account).pull(None)).orders

    with db.engine.begin() as conn:
        upsert_orders(conn, asyncio.run(sync()))
    rows = db.fetch_all("SELECT order_ref, id FROM conversations")
    return {ref: cid for ref, cid in rows}


def act(db, host, conversation_id, action, params, key=None, **options):
    async def scenario():
        client = ShopifyOrderActions(admin_for(host.url, timeout=options.pop("timeout", 30.0)))
        try:
            return await perform(db, conversation_id, action, params, key or new_idempotency_key(), client=client,
                                 actor="lena", **options)
        finally:
            await client.aclose()
    return asyncio.run(scenario())


def with_client(host, use):
    async def scenario():
        client = ShopifyOrderActions(admin_for(host.url))
        try:
            return await use(client)
        finally:
            await client.aclose()
    return asyncio.run(scenario())


def audit_kinds(db):
    return [kind for (kind,) in db.fetch_all("SELECT kind FROM audit_events ORDER BY id")]


def cached(db, name, what):
    return db.fetch_all(f"SELECT {what} FROM orders WHERE external_id = :n", {"n": name})[0]


def test_the_menu_follows_the_order(db, conversations):
    shipped = {a.action: a for a in available_actions(db, conversations["#1001"]).actions}
    unshipped = {a.action: a for a in available_actions(db, conversations["#1002"]).actions}
    assert shipped[Action.REFUND].enabled and shipped[Action.CREATE_RETURN].enabled
    assert not shipped[Action.CANCEL].enabled and "shipped" in shipped[Action.CANCEL].reason
    assert unshipped[Action.CANCEL].enabled and not unshipped[Action.CREATE_RETURN].enabled
    assert all(shipped[a].enabled and unshipped[a].enabled for a in (Action.ADD_NOTE, Action.ADD_TAG))


def test_a_partial_refund_starts_from_the_suggestion_and_happens_once(db, host, shop, conversations):
    first_line = SHIPPED["lineItems"][0]["id"]
    preview = with_client(host, lambda client: preview_refund(client, "#1001", {first_line: 1}))
    assert (preview.amount, preview.currency, preview.maximum) == (Decimal("34.99"), "EUR", Decimal("104.97"))
    assert [(line.suggested, line.refundable) for line in preview.lines] == [(1, 1), (0, 1), (0, 1)]
    key = new_idempotency_key()
    params = {"lines": {first_line: 1}, "amount": "20.00", "note": "scratched lamp base"}
    outcome = act(db, host, conversations["#1001"], Action.REFUND, params, key)
    assert outcome.state is ActionState.DONE and outcome.result["amount"] == "20.00" and not outcome.repeated
    again = act(db, host, conversations["#1001"], Action.REFUND, params, key)
    assert again.repeated and again.result == outcome.result
    assert shop.data.actions.refunds_created == 1
    assert cached(db, "#1001", "status") == ("partially_refunded",)
    assert db.fetch_all("SELECT amount, reason FROM refunds") == [(20.0, "scratched lamp base")]
    assert audit_kinds(db) == ["order_action.requested", "order_action.done"]
    detail = json.loads(db.fetch_all("SELECT detail_json FROM audit_events ORDER BY id DESC")[0][0])
    assert detail["key"] == key and detail["result"]["amount"] == "20.00"


def test_a_refund_whose_answer_is_lost_is_reconciled_not_paid_twice(db, host, shop, conversations):
    for fault in (Fault(), Fault(), Fault(truncate=True)):  # order, suggestion, then the refund's answer is cut
        shop.add_fault(fault)
    key = new_idempotency_key()
    params = {"full": True, "note": "never arrived"}
    lost = act(db, host, conversations["#1001"], Action.REFUND, params, key)
    assert lost.state is ActionState.PENDING and shop.data.actions.refunds_created == 1
    assert "order_action.interrupted" in audit_kinds(db)
    [pending] = action_history(db, conversations["#1001"])
    assert pending.state is ActionState.PENDING
    finished = act(db, host, conversations["#1001"], Action.REFUND, params, key)
    assert finished.state is ActionState.DONE and finished.result["reconciled"] is True
    assert shop.data.actions.refunds_created == 1
    assert cached(db, "#1001", "status") == ("refunded",)


def test_shopify_itself_refuses_a_second_refund_with_the_same_key(host, shop):
    async def twice(client):
        order_now = await client.order("#1001")
        suggestion = await client.suggested_refund(order_now.id, full=True)
        first = await client.refund(order_now, suggestion, Decimal("10"), note="", notify=False, restock=False,
                                    key="k-1")
        second = await client.refund(order_now, suggestion, Decimal("10"), note="", notify=False, restock=False,
                                     key="k-1")
        return first, second

    first, second = with_client(host, twice)
    assert first == second and shop.data.actions.refunds_created == 1


def test_a_refund_above_the_suggestion_fails_with_the_reason_and_stays_failed(db, host, shop, conversations):
    first_line = SHIPPED["lineItems"][0]["id"]
    key = new_idempotency_key()
    params = {"lines": {first_line: 1}, "amount": "50.00"}
    failed = act(db, host, conversations["#1001"], Action.REFUND, params, key)
    assert failed.state is ActionState.FAILED and "suggested refund of 34.99" in failed.error
    assert act(db, host, conversations["#1001"], Action.REFUND, params, key).repeated
    assert shop.data.actions.refunds_created == 0
    assert audit_kinds(db)[-1] == "order_action.failed"


def test_an_unfulfilled_order_is_cancelled_and_a_fulfilled_one_refused(db, host, shop, conversations):
    done = act(db, host, conversations["#1002"], Action.CANCEL, {"reason": "customer", "staff_note": "asked by mail"})
    assert done.state is ActionState.DONE
    assert cached(db, "#1002", "status") == ("cancelled",)
    refused = act(db, host, conversations["#1001"], Action.CANCEL, {"reason": "CUSTOMER"})
    assert refused.state is ActionState.FAILED and "fulfillments" in refused.error


def test_a_return_is_created_for_shipped_items_with_the_stores_reason(db, host, shop, conversations):
    reasons = with_client(host, return_reasons)
    defective = next(r for r in reasons if r.handle == "defective")
    order_now = with_client(host, lambda client: client.order("#1001"))
    line = order_now.fulfilled[1]
    params = {"lines": [[line.id, 1, defective.id]], "note": "flickers"}
    key = new_idempotency_key()
    created = act(db, host, conversations["#1001"], Action.CREATE_RETURN, params, key)
    assert created.state is ActionState.DONE and created.result["name"] == "#1001-R1"
    assert db.fetch_all("SELECT reason, status, rma FROM returns") == [("defective", "authorized", "#1001-R1")]
    too_many = act(db, host, conversations["#1001"], Action.CREATE_RETURN, params)
    assert too_many.state is ActionState.FAILED and "0 of that item" in too_many.error
    assert len(shop.data.orders_by_id[SHIPPED["id"]]["returns"]) == 1


def test_a_return_created_while_desk_was_cut_off_is_found_not_doubled(db, host, shop, conversations):
    reasons = with_client(host, return_reasons)
    order_now = with_client(host, lambda client: client.order("#1001"))
    params = {"lines": [[order_now.fulfilled[0].id, 1, reasons[0].id]]}
    key = new_idempotency_key()
    shop.add_fault(Fault())
    shop.add_fault(Fault(truncate=True))  # Shopify creates the return; its answer is cut off on the way
    assert act(db, host, conversations["#1001"], Action.CREATE_RETURN, params, key).state is ActionState.PENDING
    order_id = SHIPPED["id"]
    assert len(shop.data.orders_by_id[order_id]["returns"]) == 1
    finished = act(db, host, conversations["#1001"], Action.CREATE_RETURN, params, key)
    assert finished.state is ActionState.DONE and finished.result["reconciled"] is True
    assert len(shop.data.orders_by_id[order_id]["returns"]) == 1


def test_notes_are_appended_once_per_key_and_tags_added(db, host, shop, conversations):
    key = new_idempotency_key()
    act(db, host, conversations["#1001"], Action.ADD_NOTE, {"text": "Customer called, wants a refund."}, key)
    act(db, host, conversations["#1001"], Action.ADD_NOTE, {"text": "Customer called, wants a refund."}, key)
    act(db, host, conversations["#1001"], Action.ADD_NOTE, {"text": "Refund approved."})
    act(db, host, conversations["#1001"], Action.ADD_TAG, {"tags": ["vip", "damaged"]})
    seeded = shop.data.orders_by_id[SHIPPED["id"]]
    assert seeded["note"] == "Customer called, wants a refund.\nRefund approved."
    assert seeded["tags"] == ["vip", "damaged"]


def test_a_platform_outage_leaves_the_action_pending_until_it_is_finished(db, host, shop, conversations):
    shop.add_fault(Fault(status=503))
    key = new_idempotency_key()
    pending = act(db, host, conversations["#1001"], Action.ADD_TAG, {"tags": ["late"]}, key)
    assert pending.state is ActionState.PENDING and "503" in pending.error
    done = act(db, host, conversations["#1001"], Action.ADD_TAG, {"tags": ["late"]}, key)
    assert done.state is ActionState.DONE and shop.data.orders_by_id[SHIPPED["id"]]["tags"] == ["late"]


def test_bad_requests_are_refused_before_anything_is_recorded(db, host, conversations):
    cid = conversations["#1001"]
    key = new_idempotency_key()
    with pytest.raises(InvalidAction):
        act(db, host, cid, Action.CANCEL, {"reason": "BORED"})
    with pytest.raises(InvalidAction):
        act(db, host, cid, Action.ADD_TAG, {"tags": ["a,b"]})
    act(db, host, cid, Action.ADD_TAG, {"tags": ["x"]}, key)
    with pytest.raises(InvalidAction, match="another action"):
        act(db, host, cid, Action.ADD_TAG, {"tags": ["y"]}, key)
    assert [r.params for r in action_history(db, cid)] == [{"tags": ["x"]}]


def test_amazon_orders_say_plainly_what_cannot_be_done_and_link_seller_central(db, accounts, host):
    account = save_account(db, Channel.AMAZON, "DE", {"marketplace_id": "A1PA6795UKMFR9"})
    Ingestor(db).ingest([message(account, "a1", thread="a", order_external_id="302-1234567-7654321")])
    cid = db.fetch_all("SELECT id FROM conversations WHERE account_id = :a", {"a": account})[0][0]
    menu = available_actions(db, cid)
    assert not any(a.enabled for a in menu.actions)
    assert "Selling Partner API has no call to refund" in menu.platform_note
    assert menu.seller_central_url == "https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321"
    assert seller_central_order_url("A1VC38T7YXB528", "503-1-2").startswith("https://sellercentral.amazon.co.jp/")
    with pytest.raises(InvalidAction):
        act(db, host, cid, Action.ADD_NOTE, {"text": "x"})

