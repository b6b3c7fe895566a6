"""WhatsAppConnector against a relay that misbehaves: broken pages, odd items, HTTP failures."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from desk.connectors.base import AuthFailed, RateLimited, Unavailable
from desk.connectors.whatsapp import WhatsAppConnector, WhatsAppSettings, WindowClosed
from desk.domain.records import OutgoingMessage
from desk.sandbox.serve import serve_in_thread

from .stack import ACCESS_TOKEN, PHONE_NUMBER_ID, RELAY_TOKEN, run, samples


def relay_answering(response: Response):
    async def events(request: Request) -> Response:
        return response

    return serve_in_thread(Starlette(routes=[Route("/events", events)]))


def pull_from(response: Response, cursor=None):
    server = relay_answering(response)
    connector = WhatsAppConnector(1, WhatsAppSettings(PHONE_NUMBER_ID, server.url, graph_url=server.url),
                                  ACCESS_TOKEN, RELAY_TOKEN)

    async def scenario():
        try:
            return await connector.pull(cursor)
        finally:
            await connector.aclose()

    try:
        return run(scenario())
    finally:
        server.stop()


@pytest.mark.parametrize("response", [
    PlainTextResponse("<html>bad gateway</html>"),
    JSONResponse([1, 2]),
    JSONResponse({"events": "none", "next": 0}),
    JSONResponse({"events": []}),
    JSONResponse({"events": [], "next": "7"}),
    JSONResponse({"events": [], "next": 3}),  # behind the cursor asked for
])
def test_an_unreadable_page_is_unavailable(response):
    with pytest.raises(Unavailable, match="unreadable page"):
        pull_from(response, {"relay_cursor": 5})


@pytest.mark.parametrize(("response", "expected"), [
    (PlainTextResponse("no", status_code=401), AuthFailed),
    (PlainTextResponse("no", status_code=403), AuthFailed),
    (PlainTextResponse("slow down", status_code=429, headers={"Retry-After": "12"}), RateLimited),
    (PlainTextResponse("down", status_code=502), Unavailable),
])
def test_relay_failures_map_to_connector_errors(response, expected):
    with pytest.raises(expected) as failure:
        pull_from(response)
    if expected is RateLimited:
        assert failure.value.retry_after == 12.0


def test_broken_items_in_a_page_are_quarantined_and_the_rest_is_kept():
    good = samples("message")["text"]
    page = {"events": [
        "junk",
        {"cursor": 2},
        {"cursor": 3, "payload": {"object": "page"}},
        {"cursor": 4, "payload": good},
    ], "next": 4}
    batch = pull_from(JSONResponse(page))
    assert [m.external_id for m in batch.messages] == ["wamid.xyzxyz"]
    assert [(u.source, u.reason) for u in batch.quarantined] == [
        ("relay page item 0", "not a relay event"),
        ("relay page item 1", "not a relay event"),
        ("relay event 3", "not a WhatsApp Business Account webhook"),
    ]
    assert [json.loads(u.raw) for u in batch.quarantined] == ["junk", {"cursor": 2}, {"object": "page"}]
    assert batch.cursor == {"relay_cursor": 4}


def test_a_batch_keeps_the_furthest_status_of_each_message():
    statuses = samples("message_status")
    page = {"events": [{"cursor": n, "payload": statuses[name]}
                       for n, name in enumerate(["read", "sent", "delivered"], start=1)], "next": 3}
    [update] = pull_from(JSONResponse(page)).deliveries
    assert update.state.value == "read"


def test_an_invalid_cursor_is_a_programming_error():
    with pytest.raises(ValueError):
        pull_from(JSONResponse({"events": [], "next": 0}), {"relay_cursor": "abc"})


def test_the_window_check_uses_the_newest_inbound_message_seen_in_any_spelling():
    now = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
    connector = WhatsAppConnector(1, WhatsAppSettings(PHONE_NUMBER_ID, "http://127.0.0.1:9"), ACCESS_TOKEN,
                                  RELAY_TOKEN, now=lambda: now)
    connector.note_inbound("4915112345678", now - timedelta(hours=30))
    connector.note_inbound("+49 151 12345678", now - timedelta(hours=26))
    assert connector.last_inbound_at("+4915112345678") == now - timedelta(hours=26)

    async def scenario():
        try:
            await connector.send(OutgoingMessage(1, 1, "k", "+49 151 12345678", "hello"))
        finally:
            await connector.aclose()

    with pytest.raises(WindowClosed):
        run(scenario())
    assert RELAY_TOKEN not in repr(connector) and ACCESS_TOKEN not in repr(connector)
