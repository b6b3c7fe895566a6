"""The quarantine: what a connector fetched but could not read, kept raw with the reason.

Sync stores a batch's unreadable items in the same transaction as its messages and cursor
(`keep`), so the cursor moves on and nothing is lost. The window shows `summary` ("2 messages
could not be read", with sender and date where known); the agent can `export` them to a folder,
and `desk.sync.quarantine.retry` parses them again after an upgrade.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk.domain.records import Unreadable
from desk.storage.db import Database
from desk.storage.timekeys import from_epoch, to_epoch

INLINE_BYTES = 256 * 1024  # larger payloads are files in the attachment store, named by their sha256
SUFFIXES = {"mail": ".eml", "webhook": ".json", "order": ".json"}
_COLUMNS = ("q.id, q.account_id, a.name, a.channel, q.kind, q.reason, q.source, q.sender, q.sent_at,"
            " q.first_seen_at, q.last_seen_at, q.retry_count, q.size")


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    id: int
    account_id: int
    account_name: str
    channel: str
    kind: str
    reason: str
    source: str
    sender: str | None
    sent_at: datetime | None
    first_seen_at: datetime
    last_seen_at: datetime
    retry_count: int
    size: int


@dataclass(frozen=True, slots=True)
class QuarantineSummary:
    """What the window says: `count` items could not be read; `latest` are the newest few."""

    count: int
    latest: tuple[QuarantineEntry, ...]


def keep(conn, db: Database, account_id: int, items: Sequence[Unreadable], now: datetime | None = None) -> None:
    """Store `items` inside the caller's transaction; a payload seen before only gets a new last_seen_at."""
    from sqlalchemy import update

    from desk.storage.models import QuarantinedItem

    if not items:
        return
    table = QuarantinedItem.__table__
    stamp = to_epoch(now or datetime.now(UTC))
    store = db.attachments
    rows = {}
    for item in items:
        digest = hashlib.sha256(item.raw).hexdigest()
        inline = len(item.raw) <= INLINE_BYTES
        if not inline:
            store.put(item.raw)
        rows[(item.kind, digest)] = {
            "account_id": account_id, "kind": item.kind[:16], "sha256": digest, "size": len(item.raw),
            "raw": item.raw if inline else None, "reason": item.reason, "source": item.source[:320],
            "sender": (item.sender or None) and item.sender[:320], "sent_at": to_epoch(item.sent_at),
            "first_seen_at": stamp, "last_seen_at": stamp, "retry_count": 0,
        }
    conn.execute(db.dialect.insert_ignoring_duplicates(table), list(rows.values()))
    for kind, digest in rows:
        conn.execute(update(table).where(table.c.account_id == account_id, table.c.kind == kind,
                                         table.c.sha256 == digest).values(last_seen_at=stamp))


def count(db: Database, account_id: int | None = None) -> int:
    where, params = _account_filter(account_id)
    return db.fetch_all(f"SELECT count(*) FROM quarantine q {where}", params)[0][0]


def entries(db: Database, account_id: int | None = None, limit: int = 100, offset: int = 0) -> list[QuarantineEntry]:
    """Newest first (by when it was last seen)."""
    where, params = _account_filter(account_id)
    rows = db.fetch_all(
        f"SELECT {_COLUMNS} FROM quarantine q JOIN accounts a ON a.id = q.account_id {where}"
        f" ORDER BY q.last_seen_at DESC, q.id DESC LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return [_entry(row) for row in rows]


def summary(db: Database, latest: int = 5) -> QuarantineSummary:
    return QuarantineSummary(count(db), tuple(entries(db, limit=latest)))


def raw_payload(db: Database, item_id: int) -> bytes:
    """The bytes exactly as fetched. Raises KeyError for an unknown id, FileNotFoundError when the
    file of a large payload is missing."""
    rows = db.fetch_all("SELECT raw, sha256 FROM quarantine WHERE id = :i", {"i": item_id})
    if not rows:
        raise KeyError(item_id)
    raw, digest = rows[0]
    if raw is not None:
        return bytes(raw)
    data = db.attachments.get(digest)
    if data is None:
        raise FileNotFoundError(f"the quarantined payload {digest} is missing from the attachment store")
    return data


def export(db: Database, folder: Path, ids: Iterable[int] | None = None) -> list[Path]:
    """Write each item (all, or `ids`) as `<id>-<kind>.eml|.json` plus `index.json` describing them
    (reason, account, sender, dates). Returns the payload files written."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = None if ids is None else set(ids)
    chosen = [e for e in entries(db, limit=10**9) if wanted is None or e.id in wanted]
    written, index = [], []
    for entry in chosen:
        path = folder / f"{entry.id}-{entry.kind}{SUFFIXES.get(entry.kind, '.bin')}"
        path.write_bytes(raw_payload(db, entry.id))
        written.append(path)
        index.append({"file": path.name, "account": entry.account_name, "channel": entry.channel,
                      "kind": entry.kind, "reason": entry.reason, "source": entry.source, "sender": entry.sender,
                      "sent_at": _iso(entry.sent_at), "first_seen_at": _iso(entry.first_seen_at),
                      "last_seen_at": _iso(entry.last_seen_at), "retry_count": entry.retry_count})
    (folder / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=2), encoding="utf-8")
    return written


def _account_filter(account_id: int | None) -> tuple[str, dict]:
    return ("WHERE q.account_id = :a", {"a": account_id}) if account_id is not None else ("", {})


def _entry(row: tuple) -> QuarantineEntry:
    (item_id, account_id, name, channel, kind, reason, source, sender, sent_at, first, last, retries, size) = row
    return QuarantineEntry(item_id, account_id, name, channel, kind, reason, source, sender,
                           from_epoch(sent_at), from_epoch(first), from_epoch(last), retries, size)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
