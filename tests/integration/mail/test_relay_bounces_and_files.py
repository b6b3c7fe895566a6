"""Amazon relay mail through the mail sandbox into the cache: a buyer's attachment is kept, a reply
goes out with its file, and when the relay bounces it the reply shows as failed with the reason."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import pytest

from desk.accounts import save_account
from desk.connectors.mail.connector import MailConnector
from desk.domain import Channel
from desk.domain.model import AttachmentData
from desk.sandbox.mail import SandboxMailServer
from desk.sync.outbox import AttachmentRefused, OutboxSender, queue_reply
from desk.sync.store import SyncStore
from tests.integration.mail.mail_support import run, settings

SHOP = "care@lumora.example"
PASSWORD = "care-pass-1"
ALIAS = "th6wqr1vf6dr43f@marketplace.amazon.de"
ORDER = "302-1234567-7654321"
PHOTO = b"\xff\xd8\xff\xe0JFIF broken lamp" * 50
LABEL = b"%PDF-1.4 return label " * 80


def relay_mail_with_photo() -> bytes:
    return (
        f"From: Jana - Amazon Marketplace <{ALIAS}>\r\nTo: {SHOP}\r\n"
        f"Subject: Produktdetails-Anfrage von Amazon-Kunde Jana (Bestellung: {ORDER})\r\n"
        "Message-ID: <relay-1@marketplace.amazon.de>\r\nDate: Tue, 08 Dec 2026 09:00:00 +0000\r\n"
        "X-Space-Notification-Type: BBC_MESSAGE_SENT_TO_MERCHANT\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="M"\r\n\r\n'
        "--M\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n------------- Begin message -------------\r\n\r\n"
        "Die Lampe kam kaputt an, siehe Foto.\r\n\r\n------------- End message -------------\r\n"
        "--M\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=lampe.jpg\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + __import__("base64").encodebytes(PHOTO).decode() + "\r\n--M--\r\n"
    ).encode()


def relay_bounce(reply_id: str) -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@marketplace.amazon.de>\r\n"
        f"To: {SHOP}\r\nSubject: Delivery Status Notification (Failure)\r\nMessage-ID: <dsn-1@amazon.de>\r\n"
        "Date: Tue, 08 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\r\n\r\n'
        "--R\r\nContent-Type: text/plain\r\n\r\nYour message was not delivered.\r\n"
        "--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; amazon.de\r\n\r\n"
        f"Final-Recipient: rfc822; {ALIAS}\r\nAction: failed\r\nStatus: 5.7.1\r\n"
        "Diagnostic-Code: smtp; 550 5.7.1 The sender address is not authorized to contact this buyer\r\n\r\n"
        f"--R\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {reply_id}\r\nTo: {ALIAS}\r\n\r\n--R--\r\n"
    ).encode()


@pytest.fixture
def account(db):
    return save_account(db, Channel.AMAZON, "DE", {"marketplace_id": "A1PA6795UKMFR9", "address": SHOP})


async def _inline(function, *args):
    return function(*args)


def mail_for(server: SandboxMailServer, account: int) -> MailConnector:
    return MailConnector(account, settings(SHOP, imap_port=server.imap_port, smtp_port=server.smtp_port), PASSWORD)


async def sync(db, server: SandboxMailServer, account: int) -> None:
    mail = mail_for(server, account)
    store = SyncStore(db)
    try:
        cursor = store.cursor(account, "main")
        while True:
            batch = await mail.pull(cursor)
            store.apply(account, "main", batch)
            cursor = batch.cursor
            if not batch.more:
                return
    finally:
        await mail.aclose()


async def deliver(db, server: SandboxMailServer, account: int) -> int:
    mail = mail_for(server, account)
    try:
        return await OutboxSender(db, _inline).drain(account, mail)
    finally:
        await mail.aclose()


def test_a_relay_reply_with_a_file_then_its_bounce_shows_as_failed_with_the_reason(db, account):
    async def scenario():
        async with SandboxMailServer({SHOP: PASSWORD}) as server:
            server.deliver(SHOP, relay_mail_with_photo())
            await sync(db, server, account)
            cid = db.fetch_all("SELECT id FROM conversations")[0][0]
            with pytest.raises(AttachmentRefused, match="Amazon relays only"):
                queue_reply(db, cid, "Bitte senden Sie die Lampe zurück.",
                            attachments=[AttachmentData("label.zip", "application/zip", b"PK")])
            key = queue_reply(db, cid, "Bitte senden Sie die Lampe mit diesem Etikett zurück.",
                              attachments=[AttachmentData("Ruecksendeetikett.pdf", "application/pdf", LABEL)],
                              now=datetime.now(UTC))
            assert await deliver(db, server, account) == 1
            [(reply_id,)] = db.fetch_all("SELECT external_id FROM outbox WHERE idempotency_key = :k", {"k": key})
            [relayed] = server.relayed
            sent = email.message_from_bytes(relayed.raw, policy=email.policy.default)
            assert relayed.recipients == (ALIAS,)
            assert [(p.get_filename(), p.get_content()) for p in sent.iter_attachments()] == [
                ("Ruecksendeetikett.pdf", LABEL)]
            server.deliver(SHOP, relay_bounce(reply_id))
            await sync(db, server, account)
            return cid, reply_id

    cid, reply_id = run(scenario())
    files = db.fetch_all("SELECT filename, mime_type, size FROM attachments ORDER BY id")
    assert files[:2] == [("lampe.jpg", "image/jpeg", len(PHOTO)), ("Ruecksendeetikett.pdf", "application/pdf",
                                                                   len(LABEL))]
    assert [f[1] for f in files[2:]] == ["text/rfc822-headers"]  # the bounce keeps what it returned
    [(state, error)] = db.fetch_all("SELECT state, last_error FROM outbox")
    assert state == "failed"
    assert error == f"not delivered: {ALIAS}: 550 5.7.1 The sender address is not authorized to contact this buyer"
    assert db.fetch_all("SELECT delivery_state FROM messages WHERE external_id = :r", {"r": reply_id}) == [("failed",)]
    bounces = db.fetch_all("SELECT conversation_id, auto_reply FROM messages WHERE external_id = '<dsn-1@amazon.de>'")
    assert [(c, bool(auto)) for c, auto in bounces] == [(cid, True)]
    assert db.fetch_all("SELECT count(*) FROM conversations") == [(1,)]
