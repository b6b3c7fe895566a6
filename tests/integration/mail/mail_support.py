"""Shared pieces of the mail integration tests: sample mail, settings, aiosmtpd test servers."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword

from desk.connectors.mail.connector import MailSettings
from desk.domain.records import OutgoingMessage

TEST_TIMEOUT = 20


def run(coro, timeout: float = TEST_TIMEOUT):
    """One scenario on a fresh event loop, bounded so a hang fails the test instead of stalling it."""
    return asyncio.run(asyncio.wait_for(coro, timeout))


def customer_mail(n: int, to: str, *, text: str | None = None, sender: str = "Jane Doe <jane@example.org>") -> bytes:
    body = text or f"Hello, where is parcel number {n}?"
    return (f"From: {sender}\r\nTo: {to}\r\nSubject: Parcel {n}\r\nMessage-ID: <parcel-{n}@example.org>\r\n"
            f"Date: Mon, 15 Jan 2024 10:{n % 60:02d}:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{body}\r\n").encode()


BAD_MAIL = b"this is not a mail \xff\xfe at all, no headers\r\n"


def part_bomb(parts: int = 5000) -> bytes:
    body = "".join("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(parts))
    return ("From: bomb@example.org\r\nMessage-ID: <bomb@example.org>\r\n"
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + body + "--b--\r\n").encode()


def settings(address: str, *, imap_port: int, smtp_port: int = 1, imap_security: str = "plain",
             smtp_security: str = "plain", **overrides) -> MailSettings:
    fields = dict(address=address, imap_host="127.0.0.1", imap_port=imap_port, imap_security=imap_security,
                  smtp_host="127.0.0.1", smtp_port=smtp_port, smtp_security=smtp_security, username=address,
                  timeout=10.0)
    fields.update(overrides)
    return MailSettings(**fields)


def reply_to_customer(key: str = "outbox-1", to: str = "jane@example.org") -> OutgoingMessage:
    return OutgoingMessage(account_id=1, conversation_id=1, idempotency_key=key, to=to,
                           text="Your parcel left our warehouse today. Grüße — 店铺", subject="Parcel 1",
                           in_reply_to="<parcel-1@example.org>", references=("<parcel-1@example.org>",))


def server_tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


class Recorder:
    """aiosmtpd handler that accepts everything and keeps the envelopes."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.envelopes.append(envelope)
        return "250 2.0.0 Ok: queued"


class RefuseRecipients:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"


class AnswerData:
    """Answers the end of DATA with a fixed reply, e.g. a 554 spam rejection or a 451 deferral."""

    def __init__(self, reply: str) -> None:
        self.reply = reply

    async def handle_DATA(self, server, session, envelope) -> str:
        return self.reply


class DropAfterData:
    """Takes the whole message, optionally files it (as providers do with sent mail), then drops the
    connection before answering: the client cannot know whether the mail went out."""

    def __init__(self, on_message=None) -> None:
        self.on_message = on_message
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(envelope.original_content)
        if self.on_message is not None:
            await self.on_message(envelope.original_content)
        server.transport.abort()
        return "250 2.0.0 Ok (never seen by the client)"


class DropOnMail:
    async def handle_MAIL(self, server, session, envelope, address, mail_options) -> str:
        server.transport.abort()
        return "250 OK"


class HangAfterData:
    """Never answers the end of DATA until released (the client's timeout fires first)."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started = asyncio.Event()

    async def handle_DATA(self, server, session, envelope) -> str:
        self.started.set()
        await self.release.wait()
        return "250 2.0.0 Ok, too late"


class SmtpTestServer:
    """aiosmtpd in the running event loop on a free 127.0.0.1 port (plain, STARTTLS or implicit TLS)."""

    def __init__(self, handler, *, users: dict[str, str] | None = None, tls: ssl.SSLContext | None = None,
                 implicit_tls: bool = False) -> None:
        self.handler, self.users, self.tls, self.implicit_tls = handler, users or {}, tls, implicit_tls
        self.logins: list[str] = []
        self._server: asyncio.AbstractServer | None = None
        self._protocols: list[SMTP] = []

    @property
    def port(self) -> int:
        return self._server.sockets[0].getsockname()[1]

    async def __aenter__(self) -> SmtpTestServer:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._protocol, "127.0.0.1", 0,
                                                ssl=self.tls if self.implicit_tls else None)
        return self

    async def __aexit__(self, *exc_info) -> None:
        release = getattr(self.handler, "release", None)
        if release is not None:
            release.set()
        self._server.close()
        for protocol in self._protocols:
            if protocol.transport is not None:
                protocol.transport.close()
        await self._server.wait_closed()
        # A session whose TLS handshake failed never notices the close: end every session task.
        sessions = [p._handler_coroutine for p in self._protocols if p._handler_coroutine is not None]
        for task in sessions:
            task.cancel()
        await asyncio.gather(*sessions, return_exceptions=True)

    def _protocol(self) -> SMTP:
        protocol = SMTP(self.handler, hostname="smtp.test", authenticator=self._authenticate,
                        auth_require_tls=False, tls_context=None if self.implicit_tls else self.tls)
        self._protocols.append(protocol)
        return protocol

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode()
            if self.users.get(login) == auth_data.password.decode():
                self.logins.append(login)
                return AuthResult(success=True, auth_data=login)
        return AuthResult(success=False, handled=False)


async def wait_until(condition, timeout: float = 10.0, what: str = "condition") -> None:
    """Poll `condition()` until it holds; fail after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
