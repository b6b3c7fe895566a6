"""When a conversation's answer is due, and how close that is.

The clock starts at the first inbound message no human has answered yet. Auto-replies count for
nothing either way: an outbound auto-acknowledgement does not stop the clock, and a customer's
out-of-office does not start it. A human outbound message or the agent's "no response needed"
marking stops it; the next inbound message starts it again.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desk.domain import Direction
from desk.sla.policy import SlaPolicy


@dataclass(frozen=True, slots=True)
class SlaEvent:
    """One message of a conversation as the clock sees it (notes are ignored)."""

    direction: Direction | str
    sent_at: datetime
    is_auto_reply: bool = False

    def __post_init__(self) -> None:
        if self.sent_at.tzinfo is None:
            raise ValueError("SlaEvent.sent_at must carry a time zone")


class SlaLevel(enum.StrEnum):
    NONE = "none"  # nobody is waiting
    OK = "ok"
    WARNING = "warning"
    BREACHED = "breached"


@dataclass(frozen=True, slots=True)
class SlaState:
    level: SlaLevel
    time_left: timedelta | None  # negative once breached (how long overdue); None when NONE


def waiting_since(events: Iterable[SlaEvent], *, no_response_needed_at: datetime | None = None) -> datetime | None:
    """When the customer's unanswered wait began, or None when nobody is waiting."""
    steps = [(event.sent_at, _starts_or_stops(event)) for event in events]
    if no_response_needed_at is not None:
        steps.append((no_response_needed_at, False))  # after any message of the same instant
    since: datetime | None = None
    for at, starts in sorted(steps, key=lambda step: step[0]):  # stable: same-instant order kept
        if starts is None:
            continue
        if not starts:
            since = None
        elif since is None:
            since = at
    return since


def due_at(policy: SlaPolicy, events: Iterable[SlaEvent], *,
           no_response_needed_at: datetime | None = None) -> datetime | None:
    """When a human answer is due (in UTC), or None when nobody is waiting."""
    since = waiting_since(events, no_response_needed_at=no_response_needed_at)
    # In UTC: adding to a local time is wall-clock arithmetic, an hour off across a DST change.
    return None if since is None else since.astimezone(UTC) + policy.target


def sla_state(due: datetime | None, now: datetime, policy: SlaPolicy) -> SlaState:
    if due is None:
        return SlaState(SlaLevel.NONE, None)
    left = due - now
    if left <= timedelta(0):
        return SlaState(SlaLevel.BREACHED, left)
    level = SlaLevel.WARNING if left <= policy.warn_window else SlaLevel.OK
    return SlaState(level, left)


def _starts_or_stops(event: SlaEvent) -> bool | None:
    """True: may start the clock; False: stops it; None: no effect (auto-replies, notes)."""
    if event.is_auto_reply:
        return None
    if event.direction == Direction.IN:
        return True
    if event.direction == Direction.OUT:
        return False
    return None
