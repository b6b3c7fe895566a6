"""Admin API access tokens: a legacy static token, or the client-credentials grant.

Since 2026-01-01 merchants can no longer create custom apps in the Shopify admin; an app from the
Dev Dashboard installed on the merchant's own store gets its token through the client-credentials
grant (`POST https://{shop}/admin/oauth/access_token` with client id and secret), valid about 24 h
(platform-apis.md §2.1). The client id and secret live in the OS keyring; the access token is kept
in memory only and asked for again shortly before it expires, or at once when Shopify refuses it.
Legacy custom-app tokens (`shpat_…`, no expiry) keep working as they are.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Protocol

import httpx

from desk.connectors.base import AuthFailed, RateLimited, Unavailable

REFRESH_MARGIN = 300.0  # seconds before expiry a new token is asked for (half the lifetime if shorter)
DEFAULT_LIFETIME = 86_399.0  # when Shopify gives no expires_in (its documented ~24 h)


class TokenSource(Protocol):
    async def token(self) -> str:
        """A token valid for the next request."""

    def refused(self, token: str) -> bool:
        """Shopify answered 401 to `token`: forget it. True if asking again may help."""

    async def aclose(self) -> None: ...


class StaticToken:
    """A legacy custom-app token: it does not expire, and a refusal is final."""

    def __init__(self, access_token: str):
        self._access_token = access_token

    def __repr__(self) -> str:
        return "StaticToken()"

    async def token(self) -> str:
        return self._access_token

    def refused(self, token: str) -> bool:
        return False

    async def aclose(self) -> None:
        return None


class ClientCredentials:
    """Tokens from the client-credentials grant, renewed REFRESH_MARGIN seconds before they expire."""

    def __init__(self, shop: str, client_id: str, client_secret: str, *, base_url: str | None = None,
                 timeout: float = 30.0, clock: Callable[[], float] = time.monotonic,
                 transport: httpx.AsyncBaseTransport | None = None):
        if not client_id or not client_secret:
            raise ValueError("the client-credentials grant needs a client id and a client secret")
        self.shop = shop
        self.url = f"{(base_url or f'https://{shop}').rstrip('/')}/admin/oauth/access_token"
        self._client_id = client_id
        self._client_secret = client_secret
        self._clock = clock
        self._http = httpx.AsyncClient(timeout=timeout, transport=transport)
        self._access_token: str | None = None
        self._renew_at = 0.0
        self._lock = asyncio.Lock()
        self.granted_scopes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"ClientCredentials(shop={self.shop!r})"

    async def token(self) -> str:
        async with self._lock:
            if self._access_token is None or self._clock() >= self._renew_at:
                await self._grant()
            assert self._access_token is not None
            return self._access_token

    def refused(self, token: str) -> bool:
        if token != self._access_token:
            return True  # already replaced by a newer one
        self._access_token = None
        return True

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _grant(self) -> None:
        form = {"grant_type": "client_credentials", "client_id": self._client_id,
                "client_secret": self._client_secret}
        asked_at = self._clock()
        try:
            response = await self._http.post(self.url, data=form, headers={"Accept": "application/json"})
        except httpx.TimeoutException:
            raise Unavailable(f"Shopify {self.shop} did not answer the token request in time") from None
        except httpx.HTTPError as exc:
            raise Unavailable(f"Shopify {self.shop} unreachable for a token ({type(exc).__name__})") from None
        body = self._decode(response)
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise Unavailable(f"Shopify {self.shop} answered the token request without an access token")
        lifetime = body.get("expires_in")
        lifetime = float(lifetime) if isinstance(lifetime, int | float) and not isinstance(lifetime, bool) \
            else DEFAULT_LIFETIME
        self._access_token = token
        self._renew_at = asked_at + lifetime - min(REFRESH_MARGIN, lifetime / 2)
        scope = body.get("scope")
        self.granted_scopes = tuple(s for s in scope.split(",") if s) if isinstance(scope, str) else ()

    def _decode(self, response: httpx.Response) -> dict:
        status = response.status_code
        if status in (400, 401, 403):
            raise AuthFailed(f"Shopify {self.shop} refused the app's client id or secret (HTTP {status})")
        if status == 429:
            raise RateLimited(f"Shopify {self.shop} throttled the token request", 2.0)
        if status != 200:
            raise Unavailable(f"Shopify {self.shop} answered the token request with HTTP {status}")
        try:
            body = response.json()
        except ValueError:
            raise Unavailable(f"Shopify {self.shop} sent a malformed token answer") from None
        if not isinstance(body, dict):
            raise Unavailable(f"Shopify {self.shop} sent a malformed token answer")
        return body
