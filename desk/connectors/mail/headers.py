"""Header values as text: RFC 2047 encoded words, raw 8-bit bytes, addresses, Message-IDs, dates.

The stdlib header objects raise on some malformed input; these helpers work on the raw header
strings (`Message.raw_items()`), so a broken header degrades to its raw text instead of an error.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from desk.connectors.mail.charsets import decode_text

_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_MSG_ID = re.compile(r"<([^<>\s]+)>")
_SURROGATE = re.compile(r"[\udc80-\udcff]")


def raw_header(msg: Message, name: str) -> str | None:
    """The first raw value of header `name` (unfolded), or None."""
    lowered = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == lowered:
            return _FOLD.sub("", str(value)).strip()
    return None


def raw_headers(msg: Message, name: str) -> list[str]:
    lowered = name.lower()
    return [_FOLD.sub("", str(value)).strip() for key, value in msg.raw_items() if key.lower() == lowered]


def text_header(msg: Message, name: str) -> str:
    value = raw_header(msg, name)
    return decode_header_text(value) if value else ""


def decode_header_text(value: str) -> str:
    """Encoded words decoded (adjacent words of one charset joined as bytes first, since senders
    split multi-byte characters across words) and raw 8-bit bytes decoded."""
    value = undo_surrogates(value)
    pieces: list[str] = []
    run_charset: str | None = None
    run_bytes = bytearray()
    position = 0
    for word in _ENCODED_WORD.finditer(value):
        gap = value[position:word.start()]
        charset, payload = word.group(1), _word_bytes(word.group(2), word.group(3))
        if payload is None:  # not decodable: keep the word as written
            pieces.append(_flush(run_bytes, run_charset) + gap + word.group())
            run_charset = None
        elif run_charset is not None and not gap.strip() and charset.lower() == run_charset.lower():
            run_bytes.extend(payload)
        else:
            pieces.append(_flush(run_bytes, run_charset))
            if run_charset is None or gap.strip():
                pieces.append(gap)
            run_charset = charset
            run_bytes.extend(payload)
        position = word.end()
    pieces.append(_flush(run_bytes, run_charset))
    pieces.append(value[position:])
    return "".join(pieces).replace("\r", "").replace("\n", " ")


def undo_surrogates(value: str) -> str:
    """Raw 8-bit header bytes (kept by the bytes parser as surrogates) decoded as text."""
    if not _SURROGATE.search(value):
        return value
    return decode_text(value.encode("utf-8", "surrogateescape"))


def _flush(buffer: bytearray, charset: str | None) -> str:
    if not buffer:
        return ""
    text = decode_text(bytes(buffer), charset)
    buffer.clear()
    return text


def _word_bytes(encoding: str, payload: str) -> bytes | None:
    try:
        if encoding in "bB":
            return base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True)
        return binascii.a2b_qp(payload.encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return None


def addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    """(display name, lower-cased address) pairs of an address header; unparseable entries dropped.

    Some senders encode the whole header, address included, in RFC 2047 encoded words (which the
    RFC forbids but real Amazon relay mail does): when the raw header yields no address, the
    decoded one is read."""
    values = [undo_surrogates(v) for v in raw_headers(msg, name)]
    found = _address_pairs(values)
    if not found and any("=?" in v for v in values):
        found = _address_pairs([decode_header_text(v) for v in values])
    return found


def _address_pairs(values: list[str]) -> list[tuple[str, str]]:
    if not values:
        return []
    try:
        pairs = getaddresses(values)
    except (ValueError, IndexError, TypeError):
        return []
    found = []
    for display, address in pairs:
        address = address.strip().lower()
        if "@" in address:
            found.append((decode_header_text(display).strip().strip('"').strip(), address))
    return found


def message_ids(value: str | None) -> list[str]:
    """Every `<id>` in a Message-ID, In-Reply-To or References value; a bare id is bracketed."""
    if not value:
        return []
    found = [f"<{m}>" for m in _MSG_ID.findall(value)]
    if not found and value.strip() and not any(ch.isspace() for ch in value.strip()):
        found = [f"<{value.strip().strip('<>')}>"]
    return found


def header_date(value: str | None) -> datetime | None:
    """A Date (or the date after ';' in Received) as an aware UTC datetime; None when unreadable."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # "-0000": the sender did not know its zone; read as UTC
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def received_date(msg: Message) -> datetime | None:
    """When the nearest relay (the topmost Received header) took the message."""
    for value in raw_headers(msg, "Received"):
        _, _, stamp = value.rpartition(";")
        when = header_date(stamp)
        if when is not None:
            return when
    return None
