"""A fake WhatsApp Cloud API (Graph) on 127.0.0.1 that talks to a real `desk relay`.

It behaves like Meta where Desk can tell: Bearer token required, request bodies validated against
the v23.0 OpenAPI schema (specs/whatsapp/, see its README), Graph-shaped error bodies, `wamid.` ids,
the 24-hour window counted from the inbound messages it emitted itself, and signed webhooks
(`X-Hub-Signature-256` over the exact bytes posted) for inbound messages and for the
sent/delivered/read statuses of every accepted message.

Statuses are posted before the send is answered, so when the client has its wamid the statuses are
already at the relay: tests need no waiting. Faults are switched on through `sandbox.faults`.

Versions: every Graph version up to Desk's (desk.connectors.whatsapp.graph.API_VERSION, the
current one) is served, and each request's version is recorded in `versions_asked`; a newer one is
an unknown path, as on Graph. Customers carry business-scoped user ids (BSUIDs), may hide their
phone behind a username, and can change their BSUID (a `user_changed_user_id` system message).
Files are uploaded through `POST /{version}/{phone_number_id}/media` (multipart, checked against
Meta's supported types and sizes) and media messages must name an uploaded or received media id.
The account's message templates (`set_templates`, e.g. `sample_templates()`) are listed by
`GET /{version}/{waba_id}/message_templates` in pages (`paging.next`), each answer validated
against the v23.0 spec's response schema (specs/whatsapp/message-templates_v23.0.json).
"""

from __future__ import annotations

import asyncio
import base64
import copy
import functools
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from typing import Any

import email.parser
import email.policy

import httpx
import jsonschema
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desk.connectors.whatsapp.graph import API_VERSION
from desk.connectors.whatsapp.media import OUTBOUND_TYPES

SPEC_FILE = resources.files("desk.sandbox").joinpath("specs", "whatsapp", "send-message_v23.0.json")
TEMPLATES_SPEC_FILE = resources.files("desk.sandbox").joinpath("specs", "whatsapp", "message-templates_v23.0.json")
TEMPLATE_PAGE_DEFAULT = 25  # Graph's default page size
SERVICE_WINDOW_SECONDS = 24 * 3600
MEDIA_URL_LIFETIME = 300  # Meta's media URLs expire after 5 minutes
WINDOW_DETAILS = (
    "Message failed to send because more than 24 hours have passed since the customer last replied to this number."
)
ERROR_HREF = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"
tls_context = functools.cache(httpx.create_ssl_context)  # a new context per client costs ~70 ms


# --- the spec -------------------------------------------------------------------------------------

@functools.cache
def _spec() -> dict[str, Any]:
    return json.loads(SPEC_FILE.read_text(encoding="utf-8"))


def normalised_schemas() -> dict[str, Any]:
    """The spec's schemas with the three adjustments listed in specs/whatsapp/README.md."""
    schemas = copy.deepcopy(_spec()["components"]["schemas"])
    for schema in schemas.values():
        _unevaluated_instead_of_additional(schema)
    base = schemas["BaseMessageProperties"]
    base["properties"]["biz_opaque_callback_data"] = {"type": "string", "maxLength": 512}
    base["properties"]["recipient"] = {"type": "string", "description": "business-scoped user id (BSUID)"}
    base["required"] = [name for name in base["required"] if name != "to"]
    base["oneOf"] = [{"required": ["to"]}, {"required": ["recipient"]}]
    return schemas


def _unevaluated_instead_of_additional(schema: Any) -> None:
    if isinstance(schema, dict):
        for branch in schema.get("allOf", []):
            if isinstance(branch, dict) and branch.get("additionalProperties") is False:
                del branch["additionalProperties"]
                schema["unevaluatedProperties"] = False
        for value in schema.values():
            _unevaluated_instead_of_additional(value)
    elif isinstance(schema, list):
        for value in schema:
            _unevaluated_instead_of_additional(value)


@functools.cache
def _validator(ref: str) -> jsonschema.Draft202012Validator:
    root = {"$ref": ref, "components": {"schemas": normalised_schemas()}}
    return jsonschema.Draft202012Validator(root)


def request_problem(payload: Any) -> str | None:
    """Why `payload` is not a valid sendMessage body per the v23.0 spec (None: it is valid).

    The spec's `Message` is a oneOf whose branches differ by `type` (its discriminator); validating
    against the branch for the payload's type gives the same verdict with a precise reason."""
    mapping = _spec()["components"]["schemas"]["Message"]["discriminator"]["mapping"]
    kind = payload.get("type") if isinstance(payload, dict) else None
    ref = mapping.get(kind, _spec()["request_schema"]) if isinstance(kind, str) else _spec()["request_schema"]
    errors = list(_validator(ref).iter_errors(payload))
    if not errors:
        return None
    # "unevaluated" errors are echoes of a failure inside the allOf; report the failure itself
    best = jsonschema.exceptions.best_match([e for e in errors if e.validator != "unevaluatedProperties"] or errors)
    where = "/".join(str(part) for part in best.absolute_path) or "body"
    if len(best.message) > 300:  # jsonschema quotes the whole value; name the broken rule instead
        return f"{where}: value breaks '{best.validator}' ({str(best.validator_value)[:80]})"
    return f"{where}: {best.message}"


def response_problem(payload: Any) -> str | None:
    errors = list(_validator(_spec()["response_schema"]).iter_errors(payload))
    return jsonschema.exceptions.best_match(errors).message if errors else None


@functools.cache
def _templates_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(TEMPLATES_SPEC_FILE.read_text(encoding="utf-8"))["response_schema"]
    return jsonschema.Draft202012Validator(schema)


def templates_response_problem(payload: Any) -> str | None:
    """Why `payload` is not a valid answer to GET /{version}/{waba_id}/message_templates (v23.0)."""
    errors = list(_templates_validator().iter_errors(payload))
    return jsonschema.exceptions.best_match(errors).message if errors else None


# --- small pieces -------------------------------------------------------------------------------

def webhook_signature(body: bytes, app_secret: str) -> str:
    return "sha256=" + hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def graph_error(status: int, code: int, message: str, *, details: str | None = None,
                error_type: str = "OAuthException", subcode: int | None = None) -> JSONResponse:
    error: dict[str, Any] = {"message": f"(#{code}) {message}", "type": error_type, "code": code,
                             "fbtrace_id": secrets.token_urlsafe(12)}
    if details:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    if subcode is not None:
        error["error_subcode"] = subcode
    return JSONResponse({"error": error}, status_code=status)


class TokenBucket:
    def __init__(self, rate: float, clock: Callable[[], float], capacity: float | None = None):
        self.rate = rate
        self.capacity = capacity if capacity is not None else max(1.0, rate)
        self._clock = clock
        self._tokens = self.capacity
        self._at = clock()

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._at) * self.rate)
        self._at = now
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False


@dataclass
class SandboxFaults:
    server_errors: int = 0  # the next N sends (or template lists) answer HTTP 500, Graph code 2
    app_rate_limited: int = 0  # the next N sends (or template lists) answer HTTP 429, Graph code 4
    timeouts: int = 0  # the next N sends are processed, then answered only after hang_seconds
    hang_seconds: float = 2.0
    bad_signatures: int = 0  # the next N webhooks are signed with a wrong secret
    duplicate_deliveries: bool = False  # every webhook is posted twice, as Meta's retries do
    window_errors_sync: bool = False  # 131047 as an immediate 400 instead of a later failed status
    throughput_per_second: float | None = None  # per phone number, 130429 beyond it
    pair_rate_per_second: float | None = None  # per recipient, 131056 beyond it (Meta: about 1 per 6 s)
    statuses: tuple[str, ...] = ("sent", "delivered", "read")
    bsuid_refusals: int = 0  # the next N sends to a BSUID (`recipient`) answer 131062


@dataclass
class SentMessage:
    wamid: str
    payload: dict[str, Any]
    accepted_at: float


@dataclass
class _Media:
    data: bytes
    mime_type: str


@dataclass
class _Customer:
    wa_id: str | None
    user_id: str
    name: str
    username: str | None = None


# --- the sandbox --------------------------------------------------------------------------------

class WhatsAppSandbox:
    """An ASGI app (serve it with serve_in_thread) plus the knobs and records tests use."""

    def __init__(self, relay_url: str, app_secret: str, *, access_token: str, phone_number_id: str,
                 display_phone_number: str, waba_id: str, clock: Callable[[], float]):
        self.relay_url = relay_url
        self.phone_number_id = phone_number_id
        self.display_phone_number = display_phone_number
        self.waba_id = waba_id
        self.faults = SandboxFaults()
        self.sent: list[SentMessage] = []
        self.send_requests = 0
        self.webhook_responses: list[int] = []  # HTTP status the relay gave each webhook (-1: unreachable)
        self._app_secret = app_secret
        self._access_token = access_token
        self._clock = clock
        self._lock = threading.Lock()
        self._settled = 0  # accepted sends whose statuses have all been posted
        self._settled_changed = threading.Condition(self._lock)
        self._last_inbound: dict[str, float] = {}  # wa_id or user_id -> epoch seconds
        self._media: dict[str, _Media] = {}
        self._number_bucket: TokenBucket | None = None
        self._pair_buckets: dict[str, TokenBucket] = {}
        self.versions_asked: list[str] = []
        self.uploads: list[tuple[str, str, str]] = []  # (media id, file name, mime type) of uploaded files
        self.templates: list[dict[str, Any]] = []  # the account's message templates, as Meta lists them
        self.template_requests = 0
        self.app = Starlette(routes=[
            Route("/media-download/{media_id}", self._download, methods=["GET"]),
            Route("/{version}/{waba_id}/message_templates", self._message_templates, methods=["GET"]),
            Route("/{version}/{phone_number_id}/messages", self._messages, methods=["POST"]),
            Route("/{version}/{phone_number_id}/media", self._upload, methods=["POST"]),
            Route("/{version}/{media_id}", self._media_info, methods=["GET"]),
        ])

    def __repr__(self) -> str:
        return f"<WhatsAppSandbox phone_number_id={self.phone_number_id} relay={self.relay_url}>"

    async def __call__(self, scope, receive, send) -> None:
        await self.app(scope, receive, send)

    # --- customers writing (called from tests, synchronously) ---------------------------------

    def emit_inbound(self, from_wa_id: str | None, name: str, text: str, *, at: datetime | None = None,
                     user_id: str | None = None, username: str | None = None) -> str:
        """A customer writes; returns the message's wamid. `from_wa_id=None`: a username-only user."""
        return self.emit_inbound_batch([(from_wa_id, name, text)], at=at, user_id=user_id, username=username)[0]

    def emit_inbound_batch(self, messages: list[tuple[str | None, str, str]], *, at: datetime | None = None,
                           user_id: str | None = None, username: str | None = None) -> list[str]:
        """Several customer messages delivered in one webhook POST, as Meta batches them."""
        moment = at.timestamp() if at is not None else self._clock()
        contacts, items, wamids = [], [], []
        for wa_id, name, text in messages:
            customer = _Customer(wa_id, user_id or user_id_for(wa_id or name), name, username)
            contacts.append(_contact(customer))
            wamids.append(_mint_wamid())
            items.append(_inbound_message(customer, wamids[-1], moment, {"type": "text", "text": {"body": text}}))
            self._record_inbound(customer, moment)
        self._post_webhook_sync(self._envelope({"contacts": contacts, "messages": items}))
        return wamids

    def emit_inbound_media(self, from_wa_id: str | None, name: str, data: bytes, mime_type: str, *,
                           kind: str = "image", caption: str | None = None, filename: str | None = None,
                           user_id: str | None = None, username: str | None = None) -> tuple[str, str]:
        """A customer sends a picture or file; returns (wamid, media id)."""
        media_id = self.add_media(data, mime_type)
        digest = base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")
        media: dict[str, Any] = {"id": media_id, "mime_type": mime_type, "sha256": digest}
        if caption:
            media["caption"] = caption
        if filename:
            media["filename"] = filename
        customer = _Customer(from_wa_id, user_id or user_id_for(from_wa_id or name), name, username)
        wamid, moment = _mint_wamid(), self._clock()
        message = _inbound_message(customer, wamid, moment, {"type": kind, kind: media})
        self._record_inbound(customer, moment)
        self._post_webhook_sync(self._envelope({"contacts": [_contact(customer)], "messages": [message]}))
        return wamid, media_id

    def emit_user_id_change(self, old_user_id: str, new_user_id: str) -> str:
        """A customer's BSUID changes: Meta's system message (no contacts, no phone); returns its wamid."""
        wamid = _mint_wamid()
        message = {"from_user_id": old_user_id, "id": wamid, "timestamp": str(int(self._clock())), "type": "system",
                   "system": {"body": "User changed their user ID", "type": "user_changed_user_id",
                              "user_id": new_user_id}}
        with self._lock:
            if old_user_id in self._last_inbound:
                self._last_inbound[new_user_id] = self._last_inbound[old_user_id]
        self._post_webhook_sync(self._envelope({"messages": [message]}))
        return wamid

    def add_media(self, data: bytes, mime_type: str) -> str:
        media_id = str(secrets.randbelow(10**15) + 10**15)
        with self._lock:
            self._media[media_id] = _Media(data, mime_type)
        return media_id

    def _record_inbound(self, customer: _Customer, moment: float) -> None:
        with self._lock:
            for key in filter(None, (customer.wa_id, customer.user_id)):
                self._last_inbound[key] = max(moment, self._last_inbound.get(key, moment))

    # --- POST /{version}/{phone_number_id}/messages -------------------------------------------

    async def _messages(self, request: Request) -> Response:
        with self._lock:
            self.send_requests += 1
        refusal = self._refuse_request(request)
        if refusal is not None:
            return refusal
        try:
            payload = json.loads(await request.body())
        except ValueError:
            return graph_error(400, 100, "Invalid parameter", details="the request body is not JSON")
        if isinstance(payload, dict) and payload.get("status") == "read" and "message_id" in payload:
            return JSONResponse({"success": True})
        problem = request_problem(payload) or self._unknown_media(payload)
        if problem is not None:
            return graph_error(400, 100, "Invalid parameter", details=problem)
        fault = self._injected_fault() or self._bsuid_refused(payload)
        if fault is not None:
            return fault
        recipient = payload.get("to") or payload.get("recipient")
        limited = self._rate_limited(recipient)
        if limited is not None:
            return limited
        window_closed = payload["type"] != "template" and not self._window_open(recipient)
        if window_closed and self.faults.window_errors_sync:
            return graph_error(400, 131047, "Re-engagement message", details=WINDOW_DETAILS)
        wamid = _mint_wamid()
        with self._lock:
            self.sent.append(SentMessage(wamid, payload, self._clock()))
        await self._emit_statuses(wamid, payload, failed=window_closed)
        if self._take_timeout():
            await asyncio.sleep(self.faults.hang_seconds)
        contact = {"input": recipient, "wa_id" if "to" in payload else "user_id": recipient}
        return JSONResponse({
            "messaging_product": "whatsapp",
            "contacts": [contact],
            "messages": [{"id": wamid, "message_status": "accepted"}],
        })

    def _unknown_media(self, payload: dict[str, Any]) -> str | None:
        media = payload.get(payload.get("type")) if isinstance(payload.get(payload.get("type")), dict) else {}
        media_id = media.get("id") if payload.get("type") in OUTBOUND_TYPES else None
        with self._lock:
            known = media_id is None or media_id in self._media
        return None if known else f"media id {media_id} was not uploaded to this phone number"

    def _refuse_request(self, request: Request) -> Response | None:
        refusal = self._refuse_token(request) or self._refuse_version(request)
        if refusal is not None:
            return refusal
        if request.path_params["phone_number_id"] != self.phone_number_id:
            return graph_error(
                400, 100, f"Unsupported post request. Object with ID '{request.path_params['phone_number_id']}' "
                "does not exist", error_type="GraphMethodException", subcode=33)
        return None

    def _refuse_version(self, request: Request) -> Response | None:
        version = request.path_params["version"]
        with self._lock:
            self.versions_asked.append(version)
        if not re.fullmatch(r"v\d+\.\d+", version) or _version(version) > _version(API_VERSION):
            return graph_error(400, 2500, f"Unknown path components: /{version}")
        return None

    def _injected_fault(self) -> Response | None:
        with self._lock:
            if self.faults.server_errors > 0:
                self.faults.server_errors -= 1
                return graph_error(500, 2, "Service temporarily unavailable")
            if self.faults.app_rate_limited > 0:
                self.faults.app_rate_limited -= 1
                return graph_error(429, 4, "Application request limit reached")
        return None

    def _bsuid_refused(self, payload: dict[str, Any]) -> Response | None:
        with self._lock:
            if "recipient" not in payload or self.faults.bsuid_refusals <= 0:
                return None
            self.faults.bsuid_refusals -= 1
        return graph_error(400, 131062, "Business-scoped User ID (BSUID) recipient not supported",
                           details="This message cannot be sent to a business-scoped user ID.")

    def _take_timeout(self) -> bool:
        with self._lock:
            if self.faults.timeouts > 0:
                self.faults.timeouts -= 1
                return True
        return False

    def _rate_limited(self, recipient: str) -> Response | None:
        with self._lock:
            rate = self.faults.throughput_per_second
            if rate is not None:
                if self._number_bucket is None or self._number_bucket.rate != rate:
                    self._number_bucket = TokenBucket(rate, self._clock)
                if not self._number_bucket.take():
                    return graph_error(400, 130429, "Rate limit hit",
                                       details="Cloud API message throughput has been reached.")
            pair_rate = self.faults.pair_rate_per_second
            if pair_rate is not None:
                bucket = self._pair_buckets.get(recipient)
                if bucket is None or bucket.rate != pair_rate:
                    bucket = self._pair_buckets[recipient] = TokenBucket(pair_rate, self._clock, capacity=1.0)
                if not bucket.take():
                    return graph_error(400, 131056, "(Business Account, Consumer Account) pair rate limit hit",
                                       details="Too many messages sent from the sender phone number to the same "
                                       "recipient phone number in a short period of time.")
        return None

    def _window_open(self, recipient: str) -> bool:
        with self._lock:
            last = self._last_inbound.get(recipient)
        return last is not None and self._clock() < last + SERVICE_WINDOW_SECONDS

    async def _emit_statuses(self, wamid: str, payload: dict[str, Any], *, failed: bool) -> None:
        try:
            for name in ("failed",) if failed else self.faults.statuses:
                await self._post_webhook(self._envelope({"statuses": [self._status(wamid, payload, name)]}))
        finally:
            with self._settled_changed:
                self._settled += 1
                self._settled_changed.notify_all()

    def wait_for_settled_sends(self, count: int, timeout: float = 10.0) -> bool:
        """Block until `count` sends have been accepted and all their statuses posted to the relay
        (a client that gave up waiting for its answer cannot tell when that happened)."""
        with self._settled_changed:
            return self._settled_changed.wait_for(lambda: self._settled >= count, timeout)

    def _status(self, wamid: str, payload: dict[str, Any], name: str) -> dict[str, Any]:
        status: dict[str, Any] = {"id": wamid, "status": name, "timestamp": str(int(self._clock()))}
        if "to" in payload:
            status["recipient_id"] = payload["to"]
        else:
            status["recipient_user_id"] = payload["recipient"]
        if "biz_opaque_callback_data" in payload:
            status["biz_opaque_callback_data"] = payload["biz_opaque_callback_data"]
        if name == "failed":
            status["errors"] = [{"code": 131047, "title": "Re-engagement message", "message": "Re-engagement message",
                                 "error_data": {"details": WINDOW_DETAILS}, "href": ERROR_HREF}]
        else:
            status["pricing"] = {"billable": False, "pricing_model": "PMP", "category": "service",
                                 "type": "free_customer_service"}
        return status

    # --- GET /{version}/{waba_id}/message_templates --------------------------------------------

    def set_templates(self, templates: list[dict[str, Any]]) -> None:
        """The account's templates, Meta-shaped: name, language, status, category, components
        (a BODY with positional {{1}}... and example.body_text); each gets an id if it has none."""
        with self._lock:
            self.templates = [{"id": str(10**14 + index), **template} for index, template in enumerate(templates)]

    async def _message_templates(self, request: Request) -> Response:
        with self._lock:
            self.template_requests += 1
        refusal = self._refuse_token(request) or self._refuse_version(request) or self._refuse_waba(request)
        if refusal is not None:
            return refusal
        fault = self._injected_fault()
        if fault is not None:
            return fault
        try:
            limit = min(max(int(request.query_params.get("limit", TEMPLATE_PAGE_DEFAULT)), 1), 100)
            start = int(base64.urlsafe_b64decode(request.query_params.get("after", "MA==")).decode() or 0)
        except ValueError:
            return graph_error(400, 100, "Invalid parameter", details="limit and after must be page cursors")
        payload = self._template_page(request, start, limit)
        problem = templates_response_problem(payload)
        if problem is not None:  # a sandbox bug: its answer must be what Meta's spec allows
            return graph_error(500, 1, "An unknown error occurred", details=f"sandbox: {problem}")
        return JSONResponse(payload)

    def _template_page(self, request: Request, start: int, limit: int) -> dict[str, Any]:
        fields = {"id", *filter(None, request.query_params.get("fields", "name,language,status,id").split(","))}
        with self._lock:
            chosen = self.templates[start:start + limit]
            more = start + limit < len(self.templates)
        data = [{key: value for key, value in template.items() if key in fields} for template in chosen]
        paging: dict[str, Any] = {"cursors": {"before": _cursor(start), "after": _cursor(start + len(chosen))}}
        if more:
            query = {**request.query_params, "limit": str(limit), "after": _cursor(start + limit)}
            paging["next"] = str(request.url.replace(query=str(httpx.QueryParams(query))))
        return {"data": data, "paging": paging}

    def _refuse_waba(self, request: Request) -> Response | None:
        if request.path_params["waba_id"] == self.waba_id:
            return None
        return graph_error(400, 100, f"Unsupported get request. Object with ID '{request.path_params['waba_id']}' "
                           "does not exist", error_type="GraphMethodException", subcode=33)

    # --- media ----------------------------------------------------------------------------------

    async def _upload(self, request: Request) -> Response:
        refusal = self._refuse_request(request)
        if refusal is not None:
            return refusal
        fields = _multipart(await request.body(), request.headers.get("content-type", ""))
        upload = fields.get("file")
        if fields.get("messaging_product") != "whatsapp" or not isinstance(upload, tuple):
            return graph_error(400, 100, "Invalid parameter",
                               details="a multipart body with messaging_product=whatsapp and a file is required")
        filename, mime_type, data = upload
        problem = _upload_problem(mime_type, len(data))
        if problem is not None:
            return graph_error(400, 131053, "Media upload error", details=problem)
        media_id = self.add_media(data, mime_type)
        with self._lock:
            self.uploads.append((media_id, filename, mime_type))
        return JSONResponse({"id": media_id})

    async def _media_info(self, request: Request) -> Response:
        refusal = self._refuse_token(request)
        if refusal is not None:
            return refusal
        media_id = request.path_params["media_id"]
        with self._lock:
            media = self._media.get(media_id)
        if media is None:
            return graph_error(400, 100, f"Unsupported get request. Object with ID '{media_id}' does not exist",
                               error_type="GraphMethodException", subcode=33)
        expires = int(self._clock()) + MEDIA_URL_LIFETIME
        return JSONResponse({
            "messaging_product": "whatsapp",
            "url": f"{str(request.base_url).rstrip('/')}/media-download/{media_id}?expires={expires}",
            "mime_type": media.mime_type,
            "sha256": hashlib.sha256(media.data).hexdigest(),
            "file_size": len(media.data),
            "id": media_id,
        })

    async def _download(self, request: Request) -> Response:
        refusal = self._refuse_token(request)
        if refusal is not None:
            return refusal
        with self._lock:
            media = self._media.get(request.path_params["media_id"])
        try:
            expires = int(request.query_params.get("expires", "0"))
        except ValueError:
            expires = 0
        if media is None or self._clock() > expires:
            return Response("URL signature expired", status_code=404)
        return Response(media.data, media_type=media.mime_type)

    def _refuse_token(self, request: Request) -> Response | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.encode(), self._access_token.encode()):
            return graph_error(401, 190, "Invalid OAuth access token - Cannot parse access token")
        return None

    # --- webhooks -------------------------------------------------------------------------------

    def _envelope(self, value: dict[str, Any]) -> dict[str, Any]:
        metadata = {"display_phone_number": self.display_phone_number, "phone_number_id": self.phone_number_id}
        return {"object": "whatsapp_business_account", "entry": [{"id": self.waba_id, "changes": [
            {"value": {"messaging_product": "whatsapp", "metadata": metadata, **value}, "field": "messages"}]}]}

    def _signed(self, envelope: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        body = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with self._lock:
            forge = self.faults.bad_signatures > 0
            if forge:
                self.faults.bad_signatures -= 1
        secret = "not-the-app-secret" if forge else self._app_secret
        return body, {"Content-Type": "application/json", "X-Hub-Signature-256": webhook_signature(body, secret)}

    def _deliveries(self) -> int:
        return 2 if self.faults.duplicate_deliveries else 1

    def _post_webhook_sync(self, envelope: dict[str, Any]) -> None:
        body, headers = self._signed(envelope)
        with httpx.Client(timeout=10, verify=tls_context()) as client:
            for _ in range(self._deliveries()):
                try:
                    self._record(client.post(self.relay_url, content=body, headers=headers).status_code)
                except httpx.TransportError:
                    self._record(-1)

    async def _post_webhook(self, envelope: dict[str, Any]) -> None:
        body, headers = self._signed(envelope)
        async with httpx.AsyncClient(timeout=10, verify=tls_context()) as client:
            for _ in range(self._deliveries()):
                try:
                    self._record((await client.post(self.relay_url, content=body, headers=headers)).status_code)
                except httpx.TransportError:
                    self._record(-1)

    def _record(self, status: int) -> None:
        with self._lock:
            self.webhook_responses.append(status)


def _version(text: str) -> tuple[int, int]:
    major, _, minor = text.lstrip("v").partition(".")
    return int(major), int(minor or 0)


def _multipart(body: bytes, content_type: str) -> dict[str, Any]:
    """Form fields of a multipart/form-data body: text values, and files as (name, type, bytes)."""
    if not content_type.startswith("multipart/form-data"):
        return {}
    parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
    fields: dict[str, Any] = {}
    for part in parsed.iter_parts() if parsed.is_multipart() else ():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        data = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        fields[name] = (filename, part.get_content_type(), data) if filename else data.decode("utf-8", "replace")
    return fields


def _upload_problem(mime_type: str, size: int) -> str | None:
    for kind, (types, limit) in {**OUTBOUND_TYPES, "sticker": (frozenset({"image/webp"}), 500 * 1024)}.items():
        if mime_type in types:
            return None if size <= limit else f"{kind} files may be at most {limit} bytes, this one has {size}"
    return f"media type {mime_type} is not supported"


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(str(offset).encode()).decode()


def _mint_wamid() -> str:
    return "wamid.HBgL" + base64.b64encode(secrets.token_bytes(30)).decode("ascii")


def user_id_for(seed: str) -> str:
    """The BSUID the sandbox gives the customer with this phone number (or name)."""
    return "US." + str(int(hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16], 16))


def _contact(customer: _Customer) -> dict[str, Any]:
    profile: dict[str, str] = {"name": customer.name}
    if customer.username:
        profile["username"] = customer.username
    contact: dict[str, Any] = {"profile": profile, "user_id": customer.user_id}
    if customer.wa_id:
        contact["wa_id"] = customer.wa_id
    return contact


def _inbound_message(customer: _Customer, wamid: str, moment: float, content: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"id": wamid, "timestamp": str(int(moment)), **content}
    if customer.wa_id:
        message["from"] = customer.wa_id
    message["from_user_id"] = customer.user_id
    return message


def _template(name: str, language: str, status: str, category: str, body: str, *examples: str) -> dict[str, Any]:
    component: dict[str, Any] = {"type": "BODY", "text": body}
    if examples:
        component["example"] = {"body_text": [list(examples)]}
    return {"name": name, "language": language, "status": status, "category": category, "components": [component]}


def sample_templates() -> list[dict[str, Any]]:
    """A shop's templates as Meta lists them: several languages, most approved, one pending, one rejected."""
    return [
        _template("order_update", "en_US", "APPROVED", "UTILITY",
                  "Hi {{1}}, your order {{2}} is on its way. Tracking number: {{3}}.", "Mark", "#1001", "1Z999AA1"),
        _template("order_update", "de", "APPROVED", "UTILITY",
                  "Hallo {{1}}, Ihre Bestellung {{2}} ist unterwegs. Sendungsnummer: {{3}}.", "Lena", "#1001", "1Z999"),
        _template("order_update", "es", "APPROVED", "UTILITY",
                  "Hola {{1}}, tu pedido {{2}} está en camino. Número de seguimiento: {{3}}.", "Ana", "#1001", "1Z9"),
        _template("return_label", "en_US", "APPROVED", "UTILITY",
                  "Hi {{1}}, here is the return label for order {{2}}. Please send it back by {{3}}.",
                  "Mark", "#1001", "12 May"),
        _template("review_request", "de", "APPROVED", "MARKETING",
                  "Hallo {{1}}, wie gefällt Ihnen Ihr Einkauf? Wir freuen uns über Ihre Bewertung.", "Lena"),
        _template("refund_done", "fr", "PENDING", "UTILITY",
                  "Bonjour {{1}}, votre remboursement de {{2}} est en route.", "Marie", "25,00 €"),
        _template("summer_sale", "en_US", "REJECTED", "MARKETING",
                  "Hi {{1}}, use code {{2}} for 30% off!", "Mark", "SUMMER30"),
    ]


def templates_as_listed(lines: str) -> list[dict[str, Any]]:
    """The templates an account's typed lines (desk.accounts.parse_template_line) describe, as Meta
    lists them once approved: each fact in the body becomes {{1}}, {{2}}... with an example (a line
    without a body gets a plain one), and a pending and a rejected template besides."""
    from desk.accounts import parse_template_line

    listed = []
    for line in lines.splitlines():
        spec = parse_template_line(line)
        if spec is None:
            continue
        body = spec.numbered() or "Our spring sale is on."
        examples = [f"<{name}>" for name in spec.parameters]
        listed.append(_template(spec.name, spec.language, "APPROVED", spec.category.upper(), body, *examples))
    return listed + [t for t in sample_templates() if t["status"] != "APPROVED"]


def create_whatsapp_sandbox(
    relay_url: str,
    app_secret: str,
    *,
    access_token: str = "sandbox-access-token",
    phone_number_id: str = "1122334455667",
    display_phone_number: str = "15550001111",
    waba_id: str = "5467539754836534",
    clock: Callable[[], float] = time.time,
) -> WhatsAppSandbox:
    """A fake Graph API posting signed webhooks to `relay_url` (the callback URL, e.g. http://…/webhook)."""
    return WhatsAppSandbox(relay_url, app_secret, access_token=access_token, phone_number_id=phone_number_id,
                           display_phone_number=display_phone_number, waba_id=waba_id, clock=clock)
