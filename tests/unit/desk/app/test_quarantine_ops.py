"""The quarantine through the application layer: the banner's summary, the dialog's list, export
and "read again" (which stores and triages what reads now, and says what changed)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import pytest

from desk.accounts import save_account
from desk.app import quarantine
from desk.app.workspace import Workspace
from desk.connectors.base import SyncBatch
from desk.domain import Channel
from desk.domain.records import Unreadable
from desk.sync.store import SyncStore

SHOP = "shop@example.com"
SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
GOOD_MAIL = (b"From: Ana <ana@example.es>\r\nTo: shop@example.com\r\nSubject: Pedido\r\n"
             b"Message-ID: <ana-1@example.es>\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\n\r\nHola, mi pedido?\r\n")
NO_SENDER = b"To: shop@example.com\r\nSubject: lost\r\nDate: Fri, 20 Nov 2026 09:00:00 +0000\r\n\r\nwho am I\r\n"


@pytest.fixture
def ws(db):
    workspace = Workspace(db)
    yield workspace
    workspace.executors.shutdown()


def hold(db, *payloads: tuple[bytes, str, str | None]) -> int:
    account = save_account(db, Channel.EMAIL, "Shop mail", {
        "address": SHOP, "username": SHOP, "imap_host": "127.0.0.1", "imap_port": 1, "imap_security": "plain",
        "smtp_host": "127.0.0.1", "smtp_port": 1, "smtp_security": "plain"})
    items = [Unreadable("mail", raw, reason, f"INBOX UID {n}", sender=sender, sent_at=SENT if sender else None)
             for n, (raw, reason, sender) in enumerate(payloads)]
    SyncStore(db).apply(account, "main", SyncBatch({"last_uid": len(items)}, quarantined=items))
    return account


def test_the_summary_names_sender_and_date_and_export_writes_each_item(db, ws, tmp_path):
    hold(db, (NO_SENDER, "no sender address (From)", "Ana <ana@example.es>"), (GOOD_MAIL, "old parser", None))
    summary = asyncio.run(quarantine.summary(ws))
    assert summary.count == 2
    assert {(e.sender, e.sent_at) for e in summary.latest} == {("Ana <ana@example.es>", SENT), (None, None)}
    written = asyncio.run(quarantine.export(ws, tmp_path / "out"))
    assert sorted(p.read_bytes() for p in written) == sorted([NO_SENDER, GOOD_MAIL])
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert {row["reason"] for row in index} == {"no sender address (From)", "old parser"}
    [entry] = [e for e in asyncio.run(quarantine.entries(ws)) if e.sender is None]
    assert asyncio.run(quarantine.raw_payload(ws, entry.id)) == GOOD_MAIL


def test_reading_again_stores_what_reads_now_and_says_the_queue_and_quarantine_changed(db, ws):
    hold(db, (GOOD_MAIL, "old parser", None), (NO_SENDER, "no sender address (From)", None))
    result, changes = asyncio.run(quarantine.retry(ws))
    assert (result.read, result.still_unreadable, result.messages) == (1, 1, 1)
    assert changes.quarantine and changes.queue
    [cid] = [c for (c,) in db.fetch_all("SELECT id FROM conversations")]
    assert changes.touches(cid)  # triaged like a synced message
    assert db.fetch_all("SELECT language FROM conversations") == [("es",)]
    assert asyncio.run(quarantine.summary(ws)).count == 1
    again, changes = asyncio.run(quarantine.retry(ws))
    assert (again.read, again.still_unreadable, changes.queue) == (0, 1, False)
