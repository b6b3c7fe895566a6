"""WhatsApp over the real relay and the fake Graph API, into the cache: inbound media kept in the
attachment store (within limits), outbound attachments uploaded and sent as media, BSUID threads
kept together when the user id changes, and the phone used when Meta refuses a BSUID."""

from __future__ import annotations

import hashlib

import pytest

from desk.accounts import save_account
from desk.connectors.whatsapp.media import MB
from desk.domain import Channel
from desk.domain.model import AttachmentData
from desk.sandbox.whatsapp import request_problem, user_id_for
from desk.sync.outbox import AttachmentRefused, OutboxSender, queue_reply
from desk.sync.store import SyncStore
from tests.unit.desk.whatsapp.stack import PHONE_NUMBER_ID, run, whatsapp_stack

CUSTOMER = "4915112345678"
PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
INVOICE = b"%PDF-1.7\n" + b"invoice 1001 " * 500


@pytest.fixture
def stack(tmp_path):
    with whatsapp_stack(tmp_path) as running:
        yield running


@pytest.fixture
def account(db):
    return save_account(db, Channel.WHATSAPP, "WA", {"phone_number_id": PHONE_NUMBER_ID, "relay_url": "x"})


async def _inline(function, *args):
    return function(*args)


def sync(db, stack, account, **settings):
    async def scenario():
        connector = stack.connector(**settings)
        connector.account_id = account
        try:
            store, cursor = SyncStore(db), None
            while True:
                batch = await connector.pull(cursor)
                store.apply(account, "main", batch)
                cursor = batch.cursor
                if not batch.more:
                    return
        finally:
            await connector.aclose()
    run(scenario())


def deliver(db, stack, account):
    async def scenario():
        connector = stack.connector()
        connector.account_id = account
        try:
            return await OutboxSender(db, _inline).drain(account, connector)
        finally:
            await connector.aclose()
    return run(scenario())


def stored_attachments(db):
    return db.fetch_all("SELECT filename, mime_type, size, sha256 FROM attachments ORDER BY id")


def test_inbound_media_of_every_kind_lands_in_the_attachment_store(db, stack, account):
    stack.sandbox.emit_inbound_media(CUSTOMER, "Jana", PICTURE, "image/png", caption="so kam es an")
    stack.sandbox.emit_inbound_media(CUSTOMER, "Jana", INVOICE, "application/pdf", kind="document",
                                     filename="Rechnung.pdf")
    stack.sandbox.emit_inbound_media(CUSTOMER, "Jana", b"OggS voice", "audio/ogg", kind="audio")
    stack.sandbox.emit_inbound_media(CUSTOMER, "Jana", b"\x00\x00\x00\x18ftypmp42", "video/mp4", kind="video")
    sync(db, stack, account)
    names = [(name, mime, size) for name, mime, size, _ in stored_attachments(db)]
    assert names[1:] == [("Rechnung.pdf", "application/pdf", len(INVOICE)), names[2], names[3]]
    assert names[0][1:] == ("image/png", len(PICTURE)) and names[0][0].endswith(".png")
    assert [n[1] for n in names] == ["image/png", "application/pdf", "audio/ogg", "video/mp4"]
    digest = stored_attachments(db)[1][3]
    assert db.attachments.get(digest) == INVOICE and digest == hashlib.sha256(INVOICE).hexdigest()


def test_a_medium_over_the_limit_keeps_only_its_id_and_the_reason(db, stack, account):
    _wamid, media_id = stack.sandbox.emit_inbound_media(CUSTOMER, "Jana", INVOICE, "application/pdf",
                                                        kind="document", filename="big.pdf")
    sync(db, stack, account, max_media_bytes=1024)
    assert stored_attachments(db) == []
    [(text,)] = db.fetch_all("SELECT body_text FROM messages")
    assert f"media {media_id}" in text and "not kept" in text and "more than" in text


def test_outbound_files_are_uploaded_and_sent_as_media_with_the_text_as_caption(db, stack, account):
    stack.sandbox.emit_inbound(CUSTOMER, "Jana", "Rechnung bitte")
    sync(db, stack, account)
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    files = [AttachmentData("Rechnung-1001.pdf", "application/pdf", INVOICE),
             AttachmentData("paket.png", "image/png", PICTURE)]
    queue_reply(db, cid, "Anbei die Rechnung.", attachments=files)
    assert deliver(db, stack, account) == 1
    document, image = (sent.payload for sent in stack.sandbox.sent)
    assert all(request_problem(p) is None for p in (document, image))
    assert document["recipient"] == user_id_for(CUSTOMER)
    assert document["document"]["caption"] == "Anbei die Rechnung." and "caption" not in image["image"]
    assert [(name, mime) for _id, name, mime in stack.sandbox.uploads] == [
        ("Rechnung-1001.pdf", "application/pdf"), ("paket.png", "image/png")]
    assert [f[0] for f in stored_attachments(db)][-2:] == ["Rechnung-1001.pdf", "paket.png"]
    assert db.fetch_all("SELECT state FROM outbox") == [("sent",)]


def test_a_file_whatsapp_would_refuse_is_refused_before_it_is_queued(db, stack, account):
    stack.sandbox.emit_inbound(CUSTOMER, "Jana", "hi")
    sync(db, stack, account)
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    with pytest.raises(AttachmentRefused, match="cannot send files of type application/zip"):
        queue_reply(db, cid, "see zip", attachments=[AttachmentData("a.zip", "application/zip", b"PK")])
    with pytest.raises(AttachmentRefused, match="images up to 5 MB"):
        queue_reply(db, cid, "big", attachments=[AttachmentData("a.jpg", "image/jpeg", b"\xff" * (5 * MB + 1))])
    assert db.fetch_all("SELECT count(*) FROM outbox") == [(0,)]


def test_a_changed_user_id_keeps_the_conversation_and_replies_follow_the_new_id(db, stack, account):
    old, new = user_id_for(CUSTOMER), "DE.55512345"
    stack.sandbox.emit_inbound(None, "", "hallo", user_id=old, username="jana.n")
    stack.sandbox.emit_user_id_change(old, new)
    stack.sandbox.emit_inbound(None, "", "noch da?", user_id=new, username="jana.n")
    sync(db, stack, account)
    [(cid, key)] = db.fetch_all("SELECT id, thread_key FROM conversations")
    assert key == new
    assert db.fetch_all("SELECT count(*) FROM messages") == [(3,)]
    queue_reply(db, cid, "Ja, Ihr Paket kommt morgen.")
    deliver(db, stack, account)
    assert stack.sandbox.sent[-1].payload["recipient"] == new


def test_a_bsuid_meta_refuses_is_answered_on_the_phone(db, stack, account):
    stack.sandbox.emit_inbound(CUSTOMER, "Jana", "hallo")
    sync(db, stack, account)
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    stack.sandbox.faults.bsuid_refusals = 1
    queue_reply(db, cid, "Guten Tag!")
    assert deliver(db, stack, account) == 1
    [sent] = stack.sandbox.sent
    assert sent.payload["to"] == CUSTOMER and "recipient" not in sent.payload
