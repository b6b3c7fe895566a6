"""WhatsApp's 24-hour customer-service window.

Free-form messages may be sent only within 24 hours of the customer's last inbound message (each
inbound message restarts the window); outside it only an approved template may be sent. Meta
refuses late free text with error 131047, often only later in a `failed` status, so Desk checks
before sending and tells the agent to pick a template instead.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desk.connectors.base import Rejected

SERVICE_WINDOW = timedelta(hours=24)


class WindowClosed(Rejected):
    """Free text refused because the window is closed; the UI offers templates instead."""

    def __init__(self, message: str, closed_at: datetime | None):
        super().__init__(message)
        self.closed_at = closed_at


def window_closes_at(last_inbound_at: datetime | None) -> datetime | None:
    """When free text stops being allowed (None: the customer never wrote, so it never opened)."""
    return None if last_inbound_at is None else last_inbound_at + SERVICE_WINDOW


def window_open(last_inbound_at: datetime | None, now: datetime) -> bool:
    closes_at = window_closes_at(last_inbound_at)
    return closes_at is not None and now < closes_at


def require_open_window(last_inbound_at: datetime | None, now: datetime) -> None:
    """Raise WindowClosed unless free text may be sent now."""
    if window_open(last_inbound_at, now):
        return
    closes_at = window_closes_at(last_inbound_at)
    if closes_at is None:
        reason = "the customer has not written on WhatsApp yet, so only a template can start the conversation"
    else:
        reason = (
            f"outside the 24-hour window: the customer last wrote at {_utc(last_inbound_at)} and the window "
            f"closed at {_utc(closes_at)}; send an approved template instead"
        )
    raise WindowClosed(reason, closes_at)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
