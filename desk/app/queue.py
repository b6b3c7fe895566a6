"""The queue: pages of conversations by what is due first, counts, and when to warn before a breach."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.domain import QueueFilter, QueueRow

if TYPE_CHECKING:
    from desk.app.workspace import Workspace
    from desk.storage.db import Database

PAGE_SIZE = 100
BREACH_LOOK_AHEAD_S = 24 * 3600  # the longest warning time a channel's policy may use


def first_page(db: Database, flt: QueueFilter) -> list[QueueRow]:
    """The first page, read on the calling thread: the window paints it before its event loop runs."""
    from desk.storage.queue import queue_page

    return queue_page(db, flt, None, PAGE_SIZE)


async def load_page(ws: Workspace, flt: QueueFilter, after: QueueRow | None) -> list[QueueRow]:
    """The page after `after` (the first page when None)."""
    from desk.storage.queue import cursor_after, queue_page

    return await ws.executors.read(queue_page, ws.db, flt, cursor_after(after) if after else None, PAGE_SIZE)


async def count(ws: Workspace, flt: QueueFilter) -> int:
    from desk.storage.queue import queue_count

    return await ws.executors.read(queue_count, ws.db, flt)


async def warning_windows(ws: Workspace) -> dict[str, float]:
    """Seconds before the due time at which each channel's clock turns to a warning (the setting
    sla.warn_hours, else each channel's policy)."""
    return await ws.executors.read(_warning_windows, ws.db)


def _warning_windows(db) -> dict[str, float]:
    from desk import settings
    from desk.sla import warn_windows

    warn_hours = settings.get(db, settings.SLA_WARN_HOURS)
    return {channel: window.total_seconds() for channel, window in warn_windows(warn_hours).items()}


@dataclass(frozen=True, slots=True)
class BreachWarning:
    conversation_id: int
    customer_name: str
    subject: str
    due_at: int


async def breach_warnings(ws: Workspace, now: int) -> list[BreachWarning]:
    """Open conversations whose clock reads "warning" (inside their channel's warning time), the
    soonest first."""
    return await ws.executors.read(_breach_warnings, ws.db, now)


def _breach_warnings(db, now: int) -> list[BreachWarning]:
    from datetime import UTC, datetime

    from desk import settings
    from desk.sla import SlaLevel, policy_for, sla_state
    from desk.storage.queue import due_soon

    warn_hours = settings.get(db, settings.SLA_WARN_HOURS)
    moment = datetime.fromtimestamp(now, UTC)
    found = []
    for cid, channel, name, subject, due in due_soon(db, now, BREACH_LOOK_AHEAD_S):
        state = sla_state(datetime.fromtimestamp(due, UTC), moment, policy_for(channel, {"sla_warn_hours": warn_hours}))
        if state.level is SlaLevel.WARNING:
            found.append(BreachWarning(cid, name, subject, due))
    return found
