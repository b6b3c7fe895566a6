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
from desk.domain.views import AttachmentView, ConversationView, MessageView, OrderView

__all__ = [
    "AttachmentData",
    "Channel",
    "ConversationView",
    "ConversationStatus",
    "DeliveryState",
    "Direction",
    "IdentityKind",
    "IncomingMessage",
    "MessageView",
    "AttachmentView",
    "OrderView",
    "OutboxState",
    "QueueCursor",
    "QueueFilter",
    "QueueRow",
    "SearchHit",
]
