"""Reading quarantined items again, e.g. after an upgrade taught the parsers something new.

What now reads is ingested exactly as sync would have stored it (idempotently: a message that
arrived meanwhile is not stored twice) and leaves the quarantine in the same transaction; what
still does not read stays, with its retry count raised and the current reason. Runs on the
writer thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from desk.storage.db import Database


@dataclass(frozen=True, slots=True)
class RetryResult:
    read: int  # items that parse now: stored and gone from the quarantine
    still_unreadable: int
    messages: int  # new messages those items gave (0 for a message already in the cache)


def retry(db: Database, ids: Iterable[int] | None = None, now: datetime | None = None) -> RetryResult:
    """Read every quarantined item (or those in `ids`) again."""
    from desk.accounts import list_accounts
    from desk.connectors.registry import reread
    from desk.storage.quarantine import raw_payload

    now = now or datetime.now(UTC)
    accounts = {account.id: account for account in list_accounts(db)}
    read = stuck = stored = 0
    for item_id, account_id, kind in _items(db, ids):
        try:
            batch = reread(accounts[account_id], kind, raw_payload(db, item_id))
        except (ValueError, KeyError, FileNotFoundError) as problem:
            _still_unreadable(db, item_id, str(problem))
            stuck += 1
            continue
        if batch.quarantined:
            _still_unreadable(db, item_id, batch.quarantined[0].reason)
            stuck += 1
            continue
        stored += _store(db, item_id, batch, now)
        read += 1
    return RetryResult(read, stuck, stored)


def _items(db: Database, ids: Iterable[int] | None) -> list[tuple[int, int, str]]:
    rows = db.fetch_all("SELECT id, account_id, kind FROM quarantine ORDER BY id")
    wanted = None if ids is None else set(ids)
    return [tuple(row) for row in rows if wanted is None or row[0] in wanted]


def _store(db: Database, item_id: int, batch, now: datetime) -> int:
    from sqlalchemy import delete

    from desk.storage.ingest import Ingestor
    from desk.storage.models import QuarantinedItem
    from desk.storage.orders import upsert_orders
    from desk.sync.store import apply_deliveries

    table = QuarantinedItem.__table__

    def also(conn) -> None:
        upsert_orders(conn, batch.orders)
        apply_deliveries(conn, batch.deliveries)
        conn.execute(delete(table).where(table.c.id == item_id))

    return Ingestor(db).ingest(batch.messages, now=now, also=also).inserted


def _still_unreadable(db: Database, item_id: int, reason: str) -> None:
    from sqlalchemy import update

    from desk.storage.models import QuarantinedItem

    table = QuarantinedItem.__table__
    with db.engine.begin() as conn:
        conn.execute(update(table).where(table.c.id == item_id).values(
            retry_count=table.c.retry_count + 1, reason=reason))
