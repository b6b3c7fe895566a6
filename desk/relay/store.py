"""The relay's durable event log: one SQLite row per distinct webhook delivery.

WAL with `synchronous=FULL` makes every commit reach the disk before `add` returns, so the relay
answers Meta's POST with 200 only once the event survives a crash or power loss. Meta retries a
delivery it thinks failed with the same body; the SHA-256 of the raw body is unique, so a retry
is stored once and keeps its first cursor.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    cursor INTEGER PRIMARY KEY AUTOINCREMENT,
    body_sha256 TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    body BLOB NOT NULL
)
"""


class StoreError(Exception):
    """The store file cannot be used (not a relay store, written by a newer relay, unreadable)."""


@dataclass(frozen=True, slots=True)
class StoredEvent:
    cursor: int
    received_at: str  # ISO 8601, UTC
    body: bytes  # exactly the bytes Meta signed


class EventStore:
    """Thread-safe: the relay calls it from Starlette's worker threads."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
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
        conn.execute(_SCHEMA)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def add(self, body: bytes, received_at: datetime | None = None) -> tuple[int, bool]:
        """Store `body` once; returns (its cursor, whether it was new)."""
        digest = hashlib.sha256(body).hexdigest()
        stamp = (received_at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")
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

    def after(self, cursor: int, limit: int) -> list[StoredEvent]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT cursor, received_at, body FROM events WHERE cursor > ? ORDER BY cursor LIMIT ?",
                (cursor, limit),
            ).fetchall()
        return [StoredEvent(row[0], row[1], bytes(row[2])) for row in rows]

    def count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._conn.close()
