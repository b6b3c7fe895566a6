"""Who owns a conversation, decided by the database so that two agents can never both win.

Each change is one conditional UPDATE: `claim` takes a conversation only while nobody (or the
same agent) owns it; `reassign` moves it only from the owner the lead saw. PostgreSQL row locks
make concurrent claims wait for each other, and the loser's WHERE is re-checked against the
winner's committed row, so it fails instead of overwriting. Replying to or resolving a
conversation someone else owns is not refused but returns a Conflict, for the UI to ask first
and then call again with `confirmed=True`. The same SQL works on the SQLite cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from desk.domain import ConversationStatus
from desk.domain.records import Template
from desk.storage.db import Database
from desk.storage.timekeys import NO_DUE
from desk.sync.outbox import queue_reply


@dataclass(frozen=True, slots=True)
class Claim:
    won: bool
    owner: str | None  # who owns the conversation now


@dataclass(frozen=True, slots=True)
class Conflict:
    """Someone else is involved: ask the agent, then repeat with confirmed=True."""

    kind: Literal["owned", "answered"]
    conversation_id: int
    by: str | None  # the owner, or who answered
    at: int | None = None  # when they answered (epoch seconds)


def _update(db: Database, sql: str, params: dict) -> bool:
    from sqlalchemy import text

    with db.engine.begin() as conn:
        return conn.execute(text(sql + " RETURNING id"), params).first() is not None


def owner(db: Database, conversation_id: int) -> str | None:
    rows = db.fetch_all("SELECT assignee FROM conversations WHERE id = :c", {"c": conversation_id})
    return rows[0][0] if rows else None


def claim(db: Database, conversation_id: int, agent: str) -> Claim:
    """Take a conversation nobody owns (or keep one already ours)."""
    won = _update(db, "UPDATE conversations SET assignee = :agent WHERE id = :c AND (assignee IS NULL OR assignee = :agent)",
                  {"agent": agent, "c": conversation_id})
    return Claim(True, agent) if won else Claim(False, owner(db, conversation_id))


def release(db: Database, conversation_id: int, agent: str) -> bool:
    """Give back a conversation we own."""
    return _update(db, "UPDATE conversations SET assignee = NULL WHERE id = :c AND assignee = :agent",
                   {"agent": agent, "c": conversation_id})


def reassign(db: Database, conversation_id: int, to: str | None, *, expected: str | None) -> Claim:
    """A lead moves a conversation to `to` (None: unassigned), only if `expected` still owns it:
    a claim made meanwhile is not silently overridden."""
    done = _update(db, "UPDATE conversations SET assignee = :to WHERE id = :c AND assignee IS NOT DISTINCT FROM :expected",
                   {"to": to, "c": conversation_id, "expected": expected})
    return Claim(done, to if done else owner(db, conversation_id))


def _owned_by_other(db: Database, conversation_id: int, agent: str) -> Conflict | None:
    current = owner(db, conversation_id)
    return Conflict("owned", conversation_id, current) if current not in (None, agent) else None


def reply(db: Database, conversation_id: int, agent: str, text: str, *, confirmed: bool = False,
          note: bool = False, template: Template | None = None, key: str | None = None,
          now: datetime | None = None) -> str | Conflict:
    """Queue a reply (or note) in the shared outbox as `agent`; its idempotency key, or a Conflict
    when another agent owns the conversation (notes never conflict: they are how colleagues talk)."""
    if not (confirmed or note) and (conflict := _owned_by_other(db, conversation_id, agent)):
        return conflict
    return queue_reply(db, conversation_id, text, author=agent, note=note, template=template, now=now, key=key)


def resolve(db: Database, conversation_id: int, agent: str, *, confirmed: bool = False) -> bool | Conflict:
    """Mark resolved (its SLA clock stops); a Conflict when another agent owns it, unless confirmed."""
    if not confirmed and (conflict := _owned_by_other(db, conversation_id, agent)):
        return conflict
    return _update(db, "UPDATE conversations SET status = :resolved, sla_due_at = :none WHERE id = :c",
                   {"resolved": ConversationStatus.RESOLVED.value, "none": NO_DUE, "c": conversation_id})
