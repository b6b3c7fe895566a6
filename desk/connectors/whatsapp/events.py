"""WhatsApp webhook envelopes -> IncomingMessage and DeliveryUpdate.

An envelope is `{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages",
"value": {...}}]}]}`; one value may carry several `messages` and `statuses`. Every message type
becomes readable text (media keep their media id so the UI can fetch them later). Anything
malformed is listed in `skipped` with a reason (the connector then keeps the whole envelope in the
quarantine) and never stops the rest of the envelope: whatever the JSON holds, parse_envelope
raises nothing. Changes of other fields (template status, account updates) are not conversations
and are ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desk.connectors.whatsapp.identity import sender_of
from desk.domain.model import DeliveryState, Direction, IncomingMessage
from desk.domain.records import DeliveryUpdate

_STATUS_STATES = {
    "sent": DeliveryState.SENT,
    "delivered": DeliveryState.DELIVERED,
    "read": DeliveryState.READ,
    "played": DeliveryState.READ,  # a played voice note has been read
    "failed": DeliveryState.FAILED,
}

class Malformed(ValueError):
    """One item of an envelope cannot be understood; the message says why."""


@dataclass(frozen=True, slots=True)
class CallbackEcho:
    """A status that echoed our `biz_opaque_callback_data` (the outbox idempotency key)."""

    callback_data: str
    external_id: str
    state: DeliveryState


@dataclass
class ParsedEnvelope:
    messages: list[IncomingMessage] = field(default_factory=list)
    deliveries: list[DeliveryUpdate] = field(default_factory=list)
    callbacks: list[CallbackEcho] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def parse_envelope(payload: Any, account_id: int, phone_number_id: str | None = None) -> ParsedEnvelope:
    """Everything in one webhook body; with `phone_number_id`, changes for other numbers are ignored."""
    parsed = ParsedEnvelope()
    try:
        _parse_entries(payload, account_id, phone_number_id, parsed)
    except Exception as error:  # a shape nobody foresaw: keep what was read, say why the rest was not
        parsed.skipped.append(f"unreadable envelope ({type(error).__name__})")
    return parsed


def _parse_entries(payload: Any, account_id: int, phone_number_id: str | None, parsed: ParsedEnvelope) -> None:
    if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
        parsed.skipped.append("not a WhatsApp Business Account webhook")
        return
    for e, entry in enumerate(_list(payload.get("entry"))):
        for c, change in enumerate(_list(entry.get("changes") if isinstance(entry, dict) else None)):
            where = f"entry {e} change {c}"
            if not isinstance(change, dict) or not isinstance(change.get("value"), dict):
                parsed.skipped.append(f"{where}: no value object")
                continue
            if change.get("field", "messages") != "messages":
                continue
            _parse_value(change["value"], account_id, phone_number_id, where, parsed)


def _parse_value(value: dict, account_id: int, phone_number_id: str | None, where: str, out: ParsedEnvelope) -> None:
    metadata = value.get("metadata") if isinstance(value.get("metadata"), dict) else {}
    if phone_number_id is not None and str(metadata.get("phone_number_id", "")) != phone_number_id:
        return
    contacts = [c for c in _list(value.get("contacts")) if isinstance(c, dict)]
    value_errors = _list(value.get("errors"))
    for i, raw in enumerate(_list(value.get("messages"))):
        _collect(out, f"{where} message {i}", lambda: _message(raw, contacts, value_errors, account_id),
                 out.messages.append)
    for i, raw in enumerate(_list(value.get("statuses"))):
        _collect(out, f"{where} status {i}", lambda: _status(raw, account_id, out), out.deliveries.append)


def _collect(out: ParsedEnvelope, where: str, build: Callable[[], Any], keep: Callable[[Any], None]) -> None:
    try:
        keep(build())
    except Malformed as reason:
        out.skipped.append(f"{where}: {reason}")
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError, RecursionError) as error:
        out.skipped.append(f"{where}: unreadable ({type(error).__name__})")  # wrongly typed fields


def _message(raw: Any, contacts: list[dict], value_errors: list, account_id: int) -> IncomingMessage:
    if not isinstance(raw, dict):
        raise Malformed("not an object")
    wamid = _required_str(raw, "id")
    contact = _contact_for(contacts, _optional_str(raw.get("from")), _optional_str(raw.get("from_user_id")))
    sender = sender_of(raw, contact)
    if sender is None:
        raise Malformed(f"{wamid} has neither a sender phone (from) nor a user id")
    return IncomingMessage(
        account_id=account_id,
        external_id=wamid,
        thread_key=sender.thread_key,
        thread_aliases=sender.aliases,
        direction=Direction.IN,
        text=render_text(raw, value_errors),
        sent_at=_timestamp(raw.get("timestamp")),
        customer_name=sender.name,
        customer_phone=f"+{sender.wa_id}" if sender.wa_id else None,
        customer_user_id=sender.user_id,
        customer_username=sender.username,
        author=sender.name or None,
    )


def _contact_for(contacts: list[dict], wa_id: str | None, user_id: str | None) -> dict:
    for contact in contacts:
        if (wa_id and contact.get("wa_id") == wa_id) or (user_id and contact.get("user_id") == user_id):
            return contact
    return contacts[0] if len(contacts) == 1 else {}


def _status(raw: Any, account_id: int, out: ParsedEnvelope) -> DeliveryUpdate:
    if not isinstance(raw, dict):
        raise Malformed("not an object")
    wamid = _required_str(raw, "id")
    name = raw.get("status")
    if name not in _STATUS_STATES:
        raise Malformed(f"{wamid} has unknown status {name!r}")
    state = _STATUS_STATES[name]
    update = DeliveryUpdate(account_id, wamid, state, _timestamp(raw.get("timestamp")), _status_error(raw))
    callback = _optional_str(raw.get("biz_opaque_callback_data"))
    if callback:
        out.callbacks.append(CallbackEcho(callback, wamid, state))
    return update


def _status_error(raw: dict) -> str | None:
    errors = [e for e in _list(raw.get("errors")) if isinstance(e, dict)]
    if raw.get("status") != "failed" and not errors:
        return None
    if not errors:
        return "WhatsApp reported the message as failed"
    return "; ".join(_describe_error(e) for e in errors)


def _describe_error(error: dict) -> str:
    title = error.get("title") or error.get("message") or "error"
    details = (error.get("error_data") or {}).get("details") if isinstance(error.get("error_data"), dict) else None
    text = f"{error.get('code', '?')} {title}"
    return f"{text}: {details}" if details and details != title else text


# --- message text -----------------------------------------------------------------------------

_MEDIA_LABELS = {"image": "Image", "video": "Video", "audio": "Audio", "document": "Document", "sticker": "Sticker"}


def render_text(raw: dict, value_errors: list | None = None) -> str:
    """A message of any type as text an agent can read; media keep their id as `media <id>`."""
    kind = raw.get("type")
    body = raw.get(kind) if isinstance(kind, str) and isinstance(raw.get(kind), dict) else {}
    render = _RENDERERS.get(kind)
    if render is not None:
        text = render(body, raw, value_errors or [])
    elif kind in _MEDIA_LABELS:
        text = _media(kind, body)
    else:
        text = f"[{kind or 'unknown'} message]"
    return _with_context(raw, text)


def _with_context(raw: dict, text: str) -> str:
    context = raw.get("context") if isinstance(raw.get("context"), dict) else {}
    if context.get("frequently_forwarded"):
        text = f"[Forwarded many times] {text}"
    elif context.get("forwarded"):
        text = f"[Forwarded] {text}"
    referral = raw.get("referral") if isinstance(raw.get("referral"), dict) else None
    if referral:
        text = f"{text}\n(came from an ad: {referral.get('headline') or referral.get('source_url') or 'unknown'})"
    return text


def _text(body: dict, raw: dict, errors: list) -> str:
    if not isinstance(body.get("body"), str):
        raise Malformed(f"{raw.get('id')} is a text message without a body")
    return body["body"]


def _media(kind: str, body: dict) -> str:
    label = _MEDIA_LABELS[kind]
    if kind == "audio" and body.get("voice"):
        label = "Voice message"
    if kind == "sticker" and body.get("animated"):
        label = "Animated sticker"
    if body.get("filename"):
        label = f"{label} {body['filename']}"
    media_id = body.get("id")
    head = f"[{label} · media {media_id}]" if media_id else f"[{label}]"
    return f"{head} {body['caption']}" if body.get("caption") else head


def _location(body: dict, raw: dict, errors: list) -> str:
    place = ", ".join(str(body[k]) for k in ("name", "address") if body.get(k))
    parts = [place] if place else []
    if "latitude" in body and "longitude" in body:
        parts.append(f"({body['latitude']}, {body['longitude']})")
    if body.get("url"):
        parts.append(str(body["url"]))
    return "[Location] " + " ".join(parts) if parts else "[Location]"


def _reaction(body: dict, raw: dict, errors: list) -> str:
    target = body.get("message_id", "?")
    emoji = body.get("emoji")
    return f"[Reaction {emoji} to {target}]" if emoji else f"[Reaction removed from {target}]"


def _interactive(body: dict, raw: dict, errors: list) -> str:
    kind = body.get("type")
    reply = body.get(kind) if isinstance(kind, str) and isinstance(body.get(kind), dict) else {}
    if kind == "button_reply":
        return f"[Button] {reply.get('title', '')}".rstrip()
    if kind == "list_reply":
        description = f" — {reply['description']}" if reply.get("description") else ""
        return f"[List choice] {reply.get('title', '')}{description}".rstrip()
    if kind == "nfm_reply":
        return f"[Form reply] {reply.get('body') or reply.get('response_json') or ''}".rstrip()
    reason = _first_error_title(errors)
    return f"[Interactive reply not readable: {reason}]" if reason else "[Interactive reply]"


def _button(body: dict, raw: dict, errors: list) -> str:
    return f"[Button] {body.get('text') or body.get('payload') or ''}".rstrip()


def _contacts(body: dict, raw: dict, errors: list) -> str:
    cards = []
    for card in _list(raw.get("contacts")):
        if not isinstance(card, dict):
            continue
        name = (card.get("name") or {}).get("formatted_name", "") if isinstance(card.get("name"), dict) else ""
        phones = [p.get("phone", "") for p in _list(card.get("phones")) if isinstance(p, dict)]
        cards.append(" ".join([name, *phones]).strip())
    return "[Contact] " + "; ".join(cards) if cards else "[Contact]"


def _order(body: dict, raw: dict, errors: list) -> str:
    items = [
        f"{item.get('quantity', '?')} × {item.get('product_retailer_id', '?')} "
        f"@ {item.get('item_price', '?')} {item.get('currency', '')}".rstrip()
        for item in _list(body.get("product_items"))
        if isinstance(item, dict)
    ]
    note = f" — {body['text']}" if body.get("text") else ""
    return f"[Order] {', '.join(items)}{note}"


def _system(body: dict, raw: dict, errors: list) -> str:
    return f"[System] {body.get('body') or body.get('type') or ''}".rstrip()


def _unsupported(body: dict, raw: dict, errors: list) -> str:
    detail = f" ({body['type']})" if body.get("type") else ""
    reason = _first_error_title(_list(raw.get("errors")) or errors)
    return f"[Unsupported message{detail}: {reason}]" if reason else f"[Unsupported message{detail}]"


def _first_error_title(errors: list) -> str | None:
    for error in errors:
        if isinstance(error, dict) and (error.get("title") or error.get("message")):
            return str(error.get("title") or error.get("message"))
    return None


_RENDERERS: dict[str, Callable[[dict, dict, list], str]] = {
    "text": _text,
    "location": _location,
    "reaction": _reaction,
    "interactive": _interactive,
    "button": _button,
    "contacts": _contacts,
    "order": _order,
    "system": _system,
    "unsupported": _unsupported,
}


# --- small readers ------------------------------------------------------------------------------

def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _required_str(raw: dict, key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise Malformed(f"missing {key}")
    return value


def _timestamp(value: Any) -> datetime:
    """Meta sends Unix seconds as a string."""
    try:
        seconds = int(value)
        return datetime.fromtimestamp(seconds, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        raise Malformed(f"bad timestamp {value!r}") from None
