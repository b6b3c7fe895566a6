"""Proactive messages to an Amazon buyer about their order (an unexpected problem, a delivery to
confirm, a warranty or a legal note), through the Messaging API.

`proactive_options` asks Amazon which message types the order allows now and the buyer's language;
the sidebar offers only those. `check_text` runs the Amazon reply rules (no e-mail addresses, no
HTML, no off-Amazon links, the buyer's language) on the text; `send_proactive` sends once per
idempotency key: the request is recorded (order_actions, audit log) before Amazon is asked, and
one left without an answer stays "pending" and is never resent by Desk, because Amazon takes no
idempotency key and a second send would reach the buyer twice; Seller Central's Buyer-Seller
Messages page shows whether it went. A sent message is also stored in the conversation (with its
files in the attachment store), so the agent sees it beside the buyer's mail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desk.connectors.amazon.messaging import MESSAGE_TYPES, MessageType, MessagingClient
from desk.connectors.base import Ambiguous, ConnectorError, Rejected
from desk.domain import DeliveryState, Direction, IncomingMessage
from desk.domain.model import AttachmentData
from desk.orders.actions import (
    Action,
    ActionOutcome,
    ActionState,
    InvalidAction,
    Run,
    audit,
    begin_action,
    finish_action,
    note_snapshot,
    outcome_of,
    run_inline,
)
from desk.policy.engine import blocks_sending, check_reply
from desk.policy.model import Violation
from desk.storage.db import Database
from desk.storage.ingest import Ingestor


@dataclass(frozen=True, slots=True)
class ProactiveOptions:
    order_id: str
    buyer_locale: str | None  # e.g. "de-DE": the language the text must be written in
    types: tuple[MessageType, ...]  # only what Amazon offers for this order now


def order_of(db: Database, conversation_id: int) -> str:
    rows = db.fetch_all(
        """SELECT c.channel, COALESCE(o.external_id, c.order_ref) FROM conversations c
           LEFT JOIN orders o ON o.id = c.order_id WHERE c.id = :id""", {"id": conversation_id})
    if not rows or rows[0][0] != "amazon" or not rows[0][1]:
        raise InvalidAction("proactive messages need an Amazon conversation about an order")
    return rows[0][1]


async def proactive_options(db: Database, conversation_id: int, client: MessagingClient, *,
                            read: Run = run_inline) -> ProactiveOptions:
    """What may be sent about this conversation's order now, and in which language. Database reads
    go through `read` (the app's reader thread)."""
    order_id = await read(order_of, db, conversation_id)
    offered = await client.offered_types(order_id)
    locale = await client.buyer_locale(order_id)
    return ProactiveOptions(order_id, locale, tuple(MESSAGE_TYPES[name] for name in offered))


def check_text(text: str, buyer_locale: str | None) -> list[Violation]:
    """Amazon's reply rules on the text, with the buyer's language."""
    from desk.triage import detect_language

    return check_reply(text, channel="amazon", customer_language=buyer_locale, detect_language=detect_language)


async def send_proactive(db: Database, conversation_id: int, message_type: str, *, text: str | None,
                         attachments: Sequence[AttachmentData] = (), coverage: tuple[datetime, datetime] | None = None,
                         idempotency_key: str, client: MessagingClient, actor: str = "agent",
                         confirmed: bool = False, write: Run = run_inline, read: Run = run_inline) -> ActionOutcome:
    """Send one proactive message of `message_type` once for `idempotency_key`. Raises
    InvalidAction when Amazon does not offer that type for the order now, or when the text breaks
    a blocking rule (unless the agent `confirmed` it after seeing check_text's objections)."""
    params = _params(message_type, text, attachments, coverage, confirmed)
    order_id = await read(order_of, db, conversation_id)
    record = await write(begin_action, db, conversation_id, Action.AMAZON_MESSAGE, params, idempotency_key, actor)
    if record.state is not ActionState.PENDING:
        return outcome_of(record, repeated=True)
    if record.result.get("before", {}).get("sending"):
        return ActionOutcome(idempotency_key, Action.AMAZON_MESSAGE, ActionState.PENDING,
                             error="Amazon did not answer the first attempt: see Buyer-Seller Messages in Seller "
                                   "Central before sending it again (with a new request)")
    try:
        options = await proactive_options(db, conversation_id, client, read=read)
        _refuse_unless_allowed(message_type, text, options, confirmed)
        await write(note_snapshot, db, record.id, {"sending": True})
        await client.send(order_id, message_type, text=text, attachments=attachments, coverage=coverage)
    except InvalidAction as refusal:
        await write(finish_action, db, record.id, ActionState.FAILED, None, str(refusal), None)
        raise
    except Rejected as refusal:
        return outcome_of(await write(finish_action, db, record.id, ActionState.FAILED, None, str(refusal), None))
    except ConnectorError as error:
        if not isinstance(error, Ambiguous):  # Amazon did not take the message: it may be sent again
            await write(note_snapshot, db, record.id, {"sending": False})
        await write(audit, db, "order_action.interrupted", record, {"error": str(error)})
        return ActionOutcome(idempotency_key, Action.AMAZON_MESSAGE, ActionState.PENDING, error=str(error))
    result = {"message_type": message_type, "locale": options.buyer_locale}
    done = await write(finish_action, db, record.id, ActionState.DONE, result, None, None)
    await write(_store_in_conversation, db, conversation_id, idempotency_key, message_type, text, attachments, actor)
    return outcome_of(done)


def _params(message_type: str, text: str | None, attachments: Sequence[AttachmentData],
            coverage: tuple[datetime, datetime] | None, confirmed: bool) -> dict[str, Any]:
    if message_type not in MESSAGE_TYPES:
        raise InvalidAction(f"Amazon has no {message_type} message type")
    return {"type": message_type, "text": text, "confirmed": confirmed,
            "coverage": [moment.astimezone(UTC).isoformat() for moment in coverage] if coverage else None,
            "files": [{"filename": a.filename, "mime_type": a.mime_type, "size": len(a.data),
                       "sha256": hashlib.sha256(a.data).hexdigest()} for a in attachments]}


def _refuse_unless_allowed(message_type: str, text: str | None, options: ProactiveOptions, confirmed: bool) -> None:
    offered = [kind.name for kind in options.types]
    if message_type not in offered:
        raise InvalidAction(f"Amazon does not offer a {message_type} message for order {options.order_id} now "
                            f"(it offers: {', '.join(offered) or 'nothing'})")
    if text and not confirmed:
        objections = check_text(text, options.buyer_locale)
        if blocks_sending(objections):
            reasons = "; ".join(dict.fromkeys(v.reason_en for v in objections))
            raise InvalidAction(f"the text breaks Amazon's rules: {reasons}")


def _store_in_conversation(db: Database, conversation_id: int, key: str, message_type: str, text: str | None,
                           attachments: Sequence[AttachmentData], actor: str) -> None:
    rows = db.fetch_all("SELECT account_id, thread_key FROM conversations WHERE id = :id", {"id": conversation_id})
    account_id, thread_key = rows[0]
    label = f"[Amazon message: {message_type}]"
    Ingestor(db).ingest([IncomingMessage(
        account_id=account_id, external_id=f"amazon-message:{key}", thread_key=thread_key, direction=Direction.OUT,
        text=f"{label} {text}" if text else label, sent_at=datetime.now(UTC), author=actor,
        delivery_state=DeliveryState.SENT, attachments=tuple(attachments))])


def describe(kind: MessageType) -> Mapping[str, Any]:
    """What the form for a message type needs (for the sidebar)."""
    return {"name": kind.name, "text_limit": kind.text_limit, "attachments": kind.attachments,
            "coverage_dates": kind.coverage_dates}
