"""Proactive messages about an order through the SP-API Messaging API (v1, messaging.json).

The API messages a buyer about an order unprompted; it cannot answer a buyer's message (that
goes back through the relay mail). Only the message types `getMessagingActionsForOrder` offers
for the order now may be sent, and their text must be in the buyer's language (`GetAttributes`).
Files go first to an upload destination (Uploads API `createUploadDestinationForResource`, then a
PUT of the bytes with their Content-MD5), and the message names the destination.

A send has no idempotency key at Amazon: a request left without an answer raises Ambiguous and
is never retried here (the caller records it as unknown; Seller Central shows what was sent).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from desk.connectors.amazon.lwa import LwaClient, LwaCredentials
from desk.connectors.amazon.orders import AmazonOrdersSettings, iso
from desk.connectors.amazon.ratelimit import RateLimiter
from desk.connectors.amazon.spapi import SpApiCaller
from desk.connectors.amazon.wire import exchange
from desk.connectors.base import Rejected, Unavailable
from desk.domain.model import AttachmentData


@dataclass(frozen=True, slots=True)
class MessageType:
    name: str  # the action name and path suffix
    operation_id: str
    text_limit: int | None  # characters of text it carries (None: no text)
    attachments: str  # "none" | "optional" | "required"
    coverage_dates: bool = False  # warranty: coverageStartDate / coverageEndDate


# messaging.json at amzn/selling-partner-api-models 34dc93f (request schemas of each operation)
MESSAGE_TYPES: dict[str, MessageType] = {t.name: t for t in (
    MessageType("confirmCustomizationDetails", "confirmCustomizationDetails", 2000, "optional"),
    MessageType("confirmDeliveryDetails", "createConfirmDeliveryDetails", 2000, "none"),
    MessageType("confirmOrderDetails", "createConfirmOrderDetails", 2000, "none"),
    MessageType("confirmServiceDetails", "createConfirmServiceDetails", 2000, "none"),
    MessageType("unexpectedProblem", "createUnexpectedProblem", 2000, "none"),
    MessageType("digitalAccessKey", "createDigitalAccessKey", 400, "optional"),
    MessageType("legalDisclosure", "createLegalDisclosure", None, "required"),
    MessageType("warranty", "CreateWarranty", None, "optional", coverage_dates=True),
    MessageType("invoice", "sendInvoice", None, "required"),
)}
MAX_ATTACHMENTS = 5
UPLOADS_PATH = "/uploads/2020-11-01/uploadDestinations/"


class MessagingClient:
    """The Messaging API of one seller authorization, in the account's marketplace."""

    def __init__(self, settings: AmazonOrdersSettings, credentials: LwaCredentials, *,
                 http: httpx.AsyncClient | None = None, lwa: LwaClient | None = None,
                 limiter: RateLimiter | None = None) -> None:
        self.settings = settings
        self.marketplace_id = settings.marketplace_ids[0]
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(timeout=settings.timeout, follow_redirects=False)
        self._lwa = lwa or LwaClient(credentials, self._http, token_url=settings.endpoints.lwa_token_url,
                                     timeout=settings.timeout)
        self._caller = SpApiCaller(settings.endpoints.sp_api_url(settings.region), self._lwa,
                                   limiter or RateLimiter(), self._http, timeout=settings.timeout)

    def __repr__(self) -> str:
        return f"MessagingClient(account_id={self.settings.account_id}, marketplace={self.marketplace_id!r})"

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    def _order_path(self, order_id: str) -> str:
        return f"/messaging/v1/orders/{quote(order_id, safe='')}"

    def _marketplace(self) -> list[tuple[str, str]]:
        return [("marketplaceIds", self.marketplace_id)]

    async def offered_types(self, order_id: str) -> list[str]:
        """The message types Amazon allows for this order now (known types only)."""
        body = await self._caller.get("messaging.getMessagingActionsForOrder", self._order_path(order_id),
                                      self._marketplace())
        links = body.get("_links") if isinstance(body, dict) else None
        actions = links.get("actions") if isinstance(links, dict) else None
        if not isinstance(actions, list):
            raise Unavailable("Amazon getMessagingActionsForOrder answered without a list of actions")
        names = [a.get("name") for a in actions if isinstance(a, dict)]
        return [name for name in dict.fromkeys(names) if name in MESSAGE_TYPES]

    async def buyer_locale(self, order_id: str) -> str | None:
        """The buyer's preferred language ("de-DE"); message text must be written in it."""
        body = await self._caller.get("messaging.GetAttributes", f"{self._order_path(order_id)}/attributes",
                                      self._marketplace())
        buyer = body.get("buyer") if isinstance(body, dict) else None
        locale = buyer.get("locale") if isinstance(buyer, dict) else None
        return locale if isinstance(locale, str) and locale else None

    async def send(self, order_id: str, message_type: str, *, text: str | None = None,
                   attachments: Sequence[AttachmentData] = (),
                   coverage: tuple[datetime, datetime] | None = None) -> None:
        """Send one message of `message_type` (checked against its schema's limits first)."""
        kind = _checked(message_type, text, attachments, coverage)
        body: dict[str, Any] = {}
        if text is not None:
            body["text"] = text
        if attachments:
            body["attachments"] = [{"uploadDestinationId": await self._upload(order_id, kind, item),
                                    "fileName": item.filename} for item in attachments]
        if coverage is not None:
            body["coverageStartDate"], body["coverageEndDate"] = iso(coverage[0]), iso(coverage[1])
        await self._caller.post(f"messaging.{kind.operation_id}", f"{self._order_path(order_id)}/messages/{kind.name}",
                                self._marketplace(), body)

    async def _upload(self, order_id: str, kind: MessageType, item: AttachmentData) -> str:
        md5 = base64.b64encode(hashlib.md5(item.data).digest()).decode()  # noqa: S324 - S3's Content-MD5
        resource = f"messaging/v1/orders/{order_id}/messages/{kind.name}"
        params = [*self._marketplace(), ("contentMD5", md5), ("contentType", item.mime_type)]
        answer = await self._caller.post("uploads.createUploadDestinationForResource", UPLOADS_PATH + resource,
                                         params, None)
        payload = answer.get("payload") if isinstance(answer, dict) else None
        if not isinstance(payload, dict) or not isinstance(payload.get("uploadDestinationId"), str) \
                or not isinstance(payload.get("url"), str):
            raise Unavailable("Amazon createUploadDestinationForResource answered without a destination")
        headers = {k: str(v) for k, v in (payload.get("headers") or {}).items()} or {
            "Content-MD5": md5, "Content-Type": item.mime_type}
        reply = await exchange(self._http, "PUT", payload["url"], what="Amazon upload", limit=64 * 1024,
                               timeout=self.settings.timeout, content=item.data, headers=headers)
        if reply.status not in (200, 201, 204):
            raise Unavailable(f"Amazon refused the file upload (HTTP {reply.status})")
        return payload["uploadDestinationId"]


def _checked(message_type: str, text: str | None, attachments: Sequence[AttachmentData],
             coverage: tuple[datetime, datetime] | None) -> MessageType:
    kind = MESSAGE_TYPES.get(message_type)
    if kind is None:
        raise Rejected(f"Amazon has no {message_type} message type")
    if kind.text_limit is None and text:
        raise Rejected(f"a {message_type} message carries files, not text")
    if kind.text_limit is not None and not (text or "").strip() and kind.attachments != "optional":
        raise Rejected(f"a {message_type} message needs text")
    if text and kind.text_limit is not None and len(text) > kind.text_limit:
        raise Rejected(f"a {message_type} message takes at most {kind.text_limit} characters")
    if kind.attachments == "none" and attachments:
        raise Rejected(f"a {message_type} message cannot carry files")
    if kind.attachments == "required" and not attachments:
        raise Rejected(f"a {message_type} message needs at least one file")
    if len(attachments) > MAX_ATTACHMENTS:
        raise Rejected(f"Amazon takes at most {MAX_ATTACHMENTS} files per message")
    if coverage is not None and not kind.coverage_dates:
        raise Rejected(f"a {message_type} message has no coverage dates")
    return kind
