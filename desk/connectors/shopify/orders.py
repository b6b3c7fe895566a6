"""Shopify orders and customers as Desk records, read through the Admin GraphQL API.

Incremental sync pages through orders sorted by `updatedAt`, filtered by `updated_at:>=` the
newest change already stored. The bound is inclusive on purpose: Shopify's timestamps have
one-second resolution, so an order changed in the same second as the last one seen would be
lost by `>`; re-reading the boundary orders is harmless because sync upserts by order name.
The cursor sync keeps is {"updated_at": iso, "after": endCursor | None}.

A malformed order is skipped with one line in `skipped`; a malformed page raises Unavailable.
A masked value ("•••", what Shopify sends since 2026-12-01 when the app may not read the
customer's e-mail or phone) is stored as unknown, never as a name or an address.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from desk.connectors.base import VERSION_NOTICE, SyncBatch, Unavailable, unreadable_order
from desk.connectors.shopify import queries
from desk.connectors.shopify.admin import ShopifyAdmin
from desk.domain.records import OrderItemRecord, OrderRecord, RefundRecord, ReturnRecord, ShipmentRecord, Unreadable

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 10  # × ~86 points per order keeps a page under Shopify's 1000-point ceiling
MAX_PAGE_SIZE = 250
REASON_LENGTH = 64  # refunds.reason / returns.reason column width
MAX_LINE_ITEM_PAGES = 20  # follow-up pages of 50 line items per order

FULFILLMENT_DISPLAY_STATUS = {
    "LABEL_PRINTED": "label_created",
    "LABEL_PURCHASED": "label_created",
    "SUBMITTED": "label_created",
    "CONFIRMED": "in_transit",
    "FULFILLED": "in_transit",
    "MARKED_AS_FULFILLED": "in_transit",
    "IN_TRANSIT": "in_transit",
    "OUT_FOR_DELIVERY": "out_for_delivery",
    "ATTEMPTED_DELIVERY": "out_for_delivery",
    "READY_FOR_PICKUP": "out_for_delivery",
    "DELIVERED": "delivered",
    "PICKED_UP": "delivered",
    "DELAYED": "exception",
    "FAILURE": "exception",
    "NOT_DELIVERED": "exception",
    "LABEL_VOIDED": "exception",
    "CANCELED": "exception",
}
FULFILLMENT_STATUS = {"PENDING": "label_created", "OPEN": "label_created", "SUCCESS": "in_transit",
                      "ERROR": "exception", "FAILURE": "exception"}
RETURN_STATUS = {"REQUESTED": "requested", "OPEN": "authorized", "CLOSED": "closed", "CANCELED": "closed",
                 "DECLINED": "closed"}
UNPAID = {"PENDING", "AUTHORIZED", "PARTIALLY_PAID", "EXPIRED"}
MASK = "\u2022"  # Shopify masks protected customer data with bullets ("•••")
KIND_NAMES = {Mapping: "an object", str: "a string", list: "a list", int: "an integer", bool: "a boolean"}


class Malformed(ValueError):
    """One order (or customer) in an otherwise good response does not have the expected shape."""


class OrdersPage(NamedTuple):
    records: list[OrderRecord]
    next_cursor: str | None  # endCursor while Shopify has more pages, else None
    newest_updated_at: datetime | None  # the latest updatedAt in this page, skipped orders included
    skipped: list[str]
    unreadable: list[Unreadable] = []  # the skipped orders, raw, for the quarantine


@dataclass(frozen=True, slots=True)
class ShopifyCustomer:
    id: str
    display_name: str | None  # None: unknown (masked by Shopify)
    email: str | None
    phone: str | None
    first_name: str | None = None
    last_name: str | None = None
    recent_order_names: tuple[str, ...] = field(default_factory=tuple)


class ShopifyOrders:
    """Order context for one Shopify account."""

    def __init__(self, admin: ShopifyAdmin, account_id: int, *, page_size: int = DEFAULT_PAGE_SIZE):
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
        self.admin = admin
        self.account_id = account_id
        self.page_size = page_size

    async def orders_since(self, updated_at_min: datetime | None, after_cursor: str | None) -> OrdersPage:
        """One page of orders changed at or after `updated_at_min` (None: all), oldest change first."""
        variables: dict[str, Any] = {"first": self.page_size, "after": after_cursor}
        if updated_at_min is not None:
            variables["query"] = f"updated_at:>='{_search_time(updated_at_min)}'"
        data = await self.admin.query(queries.ORDERS_SINCE, variables, operation_name="DeskOrdersSince")
        return await self._page(data)

    async def pull(self, cursor: Mapping[str, Any] | None) -> SyncBatch:
        """The next batch of changed orders after `cursor` ({"updated_at": iso, "after": cursor})."""
        since = _cursor_time(cursor)
        after = cursor.get("after") if cursor else None
        page = await self.orders_since(since, after if isinstance(after, str) else None)
        if page.next_cursor is not None:
            next_cursor = {"updated_at": since.isoformat() if since else None, "after": page.next_cursor}
        else:
            newest = page.newest_updated_at or since
            next_cursor = {"updated_at": newest.isoformat() if newest else None, "after": None}
        return SyncBatch(cursor=next_cursor, orders=page.records, quarantined=page.unreadable,
                         more=page.next_cursor is not None, notices={VERSION_NOTICE: self.version_notice()})

    def version_notice(self) -> str | None:
        """What the account should show about the API version (None: Shopify answered as asked)."""
        mismatch = self.admin.version_mismatch
        if mismatch is None:
            return None
        asked, served = mismatch
        return (f"Shopify answered with Admin API {served} although Desk asked for {asked}: "
                f"{asked} is not (or no longer) supported for this store. Update Desk.")

    async def orders_for_email(self, email: str, limit: int = 10) -> OrdersPage:
        """The most recently changed orders placed with `email` as the order's contact address."""
        variables = {"first": max(1, min(limit, MAX_PAGE_SIZE)), "query": f"email:{queries.search_value(email)}"}
        data = await self.admin.query(queries.ORDERS_BY_EMAIL, variables, operation_name="DeskOrdersByEmail")
        return await self._page(data)

    async def order_named(self, name: str) -> OrderRecord | None:
        """The order called `name` ("#1042") as sync stores it, read now (after an action on it)."""
        variables = {"query": f"name:{queries.search_value(name)}"}
        data = await self.admin.query(queries.ORDER_BY_NAME, variables, operation_name="DeskOrderByName")
        page = await self._page(data)
        return next((record for record in page.records if record.external_id == name), None)

    async def customers_by_email(self, email: str) -> list[ShopifyCustomer]:
        variables = {"query": f"email:{queries.search_value(email)}"}
        data = await self.admin.query(queries.CUSTOMERS_BY_EMAIL, variables, operation_name="DeskCustomersByEmail")
        customers = []
        for node in _connection_nodes(data, "customers", self.admin.shop):
            try:
                customers.append(_customer(node))
            except Malformed as problem:
                log.warning("Shopify %s: skipped a customer: %s", self.admin.shop, problem)
        return customers

    async def _page(self, data: Mapping[str, Any]) -> OrdersPage:
        nodes = _connection_nodes(data, "orders", self.admin.shop)
        records, skipped, unreadable, newest = [], [], [], None
        for node in nodes:
            updated = _optional_updated_at(node)
            if updated is not None and (newest is None or updated > newest):
                newest = updated
            try:
                records.append(await self._order(node))
            except Malformed as problem:
                skipped.append(f"Shopify order {_label(node)} skipped: {problem}")
                unreadable.append(unreadable_order("shopify", node, f"Shopify order {_label(node)}", str(problem)))
        return OrdersPage(records, _next_cursor(data["orders"], self.admin.shop), newest, skipped, unreadable)

    async def _order(self, node: Any) -> OrderRecord:
        record = order_record(node, self.account_id)
        line_items = _mapping(node, "lineItems")
        page_info = _mapping(line_items, "pageInfo")
        after = _text(page_info, "endCursor", optional=True)
        seen = set()
        while _flag(page_info, "hasNextPage") and after:
            if after in seen or len(seen) >= MAX_LINE_ITEM_PAGES:
                raise Malformed("line item pages do not end")
            seen.add(after)
            more = await self.admin.query(queries.ORDER_LINE_ITEMS, {"id": _text(node, "id"), "after": after},
                                          operation_name="DeskOrderLineItems")
            line_items = _mapping(_mapping(more, "order"), "lineItems")
            record.items.extend(_line_item(item) for item in _list(line_items, "nodes"))
            page_info = _mapping(line_items, "pageInfo")
            after = _text(page_info, "endCursor", optional=True)
        return record


# --- mapping ----------------------------------------------------------------------------------


def order_record(node: Any, account_id: int) -> OrderRecord:
    """Map one `DeskOrder` node to an OrderRecord; raises Malformed."""
    if not isinstance(node, Mapping):
        raise Malformed("the order is not an object")
    total, currency = _money(node, "totalPriceSet")
    shipments = [s for f in _list(node, "fulfillments") for s in _shipments(f)]
    customer = _mapping(node, "customer", optional=True)
    updated_at = _time(node, "updatedAt")
    return OrderRecord(
        account_id=account_id,
        external_id=_text(node, "name"),
        status=_order_status(node, shipments),
        currency=currency,
        total=total,
        placed_at=_time(node, "createdAt"),
        buyer_email=_unmasked(_text(node, "email", optional=True)),
        buyer_name=_unmasked(_text(customer, "displayName", optional=True)) if customer else None,
        items=[_line_item(item) for item in _list(_mapping(node, "lineItems"), "nodes")],
        shipments=shipments,
        refunds=[_refund(refund) for refund in _list(node, "refunds")],
        returns=[_return(item, updated_at) for item in _list(_mapping(node, "returns"), "nodes")],
    )


def _order_status(node: Any, shipments: list[ShipmentRecord]) -> str:
    if _text(node, "cancelledAt", optional=True):
        return "cancelled"
    financial = _text(node, "displayFinancialStatus", optional=True)
    if financial == "REFUNDED":
        return "refunded"
    if financial == "PARTIALLY_REFUNDED":
        return "partially_refunded"
    if financial == "VOIDED":
        return "cancelled"
    fulfillment = _text(node, "displayFulfillmentStatus")
    if fulfillment == "FULFILLED" and shipments and all(s.status == "delivered" for s in shipments):
        return "delivered"
    if fulfillment in ("FULFILLED", "PARTIALLY_FULFILLED"):
        return "shipped"
    return "pending" if financial in UNPAID else "unshipped"


def _line_item(node: Any) -> OrderItemRecord:
    quantity = _int(node, "quantity")
    unit_price, _currency = _money(node, "originalUnitPriceSet")
    return OrderItemRecord(sku=_text(node, "sku", optional=True) or "", title=_text(node, "title"),
                           quantity=quantity, unit_price=unit_price)


def _shipments(node: Any) -> list[ShipmentRecord]:
    """One shipment per tracking number; a fulfillment without tracking is still a shipment."""
    if _text(node, "status") == "CANCELLED":
        return []
    status = _shipment_status(node)
    common = {"status": status, "shipped_at": _time(node, "createdAt"),
              "delivered_at": _time(node, "deliveredAt", optional=True),
              "eta_at": _time(node, "estimatedDeliveryAt", optional=True)}
    tracking = _list(node, "trackingInfo") or [{}]
    return [ShipmentRecord(carrier=_text(info, "company", optional=True) or "",
                           tracking_number=_text(info, "number", optional=True) or "",
                           tracking_url=_text(info, "url", optional=True), **common)
            for info in tracking]


def _shipment_status(node: Any) -> str:
    display = _text(node, "displayStatus", optional=True)
    if display in FULFILLMENT_DISPLAY_STATUS:
        return FULFILLMENT_DISPLAY_STATUS[display]
    if _text(node, "deliveredAt", optional=True):
        return "delivered"
    return FULFILLMENT_STATUS.get(_text(node, "status"), "in_transit")


def _refund(node: Any) -> RefundRecord:
    amount, _currency = _money(node, "totalRefundedSet")
    created_at = _time(node, "createdAt", optional=True) or _time(node, "updatedAt")
    note = _text(node, "note", optional=True) or ""
    return RefundRecord(amount=amount, reason=note[:REASON_LENGTH], status="completed", created_at=created_at)


def _return(node: Any, order_updated_at: datetime) -> ReturnRecord:
    """A return without `createdAt` (older seeds) carries the order's updatedAt, the latest moment
    the return is known to exist by."""
    status = _text(node, "status")
    if status not in RETURN_STATUS:
        raise Malformed(f"unknown return status {status!r}")
    lines = _list(_mapping(node, "returnLineItems"), "nodes")
    reasons = dict.fromkeys(_return_reason(line) for line in lines)
    return ReturnRecord(reason=",".join(reasons)[:REASON_LENGTH] or "unknown", status=RETURN_STATUS[status],
                        created_at=_time(node, "createdAt", optional=True) or order_updated_at,
                        rma=_text(node, "name", optional=True))


def _return_reason(line: Any) -> str:
    """The merchant's reason handle ("size-too-small"); a line without a definition is "unknown"."""
    definition = _mapping(line, "returnReasonDefinition", optional=True)
    if definition is None:
        return "unknown"
    return _text(definition, "handle").lower()


def _customer(node: Any) -> ShopifyCustomer:
    orders = _list(_mapping(node, "orders"), "nodes")
    email = _mapping(node, "defaultEmailAddress", optional=True)
    phone = _mapping(node, "defaultPhoneNumber", optional=True)
    return ShopifyCustomer(
        id=_text(node, "id"),
        display_name=_unmasked(_text(node, "displayName")),
        email=_unmasked(_text(email, "emailAddress")) if email else None,
        phone=_unmasked(_text(phone, "phoneNumber")) if phone else None,
        first_name=_unmasked(_text(node, "firstName", optional=True)),
        last_name=_unmasked(_text(node, "lastName", optional=True)),
        recent_order_names=tuple(_text(order, "name") for order in orders),
    )


# --- reading JSON defensively -----------------------------------------------------------------


def _connection_nodes(data: Mapping[str, Any], name: str, shop: str) -> list[Any]:
    connection = data.get(name)
    nodes = connection.get("nodes") if isinstance(connection, Mapping) else None
    if not isinstance(nodes, list):
        raise Unavailable(f"Shopify {shop} sent a malformed {name} page")
    return nodes


def _next_cursor(connection: Mapping[str, Any], shop: str) -> str | None:
    page_info = connection.get("pageInfo")
    has_next = page_info.get("hasNextPage") if isinstance(page_info, Mapping) else None
    end_cursor = page_info.get("endCursor") if isinstance(page_info, Mapping) else None
    if not isinstance(has_next, bool) or (has_next and not isinstance(end_cursor, str)):
        raise Unavailable(f"Shopify {shop} sent malformed page info")
    return end_cursor if has_next else None


def _mapping(node: Any, key: str, *, optional: bool = False, kind: type = Mapping) -> Any:
    if not isinstance(node, Mapping):
        raise Malformed(f"expected an object holding {key!r}")
    value = node.get(key)
    if value is None and optional:
        return None
    if value is None or not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise Malformed(f"{key} is missing or not {KIND_NAMES.get(kind, kind.__name__)}")
    return value


def _text(node: Any, key: str, *, optional: bool = False) -> Any:
    return _mapping(node, key, optional=optional, kind=str)


def _int(node: Any, key: str) -> int:
    return _mapping(node, key, kind=int)


def _list(node: Any, key: str) -> list[Any]:
    return _mapping(node, key, kind=list)


def _flag(node: Any, key: str) -> bool:
    return _mapping(node, key, kind=bool)


def _time(node: Any, key: str, *, optional: bool = False) -> Any:
    text = _text(node, key, optional=optional)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise Malformed(f"{key} is not a timestamp") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _money(node: Any, key: str) -> tuple[Decimal, str]:
    money = _mapping(_mapping(node, key), "presentmentMoney")
    try:
        amount = Decimal(_text(money, "amount"))
    except InvalidOperation:
        raise Malformed(f"{key} amount is not a decimal") from None
    if not amount.is_finite():
        raise Malformed(f"{key} amount is not a decimal")
    return amount, _text(money, "currencyCode")


def _unmasked(value: str | None) -> str | None:
    """None for a value Shopify masked ("•••"): unknown, never a name."""
    if value is None or MASK in value or not value.strip():
        return None
    return value


def _optional_updated_at(node: Any) -> datetime | None:
    try:
        return _time(node, "updatedAt")
    except Malformed:
        return None


def _label(node: Any) -> str:
    if isinstance(node, Mapping):
        for key in ("name", "id"):
            if isinstance(node.get(key), str):
                return node[key]
    return "(unnamed)"


def _search_time(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _cursor_time(cursor: Mapping[str, Any] | None) -> datetime | None:
    text = cursor.get("updated_at") if cursor else None
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
