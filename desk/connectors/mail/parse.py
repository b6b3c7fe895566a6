"""One raw RFC 5322 message into what ingest stores (an IncomingMessage) and what it does not
(attachments, threading headers, the full text including quoted history).

Mail is untrusted input: charsets lie, headers break the stdlib's header classes, and a message
can be a MIME bomb. Limits are checked before anything is decoded; anything that makes the mail
unusable raises ParseError (the connector turns it into a skipped item), everything else degrades
to a best-effort reading.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.parser
import email.policy
import email.utils
import hashlib
import mimetypes
import quopri
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import Message
from typing import NamedTuple

from desk.connectors.mail import amazon_relay
from desk.connectors.mail.authenticity import NO_TRUST, MailTrust, is_authentic, platform_of
from desk.connectors.mail.charsets import decode_text
from desk.domain.files import safe_filename
from desk.sla.autoreply import is_auto_reply
from desk.connectors.mail.headers import (
    addresses,
    decode_header_text,
    header_date,
    message_ids,
    raw_header,
    raw_headers,
    received_date,
    text_header,
)
from desk.connectors.mail.htmltext import html_to_text
from desk.connectors.mail.quoting import trim_quoted
from desk.domain.model import AttachmentData, Direction, IncomingMessage

MiB = 2**20


class ParseError(ValueError):
    """The mail cannot be read (or is too large or too deeply nested to read safely)."""


@dataclass(frozen=True, slots=True)
class MimeLimits:
    max_raw_bytes: int = 64 * MiB
    max_parts: int = 250
    max_depth: int = 12
    max_part_bytes: int = 25 * MiB
    max_total_bytes: int = 40 * MiB


DEFAULT_LIMITS = MimeLimits()


class Attachment(NamedTuple):
    filename: str
    mime_type: str
    data: bytes
    content_id: str | None  # without angle brackets; inline images are referenced as cid:<content_id>


@dataclass(slots=True)
class ParsedMail:
    message: IncomingMessage
    full_text: str
    attachments: list[Attachment] = field(default_factory=list)
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    relay: amazon_relay.RelayMail | None = None
    ignore_reason: str | None = None  # set when the mail is not a customer message (Amazon's copy of our reply)


def parse_mail(
    raw: bytes,
    account_id: int,
    own_addresses: set[str],
    *,
    limits: MimeLimits = DEFAULT_LIMITS,
    received_at: datetime | None = None,
    trust: MailTrust = NO_TRUST,
) -> ParsedMail:
    """Read one mail. `own_addresses` (any case) decide the direction; `received_at` (e.g. the IMAP
    INTERNALDATE) stands in for a missing or unreadable Date header; `trust` says which
    authentication results to believe for mail claiming to come from a platform (authenticity.py)."""
    if len(raw) > limits.max_raw_bytes:
        raise ParseError(f"message of {len(raw)} bytes exceeds the limit of {limits.max_raw_bytes}")
    _precheck_part_count(raw, limits)
    own = {address.strip().lower() for address in own_addresses}
    try:
        return _parse_with(raw, email.policy.default, account_id, own, limits, received_at, trust)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError(f"MIME structure nested deeper than {limits.max_depth} levels") from None
    except Exception:  # the stdlib's header classes raise on some malformed headers; compat32 does not
        pass
    try:
        return _parse_with(raw, email.policy.compat32, account_id, own, limits, received_at, trust)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError(f"MIME structure nested deeper than {limits.max_depth} levels") from None
    except Exception as exc:
        raise ParseError(f"unreadable message ({type(exc).__name__})") from None


def peek_sender_and_date(raw: bytes) -> tuple[str | None, datetime | None]:
    """Who sent an unreadable mail and when, as far as its headers can be read (for the quarantine)."""
    try:
        headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw[:256 * 1024])
        found = addresses(headers, "From") or addresses(headers, "Sender")
        sender = (f"{found[0][0]} <{found[0][1]}>" if found[0][0] else found[0][1]) if found else None
        return sender or (text_header(headers, "From")[:320] or None), header_date(raw_header(headers, "Date"))
    except Exception:  # a header too broken even for this: the quarantine shows "unknown"
        return None, None


_BOUNDARY_PARAM = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)
_DASH_LINE = re.compile(rb"^--([^\r\n]{1,202})", re.MULTILINE)


def _precheck_part_count(raw: bytes, limits: MimeLimits) -> None:
    """Count boundary lines before the stdlib parser builds thousands of part objects."""
    boundaries = {m.group(1) or m.group(2) for m in _BOUNDARY_PARAM.finditer(raw)}
    if not boundaries:
        return
    if len(boundaries) > limits.max_parts:
        raise ParseError(f"more than {limits.max_parts} MIME parts")
    delimiters = 0
    for line in _DASH_LINE.finditer(raw):
        token = line.group(1).rstrip()
        if token in boundaries:
            delimiters += 1
            if delimiters > limits.max_parts:
                raise ParseError(f"more than {limits.max_parts} MIME parts")


@dataclass(slots=True)
class _Body:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    parts: int = 0
    decoded_bytes: int = 0


def _parse_with(raw: bytes, policy, account_id: int, own: set[str], limits: MimeLimits,
                received_at: datetime | None, trust: MailTrust) -> ParsedMail:
    msg = email.message_from_bytes(raw, policy=policy)
    body = _Body()
    _walk(msg, body, limits)
    html = "\n".join(body.html) if body.html else None
    full_text = "\n\n".join(t for t in body.plain if t.strip()).strip()
    if not full_text and html:
        full_text = html_to_text(html)
    parsed = _assemble(msg, raw, account_id, own, body, full_text, html, received_at)
    _check_platform_claim(parsed, msg, raw, trust)
    return parsed


def _walk(root: Message, body: _Body, limits: MimeLimits) -> None:
    stack: list[tuple[Message, int, bool]] = [(root, 0, False)]  # (part, depth, inside an attached message)
    while stack:
        part, depth, attached = stack.pop()
        body.parts += 1
        if body.parts > limits.max_parts:
            raise ParseError(f"more than {limits.max_parts} MIME parts")
        if depth > limits.max_depth:
            raise ParseError(f"MIME structure nested deeper than {limits.max_depth} levels")
        content_type = part.get_content_type()
        children = part.get_payload() if part.is_multipart() else None
        if isinstance(children, list):
            is_message = content_type.startswith("message/")
            if content_type in _ATTACHED_MAIL and not attached:
                _add_attached_message(part, children, body, limits)
            stack.extend((child, depth + 1, attached or is_message) for child in reversed(children)
                         if isinstance(child, Message))
        elif not attached:
            _add_leaf(part, content_type, body, limits)


def _add_leaf(part: Message, content_type: str, body: _Body, limits: MimeLimits) -> None:
    if content_type.startswith("multipart/"):  # a multipart without a usable boundary: read it as text
        content_type = "text/plain"
    disposition = (part.get_content_disposition() or "").lower()
    filename = _filename(part)
    is_text = content_type in ("text/plain", "text/html")
    if is_text and disposition != "attachment" and (filename is None or disposition == "inline"):
        data = _as_really_encoded(part, _decoded_payload(part, body, limits))
        text = decode_text(data, _charset(part, content_type)).replace("\r\n", "\n")
        (body.plain if content_type == "text/plain" else body.html).append(text)
        return
    data = _decoded_payload(part, body, limits)
    name = filename or _default_name(content_type, len(body.attachments) + 1)
    body.attachments.append(Attachment(name, content_type, data, _content_id(part)))


_ATTACHED_MAIL = ("message/rfc822", "message/global")


def _add_attached_message(part: Message, children: list, body: _Body, limits: MimeLimits) -> None:
    """A forwarded message/rfc822 stays one .eml attachment; its parts only count towards the limits."""
    inner = children[0] if children and isinstance(children[0], Message) else None
    if inner is None:
        return
    data = inner.as_bytes()
    _count_bytes(len(data), body, limits)
    subject = text_header(inner, "Subject")
    name = _filename(part) or f"{safe_filename(subject)[:80] or 'message'}.eml"
    body.attachments.append(Attachment(name, "message/rfc822", data, _content_id(part)))


def _decoded_payload(part: Message, body: _Body, limits: MimeLimits) -> bytes:
    cte = (raw_header(part, "Content-Transfer-Encoding") or "").lower()
    if cte == "base64":  # check the size before decoding; other encodings never grow when decoded
        encoded = _encoded_payload(part) or ""
        estimate = (len(encoded) - encoded.count("\n") - encoded.count("\r")) * 3 // 4
        if estimate > limits.max_part_bytes:
            raise ParseError(f"a MIME part of about {estimate} bytes exceeds the limit of {limits.max_part_bytes}")
    data = part.get_payload(decode=True)
    data = data if isinstance(data, bytes) else b""
    if len(data) > limits.max_part_bytes:
        raise ParseError(f"a MIME part of {len(data)} bytes exceeds the limit of {limits.max_part_bytes}")
    _count_bytes(len(data), body, limits)
    return data


_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]+={0,2}")
_QP_ESCAPE = re.compile(rb"=(?:[0-9A-Fa-f]{2}|\r?\n)")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")


def _encoded_payload(part: Message) -> str | None:
    """The part's payload as transmitted. The stdlib decodes an 8-bit payload with the declared
    charset here and raises on a label it cannot look up (a NUL in it): then the raw string."""
    try:
        encoded = part.get_payload(decode=False)
    except (ValueError, LookupError):
        encoded = part._payload  # the transmitted text, 8-bit bytes kept as surrogates
    return encoded if isinstance(encoded, str) else None


def _as_really_encoded(part: Message, decoded: bytes) -> bytes:
    """A text part's bytes by the transfer encoding its payload really has: mailers label base64
    as quoted-printable (or as nothing) and quoted-printable or plain text as base64."""
    cte = (raw_header(part, "Content-Transfer-Encoding") or "").strip().lower()
    encoded = _encoded_payload(part)
    if encoded is None:
        return decoded
    payload = encoded.encode("utf-8", "surrogateescape")
    lines = [line.strip() for line in payload.splitlines() if line.strip()]
    if cte != "base64" and (text := _base64_text(lines)) is not None:
        return text
    if cte == "base64" and any(b" " in line for line in lines):  # base64 never has spaces inside a line
        return quopri.decodestring(payload) if _QP_ESCAPE.search(payload) else payload
    return decoded


def _base64_text(lines: list[bytes]) -> bytes | None:
    """The decoded bytes when `lines` are base64 of text, else None (short words are left alone)."""
    joined = b"".join(lines)
    if len(joined) < 24 or len(joined) % 4 or not all(_BASE64_LINE.fullmatch(line) for line in lines):
        return None
    try:
        data = base64.b64decode(joined, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if not _CONTROL_BYTES.search(data) else None


def _count_bytes(size: int, body: _Body, limits: MimeLimits) -> None:
    body.decoded_bytes += size
    if body.decoded_bytes > limits.max_total_bytes:
        raise ParseError(f"decoded parts exceed the limit of {limits.max_total_bytes} bytes")


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def _charset(part: Message, content_type: str) -> str | None:
    declared = part.get_param("charset")
    if isinstance(declared, tuple):  # RFC 2231 form
        declared = declared[2]
    if declared:
        return str(declared)
    if content_type == "text/html":
        payload = part.get_payload(decode=True)
        found = _META_CHARSET.search(payload[:4096]) if isinstance(payload, bytes) else None
        return found.group(1).decode("ascii") if found else None
    return None


def _filename(part: Message) -> str | None:
    name = part.get_filename() or part.get_param("name")
    if isinstance(name, tuple):
        name = email.utils.collapse_rfc2231_value(name)
    if not name:
        return None
    return safe_filename(decode_header_text(str(name))) or None


def _default_name(content_type: str, number: int) -> str:
    extension = mimetypes.guess_extension(content_type) or ".bin"
    return f"attachment-{number}{extension}"


def _content_id(part: Message) -> str | None:
    value = raw_header(part, "Content-ID")
    if not value:
        return None
    return value.strip().strip("<>").strip() or None


def _assemble(msg: Message, raw: bytes, account_id: int, own: set[str], body: _Body, full_text: str,
              html: str | None, received_at: datetime | None) -> ParsedMail:
    senders = addresses(msg, "From") or addresses(msg, "Sender") or addresses(msg, "Reply-To")
    if not senders:
        raise ParseError("no sender address (From)")
    sender_name, sender = senders[0]
    recipients = addresses(msg, "To") + addresses(msg, "Cc")
    direction = Direction.OUT if sender and sender in own else Direction.IN
    customer_name, customer = (sender_name, sender) if direction is Direction.IN else _first_foreign(recipients, own)
    subject = text_header(msg, "Subject")

    own_ids = message_ids(raw_header(msg, "Message-ID"))
    message_id = own_ids[0] if own_ids else None
    in_reply_to_ids = message_ids(raw_header(msg, "In-Reply-To"))
    in_reply_to = in_reply_to_ids[0] if in_reply_to_ids else None
    references = tuple(message_ids(" ".join(raw_headers(msg, "References"))))
    external_id = message_id or "sha256:" + hashlib.sha256(raw).hexdigest()
    thread_key = "mail:" + (references[0] if references else in_reply_to or external_id)

    relay = amazon_relay.recognise(
        counterpart_name=customer_name,
        counterpart_address=customer,
        subject=subject,
        body=full_text,
        notification_type=raw_header(msg, amazon_relay.NOTIFICATION_HEADER),
        marketplace_id=raw_header(msg, "X-Marketplace-ID"),
    )
    display_text = trim_quoted(full_text)
    incoming = IncomingMessage(
        account_id=account_id,
        external_id=external_id,
        thread_key=thread_key,
        direction=direction,
        text=display_text,
        sent_at=header_date(raw_header(msg, "Date")) or received_date(msg) or received_at or datetime.now(UTC),
        customer_name=customer_name or customer,
        customer_email=customer or None,
        subject=subject,
        html=html,
        author=(sender_name or sender) if direction is Direction.OUT else None,
        auto_reply=is_auto_reply(subject, msg.raw_items()),
    )
    parsed = ParsedMail(incoming, full_text, body.attachments, message_id, in_reply_to, references, relay)
    if relay is not None and relay.is_confirmation_copy:
        parsed.ignore_reason = "Amazon's copy of a reply sent in Seller Central"
    elif relay is not None and relay.alias:
        _apply_relay(parsed, relay)
    return parsed


def _first_foreign(recipients: list[tuple[str, str]], own: set[str]) -> tuple[str, str]:
    return next(((name, address) for name, address in recipients if address not in own), ("", ""))


def _apply_relay(parsed: ParsedMail, relay: amazon_relay.RelayMail) -> None:
    message = parsed.message
    message.thread_key = f"amazon:{relay.alias}" + (f":{relay.order_id}" if relay.order_id else "")
    message.customer_relay_alias = relay.alias
    message.customer_email = None  # the alias is an identity of its own, not a mailbox of the buyer
    message.customer_name = relay.buyer_name
    message.order_external_id = relay.order_id
    if relay.buyer_text:
        message.text = trim_quoted(relay.buyer_text)


def _check_platform_claim(parsed: ParsedMail, msg: Message, raw: bytes, trust: MailTrust) -> None:
    """Inbound mail from a platform's domain that did not pass authentication is unverified: read as
    ordinary mail in a conversation of its own (not the buyer's, not their order's), never ignored as
    Amazon's copy of our reply, and never answered automatically (desk.routing.autoreply)."""
    message = parsed.message
    sender = (addresses(msg, "From") or addresses(msg, "Sender") or [("", "")])[0][1]
    if message.direction is not Direction.IN or platform_of(sender) is None or is_authentic(raw, msg, sender, trust):
        return
    name = parsed.relay.buyer_name if parsed.relay is not None and parsed.relay.buyer_name else message.customer_name
    parsed.relay = None
    parsed.ignore_reason = None
    parsed.in_reply_to = None
    parsed.references = ()
    message.unverified = True
    message.thread_key = f"unverified:{message.external_id}"
    message.customer_relay_alias = None
    message.customer_email = sender
    message.customer_name = name or sender
    message.order_external_id = None
    message.reply_to_external_id = None
    message.text = trim_quoted(parsed.full_text)


def incoming_message(parsed: ParsedMail) -> IncomingMessage:
    """The message to store, with its attachments and what it answers (IMAP and `desk import`)."""
    return replace(
        parsed.message,
        attachments=tuple(AttachmentData(a.filename, a.mime_type, a.data, a.content_id) for a in parsed.attachments),
        reply_to_external_id=parsed.in_reply_to,
    )
