"""Orders API JSON (v0 and v2026-01-01) -> desk.domain.records. Pure functions, no I/O.

Anything that does not fit the documented shape raises MalformedOrder, which the client turns
into one `skipped` line so the rest of the page still syncs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from desk.connectors.amazon.regions import currency_of
from desk.domain.records import OrderItemRecord, OrderRecord, ShipmentRecord

# Desk's order statuses: pending | unshipped | partially_shipped | shipped | delivered | cancelled | unfulfillable
V0_STATUSES = {
    "PendingAvailability": "pending",
    "Pending": "pending",
    "Unshipped": "unshipped",
    "PartiallyShipped": "partially_shipped",
    "Shipped": "shipped",
    "InvoiceUnconfirmed": "shipped",  # shipped, the seller has not confirmed the invoice yet
    "Canceled": "cancelled",
    "Unfulfillable": "unfulfillable",
}
STATUSES_2026 = {
    "PENDING_AVAILABILITY": "pending",
    "PENDING": "pending",
    "UNSHIPPED": "unshipped",
    "PARTIALLY_SHIPPED": "partially_shipped",
    "SHIPPED": "shipped",
    "CANCELLED": "cancelled",
    "UNFULFILLABLE": "unfulfillable",
}
PACKAGE_STATUSES = {
    "PENDING": "label_created",
    "SHIPPED": "in_transit",
    "IN_TRANSIT": "in_transit",
    "DELIVERED": "delivered",
    "CANCELLED": "exception",
    "UNDELIVERABLE": "exception",
}
CENT = Decimal("0.01")
MAX_TITLE = 500
MAX_CODE = 64


class MalformedOrder(ValueError):
    """One order does not have the documented shape; the message names the field, never its value."""


def order_id_hint(raw: object, key: str) -> str:
    """A printable order id for a skip line, whatever `raw` is."""
    value = raw.get(key) if isinstance(raw, dict) else None
    return value[:MAX_CODE] if isinstance(value, str) and value.isprintable() else "?"


def order_key(raw: dict[str, Any], key: str) -> str:
    """The order id under `key`, checked before it goes into a URL path."""
    return _code(raw, key)


def parse_time(value: object, name: str) -> datetime:
    if not isinstance(value, str):
        raise MalformedOrder(f"{name} is not a date-time string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise MalformedOrder(f"{name} is not ISO 8601") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def last_update_v0(raw: dict[str, Any]) -> datetime:
    return parse_time(raw.get("LastUpdateDate"), "LastUpdateDate")


def last_update_2026(raw: dict[str, Any]) -> datetime:
    return parse_time(raw.get("lastUpdatedTime"), "lastUpdatedTime")


# -- v0 --------------------------------------------------------------------------------------------

def order_from_v0(account_id: int, raw: dict[str, Any], items: list[Any], buyer: dict[str, Any] | None,
                  fallback_currency: str) -> OrderRecord:
    """`items` is getOrderItems' OrderItems; `buyer` getOrderBuyerInfo's payload when it was fetched."""
    status = _text(raw, "OrderStatus")
    total, currency = _total_v0(raw, fallback_currency)
    buyer_info = {**(_object(raw, "BuyerInfo") or {}), **(buyer or {})}
    return OrderRecord(
        account_id=account_id,
        external_id=_code(raw, "AmazonOrderId"),
        status=V0_STATUSES.get(status, status.lower()[:32]),
        currency=currency,
        total=total,
        placed_at=parse_time(raw.get("PurchaseDate"), "PurchaseDate"),
        buyer_email=_optional_text(buyer_info, "BuyerEmail") or None,
        buyer_name=_optional_text(buyer_info, "BuyerName") or None,
        items=[_item_v0(item, n) for n, item in enumerate(items)],
    )


def _total_v0(raw: dict[str, Any], fallback_currency: str) -> tuple[Decimal, str]:
    total = _object(raw, "OrderTotal")  # absent while Pending
    if not total or "Amount" not in total:
        return Decimal(0), _fallback_currency(_optional_text(total or {}, "CurrencyCode") or fallback_currency)
    return _money(total, "OrderTotal", amount="Amount", currency="CurrencyCode")


def _item_v0(item: object, n: int) -> OrderItemRecord:
    if not isinstance(item, dict):
        raise MalformedOrder(f"order item {n} is not an object")
    quantity = _count(item, "QuantityOrdered")
    line = _object(item, "ItemPrice")  # the line total, absent while Pending
    line_total = _money(line, f"OrderItems[{n}].ItemPrice", "Amount", "CurrencyCode")[0] if line else Decimal(0)
    return OrderItemRecord(
        sku=(_optional_text(item, "SellerSKU") or _code(item, "ASIN"))[:MAX_CODE],
        title=(_optional_text(item, "Title") or "")[:MAX_TITLE],
        quantity=quantity,
        unit_price=_per_unit(line_total, quantity),
    )


# -- v2026-01-01 -----------------------------------------------------------------------------------

def order_from_2026(account_id: int, raw: dict[str, Any], fallback_currency: str) -> OrderRecord:
    channel = _object(raw, "salesChannel") or {}
    fallback_currency = currency_of(_optional_text(channel, "marketplaceId") or "") or fallback_currency
    shipments = [_package(p, n) for n, p in enumerate(_array(raw, "packages") or [])]
    _add_eta(raw, shipments)
    buyer = _object(raw, "buyer") or {}
    total, currency = _total_2026(raw, fallback_currency)
    return OrderRecord(
        account_id=account_id,
        external_id=_code(raw, "orderId"),
        status=_status_2026(raw, shipments),
        currency=currency,
        total=total,
        placed_at=parse_time(raw.get("createdTime"), "createdTime"),
        buyer_email=_optional_text(buyer, "buyerEmail") or None,
        buyer_name=_optional_text(buyer, "buyerName") or None,
        items=[_item_2026(item, n) for n, item in enumerate(_array(raw, "orderItems", required=True))],
        shipments=shipments,
    )


def _total_2026(raw: dict[str, Any], fallback_currency: str) -> tuple[Decimal, str]:
    grand_total = _object(_object(raw, "proceeds") or {}, "grandTotal")  # the PROCEEDS dataset
    if grand_total:
        return _money(grand_total, "proceeds.grandTotal", "amount", "currencyCode")
    return Decimal(0), _fallback_currency(fallback_currency)


def _status_2026(raw: dict[str, Any], shipments: list[ShipmentRecord]) -> str:
    fulfillment = _object(raw, "fulfillment")
    if not fulfillment:
        return "unknown"  # the FULFILLMENT dataset was not returned
    status = _text(fulfillment, "fulfillmentStatus")
    mapped = STATUSES_2026.get(status, status.lower()[:32])
    if mapped == "shipped" and shipments and all(s.status == "delivered" for s in shipments):
        return "delivered"
    return mapped


def _item_2026(item: object, n: int) -> OrderItemRecord:
    if not isinstance(item, dict):
        raise MalformedOrder(f"orderItems[{n}] is not an object")
    quantity = _count(item, "quantityOrdered")
    product = _object(item, "product")
    if product is None:
        raise MalformedOrder(f"orderItems[{n}].product missing")
    return OrderItemRecord(
        sku=(_optional_text(product, "sellerSku") or _optional_text(product, "asin") or "")[:MAX_CODE],
        title=(_optional_text(product, "title") or "")[:MAX_TITLE],
        quantity=quantity,
        unit_price=_unit_price_2026(item, product, quantity, n),
    )


def _unit_price_2026(item: dict[str, Any], product: dict[str, Any], quantity: int, n: int) -> Decimal:
    unit = _object(_object(product, "price") or {}, "unitPrice")
    if unit:
        return _money(unit, f"orderItems[{n}].product.price.unitPrice", "amount", "currencyCode")[0]
    proceeds = _object(_object(item, "proceeds") or {}, "proceedsTotal")
    if proceeds:
        line = _money(proceeds, f"orderItems[{n}].proceeds.proceedsTotal", "amount", "currencyCode")[0]
        return _per_unit(line, quantity)
    return Decimal(0)


def _package(package: object, n: int) -> ShipmentRecord:
    if not isinstance(package, dict):
        raise MalformedOrder(f"packages[{n}] is not an object")
    status = _object(package, "packageStatus") or {}
    code = _optional_text(status, "status")
    ship_time = package.get("shipTime")
    return ShipmentRecord(
        carrier=(_optional_text(package, "carrier") or "")[:MAX_CODE],
        tracking_number=(_optional_text(package, "trackingNumber") or "")[:MAX_CODE],
        status=PACKAGE_STATUSES.get(code or "", "label_created" if code is None else "exception"),
        shipped_at=parse_time(ship_time, f"packages[{n}].shipTime") if ship_time is not None else None,
    )


def _add_eta(raw: dict[str, Any], shipments: list[ShipmentRecord]) -> None:
    """The promised latest delivery time is the best ETA the API gives for parcels still on their way."""
    window = _object(_object(raw, "fulfillment") or {}, "deliverByWindow") or {}
    latest = window.get("latestDateTime")
    if latest is None:
        return
    eta = parse_time(latest, "fulfillment.deliverByWindow.latestDateTime")
    for shipment in shipments:
        if shipment.status in ("label_created", "in_transit"):
            shipment.eta_at = eta


# -- field access ------------------------------------------------------------------------------------

def _object(container: dict[str, Any], key: str) -> dict[str, Any] | None:
    value = container.get(key)
    if value is not None and not isinstance(value, dict):
        raise MalformedOrder(f"{key} is not an object")
    return value


def _array(container: dict[str, Any], key: str, required: bool = False) -> list[Any] | None:
    value = container.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, list):
        raise MalformedOrder(f"{key} is not a list")
    return value


def _text(container: dict[str, Any], key: str) -> str:
    value = container.get(key)
    if not isinstance(value, str) or not value:
        raise MalformedOrder(f"{key} missing or not a string")
    return value


def _optional_text(container: dict[str, Any], key: str) -> str | None:
    value = container.get(key)
    if value is not None and not isinstance(value, str):
        raise MalformedOrder(f"{key} is not a string")
    return value


def _code(container: dict[str, Any], key: str) -> str:
    value = _text(container, key)
    if len(value) > MAX_CODE or not value.isprintable():
        raise MalformedOrder(f"{key} is not a plausible identifier")
    return value


def _count(container: dict[str, Any], key: str) -> int:
    value = container.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise MalformedOrder(f"{key} is not a non-negative integer")
    return value


def _money(money: dict[str, Any], name: str, amount: str, currency: str) -> tuple[Decimal, str]:
    value = money.get(amount)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise MalformedOrder(f"{name}.{amount} is not a decimal string")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise MalformedOrder(f"{name}.{amount} is not a decimal") from None
    if not number.is_finite() or abs(number) >= 10**10:
        raise MalformedOrder(f"{name}.{amount} is out of range")
    return number.quantize(CENT, ROUND_HALF_UP), _currency(money.get(currency), f"{name}.{currency}")


def _currency(value: object, name: str) -> str:
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha():
        raise MalformedOrder(f"{name} is not an ISO 4217 code")
    return value.upper()


def _fallback_currency(value: str) -> str:
    """An order without a total still syncs; its currency may then be unknown ("")."""
    return _currency(value, "currency") if value else ""


def _per_unit(line_total: Decimal, quantity: int) -> Decimal:
    return (line_total / quantity).quantize(CENT, ROUND_HALF_UP) if quantity else line_total
