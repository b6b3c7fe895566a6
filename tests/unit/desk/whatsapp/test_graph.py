"""The Graph client: Meta's error codes -> connector errors, wire failures, media, secret hygiene."""

from __future__ import annotations

import logging

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from desk.connectors.base import Ambiguous, AuthFailed, RateLimited, Rejected, Unavailable
from desk.connectors.whatsapp.graph import (
    GraphClient,
    RecipientRateLimited,
    callback_data_for,
    error_for,
    recipient_fields,
)
from desk.connectors.whatsapp.window import WindowClosed
from desk.sandbox.serve import free_port, serve_in_thread

from .stack import ACCESS_TOKEN, run


def graph_body(code: int, message: str = "boom", **extra) -> dict:
    return {"error": {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "Ab1", **extra}}


@pytest.mark.parametrize(("status", "code", "expected"), [
    (401, 190, AuthFailed),
    (400, 0, AuthFailed),
    (403, 10, AuthFailed),
    (403, 200, AuthFailed),
    (400, 368, AuthFailed),
    (400, 131031, AuthFailed),
    (400, 130497, Rejected),
    (429, 4, RateLimited),
    (400, 80007, RateLimited),
    (400, 130429, RateLimited),
    (400, 131056, RecipientRateLimited),
    (400, 131047, WindowClosed),
    (400, 131026, Rejected),
    (400, 131048, Rejected),
    (400, 131008, Rejected),
    (400, 132001, Rejected),
    (400, 131000, Unavailable),
    (500, 2, Unavailable),
    (503, 999999, Unavailable),
])
def test_meta_error_codes_decide_the_connector_error(status, code, expected):
    assert type(error_for(status, graph_body(code))) is expected


def test_the_http_status_does_not_override_the_code():
    assert type(error_for(400, graph_body(4))) is RateLimited
    assert type(error_for(500, graph_body(190))) is AuthFailed
    assert type(error_for(429, graph_body(131026))) is Rejected


@pytest.mark.parametrize(("code", "retry_after"), [(4, 60.0), (80007, 60.0), (130429, 1.0), (131056, 6.0)])
def test_rate_limits_carry_a_backoff(code, retry_after):
    assert error_for(400, graph_body(code)).retry_after == retry_after
    assert error_for(400, graph_body(code), retry_after_header="17").retry_after == 17.0


def test_window_and_rejection_reasons_are_readable():
    assert "outside the 24-hour window" in str(error_for(400, graph_body(131047)))
    undeliverable = error_for(400, graph_body(131026, error_data={"details": "Recipient is not on WhatsApp"}))
    assert "Recipient is not on WhatsApp" in str(undeliverable) and "131026" in str(undeliverable)


def test_a_transient_error_is_unavailable_whatever_its_code():
    assert type(error_for(400, graph_body(131999, is_transient=True))) is Unavailable


@pytest.mark.parametrize(("status", "expected"), [(401, AuthFailed), (429, RateLimited), (502, Unavailable),
                                                  (404, Unavailable)])
def test_a_body_without_a_graph_error_falls_back_to_the_status(status, expected):
    assert type(error_for(status, "<html>proxy error</html>")) is expected


def test_recipients_are_digits_or_business_scoped_ids():
    assert recipient_fields("+49 151 1234-5678") == {"to": "4915112345678"}
    assert recipient_fields("US.13491208655302741918") == {"recipient": "US.13491208655302741918"}
    with pytest.raises(Rejected):
        recipient_fields("nobody")


def test_long_idempotency_keys_fit_metas_callback_limit():
    assert callback_data_for("outbox-42") == "outbox-42"
    long = callback_data_for("k" * 600)
    assert len(long) <= 512 and long == callback_data_for("k" * 600) != callback_data_for("k" * 601)


def test_the_api_version_is_checked():
    with pytest.raises(ValueError):
        GraphClient("1", ACCESS_TOKEN, api_version="23")


def serve(handler):
    return serve_in_thread(Starlette(routes=[Route("/{path:path}", handler, methods=["GET", "POST"])]))


async def echo_token_in_error(request: Request) -> JSONResponse:
    token = request.headers.get("authorization", "")
    return JSONResponse(graph_body(190, f"Malformed access token {token}"), status_code=401)


def test_the_token_never_reaches_exceptions_reprs_or_logs(caplog):
    caplog.set_level(logging.DEBUG)
    server = serve(echo_token_in_error)
    try:
        client = GraphClient("1122334455667", ACCESS_TOKEN, graph_url=server.url)

        async def scenario():
            try:
                with pytest.raises(AuthFailed) as refused:
                    await client.send_text("4915112345678", "hello")
                return refused.value
            finally:
                await client.aclose()

        error = run(scenario())
    finally:
        server.stop()
    assert "[redacted]" in str(error)
    for text in (str(error), repr(error), repr(client), caplog.text):
        assert ACCESS_TOKEN not in text


async def accepted_without_id(request: Request) -> JSONResponse:
    return JSONResponse({"messaging_product": "whatsapp", "messages": []})


def test_a_200_without_a_message_id_is_ambiguous():
    server = serve(accepted_without_id)
    try:
        client = GraphClient("1", ACCESS_TOKEN, graph_url=server.url)

        async def scenario():
            try:
                await client.send_text("4915112345678", "hello")
            finally:
                await client.aclose()

        with pytest.raises(Ambiguous):
            run(scenario())
    finally:
        server.stop()


def test_an_unreachable_graph_api_is_unavailable_not_ambiguous():
    client = GraphClient("1", ACCESS_TOKEN, graph_url=f"http://127.0.0.1:{free_port()}")

    async def scenario():
        try:
            await client.send_text("4915112345678", "hello")
        finally:
            await client.aclose()

    with pytest.raises(Unavailable):
        run(scenario())


async def media_elsewhere(request: Request) -> JSONResponse:
    return JSONResponse({"url": "http://198.51.100.7/steal", "mime_type": "image/jpeg", "id": "5"})


def test_the_token_is_not_sent_to_a_plain_http_media_url_on_another_host():
    server = serve(media_elsewhere)
    try:
        client = GraphClient("1", ACCESS_TOKEN, graph_url=server.url)

        async def scenario():
            try:
                await client.download_media("5")
            finally:
                await client.aclose()

        with pytest.raises(Rejected, match="token is not sent"):
            run(scenario())
    finally:
        server.stop()
