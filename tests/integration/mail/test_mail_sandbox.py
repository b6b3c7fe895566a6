"""SandboxMailServer: the MailConnector's whole flow against it, and its IMAP side checked with an
independent client (the stdlib's imaplib) and raw protocol lines."""

from __future__ import annotations

import asyncio
import email
import imaplib
import re
import socket

import pytest

from desk.connectors.base import AuthFailed, Unavailable
from desk.connectors.mail.connector import MailConnector
from desk.sandbox.mail import SandboxMailServer
from tests.integration.mail.mail_support import (
    BAD_MAIL,
    customer_mail,
    reply_to_customer,
    run,
    settings,
    wait_until,
)

SHOP = "shop@example.com"
USERS = {SHOP: "shop-pass-1", "jane@example.org": "jane-pass-2"}


def connector(server: SandboxMailServer, address: str = SHOP, **overrides) -> MailConnector:
    overrides.setdefault("smtp_port", server.smtp_port)
    return MailConnector(1, settings(address, imap_port=server.imap_port, **overrides), USERS[address])


async def pull_all(mail: MailConnector, cursor=None):
    batches = []
    while True:
        batch = await mail.pull(cursor)
        batches.append(batch)
        cursor = batch.cursor
        if not batch.more:
            return batches, cursor


class TestConnectorFlow:
    def test_pull_in_batches_skip_malformed_and_resume(self):
        async def scenario():
            async with SandboxMailServer(USERS) as server:
                for n in range(3):
                    server.deliver(SHOP, customer_mail(n, SHOP))
                bad_uid = server.deliver(SHOP, BAD_MAIL)
                server.deliver(SHOP, customer_mail(3, SHOP))
                mail = connector(server, batch_size=2)
                try:
                    batches, cursor = await pull_all(mail)
                    server.deliver(SHOP, customer_mail(4, SHOP))
                    newer = await mail.pull(cursor)
                finally:
                    await mail.aclose()
                return batches, newer, bad_uid

        batches, newer, bad_uid = run(scenario())
        assert [len(b.messages) for b in batches] == [2, 1, 1]
        assert [b.more for b in batches] == [True, True, False]
        [unreadable] = batches[1].quarantined
        assert (unreadable.kind, unreadable.source, unreadable.reason) == (
            "mail", f"INBOX UID {bad_uid}", "no sender address (From)")
        assert unreadable.raw == BAD_MAIL  # kept exactly as fetched
        assert [m.external_id for m in newer.messages] == ["<parcel-4@example.org>"]

    def test_renumbered_mailbox_is_read_again(self):
        async def scenario():
            async with SandboxMailServer(USERS) as server:
                server.deliver(SHOP, customer_mail(1, SHOP))
                mail = connector(server)
                try:
                    first = await mail.pull(None)
                    server.reset_uidvalidity(SHOP)
                    second = await mail.pull(first.cursor)
                finally:
                    await mail.aclose()
                return first, second

        first, second = run(scenario())
        assert second.cursor["uidvalidity"] != first.cursor["uidvalidity"]
        assert [m.external_id for m in second.messages] == [m.external_id for m in first.messages]

    def test_idle_wakes_the_waiting_connector(self):
        async def scenario():
            async with SandboxMailServer(USERS) as server:
                mail = connector(server)
                try:
                    _, cursor = await pull_all(mail)
                    waiting = asyncio.ensure_future(mail.wait_for_new(15))
                    await wait_until(lambda: mail.idling, what="IDLE to start")
                    server.deliver(SHOP, customer_mail(1, SHOP))
                    arrived = await waiting
                    batch = await mail.pull(cursor)
                finally:
                    await mail.aclose()
                return arrived, batch

        arrived, batch = run(scenario())
        assert arrived is True
        assert [m.external_id for m in batch.messages] == ["<parcel-1@example.org>"]

    def test_without_idle_the_connector_polls(self):
        async def scenario():
            async with SandboxMailServer(USERS, idle=False) as server:
                mail = connector(server, poll_interval=0.05)
                try:
                    await pull_all(mail)
                    quiet = await mail.wait_for_new(0.3)
                    waiting = asyncio.ensure_future(mail.wait_for_new(15))
                    await wait_until(lambda: mail.watching, what="the poll to start")
                    server.deliver(SHOP, customer_mail(1, SHOP))
                    return quiet, await waiting, mail.idling
                finally:
                    await mail.aclose()

        quiet, arrived, idled = run(scenario())
        assert (quiet, arrived, idled) == (False, True, False)

    def test_send_reaches_the_outside_world_list_and_the_sent_copy_reconciles(self):
        outgoing = reply_to_customer("outbox-9", to="buyer@elsewhere.example")

        async def scenario():
            async with SandboxMailServer(USERS) as server:
                mail = connector(server)
                try:
                    before = await mail.find_sent(outgoing)
                    result = await mail.send(outgoing)
                    after = await mail.find_sent(outgoing)
                finally:
                    await mail.aclose()
                return server.relayed, before, result, after

        relayed, before, result, after = run(scenario())
        assert before is None and after == result
        assert result.external_id == "<desk.outbox-9@example.com>"
        (sent,) = relayed
        assert sent.recipients == ("buyer@elsewhere.example",)
        parsed = email.message_from_bytes(sent.raw)
        assert parsed["Message-ID"] == result.external_id and parsed["Subject"] == "Re: Parcel 1"

    def test_mail_between_sandbox_users_is_delivered_and_pulled(self):
        outgoing = reply_to_customer("outbox-10", to="jane@example.org")

        async def scenario():
            async with SandboxMailServer(USERS) as server:
                shop, jane = connector(server), connector(server, "jane@example.org")
                try:
                    await shop.send(outgoing)
                    return await jane.pull(None), server.relayed
                finally:
                    await shop.aclose()
                    await jane.aclose()

        batch, relayed = run(scenario())
        (message,) = batch.messages
        assert message.external_id == "<desk.outbox-10@example.com>"
        assert message.text == "Your parcel left our warehouse today. Grüße — 店铺"
        assert message.customer_email == SHOP
        assert relayed == []

    def test_unauthenticated_relaying_is_refused(self):
        outgoing = reply_to_customer("outbox-11", to="buyer@elsewhere.example")

        async def scenario():
            async with SandboxMailServer(USERS) as server:
                mail = connector(server, smtp_username="")
                try:
                    with pytest.raises(Exception) as refused:
                        await mail.send(outgoing)
                finally:
                    await mail.aclose()
                return refused.value

        refused = run(scenario())
        assert type(refused).__name__ == "Rejected" and "Relaying denied" in str(refused)

    def test_wrong_password_and_a_stopped_server(self):
        async def scenario():
            server = SandboxMailServer(USERS)
            await server.start()
            wrong = MailConnector(1, settings(SHOP, imap_port=server.imap_port), "nope")
            with pytest.raises(AuthFailed):
                await wrong.pull(None)
            await wrong.aclose()
            mail = connector(server)
            try:
                await mail.pull(None)
                waiting = asyncio.ensure_future(mail.wait_for_new(15))
                await wait_until(lambda: mail.idling, what="IDLE")
                await server.stop()
                with pytest.raises(Unavailable):
                    await waiting
                with pytest.raises(Unavailable):
                    await mail.pull(None)
            finally:
                await mail.aclose()

        run(scenario())


# The IMAP side with an independent client. imaplib blocks, so it runs in a thread while the
# sandbox serves from the event loop.

def imap_session(server: SandboxMailServer) -> imaplib.IMAP4:
    client = imaplib.IMAP4("127.0.0.1", server.imap_port, timeout=10)
    client.login(SHOP, USERS[SHOP])
    return client


def with_sandbox(check, *, seed: int = 0, idle: bool = True):
    """Start a sandbox with `seed` customer mails and run the blocking `check(server)` in a thread."""
    async def scenario():
        async with SandboxMailServer(USERS, idle=idle) as server:
            for n in range(seed):
                server.deliver(SHOP, customer_mail(n, SHOP))
            return await asyncio.to_thread(check, server)

    return run(scenario())


class TestImapProtocol:
    def test_capabilities_and_login(self):
        def check(server):
            client = imaplib.IMAP4("127.0.0.1", server.imap_port, timeout=10)
            capabilities = client.capabilities
            with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
                client.login(SHOP, "wrong")
            client.login(SHOP, USERS[SHOP])
            client.logout()
            return capabilities

        assert {"IMAP4REV1", "IDLE", "LITERAL+", "UIDPLUS"} <= set(with_sandbox(check))

    def test_select_reports_exists_uidvalidity_and_uidnext(self):
        def check(server):
            client = imap_session(server)
            status, data = client.select("INBOX")
            uidvalidity, uidnext = client.response("UIDVALIDITY")[1], client.response("UIDNEXT")[1]
            client.logout()
            return data, uidvalidity, uidnext

        data, uidvalidity, uidnext = with_sandbox(check, seed=3)
        assert data == [b"3"] and uidnext == [b"4"] and uidvalidity[0].isdigit()

    def test_peek_leaves_unseen_and_body_marks_seen(self):
        def check(server):
            client = imap_session(server)
            client.select("INBOX")
            _, peeked = client.uid("FETCH", "1", "(BODY.PEEK[] FLAGS)")
            _, after_peek = client.uid("FETCH", "1", "(FLAGS)")
            _, read = client.uid("FETCH", "1", "(BODY[])")
            _, after_read = client.uid("FETCH", "1", "(FLAGS RFC822.SIZE INTERNALDATE)")
            client.logout()
            return peeked, after_peek, read, after_read

        peeked, after_peek, read, after_read = with_sandbox(check, seed=1)
        assert peeked[0][1] == customer_mail(0, SHOP)
        assert b"\\Seen" not in after_peek[0]
        assert read[0][1] == customer_mail(0, SHOP) and b"\\Seen" in read[0][0]
        assert b"\\Seen" in after_read[0]
        assert f"RFC822.SIZE {len(customer_mail(0, SHOP))}".encode() in after_read[0]
        assert re.search(rb'INTERNALDATE "\d{2}-\w{3}-\d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}"', after_read[0])

    def test_examine_is_read_only(self):
        def check(server):
            client = imap_session(server)
            client.select("INBOX", readonly=True)
            client.uid("FETCH", "1", "(BODY[])")
            _, flags = client.uid("FETCH", "1", "(FLAGS)")
            client.logout()
            return flags

        assert b"\\Seen" not in with_sandbox(check, seed=1)[0]

    def test_uid_ranges_and_star(self):
        def check(server):
            client = imap_session(server)
            client.select("INBOX")
            results = {spec: client.uid("SEARCH", "UID", spec)[1][0] for spec in ("2:*", "9:*", "1,3", "*")}
            _, fetched = client.uid("FETCH", "9:*", "(UID)")
            client.logout()
            return results, fetched

        results, fetched = with_sandbox(check, seed=3)
        assert results == {"2:*": b"2 3", "9:*": b"3", "1,3": b"1 3", "*": b"3"}  # n:* always has the highest
        assert fetched == [b"3 (UID 3)"]

    def test_search_header_message_id(self):
        def check(server):
            client = imap_session(server)
            client.select("INBOX")
            found = client.uid("SEARCH", "HEADER", "Message-ID", '"<parcel-1@example.org>"')[1]
            missing = client.uid("SEARCH", "HEADER", "Message-ID", '"<nope@example.org>"')[1]
            both = client.uid("SEARCH", "CHARSET", "UTF-8", "UID", "1:2", "HEADER", "Subject", "Parcel")[1]
            client.logout()
            return found, missing, both

        assert with_sandbox(check, seed=3) == ([b"2"], [b""], [b"1 2"])

    def test_append_with_a_synchronising_literal(self):
        raw = customer_mail(7, SHOP)

        def check(server):
            client = imap_session(server)
            status, data = client.append("Sent", "(\\Seen)", None, raw)
            missing = client.append("No Such Box", None, None, raw)
            client.select("Sent")
            _, fetched = client.uid("FETCH", "1", "(FLAGS BODY.PEEK[])")
            client.logout()
            return data, missing, fetched

        data, missing, fetched = with_sandbox(check)
        assert re.fullmatch(rb"\[APPENDUID \d+ 1\] APPEND completed", data[0])
        assert missing[0] == "NO" and b"TRYCREATE" in missing[1][0]
        assert fetched[0][1] == raw and b"\\Seen" in fetched[0][0]

    def test_non_synchronising_literal_and_bad_commands(self):
        raw = customer_mail(8, SHOP)

        def check(server):
            with RawImap(server) as imap:
                imap.send(f"a1 APPEND INBOX {{{len(raw)}+}}\r\n".encode() + raw + b"\r\n")
                appended = imap.until_tagged(b"a1")
                imap.send(b"a2 FROBNICATE\r\n")
                bad = imap.until_tagged(b"a2")
                imap.send(b'a3 LOGIN "unterminated\r\n')
                broken = imap.until_tagged(b"a3")
                return appended, bad, broken, server.store.snapshot(SHOP, "INBOX")[2][-1].raw

        appended, bad, broken, stored = with_sandbox(check)
        assert appended.startswith(b"a1 OK [APPENDUID")
        assert bad.startswith(b"a2 BAD") and broken.startswith(b"a3 BAD")
        assert stored == raw

    def test_idle_pushes_exists_and_ends_on_done(self):
        def check(server, loop):
            with RawImap(server) as imap:
                imap.send(b"a1 SELECT INBOX\r\n")
                imap.until_tagged(b"a1")
                imap.send(b"a2 IDLE\r\n")
                continuation = imap.readline()
                loop.call_soon_threadsafe(server.deliver, SHOP, customer_mail(5, SHOP))
                pushed = imap.readline()
                imap.send(b"DONE\r\n")
                return continuation, pushed, imap.until_tagged(b"a2")

        async def scenario():
            async with SandboxMailServer(USERS) as server:
                server.deliver(SHOP, customer_mail(0, SHOP))
                return await asyncio.to_thread(check, server, asyncio.get_running_loop())

        continuation, pushed, done = run(scenario())
        assert continuation.startswith(b"+ ")
        assert pushed == b"* 2 EXISTS\r\n"
        assert done == b"a2 OK IDLE terminated\r\n"

    def test_idle_is_refused_when_disabled(self):
        def check(server):
            with RawImap(server) as imap:
                imap.send(b"a1 CAPABILITY\r\n")
                capabilities = imap.readline()
                imap.until_tagged(b"a1")
                imap.send(b"a2 SELECT INBOX\r\n")
                imap.until_tagged(b"a2")
                imap.send(b"a3 IDLE\r\n")
                return capabilities, imap.until_tagged(b"a3")

        capabilities, answer = with_sandbox(check, idle=False)
        assert b"IDLE" not in capabilities and answer.startswith(b"a3 BAD")


class RawImap:
    """Protocol lines on a plain socket, logged in as the shop."""

    def __init__(self, server: SandboxMailServer) -> None:
        self.sock = socket.create_connection(("127.0.0.1", server.imap_port), timeout=10)
        self.file = self.sock.makefile("rb")
        self.readline()  # greeting
        self.send(f'a0 LOGIN {SHOP} "{USERS[SHOP]}"\r\n'.encode())
        self.until_tagged(b"a0")

    def __enter__(self) -> RawImap:
        return self

    def __exit__(self, *exc_info) -> None:
        self.file.close()
        self.sock.close()

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def readline(self) -> bytes:
        return self.file.readline()

    def until_tagged(self, tag: bytes) -> bytes:
        while True:
            line = self.readline()
            if not line or line.startswith(tag + b" "):
                return line
