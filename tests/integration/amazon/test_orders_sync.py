"""OrdersClient against the sandbox, both API versions: paging, cursors, mapping, single orders."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from decimal import Decimal

import pytest

from desk.connectors.amazon import OrdersCursor

from .support import make_client, order_ids, pull_all, seed

VERSIONS = ["v0", "2026-01-01"]


def _orders(clock, count: int, **extra) -> list[dict]:
    first = clock.now() - timedelta(days=3)
    return [seed(order_id, first + timedelta(minutes=30 * n), **extra) for n, order_id in enumerate(order_ids(count))]


@pytest.mark.parametrize("version", VERSIONS)
def test_full_sync_pages_through_every_order_once(version, clock, start_sandbox):
    seeds = _orders(clock, 23, items=2)
    sandbox, url = start_sandbox(seeds, items_page_size=1)
    start = clock.now()

    async def scenario():
        async with make_client(url, clock, version=version, page_size=5) as client:
            return await pull_all(client)

    orders, skipped, cursor = asyncio.run(scenario())
    assert skipped == []
    assert [o.external_id for o in orders] == [s["id"] for s in seeds]  # oldest update first, no repeats
    first = orders[0]
    assert (first.account_id, first.status, first.currency) == (7, "shipped", "USD")
    assert first.total == Decimal("37.50")  # 1 x 12.50 + 2 x 12.50
    assert [(i.sku, i.quantity, i.unit_price) for i in first.items] == [
        (f"SKU-{seeds[0]['id'][-3:]}-0", 1, Decimal("12.50")), (f"SKU-{seeds[0]['id'][-3:]}-1", 2, Decimal("12.50"))]
    assert first.buyer_email == seeds[0]["buyer_email"]
    assert first.placed_at == start - timedelta(days=3, hours=2)
    assert cursor["next_token"] is None and cursor["window_end"] is None
    assert cursor["last_updated_after"] == (start - timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    search = "v0.getOrders" if version == "v0" else "2026-01-01.searchOrders"
    assert len(sandbox.responses(search)) == 5  # 23 orders, 5 per page
    if version == "v0":  # 46 item pages: 30 at once from the bucket, then one per 2 s, slept through
        assert len(sandbox.responses("v0.getOrderItems")) == 46
        assert clock.slept == pytest.approx([2.0] * 16)


def test_v0_continuation_pages_send_only_the_token_and_marketplaces(clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 4))

    async def scenario():
        async with make_client(url, clock, version="v0", page_size=2) as client:
            await pull_all(client)

    asyncio.run(scenario())
    first, second = sandbox.responses("v0.getOrders")
    assert {name for name, _ in first.query} == {"MarketplaceIds", "LastUpdatedAfter", "LastUpdatedBefore",
                                                   "MaxResultsPerPage"}
    assert {name for name, _ in second.query} == {"MarketplaceIds", "NextToken"}
    token = dict(second.query)["NextToken"]
    assert {"+", "/", "="} <= set(token)  # survived URL encoding intact


def test_2026_continuation_pages_repeat_the_original_query(clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 4))

    async def scenario():
        async with make_client(url, clock, version="2026-01-01", page_size=2) as client:
            await pull_all(client)

    asyncio.run(scenario())
    first, second = sandbox.responses("2026-01-01.searchOrders")
    assert [q for q in second.query if q[0] != "paginationToken"] == first.query
    assert dict(first.query)["includedData"] == "BUYER,FULFILLMENT,PROCEEDS,PACKAGES"


@pytest.mark.parametrize("version", VERSIONS)
def test_cursor_resumes_and_later_windows_bring_only_changes(version, clock, start_sandbox):
    seeds = _orders(clock, 6)
    sandbox, url = start_sandbox(seeds)

    async def scenario():
        async with make_client(url, clock, version=version, page_size=4) as client:
            first = await client.pull(None)
            assert first.more and len(first.orders) == 4
            # sync stores the cursor, the app restarts, a new client resumes from it
        async with make_client(url, clock, version=version, page_size=4) as client:
            rest, _, cursor = await pull_all(client, json.loads(json.dumps(first.cursor)))
            assert [o.external_id for o in rest] == [s["id"] for s in seeds[4:]]
            requests_before = len(sandbox.responses())
            idle = await client.pull(cursor)  # nothing settled since: no request at all
            assert (idle.orders, idle.more, idle.cursor) == ([], False, cursor)
            assert len(sandbox.responses()) == requests_before
            clock.advance(600)
            changed = dict(seeds[1], status="Canceled", updated=(clock.now() - timedelta(minutes=5)).isoformat())
            sandbox.upsert_order(changed)
            later, _, _ = await pull_all(client, cursor)
            return later

    later = asyncio.run(scenario())
    assert [(o.external_id, o.status) for o in later] == [(seeds[1]["id"], "cancelled")]


@pytest.mark.parametrize("version", VERSIONS)
def test_pending_orders_have_no_total_but_still_sync(version, clock, start_sandbox):
    sandbox, url = start_sandbox([seed(order_ids(1)[0], clock.now() - timedelta(hours=1), status="Pending")])

    async def scenario():
        async with make_client(url, clock, version=version) as client:
            return await pull_all(client)

    (order,), skipped, _ = asyncio.run(scenario())
    assert skipped == []
    assert (order.status, order.total, order.currency, order.buyer_email) == ("pending", Decimal(0), "USD", None)
    assert [i.unit_price for i in order.items] == [Decimal(0)]


def test_2026_orders_carry_packages_as_shipments(clock, start_sandbox):
    updated = clock.now() - timedelta(hours=1)
    shipped = (updated - timedelta(hours=3)).isoformat()
    packages = [{"carrier": "DHL", "tracking_number": "JJD0001", "ship_time": shipped, "status": "DELIVERED"}]
    sandbox, url = start_sandbox([seed(order_ids(1)[0], updated, packages=packages)])

    async def scenario():
        async with make_client(url, clock, version="2026-01-01") as client:
            return await pull_all(client)

    (order,), _, _ = asyncio.run(scenario())
    assert order.status == "delivered"
    (shipment,) = order.shipments
    assert (shipment.carrier, shipment.tracking_number, shipment.status) == ("DHL", "JJD0001", "delivered")
    assert shipment.shipped_at == updated - timedelta(hours=3)


def test_v0_buyer_alias_comes_from_buyer_info_when_get_orders_omits_it(clock, start_sandbox):
    seeds = _orders(clock, 3)
    sandbox, url = start_sandbox(seeds, buyer_info_in_orders=False)

    async def scenario():
        async with make_client(url, clock, version="v0") as client:
            return await pull_all(client)

    orders, _, _ = asyncio.run(scenario())
    assert [(o.buyer_email, o.buyer_name) for o in orders] == [(s["buyer_email"], "Kim") for s in seeds]
    assert len(sandbox.responses("v0.getOrderBuyerInfo")) == 3


def test_v0_without_pii_role_syncs_orders_without_aliases_and_stops_asking(clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 3), buyer_info_in_orders=False, pii_roles=False)

    async def scenario():
        async with make_client(url, clock, version="v0") as client:
            return await pull_all(client)

    orders, skipped, _ = asyncio.run(scenario())
    assert skipped == [] and len(orders) == 3
    assert {o.buyer_email for o in orders} == {None}
    assert len(sandbox.responses("v0.getOrderBuyerInfo")) == 2  # one 403, one retry with a fresh token, no more


@pytest.mark.parametrize("version", VERSIONS)
def test_get_order_by_id(version, clock, start_sandbox):
    seeds = _orders(clock, 2, items=3)
    sandbox, url = start_sandbox(seeds)

    async def scenario():
        async with make_client(url, clock, version=version) as client:
            return await client.get_order(seeds[1]["id"]), await client.get_order("999-9999999-9999999")

    found, missing = asyncio.run(scenario())
    assert found.external_id == seeds[1]["id"] and len(found.items) == 3
    assert missing is None


@pytest.mark.parametrize("version", VERSIONS)
def test_switching_api_version_keeps_the_window_but_drops_foreign_tokens(version, clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 3))
    other = "2026-01-01" if version == "v0" else "v0"
    after = clock.now() - timedelta(days=10)
    stale = OrdersCursor(after, clock.now() - timedelta(days=1), "token-of-the-other-version", other).to_json()

    async def scenario():
        async with make_client(url, clock, version=version) as client:
            return await pull_all(client, stale)

    orders, _, cursor = asyncio.run(scenario())
    assert len(orders) == 3 and cursor["api_version"] == version
