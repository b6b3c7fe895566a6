"""Every provider call has a timeout (deep-translator's too) and Retry-After is honoured (issue 10)."""

from __future__ import annotations

import time

import pytest

from desk.retry_after import retry_after_seconds
from desk.translation.model import TranslationError, TranslationState
from tests.unit.desk.translation.test_providers import failure, provider, build  # noqa: F401 - fixtures


@pytest.mark.parametrize("name", ["google", "mymemory"])
def test_a_deep_translator_call_that_gets_no_answer_times_out(fake, provider, name):  # noqa: F811
    fake.queue(name, "hang")
    start = time.monotonic()
    error = failure(lambda: provider(name, timeout=0.3).translate(["hello"], "en", "de"))
    assert time.monotonic() - start < 5  # the fake would hang for 10 s
    assert (error.state, error.transient) == (TranslationState.OFFLINE, True)
    fake.release()


@pytest.mark.parametrize("name", ["deepl", "microsoft", "libre", "google", "mymemory"])
def test_a_429_says_how_long_the_provider_asked_to_wait(fake, provider, name):  # noqa: F811
    fake.queue(name, 429)
    fake.retry_after[name] = "7"
    error = failure(lambda: provider(name).translate(["hello"], "en", "de"))
    assert (error.state, error.retry_after) == (TranslationState.QUOTA, 7.0)


def test_the_service_waits_what_the_provider_asks_before_retrying(fake, make_service, aio_loop):
    fake.queue("deepl", 429)
    fake.retry_after["deepl"] = "0.6"
    service = make_service("deepl")
    result = aio_loop.run_until_complete(service.translate("hello", "en", "de"))
    assert result.ok and result.provider == "deepl"
    first, second = [r.at for r in fake.requests if r.provider == "deepl"]
    assert second - first >= 0.55  # Qt's coarse timers (under qasync) may fire up to 5 % early


def test_a_provider_asking_for_a_long_wait_is_left_for_the_next_one(fake, make_service, aio_loop):
    fake.queue("deepl", 429)
    fake.retry_after["deepl"] = "3600"
    service = make_service("deepl", "libre")
    result = aio_loop.run_until_complete(service.translate("hello", "en", "de"))
    assert result.ok and result.provider == "libre"
    assert fake.count("deepl") == 1


@pytest.mark.parametrize(("header", "seconds"), [
    ("7", 7.0), (" 0 ", 0.0), ("1.5", 1.5), ("-3", None), ("nan", None), ("soon", None), (None, None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # in the past: now
])
def test_retry_after_values(header, seconds):
    assert retry_after_seconds(header) == seconds
