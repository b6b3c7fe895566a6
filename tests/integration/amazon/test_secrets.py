"""No refresh token, client secret or access token in any error message, repr or log line."""

from __future__ import annotations

import asyncio
import logging
import traceback
from datetime import timedelta

from desk.connectors.base import ConnectorError
from desk.sandbox.amazon import DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN

from .support import CREDENTIALS, make_client, order_ids, seed


def _everything_that_can_go_wrong(sandbox) -> list:
    """(label, knob) pairs; each knob makes the next pull fail in its own way."""
    search = "v0.getOrders"
    return [
        ("500", lambda: sandbox.fail_next(500, operation=search)),
        ("503 from LWA", lambda: (sandbox.expire_access_tokens(), sandbox.fail_next(503, operation="lwa"))),
        ("403 twice", lambda: sandbox.fail_next(403, times=2, operation=search)),
        ("429", lambda: sandbox.throttle_next(operation=search)),
        ("truncated", lambda: sandbox.truncate_next(operation=search)),
        ("wrong types", lambda: sandbox.wrong_types_next(operation=search)),
        ("truncated LWA answer", lambda: (sandbox.expire_access_tokens(), sandbox.truncate_next(operation="lwa"))),
        ("huge", lambda: sandbox.huge_next(2 * 1024 * 1024, operation=search)),
        ("revoked", lambda: (sandbox.expire_access_tokens(), sandbox.revoke(DEFAULT_REFRESH_TOKEN))),
    ]


def test_secrets_stay_out_of_errors_reprs_and_logs(clock, start_sandbox, caplog):
    caplog.set_level(logging.DEBUG)  # httpx and httpcore included
    orders = [seed(order_id, clock.now() - timedelta(hours=5 - n)) for n, order_id in enumerate(order_ids(3))]
    sandbox, url = start_sandbox(orders)
    texts: list[str] = []

    async def scenario():
        async with make_client(url, clock, version="v0", max_body_bytes=1024 * 1024) as client:
            texts.extend([repr(client), repr(client._lwa), repr(CREDENTIALS), str(client.settings)])
            await client.pull(None)  # a good run first, so tokens exist to leak
            for label, knob in _everything_that_can_go_wrong(sandbox):
                knob()
                clock.advance(3600)
                try:
                    await client.pull(None)
                except ConnectorError as error:
                    texts.extend([label, str(error), repr(error), "".join(traceback.format_exception(error))])
                else:
                    raise AssertionError(f"{label}: the pull should have failed")

    asyncio.run(scenario())
    texts += [record.getMessage() for record in caplog.records] + [caplog.text]
    secrets = [DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN, *sandbox.access_tokens]
    assert len(secrets) >= 4  # several access tokens were issued along the way
    leaks = [(secret[:8], text[:120]) for secret in secrets for text in texts if secret in text]
    assert leaks == []
    assert any("HTTP Request" in t for t in texts)  # the log capture did see httpx's lines
    assert len([t for t in texts if "Amazon" in t or "Login with Amazon" in t]) >= 9
