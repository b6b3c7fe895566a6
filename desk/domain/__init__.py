"""Plain domain values and rules shared by storage, sync and the UI."""

from desk.domain.model import (
    AttachmentData,
    Channel,
    ConversationStatus,
    DeliveryState,
    Direction,
    IdentityKind,
    IncomingMessage,
    OutboxState,
    QueueCursor,
    QueueFilter,
    QueueRow,
    SearchHit,
)

__all__ = [
    "AttachmentData",
    "Channel",
    "ConversationStatus",
    "DeliveryState",
    "Direction",
    "IdentityKind",
    "IncomingMessage",
    "OutboxState",
    "QueueCursor",
    "QueueFilter",
    "QueueRow",
    "SearchHit",
]
