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
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from desk.connectors.base import AuthFailed, RateLimited, Rejected, SyncBatch, Unavailable
from desk.connectors.whatsapp.events import CallbackEcho, ParsedEnvelope, parse_envelope
from desk.connectors.whatsapp.graph import (
    DEFAULT_API_VERSION,
    DEFAULT_GRAPH_URL,
    GraphClient,
    callback_data_for,
    recipient_fields,
    tls_context,
)
from desk.connectors.whatsapp.window import require_open_window
from desk.domain.model import DeliveryState
from desk.domain.records import DeliveryUpdate, OutgoingMessage, SendResult, Unreadable
from desk.retry_after import retry_after_seconds

log = logging.getLogger("desk.connectors.whatsapp")

SCAN_PAGE = 1000  # the relay's largest page, for find_sent's catch-up reads


@dataclass(frozen=True, slots=True)
class WhatsAppSettings:
    phone_number_id: str
    relay_url: str  # base URL of `desk relay`; events are read from {relay_url}/events
    graph_url: str = DEFAULT_GRAPH_URL
    api_version: str = DEFAULT_API_VERSION
    page_size: int = 25  # relay events per pull; each can hold several messages (kept small: parsed on the UI loop)
    timeout: float = 20.0
    reader: str = ""  # this Desk's name at the relay: reading acknowledges, so the relay may prune


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
            batch.messages.extend(parsed.messages)
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
            self.note_inbound(message.thread_key, message.sent_at)
        for echo in parsed.callbacks:
            self._remember(echo)
        return parsed

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
        key = message.idempotency_key
        if message.template is not None:
            template = message.template
            wamid = await self.graph.send_template(
                message.to, template.name, template.language, template.parameters, callback_data=key
            )
        else:
            last = self.last_inbound_at(message.to)
            if last is not None:
                require_open_window(last, self._now())
            reply_to = message.in_reply_to if (message.in_reply_to or "").startswith("wamid.") else None
            wamid = await self.graph.send_text(message.to, message.text, reply_to=reply_to, callback_data=key)
        self._sent[callback_data_for(key)] = (wamid, DeliveryState.QUEUED)
        return SendResult(wamid, DeliveryState.QUEUED)  # accepted by Meta; statuses follow as webhooks

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        """See the module docstring: found only through status echoes of the idempotency key."""
        key = callback_data_for(message.idempotency_key)
        if key not in self._sent:
            await self._index_unread_events()
        if key not in self._sent:
            return None
        wamid, state = self._sent[key]
        return SendResult(wamid, state)

    async def _index_unread_events(self) -> None:
        while True:
            page = await self._read_relay(self._indexed_to, SCAN_PAGE)
            for event in page.events:
                self._absorb(event)
            self._indexed_to = max(self._indexed_to, page.next)
            if len(page.events) + len(page.unreadable) < SCAN_PAGE:
                return


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
