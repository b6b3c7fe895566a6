"""Who a WhatsApp message comes from: the business-scoped user id (BSUID) first, the phone optional.

Since April 2026 every webhook carries the sender's BSUID (`messages[].from_user_id`,
`contacts[].user_id`, e.g. "US.13491208655302741918"); users with a username may hide their phone,
so `from`/`wa_id` can be missing (platform-apis.md §3.5). A thread is therefore keyed by the BSUID;
the phone number, when given, is an alias (threads stored before BSUIDs were keyed by it) and an
identity of the customer. The username (`contacts[].profile.username`) is shown when the user has
no profile name.

Changes of identity arrive as system messages, and keep the thread together through aliases:
- `user_changed_user_id`: the user's BSUID changed. No public sample of this webhook exists
  (specs/SOURCES.md); it is read as the SDKs model it (the new id in `system.user_id`, the old one
  in the message's `from_user_id`), also accepting `system.new_user_id` / `system.previous_user_id`.
- `user_changed_number`: `from` is the old number, `system.wa_id` the new one (pywa's sample).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Sender:
    thread_key: str
    aliases: tuple[str, ...]  # keys the thread may be stored under from before
    user_id: str | None
    wa_id: str | None
    username: str | None
    name: str  # for display: the profile name, else "@username", else ""


def sender_of(raw: Mapping[str, Any], contact: Mapping[str, Any]) -> Sender | None:
    """The sender of one webhook message (None when it names nobody)."""
    user_id = _text(raw.get("from_user_id")) or _text(contact.get("user_id"))
    wa_id = _text(raw.get("from")) or _text(contact.get("wa_id"))
    profile = contact.get("profile") if isinstance(contact.get("profile"), Mapping) else {}
    username = (_text(profile.get("username")) or "").lstrip("@") or None
    name = _text(profile.get("name")) or (f"@{username}" if username else "")
    system = raw.get("system") if raw.get("type") == "system" and isinstance(raw.get("system"), Mapping) else {}
    if system.get("type") == "user_changed_user_id":
        new_id = _text(system.get("user_id")) or _text(system.get("new_user_id"))
        old_id = _text(system.get("previous_user_id")) or user_id
        if new_id and new_id != old_id:
            return Sender(new_id, _present(old_id, wa_id), new_id, wa_id, username, name)
    if system.get("type") == "user_changed_number":
        new_number = _text(system.get("wa_id")) or _text(system.get("new_wa_id"))
        if new_number and new_number != wa_id:
            return Sender(user_id or new_number, _present(wa_id), user_id, new_number, username, name)
    key = user_id or wa_id
    if key is None:
        return None
    return Sender(key, _present(wa_id) if user_id else (), user_id, wa_id, username, name)


def _present(*keys: str | None) -> tuple[str, ...]:
    return tuple(key for key in keys if key)


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
