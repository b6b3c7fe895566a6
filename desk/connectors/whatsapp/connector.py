"""The WhatsApp channel for one phone number: pulls webhooks from `desk relay`, sends via Graph.

Reconciling an ambiguous send (find_sent) — a limitation of the Cloud API: Graph has no way to
look a sent message up. Every send therefore carries the outbox idempotency key as
`biz_opaque_callback_data`, which Meta echoes in the message's status webhooks. The connector
indexes those echoes from relay events, in memory: events it pulls, and on a miss every relay
event it has not indexed yet in this process (the first miss after a start reads the relay's
whole log once). `find_sent` returns None when no echoing status has reached the relay — which
also happens when Meta accepted the message but its first status is still on the way (usually
seconds, up to minutes). A caller that resends right after None may therefore send twice; wait a
few minutes after an Ambiguous send before trusting None.

The 24-hour window is checked before free text only for recipients whose last inbound message is
known: from pulled events, or seeded by sync through `note_inbound` (e.g. from the cache after a
restart). For an unknown recipient Meta decides, and refuses with 131047 (synchronously, or later
as a `failed` status).

Recipients are BSUIDs (sent as `recipient`) or phone numbers (`to`); if Meta cannot send a
request to a BSUID (131062), the reply goes to the phone number when one is known (`fallback_to`).

Media: inbound images, documents, audio and video are downloaded while the batch is pulled and
travel to the attachment store with their message, up to `max_media_bytes`; a larger or vanished
medium leaves its id in the text with the reason. A download that fails for a network reason
fails the pull (nothing is lost: the relay cursor stays), at most MEDIA_ATTEMPTS times per medium.
Outbound attachments are uploaded to the media endpoint and sent as one media message each (the
reply text is the first one's caption when it fits, else a text message of its own). Each part
carries its own callback data (the key, then key#1, key#2 ...), so a resend after a crash sends
only the parts whose status never came back.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import httpx

from desk.connectors.base import AuthFailed, RateLimited, Rejected, SyncBatch, Unavailable
from desk.connectors.whatsapp.events import CallbackEcho, ParsedEnvelope, parse_envelope
from desk.connectors.whatsapp.graph import (
    DEFAULT_API_VERSION,
    DEFAULT_GRAPH_URL,
    GraphClient,
    MediaTooLarge,
    RecipientIdUnsupported,
    callback_data_for,
    recipient_fields,
    tls_context,
)
from desk.connectors.whatsapp.media import CAPTION_KINDS, CAPTION_LIMIT, MAX_INBOUND_BYTES, media_refs, outbound_kind
from desk.connectors.whatsapp.window import require_open_window
from desk.domain.model import AttachmentData, DeliveryState, IncomingMessage
from desk.domain.records import DeliveryUpdate, OutgoingMessage, SendResult, Unreadable
from desk.retry_after import retry_after_seconds

log = logging.getLogger("desk.connectors.whatsapp")

SCAN_PAGE = 1000  # the relay's largest page, for find_sent's catch-up reads
MEDIA_ATTEMPTS = 3  # network failures per inbound medium before its message is kept without it


@dataclass(frozen=True, slots=True)
class WhatsAppSettings:
    phone_number_id: str
    relay_url: str  # base URL of `desk relay`; events are read from {relay_url}/events
    graph_url: str = DEFAULT_GRAPH_URL
    api_version: str = DEFAULT_API_VERSION
    page_size: int = 25  # relay events per pull; each can hold several messages (kept small: parsed on the UI loop)
    timeout: float = 20.0
    reader: str = ""  # this Desk's name at the relay: reading acknowledges, so the relay may prune
    max_media_bytes: int = MAX_INBOUND_BYTES  # inbound media larger than this keep only their id


@dataclass(frozen=True, slots=True)
class _RelayEvent:
    cursor: int
    payload: Any


@dataclass(frozen=True, slots=True)
class _RelayPage:
    events: list[_RelayEvent]
    next: int
    unreadable: list[Unreadable]
    store: str | None = None  # the relay store's id (None: a relay that does not say)
    last: int | None = None  # the highest cursor the store ever gave


class WhatsAppConnector:
    def __init__(
        self,
        account_id: int,
        settings: WhatsAppSettings,
        access_token: str,
        relay_token: str,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        transport: httpx.AsyncBaseTransport | None = None,
    ):
        if not relay_token:
            raise ValueError("the relay bearer token is required")
        self.account_id = account_id
        self.settings = settings
        self._now = now
        self.graph = GraphClient(
            settings.phone_number_id, access_token, graph_url=settings.graph_url,
            api_version=settings.api_version, timeout=settings.timeout, transport=transport,
        )
        self._relay = httpx.AsyncClient(
            base_url=settings.relay_url.rstrip("/"), timeout=httpx.Timeout(settings.timeout), transport=transport,
            verify=tls_context(), headers={"Authorization": f"Bearer {relay_token}"},
        )
        self._last_inbound: dict[str, datetime] = {}
        self._sent: dict[str, tuple[str, DeliveryState]] = {}  # callback data -> (wamid, furthest state)
        self._indexed_to = 0  # every relay event up to this cursor has been indexed for find_sent
        self._media_failures: dict[str, int] = {}  # media id -> network failures so far
        self._uploaded: dict[str, str] = {}  # callback data of a part -> media id uploaded for it

    def __repr__(self) -> str:
        return f"<WhatsAppConnector account={self.account_id} phone_number_id={self.settings.phone_number_id}>"

    async def aclose(self) -> None:
        await self.graph.aclose()
        await self._relay.aclose()

    # --- pulling --------------------------------------------------------------------------------

    async def pull(self, cursor: dict[str, Any] | None) -> SyncBatch:
        after = _relay_cursor(cursor)
        limit = self.settings.page_size
        page = await self._read_relay(after, limit)
        if after and _store_was_replaced(cursor, page, after):
            log.warning("%r: the relay store was reset or restored (store %s, last cursor %s, ours %d); "
                        "reading it again from the start", self, page.store, page.last, after)
            after = 0
            page = await self._read_relay(0, limit)
        batch = SyncBatch(cursor=_next_cursor(page), quarantined=list(page.unreadable))
        deliveries: list[DeliveryUpdate] = []
        for event in page.events:
            parsed = self._absorb(event)
            batch.messages.extend(await self._with_media(event.payload, parsed.messages))
            deliveries.extend(parsed.deliveries)
            if parsed.skipped:
                batch.quarantined.append(unreadable_event(event.cursor, event.payload, parsed.skipped))
        if after <= self._indexed_to:
            self._indexed_to = max(self._indexed_to, page.next)
        batch.deliveries = _furthest_per_message(deliveries)
        batch.more = len(page.events) + len(page.unreadable) >= limit
        log.debug("relay events %d..%d: %d messages, %d statuses, %d quarantined", after, page.next,
                  len(batch.messages), len(batch.deliveries), len(batch.quarantined))
        return batch

    def _absorb(self, event: _RelayEvent) -> ParsedEnvelope:
        parsed = parse_envelope(event.payload, self.account_id, self.settings.phone_number_id)
        for message in parsed.messages:
            for key in (message.thread_key, *message.thread_aliases):
                self.note_inbound(key, message.sent_at)
        for echo in parsed.callbacks:
            self._remember(echo)
        return parsed

    async def _with_media(self, payload: Any, messages: list[IncomingMessage]) -> list[IncomingMessage]:
        refs = media_refs(payload)
        return [await self._fetch_media(m, refs[m.external_id]) if m.external_id in refs else m for m in messages]

    async def _fetch_media(self, message: IncomingMessage, ref) -> IncomingMessage:
        try:
            media = await self.graph.download_media(ref.media_id, max_bytes=self.settings.max_media_bytes)
        except MediaTooLarge as too_large:
            return _with_note(message, f"not kept: {too_large}")
        except Rejected as gone:
            return _with_note(message, f"not downloaded: {gone}")
        except Unavailable as error:
            failures = self._media_failures[ref.media_id] = self._media_failures.get(ref.media_id, 0) + 1
            if failures < MEDIA_ATTEMPTS:
                raise
            return _with_note(message, f"not downloaded after {failures} attempts: {error}")
        self._media_failures.pop(ref.media_id, None)
        attachment = AttachmentData(ref.filename, media.mime_type.split(";", 1)[0].strip() or ref.mime_type,
                                    media.data)
        return replace(message, attachments=(*message.attachments, attachment))

    def note_inbound(self, recipient: str, at: datetime) -> None:
        """Record that the customer wrote at `at` (the 24-hour window restarts)."""
        key = _recipient_key(recipient)
        if key and (key not in self._last_inbound or at > self._last_inbound[key]):
            self._last_inbound[key] = at

    def last_inbound_at(self, recipient: str) -> datetime | None:
        return self._last_inbound.get(_recipient_key(recipient))

    def _remember(self, echo: CallbackEcho) -> None:
        known = self._sent.get(echo.callback_data)
        state = echo.state.furthest(known[1] if known and known[0] == echo.external_id else None)
        self._sent[echo.callback_data] = (echo.external_id, state)

    async def _read_relay(self, after: int, limit: int) -> _RelayPage:
        try:
            params = {"after": after, "limit": limit, **({"reader": self.settings.reader} if self.settings.reader else {})}
            response = await self._relay.get("/events", params=params)
        except httpx.TransportError as error:
            raise Unavailable(f"the WhatsApp relay is unreachable ({type(error).__name__})") from error
        if response.status_code in (401, 403):
            raise AuthFailed("the WhatsApp relay refused the bearer token")
        if response.status_code == 429:
            raise RateLimited("the WhatsApp relay asks to slow down", _seconds(response.headers.get("retry-after")))
        if response.status_code != 200:
            raise Unavailable(f"the WhatsApp relay answered HTTP {response.status_code}")
        return _relay_page(response, after)

    # --- sending --------------------------------------------------------------------------------

    async def send(self, message: OutgoingMessage) -> SendResult:
        try:
            wamid = await self._send_to(message, message.to)
        except RecipientIdUnsupported:
            if not message.fallback_to:
                raise
            log.info("WhatsApp cannot send this to a user id; sending to the customer's phone instead")
            wamid = await self._send_to(message, message.fallback_to)
        return SendResult(wamid, DeliveryState.QUEUED)  # accepted by Meta; statuses follow as webhooks

    async def _send_to(self, message: OutgoingMessage, to: str) -> str:
        """Send every part of `message` not yet known as sent; returns the first part's wamid."""
        if message.template is None:
            last = self.last_inbound_at(to) or self.last_inbound_at(message.to)
            if last is not None:
                require_open_window(last, self._now())
        wamids = []
        for index, part in enumerate(_parts(message)):
            callback = callback_data_for(_part_key(message.idempotency_key, index))
            known = self._sent.get(callback)
            wamid = known[0] if known else await self._send_part(message, to, index, part)
            self._sent.setdefault(callback, (wamid, DeliveryState.QUEUED))
            wamids.append(wamid)
        return wamids[0]

    async def _send_part(self, message: OutgoingMessage, to: str, index: int, part: tuple) -> str:
        key = _part_key(message.idempotency_key, index)
        kind, attachment, caption = part
        if kind == "template":
            template = message.template
            return await self.graph.send_template(to, template.name, template.language, template.parameters,
                                                  callback_data=key)
        if kind == "text":
            reply_to = message.in_reply_to if (message.in_reply_to or "").startswith("wamid.") else None
            return await self.graph.send_text(to, message.text, reply_to=reply_to, callback_data=key)
        media_id = self._uploaded.get(key)
        if media_id is None:
            media_id = self._uploaded[key] = await self.graph.upload_media(attachment.data, attachment.mime_type,
                                                                           attachment.filename)
        return await self.graph.send_media(to, kind, media_id=media_id, caption=caption,
                                           filename=attachment.filename, callback_data=key)

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        """See the module docstring: found only through status echoes of the idempotency key, and
        only when every part of the message came back (else `send` sends the missing ones)."""
        keys = [callback_data_for(_part_key(message.idempotency_key, i)) for i in range(len(_parts(message)))]
        if any(key not in self._sent for key in keys):
            await self._index_unread_events()
        if any(key not in self._sent for key in keys):
            return None
        wamid, state = self._sent[keys[0]]
        return SendResult(wamid, state)

    async def _index_unread_events(self) -> None:
        while True:
            page = await self._read_relay(self._indexed_to, SCAN_PAGE)
            for event in page.events:
                self._absorb(event)
            self._indexed_to = max(self._indexed_to, page.next)
            if len(page.events) + len(page.unreadable) < SCAN_PAGE:
                return


def _parts(message: OutgoingMessage) -> list[tuple[str, AttachmentData | None, str | None]]:
    """(kind, attachment, caption) of each Graph message one reply becomes, in sending order.
    Raises Rejected for an attachment WhatsApp would refuse."""
    if message.template is not None:
        return [("template", None, None)]
    media = [(outbound_kind(a.mime_type, len(a.data)), a) for a in message.attachments]
    text = message.text.strip()
    if media and text and media[0][0] in CAPTION_KINDS and len(text) <= CAPTION_LIMIT:
        first_kind, first = media[0]
        return [(first_kind, first, text), *((kind, a, None) for kind, a in media[1:])]
    parts: list[tuple[str, AttachmentData | None, str | None]] = [("text", None, None)] if text or not media else []
    return parts + [(kind, a, None) for kind, a in media]


def _part_key(key: str, index: int) -> str:
    return key if index == 0 else f"{key}#{index}"


def _with_note(message: IncomingMessage, note: str) -> IncomingMessage:
    log.warning("WhatsApp message %s: media %s", message.external_id, note)
    return replace(message, text=f"{message.text}\n({note})")


def _relay_cursor(cursor: dict[str, Any] | None) -> int:
    value = (cursor or {}).get("relay_cursor", 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"not a WhatsApp relay cursor: {cursor!r}")
    return value


def _relay_page(response: httpx.Response, after: int) -> _RelayPage:
    try:
        body = response.json()
        raw_events, next_cursor = body["events"], body["next"]
    except (ValueError, KeyError, TypeError):
        raise Unavailable("the WhatsApp relay sent an unreadable page of events") from None
    if not isinstance(raw_events, list) or not isinstance(next_cursor, int) or next_cursor < after:
        raise Unavailable("the WhatsApp relay sent an unreadable page of events")
    events: list[_RelayEvent] = []
    unreadable: list[Unreadable] = []
    for position, raw in enumerate(raw_events):
        cursor = raw.get("cursor") if isinstance(raw, dict) else None
        if isinstance(cursor, int) and "payload" in raw:
            events.append(_RelayEvent(cursor, raw["payload"]))
        elif isinstance(cursor, int) and "body_base64" in raw:  # stored, but not standard JSON
            unreadable.append(Unreadable("webhook", _base64(raw["body_base64"]), "the webhook body is not standard JSON",
                                         f"relay event {cursor}"))
        else:
            unreadable.append(Unreadable("webhook", json.dumps(raw).encode(), "not a relay event",
                                         f"relay page item {position}"))
    store, last = body.get("store"), body.get("last")
    return _RelayPage(events, next_cursor, unreadable, store if isinstance(store, str) else None,
                      last if isinstance(last, int) and not isinstance(last, bool) else None)


def _next_cursor(page: _RelayPage) -> dict[str, Any]:
    return {"relay_cursor": page.next, **({"relay_store": page.store} if page.store else {})}


def _store_was_replaced(cursor: dict[str, Any] | None, page: _RelayPage, after: int) -> bool:
    """Another store than the cursor's (reset, replaced), or one that has not reached our cursor yet
    (restored from a backup): the cursor means nothing there."""
    known = (cursor or {}).get("relay_store")
    return (known is not None and page.store is not None and known != page.store) or (
        page.last is not None and after > page.last)


def _base64(value: Any) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (ValueError, TypeError):
        return str(value).encode("utf-8", "replace")


def unreadable_event(cursor: int | None, payload: Any, reasons: list[str]) -> Unreadable:
    """A relay event that held something parse_envelope could not read, kept whole for the quarantine
    (what it could read is stored as well; re-reading it later stores nothing twice)."""
    return Unreadable("webhook", json.dumps(payload, ensure_ascii=False).encode("utf-8"), "; ".join(reasons)[:2000],
                      f"relay event {cursor}" if cursor is not None else "relay event")


def _furthest_per_message(updates: list[DeliveryUpdate]) -> list[DeliveryUpdate]:
    """One update per message: its furthest state in this batch (statuses arrive out of order)."""
    furthest: dict[str, DeliveryUpdate] = {}
    for update in updates:
        known = furthest.get(update.external_id)
        if known is None or update.state.furthest(known.state) is not known.state:
            furthest[update.external_id] = update
    return list(furthest.values())


def _recipient_key(recipient: str) -> str:
    """Phone numbers in any spelling (+49 151…, 49151…) and BSUIDs map to one key."""
    try:
        fields = recipient_fields(recipient)
    except Rejected:
        return ""
    return fields.get("to") or fields.get("recipient") or ""


def _seconds(header: str | None) -> float:
    seconds = retry_after_seconds(header)
    return 30.0 if seconds is None else seconds
