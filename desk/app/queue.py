"""The queue: pages of conversations by what is due first, counts, and when to warn before a breach."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.app.changes import Changes
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


# --- views ----------------------------------------------------------------------------------------

def due_by(warn_seconds: dict[str, float], now: float) -> tuple[tuple[str, int], ...]:
    """Each channel's "due soon" deadline: now plus its warning time (see `warning_windows`)."""
    return tuple((channel, int(now + seconds)) for channel, seconds in sorted(warn_seconds.items()))


def view_filter(view: str, me: str, warn_seconds: dict[str, float], now: float) -> QueueFilter:
    """The filter of a built-in view (desk.domain.queue_views.QUEUE_VIEWS) for agent `me`, now."""
    from desk.domain.queue_views import view_filter as build

    return build(view, me, due_by(warn_seconds, now))


async def view_counts(ws: Workspace, filters: dict[str, QueueFilter]) -> dict[str, int]:
    """How many conversations each view holds: one short read per view (each an index scan of a few
    milliseconds at 100,000 conversations), so an action's queue refresh never waits behind them all."""
    from desk.storage.queue import queue_count

    return {name: await ws.executors.read(queue_count, ws.db, flt) for name, flt in filters.items()}


async def rows_of(ws: Workspace, flt: QueueFilter, conversation_ids) -> list[QueueRow]:
    """The rows these conversations have in the queue `flt` shows (those it no longer holds are missing)."""
    from desk.storage.queue import queue_rows

    return await ws.executors.read(queue_rows, ws.db, flt, list(conversation_ids))


async def saved_views(ws: Workspace) -> list:
    """The agent's own views (desk.domain.queue_views.SavedView), in the order they were saved."""
    return await ws.executors.read(_saved_views, ws.db)


def _saved_views(db) -> list:
    from desk import settings
    from desk.domain.queue_views import SavedView

    return [SavedView.from_json(v) for v in settings.get(db, settings.QUEUE_SAVED_VIEWS)]


async def save_view(ws: Workspace, view) -> Changes:
    """Keep `view` (a SavedView) under its name, replacing one of the same name."""
    return await ws.executors.write(_save_view, ws.db, view, None)


async def delete_view(ws: Workspace, name: str) -> Changes:
    return await ws.executors.write(_save_view, ws.db, None, name)


def _save_view(db, view, deleted: str | None) -> Changes:
    from desk import settings
    from desk.errors import ActionRefused

    if view is not None and not view.name.strip():
        raise ActionRefused("view_name", "A view needs a name.")
    gone = deleted if view is None else view.name
    kept = [v for v in settings.get(db, settings.QUEUE_SAVED_VIEWS) if v.get("name") != gone]
    settings.put(db, settings.QUEUE_SAVED_VIEWS, kept + ([view.as_json()] if view is not None else []))
    return Changes(settings=frozenset({settings.QUEUE_SAVED_VIEWS.key}))


async def column_layout(ws: Workspace) -> dict:
    """The queue's columns as the agent left them: {"order": [column ids], "widths": {id: px}}."""
    from desk import settings

    return await ws.executors.read(settings.get, ws.db, settings.QUEUE_COLUMNS)


async def save_column_layout(ws: Workspace, layout: dict) -> Changes:
    from desk import settings

    await ws.executors.write(settings.put, ws.db, settings.QUEUE_COLUMNS, layout)
    return Changes(settings=frozenset({settings.QUEUE_COLUMNS.key}))
