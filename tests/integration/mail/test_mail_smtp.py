"""SmtpSender against aiosmtpd servers started in the test: success, refusals, deferrals and the
connection dropping or hanging after DATA."""

from __future__ import annotations

import email
import email.policy
import ssl

import pytest

from desk.connectors.base import Ambiguous, AuthFailed, Rejected, Unavailable
from desk.connectors.mail.smtp import SmtpSender, build_reply
from tests.helpers.servers import free_port
from tests.integration.mail.mail_support import (
    AnswerData,
    DropAfterData,
    DropOnMail,
    HangAfterData,
    Recorder,
    RefuseRecipients,
    SmtpTestServer,
    run,
    server_tls_context,
)

PASSWORD = "s3cret-Pa55"
USERS = {"shop@example.com": PASSWORD}


def reply(**overrides):
    fields = dict(sender="shop@example.com", sender_name="Shop", to="jane@example.org", subject="Parcel",
                  text="It ships today. Grüße", idempotency_key="outbox-7", in_reply_to="<p@example.org>")
    fields.update(overrides)
    return build_reply(**fields)


def sender(port: int, security: str = "plain", password: str | None = PASSWORD, **kwargs) -> SmtpSender:
    return SmtpSender("127.0.0.1", port, security, "shop@example.com", password, timeout=5.0,
                      local_hostname="example.com", **kwargs)


def test_plain_send_with_login_delivers_the_reply():
    async def scenario():
        recorder = Recorder()
        message = reply()
        message["Bcc"] = "audit@example.com"
        async with SmtpTestServer(recorder, users=USERS) as server:
            await sender(server.port).send(message)
        return recorder, server

    recorder, server = run(scenario())
    (envelope,) = recorder.envelopes
    assert server.logins == ["shop@example.com"]
    assert envelope.mail_from == "shop@example.com"
    assert envelope.rcpt_tos == ["jane@example.org", "audit@example.com"]
    received = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert received["Bcc"] is None  # Bcc goes to the envelope only
    assert received["Message-ID"] == "<desk.outbox-7@example.com>"
    assert received["In-Reply-To"] == "<p@example.org>"
    assert received.get_content().strip() == "It ships today. Grüße"


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_tls_modes_with_a_trusted_certificate(certificate, security):
    cert, key = certificate

    async def scenario():
        recorder = Recorder()
        tls = server_tls_context(cert, key)
        async with SmtpTestServer(recorder, users=USERS, tls=tls, implicit_tls=security == "tls") as server:
            await sender(server.port, security, ssl_context=ssl.create_default_context(cafile=cert)).send(reply())
        return recorder

    assert len(run(scenario()).envelopes) == 1


def test_untrusted_certificate_is_unavailable_not_sent(certificate):
    cert, key = certificate

    async def scenario():
        recorder = Recorder()
        async with SmtpTestServer(recorder, users=USERS, tls=server_tls_context(cert, key)) as server:
            with pytest.raises(Unavailable):
                await sender(server.port, "starttls").send(reply())  # system CAs do not know this certificate
        return recorder

    assert run(scenario()).envelopes == []


def test_refused_recipient_is_rejected_with_the_servers_words():
    async def scenario():
        async with SmtpTestServer(RefuseRecipients(), users=USERS) as server:
            with pytest.raises(Rejected) as refused:
                await sender(server.port).send(reply())
        return str(refused.value)

    message = run(scenario())
    assert "550" in message and "Recipient address rejected: User unknown" in message


def test_content_refused_after_data_is_rejected():
    async def scenario():
        async with SmtpTestServer(AnswerData("554 5.7.1 Message rejected as spam"), users=USERS) as server:
            with pytest.raises(Rejected, match="554 5.7.1 Message rejected as spam"):
                await sender(server.port).send(reply())

    run(scenario())


def test_temporary_failure_is_unavailable():
    async def scenario():
        async with SmtpTestServer(AnswerData("451 4.3.0 Try again later"), users=USERS) as server:
            with pytest.raises(Unavailable, match="451 4.3.0 Try again later"):
                await sender(server.port).send(reply())

    run(scenario())


def test_wrong_password_is_auth_failed_and_never_echoed():
    async def scenario():
        async with SmtpTestServer(Recorder(), users=USERS) as server:
            with pytest.raises(AuthFailed) as refused:
                await sender(server.port, password="wrong-Secret-123").send(reply())
        return str(refused.value)

    message = run(scenario())
    assert "wrong-Secret-123" not in message and "535" in message


def test_nothing_listening_is_unavailable():
    async def scenario():
        with pytest.raises(Unavailable):
            await sender(free_port()).send(reply())

    run(scenario())


def test_connection_dropped_before_data_is_unavailable():
    async def scenario():
        async with SmtpTestServer(DropOnMail(), users=USERS) as server:
            with pytest.raises(Unavailable):
                await sender(server.port).send(reply())

    run(scenario())


def test_connection_dropped_after_data_is_ambiguous():
    async def scenario():
        handler = DropAfterData()
        async with SmtpTestServer(handler, users=USERS) as server:
            with pytest.raises(Ambiguous, match="may have been sent"):
                await sender(server.port).send(reply())
        return handler

    assert len(run(scenario()).messages) == 1  # the server did get the whole mail


def test_timeout_after_data_is_ambiguous():
    async def scenario():
        handler = HangAfterData()
        async with SmtpTestServer(handler, users=USERS) as server:
            slow = SmtpSender("127.0.0.1", server.port, "plain", "shop@example.com", PASSWORD, timeout=0.5,
                              local_hostname="example.com")
            with pytest.raises(Ambiguous):
                await slow.send(reply())
            assert handler.started.is_set()

    run(scenario())


def test_password_stays_out_of_repr():
    assert PASSWORD not in repr(sender(25))
