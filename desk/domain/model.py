"""Enumerations and value objects of the after-sales domain.

Storage rows are SQLAlchemy models (desk.storage.models); these are the plain values that
cross layer boundaries (ingest payloads, queue rows, search hits) without dragging the ORM in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Channel(enum.StrEnum):
    AMAZON = "amazon"
    SHOPIFY = "shopify"
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class ConversationStatus(enum.StrEnum):
    OPEN = "open"
    PENDING = "pending"
    SNOOZED = "snoozed"
    RESOLVED = "resolved"
    MERGED = "merged"  # its messages moved into another conversation (merged_into): in no view


class Direction(enum.StrEnum):
    IN = "in"
    OUT = "out"
    NOTE = "note"


class DeliveryState(enum.StrEnum):
    RECEIVED = "received"
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"

    @property
    def rank(self) -> int:
        """How far delivery got. Statuses arrive out of order, so the furthest one wins; a platform
        never reports failure after delivery, so failed is final and outranks everything."""
        return _DELIVERY_RANK[self]

    def furthest(self, other: DeliveryState | None) -> DeliveryState:
        """The state to keep when `self` arrives while `other` is known."""
        return self if other is None or self.rank > other.rank else other


_DELIVERY_RANK = {
    DeliveryState.RECEIVED: 0, DeliveryState.QUEUED: 0, DeliveryState.SENT: 1, DeliveryState.DELIVERED: 2,
    DeliveryState.READ: 3, DeliveryState.FAILED: 4,
}


class OutboxState(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class IdentityKind(enum.StrEnum):
    """Ways one person is recognised across channels."""

    EMAIL = "email"
    PHONE = "phone"
    RELAY_ALIAS = "relay_alias"
    WHATSAPP_USER = "wa_user"  # WhatsApp business-scoped user id (BSUID), e.g. US.13491208655302741918
    WHATSAPP_USERNAME = "wa_username"  # a WhatsApp username (users with one may hide their phone)


@dataclass(frozen=True, slots=True)
class AttachmentData:
    filename: str
    mime_type: str
    data: bytes = field(repr=False)
    content_id: str | None = None  # inline images referenced as cid: in the HTML


@dataclass(slots=True)
class IncomingMessage:
    """One message as a connector (or the demo loader) hands it to ingest.

    `external_id` is the platform's id (IMAP Message-ID, wamid, ...); together with the account
    it identifies the message, so ingesting the same payload twice stores it once.
    `thread_key` groups messages into one conversation per account (relay alias + order id,
    a mail thread root, a WhatsApp phone number).
    """

    account_id: int
    external_id: str
    thread_key: str
    direction: Direction
    text: str
    sent_at: datetime
    customer_name: str = ""
    customer_email: str | None = None
    customer_phone: str | None = None
    customer_relay_alias: str | None = None
    customer_user_id: str | None = None  # WhatsApp BSUID
    customer_username: str | None = None  # WhatsApp username, without "@"
    customer_country: str | None = None
    customer_timezone: str | None = None
    language: str | None = None
    subject: str = ""
    html: str | None = None
    author: str | None = None
    order_external_id: str | None = None
    delivery_state: DeliveryState | None = None
    attachments: tuple[AttachmentData, ...] = ()
    # The platform id of the message this one answers (mail In-Reply-To): joins a reply to the
    # conversation of that message even when its own thread key is new.
    reply_to_external_id: str | None = None
    # An auto-responder (out-of-office, "we got your message"): stored, but it neither starts nor
    # stops the SLA clock (Amazon does not count automated replies as a response).
    auto_reply: bool = False
    # Claims to come from a platform (Amazon's relay, Shopify) but did not pass authentication
    # (desk.connectors.mail.authenticity): shown as unverified, never answered automatically.
    unverified: bool = False
    # Keys the same thread was stored under before (a WhatsApp phone number before the BSUID, a
    # BSUID the user changed): a conversation found under one of them is re-keyed to `thread_key`.
    thread_aliases: tuple[str, ...] = ()


QUEUE_SORTS = ("due", "channel", "customer", "subject", "topic", "language", "assignee", "updated")


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the agent narrows the queue to, and how it is ordered. Empty tuples mean "any".

    `assignee` None means anyone (an empty name matches nobody); `due_by` keeps conversations due
    by a time per channel ((channel, epoch seconds), ...: "due soon" inside each channel's warning
    time). `sort` is one of QUEUE_SORTS: what is due first by default; ties go by id."""

    channels: tuple[Channel, ...] = ()
    account_ids: tuple[int, ...] = ()
    statuses: tuple[ConversationStatus, ...] = (ConversationStatus.OPEN,)
    languages: tuple[str, ...] = ()
    assignee: str | None = None
    unassigned_only: bool = False
    tag: str | None = None
    escalated_only: bool = False
    text: str = ""
    due_by: tuple[tuple[str, int], ...] = ()
    sort: str = "due"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One line of the queue. Times are UTC epoch seconds (None when unset), converted for display
    only, because the first page must be built in well under a millisecond."""

    id: int
    channel: str
    account_id: int
    status: str
    subject: str
    customer_name: str
    language: str | None
    assignee: str | None
    sla_due_at: int | None
    last_inbound_at: int | None
    last_message_at: int | None
    preview: str
    message_count: int
    tags: tuple[str, ...] = field(default=())
    intent: str | None = None
    escalate: bool = False
    escalate_reasons: str = ""
    unverified: bool = False  # started by platform mail that failed authentication
    snooze_until: int | None = None
    sort_key: tuple = ()  # the row's values of its queue's sort (desk.storage.queue), for keyset paging


@dataclass(frozen=True, slots=True)
class QueueCursor:
    """Keyset position after a row: the queue continues strictly after it (in its filter's sort)."""

    sort_key: tuple
    id: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "message" or "customer"
    id: int
    conversation_id: int | None
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) spans of `snippet` that matched
    rank: float
