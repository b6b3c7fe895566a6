"""An async client for the Shopify Admin GraphQL API with cost-based throttling.

Shopify meters GraphQL by calculated query cost in a leaky bucket per app and store; every
response reports `extensions.cost.throttleStatus`. The client remembers the last status and the
requested cost of each query it has sent, and before sending a query again it waits (through the
injected `sleep`) until the bucket should hold enough points. A THROTTLED answer (HTTP 200 body
or 429) becomes RateLimited with the wait Shopify's numbers imply.

Every response names the version that answered it in `X-Shopify-API-Version`. A request for a
version Shopify no longer supports is not refused: the oldest supported version answers instead,
silently. The client compares the header with the version it asked for and keeps the difference
in `version_mismatch`, which sync records on the account.

The access token (a legacy static token, or one from the client-credentials grant, see auth.py)
only ever travels in the request header: it is not kept in repr(), log lines or exception
messages, and transport exceptions are re-raised without their chained httpx error (whose request
carries the header). A granted token Shopify refuses is asked for again once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from desk.connectors.base import AuthFailed, RateLimited, Rejected, Unavailable
from desk.connectors.shopify.auth import StaticToken, TokenSource

log = logging.getLogger(__name__)

# The newest stable Admin API version whose published schema Desk validates against
# (desk/sandbox/specs/shopify/, SOURCES.md); Shopify supports each version for about a year.
API_VERSION = "2026-10"
DEFAULT_API_VERSION = API_VERSION
VERSION_HEADER = "X-Shopify-API-Version"
DEFAULT_RETRY_AFTER = 1.0  # seconds, when Shopify says "throttled" without numbers
WAIT_MARGIN = 0.01  # seconds on top of a computed wait, so float rounding never leaves the bucket 1e-9 short
MAX_ERROR_TEXT = 500

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class ThrottleStatus:
    """Shopify's bucket as last reported, and when (on the client's clock)."""

    maximum: float
    available: float
    restore_rate: float
    observed_at: float

    def available_at(self, now: float) -> float:
        restored = self.available + max(0.0, now - self.observed_at) * self.restore_rate
        return min(self.maximum, restored)

    def wait_for(self, cost: float, now: float) -> float:
        """Seconds until the bucket should hold `cost` points (0 if it already does)."""
        missing = cost - self.available_at(now)
        if missing <= 0:
            return 0.0
        if self.restore_rate <= 0:
            return math.inf
        return missing / self.restore_rate


class ShopifyAdmin:
    """POSTs GraphQL documents to one shop's Admin API and returns `data`."""

    def __init__(
        self,
        shop: str,
        access_token: str | TokenSource,
        *,
        api_version: str = DEFAULT_API_VERSION,
        base_url: str | None = None,
        timeout: float = 30.0,
        max_wait: float = 30.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """`shop` is the store's domain ("example.myshopify.com"); `base_url` overrides
        "https://{shop}" (a sandbox). Waits longer than `max_wait` raise RateLimited instead."""
        if not shop or "/" in shop or ":" in shop:
            raise ValueError("shop must be a bare domain such as example.myshopify.com")
        self.shop = shop
        self.api_version = api_version
        self.endpoint = f"{(base_url or f'https://{shop}').rstrip('/')}/admin/api/{api_version}/graphql.json"
        self.max_wait = max_wait
        self.throttle: ThrottleStatus | None = None
        self.last_requested_cost: float | None = None
        self.last_actual_cost: float | None = None
        self.served_version: str | None = None  # X-Shopify-API-Version of the last answer
        self._tokens: TokenSource = StaticToken(access_token) if isinstance(access_token, str) else access_token
        self._clock = clock
        self._sleep = sleep
        self._known_costs: dict[tuple[str, tuple[tuple[str, int], ...]], float] = {}
        self._http = httpx.AsyncClient(timeout=timeout, transport=transport)

    def __repr__(self) -> str:
        return f"ShopifyAdmin(shop={self.shop!r}, api_version={self.api_version!r})"

    async def __aenter__(self) -> ShopifyAdmin:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()
        await self._tokens.aclose()

    @property
    def version_mismatch(self) -> tuple[str, str] | None:
        """(asked, served) when Shopify answered with another version than the one asked for."""
        if self.served_version and self.served_version != self.api_version:
            return self.api_version, self.served_version
        return None

    async def query(
        self, document: str, variables: Mapping[str, Any] | None = None, *, operation_name: str | None = None
    ) -> dict[str, Any]:
        """Run one query and return its `data`. Raises AuthFailed, RateLimited, Unavailable, Rejected."""
        key = _cost_key(document, variables)
        await self._wait_for_capacity(self._known_costs.get(key))
        payload: dict[str, Any] = {"query": document, "variables": dict(variables or {})}
        if operation_name:
            payload["operationName"] = operation_name
        response = await self._post(payload)
        body = self._decode(response)
        self._observe_cost(body, key)
        return self._data_or_raise(body)

    async def _wait_for_capacity(self, cost: float | None) -> None:
        if cost is None or self.throttle is None:
            return
        if cost > self.throttle.maximum:
            raise Rejected(f"Shopify {self.shop}: query cost {cost:g} exceeds the bucket of {self.throttle.maximum:g}")
        wait = _with_margin(self.throttle.wait_for(cost, self._clock()))
        if not math.isfinite(wait):
            return  # a bucket that never restores: let Shopify answer for itself
        if wait > self.max_wait:
            raise RateLimited(f"Shopify {self.shop}: bucket needs {wait:.1f} s to hold {cost:g} points", wait)
        if wait > 0:
            log.debug("Shopify %s: waiting %.2f s for %g query points", self.shop, wait, cost)
            await self._sleep(wait)

    async def _post(self, payload: dict[str, Any]) -> httpx.Response:
        token = await self._tokens.token()
        response = await self._post_with(token, payload)
        if response.status_code == 401 and self._tokens.refused(token):
            response = await self._post_with(await self._tokens.token(), payload)
        return response

    async def _post_with(self, token: str, payload: dict[str, Any]) -> httpx.Response:
        headers = {
            "X-Shopify-Access-Token": token,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        try:
            return await self._http.post(self.endpoint, json=payload, headers=headers)
        except httpx.TimeoutException:
            raise Unavailable(f"Shopify {self.shop} did not answer in time") from None
        except httpx.HTTPError as exc:
            raise Unavailable(f"Shopify {self.shop} unreachable ({type(exc).__name__})") from None

    def _decode(self, response: httpx.Response) -> dict[str, Any]:
        status = response.status_code
        if status == 401:
            raise AuthFailed(f"Shopify {self.shop} refused the access token (401)")
        if status == 403:
            raise AuthFailed(f"Shopify {self.shop} refused access (403): the app lacks a required scope")
        if status == 429:
            raise RateLimited(f"Shopify {self.shop} throttled the request (429)", self._retry_after(response))
        if status >= 500 or status in (402, 423):
            raise Unavailable(f"Shopify {self.shop} answered HTTP {status}")
        if status == 404:
            raise Rejected(f"Shopify {self.shop} has no Admin API {self.api_version} (404)")
        if status >= 400:
            raise Rejected(f"Shopify {self.shop} answered HTTP {status}")
        if status != 200:
            raise Unavailable(f"Shopify {self.shop} answered unexpected HTTP {status}")
        self._observe_version(response.headers.get(VERSION_HEADER))
        if response.headers.get("X-Shopify-API-Deprecated-Reason"):
            log.debug("Shopify %s: query uses deprecated fields (%s)", self.shop, self.api_version)
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            raise Unavailable(f"Shopify {self.shop} sent a malformed JSON body") from None
        if not isinstance(body, dict):
            raise Unavailable(f"Shopify {self.shop} sent a body that is not a JSON object")
        return body

    def _observe_version(self, served: str | None) -> None:
        if not served or served == self.served_version:
            return
        self.served_version = served
        if served != self.api_version:
            log.warning("Shopify %s answered with Admin API %s although %s was asked for", self.shop, served,
                        self.api_version)

    def _retry_after(self, response: httpx.Response) -> float:
        header = response.headers.get("Retry-After", "")
        try:
            seconds = float(header)
        except ValueError:
            seconds = -1.0
        if math.isfinite(seconds) and seconds >= 0:
            return seconds
        return self._wait_from_body(response)

    def _wait_from_body(self, response: httpx.Response) -> float:
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            return DEFAULT_RETRY_AFTER
        if isinstance(body, dict):
            self._observe_cost(body, None)
            return self._throttled_wait(body)
        return DEFAULT_RETRY_AFTER

    def _observe_cost(self, body: dict[str, Any], key: tuple | None) -> None:
        cost = _mapping(_mapping(body.get("extensions")).get("cost"))
        requested = _number(cost.get("requestedQueryCost"))
        self.last_requested_cost = requested
        self.last_actual_cost = _number(cost.get("actualQueryCost"))
        if requested is not None and key is not None:
            self._known_costs[key] = requested
        status = _mapping(cost.get("throttleStatus"))
        maximum = _number(status.get("maximumAvailable"))
        available = _number(status.get("currentlyAvailable"))
        restore_rate = _number(status.get("restoreRate"))
        if maximum is not None and available is not None and restore_rate is not None:
            self.throttle = ThrottleStatus(maximum, available, restore_rate, self._clock())

    def _throttled_wait(self, body: dict[str, Any]) -> float:
        requested = _number(_mapping(_mapping(body.get("extensions")).get("cost")).get("requestedQueryCost"))
        if requested is None or self.throttle is None:
            return DEFAULT_RETRY_AFTER
        wait = _with_margin(self.throttle.wait_for(requested, self._clock()))
        return wait if math.isfinite(wait) else DEFAULT_RETRY_AFTER

    def _data_or_raise(self, body: dict[str, Any]) -> dict[str, Any]:
        errors = body.get("errors")
        data = body.get("data")
        if errors:
            self._raise_for_errors(errors, has_data=isinstance(data, dict), body=body)
        if not isinstance(data, dict):
            raise Unavailable(f"Shopify {self.shop} sent a response without data")
        return data

    def _raise_for_errors(self, errors: Any, *, has_data: bool, body: dict[str, Any]) -> None:
        if not isinstance(errors, list):
            raise Rejected(f"Shopify {self.shop}: {_clip(str(errors))}")
        codes = {_error_code(error) for error in errors}
        text = _clip("; ".join(_error_message(error) for error in errors))
        if "THROTTLED" in codes:
            raise RateLimited(f"Shopify {self.shop} throttled the query", self._throttled_wait(body))
        if "ACCESS_DENIED" in codes:
            raise AuthFailed(f"Shopify {self.shop} denied access: {text}")
        if "INTERNAL_SERVER_ERROR" in codes:
            raise Unavailable(f"Shopify {self.shop} failed internally: {text}")
        if not has_data:
            raise Rejected(f"Shopify {self.shop} rejected the query: {text}")
        # Partial success (e.g. protected customer data redacted): keep the data.
        log.warning("Shopify %s answered with errors beside data: %s", self.shop, text)


def _cost_key(document: str, variables: Mapping[str, Any] | None) -> tuple[str, tuple[tuple[str, int], ...]]:
    """Requested cost depends on the document and its page sizes, not on cursors or search text."""
    sizes = tuple(sorted((name, value) for name, value in (variables or {}).items()
                         if isinstance(value, int) and not isinstance(value, bool)))
    return document, sizes


def _with_margin(wait: float) -> float:
    return wait + WAIT_MARGIN if wait > 0 else 0.0


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _error_code(error: Any) -> str | None:
    code = _mapping(_mapping(error).get("extensions")).get("code")
    return code if isinstance(code, str) else None


def _error_message(error: Any) -> str:
    message = _mapping(error).get("message")
    return message if isinstance(message, str) else "unknown error"


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ERROR_TEXT else text[: MAX_ERROR_TEXT - 1] + "…"
