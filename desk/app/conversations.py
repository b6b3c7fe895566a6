"""Working on one conversation: opening it, clearing an escalation, marking that it needs no
response, and describing it whole (for `desk show`)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desk.app.changes import Changes, conversation_changed
from desk.app.team import opened as keep_offline
from desk.app.team import require_online
from desk.domain import ConversationView, OrderView

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
    attachments = await ws.executors.read(_attachments, ws.db, conversation_id)
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
        "messages": [_message(ws, c, m, attachments.get(m.id, [])) for m in c.messages],
    }


def _iso(epoch: int | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat()


def _message(ws: Workspace, c: ConversationView, m, attachments: list[dict]) -> dict[str, Any]:
    language = m.language or (c.language if m.direction == "in" else None)
    return {
        "id": m.id, "direction": m.direction,
        "sender": m.author or (c.customer_name if m.direction == "in" else ""),
        "sent_at": m.sent_at, "text": m.text, "html": m.html, "language": language,
        "delivery_state": m.delivery_state, "failure": m.failure, "auto_reply": m.auto_reply,
        "attachments": attachments, "translation": _cached_translation(ws, m.text, language, m.direction),
    }


def _cached_translation(ws: Workspace, text: str, language: str | None, direction: str) -> dict | None:
    service = ws.translation
    if service is None or direction == "note" or not language or language == ws.agent_language:
        return None
    cached = service.cached(text, language, ws.agent_language)
    if cached is None or cached.translated is None:
        return None
    return {"language": ws.agent_language, "text": cached.translated, "provider": cached.provider}


def _attachments(db, conversation_id: int) -> dict[int, list[dict]]:
    rows = db.fetch_all(
        """SELECT a.message_id, a.filename, a.mime_type, a.size, a.sha256 FROM attachments a
           JOIN messages m ON m.id = a.message_id WHERE m.conversation_id = :c ORDER BY a.id""",
        {"c": conversation_id})
    found: dict[int, list[dict]] = {}
    for message_id, filename, mime_type, size, sha256 in rows:
        found.setdefault(message_id, []).append(
            {"filename": filename, "mime_type": mime_type, "size": size, "sha256": sha256})
    return found


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
