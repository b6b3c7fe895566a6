"""What the client does when LWA or SP-API misbehave: every failure is a connector error, never a crash."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from desk.connectors.amazon.spapi import AccessDenied
from desk.connectors.base import AuthFailed, RateLimited, Unavailable
from desk.sandbox.amazon import DEFAULT_REFRESH_TOKEN, DELETE
from desk.sandbox.serve import free_port

from .support import make_client, order_ids, pull_all, seed

VERSIONS = ["v0", "2026-01-01"]
SEARCH = {"v0": "v0.getOrders", "2026-01-01": "2026-01-01.searchOrders"}


def _orders(clock, count: int) -> list[dict]:
    first = clock.now() - timedelta(days=2)
    return [seed(order_id, first + timedelta(minutes=10 * n)) for n, order_id in enumerate(order_ids(count))]


async def _pull_through_throttling(client, clock) -> tuple[list, list[float]]:
    """Pull everything; on RateLimited wait (on the fake clock) as long as told, like sync would."""
    waits, orders, cursor = [], [], None
    for _ in range(50):
        try:
            batch = await client.pull(cursor)
        except RateLimited as limited:
            waits.append(limited.retry_after)
            clock.advance(limited.retry_after)
            continue
        orders += batch.orders
        cursor = batch.cursor
        if not batch.more:
            return orders, waits
    raise AssertionError("never finished")


@pytest.mark.parametrize("version", VERSIONS)
def test_429_storm_backs_off_from_the_known_rate_then_succeeds(version, clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 3))
    sandbox.throttle_next(times=3, operation=SEARCH[version])

    async def scenario():
        async with make_client(url, clock, version=version) as client:
            return await _pull_through_throttling(client, clock)

    orders, waits = asyncio.run(scenario())
    assert len(orders) == 3
    base = 1 / (0.0167 if version == "v0" else 0.0056)
    jitter = 1.125  # rand() = 0.5 with 25 % jitter
    assert waits == pytest.approx([base * jitter, 2 * base * jitter, 4 * base * jitter])
    statuses = [e.status for e in sandbox.responses(SEARCH[version])]
    assert statuses == [429, 429, 429, 200]


def test_server_with_a_smaller_burst_than_documented_is_followed(clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 6), usage_plans={"v0.getOrders": (0.0167, 2)})

    async def scenario():
        async with make_client(url, clock, version="v0", page_size=1) as client:
            return await _pull_through_throttling(client, clock)

    orders, waits = asyncio.run(scenario())
    assert len(orders) == 6 and waits  # throttled after two pages, resumed after the back-off
    assert all(w >= 59.88 for w in waits)


def test_local_bucket_says_wait_before_the_server_has_to(clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 22))

    async def scenario():
        async with make_client(url, clock, version="v0", page_size=1) as client:
            return await _pull_through_throttling(client, clock)

    orders, waits = asyncio.run(scenario())
    assert len(orders) == 22
    assert [e.status for e in sandbox.responses("v0.getOrders")] == [200] * 22  # no 429 ever provoked
    assert waits == pytest.approx([59.88, 59.88], abs=0.01)  # a burst of 20, then one a minute (1 / 0.0167 s)


def test_short_back_offs_are_slept_through_inside_a_page(clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 2))
    sandbox.throttle_next(times=2, operation="v0.getOrderItems")

    async def scenario():
        async with make_client(url, clock, version="v0") as client:
            return await pull_all(client)

    orders, _, _ = asyncio.run(scenario())
    assert len(orders) == 2
    # two back-offs after 429s, then the next order's items at the documented pace (0.5 req/s)
    assert clock.slept == pytest.approx([2 * 1.125, 4 * 1.125, 2.0])


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_unavailable_and_the_retry_succeeds(version, status, clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 2))
    sandbox.fail_next(status, operation=SEARCH[version])

    async def scenario():
        async with make_client(url, clock, version=version) as client:
            with pytest.raises(Unavailable, match=f"HTTP {status}"):
                await client.pull(None)
            return await pull_all(client)

    orders, _, _ = asyncio.run(scenario())
    assert len(orders) == 2


def test_a_response_slower_than_the_timeout_is_unavailable(start_sandbox):
    sandbox, url = start_sandbox(_orders_real_time(), real_time=True)
    sandbox.slow_next(10, operation="2026-01-01.searchOrders")

    async def scenario():
        async with make_client(url, None, version="2026-01-01", timeout=0.3) as client:
            with pytest.raises(Unavailable, match="did not answer within 0.3 s"):
                await client.pull(None)
            return await pull_all(client)

    orders, _, _ = asyncio.run(scenario())
    assert len(orders) == 1


def _orders_real_time() -> list[dict]:
    return [seed(order_ids(1)[0], datetime.now(UTC) - timedelta(hours=1))]


def test_nothing_listening_is_unavailable():
    async def scenario():
        async with make_client(f"http://127.0.0.1:{free_port()}", None, version="v0") as client:
            await client.pull(None)

    with pytest.raises(Unavailable, match="unreachable"):
        asyncio.run(scenario())


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("fault", ["truncate_next", "wrong_types_next"])
def test_malformed_whole_responses_are_unavailable(version, fault, clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 2))
    getattr(sandbox, fault)(operation=SEARCH[version])

    async def scenario():
        async with make_client(url, clock, version=version) as client:
            with pytest.raises(Unavailable):
                await client.pull(None)
            return await pull_all(client)

    orders, _, _ = asyncio.run(scenario())
    assert len(orders) == 2


@pytest.mark.parametrize("fault", ["truncate_next", "wrong_types_next", "huge_next"])
def test_malformed_item_responses_are_unavailable(fault, clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 2))
    getattr(sandbox, fault)(operation="v0.getOrderItems")

    async def scenario():
        async with make_client(url, clock, version="v0", max_body_bytes=1024 * 1024) as client:
            await client.pull(None)

    with pytest.raises(Unavailable):
        asyncio.run(scenario())


@pytest.mark.parametrize("version", VERSIONS)
def test_huge_bodies_are_cut_off(version, clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 1))
    sandbox.huge_next(8 * 1024 * 1024, operation=SEARCH[version])

    async def scenario():
        async with make_client(url, clock, version=version, max_body_bytes=1024 * 1024) as client:
            await client.pull(None)

    with pytest.raises(Unavailable, match="larger than 1048576 bytes"):
        asyncio.run(scenario())


@pytest.mark.parametrize("version", VERSIONS)
def test_token_expiring_mid_run_is_renewed_and_the_run_continues(version, clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 6))

    async def scenario():
        async with make_client(url, clock, version=version, page_size=2) as client:
            first = await client.pull(None)
            sandbox.expire_access_tokens()  # Amazon drops the token earlier than its expires_in said
            rest, _, _ = await pull_all(client, first.cursor)
            return first.orders + rest

    orders = asyncio.run(scenario())
    assert len(orders) == 6
    assert sandbox.token_requests == 2
    assert [e.status for e in sandbox.responses(SEARCH[version])] == [200, 403, 200, 200]


def test_token_lifetime_runs_out_on_the_clock_and_is_renewed_before_use(clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 4), token_ttl=3600)

    async def scenario():
        async with make_client(url, clock, version="2026-01-01", page_size=2) as client:
            first = await client.pull(None)
            clock.advance(3600 - 59)  # inside the last minute: renewed before the next call
            rest, _, _ = await pull_all(client, first.cursor)
            return first.orders + rest

    assert len(asyncio.run(scenario())) == 4
    assert sandbox.token_requests == 2
    assert 403 not in {e.status for e in sandbox.responses()}


def test_403_with_a_fresh_token_is_auth_failed(clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 1))
    sandbox.fail_next(403, times=2, operation="2026-01-01.searchOrders")

    async def scenario():
        async with make_client(url, clock, version="2026-01-01") as client:
            await client.pull(None)

    with pytest.raises(AccessDenied, match="HTTP 403 Unauthorized"):
        asyncio.run(scenario())
    assert sandbox.token_requests == 2  # one retry with a fresh token, then give up


@pytest.mark.parametrize("version", VERSIONS)
def test_revoked_authorisation_is_auth_failed(version, clock, start_sandbox):
    sandbox, url = start_sandbox(_orders(clock, 1))
    sandbox.revoke(DEFAULT_REFRESH_TOKEN)

    async def scenario():
        async with make_client(url, clock, version=version) as client:
            await client.pull(None)

    with pytest.raises(AuthFailed, match="invalid_grant"):
        asyncio.run(scenario())


@pytest.mark.parametrize(("version", "path", "value", "reason"), [
    ("v0", "PurchaseDate", "yesterday", "PurchaseDate is not ISO 8601"),
    ("v0", "OrderStatus", 7, "OrderStatus missing or not a string"),
    ("v0", "OrderTotal.Amount", "12,50", "OrderTotal.Amount is not a decimal"),
    ("2026-01-01", "orderItems.0.quantityOrdered", "2", "quantityOrdered is not a non-negative integer"),
    ("2026-01-01", "createdTime", None, "createdTime is not a date-time string"),
    ("2026-01-01", "proceeds.grandTotal.currencyCode", "dollars", "grandTotal.currencyCode is not an ISO 4217"),
])
def test_a_malformed_order_is_skipped_and_the_rest_of_the_page_syncs(version, path, value, reason, clock,
                                                                     start_sandbox):
    seeds = _orders(clock, 3)
    sandbox, url = start_sandbox(seeds)
    sandbox.corrupt(seeds[1]["id"], path, value, api=version)

    async def scenario():
        async with make_client(url, clock, version=version) as client:
            return await pull_all(client)

    orders, skipped, _ = asyncio.run(scenario())
    assert [o.external_id for o in orders] == [seeds[0]["id"], seeds[2]["id"]]
    (line,) = skipped
    assert line.startswith(f"Amazon order {seeds[1]['id']}: ") and reason in line


def test_a_malformed_order_is_quarantined_raw_and_read_again_once_it_reads(clock, start_sandbox):
    import json

    from desk.accounts import AccountInfo
    from desk.connectors.registry import reread
    from desk.domain import Channel

    seeds = _orders(clock, 2)
    sandbox, url = start_sandbox(seeds)
    sandbox.corrupt(seeds[1]["id"], "createdTime", None, api="2026-01-01")

    async def scenario():
        async with make_client(url, clock, version="2026-01-01") as client:
            return await client.pull(None)

    batch = asyncio.run(scenario())
    [held] = batch.quarantined
    payload = json.loads(held.raw)
    assert (held.kind, payload["api"], payload["order"]["orderId"]) == ("order", "2026-01-01", seeds[1]["id"])
    account = AccountInfo(1, Channel.AMAZON, "Amazon", {"marketplace_id": "ATVPDKIKX0DER"})
    with pytest.raises(ValueError, match="createdTime"):
        reread(account, "order", held.raw)
    payload["order"]["createdTime"] = payload["order"]["lastUpdatedTime"]  # as a fixed parser would read it
    [order] = reread(account, "order", json.dumps(payload).encode()).orders
    assert order.external_id == seeds[1]["id"]


def test_a_malformed_v0_item_skips_its_order(clock, start_sandbox):
    seeds = _orders(clock, 2)
    sandbox, url = start_sandbox(seeds)
    sandbox.corrupt(seeds[0]["id"], "0.QuantityOrdered", DELETE, part="items")

    async def scenario():
        async with make_client(url, clock, version="v0") as client:
            return await pull_all(client)

    orders, skipped, _ = asyncio.run(scenario())
    assert [o.external_id for o in orders] == [seeds[1]["id"]]
    assert skipped == [f"Amazon order {seeds[0]['id']}: QuantityOrdered is not a non-negative integer"]


def test_an_expired_pagination_token_rereads_the_window(clock, start_sandbox):
    seeds = _orders(clock, 4)
    sandbox, url = start_sandbox(seeds)

    async def scenario():
        async with make_client(url, clock, version="2026-01-01", page_size=2) as client:
            first = await client.pull(None)
            clock.advance(25 * 3600)  # tokens live 24 h
            rest, _, _ = await pull_all(client, first.cursor)
            return first.orders, rest

    first, rest = asyncio.run(scenario())
    assert [o.external_id for o in first] == [s["id"] for s in seeds[:2]]
    assert [o.external_id for o in rest] == [s["id"] for s in seeds]  # whole window again: upserts absorb it
    assert [e.status for e in sandbox.responses("2026-01-01.searchOrders")] == [200, 400, 200, 200]
