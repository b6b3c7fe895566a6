"""Amazon order context through the Orders API, v0 or v2026-01-01 per account.

Sync polls `pull(cursor)` and stores each batch with its cursor. The cursor describes a window
of last-update times: [last_updated_after, window_end], where window_end trails the clock by
`settle_delay` (Amazon requires "before" bounds at least two minutes in the past). While a window
is being paged, the cursor carries its NextToken; after its last page the next window starts at
the old window_end. Windows are contiguous and inclusive, so an order updated exactly on a
boundary comes twice, which the upsert by (account, order id) absorbs.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from desk.connectors.amazon.lwa import LwaClient, LwaCredentials
from desk.connectors.amazon.mapping import (
    MalformedOrder, last_update_2026, last_update_v0, order_from_2026, order_from_v0, order_id_hint, order_key,
)
from desk.connectors.amazon.ratelimit import RateLimiter
from desk.connectors.amazon.regions import Endpoints, currency_of, region_of_all
from desk.connectors.amazon.spapi import DEFAULT_MAX_BODY_BYTES, AccessDenied, NotFound, SpApiCaller
from desk.connectors.base import Rejected, SyncBatch, Unavailable, unreadable_order
from desk.domain.records import OrderRecord, Unreadable

log = logging.getLogger("desk.connectors.amazon.orders")

API_VERSIONS = ("v0", "2026-01-01")
V0_REMOVED_ON = date(2027, 3, 27)  # Amazon removes Orders API v0: migrate to 2026-01-01 before
DEFAULT_INCLUDED_DATA = ("BUYER", "FULFILLMENT", "PROCEEDS", "PACKAGES")
PENDING_V0 = ("Pending", "PendingAvailability")  # no buyer data before payment is authorised
MAX_ITEM_PAGES = 50
ITEM_CACHE_SIZE = 2000


def _utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """The one timestamp format sent to Amazon and kept in cursors (whole seconds, UTC, Z)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class AmazonOrdersSettings:
    account_id: int
    marketplace_ids: tuple[str, ...]
    api_version: str = "2026-01-01"  # or "v0" (Amazon removes v0 on 2027-03-27)
    endpoints: Endpoints = field(default_factory=Endpoints)
    page_size: int = 100
    initial_lookback: timedelta = timedelta(days=30)
    settle_delay: timedelta = timedelta(minutes=3)  # 2 minutes required, plus room for clock skew
    included_data: tuple[str, ...] = DEFAULT_INCLUDED_DATA  # v2026-01-01 datasets
    fetch_buyer_info: bool = True  # v0: getOrderBuyerInfo when getOrders carries no BuyerEmail
    timeout: float = 30.0
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES

    def __post_init__(self) -> None:
        if self.api_version not in API_VERSIONS:
            raise ValueError(f"api_version must be one of {API_VERSIONS}, not {self.api_version!r}")
        if not 1 <= len(self.marketplace_ids) <= 50:
            raise ValueError("an Amazon account needs 1 to 50 marketplace ids")
        if not 1 <= self.page_size <= 100:
            raise ValueError("page_size must be 1..100")
        region_of_all(self.marketplace_ids)

    @property
    def region(self) -> str:
        return region_of_all(self.marketplace_ids)


@dataclass(frozen=True)
class OrdersCursor:
    last_updated_after: datetime
    window_end: datetime | None = None  # set while a window is being paged
    next_token: str | None = None
    api_version: str | None = None  # tokens of one API version mean nothing to the other

    def to_json(self) -> dict[str, Any]:
        return {
            "api_version": self.api_version,
            "last_updated_after": iso(self.last_updated_after),
            "window_end": iso(self.window_end) if self.window_end else None,
            "next_token": self.next_token,
        }

    @classmethod
    def from_json(cls, data: object) -> OrdersCursor | None:
        """The cursor stored by sync, or None when there is none or it cannot be read."""
        if not isinstance(data, dict):
            return None
        try:
            after = datetime.fromisoformat(data["last_updated_after"])
            end = datetime.fromisoformat(data["window_end"]) if data.get("window_end") else None
        except (KeyError, TypeError, ValueError):
            log.warning("Amazon orders cursor unreadable; starting from the initial look-back")
            return None
        token = data.get("next_token")
        version = data.get("api_version")
        if not isinstance(token, str) or not token or end is None:
            token, end = None, None
        return cls(_aware(after), _aware(end) if end else None, token, version if isinstance(version, str) else None)

    def finished_window(self) -> OrdersCursor:
        assert self.window_end is not None
        return OrdersCursor(self.window_end, api_version=self.api_version)


@dataclass
class OrdersPage:
    orders: list[OrderRecord]
    skipped: list[str]
    cursor: OrdersCursor  # store with this page; hand back for the next one
    newest_update: datetime | None = None  # latest LastUpdateDate on the page
    unreadable: list[Unreadable] = field(default_factory=list)  # the skipped orders, raw, for the quarantine

    @property
    def more(self) -> bool:
        return self.cursor.next_token is not None


class OrdersClient:
    def __init__(self, settings: AmazonOrdersSettings, credentials: LwaCredentials, *,
                 http: httpx.AsyncClient | None = None, lwa: LwaClient | None = None,
                 limiter: RateLimiter | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
                 now: Callable[[], datetime] = _utcnow, rand: Callable[[], float] = random.random) -> None:
        self.settings = settings
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(timeout=settings.timeout, follow_redirects=False)
        self._lwa = lwa or LwaClient(credentials, self._http, token_url=settings.endpoints.lwa_token_url,
                                     clock=clock, timeout=settings.timeout)
        self._limiter = limiter or RateLimiter(clock=clock, sleep=sleep, rand=rand)
        self._caller = SpApiCaller(settings.endpoints.sp_api_url(settings.region), self._lwa, self._limiter,
                                   self._http, timeout=settings.timeout, max_body_bytes=settings.max_body_bytes)
        self._now = now
        self._fallback_currency = currency_of(settings.marketplace_ids[0])
        self._buyer_info_allowed = settings.fetch_buyer_info
        self._v0_extras: OrderedDict[tuple[str, str], tuple[list[Any], dict[str, Any] | None]] = OrderedDict()

    def __repr__(self) -> str:
        return f"OrdersClient(account_id={self.settings.account_id}, api_version={self.settings.api_version!r})"

    async def __aenter__(self) -> OrdersClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    # -- sync ------------------------------------------------------------------------------------

    async def pull(self, cursor: dict[str, Any] | None) -> SyncBatch:
        page = await self.fetch_page(OrdersCursor.from_json(cursor))
        return SyncBatch(cursor=page.cursor.to_json(), orders=page.orders, quarantined=page.unreadable, more=page.more)

    async def fetch_page(self, cursor: OrdersCursor | None) -> OrdersPage:
        cursor = self._usable(cursor)
        if cursor.next_token is None:
            window_end = self._settled_now()
            if window_end <= cursor.last_updated_after:
                return OrdersPage([], [], cursor)  # nothing has settled since the last window
            cursor = replace(cursor, window_end=window_end)
        try:
            raws, next_token = await self._search(cursor)
        except NotFound:
            raise
        except Rejected as refusal:
            if cursor.next_token is None:
                raise
            # Pagination tokens expire (24 h in v2026-01-01); the window can always be read again.
            log.warning("Amazon refused a pagination token, re-reading the window (%s)", refusal)
            return await self.fetch_page(replace(cursor, window_end=None, next_token=None))
        orders, unreadable, newest = await self._map_page(raws)
        following = replace(cursor, next_token=next_token) if next_token else cursor.finished_window()
        page = OrdersPage(orders, [f"{u.source}: {u.reason}" for u in unreadable], following, newest, unreadable)
        log.info("Amazon orders page (account %s, %s): %d orders, %d skipped, more=%s", self.settings.account_id,
                 self.settings.api_version, len(page.orders), len(page.skipped), page.more)
        return page

    def _usable(self, cursor: OrdersCursor | None) -> OrdersCursor:
        version = self.settings.api_version
        if cursor is None:
            return OrdersCursor(self._now() - self.settings.initial_lookback, api_version=version)
        if cursor.api_version != version:
            return OrdersCursor(cursor.last_updated_after, api_version=version)
        return cursor

    def _settled_now(self) -> datetime:
        return (self._now() - self.settings.settle_delay).replace(microsecond=0)

    async def _search(self, cursor: OrdersCursor) -> tuple[list[Any], str | None]:
        if self.settings.api_version == "v0":
            body = await self._caller.get("v0.getOrders", "/orders/v0/orders", self._v0_query(cursor))
            payload = _object_at(body, "payload", "v0.getOrders")
            return _list_at(payload, "Orders", "v0.getOrders"), _token_at(payload, "NextToken", "v0.getOrders")
        body = await self._caller.get("2026-01-01.searchOrders", "/orders/2026-01-01/orders",
                                      self._query_2026(cursor))
        pagination = _optional_object_at(body, "pagination", "2026-01-01.searchOrders")
        return (_list_at(body, "orders", "2026-01-01.searchOrders"),
                _token_at(pagination, "nextToken", "2026-01-01.searchOrders"))

    def _v0_query(self, cursor: OrdersCursor) -> list[tuple[str, str]]:
        marketplaces = ("MarketplaceIds", ",".join(self.settings.marketplace_ids))
        if cursor.next_token:
            return [marketplaces, ("NextToken", cursor.next_token)]  # the token carries the filters
        assert cursor.window_end is not None
        return [marketplaces, ("LastUpdatedAfter", iso(cursor.last_updated_after)),
                ("LastUpdatedBefore", iso(cursor.window_end)), ("MaxResultsPerPage", str(self.settings.page_size))]

    def _query_2026(self, cursor: OrdersCursor) -> list[tuple[str, str]]:
        # Every parameter but maxResultsPerPage and includedData must repeat with the token.
        assert cursor.window_end is not None
        query = [("lastUpdatedAfter", iso(cursor.last_updated_after)), ("lastUpdatedBefore", iso(cursor.window_end)),
                 ("marketplaceIds", ",".join(self.settings.marketplace_ids)),
                 ("maxResultsPerPage", str(self.settings.page_size))]
        if self.settings.included_data:
            query.append(("includedData", ",".join(self.settings.included_data)))
        if cursor.next_token:
            query.append(("paginationToken", cursor.next_token))
        return query

    async def _map_page(self, raws: list[Any]) -> tuple[list[OrderRecord], list[Unreadable], datetime | None]:
        orders: list[OrderRecord] = []
        unreadable: list[Unreadable] = []
        newest: datetime | None = None
        version = self.settings.api_version
        for n, raw in enumerate(raws):
            if not isinstance(raw, dict):
                unreadable.append(unreadable_order(version, raw, f"Amazon order #{n} on the page",
                                                   "not an object"))
                continue
            try:
                updated, record = await self._order(raw)
            except (MalformedOrder, NotFound) as problem:
                key = "AmazonOrderId" if version == "v0" else "orderId"
                unreadable.append(unreadable_order(version, raw, f"Amazon order {order_id_hint(raw, key)}",
                                                   _reason(problem)))
                continue
            orders.append(record)
            newest = max(newest or updated, updated)
        return orders, unreadable, newest

    async def _order(self, raw: dict[str, Any]) -> tuple[datetime, OrderRecord]:
        account_id = self.settings.account_id
        if self.settings.api_version == "v0":
            updated = last_update_v0(raw)
            items, buyer = await self._v0_extras_for(raw)
            return updated, order_from_v0(account_id, raw, items, buyer, self._fallback_currency)
        return last_update_2026(raw), order_from_2026(account_id, raw, self._fallback_currency)

    # -- one order ---------------------------------------------------------------------------------

    async def get_order(self, order_id: str) -> OrderRecord | None:
        """The order with this Amazon order id (e.g. from a buyer's mail), None if Amazon has none."""
        try:
            if self.settings.api_version == "v0":
                body = await self._caller.get("v0.getOrder", f"/orders/v0/orders/{_segment(order_id)}")
                return (await self._order(_object_at(body, "payload", "v0.getOrder")))[1]
            query = [("includedData", ",".join(self.settings.included_data))] if self.settings.included_data else []
            body = await self._caller.get("2026-01-01.getOrder", f"/orders/2026-01-01/orders/{_segment(order_id)}",
                                          query)
            return (await self._order(_object_at(body, "order", "2026-01-01.getOrder")))[1]
        except NotFound:
            return None
        except MalformedOrder as problem:
            raise Unavailable(f"Amazon order {order_id[:64]} has an unreadable shape: {problem}") from None

    # -- v0 extras: items and buyer info come from separate calls ----------------------------------

    async def _v0_extras_for(self, raw: dict[str, Any]) -> tuple[list[Any], dict[str, Any] | None]:
        """Cached by (order id, LastUpdateDate): a page interrupted by a 429 resumes without refetching."""
        order_id = order_key(raw, "AmazonOrderId")
        key = (order_id, str(raw.get("LastUpdateDate")))
        if key in self._v0_extras:
            self._v0_extras.move_to_end(key)
            return self._v0_extras[key]
        extras = (await self._v0_items(order_id), await self._v0_buyer(order_id, raw))
        self._v0_extras[key] = extras
        if len(self._v0_extras) > ITEM_CACHE_SIZE:
            self._v0_extras.popitem(last=False)
        return extras

    async def _v0_items(self, order_id: str) -> list[Any]:
        items: list[Any] = []
        token: str | None = None
        for _ in range(MAX_ITEM_PAGES):
            query = [("NextToken", token)] if token else []
            body = await self._caller.get("v0.getOrderItems", f"/orders/v0/orders/{_segment(order_id)}/orderItems",
                                          query)
            payload = _object_at(body, "payload", "v0.getOrderItems")
            items.extend(_list_at(payload, "OrderItems", "v0.getOrderItems"))
            token = _token_at(payload, "NextToken", "v0.getOrderItems")
            if token is None:
                return items
        raise Unavailable(f"Amazon v0.getOrderItems: more than {MAX_ITEM_PAGES} pages for one order")

    async def _v0_buyer(self, order_id: str, raw: dict[str, Any]) -> dict[str, Any] | None:
        known = raw.get("BuyerInfo")
        if not self._buyer_info_allowed or raw.get("OrderStatus") in PENDING_V0:
            return None
        if isinstance(known, dict) and known.get("BuyerEmail"):
            return None
        try:
            body = await self._caller.get("v0.getOrderBuyerInfo", f"/orders/v0/orders/{_segment(order_id)}/buyerInfo")
        except AccessDenied:
            self._buyer_info_allowed = False
            log.warning("Amazon getOrderBuyerInfo denied for account %s (no PII role?); buyer aliases will be "
                        "missing from v0 orders", self.settings.account_id)
            return None
        except NotFound:
            return None
        return _object_at(body, "payload", "v0.getOrderBuyerInfo")


# -- whole-response shape checks: a wrong shape here is the server's fault -> Unavailable -----------

def _object_at(body: Any, key: str, operation: str) -> dict[str, Any]:
    value = body.get(key) if isinstance(body, dict) else None
    if not isinstance(value, dict):
        raise Unavailable(f"Amazon {operation} answered without a {key} object")
    return value


def _optional_object_at(body: Any, key: str, operation: str) -> dict[str, Any]:
    if isinstance(body, dict) and body.get(key) is None:
        return {}
    return _object_at(body, key, operation)


def _list_at(container: dict[str, Any], key: str, operation: str) -> list[Any]:
    value = container.get(key)
    if not isinstance(value, list):
        raise Unavailable(f"Amazon {operation} answered without a {key} list")
    return value


def _token_at(container: dict[str, Any], key: str, operation: str) -> str | None:
    value = container.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 4096:
        raise Unavailable(f"Amazon {operation} answered with an unusable {key}")
    return value


def _segment(order_id: str) -> str:
    return quote(order_id, safe="")


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _reason(problem: Exception) -> str:
    return "not found (404)" if isinstance(problem, NotFound) else str(problem)
