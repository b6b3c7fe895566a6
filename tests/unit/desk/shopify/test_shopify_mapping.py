"""Shopify order nodes (as the DeskOrder fragment returns them) mapped to OrderRecord."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from desk.connectors.shopify.orders import Malformed, order_record
from tests.integration.shopify.shopify_seeds import START, iso, order, refund, return_request


def node(**overrides):
    """An order node shaped like the API's answer: connections as {"nodes": [...]}."""
    seeded = order(1042, START, items=2, **overrides)
    seeded["customer"] = {"id": "gid://shopify/Customer/7", "displayName": "Alice Martin"}
    seeded["lineItems"] = {"pageInfo": {"hasNextPage": False, "endCursor": None}, "nodes": seeded["lineItems"]}
    seeded["returns"] = {"nodes": [r | {"returnLineItems": {"nodes": r["returnLineItems"]}}
                                   for r in seeded["returns"]]}
    return seeded


def test_a_shipped_order():
    record = order_record(node(), account_id=3)
    assert (record.account_id, record.external_id, record.status) == (3, "#1042", "shipped")
    assert (record.currency, record.total) == ("EUR", Decimal("69.98"))
    assert record.placed_at == START - timedelta(days=3)
    assert (record.buyer_email, record.buyer_name) == ("alice@example.com", "Alice Martin")
    assert [(i.sku, i.quantity, i.unit_price) for i in record.items] == [("RJ-104200", 1, Decimal("34.99")),
                                                                         ("RJ-104201", 1, Decimal("34.99"))]
    [shipment] = record.shipments
    assert (shipment.carrier, shipment.tracking_number, shipment.status) == ("DHL Express", "JD01460001042",
                                                                             "in_transit")
    assert shipment.shipped_at == START - timedelta(days=2)
    assert shipment.eta_at == START + timedelta(days=3)


def fulfillment(display_status, *tracking, status="SUCCESS", delivered_at=None):
    return {"id": "gid://shopify/Fulfillment/9", "status": status, "displayStatus": display_status,
            "createdAt": iso(START), "inTransitAt": None, "deliveredAt": delivered_at, "estimatedDeliveryAt": None,
            "trackingInfo": [{"company": c, "number": n, "url": None} for c, n in tracking]}


@pytest.mark.parametrize(("overrides", "status"), [
    ({"cancelledAt": iso(START)}, "cancelled"),
    ({"displayFinancialStatus": "REFUNDED"}, "refunded"),
    ({"displayFinancialStatus": "PARTIALLY_REFUNDED"}, "partially_refunded"),
    ({"fulfillments": [fulfillment("DELIVERED", ("DHL", "1"), delivered_at=iso(START))]}, "delivered"),
    ({"displayFulfillmentStatus": "PARTIALLY_FULFILLED"}, "shipped"),
    ({"displayFulfillmentStatus": "UNFULFILLED", "fulfillments": []}, "unshipped"),
    ({"displayFulfillmentStatus": "UNFULFILLED", "displayFinancialStatus": "PENDING", "fulfillments": []},
     "pending"),
])
def test_order_status(overrides, status):
    assert order_record(node(**overrides), 1).status == status


def test_one_shipment_per_tracking_number_and_none_for_cancelled_fulfillments():
    record = order_record(node(fulfillments=[
        fulfillment("OUT_FOR_DELIVERY", ("UPS", "1Z1"), ("UPS", "1Z2")),
        fulfillment("LABEL_PRINTED"),
        fulfillment(None, ("USPS", "940"), status="CANCELLED"),
        fulfillment(None, ("Yun", "YT1"), delivered_at=iso(START)),
    ]), 1)
    assert [(s.carrier, s.tracking_number, s.status) for s in record.shipments] == [
        ("UPS", "1Z1", "out_for_delivery"), ("UPS", "1Z2", "out_for_delivery"), ("", "", "label_created"),
        ("Yun", "YT1", "delivered")]


def test_refunds_and_returns():
    refunded_at = START - timedelta(hours=5)
    record = order_record(node(
        refunds=[refund("12.50", refunded_at), refund("3.00", refunded_at, note=None) | {"createdAt": None}],
        returns=[return_request("#1042-R1", "REQUESTED", "SIZE_TOO_SMALL", "SIZE_TOO_SMALL", "STYLE"),
                 return_request("#1042-R2", "DECLINED")],
    ), 1)
    assert [(r.amount, r.reason, r.status, r.created_at) for r in record.refunds] == [
        (Decimal("12.50"), "damaged in transit", "completed", refunded_at),
        (Decimal("3.00"), "", "completed", refunded_at)]
    assert [(r.reason, r.status, r.rma, r.created_at) for r in record.returns] == [
        ("size_too_small,style", "requested", "#1042-R1", START), ("unknown", "closed", "#1042-R2", START)]


def broken(path: tuple, value):
    seeded = node()
    target = seeded
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return seeded


@pytest.mark.parametrize("bad", [
    broken(("name",), None),
    broken(("name",), 1042),
    broken(("createdAt",), "yesterday"),
    broken(("totalPriceSet",), "69.98"),
    broken(("totalPriceSet", "presentmentMoney", "amount"), 69.98),
    broken(("totalPriceSet", "presentmentMoney", "amount"), "NaN"),
    broken(("lineItems",), [1, 2]),
    broken(("lineItems", "nodes", 0, "quantity"), "1"),
    broken(("lineItems", "nodes", 0, "quantity"), True),
    broken(("fulfillments",), {"id": 1}),
    broken(("refunds",), [None]),
    broken(("returns", "nodes"), [{"name": "#R", "status": "SHIPPED_BACK", "returnLineItems": {"nodes": []}}]),
    "not an order",
])
def test_malformed_nodes_raise_malformed_not_type_or_key_errors(bad):
    with pytest.raises(Malformed):
        order_record(copy.deepcopy(bad), 1)


def test_naive_timestamps_are_read_as_utc():
    record = order_record(node(createdAt="2026-05-01T08:00:00"), 1)
    assert record.placed_at == datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("masked", ["•••", "••• •••", "A••• M•••"])
def test_a_masked_name_or_address_is_stored_as_unknown_never_as_a_name(masked):
    """Since 2026-12-01 Shopify masks displayName (and contact fields) for apps without access."""
    seeded = node(email=masked)
    seeded["customer"]["displayName"] = masked
    record = order_record(seeded, 1)
    assert (record.buyer_name, record.buyer_email) == (None, None)


def test_a_return_is_dated_by_its_own_creation_and_an_undated_one_by_the_order():
    created = START - timedelta(days=1)
    dated = return_request("#1042-R1", "OPEN", "defective", created_at=created)
    undated = return_request("#1042-R2", "CLOSED", "wrong-item") | {"createdAt": None}
    undated["returnLineItems"][0]["returnReasonDefinition"] = None
    record = order_record(node(returns=[dated, undated]), 1)
    assert [(r.reason, r.status, r.created_at) for r in record.returns] == [
        ("defective", "authorized", created), ("unknown", "closed", START)]
