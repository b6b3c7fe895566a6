"""The sandbox speaks the published Swagger: its responses validate, and it refuses what the spec forbids."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest

from desk.sandbox.amazon import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN

from .support import US, check_against_spec, make_client, order_ids, pull_all, seed


def _iso(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _seeds(clock) -> list[dict]:
    first = clock.now() - timedelta(days=2)
    statuses = ["Shipped", "Pending", "Unshipped", "Canceled", "PartiallyShipped", "InvoiceUnconfirmed"]
    packages = [{"carrier": "UPS", "tracking_number": "1Z999", "ship_time": first.isoformat(), "status": "IN_TRANSIT"}]
    return [seed(order_id, first + timedelta(minutes=10 * n), status=statuses[n % 6], items=1 + n % 3,
                 packages=packages, seller_order_id=f"S-{n}", deliver_by=(first + timedelta(days=4)).isoformat(),
                 fulfillment="AFN" if n % 4 == 3 else "MFN")
            for n, order_id in enumerate(order_ids(12))]


@pytest.mark.parametrize("version", ["v0", "2026-01-01"])
def test_every_response_to_the_client_validates_against_the_spec(version, clock, start_sandbox):
    seeds = _seeds(clock)
    sandbox, url = start_sandbox(seeds, items_page_size=2, buyer_info_in_orders=False)
    search = "v0.getOrders" if version == "v0" else "2026-01-01.searchOrders"
    sandbox.throttle_next(operation=search)
    sandbox.fail_next(503, operation=search)
    sandbox.fail_next(403, operation=search)

    async def scenario():
        async with make_client(url, clock, version=version, page_size=5) as client:
            for _ in range(3):  # 429, 503, then 403 + retry with a fresh token
                try:
                    await client.pull(None)
                except Exception:  # noqa: BLE001 -- the failures themselves are tested elsewhere
                    clock.advance(600)
            await pull_all(client)
            await client.get_order(seeds[0]["id"])
            await client.get_order("000-0000000-0000000")

    asyncio.run(scenario())
    exchanges = [e for e in sandbox.responses() if e.operation != "lwa"]
    assert {e.status for e in exchanges} == {200, 403, 404, 429, 503}
    if version == "v0":
        assert {e.operation for e in exchanges} == {"v0.getOrders", "v0.getOrder", "v0.getOrderItems",
                                                    "v0.getOrderBuyerInfo"}
    problems = [p for e in exchanges for p in check_against_spec(e)]
    assert problems == []


def test_the_spec_check_itself_catches_a_wrong_shape(clock, start_sandbox):
    sandbox, url = start_sandbox(_seeds(clock))
    sandbox.corrupt(order_ids(1)[0], "orderItems.0.quantityOrdered", "two", api="2026-01-01")

    async def scenario():
        async with make_client(url, clock, version="2026-01-01") as client:
            await pull_all(client)

    asyncio.run(scenario())
    (exchange,) = sandbox.responses("2026-01-01.searchOrders")
    assert any("'two' is not of type 'integer'" in p for p in check_against_spec(exchange))


def test_lwa_answers_form_and_json_bodies(start_sandbox):
    sandbox, url = start_sandbox([])
    fields = {"grant_type": "refresh_token", "refresh_token": DEFAULT_REFRESH_TOKEN, "client_id": DEFAULT_CLIENT_ID,
              "client_secret": DEFAULT_CLIENT_SECRET}
    with httpx.Client(base_url=url) as http:
        as_form = http.post("/auth/o2/token", data=fields)
        as_json = http.post("/auth/o2/token", json=fields)
        unknown = http.post("/auth/o2/token", data={**fields, "refresh_token": "Atzr|nobody"})
        bad_client = http.post("/auth/o2/token", json={**fields, "client_secret": "wrong"})
    for answer in (as_form, as_json):
        assert answer.status_code == 200
        body = answer.json()
        assert body["access_token"].startswith("Atza|") and body["token_type"] == "bearer"
        assert body["expires_in"] == 3600
    assert (unknown.status_code, unknown.json()["error"]) == (400, "invalid_grant")
    assert (bad_client.status_code, bad_client.json()["error"]) == (401, "invalid_client")


def _v0_ok(clock) -> dict:
    return {"MarketplaceIds": US, "LastUpdatedAfter": _iso(clock.now() - timedelta(days=3))}


def _2026_ok(clock) -> dict:
    return {"marketplaceIds": US, "lastUpdatedAfter": _iso(clock.now() - timedelta(days=3))}


def _invalid_v0(clock) -> list[tuple[str, dict]]:
    after, now = clock.now() - timedelta(days=3), clock.now()
    return [
        ("no MarketplaceIds", {"LastUpdatedAfter": _iso(after)}),
        ("no time anchor", {"MarketplaceIds": US}),
        ("two time anchors", {**_v0_ok(clock), "CreatedAfter": _iso(after)}),
        ("created with updated bound", {"MarketplaceIds": US, "CreatedAfter": _iso(after),
                                        "LastUpdatedBefore": _iso(now - timedelta(hours=1))}),
        ("before not 2 minutes ago", {**_v0_ok(clock), "LastUpdatedBefore": _iso(now - timedelta(seconds=30))}),
        ("before earlier than after", {**_v0_ok(clock), "LastUpdatedBefore": _iso(after - timedelta(hours=1))}),
        ("date not ISO 8601", {"MarketplaceIds": US, "LastUpdatedAfter": "01/06/2026"}),
        ("page size 0", {**_v0_ok(clock), "MaxResultsPerPage": "0"}),
        ("page size 101", {**_v0_ok(clock), "MaxResultsPerPage": "101"}),
        ("page size not a number", {**_v0_ok(clock), "MaxResultsPerPage": "ten"}),
        ("unknown status", {**_v0_ok(clock), "OrderStatuses": "Shipped,Lost"}),
        ("unknown channel", {**_v0_ok(clock), "FulfillmentChannels": "XYZ"}),
        ("51 marketplaces", {**_v0_ok(clock), "MarketplaceIds": ",".join([US] * 51)}),
        ("unknown parameter", {**_v0_ok(clock), "MarketplaceId": US}),
        ("SellerOrderId with LastUpdatedAfter", {**_v0_ok(clock), "SellerOrderId": "S-1"}),
        ("undecodable NextToken", {"MarketplaceIds": US, "NextToken": "not-a-token"}),
        ("IsISPU not boolean", {**_v0_ok(clock), "IsISPU": "yes"}),
    ]


def _invalid_2026(clock) -> list[tuple[str, dict]]:
    after, now = clock.now() - timedelta(days=3), clock.now()
    return [
        ("no time anchor", {"marketplaceIds": US}),
        ("two time anchors", {**_2026_ok(clock), "createdAfter": _iso(after)}),
        ("created with updated bound", {"createdAfter": _iso(after),
                                        "lastUpdatedBefore": _iso(now - timedelta(hours=1))}),
        ("updated with created bound", {**_2026_ok(clock), "createdBefore": _iso(now - timedelta(hours=1))}),
        ("before not 2 minutes ago", {**_2026_ok(clock), "lastUpdatedBefore": _iso(now)}),
        ("date-time without time", {"lastUpdatedAfter": "yesterday"}),
        ("fulfillment status not in enum", {**_2026_ok(clock), "fulfillmentStatuses": "SHIPPED,Shipped"}),
        ("fulfilledBy not in enum", {**_2026_ok(clock), "fulfilledBy": "SELLER"}),
        ("includedData not in enum", {**_2026_ok(clock), "includedData": "BUYER,EVERYTHING"}),
        ("page size 101", {**_2026_ok(clock), "maxResultsPerPage": "101"}),
        ("v0 parameter name", {**_2026_ok(clock), "MarketplaceIds": US}),
        ("unknown pagination token", {**_2026_ok(clock), "paginationToken": "abc"}),
    ]


def _get(url: str, token: str, path: str, query: dict) -> httpx.Response:
    with httpx.Client(base_url=url, headers={"x-amz-access-token": token}) as http:
        return http.get(path, params=query)


def _access_token(url: str) -> str:
    with httpx.Client(base_url=url) as http:
        return http.post("/auth/o2/token", data={
            "grant_type": "refresh_token", "refresh_token": DEFAULT_REFRESH_TOKEN,
            "client_id": DEFAULT_CLIENT_ID, "client_secret": DEFAULT_CLIENT_SECRET}).json()["access_token"]


def test_requests_that_break_the_spec_are_invalid_input(clock, start_sandbox):
    sandbox, url = start_sandbox(_seeds(clock))
    token = _access_token(url)
    cases = [("/orders/v0/orders", name, q) for name, q in _invalid_v0(clock)]
    cases += [("/orders/2026-01-01/orders", name, q) for name, q in _invalid_2026(clock)]
    accepted = [name for path, name, q in cases if _get(url, token, path, q).status_code != 400]
    assert accepted == []
    refusals = [e for e in sandbox.responses() if e.operation != "lwa"]
    assert len(refusals) == len(cases)
    assert all(b'"code": "InvalidInput"' in e.body for e in refusals)
    assert [p for e in refusals for p in check_against_spec(e)] == []
    # and the same requests, repaired, pass
    assert _get(url, token, "/orders/v0/orders", _v0_ok(clock)).status_code == 200
    repeated = [("MarketplaceIds", US), ("MarketplaceIds", "A2EUQ1WTGCTBG2"),
                ("LastUpdatedAfter", _iso(clock.now() - timedelta(days=1)))]
    assert _get(url, token, "/orders/v0/orders", repeated).status_code == 200  # repeated keys as well as CSV
    assert _get(url, token, "/orders/2026-01-01/orders", _2026_ok(clock)).status_code == 200


def test_2026_pagination_token_must_come_with_the_original_query(clock, start_sandbox):
    sandbox, url = start_sandbox(_seeds(clock))
    token = _access_token(url)
    query = {**_2026_ok(clock), "maxResultsPerPage": "3", "includedData": "BUYER"}
    first = _get(url, token, "/orders/2026-01-01/orders", query).json()
    assert len(first["orders"]) == 3
    following = first["pagination"]["nextToken"]
    same = {**query, "paginationToken": following, "maxResultsPerPage": "5", "includedData": "FULFILLMENT"}
    other_window = {**same, "lastUpdatedAfter": _iso(clock.now() - timedelta(days=4))}
    assert _get(url, token, "/orders/2026-01-01/orders", same).status_code == 200
    assert _get(url, token, "/orders/2026-01-01/orders", same).status_code == 200  # tokens are reusable
    changed = _get(url, token, "/orders/2026-01-01/orders", other_window)
    assert changed.status_code == 400
    assert "All parameters must match the original request" in changed.json()["errors"][0]["message"]


@pytest.mark.parametrize("header", [None, "Atza|forged"])
def test_calls_without_a_live_token_are_unauthorized(header, clock, start_sandbox):
    sandbox, url = start_sandbox(_seeds(clock))
    headers = {"x-amz-access-token": header} if header else {}
    with httpx.Client(base_url=url, headers=headers) as http:
        answer = http.get("/orders/v0/orders", params=_v0_ok(clock))
    assert answer.status_code == 403
    assert answer.json()["errors"][0]["code"] == "Unauthorized"
    assert "x-amzn-RateLimit-Limit" not in answer.headers and answer.headers["x-amzn-RequestId"]
    assert [p for e in sandbox.responses() for p in check_against_spec(e)] == []


def test_throttled_answers_have_no_retry_after(clock, start_sandbox):
    sandbox, url = start_sandbox(_seeds(clock), usage_plans={"v0.getOrders": (0.0167, 1)})
    token = _access_token(url)
    first = _get(url, token, "/orders/v0/orders", _v0_ok(clock))
    second = _get(url, token, "/orders/v0/orders", _v0_ok(clock))
    assert (first.status_code, second.status_code) == (200, 429)
    assert first.headers["x-amzn-RateLimit-Limit"] == "0.0167"
    assert "retry-after" not in second.headers
    assert second.json() == {"errors": [{"code": "QuotaExceeded",
                                         "message": "You exceeded your quota for the requested resource.",
                                         "details": ""}]}
    clock.advance(60)
    assert _get(url, token, "/orders/v0/orders", _v0_ok(clock)).status_code == 200
