"""The pipeline after every stored batch and the sync loops, with no window: new messages are
triaged, routed, answered automatically where allowed and translated ahead; replies are delivered
even while pulling is rate-limited."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime

import pytest

from desk.app.workspace import Workspace
from desk.connectors.base import RateLimited
from desk.domain import Direction, IncomingMessage
from desk.pipeline import Pipeline, run_pass
from desk.routing.autoreply import Rule, load_rules, save_rules
from desk.storage.ingest import Ingestor
from desk.sync.engine import AccountState, AccountSync
from desk.sync.outbox import queue_reply
from desk.sync.store import SyncStore
from tests.helpers.fake_translators import DEEPL_KEY, FakeTranslators
from tests.helpers.scripted import ScriptedPlatform

WISMO_DE = "Hallo, wo ist mein Paket? Die Sendung ist seit einer Woche unterwegs."


@pytest.fixture
def fake():
    server = FakeTranslators().start()
    yield server
    server.release()
    server.stop()


def workspace(db, tmp_path, fake=None) -> Workspace:
    ws = Workspace(db, interface_language="zh")
    if fake is not None:
        from desk.translation.cache import TranslationCache
        from desk.translation.glossary import load_glossary
        from desk.translation.service import TranslationService
        from desk.translation.settings import TranslationSettings

        ws.translation = TranslationService(
            TranslationSettings("deepl", (), {"deepl": {"base_url": fake.url("deepl")}}), load_glossary(),
            TranslationCache.in_data_dir(tmp_path), ws.executors, load_key={"deepl": DEEPL_KEY}.get,
            retry_delays=(0, 0))
    return ws


async def closed(ws: Workspace) -> None:
    if ws.translation is not None:
        ws.translation.close()
    ws.executors.shutdown()


def test_new_messages_are_triaged_and_translated_with_no_window(db, accounts, tmp_path, fake):
    Ingestor(db).ingest([IncomingMessage(accounts["amazon"], "m1", "t1", Direction.IN, WISMO_DE, datetime.now(UTC))])
    ws = workspace(db, tmp_path, fake)

    async def scenario():
        try:
            return await run_pass(ws)
        finally:
            await closed(ws)

    report = asyncio.run(scenario())
    assert len(report.triaged) == 1 and report.translated == 1
    assert db.fetch_all("SELECT intent, language FROM conversations") == [("where_is_my_order", "de")]
    assert fake.count("deepl") == 1
    assert report.changes.conversations == frozenset(report.triaged) and report.changes.queue


def test_automatic_replies_are_queued_and_announced_for_delivery(demo_db, tmp_path):
    """The demo's where-is-my-order conversations with tracking, read again after a new message."""
    save_rules(demo_db, {**load_rules(demo_db), "where_is_my_order": Rule(propose=True, auto_send=True)})
    demo_db.engine.dispose()
    with demo_db.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE conversations SET triaged_at = NULL WHERE intent = 'where_is_my_order'"))
    ws = workspace(demo_db, tmp_path)
    woken = []
    ws.events.reply_queued.connect(woken.append)

    async def scenario():
        try:
            return await run_pass(ws)
        finally:
            await closed(ws)

    report = asyncio.run(scenario())
    assert report.auto_replied and woken == report.auto_replied
    for cid in report.auto_replied:
        assert demo_db.fetch_all("SELECT state FROM outbox WHERE conversation_id = :c", {"c": cid}) == [("queued",)]


def test_each_stored_batch_runs_the_pipeline_once_per_burst(db, accounts, tmp_path):
    platform = ScriptedPlatform(accounts["email"], count=9, page=3)
    ws = workspace(db, tmp_path)
    pipeline = Pipeline(ws)
    reports = []
    ws.events.pipeline.connect(reports.append)

    async def scenario():
        sync = AccountSync(accounts["email"], platform, SyncStore(db), ws.executors.write,
                           on_stored=lambda _n: pipeline.request())
        try:
            stored = await sync.once()
            await pipeline.settle()
            return stored
        finally:
            await closed(ws)

    assert asyncio.run(scenario()) == 9
    assert 1 <= len(reports) <= 3  # three batches: at most one pass each, fewer when they come in a burst
    assert {cid for r in reports for cid in r.triaged} == {cid for (cid,) in db.fetch_all("SELECT id FROM conversations")}
    assert db.fetch_all("SELECT count(*) FROM conversations WHERE triaged_at IS NULL")[0][0] == 0


def test_a_reply_is_delivered_while_pulling_is_rate_limited(db, accounts):
    """SP-API answers 429 on orders: the queued reply goes anyway, at once, not after the wait."""
    platform = ScriptedPlatform(accounts["email"], count=2)
    states = []

    async def scenario():
        waited, reported_again = asyncio.Event(), asyncio.Event()

        async def sleep(_seconds):
            waited.set()
            await asyncio.sleep(3600)

        async def write(fn, *args, **kwargs):
            return fn(*args, **kwargs)

        def on_status(status):
            states.append(status)
            if waited.is_set() and status.state is AccountState.RATE_LIMITED:
                reported_again.set()  # the pause reports again once it delivered

        sync = AccountSync(accounts["email"], platform, SyncStore(db), write, sleep=sleep, on_status=on_status,
                           rng=random.Random(1))
        await sync.once()  # the conversations are there
        platform.failures = [RateLimited("QuotaExceeded", 240.0)]
        task = asyncio.create_task(sync.run())
        await waited.wait()  # rate-limited: waiting four minutes before the next pull
        cid = db.fetch_all("SELECT id FROM conversations ORDER BY id LIMIT 1")[0][0]
        queue_reply(db, cid, "On its way")
        sync.wake()
        await asyncio.wait_for(reported_again.wait(), 10)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
    assert [m.text for m in platform.sent] == ["On its way"]
    limited = [s for s in states if s.state is AccountState.RATE_LIMITED]
    assert limited and limited[0].retry_at is not None and limited[0].retry_at - limited[0].at >= 240
