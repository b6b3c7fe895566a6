"""One SP-API call: rate limit, LWA token, one retry on 403, HTTP status -> connector error.

A POST that gets no answer may have been carried out (Messaging API messages have no idempotency
key): it raises Ambiguous, never Unavailable, so nothing retries it blindly."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import httpx

from desk.connectors.amazon.lwa import LwaClient, redact
from desk.connectors.amazon.ratelimit import RateLimiter
from desk.connectors.amazon.wire import Reply, exchange
from desk.connectors.base import Ambiguous, AuthFailed, Rejected, Unavailable

log = logging.getLogger("desk.connectors.amazon.spapi")

DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024
USER_AGENT = "Desk/0.1 (Language=Python)"


class NotFound(Rejected):
    """404: the order (or resource) does not exist for this seller."""


class AccessDenied(AuthFailed):
    """403 even with a freshly issued token: the app lacks the role for this operation."""


class SpApiCaller:
    def __init__(self, base_url: str, lwa: LwaClient, limiter: RateLimiter, http: httpx.AsyncClient, *,
                 timeout: float = 30.0, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
                 throttle_retries: int = 2) -> None:
        self._base_url = base_url.rstrip("/")
        self._lwa = lwa
        self._limiter = limiter
        self._http = http
        self._timeout = timeout
        self._max_body_bytes = max_body_bytes
        self._throttle_retries = throttle_retries

    async def get(self, operation: str, path: str, params: Sequence[tuple[str, str]] = ()) -> Any:
        """The parsed JSON of a 200 answer to GET `path`; any other outcome raises a ConnectorError.

        A 403 is retried once with a fresh token (the cached one may have expired early); a 429
        is retried when the computed back-off is short enough to sleep through.
        """
        return await self._call("GET", operation, path, params, None, ok=200)

    async def post(self, operation: str, path: str, params: Sequence[tuple[str, str]], body: Any) -> Any:
        """The parsed JSON of a 201 answer to POST `path` with a JSON `body` (same retries as get:
        403 and 429 mean Amazon did not act)."""
        return await self._call("POST", operation, path, params, body, ok=201)

    async def _call(self, method: str, operation: str, path: str, params: Sequence[tuple[str, str]], body: Any,
                    *, ok: int) -> Any:
        token_retried = False
        throttles = 0
        while True:
            await self._limiter.acquire(operation)
            token = await self._lwa.access_token()
            reply = await self._send(method, operation, path, params, token, body)
            self._limiter.observe_limit(operation, reply.headers.get("x-amzn-ratelimit-limit"))
            if reply.status == 403 and not token_retried:
                token_retried = True
                log.info("Amazon %s: 403 with a cached token, retrying with a fresh one", operation)
                self._lwa.invalidate(token)
                continue
            if reply.status == 429:
                throttled = self._limiter.throttled(operation)
                throttles += 1
                if throttles > self._throttle_retries or throttled.retry_after > self._limiter.max_wait:
                    raise throttled
                continue
            return self._result(operation, reply, ok)

    async def _send(self, method: str, operation: str, path: str, params: Sequence[tuple[str, str]], token: str,
                    body: Any) -> Reply:
        headers = {"x-amz-access-token": token, "user-agent": USER_AGENT, "accept": "application/json"}
        request: dict[str, Any] = {"params": list(params), "headers": headers}
        if body is not None:
            request["json"] = body
        return await exchange(self._http, method, self._base_url + path, what=f"Amazon {operation}",
                              limit=self._max_body_bytes, timeout=self._timeout,
                              unanswered=Ambiguous if method != "GET" else Unavailable, **request)

    def _result(self, operation: str, reply: Reply, ok: int = 200) -> Any:
        what = f"Amazon {operation}"
        if reply.status == ok:
            body = reply.json() if reply.body.strip() else {}
            if body is None:
                raise Unavailable(f"{what} answered HTTP {ok} with a body that is not JSON{self._ref(reply)}")
            self._limiter.succeeded(operation)
            return body
        said = f"{what}: HTTP {reply.status}{self._error_text(reply)}{self._ref(reply)}"
        if reply.status == 403:
            raise AccessDenied(said)
        if reply.status == 404:
            raise NotFound(said)
        if reply.status in (400, 409, 413, 415, 422):
            raise Rejected(said)
        raise Unavailable(said)

    def _error_text(self, reply: Reply) -> str:
        """' InvalidInput: message' from an SP-API error body, cleaned for a log line."""
        body = reply.json()
        errors = body.get("errors") if isinstance(body, dict) else None
        first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
        code = first.get("code") if isinstance(first.get("code"), str) else ""
        message = first.get("message") if isinstance(first.get("message"), str) else ""
        text = ": ".join(part for part in (code[:40], message[:200]) if part)
        text = "".join(ch for ch in text if ch.isprintable())
        return f" {redact(text, self._lwa.secrets())}" if text else ""

    @staticmethod
    def _ref(reply: Reply) -> str:
        request_id = reply.headers.get("x-amzn-requestid", "")
        return f" (x-amzn-RequestId {request_id[:64]})" if request_id.isprintable() and request_id else ""
