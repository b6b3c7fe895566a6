"""Bounces: mail saying a reply Desk sent was not delivered, and why.

A bounce names the reply it returns by that reply's Message-ID, which is the sent message's
platform id in the cache, so sync turns it into a failed delivery with the reason (a relay reply
Amazon refused: the sender is not authorised, the buyer opted out of unsolicited messages, an
attachment it does not relay). Recognised:

- RFC 3464 delivery status notifications (multipart/report; report-type=delivery-status) whose
  recipients' Action is "failed": the reason is their Diagnostic-Code (or Status);
- non-standard bounces from a mailer daemon, a postmaster or Amazon's no-reply senders whose
  subject says the mail was not delivered: the reason is the start of their text.

The returned reply is found in an attached message/rfc822 or text/rfc822-headers part, else in the
bounce's In-Reply-To/References. Delayed-delivery notices are not failures and are not bounces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, message_from_string, policy
from email.message import EmailMessage, Message
from email.utils import parseaddr, parsedate_to_datetime

REASON_LENGTH = 300
_DAEMONS = re.compile(r"^(mailer-daemon|mail-daemon|mailerdaemon|postmaster)$", re.I)
_AMAZON_SYSTEM = re.compile(r"^(do-?not-?reply|no-?reply|seller-notification)$", re.I)
_FAILURE_SUBJECT = re.compile(
    r"undeliver|not (?:be )?delivered|delivery (?:status notification \(failure\)|failure|failed|has failed)"
    r"|mail delivery failed|returned mail|failure notice|message not delivered|could not be delivered"
    r"|unzustellbar|nicht zugestellt|non remis|non distribuable|no se pudo entregar|non recapitabile"
    r"|配信不能|未能送达|退信", re.I)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True, slots=True)
class Bounce:
    original_message_id: str  # "<...>", as Desk's reply carried it
    reason: str
    at: datetime


def bounce_of(raw: bytes) -> Bounce | None:
    """The delivery failure `raw` reports, or None when it is not a bounce (or names no message)."""
    mail = message_from_bytes(raw, policy=policy.default)
    if _is_report(mail):
        failures = _failed_recipients(mail)
        if not failures:
            return None  # a delay or success notice
        reason = "; ".join(failures)
    elif _looks_like_bounce(mail):
        reason = _first_text(mail)
    else:
        return None
    original = _returned_message_id(mail)
    if original is None:
        return None
    return Bounce(original, reason[:REASON_LENGTH] or "the mail could not be delivered", _date(mail))


def _is_report(mail: Message) -> bool:
    return (mail.get_content_type() == "multipart/report"
            and str(mail.get_param("report-type", "")).lower() == "delivery-status")


def _failed_recipients(mail: Message) -> list[str]:
    found = []
    for part in mail.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        for group in _field_groups(part):
            if str(group.get("Action", "")).strip().lower() != "failed":
                continue
            recipient = str(group.get("Final-Recipient") or group.get("Original-Recipient") or "").partition(";")[2]
            why = str(group.get("Diagnostic-Code") or "").partition(";")[2].strip() or str(group.get("Status") or "")
            found.append(" ".join(f"{recipient.strip()}: {why}".split()).strip(": "))
    return found


def _field_groups(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [group for group in payload if isinstance(group, Message)]
    text = part.get_payload(decode=True) or b""
    return [message_from_string(block) for block in text.decode("utf-8", "replace").split("\n\n") if block.strip()]


def _looks_like_bounce(mail: Message) -> bool:
    local, _, domain = parseaddr(str(mail.get("From", "")))[1].lower().partition("@")
    from_system = bool(_DAEMONS.match(local)) or (bool(_AMAZON_SYSTEM.match(local)) and "amazon." in domain)
    return from_system and bool(_FAILURE_SUBJECT.search(str(mail.get("Subject", ""))))


def _returned_message_id(mail: Message) -> str | None:
    for part in mail.walk():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            found = _message_id(inner.get("Message-ID")) if isinstance(inner, Message) else None
        elif kind == "text/rfc822-headers":
            headers = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
            found = _message_id(message_from_string(headers).get("Message-ID"))
        else:
            continue
        if found:
            return found
    for header in ("In-Reply-To", "References"):
        ids = _MESSAGE_ID.findall(str(mail.get(header, "")))
        if ids:
            return ids[-1] if header == "References" else ids[0]
    return None


def _message_id(value: object) -> str | None:
    found = _MESSAGE_ID.search(str(value or ""))
    return found.group(0) if found else None


def _first_text(mail: Message) -> str:
    body = mail.get_body(preferencelist=("plain",)) if isinstance(mail, EmailMessage) else None
    text = body.get_content() if body is not None else ""
    lines = [line.strip() for line in str(text).splitlines() if line.strip() and not line.startswith(">")]
    return " ".join(lines[:4]) or str(mail.get("Subject", ""))


def _date(mail: Message) -> datetime:
    try:
        moment = parsedate_to_datetime(str(mail.get("Date")))
    except (TypeError, ValueError, IndexError):
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
