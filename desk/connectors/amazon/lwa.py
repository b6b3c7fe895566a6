"""Login with Amazon: exchange the seller's refresh token for short-lived SP-API access tokens."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

import httpx

from desk.connectors.amazon.regions import LWA_TOKEN_URL
from desk.connectors.amazon.wire import Reply, exchange
from desk.connectors.base import AuthFailed, RateLimited, Unavailable

log = logging.getLogger("desk.connectors.amazon.lwa")

REFUSALS = frozenset({"invalid_grant", "invalid_client", "unauthorized_client", "access_denied", "invalid_scope",
                      "invalid_request"})
TRANSIENT = frozenset({"server_error", "temporarily_unavailable"})
MAX_TOKEN_RESPONSE_BYTES = 64 * 1024
DEFAULT_LIFETIME = 3600.0  # LWA access tokens live 60 minutes
WHAT = "Login with Amazon"


@dataclass(frozen=True)
class LwaCredentials:
    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)

    def secrets(self) -> tuple[str, ...]:
        return (self.client_secret, self.refresh_token)


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with every known secret value cut out: a last line of defence for server-supplied text."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    return text


class LwaClient:
    """Caches one access token and renews it shortly before it expires; safe for concurrent callers."""

    def __init__(self, credentials: LwaCredentials, http: httpx.AsyncClient, *, token_url: str = LWA_TOKEN_URL,
                 clock: Callable[[], float] = time.monotonic, renew_margin: float = 60.0,
                 timeout: float = 30.0) -> None:
        self._credentials = credentials
        self._http = http
        self._token_url = token_url
        self._clock = clock
        self._renew_margin = renew_margin
        self._timeout = timeout
        self._token: str | None = None
        self._fresh_until = 0.0
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"LwaClient(client_id={self._credentials.client_id!r}, token_url={self._token_url!r})"

    def secrets(self) -> tuple[str, ...]:
        """Values that must never leave the process in a message (credentials and the cached token)."""
        return (*self._credentials.secrets(), *((self._token,) if self._token else ()))

    async def access_token(self) -> str:
        async with self._lock:
            if self._token is None or self._clock() >= self._fresh_until:
                await self._renew()
            assert self._token is not None
            return self._token

    def invalidate(self, token: str | None = None) -> None:
        """Forget the cached token (SP-API answered 403). With `token`, only if it is still the cached
        one, so a caller holding a stale token does not throw away a fresh one."""
        if token is None or token == self._token:
            self._token = None

    async def _renew(self) -> None:
        started = self._clock()
        token, lifetime = self._parse(await self._post())
        # Renew `renew_margin` early, but never more than half the lifetime (short-lived test tokens).
        self._token = token
        self._fresh_until = started + lifetime - min(self._renew_margin, lifetime / 2)
        log.info("LWA access token obtained for %s, valid %.0f s", self._credentials.client_id, lifetime)

    async def _post(self) -> Reply:
        form = urlencode({
            "grant_type": "refresh_token",
            "refresh_token": self._credentials.refresh_token,
            "client_id": self._credentials.client_id,
            "client_secret": self._credentials.client_secret,
        })
        headers = {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", "Accept": "application/json"}
        return await exchange(self._http, "POST", self._token_url, what=WHAT, limit=MAX_TOKEN_RESPONSE_BYTES,
                              timeout=self._timeout, content=form.encode(), headers=headers)

    def _parse(self, reply: Reply) -> tuple[str, float]:
        body = reply.json()
        if reply.status != 200:
            raise _refusal(reply, body.get("error") if isinstance(body, dict) else None)
        if not isinstance(body, dict):
            raise Unavailable(f"{WHAT} answered HTTP 200 with a body that is not a JSON object")
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise Unavailable(f"{WHAT} answered HTTP 200 without an access token")
        return token, _lifetime(body.get("expires_in", DEFAULT_LIFETIME))


def _refusal(reply: Reply, code: object) -> Exception:
    known = code if isinstance(code, str) and code in REFUSALS | TRANSIENT else None
    said = f"{WHAT} refused the token request: HTTP {reply.status}" + (f" {known}" if known else "")
    if known in TRANSIENT or reply.status >= 500:
        return Unavailable(said)
    if reply.status == 429:
        return RateLimited(said, _retry_after(reply.headers.get("retry-after"), default=5.0))
    if known in REFUSALS or reply.status in (400, 401, 403):
        return AuthFailed(said)
    return Unavailable(said)


def _lifetime(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise Unavailable(f"{WHAT} answered with an unreadable expires_in")
    try:
        seconds = float(value)
    except ValueError:
        raise Unavailable(f"{WHAT} answered with an unreadable expires_in") from None
    if not 0 < seconds < 10 * 24 * 3600:
        raise Unavailable(f"{WHAT} answered with an implausible expires_in")
    return seconds


def _retry_after(value: str | None, default: float) -> float:
    try:
        seconds = float(value) if value is not None else default
    except ValueError:
        return default
    return seconds if 0 <= seconds <= 3600 else default
