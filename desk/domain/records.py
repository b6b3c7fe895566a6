"""What connectors hand to sync besides messages: orders, delivery updates, outgoing mail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from desk.domain.model import AttachmentData, DeliveryState


@dataclass(slots=True)
class OrderItemRecord:
    sku: str
    title: str
    quantity: int
    unit_price: Decimal


@dataclass(slots=True)
class ShipmentRecord:
    carrier: str
    tracking_number: str
    status: str  # label_created | in_transit | out_for_delivery | delivered | exception | returned
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    eta_at: datetime | None = None
    tracking_url: str | None = None  # the platform's tracking page, when it gives one (Shopify)


@dataclass(slots=True)
class RefundRecord:
    amount: Decimal
    reason: str
    status: str  # requested | completed | rejected
    created_at: datetime


@dataclass(slots=True)
class ReturnRecord:
    reason: str
    status: str  # requested | authorized | received | closed
    created_at: datetime
    rma: str | None = None


@dataclass(slots=True)
class OrderRecord:
    """An order as a platform reports it; sync upserts it by (account, external id)."""

    account_id: int
    external_id: str  # Amazon 3-7-7 order id, Shopify order name ("#1042")
    status: str
    currency: str
    total: Decimal
    placed_at: datetime
    buyer_email: str | None = None
    buyer_name: str | None = None
    items: list[OrderItemRecord] = field(default_factory=list)
    shipments: list[ShipmentRecord] = field(default_factory=list)
    refunds: list[RefundRecord] = field(default_factory=list)
    returns: list[ReturnRecord] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DeliveryUpdate:
    """A platform's word on a message we sent (WhatsApp statuses, bounces)."""

    account_id: int
    external_id: str
    state: DeliveryState
    at: datetime
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    language: str
    parameters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A reply on its way out. `idempotency_key` is stable across retries and restarts."""

    account_id: int
    conversation_id: int
    idempotency_key: str
    to: str  # e-mail address (relay alias kept exactly, +suffix included) or E.164 phone
    text: str
    subject: str = ""
    in_reply_to: str | None = None  # parent Message-ID for mail
    references: tuple[str, ...] = ()
    template: Template | None = None
    fallback_to: str | None = None  # WhatsApp: the phone to use should Meta refuse `to` (a BSUID, 131062)
    attachments: tuple[AttachmentData, ...] = ()  # files sent with the text (WhatsApp media, mail attachments)


@dataclass(frozen=True, slots=True)
class SendResult:
    external_id: str  # Message-ID for mail, wamid for WhatsApp
    state: DeliveryState = DeliveryState.SENT


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An item the connector fetched but could not read, kept raw so that nothing is lost."""

    kind: str  # "mail" (RFC 5322 bytes), "webhook" (a relay event's JSON), "order" (a platform's order JSON)
    raw: bytes = field(repr=False)
    reason: str  # why it could not be read, for the agent; never a secret
    source: str = ""  # where it was found: "INBOX UID 7", "relay event 12", "Amazon order 113-…"
    sender: str | None = None  # who sent it, where that much could be read
    sent_at: datetime | None = None
