"""LwaClient: the refresh-token grant on the wire, caching and renewal, and how LWA's refusals map."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

import httpx
import pytest

from desk.connectors.amazon.lwa import LwaClient, LwaCredentials, redact
from desk.connectors.base import AuthFailed, RateLimited, Unavailable

CREDENTIALS = LwaCredentials("amzn1.application-oa2-client.abc", "cs-secret-value", "Atzr|refresh-secret")
URL = "https://lwa.test/auth/o2/token"


class FakeLwa:
    """An httpx transport answering token requests with a scripted sequence of replies."""

    def __init__(self, *replies: httpx.Response | Exception, lifetime: int = 3600) -> None:
        self.replies = list(replies)
        self.lifetime = lifetime
        self.requests: list[httpx.Request] = []
        self.issued = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.replies:
            reply = self.replies.pop(0)
            if isinstance(reply, Exception):
                raise reply
            return reply
        self.issued += 1
        return httpx.Response(200, json={"access_token": f"Atza|token-{self.issued}", "token_type": "bearer",
                                         "expires_in": self.lifetime})


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _run(fake: FakeLwa, scenario, clock: Clock | None = None):
    async def main():
        async with httpx.AsyncClient(transport=httpx.MockTransport(fake)) as http:
            lwa = LwaClient(CREDENTIALS, http, token_url=URL, clock=clock or Clock())
            return await scenario(lwa)
    return asyncio.run(main())


def test_refresh_token_grant_is_form_encoded():
    fake = FakeLwa()
    token = _run(fake, lambda lwa: lwa.access_token())
    assert token == "Atza|token-1"
    (request,) = fake.requests
    assert (request.method, str(request.url)) == ("POST", URL)
    assert request.headers["content-type"] == "application/x-www-form-urlencoded;charset=UTF-8"
    assert parse_qs(request.content.decode()) == {
        "grant_type": ["refresh_token"], "refresh_token": ["Atzr|refresh-secret"],
        "client_id": ["amzn1.application-oa2-client.abc"], "client_secret": ["cs-secret-value"]}


def test_token_is_cached_until_a_minute_before_expiry():
    fake, clock = FakeLwa(), Clock()

    async def scenario(lwa):
        seen = [await lwa.access_token()]
        clock.now = 3600 - 61
        seen.append(await lwa.access_token())
        clock.now = 3600 - 60
        seen.append(await lwa.access_token())
        return seen

    assert _run(fake, scenario, clock) == ["Atza|token-1", "Atza|token-1", "Atza|token-2"]


def test_short_lived_tokens_are_renewed_at_half_their_life():
    fake, clock = FakeLwa(lifetime=30), Clock()

    async def scenario(lwa):
        first = await lwa.access_token()
        clock.now = 14.9
        second = await lwa.access_token()
        clock.now = 15
        return first, second, await lwa.access_token()

    assert _run(fake, scenario, clock) == ("Atza|token-1", "Atza|token-1", "Atza|token-2")


def test_concurrent_callers_share_one_request():
    fake = FakeLwa()

    async def scenario(lwa):
        return await asyncio.gather(*(lwa.access_token() for _ in range(5)))

    assert _run(fake, scenario) == ["Atza|token-1"] * 5
    assert len(fake.requests) == 1


def test_invalidate_only_drops_the_token_it_names():
    fake = FakeLwa()

    async def scenario(lwa):
        stale = await lwa.access_token()
        lwa.invalidate(stale)
        fresh = await lwa.access_token()
        lwa.invalidate(stale)  # a late 403 from a request that used the old token
        return stale, fresh, await lwa.access_token()

    assert _run(fake, scenario) == ("Atza|token-1", "Atza|token-2", "Atza|token-2")


@pytest.mark.parametrize(("status", "error", "expected"), [
    (400, "invalid_grant", AuthFailed),
    (401, "invalid_client", AuthFailed),
    (400, "unauthorized_client", AuthFailed),
    (400, "access_denied", AuthFailed),
    (500, "server_error", Unavailable),
    (503, "temporarily_unavailable", Unavailable),
    (400, "temporarily_unavailable", Unavailable),
    (502, None, Unavailable),
    (404, None, Unavailable),
])
def test_refusals_map_to_connector_errors(status, error, expected):
    body = {"error": error, "error_description": "echo Atzr|refresh-secret"} if error else {}
    fake = FakeLwa(httpx.Response(status, json=body))
    with pytest.raises(expected) as raised:
        _run(fake, lambda lwa: lwa.access_token())
    assert f"HTTP {status}" in str(raised.value)
    if error:
        assert error in str(raised.value)
    assert "secret" not in str(raised.value)


def test_throttled_token_requests_carry_retry_after():
    fake = FakeLwa(httpx.Response(429, headers={"Retry-After": "7"}, json={}))
    with pytest.raises(RateLimited) as raised:
        _run(fake, lambda lwa: lwa.access_token())
    assert raised.value.retry_after == 7


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"),
                                     httpx.RemoteProtocolError("cut")])
def test_network_failures_are_unavailable(failure):
    with pytest.raises(Unavailable, match="Login with Amazon"):
        _run(FakeLwa(failure), lambda lwa: lwa.access_token())


@pytest.mark.parametrize("reply", [
    httpx.Response(200, content=b'{"access_token": "Atza|x", "expi'),
    httpx.Response(200, json=["access_token"]),
    httpx.Response(200, json={"token_type": "bearer", "expires_in": 3600}),
    httpx.Response(200, json={"access_token": 17, "expires_in": 3600}),
    httpx.Response(200, json={"access_token": "Atza|x", "expires_in": "soon"}),
    httpx.Response(200, json={"access_token": "Atza|x", "expires_in": -5}),
    httpx.Response(200, json={"access_token": "Atza|x", "expires_in": True}),
    httpx.Response(200, content=b"x" * (200 * 1024)),
])
def test_malformed_success_answers_are_unavailable(reply):
    with pytest.raises(Unavailable):
        _run(FakeLwa(reply), lambda lwa: lwa.access_token())


def test_a_recovered_endpoint_is_asked_again():
    fake = FakeLwa(httpx.Response(503, json={"error": "temporarily_unavailable"}))

    async def scenario(lwa):
        with pytest.raises(Unavailable):
            await lwa.access_token()
        return await lwa.access_token()

    assert _run(fake, scenario) == "Atza|token-1"


def test_secrets_are_kept_out_of_reprs_and_redacted_from_text():
    fake = FakeLwa()

    async def scenario(lwa):
        token = await lwa.access_token()
        return token, repr(lwa), lwa.secrets()

    token, shown, secrets = _run(fake, scenario)
    for text in (shown, repr(CREDENTIALS), str(CREDENTIALS)):
        assert "secret" not in text and token not in text
    assert set(secrets) == {"cs-secret-value", "Atzr|refresh-secret", token}
    assert redact(f"bad {token} and cs-secret-value", secrets) == "bad [redacted] and [redacted]"
    assert CREDENTIALS.client_id in shown  # the non-secret id stays visible for support
