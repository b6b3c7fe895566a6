"""How times are stored: integer UTC epoch seconds, with NOT NULL sentinels for sort keys.

Kept apart from the SQLAlchemy models so the fast read path can use it without the ORM.
Queue sort keys are NOT NULL so keyset paging sorts the same on every engine (SQLite puts NULL
first, PostgreSQL last): "no SLA due" is stored as NO_DUE, "customer never wrote" as NEVER.
"""

from __future__ import annotations

from datetime import UTC, datetime

NO_DUE = 2**53
NEVER = 0


def to_epoch(value: datetime | None, none_as: int | None = None) -> int | None:
    return none_as if value is None else int(value.timestamp())


def from_epoch(value: int | None, none_as: int | None = None) -> datetime | None:
    if value is None or value == none_as:
        return None
    return datetime.fromtimestamp(value, UTC)
