"""What the window and the `desk` command show: a conversation with its messages, and its order.
Read models, filled by desk.storage and handed out by the application layer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AttachmentView:
    filename: str  # as the sender named it, made safe at ingest (no folders, no control characters)
    mime_type: str
    size: int
    sha256: str  # the bytes in the workspace's attachment store


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    direction: str
    author: str | None
    text: str
    html: str | None  # already sanitised at ingest
    sent_at: int
    delivery_state: str
    failure: str | None = None  # the platform's reason when delivery failed
    outbox_key: str | None = None  # set for replies sent from Desk (retry uses it)
    language: str | None = None
    auto_reply: bool = False
    full_text_path: str | None = None  # the whole text as a file when `text` was capped at ingest
    attachments: tuple[AttachmentView, ...] = ()


@dataclass(frozen=True, slots=True)
class ConversationView:
    id: int
    channel: str
    subject: str
    status: str
    language: str | None
    customer_name: str
    customer_country: str | None
    customer_timezone: str | None
    order_external_id: str | None
    messages: tuple[MessageView, ...]
    account_id: int = 0
    intent: str | None = None
    escalate: bool = False
    escalate_reasons: str = ""
    assignee: str | None = None
    sla_due_at: int | None = None
    last_inbound_at: int | None = None
    unverified: bool = False  # platform mail that failed authentication (desk.connectors.mail.authenticity)
    snooze_until: int | None = None  # snoozed until then (or until the customer writes)
    tags: tuple[str, ...] = ()
    merged_into: int | None = None  # merged into this conversation (its messages are there now)


@dataclass(frozen=True, slots=True)
class OrderView:
    external_id: str
    status: str
    currency: str
    total: str
    placed_at: int
    items: tuple[tuple[str, str, int, str], ...]  # sku, title, quantity, unit price
    shipments: tuple[tuple[str, str, str, int | None, int | None], ...]  # carrier, tracking, status, shipped, eta
    refunds: tuple[tuple[str, str, str, int], ...]  # amount, reason, status, at
    returns: tuple[tuple[str, str, str | None, int], ...]  # reason, status, rma, at
