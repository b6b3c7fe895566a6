"""Every translation Desk has received, so no text goes to a provider twice.

One SQLite file in the data folder (WAL), keyed by a hash of (source language, target language,
text as sent after glossary protection); the value is the provider's answer with placeholders
still in it, so a changed glossary term applies to old entries too. Lookups are a primary-key
read on the calling thread's own connection (sqlite3 connections belong to one thread), cheap
enough for the UI thread; writes happen on the worker threads that talk to providers.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from desk.errors import StorageUnavailable

log = logging.getLogger(__name__)

CACHE_FILE = "translations.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key BLOB PRIMARY KEY,
    translated TEXT NOT NULL,
    provider TEXT NOT NULL,
    created_at REAL NOT NULL
) WITHOUT ROWID
"""
_MARKS = "CREATE TABLE IF NOT EXISTS marks (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"  # how far copies went


class CachedAnswer(NamedTuple):
    translated: str  # as the provider answered, placeholders included
    provider: str


def cache_key(source: str, target: str, sent_text: str) -> bytes:
    return hashlib.blake2b(f"{source}\x1f{target}\x1f{sent_text}".encode(), digest_size=16).digest()


class TranslationCache:
    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            setup = sqlite3.connect(path, isolation_level=None)
            with setup:
                setup.execute("PRAGMA journal_mode=WAL")
                setup.execute(_SCHEMA)
                setup.execute(_MARKS)
            setup.close()
        except (OSError, sqlite3.Error) as exc:
            raise StorageUnavailable(f"Desk cannot open its translation cache at {path}: {exc}.") from None

    @classmethod
    def in_data_dir(cls, data: Path | None = None) -> TranslationCache:
        from desk.paths import data_dir

        return cls((data or data_dir()) / CACHE_FILE)

    def get(self, key: bytes) -> CachedAnswer | None:
        try:
            row = self._connection().execute(
                "SELECT translated, provider FROM translations WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:  # a damaged cache costs a provider call, never a failure
            log.warning("translation cache not readable: %s", exc)
            return None
        return CachedAnswer(*row) if row else None

    def put_many(self, entries: Iterable[tuple[bytes, CachedAnswer]]) -> None:
        now = time.time()
        rows = [(key, answer.translated, answer.provider, now) for key, answer in entries]
        try:
            with self._connection() as conn:
                conn.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:  # disk full or read-only: the translations are still shown
            log.warning("translation cache not writable: %s", exc)

    def mark(self, name: str) -> int:
        """How far a copy from elsewhere (the team's translations) has come; 0: not begun."""
        try:
            row = self._connection().execute("SELECT value FROM marks WHERE name = ?", (name,)).fetchone()
        except sqlite3.Error as exc:
            log.warning("translation cache not readable: %s", exc)
            return 0
        return row[0] if row else 0

    def put_copied(self, entries: Iterable[tuple[bytes, CachedAnswer]], mark_name: str, mark: int) -> bool:
        """Entries copied from elsewhere and how far that copy has come, in one transaction."""
        now = time.time()
        rows = [(key, answer.translated, answer.provider, now) for key, answer in entries]
        try:
            with self._connection() as conn:
                conn.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?)", rows)
                conn.execute("INSERT OR REPLACE INTO marks VALUES (?, ?)", (mark_name, mark))
        except sqlite3.Error as exc:
            log.warning("translation cache not writable: %s", exc)
            return False
        return True

    def __len__(self) -> int:
        return self._connection().execute("SELECT count(*) FROM translations").fetchone()[0]

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # check_same_thread=False only so close() may close it; each thread uses its own.
            conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def close(self) -> None:
        """Close every thread's connection (call when those threads are idle)."""
        with self._lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()
        self._local = threading.local()
