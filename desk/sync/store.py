"""The database side of sync (runs on the writer thread): each pulled batch, its orders, delivery
updates, unreadable items (the quarantine) and new cursor are stored in one transaction, so a
crash keeps all of it or none."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, select, update

from desk.connectors.base import SyncBatch
from desk.domain import DeliveryState, OutboxState
from desk.domain.records import DeliveryUpdate
from desk.storage.db import Database
from desk.storage.ingest import IngestResult, Ingestor
from desk.storage.models import AccountNotice, Message, OutboxEntry, SyncCursor
from desk.storage.orders import upsert_orders
from desk.storage.quarantine import keep as keep_unreadable
from desk.storage.timekeys import to_epoch
from desk.sync.crashpoints import crashpoint

class SyncStore:
    def __init__(self, db: Database):
        self.db = db
        self.ingestor = Ingestor(db)

    def cursor(self, account_id: int, stream: str) -> dict[str, Any] | None:
        rows = self.db.fetch_all(
            "SELECT cursor_json FROM sync_cursors WHERE account_id = :a AND stream = :s", {"a": account_id, "s": stream}
        )
        return json.loads(rows[0][0]) if rows else None

    def apply(self, account_id: int, stream: str, batch: SyncBatch) -> IngestResult:
        def also(conn: Connection) -> None:
            upsert_orders(conn, batch.orders)
            apply_deliveries(conn, batch.deliveries)
            keep_unreadable(conn, self.db, account_id, batch.quarantined)
            save_notices(conn, account_id, batch.notices)
            save_cursor(conn, account_id, stream, batch.cursor)
            crashpoint("sync.before_commit")

        return self.ingestor.ingest(batch.messages, also=also)


def save_cursor(conn: Connection, account_id: int, stream: str, cursor: dict[str, Any]) -> None:
    table = SyncCursor.__table__
    values = {"cursor_json": json.dumps(cursor, sort_keys=True), "updated_at": to_epoch(datetime.now(UTC))}
    done = conn.execute(
        update(table).where(table.c.account_id == account_id, table.c.stream == stream).values(**values)
    ).rowcount
    if not done:
        conn.execute(table.insert().values(account_id=account_id, stream=stream, **values))


def save_notices(conn: Connection, account_id: int, notices: dict[str, str | None]) -> None:
    """Replace each reported kind of notice on the account; None removes it."""
    table = AccountNotice.__table__
    for kind, message in notices.items():
        conn.execute(delete(table).where(table.c.account_id == account_id, table.c.kind == kind))
        if message is not None:
            conn.execute(table.insert().values(account_id=account_id, kind=kind, message=message,
                                               at=to_epoch(datetime.now(UTC))))


def apply_deliveries(conn: Connection, updates: list[DeliveryUpdate]) -> None:
    messages, outbox = Message.__table__, OutboxEntry.__table__
    for u in updates:
        row = conn.execute(
            select(messages.c.id, messages.c.delivery_state).where(
                messages.c.account_id == u.account_id, messages.c.external_id == u.external_id
            )
        ).first()
        if row is None or DeliveryState(row[1]).rank >= u.state.rank:
            continue
        conn.execute(update(messages).where(messages.c.id == row[0]).values(delivery_state=u.state.value))
        if u.state is DeliveryState.FAILED:
            conn.execute(
                update(outbox).where(outbox.c.message_id == row[0])
                .values(state=OutboxState.FAILED.value, last_error=u.error or "the platform reported a failure")
            )
