"""Amazon Buyer-Seller Messaging relay mail (platform-apis.md 1.9).

Buyers write through Seller Central; Amazon relays each message by mail from an anonymised alias
`<alias>[+suffix]@marketplace.amazon.<tld>`, with the buyer's text between marker lines and the
order id in the subject or body. The alias (with its +suffix, exactly as received) is the reply
address. Copies of replies the seller made in Seller Central come back as
BBC_MESSAGE_CONFIRMATION_TO_MERCHANT from donotreply@amazon.<tld>: those are our own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOTIFICATION_HEADER = "X-Space-Notification-Type"
BUYER_MESSAGE = "BBC_MESSAGE_SENT_TO_MERCHANT"
CONFIRMATION_COPY = "BBC_MESSAGE_CONFIRMATION_TO_MERCHANT"

_RELAY_DOMAIN = re.compile(r"@marketplace\.amazon\.[a-z]{2,3}(?:\.[a-z]{2})?$", re.IGNORECASE)
_ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
_DISPLAY_SUFFIX = re.compile(r"\s*-\s*Amazon(?:\s+Marketplace)?\s*$", re.IGNORECASE)
_MARKER = re.compile(r"-{3,}\s*(?P<label>[^-\n].*?)\s*-{3,}")
_BEGIN_LABELS = (
    "begin message", "beginn der nachricht", "début du message", "inicio del mensaje", "inizio messaggio",
    "início da mensagem", "begin bericht", "メッセージの開始", "消息开始",
)


@dataclass(frozen=True, slots=True)
class RelayMail:
    alias: str  # the buyer's relay address, lower-cased, +suffix kept
    order_id: str | None
    buyer_text: str | None  # between the marker lines; None when the mail has no markers
    buyer_name: str
    notification_type: str | None
    marketplace_id: str | None

    @property
    def is_confirmation_copy(self) -> bool:
        return self.notification_type == CONFIRMATION_COPY


def is_relay_address(address: str) -> bool:
    return bool(_RELAY_DOMAIN.search(address.strip()))


def recognise(
    *,
    counterpart_name: str,
    counterpart_address: str,
    subject: str,
    body: str,
    notification_type: str | None,
    marketplace_id: str | None = None,
) -> RelayMail | None:
    """The relay details of a mail, or None when it is not Buyer-Seller Messaging mail.

    `counterpart_*` is the buyer's side of the mail: From for inbound mail, To for our own.
    """
    notification_type = (notification_type or "").strip().upper() or None
    relayed = is_relay_address(counterpart_address)
    if not relayed and notification_type is None:
        return None
    return RelayMail(
        alias=counterpart_address.strip().lower() if relayed else "",
        order_id=find_order_id(subject, body),
        buyer_text=buyer_text(body),
        buyer_name=buyer_name(counterpart_name) if relayed else "",
        notification_type=notification_type,
        marketplace_id=(marketplace_id or "").strip() or None,
    )


def find_order_id(subject: str, body: str) -> str | None:
    for text in (subject, body):
        found = _ORDER_ID.search(text)
        if found:
            return found.group()
    return None


def buyer_name(display_name: str) -> str:
    """"Jane - Amazon Marketplace" -> "Jane"."""
    return _DISPLAY_SUFFIX.sub("", display_name.strip().strip('"')).strip()


def buyer_text(body: str) -> str | None:
    """The buyer's words between the start marker and the next marker line (old and new format)."""
    lines = body.splitlines()
    start = next((i for i, line in enumerate(lines) if _is_start_marker(line)), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _MARKER.fullmatch(lines[i].strip())), len(lines))
    return "\n".join(lines[start + 1:end]).strip()


def _is_start_marker(line: str) -> bool:
    marker = _MARKER.fullmatch(line.strip())
    if marker is None:
        return False
    label = marker.group("label").strip().lower()
    # New format: "Message:" and its translations ("Mensagem:", "Nachricht:", "メッセージ:").
    return label in _BEGIN_LABELS or label.endswith((":", "："))
