"""The contract between platform connectors and sync.

A connector speaks one platform's real protocol (HTTP via httpx, IMAP, SMTP) for one account.
Sync calls `pull(cursor)` until `more` is False, stores each batch and its new cursor in one
transaction, and calls `send` for outbox entries. Connectors never touch the database.

Errors tell sync what to do, not what happened on the wire:
- AuthFailed: credentials refused (401, invalid_grant, code 190) -> account "auth failed", stop.
- RateLimited: back off for `retry_after` seconds (429 QuotaExceeded, THROTTLED, Meta 4/80007/130429).
- Unavailable: network down, timeouts, 5xx -> "offline", retry with backoff and jitter.
- Rejected: the platform refused this one item for good (4xx, SMTP 5xx, 131047) -> fail it visibly.
- Ambiguous: a send may or may not have happened (timeout after SMTP DATA) -> reconcile with
  `find_sent` before any retry.
A malformed item inside a batch is not an error: the connector hands it over raw as an
`Unreadable` in `SyncBatch.quarantined` (stored in the quarantine in the same transaction as the
cursor), so one bad message never loses the rest of the batch, blocks the cursor, or is lost itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from desk.domain.model import IncomingMessage
from desk.domain.records import DeliveryUpdate, OrderRecord, OutgoingMessage, SendResult, Unreadable


class ConnectorError(Exception):
    """Base of everything a connector raises on purpose. Messages never contain secrets."""


class AuthFailed(ConnectorError):
    pass


class RateLimited(ConnectorError):
    """`per_recipient`: only this one customer is limited (Meta 131056); the account goes on."""

    per_recipient = False

    def __init__(self, message: str, retry_after: float):
        super().__init__(message)
        self.retry_after = retry_after


class Unavailable(ConnectorError):
    pass


class Rejected(ConnectorError):
    pass


class Ambiguous(ConnectorError):
    pass


VERSION_NOTICE = "api_version"  # the platform answered with another API version than asked for


@dataclass
class SyncBatch:
    cursor: dict[str, Any]  # JSON-serialisable; stored with the batch, handed back to pull()
    messages: list[IncomingMessage] = field(default_factory=list)
    orders: list[OrderRecord] = field(default_factory=list)
    deliveries: list[DeliveryUpdate] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # log lines about items deliberately left out, no secrets
    quarantined: list[Unreadable] = field(default_factory=list)  # what could not be read, kept raw
    more: bool = False  # call pull() again at once with `cursor`
    # What the account should show (kind -> text), stored with the batch; None clears that kind.
    notices: dict[str, str | None] = field(default_factory=dict)


def unreadable_order(api: str, raw: Any, source: str, reason: str) -> Unreadable:
    """An order payload for the quarantine, as JSON {"api": "v0" | "2026-01-01" | "shopify", "order": ...}
    (desk.connectors.registry.reread maps it again)."""
    import json

    body = json.dumps({"api": api, "order": raw}, ensure_ascii=False, default=str).encode("utf-8")
    return Unreadable("order", body, reason, source)


class Connector(Protocol):
    async def pull(self, cursor: dict[str, Any] | None) -> SyncBatch:
        """The next batch after `cursor` (None: from the start of what the account keeps)."""

    async def send(self, message: OutgoingMessage) -> SendResult:
        """Deliver `message` once. Raises Rejected, Ambiguous, RateLimited, Unavailable, AuthFailed."""

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        """The platform's record of `message` if it was already sent (reconcile before resending)."""

    async def aclose(self) -> None:
        """Close connections."""
