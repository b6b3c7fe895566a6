"""Shared pieces of the Amazon integration tests: a fake clock, clients wired to it, spec checks."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from jsonschema import Draft4Validator, FormatChecker

from desk.connectors.amazon import AmazonOrdersSettings, Endpoints, LwaCredentials, OrdersClient
from desk.sandbox.amazon import (
    DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN, OPERATIONS, Exchange, load_spec,
)

START = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
CREDENTIALS = LwaCredentials(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN)
US = "ATVPDKIKX0DER"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


class FakeClock:
    """Monotonic seconds and wall time that move together, only when told to (or slept through)."""

    def __init__(self, start: datetime = START) -> None:
        self._seconds = 1_000.0
        self._wall = start
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self._seconds

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._seconds += seconds
        self._wall += timedelta(seconds=seconds)

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(seconds)
        await asyncio.sleep(0)


def make_client(url: str, clock: FakeClock | None, *, version: str, **settings: Any) -> OrdersClient:
    config = AmazonOrdersSettings(account_id=7, marketplace_ids=(US,), api_version=version,
                                  endpoints=Endpoints.everything_at(url), **settings)
    if clock is None:
        return OrdersClient(config, CREDENTIALS)
    return OrdersClient(config, CREDENTIALS, clock=clock.monotonic, sleep=clock.sleep, now=clock.now,
                        rand=lambda: 0.5)


def seed(order_id: str, updated: datetime, *, status: str = "Shipped", items: int = 1, **extra: Any) -> dict:
    return {
        "id": order_id, "marketplace_id": US, "created": (updated - timedelta(hours=2)).isoformat(),
        "updated": updated.isoformat(), "status": status,
        "items": [{"sku": f"SKU-{order_id[-3:]}-{n}", "title": f"Item {n} of {order_id}", "quantity": n + 1,
                   "unit_price": "12.50"} for n in range(items)],
        "buyer_email": f"alias{order_id[-4:]}@marketplace.amazon.com", "buyer_name": "Kim", **extra,
    }


def order_ids(count: int) -> list[str]:
    return [f"111-{1000000 + n:07d}-{2000000 + n:07d}" for n in range(count)]


async def pull_all(client: OrdersClient, cursor: dict | None = None, limit: int = 100) -> tuple[list, list, dict]:
    """Pull until `more` is False; every cursor goes through JSON as sync would store it."""
    import json

    orders, skipped = [], []
    for _ in range(limit):
        batch = await client.pull(cursor)
        cursor = json.loads(json.dumps(batch.cursor))
        orders += batch.orders
        skipped += [f"{item.source}: {item.reason}" for item in batch.quarantined]  # kept raw for the quarantine
        if not batch.more:
            return orders, skipped, cursor
    raise AssertionError("pull never finished")


# -- the Swagger response schemas ------------------------------------------------------------------------

_formats = FormatChecker()


@_formats.checks("date-time")
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(RFC3339.match(value))


def _operation(key: str):
    return next(op for op in OPERATIONS if op.key == key)


def check_against_spec(exchange: Exchange) -> list[str]:
    """What is wrong with one sandbox response according to the spec of its operation ([] = nothing)."""
    import json

    operation = _operation(exchange.operation)
    declared = operation.spec["responses"].get(str(exchange.status))
    if declared is None:
        return [f"{exchange.operation}: status {exchange.status} is not declared"]
    problems = [f"{exchange.operation} {exchange.status}: header {name} missing"
                for name in declared.get("headers", {}) if name not in exchange.headers]
    schema = {"definitions": load_spec(operation.api)["definitions"], **declared["schema"]}
    validator = Draft4Validator(schema, format_checker=_formats)
    body = json.loads(exchange.body or b"null")
    problems += [f"{exchange.operation} {exchange.status}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                 for e in validator.iter_errors(body)]
    return problems
