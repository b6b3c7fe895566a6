"""Working on one conversation: opening it, clearing an escalation, marking that it needs no
response, and describing it whole (for `desk show`)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.app.changes import Changes, conversation_changed
from desk.app.team import opened as keep_offline
from desk.app.team import require_online
from desk.domain import ConversationView, OrderView
from desk.domain.files import safe_filename
from desk.domain.views import AttachmentView
from desk.errors import DeskError, StorageUnavailable

if TYPE_CHECKING:
    from desk.app.workspace import Workspace


class UnknownConversation(LookupError):
    """No conversation has this id (it was deleted with its account, or never existed)."""


@dataclass(frozen=True, slots=True)
class OpenedConversation:
    conversation: ConversationView
    order: OrderView | None
    market: str | None  # the customer's market ("DE", "JP"…) for notes and macros, when known


async def open_conversation(ws: Workspace, conversation_id: int) -> OpenedConversation | None:
    """The conversation with its messages and order; None when it no longer exists. On a team
    database it is also copied into this PC's offline mirror (desk.app.team)."""
    opened = await ws.executors.read(_open, ws.db, conversation_id)
    if opened is not None and ws.team is not None:
        keep_offline(ws, conversation_id)
    return opened



def _open(db, conversation_id: int) -> OpenedConversation | None:
    from desk.knowledge.context import market_of
    from desk.storage.conversations import load_conversation
    from desk.storage.order_view import load_order_for_conversation

    conversation = load_conversation(db, conversation_id)
    if conversation is None:
        return None
    order = load_order_for_conversation(db, conversation_id)
    return OpenedConversation(conversation, order, market_of({}, conversation.customer_country) or None)


async def full_text(ws: Workspace, message) -> str:
    """The whole text of a message (a MessageView), read from its file when it was capped at ingest."""
    return await ws.executors.io(_full_text, message)


def _full_text(message) -> str:
    from desk.storage.conversations import full_text as read

    return read(message)


# What may be opened with the PC's own viewer: pictures, PDF and plain text, by type and by name (a
# sender chooses both). Anything else a customer sends is saved where the agent says, never run.
VIEWABLE = {"image/png": (".png",), "image/jpeg": (".jpg", ".jpeg"), "image/gif": (".gif",),
            "image/webp": (".webp",), "application/pdf": (".pdf",), "text/plain": (".txt",)}


def viewable(attachment: AttachmentView) -> bool:
    """Whether the agent's click opens this file in a viewer (else it is saved)."""
    return attachment.filename.lower().endswith(VIEWABLE.get(attachment.mime_type.lower(), ()))


async def attachment_copy(ws: Workspace, attachment: AttachmentView) -> Path:
    """A file of its own holding a customer's attachment under its name (in the data folder's
    `opened`, one folder per content, written once), for a viewer; raises FileMissing when the
    bytes are not here (offline, over the mirror's size)."""
    target = _opened_folder(ws) / attachment.sha256[:16] / (safe_filename(attachment.filename) or attachment.sha256)
    return await ws.executors.io(_copy_out, ws.db, attachment, target, False)


async def save_attachment(ws: Workspace, attachment: AttachmentView, target: Path) -> Path:
    """Save a customer's attachment where the agent chose; raises FileMissing as above."""
    return await ws.executors.io(_copy_out, ws.db, attachment, target, True)


class FileMissing(DeskError):
    """The bytes of an attachment are not where Desk keeps them (not copied offline, or lost)."""


def _opened_folder(ws: Workspace) -> Path:
    from desk.paths import data_dir

    return (ws.team.data_dir if ws.team is not None else ws.db.path.parent if ws.db.path else data_dir()) / "opened"


def _copy_out(db, attachment: AttachmentView, target: Path, replace: bool) -> Path:
    from desk.storage.attachments import write_file

    if target.exists() and not replace:
        return target
    data = db.attachments.get(attachment.sha256)
    if data is None:
        raise FileMissing(f"The file {attachment.filename} is not on this computer.")
    try:
        write_file(target, data)
    except OSError as error:  # a full disk, a folder the agent may not write
        raise StorageUnavailable(f"Desk could not write {target}: {error.strerror or error}.") from None
    return target


def customer_time(conversation: ConversationView, now: datetime | None = None) -> datetime | None:
    """Now where the customer is: their time zone, else their country's main one (None: unknown)."""
    from desk.sla import customer_local_time

    local = customer_local_time(now or datetime.now(UTC), timezone=conversation.customer_timezone,
                                country=conversation.customer_country)
    return None if local is None else local.datetime


def service_window_left(last_inbound_at: int) -> timedelta:
    """How long WhatsApp still takes free text in a conversation (negative: only templates now)."""
    from desk.connectors.whatsapp.window import window_closes_at

    return window_closes_at(datetime.fromtimestamp(last_inbound_at, UTC)) - datetime.now(UTC)


async def clear_escalation(ws: Workspace, conversation_id: int) -> Changes:
    """An agent looked at an escalated conversation and decided it no longer needs a specialist."""
    from desk.routing.annotate import clear_escalation as clear

    require_online(ws)
    await ws.executors.write(clear, ws.db, conversation_id)
    return conversation_changed(conversation_id)


async def mark_no_response_needed(ws: Workspace, conversation_id: int, now: int | None = None) -> Changes:
    """Stop the SLA clock as if answered ("thanks!"); the customer's next message starts it again."""
    from desk.storage.conversations import mark_no_response_needed as mark

    require_online(ws)
    await ws.executors.write(mark, ws.db, conversation_id, int(time.time()) if now is None else now)
    return conversation_changed(conversation_id)


async def describe(ws: Workspace, conversation_id: int) -> dict[str, Any]:
    """Everything known about a conversation as plain data: its head, each message with sender,
    text, stored HTML, language, attachments and the cached translation into the agent's language.
    Raises UnknownConversation."""
    opened = await open_conversation(ws, conversation_id)
    if opened is None:
        raise UnknownConversation(conversation_id)
    c = opened.conversation
    from desk.app.lifecycle import linked

    links = [{"id": link.id, "relation": link.relation, "channel": link.channel, "status": link.status,
              "subject": link.subject} for link in await linked(ws, conversation_id)]
    return {
        "id": c.id, "channel": c.channel, "account_id": c.account_id, "subject": c.subject, "status": c.status,
        "assignee": c.assignee, "tags": list(c.tags), "snooze_until": _iso(c.snooze_until),
        "merged_into": c.merged_into,
        "language": c.language, "customer": {"name": c.customer_name, "country": c.customer_country,
                                             "timezone": c.customer_timezone},
        "order_ref": c.order_external_id, "intent": c.intent, "escalate": c.escalate,
        "escalate_reasons": [r for r in c.escalate_reasons.split(",") if r],
        "sla_due_at": c.sla_due_at, "last_inbound_at": c.last_inbound_at, "linked": links,
        "order": None if opened.order is None else _order(opened.order),
        "messages": [_message(ws, c, m) for m in c.messages],
    }


def _iso(epoch: int | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat()


def _message(ws: Workspace, c: ConversationView, m) -> dict[str, Any]:
    language = m.language or (c.language if m.direction == "in" else None)
    return {
        "id": m.id, "direction": m.direction,
        "sender": m.author or (c.customer_name if m.direction == "in" else ""),
        "sent_at": m.sent_at, "text": m.text, "html": m.html, "language": language,
        "delivery_state": m.delivery_state, "failure": m.failure, "auto_reply": m.auto_reply,
        "attachments": [{"filename": a.filename, "mime_type": a.mime_type, "size": a.size, "sha256": a.sha256}
                        for a in m.attachments],
        "translation": _cached_translation(ws, m.text, language, m.direction),
    }


def _cached_translation(ws: Workspace, text: str, language: str | None, direction: str) -> dict | None:
    service = ws.translation
    if service is None or direction == "note" or not language or language == ws.agent_language:
        return None
    cached = service.cached(text, language, ws.agent_language)
    if cached is None or cached.translated is None:
        return None
    return {"language": ws.agent_language, "text": cached.translated, "provider": cached.provider}


def _order(order: OrderView) -> dict[str, Any]:
    return {
        "id": order.external_id, "status": order.status, "currency": order.currency, "total": order.total,
        "placed_at": order.placed_at,
        "items": [{"sku": s, "title": t, "quantity": q, "unit_price": p} for s, t, q, p in order.items],
        "shipments": [{"carrier": c, "tracking": t, "status": s, "shipped_at": sh, "eta": e}
                      for c, t, s, sh, e in order.shipments],
        "refunds": [{"amount": a, "reason": r, "status": s, "at": at} for a, r, s, at in order.refunds],
        "returns": [{"reason": r, "status": s, "rma": rma, "at": at} for r, s, rma, at in order.returns],
    }
