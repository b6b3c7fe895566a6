"""ShopifyOrders and ShopifyAdmin against the sandbox on 127.0.0.1: paging, sync cursors, lookups,
throttling with an injected clock, failures, malformed answers, and no token in logs."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest

from desk.connectors.base import AuthFailed, ConnectorError, RateLimited, Unavailable
from desk.connectors.shopify import ShopifyOrders
from desk.sandbox.shopify import Fault, encode_cursor
from tests.integration.shopify.shopify_seeds import (
    START,
    TOKEN,
    FakeClock,
    admin_for,
    customer,
    iso,
    order,
    sandbox_host,
)

ORDERS = [order(1000 + n, START + timedelta(minutes=n)) for n in range(25)]
CUSTOMERS = [customer(7, "alice@example.com"), customer(8, "bob+shop@example.com", "Bob Lee")]
FULL_PAGE_ACTUAL_COST = 2 + 10 * 13  # order 1, total 2, customer 1, lineItems 2+3, fulfillment 2, returns 2


@pytest.fixture(scope="module")
def host():
    with sandbox_host() as running:
        yield running


@pytest.fixture
def clock():
    return FakeClock()


def run(host, clock: FakeClock, scenario: Callable[[ShopifyOrders], Awaitable[Any]], **client_options) -> Any:
    """Run `scenario` with a ShopifyOrders (page size 10) on the host's sandbox and the fake clock."""
    async def main():
        orders = ShopifyOrders(admin_for(host.url, clock=clock, **client_options), account_id=4, page_size=10)
        try:
            return await scenario(orders)
        finally:
            await orders.admin.aclose()
    return asyncio.run(main())


async def outcome(awaitable: Awaitable[Any]) -> Any:
    try:
        return await awaitable
    except ConnectorError as error:
        return error


async def all_pages(orders: ShopifyOrders, since=None) -> list:
    pages, after = [], None
    while True:
        page = await orders.orders_since(since, after)
        pages.append(page)
        if page.next_cursor is None:
            return pages
        after = page.next_cursor


def first_page(orders: ShopifyOrders) -> Awaitable[Any]:
    return outcome(orders.orders_since(None, None))


def test_orders_since_pages_through_every_order_by_update_time(host, clock):
    host.install(ORDERS, CUSTOMERS, clock=clock)
    pages = run(host, clock, all_pages)
    names = [r.external_id for page in pages for r in page.records]
    assert names == [f"#{1000 + n}" for n in range(25)]
    assert [len(page.records) for page in pages] == [10, 10, 5]
    assert [page.newest_updated_at for page in pages] == [START + timedelta(minutes=m) for m in (9, 19, 24)]
    assert all(page.skipped == [] for page in pages)
    assert pages[0].next_cursor and "1009" not in pages[0].next_cursor  # opaque


def test_updated_at_bound_is_inclusive(host, clock):
    host.install(ORDERS, CUSTOMERS, clock=clock)
    page = run(host, clock, lambda orders: orders.orders_since(START + timedelta(minutes=22), None))
    assert [r.external_id for r in page.records] == ["#1022", "#1023", "#1024"]
    assert page.next_cursor is None


def test_pull_cursor_resumes_and_picks_up_later_changes(host, clock):
    state = host.install(ORDERS, CUSTOMERS, clock=clock)

    async def scenario(orders):
        batches, cursor = [], None
        while not batches or batches[-1].more:
            batches.append(await orders.pull(cursor))
            cursor = batches[-1].cursor
        changed = state.data.orders_by_id["gid://shopify/Order/6003"]
        changed["updatedAt"] = iso(START + timedelta(hours=2))
        changed["displayFinancialStatus"] = "REFUNDED"
        return batches, await orders.pull(cursor)

    batches, later = run(host, clock, scenario)
    assert [b.more for b in batches] == [True, True, False]
    assert batches[0].cursor["updated_at"] is None and batches[0].cursor["after"]
    assert batches[-1].cursor == {"updated_at": (START + timedelta(minutes=24)).isoformat(), "after": None}
    assert sum(len(b.orders) for b in batches) == 25
    assert [(r.external_id, r.status) for r in later.orders] == [("#1024", "shipped"), ("#1003", "refunded")]
    assert later.cursor == {"updated_at": (START + timedelta(hours=2)).isoformat(), "after": None}


def test_orders_with_many_line_items_are_completed_by_follow_up_pages(host, clock):
    state = host.install([order(2000, START, items=63)], CUSTOMERS, clock=clock)
    page = run(host, clock, lambda orders: orders.orders_since(None, None))
    [record] = page.records
    assert [item.sku for item in record.items] == [f"RJ-{200000 + i}" for i in range(63)]
    assert [call.operation for call in state.calls] == ["DeskOrdersSince", "DeskOrderLineItems", "DeskOrderLineItems"]


def test_line_item_pages_that_never_end_skip_the_order(host, clock):
    state = host.install([order(2000, START, items=63), order(2001, START)], CUSTOMERS, clock=clock)
    state.add_fault(Fault())  # the orders page itself is answered as is
    same_cursor = encode_cursor(9, 200009)  # after the 10 line items of the first page, again and again
    state.add_fault(Fault(rewrite=rewrite(("data", "order", "lineItems", "pageInfo"),
                                          {"hasNextPage": True, "endCursor": same_cursor})), times=5)
    page = run(host, clock, lambda orders: orders.orders_since(None, None))
    assert [r.external_id for r in page.records] == ["#2001"]
    assert page.skipped == ["Shopify order #2000 skipped: line item pages do not end"]


def test_lookups_by_email(host, clock):
    seeded = ORDERS[:3] + [order(3000, START, email="bob+shop@example.com", customer_number=8)]
    host.install(seeded, CUSTOMERS, clock=clock)

    async def scenario(orders):
        return (await orders.customers_by_email("Bob+Shop@example.com"),
                await orders.orders_for_email("alice@example.com", limit=2),
                await orders.customers_by_email("nobody@example.com"))

    bobs, alices_orders, nobody = run(host, clock, scenario)
    [bob] = bobs
    assert (bob.display_name, bob.email, bob.recent_order_names) == ("Bob Lee", "bob+shop@example.com", ("#3000",))
    assert [r.external_id for r in alices_orders.records] == ["#1002", "#1001"]
    assert alices_orders.next_cursor is not None
    assert nobody == []


def break_two_orders(body):
    body["data"]["orders"]["nodes"][1]["totalPriceSet"] = 12.5
    body["data"]["orders"]["nodes"][2] = None
    return body


def test_a_malformed_order_is_skipped_and_the_rest_kept(host, clock):
    state = host.install(ORDERS[:5], CUSTOMERS, clock=clock)
    state.add_fault(Fault(rewrite=break_two_orders))
    page = run(host, clock, lambda orders: orders.orders_since(None, None))
    assert [r.external_id for r in page.records] == ["#1000", "#1003", "#1004"]
    assert page.skipped == ["Shopify order #1001 skipped: totalPriceSet is missing or not an object",
                            "Shopify order (unnamed) skipped: the order is not an object"]
    assert page.newest_updated_at == START + timedelta(minutes=4)
    # Kept raw for the quarantine, with the same reasons (issue 10: nothing lost).
    assert [(u.kind, u.source, u.reason) for u in page.unreadable] == [
        ("order", "Shopify order #1001", "totalPriceSet is missing or not an object"),
        ("order", "Shopify order (unnamed)", "the order is not an object")]
    assert json.loads(page.unreadable[0].raw)["order"]["name"] == "#1001"


def rewrite(path: tuple, value):
    def apply(body):
        target = body
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return body
    return apply


@pytest.mark.parametrize("fault", [
    Fault(status=500),
    Fault(status=503),
    Fault(truncate=True),
    Fault(rewrite=lambda body: [body]),
    Fault(rewrite=lambda body: {"extensions": body["extensions"]}),
    Fault(rewrite=rewrite(("data", "orders"), "not a connection")),
    Fault(rewrite=rewrite(("data", "orders", "nodes"), {"0": {}})),
    Fault(rewrite=rewrite(("data", "orders", "pageInfo"), None)),
    Fault(rewrite=rewrite(("data", "orders", "pageInfo", "hasNextPage"), "yes")),
    Fault(rewrite=rewrite(("data", "orders", "pageInfo", "endCursor"), None)),
])
def test_unusable_answers_are_unavailable(host, clock, fault):
    state = host.install(ORDERS, CUSTOMERS, clock=clock)
    state.add_fault(fault)

    async def scenario(orders):
        return await first_page(orders), await first_page(orders)

    first, second = run(host, clock, scenario)
    assert type(first) is Unavailable
    assert len(second.records) == 10  # the next request is answered normally


def test_a_garbled_cost_report_is_ignored_not_fatal(host, clock):
    state = host.install(ORDERS, CUSTOMERS, clock=clock)
    state.add_fault(Fault(rewrite=rewrite(("extensions", "cost"), "free")))

    async def scenario(orders):
        return await orders.orders_since(None, None), orders.admin.throttle

    page, throttle = run(host, clock, scenario)
    assert len(page.records) == 10 and throttle is None


def test_timeouts_are_unavailable(host, clock):
    state = host.install(ORDERS, CUSTOMERS, clock=clock)
    state.add_fault(Fault(delay=0.5))
    assert type(run(host, clock, first_page, timeout=0.05)) is Unavailable


def test_wrong_token_is_auth_failed(host, clock):
    host.install(ORDERS, CUSTOMERS, clock=clock)
    assert type(run(host, clock, first_page, token="shpat_revoked")) is AuthFailed


def test_client_tracks_the_bucket_the_sandbox_reports(host, clock):
    state = host.install(ORDERS, CUSTOMERS, clock=clock)

    async def scenario(orders):
        await orders.orders_since(None, None)
        return orders.admin

    admin = run(host, clock, scenario)
    assert admin.last_requested_cost == state.calls[0].requested_cost
    assert admin.last_actual_cost == FULL_PAGE_ACTUAL_COST
    assert admin.throttle.available == state.bucket.status()["currentlyAvailable"] == 1000 - FULL_PAGE_ACTUAL_COST
    assert (admin.throttle.maximum, admin.throttle.restore_rate) == (1000, 50)


def test_client_waits_before_a_query_the_bucket_cannot_pay_for(host, clock):
    state = host.install(ORDERS, CUSTOMERS, clock=clock)
    pages = run(host, clock, all_pages)
    requested = state.calls[0].requested_cost
    assert sum(len(page.records) for page in pages) == 25
    assert not any(call.throttled for call in state.calls)
    # Page 2 fits into the points page 1 left; page 3 finds 1000 - 2 × 132 and waits for the rest.
    assert clock.slept == [pytest.approx((requested - (1000 - 2 * FULL_PAGE_ACTUAL_COST)) / 50, abs=0.02)]


def test_throttled_then_rate_limited_then_success_after_the_restore_time(host, clock):
    state = host.install(ORDERS, CUSTOMERS, clock=clock)
    state.bucket.drain(leave=100)

    async def scenario(orders):
        throttled = await first_page(orders)
        impatient = await first_page(orders)
        clock.advance(throttled.retry_after)
        return throttled, impatient, await orders.orders_since(None, None)

    throttled, impatient, succeeded = run(host, clock, scenario, max_wait=5.0)
    requested = state.calls[0].requested_cost
    assert isinstance(throttled, RateLimited)
    assert throttled.retry_after == pytest.approx((requested - 100) / 50, abs=0.02)
    assert isinstance(impatient, RateLimited)  # known cost, wait > max_wait: not even sent
    assert len(succeeded.records) == 10
    assert [call.throttled for call in state.calls] == [True, False]


def test_429_throttling_is_rate_limited_too(host, clock):
    state = host.install(ORDERS, CUSTOMERS, clock=clock, throttle_status=429)
    state.bucket.drain(leave=0)
    result = run(host, clock, first_page)
    assert isinstance(result, RateLimited) and result.retry_after >= 1


def test_the_access_token_never_appears_in_logs_or_errors(host, clock, caplog):
    caplog.set_level(logging.DEBUG)
    state = host.install(ORDERS, CUSTOMERS, clock=clock)
    for fault in (Fault(status=503), Fault(truncate=True), Fault(rewrite=break_two_orders)):
        state.add_fault(fault)

    async def scenario(orders):
        results = [await first_page(orders) for _ in range(3)]
        state.bucket.drain(leave=0)
        results.append(await first_page(orders))
        wrong = ShopifyOrders(admin_for(host.url, token=TOKEN[::-1]), account_id=4)
        try:
            results.append(await first_page(wrong))
        finally:
            await wrong.admin.aclose()
        return results, repr(orders.admin)

    results, admin_repr = run(host, clock, scenario)
    errors = [r for r in results if isinstance(r, ConnectorError)]
    assert [type(e) for e in errors] == [Unavailable, Unavailable, RateLimited, AuthFailed]
    assert len(results[2].skipped) == 2
    assert caplog.records  # the scan below looked at real log output
    for text in [caplog.text, admin_repr, *map(str, errors), *map(repr, errors), *results[2].skipped]:
        assert TOKEN not in text
