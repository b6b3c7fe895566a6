"""MailConnector and ImapClient against a real Dovecot (tests/helpers/dovecot.py): incremental pull,
UIDVALIDITY changes, IDLE, malformed mail, TLS, and send + find_sent through an aiosmtpd server."""

from __future__ import annotations

import asyncio

import pytest

from desk.connectors.base import Ambiguous, AuthFailed, Rejected, Unavailable
from desk.connectors.mail.connector import MailConnector
from desk.connectors.mail.imap import ImapClient
from tests.integration.mail.mail_support import (
    BAD_MAIL,
    DropAfterData,
    Recorder,
    RefuseRecipients,
    SmtpTestServer,
    customer_mail,
    part_bomb,
    reply_to_customer,
    run,
    settings,
    wait_until,
)


def connector(dovecot, user: tuple[str, str], **overrides) -> MailConnector:
    address, password = user
    overrides.setdefault("imap_port", dovecot.port)
    return MailConnector(1, settings(address, **overrides), password)


async def pull_all(mail: MailConnector, cursor=None):
    """Every batch until `more` is False: (batches, final cursor)."""
    batches = []
    while True:
        batch = await mail.pull(cursor)
        batches.append(batch)
        cursor = batch.cursor
        if not batch.more:
            return batches, cursor


def test_pull_in_batches_and_continue_from_the_cursor(dovecot, mail_user):
    address, _ = mail_user
    uids = [dovecot.deliver(address, customer_mail(n, address)) for n in range(5)]

    async def scenario():
        mail = connector(dovecot, mail_user, batch_size=2)
        try:
            batches, cursor = await pull_all(mail)
            again = await mail.pull(cursor)
            await asyncio.to_thread(dovecot.deliver, address, customer_mail(5, address))
            newer = await mail.pull(cursor)
            return batches, cursor, again, newer
        finally:
            await mail.aclose()

    batches, cursor, again, newer = run(scenario())
    assert [len(b.messages) for b in batches] == [2, 2, 1]
    assert [b.more for b in batches] == [True, True, False]
    assert [b.cursor["last_uid"] for b in batches] == [uids[1], uids[3], uids[4]]
    assert cursor == {"uidvalidity": dovecot.uidvalidity(address), "last_uid": uids[4]}
    assert [m.external_id for b in batches for m in b.messages] == [f"<parcel-{n}@example.org>" for n in range(5)]
    assert [m.text for m in batches[0].messages] == ["Hello, where is parcel number 0?",
                                                     "Hello, where is parcel number 1?"]
    assert (again.messages, again.more, again.cursor) == ([], False, cursor)
    assert [m.external_id for m in newer.messages] == ["<parcel-5@example.org>"]


def test_a_changed_uidvalidity_reads_the_mailbox_again(dovecot, mail_user):
    address, _ = mail_user
    for n in range(3):
        dovecot.deliver(address, customer_mail(n, address))

    async def scenario():
        mail = connector(dovecot, mail_user)
        try:
            first = await mail.pull(None)
            await asyncio.to_thread(dovecot.set_uidvalidity, address, first.cursor["uidvalidity"] + 1000)
            second = await mail.pull(first.cursor)
            return first, second
        finally:
            await mail.aclose()

    first, second = run(scenario())
    assert second.cursor["uidvalidity"] == first.cursor["uidvalidity"] + 1000
    # Everything again, under the same Message-IDs: ingest stores each message once.
    assert [m.external_id for m in second.messages] == [m.external_id for m in first.messages]
    assert len(second.messages) == 3


def test_a_malformed_mail_is_quarantined_and_the_rest_of_the_batch_arrives(dovecot, mail_user):
    address, password = mail_user
    good_1 = dovecot.deliver(address, customer_mail(1, address))
    bad = dovecot.deliver(address, BAD_MAIL)
    bomb = dovecot.deliver(address, part_bomb())
    good_2 = dovecot.deliver(address, customer_mail(2, address))

    async def scenario():
        mail = connector(dovecot, mail_user)
        try:
            return await mail.pull(None)
        finally:
            await mail.aclose()

    batch = run(scenario())
    assert [m.external_id for m in batch.messages] == ["<parcel-1@example.org>", "<parcel-2@example.org>"]
    held = batch.quarantined
    assert [item.source for item in held] == [f"INBOX UID {bad}", f"INBOX UID {bomb}"]
    assert "no sender" in held[0].reason and "MIME parts" in held[1].reason
    assert held[0].raw == BAD_MAIL
    assert all(password not in item.reason for item in held)
    assert batch.cursor["last_uid"] == good_2 > good_1


def test_idle_wakes_up_on_new_mail(dovecot, mail_user):
    address, password = mail_user

    async def scenario():
        client = ImapClient("127.0.0.1", dovecot.port, "plain", address, password, timeout=10)
        await client.connect()
        try:
            waiting = asyncio.ensure_future(client.wait_for_new(15))
            await wait_until(lambda: client.idling, what="IDLE to start")
            await asyncio.to_thread(dovecot.deliver, address, customer_mail(1, address))
            arrived = await waiting
            state = await client.examine("INBOX")  # the session is usable after DONE
            return arrived, state, client.idle_commands
        finally:
            await client.aclose()

    arrived, state, idle_commands = run(scenario())
    assert arrived is True
    assert state.exists == 1
    assert idle_commands == 1


def test_idle_is_reissued_and_times_out_without_mail(dovecot, mail_user):
    address, password = mail_user

    async def scenario():
        client = ImapClient("127.0.0.1", dovecot.port, "plain", address, password, timeout=10)
        client.IDLE_REISSUE_SECONDS = 0.2
        await client.connect()
        try:
            quiet = await client.wait_for_new(0.7)
            reissued = client.idle_commands
            waiting = asyncio.ensure_future(client.wait_for_new(15))
            await wait_until(lambda: client.idle_commands >= reissued + 2, what="a re-issued IDLE")
            await asyncio.to_thread(dovecot.deliver, address, customer_mail(1, address))
            return quiet, reissued, await waiting
        finally:
            await client.aclose()

    quiet, reissued, arrived = run(scenario())
    assert quiet is False
    assert reissued >= 3  # 0.7 s in 0.2 s windows
    assert arrived is True


def test_connector_wait_reports_mail_that_came_between_pull_and_wait(dovecot, mail_user):
    address, _ = mail_user

    async def scenario():
        mail = connector(dovecot, mail_user)
        try:
            await pull_all(mail)
            await asyncio.to_thread(dovecot.deliver, address, customer_mail(1, address))
            early = await mail.wait_for_new(10)  # UIDNEXT moved since the pull: no IDLE needed
            batches, cursor = await pull_all(mail)
            nothing = await mail.wait_for_new(0.3)
            return early, batches, nothing
        finally:
            await mail.aclose()

    early, batches, nothing = run(scenario())
    assert early is True
    assert [m.external_id for m in batches[0].messages] == ["<parcel-1@example.org>"]
    assert nothing is False


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_pull_over_tls(dovecot, mail_user, security):
    address, _ = mail_user
    dovecot.deliver(address, customer_mail(1, address))
    port = dovecot.port if security == "starttls" else dovecot.tls_port

    async def scenario():
        mail = connector(dovecot, mail_user, imap_port=port, imap_security=security, ca_file=str(dovecot.ca_file))
        try:
            return await mail.pull(None)
        finally:
            await mail.aclose()

    assert [m.external_id for m in run(scenario()).messages] == ["<parcel-1@example.org>"]


def test_untrusted_certificate_is_unavailable(dovecot, mail_user):
    async def scenario():
        mail = connector(dovecot, mail_user, imap_port=dovecot.tls_port, imap_security="tls")
        try:
            with pytest.raises(Unavailable, match="CERTIFICATE_VERIFY_FAILED"):
                await mail.pull(None)
        finally:
            await mail.aclose()

    run(scenario())


def test_wrong_password_is_auth_failed_without_the_password(dovecot, mail_user):
    address, _ = mail_user

    async def scenario():
        mail = connector(dovecot, (address, "Wrong-Password-987"))
        try:
            with pytest.raises(AuthFailed) as refused:
                await mail.pull(None)
            return str(refused.value), repr(mail)
        finally:
            await mail.aclose()

    message, representation = run(scenario())
    assert "Wrong-Password-987" not in message and "Wrong-Password-987" not in representation
    assert address in message


def test_nothing_listening_is_unavailable(dovecot, mail_user):
    import socket

    # A port bound but not listening refuses connections, and nobody else can take it meanwhile.
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    port = holder.getsockname()[1]

    async def scenario():
        mail = connector(dovecot, mail_user, imap_port=port)
        try:
            with pytest.raises(Unavailable):
                await mail.pull(None)
        finally:
            await mail.aclose()

    try:
        run(scenario())
    finally:
        holder.close()


def test_send_files_a_copy_in_sent_and_find_sent_reconciles(dovecot, mail_user):
    address, _ = mail_user
    outgoing = reply_to_customer("outbox-101")

    async def scenario():
        recorder = Recorder()
        async with SmtpTestServer(recorder) as smtp:
            mail = connector(dovecot, mail_user, smtp_port=smtp.port, smtp_username="")
            try:
                before = await mail.find_sent(outgoing)
                result = await mail.send(outgoing)
                after = await mail.find_sent(outgoing)
            finally:
                await mail.aclose()
        return recorder, before, result, after

    recorder, before, result, after = run(scenario())
    assert before is None
    assert result.external_id == f"<desk.outbox-101@{address.split('@')[1]}>"
    assert after == result  # a retry after a crash sees the reply went out and does not send it again
    (envelope,) = recorder.envelopes
    assert envelope.rcpt_tos == ["jane@example.org"]
    assert b"In-Reply-To: <parcel-1@example.org>" in envelope.original_content


def test_ambiguous_send_is_found_when_the_server_filed_it(dovecot, mail_user):
    address, _ = mail_user
    outgoing = reply_to_customer("outbox-202")

    async def file_in_sent(raw: bytes) -> None:  # what providers that keep sent mail do server-side
        await asyncio.to_thread(dovecot.deliver, address, raw, "Sent")

    async def scenario():
        async with SmtpTestServer(DropAfterData(on_message=file_in_sent)) as smtp:
            mail = connector(dovecot, mail_user, smtp_port=smtp.port, smtp_username="")
            try:
                with pytest.raises(Ambiguous):
                    await mail.send(outgoing)
                return await mail.find_sent(outgoing)
            finally:
                await mail.aclose()

    found = run(scenario())
    assert found is not None and found.external_id == f"<desk.outbox-202@{address.split('@')[1]}>"


def test_ambiguous_send_that_was_not_filed_is_not_found(dovecot, mail_user):
    outgoing = reply_to_customer("outbox-303")

    async def scenario():
        async with SmtpTestServer(DropAfterData()) as smtp:
            mail = connector(dovecot, mail_user, smtp_port=smtp.port, smtp_username="")
            try:
                with pytest.raises(Ambiguous):
                    await mail.send(outgoing)
                return await mail.find_sent(outgoing)
            finally:
                await mail.aclose()

    assert run(scenario()) is None


def test_rejected_send_files_nothing(dovecot, mail_user):
    outgoing = reply_to_customer("outbox-404")

    async def scenario():
        async with SmtpTestServer(RefuseRecipients()) as smtp:
            mail = connector(dovecot, mail_user, smtp_port=smtp.port, smtp_username="")
            try:
                with pytest.raises(Rejected, match="User unknown"):
                    await mail.send(outgoing)
                return await mail.find_sent(outgoing)
            finally:
                await mail.aclose()

    assert run(scenario()) is None


def test_missing_sent_mailbox_is_created_on_first_send(dovecot, mail_user):
    outgoing = reply_to_customer("outbox-505")

    async def scenario():
        async with SmtpTestServer(Recorder()) as smtp:
            mail = connector(dovecot, mail_user, smtp_port=smtp.port, smtp_username="", sent_mailbox="Desk Sent")
            try:
                missing = await mail.find_sent(outgoing)
                await mail.send(outgoing)
                return missing, await mail.find_sent(outgoing)
            finally:
                await mail.aclose()

    missing, found = run(scenario())
    assert missing is None and found is not None
