"""Everything that differs between database engines lives in one module per dialect.

`sqlite` is the desktop cache (FTS5 search, WAL, pragmas); `generic` serves other engines such
as PostgreSQL for team mode, with plain-SQL search. Callers ask `for_url(url)` and never test the
dialect themselves.
"""

from __future__ import annotations

from types import ModuleType


def dialect_name(url: str) -> str:
    return url.split(":", 1)[0].split("+", 1)[0]


def for_url(url: str) -> ModuleType:
    if dialect_name(url) == "sqlite":
        from desk.storage.dialects import sqlite

        return sqlite
    from desk.storage.dialects import generic

    return generic
