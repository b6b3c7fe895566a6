"""Building IncomingMessage values for tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desk.domain import Direction, IncomingMessage

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def message(account_id: int, external_id: str, text: str = "Where is my parcel?", *, thread: str = "t1",
            direction: Direction = Direction.IN, hours_ago: float = 1.0, **fields) -> IncomingMessage:
    return IncomingMessage(
        account_id=account_id,
        external_id=external_id,
        thread_key=thread,
        direction=direction,
        text=text,
        sent_at=NOW - timedelta(hours=hours_ago),
        **fields,
    )
