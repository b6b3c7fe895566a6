"""The relay's durable event log: one SQLite row per distinct webhook delivery.

WAL with `synchronous=FULL` makes every commit reach the disk before `add` returns, so the relay
answers Meta's POST with 200 only once the event survives a crash or power loss. Meta retries a
delivery it thinks failed with the same body; the SHA-256 of the raw body is unique, so a retry
is stored once and keeps its first cursor.

Each store has a random `store_id`, made when the file is created: a Desk that sees another id
than the one beside its cursor knows the store was reset or replaced and reads from the start
(ingest stores each message once). A store restored from a backup keeps its id but its `last`
cursor falls behind what Desk has read: Desk reads from the start then too. Readers (each Desk,
by a name of its own) acknowledge what they have read by asking for what comes after it; events
every known reader has acknowledged are pruned once older than the retention period.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SCHEMA_VERSION = 2
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS events (
        cursor INTEGER PRIMARY KEY AUTOINCREMENT,
        body_sha256 TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL,
        body BLOB NOT NULL
    )""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS readers (name TEXT PRIMARY KEY, acked INTEGER NOT NULL, seen_at TEXT NOT NULL)",
)
DEFAULT_RETENTION = timedelta(days=30)
PRUNE_EVERY_S = 60.0


class StoreError(Exception):
    """The store file cannot be used (not a relay store, written by a newer relay, unreadable)."""


@dataclass(frozen=True, slots=True)
class StoredEvent:
    cursor: int
    received_at: str  # ISO 8601, UTC
    body: bytes  # exactly the bytes Meta signed


class EventStore:
    """Thread-safe: the relay calls it from Starlette's worker threads."""

    def __init__(self, path: str | Path, *, retention: timedelta = DEFAULT_RETENTION):
        self.path = Path(path)
        self.retention = retention
        self._lock = threading.Lock()
        self._pruned_at = 0.0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._prepare()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot use {self.path} as the relay store: {error}") from error

    def _prepare(self) -> None:
        conn = self._conn
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer relay (schema {version})")
        if version == 0 and tables - {"sqlite_sequence"}:
            raise StoreError(f"{self.path} is an SQLite file of something else, not a relay store")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('store_id', ?)", (uuid.uuid4().hex,))
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self.store_id = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0]

    def add(self, body: bytes, received_at: datetime | None = None) -> tuple[int, bool]:
        """Store `body` once; returns (its cursor, whether it was new)."""
        digest = hashlib.sha256(body).hexdigest()
        stamp = _stamp(received_at or datetime.now(UTC))
        with self._lock:
            # Look before inserting: a conflicting INSERT would still use up an AUTOINCREMENT value.
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                known = self._conn.execute("SELECT cursor FROM events WHERE body_sha256 = ?", (digest,)).fetchone()
                if known is None:
                    cursor = self._conn.execute(
                        "INSERT INTO events (body_sha256, received_at, body) VALUES (?, ?, ?)", (digest, stamp, body)
                    ).lastrowid
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return (known[0], False) if known is not None else (cursor, True)

    def after(self, cursor: int, limit: int, reader: str | None = None) -> list[StoredEvent]:
        """Events after `cursor`; a named reader thereby acknowledges everything up to `cursor`."""
        with self._lock:
            if reader:
                self._acknowledge(reader, cursor)
            rows = self._conn.execute(
                "SELECT cursor, received_at, body FROM events WHERE cursor > ? ORDER BY cursor LIMIT ?",
                (cursor, limit),
            ).fetchall()
        return [StoredEvent(row[0], row[1], bytes(row[2])) for row in rows]

    def last_cursor(self) -> int:
        """The highest cursor this store ever gave (pruned events included)."""
        with self._lock:
            row = self._conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
        return row[0] if row else 0

    def _acknowledge(self, reader: str, cursor: int) -> None:
        now = datetime.now(UTC)
        self._conn.execute(
            "INSERT INTO readers (name, acked, seen_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE"
            " SET acked = excluded.acked, seen_at = excluded.seen_at", (reader[:200], cursor, _stamp(now)))
        if time.monotonic() - self._pruned_at >= PRUNE_EVERY_S:
            self._prune(now)

    def prune(self, now: datetime | None = None) -> int:
        """Delete events every reader has acknowledged that are older than the retention; how many."""
        with self._lock:
            return self._prune(now or datetime.now(UTC))

    def _prune(self, now: datetime) -> int:
        self._pruned_at = time.monotonic()
        acked = self._conn.execute("SELECT min(acked) FROM readers").fetchone()[0]
        if acked is None:  # nobody has read yet: nothing is known to be safe to drop
            return 0
        return self._conn.execute("DELETE FROM events WHERE cursor <= ? AND received_at < ?",
                                  (acked, _stamp(now - self.retention))).rowcount

    def count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")
