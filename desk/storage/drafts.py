"""Reply drafts, saved as the agent types: switching conversations, going offline or a crash
loses nothing. A sent reply removes its draft."""

from __future__ import annotations

from desk.storage.db import Database


def load_draft(db: Database, conversation_id: int) -> str:
    rows = db.fetch_all("SELECT body FROM drafts WHERE conversation_id = :c", {"c": conversation_id})
    return rows[0][0] if rows else ""


def save_draft(db: Database, conversation_id: int, body: str, now: int) -> None:
    from sqlalchemy import text

    with db.engine.begin() as conn:
        if not body.strip():
            conn.execute(text("DELETE FROM drafts WHERE conversation_id = :c"), {"c": conversation_id})
            return
        changed = conn.execute(text("UPDATE drafts SET body = :b, updated_at = :t WHERE conversation_id = :c"),
                               {"b": body, "t": now, "c": conversation_id}).rowcount
        if not changed:
            conn.execute(text("INSERT INTO drafts (conversation_id, body, updated_at) VALUES (:c, :b, :t)"),
                         {"b": body, "t": now, "c": conversation_id})
