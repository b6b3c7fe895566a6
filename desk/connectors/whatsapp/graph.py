"""A small async client for the WhatsApp Cloud API (Meta Graph API): send messages, fetch media.

Failures become the connector errors of desk.connectors.base, decided by Meta's `error.code` (the
HTTP status only when the body carries no Graph error). A request that may have reached Meta
without an answer (read timeout, connection dropped after sending, a 200 without a message id)
raises Ambiguous: a resend could deliver the message twice. The access token travels only in the
Authorization header and is scrubbed from any text Meta sends back before it becomes an error.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import logging
import re
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from desk.connectors.base import (
    Ambiguous,
    AuthFailed,
    ConnectorError,
    RateLimited,
    Rejected,
    Unavailable,
)
from desk.connectors.whatsapp.window import WindowClosed

log = logging.getLogger("desk.connectors.whatsapp")

DEFAULT_GRAPH_URL = "https://graph.facebook.com"
# The current Graph API version (v27.0, released 2026-11-04; v23.0 works until 2027-10-08). Meta
# publishes an OpenAPI only up to v23.0 (specs/whatsapp/); the paths Desk uses are the same in
# every version, which tests/unit/desk/whatsapp/test_graph_version.py checks against that spec.
API_VERSION = "v27.0"
DEFAULT_API_VERSION = API_VERSION
CALLBACK_DATA_LIMIT = 512  # Meta's maximum for biz_opaque_callback_data

AUTH_CODES = frozenset({0, 190})
PERMISSION_CODES = frozenset({3, 10, *range(200, 300)})
ACCOUNT_BLOCKED_CODES = frozenset({368, 131031})  # restricted or locked: nothing can be sent, alert
RATE_LIMIT_BACKOFF = {4: 60.0, 80007: 60.0, 130429: 1.0}  # seconds, when no Retry-After is given
PAIR_RATE_LIMIT_CODE = 131056
PAIR_RATE_LIMIT_BACKOFF = 6.0  # about one message per 6 s to the same customer
WINDOW_CODE = 131047
BSUID_UNSUPPORTED_CODE = 131062  # this request cannot go to a business-scoped user id
TRANSIENT_CODES = frozenset({1, 2, 131000, 131016})

_API_VERSION = re.compile(r"^v\d+\.\d+$")
_BSUID = re.compile(r"^[A-Z]{2}\.[A-Za-z0-9.]+$")  # business-scoped user id, e.g. US.1349120865530274


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context for every client of the process: building one costs ~70 ms."""
    return httpx.create_ssl_context()


class RecipientIdUnsupported(Rejected):
    """Meta 131062: the request cannot go to a BSUID; send to the phone number if it is known."""


class RecipientRateLimited(RateLimited):
    """Meta 131056: too many messages to this one customer. Delay this conversation only."""

    per_recipient = True


@dataclass(frozen=True, slots=True)
class MediaInfo:
    media_id: str
    url: str
    mime_type: str
    sha256: str | None
    file_size: int | None


class MediaTooLarge(Rejected):
    def __init__(self, size: int, limit: int):
        super().__init__(f"{size / 1024 / 1024:.1f} MB is more than the {limit / 1024 / 1024:.0f} MB Desk keeps")
        self.size = size
        self.limit = limit


@dataclass(frozen=True, slots=True)
class Media:
    data: bytes
    mime_type: str


TEMPLATE_FIELDS = "name,language,status,category,components"
TEMPLATE_PAGE = 100
TEMPLATE_PAGES = 50  # at most 5,000 templates: Meta allows 250 per account (6,000 for verified businesses)


@dataclass(frozen=True, slots=True)
class AccountTemplate:
    """A message template of the WhatsApp Business Account as Meta lists it: its body's text with
    positional parameters {{1}}, {{2}}... and the example values it was approved with."""

    name: str
    language: str
    status: str  # APPROVED, PENDING, REJECTED, PAUSED, DISABLED...
    category: str  # marketing | utility | authentication (lowercase, as desk.accounts.CATEGORIES)
    body: str = ""
    examples: tuple[str, ...] = ()

    @property
    def approved(self) -> bool:
        return self.status == "APPROVED"


def recipient_fields(to: str) -> dict[str, str]:
    """`to` for a phone number (digits with country code, no +), `recipient` for a BSUID."""
    if _BSUID.match(to):
        return {"recipient": to}
    digits = re.sub(r"[^\d]", "", to)
    if not digits:
        raise Rejected("the recipient is neither a phone number nor a WhatsApp user id")
    return {"to": digits}


def callback_data_for(idempotency_key: str) -> str:
    """The outbox key as Meta will echo it in statuses (hashed if longer than Meta allows)."""
    if len(idempotency_key) <= CALLBACK_DATA_LIMIT:
        return idempotency_key
    return "sha256:" + hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()


class GraphClient:
    def __init__(
        self,
        phone_number_id: str,
        access_token: str,
        *,
        graph_url: str = DEFAULT_GRAPH_URL,
        api_version: str = DEFAULT_API_VERSION,
        timeout: float = 20.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ):
        if not _API_VERSION.match(api_version):
            raise ValueError(f"API version must look like v23.0, not {api_version!r}")
        if not phone_number_id or not access_token:
            raise ValueError("a phone number id and an access token are required")
        self.phone_number_id = phone_number_id
        self.api_version = api_version
        self.graph_url = graph_url.rstrip("/")
        self._token = access_token
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout), transport=transport, verify=tls_context(),
            headers={"Authorization": f"Bearer {access_token}"},
        )

    def __repr__(self) -> str:
        return f"<GraphClient {self.graph_url}/{self.api_version}/{self.phone_number_id}>"

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- sending --------------------------------------------------------------------------------

    async def send_text(
        self, to: str, body: str, *, reply_to: str | None = None, callback_data: str | None = None
    ) -> str:
        payload = _envelope(to, "text", {"body": body, "preview_url": False}, callback_data)
        if reply_to:
            payload["context"] = {"message_id": reply_to}
        return await self.send(payload)

    async def send_template(
        self,
        to: str,
        name: str,
        language: str,
        body_parameters: tuple[str, ...] | list[str] = (),
        *,
        callback_data: str | None = None,
    ) -> str:
        template: dict[str, Any] = {"name": name, "language": {"policy": "deterministic", "code": language}}
        if body_parameters:
            parameters = [{"type": "text", "text": value} for value in body_parameters]
            template["components"] = [{"type": "body", "parameters": parameters}]
        return await self.send(_envelope(to, "template", template, callback_data))

    async def send_media(
        self,
        to: str,
        kind: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        caption: str | None = None,
        filename: str | None = None,
        callback_data: str | None = None,
    ) -> str:
        if kind not in ("image", "document", "audio", "video"):
            raise ValueError("media kind must be image, document, audio or video")
        if (media_id is None) == (link is None):
            raise ValueError("give exactly one of media_id and link")
        media: dict[str, str] = {"id": media_id} if media_id is not None else {"link": link or ""}
        if caption and kind != "audio":
            media["caption"] = caption
        if filename and kind == "document":
            media["filename"] = filename
        return await self.send(_envelope(to, kind, media, callback_data))

    async def send(self, payload: dict[str, Any]) -> str:
        """POST one message; returns its wamid."""
        url = f"{self.graph_url}/{self.api_version}/{self.phone_number_id}/messages"
        try:
            response = await self._http.post(url, json=payload)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            raise Unavailable(f"WhatsApp Cloud API unreachable ({type(error).__name__})") from error
        except httpx.TransportError as error:
            raise Ambiguous(
                f"no answer from the WhatsApp Cloud API after sending ({type(error).__name__}); "
                "the message may have been accepted"
            ) from error
        if response.status_code != 200:
            raise self._error(response)
        wamid = _message_id(response)
        if wamid is None:
            raise Ambiguous("the WhatsApp Cloud API accepted the request but returned no message id")
        log.debug("message accepted by WhatsApp as %s", wamid)
        return wamid

    # --- templates ------------------------------------------------------------------------------

    async def message_templates(self, waba_id: str) -> list[AccountTemplate]:
        """Every message template of the WhatsApp Business Account, following Meta's pages
        (`paging.next`, only on the Graph host: the token goes nowhere else)."""
        url = f"{self.graph_url}/{self.api_version}/{quote(waba_id, safe='')}/message_templates"
        params: dict[str, Any] | None = {"fields": TEMPLATE_FIELDS, "limit": TEMPLATE_PAGE}
        found: list[AccountTemplate] = []
        for _page in range(TEMPLATE_PAGES):
            body = _json_or_none((await self._get(url, params)).text)
            if not isinstance(body, dict) or not isinstance(body.get("data"), list):
                raise Unavailable("the WhatsApp Cloud API sent an unreadable list of templates")
            found.extend(filter(None, map(account_template, body["data"])))
            url, params = _next_page(body), None
            if url is None:
                return found
            if not self._may_send_token_to(url):
                log.warning("the next page of templates is neither HTTPS nor on the Graph host: not followed")
                return found
        log.warning("more than %d pages of templates: the rest are not listed", TEMPLATE_PAGES)
        return found

    # --- media ----------------------------------------------------------------------------------

    async def media_info(self, media_id: str) -> MediaInfo:
        response = await self._get(f"{self.graph_url}/{self.api_version}/{quote(media_id, safe='')}")
        try:
            data = response.json()
            return MediaInfo(
                media_id=str(data.get("id", media_id)),
                url=str(data["url"]),
                mime_type=str(data.get("mime_type", "application/octet-stream")),
                sha256=data.get("sha256") if isinstance(data.get("sha256"), str) else None,
                file_size=data.get("file_size") if isinstance(data.get("file_size"), int) else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            raise Unavailable("the WhatsApp Cloud API sent an unreadable media description") from None

    async def download_media(self, media_id: str, *, max_bytes: int | None = None) -> Media:
        """The media's bytes. The URL is fetched right away: Meta's media URLs expire after 5 minutes.
        A medium larger than `max_bytes` raises MediaTooLarge before (or while) it is downloaded."""
        info = await self.media_info(media_id)
        if max_bytes is not None and info.file_size is not None and info.file_size > max_bytes:
            raise MediaTooLarge(info.file_size, max_bytes)
        if not self._may_send_token_to(info.url):
            raise Rejected("media URL is neither HTTPS nor on the Graph host; the token is not sent there")
        data, content_type = await self._get_bytes(info.url, max_bytes)
        if info.sha256 and not _digest_matches(data, info.sha256):
            raise Unavailable("downloaded media does not match its SHA-256; try again")
        return Media(data, content_type or info.mime_type)

    async def _get_bytes(self, url: str, max_bytes: int | None) -> tuple[bytes, str | None]:
        try:
            async with self._http.stream("GET", url, follow_redirects=True) as response:
                if response.status_code != 200:
                    await response.aread()
                    raise self._error(response)
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise MediaTooLarge(size, max_bytes)
                    chunks.append(chunk)
                return b"".join(chunks), response.headers.get("content-type")
        except httpx.TransportError as error:
            raise Unavailable(f"WhatsApp Cloud API unreachable ({type(error).__name__})") from error

    async def upload_media(self, data: bytes, mime_type: str, filename: str) -> str:
        """Upload a file for an outgoing message; returns its media id (Meta keeps it about 30 days)."""
        url = f"{self.graph_url}/{self.api_version}/{self.phone_number_id}/media"
        form = {"messaging_product": "whatsapp", "type": mime_type}
        try:
            response = await self._http.post(url, data=form, files={"file": (filename, data, mime_type)})
        except httpx.TransportError as error:
            raise Unavailable(f"WhatsApp Cloud API unreachable ({type(error).__name__})") from error
        if response.status_code != 200:
            raise self._error(response)
        body = _json_or_none(response.text)
        media_id = body.get("id") if isinstance(body, dict) else None
        if not isinstance(media_id, str) or not media_id:
            raise Unavailable("the WhatsApp Cloud API accepted the upload but returned no media id")
        return media_id

    def _may_send_token_to(self, url: str) -> bool:
        target, graph = urlsplit(url), urlsplit(self.graph_url)
        return target.scheme == "https" or (target.scheme, target.netloc) == (graph.scheme, graph.netloc)

    async def _get(self, url: str, params: dict[str, Any] | None = None) -> httpx.Response:
        try:
            response = await self._http.get(url, params=params)
        except httpx.TransportError as error:
            raise Unavailable(f"WhatsApp Cloud API unreachable ({type(error).__name__})") from error
        if response.status_code != 200:
            raise self._error(response)
        return response

    # --- errors ---------------------------------------------------------------------------------

    def _error(self, response: httpx.Response) -> ConnectorError:
        text = response.text.replace(self._token, "[redacted]")  # Meta may quote a malformed token back
        return error_for(response.status_code, _json_or_none(text), response.headers.get("retry-after"))


def error_for(status: int, body: Any, retry_after_header: str | None = None) -> ConnectorError:
    """The connector error for a Graph API failure, chosen by Meta's error code."""
    error = body.get("error") if isinstance(body, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    if not isinstance(code, int):
        return _error_without_code(status, retry_after_header)
    reason = _reason(error)
    retry_after = _retry_after(retry_after_header)
    if code in AUTH_CODES:
        return AuthFailed(f"WhatsApp refused the access token (code {code}): {reason}")
    if code in PERMISSION_CODES:
        return AuthFailed(f"the access token lacks a WhatsApp permission (code {code}): {reason}")
    if code in ACCOUNT_BLOCKED_CODES:
        return AuthFailed(f"the WhatsApp Business account is restricted or locked (code {code}): {reason}")
    if code in RATE_LIMIT_BACKOFF:
        return RateLimited(f"WhatsApp rate limit (code {code}): {reason}", retry_after or RATE_LIMIT_BACKOFF[code])
    if code == PAIR_RATE_LIMIT_CODE:
        return RecipientRateLimited(
            f"too many messages to this customer (code {code}); wait before the next one",
            retry_after or PAIR_RATE_LIMIT_BACKOFF,
        )
    if code == BSUID_UNSUPPORTED_CODE:
        return RecipientIdUnsupported(f"WhatsApp cannot send this to a user id (code {code}): {reason}")
    if code == WINDOW_CODE:
        return WindowClosed(f"outside the 24-hour window (code {code}): send an approved template instead", None)
    if code in TRANSIENT_CODES or error.get("is_transient") is True or status >= 500:
        return Unavailable(f"WhatsApp is temporarily unable to process the request (code {code}): {reason}")
    return Rejected(f"WhatsApp refused the message (code {code}): {reason}")


def _error_without_code(status: int, retry_after_header: str | None) -> ConnectorError:
    if status == 401:
        return AuthFailed(f"WhatsApp refused the access token (HTTP {status})")
    if status == 429:
        return RateLimited(f"WhatsApp rate limit (HTTP {status})", _retry_after(retry_after_header) or 60.0)
    return Unavailable(f"WhatsApp Cloud API answered HTTP {status} without a Graph error")


def _reason(error: dict) -> str:
    data = error.get("error_data") if isinstance(error.get("error_data"), dict) else {}
    for text in (error.get("error_user_msg"), data.get("details"), error.get("message")):
        if isinstance(text, str) and text:
            return text
    return "no reason given"


def _retry_after(header: str | None) -> float | None:
    try:
        seconds = float(header) if header else None
    except ValueError:
        return None
    return seconds if seconds is not None and seconds >= 0 else None


def _envelope(to: str, kind: str, content: dict[str, Any], callback_data: str | None) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        **recipient_fields(to),
        "type": kind,
        kind: content,
    }
    if callback_data:
        payload["biz_opaque_callback_data"] = callback_data_for(callback_data)
    return payload


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _message_id(response: httpx.Response) -> str | None:
    body = _json_or_none(response.text)
    messages = body.get("messages") if isinstance(body, dict) else None
    first = messages[0] if isinstance(messages, list) and messages else None
    wamid = first.get("id") if isinstance(first, dict) else None
    return wamid if isinstance(wamid, str) and wamid else None


def account_template(item: Any) -> AccountTemplate | None:
    """One entry of Meta's template list (None when it has no name or language)."""
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not isinstance(item.get("language"), str):
        return None
    body = next((c for c in item.get("components") or [] if isinstance(c, dict) and c.get("type") == "BODY"), {})
    examples = (body.get("example") or {}).get("body_text") if isinstance(body.get("example"), dict) else None
    first = examples[0] if isinstance(examples, list) and examples and isinstance(examples[0], list) else []
    return AccountTemplate(item["name"], item["language"], str(item.get("status", "")).upper(),
                           str(item.get("category", "utility")).lower(), str(body.get("text") or ""),
                           tuple(str(value) for value in first))


def _next_page(body: dict) -> str | None:
    paging = body.get("paging")
    following = paging.get("next") if isinstance(paging, dict) else None
    return following if isinstance(following, str) and following else None


def _digest_matches(data: bytes, expected: str) -> bool:
    digest = hashlib.sha256(data).digest()
    return expected in (digest.hex(), base64.b64encode(digest).decode("ascii"))
