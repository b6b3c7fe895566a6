"""What a conversation action did, as plain values: the undo record an action returns (which the
window keeps for a few seconds) and the conversations linked to one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The conversation fields an action may set; undo puts back exactly these.
STATE_FIELDS = ("status", "assignee", "snooze_until", "sla_due_at", "clock_stopped_at", "merged_into")
ACTIONS = ("resolve", "reopen", "pending", "snooze", "assign", "tag", "merge", "note", "wake")


@dataclass(frozen=True, slots=True)
class FieldChange:
    conversation_id: int
    field: str  # one of STATE_FIELDS
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class Undo:
    """How to take an action back: each field put back where it still holds what the action set
    (a customer who wrote since keeps the conversation open), tags added removed and removed added
    again, moved messages moved back."""

    action: str
    conversation_ids: tuple[int, ...]
    fields: tuple[FieldChange, ...] = ()
    tags_added: tuple[tuple[int, str], ...] = ()
    tags_removed: tuple[tuple[int, str], ...] = ()
    moved_messages: tuple[int, ...] = ()  # merge: these went from conversation_ids[0] to [1]

    def __bool__(self) -> bool:
        return bool(self.fields or self.tags_added or self.tags_removed or self.moved_messages)


@dataclass(frozen=True, slots=True)
class LinkedConversation:
    id: int
    relation: str  # "order": about the same order; "customer": the same customer, another matter
    channel: str
    status: str
    subject: str
    order_ref: str | None


@dataclass(frozen=True, slots=True)
class TagInfo:
    name: str
    colour: str  # "#rrggbb"
    count: int  # conversations carrying it
