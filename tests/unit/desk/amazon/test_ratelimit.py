"""Token-bucket arithmetic and 429 back-off on a fake clock."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.connectors.amazon.ratelimit import DEFAULT_PLANS, RateLimiter, TokenBucket, UsagePlan
from desk.connectors.base import RateLimited
from desk.sandbox.amazon import OPERATIONS


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _limiter(clock: Clock, rand: float = 0.0, **options) -> RateLimiter:
    return RateLimiter(clock=clock, sleep=clock.sleep, rand=lambda: rand, **options)


def test_default_plans_are_the_documented_ones():
    documented = {op.key: UsagePlan(*op.usage_plan()) for op in OPERATIONS}
    # The Uploads API's model is not among the bundled specs; its plan is checked by hand.
    assert {k: v for k, v in DEFAULT_PLANS.items() if not k.startswith("uploads.")} == documented
    assert DEFAULT_PLANS["v0.getOrders"] == UsagePlan(0.0167, 20)
    assert DEFAULT_PLANS["2026-01-01.searchOrders"] == UsagePlan(0.0056, 20)


def test_bucket_starts_full_and_refills_at_the_rate():
    bucket = TokenBucket(UsagePlan(0.5, 30), now=0)
    for _ in range(30):
        assert bucket.wait_for_one(0) == 0
        bucket.take(0)
    assert bucket.wait_for_one(0) == pytest.approx(2.0)
    assert bucket.wait_for_one(1.5) == pytest.approx(0.5)
    assert bucket.tokens(1000) == 30  # never above the burst


def test_get_orders_burst_then_one_request_a_minute():
    clock = Clock()

    async def scenario():
        limiter = _limiter(clock)
        for _ in range(20):
            await limiter.acquire("v0.getOrders")
        with pytest.raises(RateLimited) as raised:
            await limiter.acquire("v0.getOrders")
        return raised.value.retry_after

    assert asyncio.run(scenario()) == pytest.approx(1 / 0.0167, abs=0.001)
    assert clock.slept == []  # a minute is not slept through inside a call


def test_short_waits_are_slept_through():
    clock = Clock()

    async def scenario():
        limiter = _limiter(clock)
        for _ in range(33):
            await limiter.acquire("v0.getOrderItems")

    asyncio.run(scenario())
    assert clock.slept == pytest.approx([2.0, 2.0, 2.0])


@pytest.mark.parametrize(("rand", "expected"), [(0.0, 60), (1.0, 75), (0.5, 67.5)])
def test_429_back_off_is_one_refill_interval_with_jitter(rand, expected):
    clock = Clock()
    limiter = _limiter(clock, rand, jitter=0.25)
    limiter.bucket("op").rate = 1 / 60
    assert limiter.throttled("op").retry_after == pytest.approx(expected)


def test_repeated_429s_double_the_back_off_up_to_a_cap_and_success_resets():
    clock = Clock()
    limiter = _limiter(clock, max_backoff=900)
    waits = [limiter.throttled("v0.getOrderItems").retry_after for _ in range(12)]
    assert waits[:4] == pytest.approx([2, 4, 8, 16])
    assert max(waits) == 900
    limiter.succeeded("v0.getOrderItems")
    assert limiter.throttled("v0.getOrderItems").retry_after == pytest.approx(2)


def test_after_a_429_the_bucket_stays_empty_for_the_back_off():
    clock = Clock()

    async def scenario():
        limiter = _limiter(clock)
        back_off = limiter.throttled("v0.getOrders").retry_after
        clock.now += back_off / 2
        with pytest.raises(RateLimited) as raised:
            await limiter.acquire("v0.getOrders")
        assert raised.value.retry_after == pytest.approx(back_off / 2, abs=0.002)
        clock.now += back_off / 2
        await limiter.acquire("v0.getOrders")

    asyncio.run(scenario())


def test_rate_reported_by_the_server_is_adopted():
    clock = Clock()
    limiter = _limiter(clock)
    for value in (None, "fast", "nan", "-1", "0"):
        limiter.observe_limit("v0.getOrders", value)
    assert limiter.bucket("v0.getOrders").rate == 0.0167
    limiter.observe_limit("v0.getOrders", "0.5")
    assert limiter.bucket("v0.getOrders").rate == 0.5
    assert limiter.throttled("v0.getOrders").retry_after == pytest.approx(2)


def test_unknown_operations_get_a_cautious_plan():
    clock = Clock()

    async def scenario():
        limiter = _limiter(clock, max_wait=0)
        await limiter.acquire("v1.somethingNew")
        with pytest.raises(RateLimited):
            await limiter.acquire("v1.somethingNew")

    asyncio.run(scenario())


@settings(max_examples=200, deadline=None)
@given(rate=st.floats(0.001, 50), burst=st.integers(1, 50),
       steps=st.lists(st.tuples(st.floats(0, 100), st.booleans()), max_size=60))
def test_a_bucket_never_grants_more_than_burst_plus_refill(rate, burst, steps):
    bucket = TokenBucket(UsagePlan(rate, burst), now=0)
    now, granted = 0.0, 0
    for pause, want in steps:
        now += pause
        if want and bucket.wait_for_one(now) == 0:
            bucket.take(now)
            granted += 1
        assert bucket.tokens(now) <= burst
    assert granted <= burst + rate * now + 1e-6
