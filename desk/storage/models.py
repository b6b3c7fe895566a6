"""The cache schema as typed SQLAlchemy models.

Times are stored as integer UTC epoch seconds (EpochTime): they sort and compare the same on
SQLite and PostgreSQL, keep the queue index compact, and the fast read path needs no parser.
Alembic migrations in desk/storage/migrations create exactly this schema (a test compares them).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import false
from sqlalchemy.types import TypeDecorator

from desk.domain import Channel, ConversationStatus, DeliveryState, Direction, OutboxState
from desk.storage.timekeys import NEVER, NO_DUE, from_epoch, to_epoch


class EpochTime(TypeDecorator[datetime]):
    """An aware UTC datetime stored as integer epoch seconds (None stored as `none_as`).

    Binds also accept epoch seconds, which the ingest path computes once per row anyway."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, none_as: int | None = None):
        super().__init__()
        self.none_as = none_as

    def process_bind_param(self, value: datetime | int | None, dialect) -> int | None:
        return value if isinstance(value, int) else to_epoch(value, self.none_as)

    def process_result_value(self, value: int | None, dialect) -> datetime | None:
        return from_epoch(value, self.none_as)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(enum_type) -> String:
    # Plain strings, not native enums: PostgreSQL ENUM types make adding a value a migration.
    return String(max(len(m.value) for m in enum_type) + 8)


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    name: Mapped[str] = mapped_column(String(200))
    settings_json: Mapped[str] = mapped_column(Text, default="{}")
    sla_hours: Mapped[int] = mapped_column(Integer, default=24)
    created_at: Mapped[datetime] = mapped_column(EpochTime)


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2))
    timezone: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    identities: Mapped[list[CustomerIdentity]] = relationship(back_populates="customer")


class CustomerIdentity(Base):
    """An e-mail, phone or relay alias known to belong to a customer: the merge key."""

    __tablename__ = "customer_identities"
    __table_args__ = (UniqueConstraint("kind", "value"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(320))
    customer: Mapped[Customer] = relationship(back_populates="identities")


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(64))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(32))
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    placed_at: Mapped[datetime] = mapped_column(EpochTime)
    items: Mapped[list[OrderItem]] = relationship(cascade="all, delete-orphan")
    shipments: Mapped[list[Shipment]] = relationship(cascade="all, delete-orphan")
    refunds: Mapped[list[Refund]] = relationship(cascade="all, delete-orphan")
    returns: Mapped[list[ReturnRequest]] = relationship(cascade="all, delete-orphan")


class OrderItem(Base):
    __tablename__ = "order_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class Shipment(Base):
    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    carrier: Mapped[str] = mapped_column(String(64))
    tracking_number: Mapped[str] = mapped_column(String(64))
    tracking_url: Mapped[str | None] = mapped_column(Text)  # the platform's own, when it gives one
    status: Mapped[str] = mapped_column(String(32))
    shipped_at: Mapped[datetime | None] = mapped_column(EpochTime)
    delivered_at: Mapped[datetime | None] = mapped_column(EpochTime)
    eta_at: Mapped[datetime | None] = mapped_column(EpochTime)


class Refund(Base):
    __tablename__ = "refunds"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    reason: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(EpochTime)


class ReturnRequest(Base):
    __tablename__ = "returns"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    rma: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(EpochTime)


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("account_id", "thread_key"),
        # The queue's order is (sla_due_at, last_inbound_at, id) within a status; see desk.storage.queue.
        Index("ix_conversations_queue", "status", "sla_due_at", "last_inbound_at", "id"),
        # An agent's own queue on a team database ("mine"), in the same order.
        Index("ix_conversations_assignee_queue", "assignee", "status", "sla_due_at", "last_inbound_at", "id"),
        Index("ix_conversations_customer", "customer_id"),
        Index("ix_conversations_order_ref", "account_id", "order_ref"),
        # What the queue's views count by (Mine, Unassigned, Escalated, Due soon): a scan of this narrow
        # index instead of the table's rows.
        Index("ix_conversations_views", "status", "assignee", "escalate", "channel", "sla_due_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    thread_key: Mapped[str] = mapped_column(String(320))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    # The order id the customer mentioned, kept until that order is synced and linked.
    order_ref: Mapped[str | None] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[ConversationStatus] = mapped_column(_enum(ConversationStatus), default=ConversationStatus.OPEN)
    assignee: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    sla_due_at: Mapped[datetime | None] = mapped_column(EpochTime(NO_DUE), nullable=False, default=None)
    last_inbound_at: Mapped[datetime | None] = mapped_column(EpochTime(NEVER), nullable=False, default=None)
    last_outbound_at: Mapped[datetime | None] = mapped_column(EpochTime)
    last_message_at: Mapped[datetime | None] = mapped_column(EpochTime)
    preview: Mapped[str] = mapped_column(String(300), default="")
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    # Triage (desk.routing.annotate): what the customer wants, read once per new customer message.
    intent: Mapped[str | None] = mapped_column(String(32))
    escalate: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    escalate_reasons: Mapped[str] = mapped_column(String(200), default="", server_default="")
    triage_confidence: Mapped[float | None] = mapped_column(Float)
    triaged_at: Mapped[int | None] = mapped_column(BigInteger)  # last_inbound_at the triage read
    # "No response needed": the SLA clock stops as if answered, until the customer writes again.
    clock_stopped_at: Mapped[datetime | None] = mapped_column(EpochTime)
    # Started by mail that claims to come from a platform (Amazon's relay, Shopify) but did not pass
    # authentication: shown as unverified, never joined to a buyer's order, never answered automatically.
    unverified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Team database: the id of the transaction that last changed the row (a trigger sets it, see
    # desk.storage.dialects.postgresql); offline mirrors fetch what changed since they last looked.
    version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0", index=True)
    # Snoozed until this time (desk.app.lifecycle): it wakes then, or earlier when the customer writes.
    snooze_until: Mapped[datetime | None] = mapped_column(EpochTime)
    # Merged into another conversation of the same customer: its messages moved there, and new ones follow.
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    tags: Mapped[list[ConversationTag]] = relationship(cascade="all, delete-orphan")


class ConversationTag(Base):
    __tablename__ = "conversation_tags"
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class Tag(Base):
    """A tag's colour (tags themselves live on conversations, conversation_tags)."""

    __tablename__ = "tags"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    colour: Mapped[str] = mapped_column(String(9))  # "#rrggbb"


class Mention(Base):
    """An agent named with @ in an internal note: what "Mine" and notifications can look up."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    agent: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(EpochTime)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_messages_conversation", "conversation_id", "sent_at", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(320))
    direction: Mapped[Direction] = mapped_column(_enum(Direction))
    author: Mapped[str | None] = mapped_column(String(200))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)  # sanitised: see desk.html
    language: Mapped[str | None] = mapped_column(String(8))
    sent_at: Mapped[datetime] = mapped_column(EpochTime)
    received_at: Mapped[datetime] = mapped_column(EpochTime)
    delivery_state: Mapped[DeliveryState] = mapped_column(_enum(DeliveryState))
    # An auto-responder (out-of-office, "we received your message"): it neither starts nor stops a clock.
    auto_reply: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    unverified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # see Conversation
    # body_text is capped (desk.storage.ingest.TEXT_CAP); the whole text is this file in the attachment store.
    full_text_sha256: Mapped[str | None] = mapped_column(String(64))
    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    mime_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(BigInteger)
    content_id: Mapped[str | None] = mapped_column(String(320))  # inline images (cid:)
    sha256: Mapped[str] = mapped_column(String(64))  # file name in the attachment store


class FileBlob(Base):
    """Attachment bytes on a team database, under their sha256 (desk.storage.attachments
    .DatabaseFileStore); an SQLite cache keeps them as files beside it and leaves this empty."""

    __tablename__ = "file_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class QuarantinedItem(Base):
    """Something a connector fetched but could not read (mail, webhook, order payload), kept raw.

    Nothing is dropped: the agent sees these, can export them, and `desk.sync.quarantine.retry`
    parses them again after an upgrade. One row per (account, kind, payload bytes); seeing the same
    payload again only moves `last_seen_at`. Payloads over `INLINE_BYTES` live in the attachment
    store under their sha256 (`raw` is then NULL)."""

    __tablename__ = "quarantine"
    __table_args__ = (UniqueConstraint("account_id", "kind", "sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "mail", "webhook", "order"
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(320), default="")  # where it was found ("INBOX UID 7", "relay event 12")
    sender: Mapped[str | None] = mapped_column(String(320))
    sent_at: Mapped[datetime | None] = mapped_column(EpochTime)
    first_seen_at: Mapped[datetime] = mapped_column(EpochTime)
    last_seen_at: Mapped[datetime] = mapped_column(EpochTime)
    retry_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Draft(Base):
    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), unique=True
    )
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(EpochTime)
    # The reply language chosen for this draft (desk.app.replies.ReplyLanguage); None: the default.
    written_language: Mapped[str | None] = mapped_column(String(16))
    sent_language: Mapped[str | None] = mapped_column(String(16))


class OutboxEntry(Base):
    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    direction: Mapped[Direction] = mapped_column(_enum(Direction))
    body: Mapped[str] = mapped_column(Text)
    payload_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")  # recipient, threading, template
    next_attempt_at: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    state: Mapped[OutboxState] = mapped_column(_enum(OutboxState), default=OutboxState.QUEUED, index=True)
    # Until when a sender has this entry in hand (desk.sync.outbox.claim_next): no other sender
    # takes it meanwhile, even one in another process on another machine.
    claimed_until: Mapped[int | None] = mapped_column(BigInteger)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    sent_at: Mapped[datetime | None] = mapped_column(EpochTime)


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(EpochTime, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(64))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    detail_json: Mapped[str] = mapped_column(Text, default="{}")


class AccountNotice(Base):
    """What an account's platform told sync that the agent should see (e.g. Shopify answering with
    another API version than asked for); replaced on each report, deleted when it clears."""

    __tablename__ = "account_notices"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    message: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(EpochTime)


class WhatsAppTemplates(Base):
    """The approved message templates last fetched from a WhatsApp account's Business Account
    (desk.accounts.store_fetched_templates), and what holds the next fetch back."""

    __tablename__ = "whatsapp_templates"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    templates_json: Mapped[str] = mapped_column(Text, default="[]")
    fetched_at: Mapped[int] = mapped_column(BigInteger, default=0)  # epoch seconds of the last success, 0: never
    failed_at: Mapped[int] = mapped_column(BigInteger, default=0)  # of the last failure since (0: none)
    not_before: Mapped[int] = mapped_column(BigInteger, default=0)  # Meta's rate limit: no fetch before this


class TeamTranslation(Base):
    """A provider's answer shared by a team (desk.team.translations): the worker translates new
    customer messages ahead into the languages agents read, agents' Desks add what they translate,
    and each Desk copies those into its language to its own cache. Keyed as the per-PC cache is
    (desk.translation.cache.cache_key); an SQLite workspace leaves this empty."""

    __tablename__ = "team_translations"
    __table_args__ = (Index("ix_team_translations_target_id", "target", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)  # the order Desks copy them in
    key: Mapped[bytes] = mapped_column(LargeBinary(16), unique=True)
    target: Mapped[str] = mapped_column(String(8))
    translated: Mapped[str] = mapped_column(Text)  # as the provider answered, glossary placeholders included
    provider: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[int] = mapped_column(BigInteger)  # epoch seconds


class OrderAction(Base):
    """An action on a platform order (refund, cancel, return, note, tag), recorded with its
    idempotency key before the platform is asked, so a retry can never do it twice."""

    __tablename__ = "order_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    order_external_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    params_json: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))  # pending | done | failed
    result_json: Mapped[str] = mapped_column(Text, default="{}")
    error: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(EpochTime)
    finished_at: Mapped[datetime | None] = mapped_column(EpochTime)


class Presence(Base):
    """Who is viewing or typing in a conversation (team mode): one row per agent and conversation,
    refreshed by a heartbeat; rows older than desk.team.presence.STALE_S no longer count."""

    __tablename__ = "presence"
    agent: Mapped[str] = mapped_column(String(64), primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"),
                                                 primary_key=True, index=True)
    state: Mapped[str] = mapped_column(String(16))  # "viewing" or "typing"
    updated_at: Mapped[int] = mapped_column(BigInteger)


class SyncCursor(Base):
    """Where each account's sync stream stopped; written in the same transaction as its batch."""

    __tablename__ = "sync_cursors"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    stream: Mapped[str] = mapped_column(String(32), primary_key=True)
    cursor_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(EpochTime)


class Setting(Base):
    """Non-secret workspace settings (secrets live in the OS keyring only)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class KnowledgeEntry(Base):
    """A knowledge-base entry (macro, article or cultural note); its texts are per language.

    markets, channels and tags are comma-joined codes ("DE,FR"); empty means every market/channel.
    """

    __tablename__ = "kb_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    intent: Mapped[str | None] = mapped_column(String(32), index=True)
    markets: Mapped[str] = mapped_column(String(64), default="")
    channels: Mapped[str] = mapped_column(String(64), default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(EpochTime)
    # A macro's actions once its reply is sent, as JSON (desk.knowledge.actions); "" for none.
    actions: Mapped[str] = mapped_column(Text, default="", server_default="")


class KnowledgeText(Base):
    """One language of an entry. The surrogate id is the rowid of its kb_fts search row."""

    __tablename__ = "kb_texts"
    __table_args__ = (UniqueConstraint("entry_id", "language"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("kb_entries.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)


class AgentProfile(Base):
    """Who may take escalated or complex conversations: the languages they answer in, their skills."""

    __tablename__ = "agent_profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    languages: Mapped[str] = mapped_column(String(100), default="")  # "de,en"
    skills: Mapped[str] = mapped_column(String(200), default="")  # "escalation,damaged_item"
    active: Mapped[bool] = mapped_column(Boolean, default=True)
