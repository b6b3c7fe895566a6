"""Client-side token buckets mirroring SP-API usage plans, and back-off after 429 QuotaExceeded.

SP-API throttles per operation x seller x application with token buckets and answers 429 without
a Retry-After header, so the wait is computed here from the operation's known rate. Short waits
(a few seconds, e.g. getOrderItems at 0.5 req/s) are slept through; longer ones (getOrders at
one request a minute) raise RateLimited so sync can come back later instead of blocking.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from desk.connectors.base import RateLimited


@dataclass(frozen=True, slots=True)
class UsagePlan:
    rate: float  # requests per second, refill rate of the bucket
    burst: int  # bucket size


# Default usage plans from the operations' descriptions in ordersV0.json and orders_2026-01-01.json.
# Keys are "<api version>.<operationId>": both versions have a getOrder, with separate buckets.
DEFAULT_PLANS: Mapping[str, UsagePlan] = {
    "v0.getOrders": UsagePlan(0.0167, 20),
    "v0.getOrder": UsagePlan(0.5, 30),
    "v0.getOrderItems": UsagePlan(0.5, 30),
    "v0.getOrderBuyerInfo": UsagePlan(0.5, 30),
    "2026-01-01.searchOrders": UsagePlan(0.0056, 20),
    "2026-01-01.getOrder": UsagePlan(0.5, 30),
    # messaging.json: every Messaging API operation 1 request/s, burst 5 (sendInvoice's text names no
    # plan: the API's); the Uploads API (not among the bundled specs) 0.1/5.
    **{f"messaging.{operation}": UsagePlan(1.0, 5) for operation in (
        "getMessagingActionsForOrder", "GetAttributes", "confirmCustomizationDetails", "createConfirmDeliveryDetails",
        "createLegalDisclosure", "createConfirmOrderDetails", "createConfirmServiceDetails", "CreateWarranty",
        "createDigitalAccessKey", "createUnexpectedProblem", "sendInvoice")},
    "uploads.createUploadDestinationForResource": UsagePlan(0.1, 5),
}
UNKNOWN_OPERATION_PLAN = UsagePlan(0.5, 1)


class TokenBucket:
    """`tokens` may go below zero: that is a debt (a 429 told us the server's bucket is empty)."""

    def __init__(self, plan: UsagePlan, now: float) -> None:
        self.rate = plan.rate
        self.burst = plan.burst
        self._tokens = float(plan.burst)
        self._stamp = now

    def tokens(self, now: float) -> float:
        self._refill(now)
        return self._tokens

    def wait_for_one(self, now: float) -> float:
        """Seconds until one token is available (0 when one is available now), rounded up to the ms."""
        self._refill(now)
        return 0.0 if self._tokens >= 1 else math.ceil((1 - self._tokens) / self.rate * 1000) / 1000

    def take(self, now: float) -> None:
        self._refill(now)
        self._tokens -= 1

    def empty_for(self, seconds: float, now: float) -> None:
        """No token for the next `seconds`."""
        self._refill(now)
        self._tokens = min(self._tokens, 1 - seconds * self.rate)

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self._stamp)
        self._tokens = min(float(self.burst), self._tokens + elapsed * self.rate)
        self._stamp = now


class RateLimiter:
    """One bucket per operation. `acquire` before each call; `throttled` on 429; `succeeded` after 2xx."""

    def __init__(self, plans: Mapping[str, UsagePlan] = DEFAULT_PLANS, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
                 rand: Callable[[], float] = random.random,
                 max_wait: float = 5.0, jitter: float = 0.25, max_backoff: float = 900.0) -> None:
        self._plans = dict(plans)
        self._clock = clock
        self._sleep = sleep
        self._rand = rand
        self.max_wait = max_wait
        self._jitter = jitter
        self._max_backoff = max_backoff
        self._buckets: dict[str, TokenBucket] = {}
        self._strikes: dict[str, int] = {}

    def bucket(self, operation: str) -> TokenBucket:
        if operation not in self._buckets:
            plan = self._plans.get(operation, UNKNOWN_OPERATION_PLAN)
            self._buckets[operation] = TokenBucket(plan, self._clock())
        return self._buckets[operation]

    async def acquire(self, operation: str) -> None:
        """Take a token, sleeping up to `max_wait` for it; a longer wait raises RateLimited instead."""
        bucket = self.bucket(operation)
        wait = bucket.wait_for_one(self._clock())
        if wait > self.max_wait:
            raise RateLimited(f"Amazon {operation}: request quota used up, next request in {wait:.0f} s", wait)
        if wait > 0:
            await self._sleep(wait)
        bucket.take(self._clock())

    def throttled(self, operation: str) -> RateLimited:
        """The server said 429: empty the bucket for a back-off derived from the rate; return the error."""
        strikes = self._strikes.get(operation, 0) + 1
        self._strikes[operation] = strikes
        bucket = self.bucket(operation)
        base = min(self._max_backoff, (1 / bucket.rate) * 2 ** (strikes - 1))
        backoff = base * (1 + self._jitter * self._rand())
        bucket.empty_for(backoff, self._clock())
        return RateLimited(f"Amazon {operation}: quota exceeded (429), retry in {backoff:.0f} s", backoff)

    def succeeded(self, operation: str) -> None:
        self._strikes.pop(operation, None)

    def observe_limit(self, operation: str, header: str | None) -> None:
        """Adopt the rate the server reports in x-amzn-RateLimit-Limit (sellers may have higher plans)."""
        if header is None:
            return
        try:
            rate = float(header)
        except ValueError:
            return
        if math.isfinite(rate) and 0 < rate <= 1000:
            bucket = self.bucket(operation)
            bucket.tokens(self._clock())  # settle the refill at the old rate first
            bucket.rate = rate
