"""Seed orders and customers for the Shopify sandbox, a fake clock, and a running sandbox."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from desk.connectors.shopify import ShopifyAdmin
from desk.sandbox.serve import serve_in_thread
from desk.sandbox.shopify import ShopifySandbox, create_shopify_sandbox

TOKEN = "shpat_test_5ecret_d0_not_leak_42"
SHOP = "desk-test.myshopify.com"
START = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def money(amount: str, currency: str = "EUR") -> dict[str, Any]:
    return {"shopMoney": {"amount": amount, "currencyCode": "USD"},
            "presentmentMoney": {"amount": amount, "currencyCode": currency}}


def customer(number: int, email: str, name: str = "Alice Martin") -> dict[str, Any]:
    first, _, last = name.partition(" ")
    return {"id": f"gid://shopify/Customer/{number}", "displayName": name, "firstName": first, "lastName": last,
            "defaultEmailAddress": {"emailAddress": email}, "defaultPhoneNumber": None, "updatedAt": iso(START)}


def order(number: int, updated_at: datetime, *, email: str = "alice@example.com", customer_number: int | None = 7,
          items: int = 1, **overrides: Any) -> dict[str, Any]:
    """A paid, fulfilled, in-transit order #`number` with `items` line items."""
    created = updated_at - timedelta(days=3)
    seeded = {
        "id": f"gid://shopify/Order/{5000 + number}",
        "name": f"#{number}",
        "email": email,
        "createdAt": iso(created),
        "updatedAt": iso(updated_at),
        "processedAt": iso(created),
        "cancelledAt": None,
        "displayFinancialStatus": "PAID",
        "displayFulfillmentStatus": "FULFILLED",
        "totalPriceSet": money(f"{34.99 * items:.2f}"),
        "customer": f"gid://shopify/Customer/{customer_number}" if customer_number else None,
        "lineItems": [line_item(number * 100 + i) for i in range(items)],
        "fulfillments": [{
            "id": f"gid://shopify/Fulfillment/{number}", "status": "SUCCESS", "displayStatus": "IN_TRANSIT",
            "createdAt": iso(created + timedelta(days=1)), "inTransitAt": iso(created + timedelta(days=1)),
            "deliveredAt": None, "estimatedDeliveryAt": iso(created + timedelta(days=6)),
            "trackingInfo": [{"company": "DHL Express", "number": f"JD0146000{number}",
                              "url": f"https://www.dhl.com/track?AWB=JD0146000{number}"}],
        }],
        "refunds": [],
        "returns": [],
    }
    seeded.update(overrides)
    return seeded


def line_item(number: int) -> dict[str, Any]:
    return {"id": f"gid://shopify/LineItem/{number}", "title": f"Rain jacket, size {number % 10}",
            "name": f"Rain jacket {number}", "sku": f"RJ-{number}", "quantity": 1,
            "originalUnitPriceSet": money("34.99")}


def refund(amount: str, created_at: datetime, note: str | None = "damaged in transit") -> dict[str, Any]:
    return {"id": f"gid://shopify/Refund/{int(created_at.timestamp())}", "createdAt": iso(created_at),
            "updatedAt": iso(created_at), "note": note, "totalRefundedSet": money(amount)}


def return_request(name: str, status: str, *reasons: str, created_at: datetime = START) -> dict[str, Any]:
    """A return whose lines carry the merchant's reason handles ("size-too-small")."""
    return {"id": f"gid://shopify/Return/{abs(hash(name)) % 10_000}", "name": name, "status": status,
            "createdAt": iso(created_at), "closedAt": None,
            "returnLineItems": [{"quantity": 1, "returnReasonNote": "", "customerNote": None,
                                 "returnReasonDefinition": {"handle": reason, "name": reason.replace("-", " ")}}
                                for reason in reasons]}


class FakeClock:
    """Monotonic time that only moves when the client sleeps or a test advances it."""

    def __init__(self, start: float = 10_000.0):
        self.now = start
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(seconds)
        await asyncio.sleep(0)


class SandboxHost:
    """One uvicorn server per test module; each test installs a fresh sandbox app behind it."""

    def __init__(self) -> None:
        self._app: Any = None

        async def dispatch(scope: Any, receive: Any, send: Any) -> None:  # a function: uvicorn sees ASGI 3
            await self._app(scope, receive, send)

        self._server = serve_in_thread(dispatch)
        self.url = self._server.url

    def install(self, orders: list[dict], customers: list[dict], **options: Any) -> ShopifySandbox:
        options.setdefault("access_token", TOKEN)
        self._app = create_shopify_sandbox(orders, customers, **options)
        return self._app.state.sandbox

    def stop(self) -> None:
        self._server.stop()


@contextlib.contextmanager
def sandbox_host() -> Iterator[SandboxHost]:
    host = SandboxHost()
    try:
        yield host
    finally:
        host.stop()


def admin_for(url: str, *, token: str = TOKEN, clock: FakeClock | None = None, **options: Any) -> ShopifyAdmin:
    if clock is not None:
        options.update(clock=clock, sleep=clock.sleep)
    return ShopifyAdmin(SHOP, token, base_url=url, **options)
