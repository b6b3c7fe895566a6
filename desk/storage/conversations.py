"""Reading one conversation: its messages, customer and order context."""

from __future__ import annotations

from desk.domain.views import AttachmentView, ConversationView, MessageView
from desk.storage.db import Database
from desk.storage.timekeys import NEVER, NO_DUE


def load_conversation(db: Database, conversation_id: int) -> ConversationView | None:
    head = db.fetch_all(
        f"""SELECT c.id, c.channel, c.subject, c.status, c.language, cu.display_name, cu.country,
                  cu.timezone, o.external_id, c.account_id, c.intent, c.escalate, c.escalate_reasons,
                  c.assignee, c.sla_due_at, c.last_inbound_at, c.unverified, c.snooze_until, c.merged_into,
                  {db.dialect.TAGS_AGG}
           FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id
           LEFT JOIN orders o ON o.id = c.order_id WHERE c.id = :id""",
        {"id": conversation_id},
    )
    if not head:
        return None
    cid, channel, subject, status, language, name, country, tz, order, account_id, intent, escalate, reasons, \
        assignee, due, last_in, unverified, snooze_until, merged_into, tags = head[0]
    rows = db.fetch_all(
        """SELECT m.id, m.direction, m.author, m.body_text, m.body_html, m.sent_at, m.delivery_state,
                  o.last_error, o.idempotency_key, m.language, m.auto_reply, m.full_text_sha256
           FROM messages m LEFT JOIN outbox o ON o.message_id = m.id
           WHERE m.conversation_id = :id ORDER BY m.sent_at, m.id""",
        {"id": conversation_id},
    )
    files = _attachments(db, conversation_id)
    return ConversationView(
        cid, channel, subject, status, language, name or "", country, tz, order,
        tuple(MessageView(*r[:-2], bool(r[-2]), _full_text_path(db, r[-1]), files.get(r[0], ())) for r in rows),
        account_id, intent, bool(escalate), reasons or "", assignee,
        None if due == NO_DUE else due, None if last_in == NEVER else last_in, bool(unverified),
        snooze_until, tuple(sorted(tags.split(","))) if tags else (), merged_into,
    )


def _attachments(db: Database, conversation_id: int) -> dict[int, tuple[AttachmentView, ...]]:
    """Each message's files, in the order they came, named safely: a sender's name may hide its
    real ending behind a right-to-left mark ("invoice\u202efdp.exe" reads "invoiceexe.pdf")."""
    from desk.domain.files import safe_filename

    found: dict[int, list[AttachmentView]] = {}
    for message_id, name, mime_type, size, digest in db.fetch_all(
            """SELECT a.message_id, a.filename, a.mime_type, a.size, a.sha256 FROM attachments a
               JOIN messages m ON m.id = a.message_id WHERE m.conversation_id = :c ORDER BY a.id""",
            {"c": conversation_id}):
        found.setdefault(message_id, []).append(AttachmentView(safe_filename(name) or digest[:16], mime_type, size, digest))
    return {message_id: tuple(files) for message_id, files in found.items()}


def _full_text_path(db: Database, digest: str | None) -> str | None:
    return str(db.attachments.local_copy(digest)) if digest else None


def full_text(message: MessageView) -> str:
    """The whole text of a message (from its file when it was capped at ingest). Reads a file: call
    it off the GUI thread for big ones."""
    if message.full_text_path:
        try:
            with open(message.full_text_path, encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            pass
    return message.text


def mark_no_response_needed(db: Database, conversation_id: int, now: int) -> None:
    """Stop the SLA clock as if answered; the customer's next message starts it again."""
    from sqlalchemy import text

    with db.engine.begin() as conn:
        conn.execute(text("UPDATE conversations SET clock_stopped_at = :now, sla_due_at = :none WHERE id = :c"),
                     {"now": now, "none": NO_DUE, "c": conversation_id})
