"""What a macro does besides inserting its text: set the conversation's status, snooze it, assign
it, add or remove tags, once the reply it filled is sent ("Refund issued -> resolve").

In a KB folder they are the front matter key `actions`, the same in every language of the macro:

    actions:
      status: resolved          # open | pending | resolved
      snooze: 2d                # instead of a status: hours (24h) or days (2d), at most 30 days
      assign: me                # me (whoever sends it), or an agent's name
      tags: [refunded, -awaiting-refund]   # added; a leading "-" removes the tag

Stored as canonical JSON in kb_entries.actions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

STATUSES = ("open", "pending", "resolved")
MAX_SNOOZE_HOURS = 30 * 24
TAG_LENGTH = 64  # conversation_tags.tag
AGENT_LENGTH = 64  # conversations.assignee
ME = "me"
_DURATION = re.compile(r"^\s*(\d{1,4})\s*([hd])\s*$", re.IGNORECASE)
KEYS = ("status", "snooze", "assign", "tags")


@dataclass(frozen=True, slots=True)
class MacroActions:
    status: str | None = None
    snooze_hours: int | None = None
    assign: str | None = None  # "me" or an agent's name
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.status or self.snooze_hours or self.assign or self.add_tags or self.remove_tags)


NONE = MacroActions()


class BadActions(ValueError):
    """The `actions` of a macro cannot be read; the message says what they must be."""


def parse_actions(value: Any) -> MacroActions:
    """The actions from front matter (a mapping), or BadActions naming the problem."""
    if value is None:
        return NONE
    if not isinstance(value, dict):
        raise BadActions("actions must be 'key: value' lines (status, snooze, assign, tags)")
    if unknown := sorted(str(k) for k in value if k not in KEYS):
        raise BadActions(f"unknown action {', '.join(unknown)} (known: {', '.join(KEYS)})")
    status = _status(value.get("status"))
    snooze = _snooze(value.get("snooze"))
    if status and snooze:
        raise BadActions("an action sets a status or snoozes, not both")
    add, remove = _tags(value.get("tags"))
    return MacroActions(status, snooze, _assign(value.get("assign")), add, remove)


def _status(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value.strip().lower() not in STATUSES:
        raise BadActions(f"status must be one of {', '.join(STATUSES)}")
    return value.strip().lower()


def _snooze(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        hours = value
    elif isinstance(value, str) and (found := _DURATION.match(value)):
        hours = int(found.group(1)) * (24 if found.group(2).lower() == "d" else 1)
    else:
        raise BadActions("snooze must be hours or days, like 24h or 2d")
    if not 1 <= hours <= MAX_SNOOZE_HOURS:
        raise BadActions(f"snooze must be from 1 hour to {MAX_SNOOZE_HOURS // 24} days")
    return hours


def _assign(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > AGENT_LENGTH:
        raise BadActions(f"assign must be 'me' or an agent's name (at most {AGENT_LENGTH} characters)")
    return value.strip()


def _tags(value: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if value is None:
        return (), ()
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        raise BadActions("tags must be a list of words, like [refunded, -awaiting-refund]")
    add, remove = [], []
    for raw in values:
        tag = raw.strip()
        target = remove if tag.startswith("-") else add
        tag = tag.removeprefix("-").strip()
        if not tag or "," in tag or len(tag) > TAG_LENGTH:
            raise BadActions(f"a tag must be 1 to {TAG_LENGTH} characters without commas: {raw!r}")
        target.append(tag)
    return tuple(dict.fromkeys(add)), tuple(dict.fromkeys(remove))


def as_front_matter(actions: MacroActions) -> dict[str, Any]:
    """The actions as written in a KB file (empty when there are none)."""
    out: dict[str, Any] = {}
    if actions.status:
        out["status"] = actions.status
    if actions.snooze_hours:
        hours = actions.snooze_hours
        out["snooze"] = f"{hours // 24}d" if hours % 24 == 0 else f"{hours}h"
    if actions.assign:
        out["assign"] = actions.assign
    if actions.add_tags or actions.remove_tags:
        out["tags"] = list(actions.add_tags) + [f"-{tag}" for tag in actions.remove_tags]
    return out


def to_json(actions: MacroActions) -> str:
    return json.dumps(as_front_matter(actions), sort_keys=True, ensure_ascii=False) if actions else ""


def from_json(text: str | None) -> MacroActions:
    """Stored actions; a value an older or newer Desk wrote that does not read is no action."""
    if not text:
        return NONE
    try:
        return parse_actions(json.loads(text))
    except (ValueError, BadActions):
        return NONE
