"""The queue's views: the built-in ones (Mine, Unassigned, Due soon...) and the agent's own saved
views, each a QueueFilter. The window lists them with live counts (desk.app.queue.view_counts)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desk.domain.model import QUEUE_SORTS, Channel, ConversationStatus, QueueFilter

QUEUE_VIEWS = ("open", "mine", "unassigned", "due_soon", "escalated", "pending", "snoozed", "resolved", "all")
DEFAULT_VIEW = "open"
SAVED_PREFIX = "saved:"  # a saved view's id is this and its name

_OPEN = (ConversationStatus.OPEN,)


def view_filter(view: str, me: str, due_by: tuple[tuple[str, int], ...]) -> QueueFilter:
    """The filter of a built-in view. `me`: the agent's name ("" matches nobody); `due_by`: each
    channel's "due soon" deadline (now plus its warning time)."""
    filters = {
        "open": QueueFilter(statuses=_OPEN),
        "mine": QueueFilter(statuses=_OPEN, assignee=me),
        "unassigned": QueueFilter(statuses=_OPEN, unassigned_only=True),
        "due_soon": QueueFilter(statuses=_OPEN, due_by=due_by or (("", 0),)),
        "escalated": QueueFilter(statuses=_OPEN, escalated_only=True),
        "pending": QueueFilter(statuses=(ConversationStatus.PENDING,)),
        "snoozed": QueueFilter(statuses=(ConversationStatus.SNOOZED,)),
        "resolved": QueueFilter(statuses=(ConversationStatus.RESOLVED,)),
        "all": QueueFilter(statuses=()),
    }
    if view not in filters:
        raise ValueError(f"unknown queue view {view!r}")
    return filters[view]


@dataclass(frozen=True, slots=True)
class SavedView:
    """A built-in view narrowed by channel, language, tag or text, with its sort, under a name."""

    name: str
    view: str = DEFAULT_VIEW
    channels: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    tag: str | None = None
    text: str = ""
    sort: str = "due"
    descending: bool = False

    @property
    def id(self) -> str:
        return SAVED_PREFIX + self.name

    def narrow(self, flt: QueueFilter) -> QueueFilter:
        return narrowed(flt, self.channels, self.languages, self.tag, self.text, self.sort, self.descending)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "view": self.view, "channels": list(self.channels),
                "languages": list(self.languages), "tag": self.tag, "text": self.text, "sort": self.sort,
                "descending": self.descending}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> SavedView:
        return cls(value["name"], value.get("view", DEFAULT_VIEW), tuple(value.get("channels", ())),
                   tuple(value.get("languages", ())), value.get("tag"), value.get("text", ""),
                   value.get("sort", "due"), bool(value.get("descending", False)))


def narrowed(flt: QueueFilter, channels=(), languages=(), tag: str | None = None, text: str = "",
             sort: str = "due", descending: bool = False) -> QueueFilter:
    """`flt` narrowed further and sorted (what the queue panel's filters add to a view)."""
    return replace(flt, channels=tuple(Channel(c) for c in channels), languages=tuple(languages),
                   tag=tag or flt.tag, text=text.strip(), sort=sort, descending=descending)


def saved_view_problem(value: Any) -> str | None:
    """Why a stored saved view cannot be read, or None."""
    if not isinstance(value, dict) or not isinstance(value.get("name"), str) or not value["name"].strip():
        return "each view needs a name"
    if value.get("view", DEFAULT_VIEW) not in QUEUE_VIEWS:
        return f"unknown view {value.get('view')!r}"
    if value.get("sort", "due") not in QUEUE_SORTS:
        return f"unknown sort {value.get('sort')!r}"
    channels = value.get("channels", [])
    if not isinstance(channels, list) or any(c not in {ch.value for ch in Channel} for c in channels):
        return "channels: amazon, shopify, whatsapp, email"
    if not isinstance(value.get("languages", []), list) or not isinstance(value.get("text", ""), str):
        return "languages: a list; text: text"
    return None
