"""The quarantine (issue 10): what cannot be read is kept raw with its reason, in the same
transaction as the cursor, visible, exportable, and read again after an upgrade."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from desk.accounts import save_account
from desk.connectors.base import SyncBatch
from desk.domain import Channel
from desk.domain.records import Unreadable
from desk.storage import quarantine
from desk.sync.quarantine import retry
from desk.sync.store import SyncStore

SHOP = "shop@example.com"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
GOOD_MAIL = (b"From: Ana <ana@example.es>\r\nTo: shop@example.com\r\nSubject: Pedido\r\n"
             b"Message-ID: <ana-1@example.es>\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\n\r\nHola, mi pedido?\r\n")
NO_SENDER = b"To: shop@example.com\r\nSubject: lost\r\nDate: Fri, 20 Nov 2026 09:00:00 +0000\r\n\r\nwho am I\r\n"


@pytest.fixture
def mail_account(db):
    return save_account(db, Channel.EMAIL, "Shop mail", {
        "address": SHOP, "username": SHOP, "imap_host": "127.0.0.1", "imap_port": 1, "imap_security": "plain",
        "smtp_host": "127.0.0.1", "smtp_port": 1, "smtp_security": "plain"})


def held(raw: bytes, reason: str = "old parser could not read it", **fields) -> Unreadable:
    return Unreadable("mail", raw, reason, fields.pop("source", "INBOX UID 7"), **fields)


def test_an_unreadable_item_is_stored_with_the_cursor_and_shown_with_sender_and_date(db, mail_account):
    store = SyncStore(db)
    item = held(NO_SENDER, "no sender address (From)", sender="Ana <ana@example.es>", sent_at=NOW)
    store.apply(mail_account, "main", SyncBatch({"last_uid": 7}, quarantined=[item]))
    assert store.cursor(mail_account, "main") == {"last_uid": 7}
    assert quarantine.count(db) == 1
    [entry] = quarantine.summary(db).latest
    assert (entry.kind, entry.reason, entry.source, entry.sender, entry.sent_at, entry.account_name) == (
        "mail", "no sender address (From)", "INBOX UID 7", "Ana <ana@example.es>", NOW, "Shop mail")
    assert quarantine.raw_payload(db, entry.id) == NO_SENDER


def test_the_same_payload_seen_again_is_one_entry(db, mail_account):
    store = SyncStore(db)
    store.apply(mail_account, "main", SyncBatch({"last_uid": 7}, quarantined=[held(NO_SENDER)]))
    store.apply(mail_account, "main", SyncBatch({"last_uid": 9}, quarantined=[held(NO_SENDER, source="INBOX UID 9")]))
    assert quarantine.count(db) == 1
    assert quarantine.count(db, mail_account) == 1 and quarantine.count(db, mail_account + 1) == 0


def test_a_failed_batch_keeps_neither_its_quarantine_nor_its_cursor(db, mail_account):
    from tests.helpers.messages import message

    batch = SyncBatch({"last_uid": 7}, [message(mail_account + 99, "x")], quarantined=[held(NO_SENDER)])
    with pytest.raises(ValueError, match="unknown accounts"):
        SyncStore(db).apply(mail_account, "main", batch)
    assert quarantine.count(db) == 0 and SyncStore(db).cursor(mail_account, "main") is None


def test_a_large_payload_is_kept_as_a_file_and_exported(db, mail_account, tmp_path):
    big = NO_SENDER + b"x" * (quarantine.INLINE_BYTES + 1)
    SyncStore(db).apply(mail_account, "main", SyncBatch({}, quarantined=[held(big), held(NO_SENDER)]))
    stored = dict(db.fetch_all("SELECT size, raw IS NULL FROM quarantine"))
    assert stored == {len(big): 1, len(NO_SENDER): 0}
    written = quarantine.export(db, tmp_path / "out")
    assert sorted(p.read_bytes() for p in written) == sorted([big, NO_SENDER])
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert {row["file"] for row in index} == {p.name for p in written}
    assert all(row["reason"] == "old parser could not read it" and row["kind"] == "mail" for row in index)


def test_retry_ingests_what_reads_now_once_and_keeps_the_rest(db, mail_account):
    SyncStore(db).apply(mail_account, "main", SyncBatch({}, quarantined=[held(GOOD_MAIL), held(NO_SENDER)]))
    first = retry(db)
    assert (first.read, first.still_unreadable, first.messages) == (1, 1, 1)
    assert db.fetch_all("SELECT external_id, body_text FROM messages") == [("<ana-1@example.es>", "Hola, mi pedido?")]
    [left] = quarantine.entries(db)
    assert (left.retry_count, left.reason) == (1, "no sender address (From)")
    # Quarantined again (say the mailbox was renumbered) and retried: stored once all the same.
    SyncStore(db).apply(mail_account, "main", SyncBatch({}, quarantined=[held(GOOD_MAIL)]))
    again = retry(db)
    assert (again.read, again.messages) == (1, 0)
    assert db.fetch_all("SELECT count(*) FROM messages") == [(1,)]


def test_sync_quarantines_and_moves_on(db, mail_account, aio_loop):
    from desk.sync.engine import AccountSync

    class Connector:
        async def pull(self, cursor):
            return SyncBatch({"last_uid": 3}, quarantined=[held(NO_SENDER)])

    async def direct(fn, *args):
        return fn(*args)

    aio_loop.run_until_complete(AccountSync(mail_account, Connector(), SyncStore(db), direct).sync_once())
    assert quarantine.count(db) == 1
    assert SyncStore(db).cursor(mail_account, "main") == {"last_uid": 3}
