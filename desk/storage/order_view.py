"""The order beside a conversation, read without the ORM (the window imports this at start-up)."""

from __future__ import annotations

from decimal import Decimal

from desk.domain.views import OrderView
from desk.storage.db import Database


def load_order_for_conversation(db: Database, conversation_id: int) -> OrderView | None:
    head = db.fetch_all(
        """SELECT o.id, o.external_id, o.status, o.currency, o.total, o.placed_at FROM conversations c
           JOIN orders o ON o.id = c.order_id WHERE c.id = :id""",
        {"id": conversation_id},
    )
    if not head:
        return None
    oid, external_id, status, currency, total, placed_at = head[0]
    p = {"id": oid}
    items = db.fetch_all("SELECT sku, title, quantity, unit_price FROM order_items WHERE order_id = :id ORDER BY id", p)
    refunds = db.fetch_all("SELECT amount, reason, status, created_at FROM refunds WHERE order_id = :id ORDER BY id", p)
    return OrderView(
        external_id, status, currency, _money(total), placed_at,
        tuple((sku, title, qty, _money(price)) for sku, title, qty, price in items),
        tuple(db.fetch_all(
            "SELECT carrier, tracking_number, status, shipped_at, eta_at FROM shipments WHERE order_id = :id ORDER BY id", p)),
        tuple((_money(amount), reason, st, at) for amount, reason, st, at in refunds),
        tuple(db.fetch_all("SELECT reason, status, rma, created_at FROM returns WHERE order_id = :id ORDER BY id", p)),
    )


def _money(value) -> str:
    """Amounts read back as float (SQLite) or Decimal (PostgreSQL): shown with two decimals."""
    return f"{Decimal(str(value)):.2f}"
