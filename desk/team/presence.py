"""Who is viewing or typing in a conversation: a row per agent and conversation with a heartbeat.

The open conversation's pane calls `mark` when it opens, when the agent starts or stops typing,
and every heartbeat (the setting team.presence_heartbeat_s); `leave` when it closes.
Rows not refreshed within STALE_S (a crashed Desk, a laptop gone offline) stop counting. Every
change is also announced to the other Desks at once (LISTEN/NOTIFY, desk.team.live). On the team
database an agent can only write their own rows (row-level security, desk.team.access).
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.storage.db import Database

VIEWING, TYPING = "viewing", "typing"
STALE_S = 45  # three missed heartbeats at the default 15 s


@dataclass(frozen=True, slots=True)
class Present:
    agent: str
    state: str  # viewing or typing
    since: int  # last heartbeat, epoch seconds


def mark(db: Database, agent: str, conversation_id: int, state: str, now: int) -> None:
    from sqlalchemy import text

    if state not in (VIEWING, TYPING):
        raise ValueError(state)
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO presence (agent, conversation_id, state, updated_at) VALUES (:a, :c, :s, :t) "
            "ON CONFLICT (agent, conversation_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at"),
            {"a": agent, "c": conversation_id, "s": state, "t": now})


def leave(db: Database, agent: str, conversation_id: int | None = None) -> None:
    """The agent closed the conversation (or, with None, every conversation: Desk is closing)."""
    from sqlalchemy import text

    where = "agent = :a" + (" AND conversation_id = :c" if conversation_id is not None else "")
    with db.engine.begin() as conn:
        conn.execute(text(f"DELETE FROM presence WHERE {where}"), {"a": agent, "c": conversation_id})


def present(db: Database, conversation_id: int, now: int, *, besides: str | None = None) -> list[Present]:
    """Who else is in this conversation now (typing first)."""
    rows = db.fetch_all(
        """SELECT agent, state, updated_at FROM presence
           WHERE conversation_id = :c AND updated_at >= :fresh AND agent IS DISTINCT FROM :me
           ORDER BY state, agent""", {"c": conversation_id, "fresh": now - STALE_S, "me": besides})
    return [Present(*row) for row in rows]
