"""ShopifyAdmin: request shape, error mapping and cost-based throttling, over httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest

from desk.connectors.base import AuthFailed, ConnectorError, RateLimited, Rejected, Unavailable
from desk.connectors.shopify import ShopifyAdmin, ThrottleStatus
from desk.connectors.shopify.admin import WAIT_MARGIN
from tests.integration.shopify.shopify_seeds import SHOP, TOKEN, FakeClock

QUERY = "query Shop { shop { name } }"


def cost(requested=1, actual=1, available=999.0, maximum=1000.0, restore=50.0):
    return {"cost": {"requestedQueryCost": requested, "actualQueryCost": actual,
                     "throttleStatus": {"maximumAvailable": maximum, "currentlyAvailable": available,
                                        "restoreRate": restore}}}


def ok(requested=1, available=999.0, **kwargs):
    return httpx.Response(200, json={"data": {"shop": {"name": "Desk"}},
                                     "extensions": cost(requested, requested, available, **kwargs)})


THROTTLED = {"errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}]}


class Script:
    """Answers requests in order and records them."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def run(script: Script, *calls, clock: FakeClock | None = None, **options):
    """Send QUERY once per call on one client; returns the results (or exceptions) and the client."""
    clock = clock or FakeClock()

    async def scenario():
        results = []
        async with ShopifyAdmin(SHOP, TOKEN, transport=httpx.MockTransport(script), clock=clock,
                                sleep=clock.sleep, **options) as admin:
            for variables in calls:
                try:
                    results.append(await admin.query(QUERY, variables))
                except ConnectorError as error:
                    results.append(error)
        return results, admin

    return asyncio.run(scenario())


def test_posts_the_query_to_the_shops_versioned_endpoint_with_the_token_header():
    script = Script(ok())
    (result,), _ = run(script, {"first": 3}, api_version="2026-07")
    request = script.requests[0]
    assert result == {"shop": {"name": "Desk"}}
    assert str(request.url) == f"https://{SHOP}/admin/api/2026-07/graphql.json"
    assert request.headers["X-Shopify-Access-Token"] == TOKEN
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"query": QUERY, "variables": {"first": 3}}


@pytest.mark.parametrize(("answer", "error"), [
    (httpx.Response(401, json={"errors": "[API] Invalid API key or access token"}), AuthFailed),
    (httpx.Response(403, json={"errors": "forbidden"}), AuthFailed),
    (httpx.Response(200, json={"errors": [{"message": "Access denied for orders field.",
                                            "extensions": {"code": "ACCESS_DENIED"}}]}), AuthFailed),
    (httpx.Response(500, json={"errors": "Internal Server Error"}), Unavailable),
    (httpx.Response(502, text="<html>Bad Gateway</html>"), Unavailable),
    (httpx.Response(503, text=""), Unavailable),
    (httpx.Response(302, headers={"Location": "https://elsewhere"}), Unavailable),
    (httpx.ConnectError("connection refused"), Unavailable),
    (httpx.ReadTimeout("timed out"), Unavailable),
    (httpx.RemoteProtocolError("peer closed"), Unavailable),
    (httpx.Response(200, content=b'{"data": {"shop": {"na'), Unavailable),
    (httpx.Response(200, content=b"\xff\xfe not json"), Unavailable),
    (httpx.Response(200, json=["not", "an", "object"]), Unavailable),
    (httpx.Response(200, json={"data": None}), Unavailable),
    (httpx.Response(200, json={"data": "shop"}), Unavailable),
    (httpx.Response(200, json={"errors": [{"message": "Internal error", "extensions": {
        "code": "INTERNAL_SERVER_ERROR"}}]}), Unavailable),
    (httpx.Response(404, json={"errors": "Not Found"}), Rejected),
    (httpx.Response(400, json={"errors": {"query": "Required parameter missing or invalid"}}), Rejected),
    (httpx.Response(200, json={"errors": "weird"}), Rejected),
    (httpx.Response(200, json={"errors": [{"message": "Field 'nope' doesn't exist on type 'Shop'",
                                            "extensions": {"code": "undefinedField"}}]}), Rejected),
])
def test_failures_map_to_connector_errors(answer, error):
    (result,), _ = run(Script(answer), None)
    assert type(result) is error


def test_graphql_errors_are_rejected_with_shopifys_message():
    answer = httpx.Response(200, json={"errors": [{"message": "Field 'nope' doesn't exist on type 'Shop'"}]})
    (result,), _ = run(Script(answer), None)
    assert isinstance(result, Rejected) and "Field 'nope' doesn't exist on type 'Shop'" in str(result)


def test_errors_beside_data_are_a_partial_success(caplog):
    answer = httpx.Response(200, json={"data": {"shop": {"name": None}},
                                       "errors": [{"message": "redacted: protected customer data"}]})
    (result,), _ = run(Script(answer), None)
    assert result == {"shop": {"name": None}}
    assert "protected customer data" in caplog.text


def test_throttled_body_raises_rate_limited_with_the_wait_shopify_implies():
    body = THROTTLED | {"extensions": cost(requested=300, actual=None, available=100.0, restore=50.0)}
    (result,), admin = run(Script(httpx.Response(200, json=body)), None)
    assert isinstance(result, RateLimited) and result.retry_after == pytest.approx(4.0 + WAIT_MARGIN)
    assert admin.throttle.available == 100.0


def test_429_honours_retry_after_or_falls_back_to_the_bucket_numbers():
    with_header = httpx.Response(429, headers={"Retry-After": "2.5"}, json=THROTTLED)
    from_body = httpx.Response(429, json=THROTTLED | {"extensions": cost(200, None, 50.0, restore=100.0)})
    bare = httpx.Response(429, text="slow down")
    results, _ = run(Script(with_header, from_body, bare), None, None, None)
    assert [type(r) for r in results] == [RateLimited] * 3
    assert [r.retry_after for r in results] == [2.5, pytest.approx(1.5 + WAIT_MARGIN), 1.0]


def test_waits_before_a_query_the_bucket_cannot_pay_for_yet():
    clock = FakeClock()
    script = Script(ok(requested=300, available=100.0), ok(requested=300, available=20.0))
    results, admin = run(script, {"first": 5}, {"first": 5}, clock=clock)
    assert clock.slept == [pytest.approx(4.0 + WAIT_MARGIN)]  # (300 - 100) / 50 before the second query
    assert len(script.requests) == 2 and isinstance(admin.throttle, ThrottleStatus)
    assert admin.last_requested_cost == 300


def test_known_costs_are_per_page_size():
    clock = FakeClock()
    script = Script(ok(requested=300, available=100.0), ok(requested=30, available=70.0))
    run(script, {"first": 5}, {"first": 1}, clock=clock)
    assert clock.slept == []  # a query of another size has no known cost yet


def test_a_wait_beyond_max_wait_raises_without_sending():
    script = Script(ok(requested=900, available=0.0))
    results, _ = run(script, None, None, max_wait=5.0)
    assert isinstance(results[1], RateLimited) and results[1].retry_after == pytest.approx(18.0 + WAIT_MARGIN)
    assert len(script.requests) == 1


def test_a_query_larger_than_the_bucket_is_rejected_without_sending():
    script = Script(ok(requested=150, available=100.0, maximum=100.0))
    results, _ = run(script, None, None)
    assert isinstance(results[1], Rejected) and len(script.requests) == 1


def test_throttle_status_restores_over_time_up_to_the_maximum():
    status = ThrottleStatus(maximum=1000, available=100, restore_rate=50, observed_at=10.0)
    assert status.available_at(12.0) == 200
    assert status.available_at(1000.0) == 1000
    assert status.wait_for(300, 10.0) == pytest.approx(4.0)
    assert status.wait_for(50, 10.0) == 0.0


def test_the_token_never_reaches_repr_errors_or_logs(caplog):
    caplog.set_level(logging.DEBUG)
    answers = [httpx.Response(401, json={"errors": "bad token"}), httpx.ConnectError(f"boom {TOKEN}"),
               httpx.ReadTimeout("slow"), httpx.Response(500, text=TOKEN),
               httpx.Response(200, json=THROTTLED | {"extensions": cost(10, None, 0.0)}), ok()]
    results, admin = run(Script(*answers), *[None] * len(answers))
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 5
    for error in errors:
        assert TOKEN not in str(error) and TOKEN not in repr(error)
        # no chained httpx error: its request object carries the token header
        assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)
    assert TOKEN not in repr(admin)
    assert TOKEN not in caplog.text


@pytest.mark.parametrize("shop", ["", "https://desk-test.myshopify.com", "desk-test.myshopify.com/admin"])
def test_shop_must_be_a_bare_domain(shop):
    with pytest.raises(ValueError):
        ShopifyAdmin(shop, TOKEN)
