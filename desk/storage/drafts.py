"""Reply drafts, saved as the agent types: switching conversations, going offline or a crash
loses nothing, not even the reply language chosen for it. A sent reply removes its draft."""

from __future__ import annotations

from dataclasses import dataclass

from desk.storage.db import Database


@dataclass(frozen=True, slots=True)
class StoredDraft:
    body: str
    written_language: str | None = None
    sent_language: str | None = None


def load_draft(db: Database, conversation_id: int) -> StoredDraft:
    db = db.personal or db  # a team agent's drafts are their own (desk.app.team)
    rows = db.fetch_all("SELECT body, written_language, sent_language FROM drafts WHERE conversation_id = :c",
                        {"c": conversation_id})
    return StoredDraft(*rows[0]) if rows else StoredDraft("")


def save_draft(db: Database, conversation_id: int, draft: StoredDraft, now: int) -> None:
    from sqlalchemy import text

    values = {"c": conversation_id, "b": draft.body, "t": now, "w": draft.written_language,
              "s": draft.sent_language}
    db = db.personal or db
    with db.engine.begin() as conn:
        if not draft.body.strip():
            conn.execute(text("DELETE FROM drafts WHERE conversation_id = :c"), values)
            return
        changed = conn.execute(text("""UPDATE drafts SET body = :b, updated_at = :t, written_language = :w,
                                       sent_language = :s WHERE conversation_id = :c"""), values).rowcount
        if not changed:
            conn.execute(text("""INSERT INTO drafts (conversation_id, body, updated_at, written_language, sent_language)
                                 VALUES (:c, :b, :t, :w, :s)"""), values)
