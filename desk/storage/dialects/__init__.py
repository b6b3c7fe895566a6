"""Everything that differs between database engines lives in one module per dialect.

`sqlite` is the desktop cache (FTS5 search, WAL, pragmas); `postgresql` is the team database
(search over app-made tokens in GIN indexes, row locks, LISTEN/NOTIFY). Callers ask
`for_url(url)` and never test the dialect themselves.
"""

from __future__ import annotations

from types import ModuleType


def dialect_name(url: str) -> str:
    return url.split(":", 1)[0].split("+", 1)[0]


def for_url(url: str) -> ModuleType:
    name = dialect_name(url)
    if name == "sqlite":
        from desk.storage.dialects import sqlite

        return sqlite
    if name in ("postgresql", "postgres"):
        from desk.storage.dialects import postgresql

        return postgresql
    raise ValueError(f"Desk stores its data in SQLite or PostgreSQL, not {name}.")


def for_connection(conn) -> ModuleType:
    """The dialect module of an open SQLAlchemy connection."""
    return for_url(conn.dialect.name)
