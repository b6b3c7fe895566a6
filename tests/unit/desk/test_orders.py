"""Orders from the platforms: upserted, linked to the conversations that mention them."""

from datetime import timedelta
from decimal import Decimal

from desk.connectors.base import SyncBatch
from desk.domain import DeliveryState, Direction
from desk.domain.records import DeliveryUpdate, OrderItemRecord, OrderRecord, RefundRecord, ShipmentRecord
from desk.storage.ingest import Ingestor
from desk.storage.order_view import load_order_for_conversation
from desk.storage.orders import upsert_orders
from desk.sync.store import SyncStore
from tests.helpers.messages import NOW, message


def order(account_id, external_id="302-1234567-7654321", status="shipped", email=None, refunds=()):
    return OrderRecord(
        account_id=account_id, external_id=external_id, status=status, currency="EUR", total=Decimal("34.99"),
        placed_at=NOW - timedelta(days=5), buyer_email=email,
        items=[OrderItemRecord("LM-LAMP-BLK", "Lumora LED Desk Lamp", 1, Decimal("34.99"))],
        shipments=[ShipmentRecord("DHL", "JJD000390007212345678", "in_transit", NOW - timedelta(days=3))],
        refunds=list(refunds),
    )


def test_an_order_synced_after_the_message_is_linked_to_its_conversation(db, accounts):
    amazon = accounts["amazon"]
    Ingestor(db).ingest([message(amazon, "m", "Wo ist 302-1234567-7654321?", order_external_id="302-1234567-7654321")],
                        now=NOW)
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    assert load_order_for_conversation(db, cid) is None
    with db.engine.begin() as conn:
        upsert_orders(conn, [order(amazon)])
    view = load_order_for_conversation(db, cid)
    assert view.external_id == "302-1234567-7654321" and view.total == "34.99"
    assert view.items == (("LM-LAMP-BLK", "Lumora LED Desk Lamp", 1, "34.99"),)
    assert view.shipments[0][:3] == ("DHL", "JJD000390007212345678", "in_transit")


def test_an_order_already_known_is_linked_when_the_conversation_starts(db, accounts):
    amazon = accounts["amazon"]
    with db.engine.begin() as conn:
        upsert_orders(conn, [order(amazon)])
    Ingestor(db).ingest([message(amazon, "m", order_external_id="302-1234567-7654321")], now=NOW)
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    assert load_order_for_conversation(db, cid).external_id == "302-1234567-7654321"


def test_upserting_again_refreshes_without_duplicating(db, accounts):
    amazon = accounts["amazon"]
    with db.engine.begin() as conn:
        upsert_orders(conn, [order(amazon)])
        upsert_orders(conn, [order(amazon, status="refunded",
                                   refunds=[RefundRecord(Decimal("34.99"), "damaged", "completed", NOW)])])
    assert db.fetch_all("SELECT count(*), max(status) FROM orders") == [(1, "refunded")]
    assert db.fetch_all("SELECT count(*) FROM order_items") == [(1,)]
    assert db.fetch_all("SELECT count(*) FROM refunds") == [(1,)]


def test_a_shopify_customers_mail_is_linked_to_their_order_by_email(db, accounts):
    shop = accounts["shopify"]
    Ingestor(db).ingest([message(shop, "m", "Where is my lamp?", customer_email="Ana@Example.com")], now=NOW)
    with db.engine.begin() as conn:
        upsert_orders(conn, [order(shop, "#1042", email="ana@example.com")])
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    assert load_order_for_conversation(db, cid).external_id == "#1042"


def test_a_batch_its_orders_deliveries_and_cursor_are_stored_together(db, accounts):
    wa = accounts["whatsapp"]
    store = SyncStore(db)
    sent = message(wa, "wamid.1", "Your parcel is on its way", direction=Direction.OUT)
    store.apply(wa, "main", SyncBatch({"relay_cursor": 1}, [sent]))
    updates = [DeliveryUpdate(wa, "wamid.1", DeliveryState.READ, NOW),
               DeliveryUpdate(wa, "wamid.1", DeliveryState.DELIVERED, NOW)]  # out of order: read wins
    store.apply(wa, "main", SyncBatch({"relay_cursor": 3}, orders=[order(wa, "#1050")], deliveries=updates))
    assert db.fetch_all("SELECT delivery_state FROM messages") == [("read",)]
    assert store.cursor(wa, "main") == {"relay_cursor": 3}
    assert db.fetch_all("SELECT external_id FROM orders") == [("#1050",)]


def test_a_failing_batch_keeps_neither_its_messages_nor_its_cursor(db, accounts, monkeypatch):
    import pytest

    wa = accounts["whatsapp"]
    store = SyncStore(db)
    store.apply(wa, "main", SyncBatch({"relay_cursor": 1}, [message(wa, "a")]))

    def broken(conn, records):
        raise RuntimeError("disk gave up")

    monkeypatch.setattr("desk.sync.store.upsert_orders", broken)
    with pytest.raises(RuntimeError):
        store.apply(wa, "main", SyncBatch({"relay_cursor": 2}, [message(wa, "b")], orders=[order(wa, "#1")]))
    assert store.cursor(wa, "main") == {"relay_cursor": 1}
    assert db.fetch_all("SELECT external_id FROM messages") == [("a",)]
