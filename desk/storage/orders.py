"""Orders from the platforms: upserted by (account, order id), linked to the conversations that
mention them, shown beside the conversation."""

from __future__ import annotations


from sqlalchemy import Connection, delete, insert, select, update

from desk.domain.records import OrderRecord
from desk.storage.models import (
    Conversation,
    CustomerIdentity,
    Order,
    OrderItem,
    Refund,
    ReturnRequest,
    Shipment,
)
from desk.storage.timekeys import to_epoch

ORDERS = Order.__table__
CHILDREN = (OrderItem.__table__, Shipment.__table__, Refund.__table__, ReturnRequest.__table__)


def upsert_orders(conn: Connection, records: list[OrderRecord]) -> list[int]:
    """Insert or refresh each order with its items, shipments, refunds and returns; link the
    conversations waiting for it and its buyer. Runs inside the caller's transaction."""
    ids = []
    for record in records:
        order_id = _upsert_order(conn, record)
        for table in CHILDREN:
            conn.execute(delete(table).where(table.c.order_id == order_id))
        _insert_children(conn, order_id, record)
        _link(conn, order_id, record)
        ids.append(order_id)
    return ids


def _upsert_order(conn: Connection, r: OrderRecord) -> int:
    values = {
        "status": r.status, "currency": r.currency, "total": r.total, "placed_at": to_epoch(r.placed_at),
    }
    found = conn.execute(
        select(ORDERS.c.id).where(ORDERS.c.account_id == r.account_id, ORDERS.c.external_id == r.external_id)
    ).scalar()
    if found is not None:
        conn.execute(update(ORDERS).where(ORDERS.c.id == found).values(**values))
        return found
    return conn.execute(
        insert(ORDERS).values(account_id=r.account_id, external_id=r.external_id, **values)
    ).inserted_primary_key[0]


def _insert_children(conn: Connection, order_id: int, r: OrderRecord) -> None:
    items, shipments, refunds, returns = CHILDREN
    rows = {
        items: [dict(order_id=order_id, sku=i.sku, title=i.title, quantity=i.quantity, unit_price=i.unit_price)
                for i in r.items],
        shipments: [dict(order_id=order_id, carrier=s.carrier, tracking_number=s.tracking_number, status=s.status,
                         shipped_at=to_epoch(s.shipped_at), delivered_at=to_epoch(s.delivered_at),
                         eta_at=to_epoch(s.eta_at), tracking_url=s.tracking_url) for s in r.shipments],
        refunds: [dict(order_id=order_id, amount=f.amount, reason=f.reason, status=f.status,
                       created_at=to_epoch(f.created_at)) for f in r.refunds],
        returns: [dict(order_id=order_id, reason=t.reason, status=t.status, rma=t.rma,
                       created_at=to_epoch(t.created_at)) for t in r.returns],
    }
    for table, values in rows.items():
        if values:
            conn.execute(insert(table), values)


def _link(conn: Connection, order_id: int, r: OrderRecord) -> None:
    """Conversations that named this order id get it; the buyer's customer record owns it."""
    conv = Conversation.__table__.c
    conn.execute(
        update(Conversation.__table__)
        .where(conv.account_id == r.account_id, conv.order_ref == r.external_id, conv.order_id.is_(None))
        .values(order_id=order_id)
    )
    if r.buyer_email:
        ident = CustomerIdentity.__table__.c
        customer_id = conn.execute(
            select(ident.customer_id).where(ident.kind == "email", ident.value == r.buyer_email.strip().lower())
        ).scalar()
        if customer_id is not None:
            conn.execute(update(ORDERS).where(ORDERS.c.id == order_id).values(customer_id=customer_id))
            # Mail from a Shopify customer names no order: link their latest one.
            conn.execute(
                update(Conversation.__table__)
                .where(conv.account_id == r.account_id, conv.customer_id == customer_id,
                       conv.order_id.is_(None), conv.order_ref.is_(None))
                .values(order_id=order_id)
            )
