"""Orders API JSON -> OrderRecord, checked on Amazon's own examples from the Swagger files."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desk.connectors.amazon.mapping import MalformedOrder, order_from_2026, order_from_v0
from desk.sandbox.amazon import load_spec


def _examples(api: str, path: str) -> list[dict]:
    responses = load_spec(api)["paths"][path]["get"]["responses"]["200"]
    return [case["response"] for case in responses["x-amzn-api-sandbox"]["static"]]


V0_ORDERS = [o for page in _examples("v0", "/orders/v0/orders") for o in page["payload"]["Orders"]]
V0_ITEMS = _examples("v0", "/orders/v0/orders/{orderId}/orderItems")[0]["payload"]["OrderItems"]
ORDERS_2026 = ([o for page in _examples("2026-01-01", "/orders/2026-01-01/orders") for o in page["orders"]]
               + [r["order"] for r in _examples("2026-01-01", "/orders/2026-01-01/orders/{orderId}")])


def test_amazons_v0_example_maps():
    order = order_from_v0(3, V0_ORDERS[0], V0_ITEMS, None, "USD")
    assert (order.account_id, order.external_id, order.status) == (3, "902-1845936-5435065", "unshipped")
    assert (order.currency, order.total) == ("USD", Decimal("11.01"))
    assert order.placed_at == datetime(1970, 1, 19, 3, 58, 30, tzinfo=UTC)
    (item,) = order.items
    assert (item.sku, item.title, item.quantity, item.unit_price) == (
        "NABetaASINB00551Q3CS", "B00551Q3CS [Card Book]", 1, Decimal("10.00"))


@pytest.mark.parametrize("raw", V0_ORDERS, ids=lambda o: o["AmazonOrderId"])
def test_every_v0_example_order_maps(raw):
    order = order_from_v0(1, raw, V0_ITEMS, None, "USD")
    assert order.external_id == raw["AmazonOrderId"]


def test_v0_buyer_info_call_fills_in_what_get_orders_left_out():
    buyer = _examples("v0", "/orders/v0/orders/{orderId}/buyerInfo")[0]["payload"]
    order = order_from_v0(1, V0_ORDERS[0], [], buyer, "USD")
    assert (order.buyer_email, order.buyer_name) == ("fzyrv6gwkhbb15c@example.com", "MFNIntegrationTestMerchant")


def test_v0_line_totals_become_unit_prices():
    items = [{"ASIN": "B0A", "OrderItemId": "1", "QuantityOrdered": 3, "SellerSKU": "S",
              "ItemPrice": {"CurrencyCode": "EUR", "Amount": "10.00"}},
             {"ASIN": "B0B", "OrderItemId": "2", "QuantityOrdered": 0, "ItemPrice": {"CurrencyCode": "EUR",
                                                                                    "Amount": "4.00"}},
             {"ASIN": "B0C", "OrderItemId": "3", "QuantityOrdered": 1}]
    order = order_from_v0(1, V0_ORDERS[0], items, None, "USD")
    assert [(i.sku, i.quantity, i.unit_price) for i in order.items] == [
        ("S", 3, Decimal("3.33")), ("B0B", 0, Decimal("4.00")), ("B0C", 1, Decimal("0"))]


@pytest.mark.parametrize(("status", "mapped"), [
    ("PendingAvailability", "pending"), ("Pending", "pending"), ("Unshipped", "unshipped"),
    ("PartiallyShipped", "partially_shipped"), ("Shipped", "shipped"), ("InvoiceUnconfirmed", "shipped"),
    ("Canceled", "cancelled"), ("Unfulfillable", "unfulfillable"), ("SomethingNew", "somethingnew"),
])
def test_v0_statuses(status, mapped):
    assert order_from_v0(1, {**V0_ORDERS[0], "OrderStatus": status}, [], None, "USD").status == mapped


def test_v0_order_without_total_takes_the_marketplace_currency():
    raw = {k: v for k, v in V0_ORDERS[0].items() if k != "OrderTotal"}
    order = order_from_v0(1, raw, [], None, "JPY")
    assert (order.total, order.currency) == (Decimal(0), "JPY")


@pytest.mark.parametrize(("change", "reason"), [
    ({"AmazonOrderId": None}, "AmazonOrderId missing"),
    ({"AmazonOrderId": "x" * 65}, "AmazonOrderId is not a plausible identifier"),
    ({"PurchaseDate": "2026-13-01T00:00:00Z"}, "PurchaseDate is not ISO 8601"),
    ({"PurchaseDate": 1700000000}, "PurchaseDate is not a date-time string"),
    ({"OrderTotal": "11.01"}, "OrderTotal is not an object"),
    ({"OrderTotal": {"CurrencyCode": "USD", "Amount": "NaN"}}, "OrderTotal.Amount is out of range"),
    ({"OrderTotal": {"CurrencyCode": "USD", "Amount": 11.01}}, "OrderTotal.Amount is not a decimal string"),
    ({"OrderTotal": {"CurrencyCode": "US", "Amount": "1"}}, "OrderTotal.CurrencyCode is not an ISO 4217 code"),
    ({"BuyerInfo": {"BuyerEmail": ["a@b"]}}, "BuyerEmail is not a string"),
])
def test_malformed_v0_orders_name_the_field(change, reason):
    with pytest.raises(MalformedOrder, match=reason):
        order_from_v0(1, {**V0_ORDERS[0], **change}, V0_ITEMS, None, "USD")


@pytest.mark.parametrize("item", [
    "not an object", {"ASIN": "B0", "OrderItemId": "1"}, {"ASIN": "B0", "OrderItemId": "1", "QuantityOrdered": -1},
    {"ASIN": "B0", "OrderItemId": "1", "QuantityOrdered": True}, {"OrderItemId": "1", "QuantityOrdered": 1},
    {"ASIN": "B0", "QuantityOrdered": 1, "ItemPrice": {"CurrencyCode": "USD", "Amount": "1..0"}},
])
def test_malformed_v0_items_fail_the_order(item):
    with pytest.raises(MalformedOrder):
        order_from_v0(1, V0_ORDERS[0], [item], None, "USD")


def test_amazons_2026_example_maps():
    order = order_from_2026(1, ORDERS_2026[0], "")
    assert (order.external_id, order.status, order.currency, order.total) == (
        "250-1234567-8901234", "shipped", "JPY", Decimal("19940"))
    assert order.buyer_email == "buyer-email@marketplace.amazon.co.jp"
    assert [(i.sku, i.quantity, i.unit_price) for i in order.items][:2] == [
        ("ECHO-DOT-4-JP-CHARCOAL", 1, Decimal("5980")), ("FIRE-TV-4K-MAX-JP", 2, Decimal("6980"))]


@pytest.mark.parametrize("raw", ORDERS_2026, ids=lambda o: o["orderId"])
def test_every_2026_example_order_maps(raw):
    order = order_from_2026(1, raw, "USD")
    assert order.external_id == raw["orderId"] and len(order.items) == len(raw["orderItems"])
    assert len(order.shipments) == len(raw.get("packages", []))
    assert all(s.tracking_number for s in order.shipments)


def _with_packages(*statuses: str) -> dict:
    raw = copy.deepcopy(ORDERS_2026[0])
    raw["fulfillment"]["deliverByWindow"] = {"latestDateTime": "2024-12-30T23:59:59Z"}
    raw["packages"] = [{"packageReferenceId": str(n), "carrier": "Yamato", "trackingNumber": f"T{n}",
                        "shipTime": "2024-12-26T01:00:00Z", "packageStatus": {"status": s}}
                       for n, s in enumerate(statuses)]
    return raw


def test_2026_packages_become_shipments_with_the_promised_eta():
    order = order_from_2026(1, _with_packages("IN_TRANSIT", "DELIVERED", "UNDELIVERABLE"), "")
    assert [(s.carrier, s.tracking_number, s.status) for s in order.shipments] == [
        ("Yamato", "T0", "in_transit"), ("Yamato", "T1", "delivered"), ("Yamato", "T2", "exception")]
    assert order.shipments[0].eta_at == datetime(2024, 12, 30, 23, 59, 59, tzinfo=UTC)
    assert order.shipments[1].eta_at is None
    assert order.shipments[0].shipped_at == datetime(2024, 12, 26, 1, 0, tzinfo=UTC)
    assert order.status == "shipped"


def test_2026_shipped_order_with_every_parcel_delivered_is_delivered():
    assert order_from_2026(1, _with_packages("DELIVERED", "DELIVERED"), "").status == "delivered"


def test_2026_order_without_optional_datasets_still_maps():
    raw = {k: v for k, v in ORDERS_2026[0].items() if k not in ("fulfillment", "proceeds", "buyer", "packages")}
    order = order_from_2026(1, raw, "USD")
    assert (order.status, order.total, order.currency, order.buyer_email) == ("unknown", Decimal(0), "JPY", None)


@pytest.mark.parametrize(("path", "value", "reason"), [
    (("orderItems",), None, "orderItems is not a list"),
    (("orderItems", 0, "product"), None, r"orderItems\[0\].product missing"),
    (("orderItems", 0, "quantityOrdered"), 1.5, "quantityOrdered is not a non-negative integer"),
    (("createdTime",), "2024-12-25", None),
    (("createdTime",), "noon", "createdTime is not ISO 8601"),
    (("fulfillment", "fulfillmentStatus"), 3, "fulfillmentStatus missing or not a string"),
    (("proceeds", "grandTotal", "amount"), "1e999", "out of range"),
    (("packages",), {"carrier": "x"}, "packages is not a list"),
    (("packages",), ["x"], r"packages\[0\] is not an object"),
    (("salesChannel",), "AMAZON", "salesChannel is not an object"),
])
def test_malformed_2026_orders_name_the_field(path, value, reason):
    raw = copy.deepcopy(ORDERS_2026[0])
    target = raw
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    if reason is None:  # a date without a time is still ISO 8601: accepted as midnight UTC
        assert order_from_2026(1, raw, "").placed_at == datetime(2024, 12, 25, tzinfo=UTC)
        return
    with pytest.raises(MalformedOrder, match=reason):
        order_from_2026(1, raw, "")


def test_the_sandbox_bundles_the_specs_with_their_licence():
    from importlib import resources

    folder = resources.files("desk.sandbox").joinpath("specs", "amazon")
    assert {"LICENSE", "NOTICE", "ordersV0.json", "orders_2026-01-01.json"} <= {p.name for p in folder.iterdir()}
    assert "Apache License" in folder.joinpath("LICENSE").read_text(encoding="utf-8")
    assert [load_spec(v)["info"]["version"] for v in ("v0", "2026-01-01")] == ["v0", "2026-01-01"]
