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
from typing import TypeVar

from desk.sla.policy import SlaPolicy

T = TypeVar("T")


class SlaLevel(enum.StrEnum):
    NONE = "none"  # nobody is waiting
    OK = "ok"
    WARNING = "warning"
    BREACHED = "breached"


@dataclass(frozen=True, slots=True)
class SlaState:
    level: SlaLevel
    time_left: timedelta | None  # negative once breached (how long overdue); None when NONE


def clock_start(steps: Iterable[tuple[T, bool | None]]) -> T | None:
    """The one rule of the clock, over (time, effect) steps in any unit of time: True when the
    customer wrote (starts the clock unless it runs), False when someone answered or marked "no
    response needed" (stops it), None for what counts for nothing (auto-replies, notes). Steps at
    the same instant apply in the order given. Returns when the unanswered wait began, or None."""
    since = None
    for at, starts in sorted(steps, key=lambda step: step[0]):  # stable: same-instant order kept
        if starts is None:
            continue
        if not starts:
            since = None
        elif since is None:
            since = at
    return since


def sla_state(due: datetime | None, now: datetime, policy: SlaPolicy) -> SlaState:
    if due is None:
        return SlaState(SlaLevel.NONE, None)
    left = due - now
    if left <= timedelta(0):
        return SlaState(SlaLevel.BREACHED, left)
    level = SlaLevel.WARNING if left <= policy.warn_window else SlaLevel.OK
    return SlaState(level, left)
