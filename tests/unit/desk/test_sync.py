"""Sync loops and the outbox against a scripted platform: cursors, states, exactly-once sends."""

import asyncio
import random

import pytest

from desk.connectors.base import AuthFailed, RateLimited, Rejected, Unavailable
from desk.domain.records import Template
from desk.sync.engine import AccountState, AccountSync, backoff_delay
from desk.sync.outbox import OutboxSender, OutsideServiceWindow, claim_next, due_entries, queue_reply
from desk.sync.store import SyncStore
from tests.helpers.scripted import ScriptedPlatform


async def direct(fn, *args, **kwargs):
    return fn(*args, **kwargs)


def count(db, sql):
    return db.fetch_all(sql)[0][0]


def test_sync_pulls_everything_once_and_keeps_its_cursor(db, accounts):
    platform = ScriptedPlatform(accounts["email"], count=10, page=3)
    sync = AccountSync(accounts["email"], platform, SyncStore(db), direct)
    assert asyncio.run(sync.sync_once()) == 10
    assert count(db, "SELECT count(*) FROM messages") == 10
    assert SyncStore(db).cursor(accounts["email"], "main") == {"next": 10}
    platform.inbox.append(platform.message(10))
    assert asyncio.run(sync.sync_once()) == 1


def test_states_follow_failures_and_the_loop_survives_them(db, accounts):
    platform = ScriptedPlatform(accounts["email"], count=4)
    platform.failures = [RateLimited("slow down", 7.0), Unavailable("network down"), Unavailable("still down")]
    states, sleeps = [], []
    quiet = None

    async def sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) > 3:  # the failures are behind; now the loop only polls
            quiet.set()
            await asyncio.Event().wait()

    sync = AccountSync(accounts["email"], platform, SyncStore(db), direct, sleep=sleep,
                       on_status=lambda s: states.append(s.state), rng=random.Random(1))

    async def scenario():
        nonlocal quiet
        quiet = asyncio.Event()
        task = asyncio.create_task(sync.run())
        await asyncio.wait_for(quiet.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert AccountState.RATE_LIMITED in states and AccountState.OFFLINE in states
    assert states.index(AccountState.RATE_LIMITED) < states.index(AccountState.OFFLINE)
    assert 7.0 <= sleeps[0] <= 8.4
    assert count(db, "SELECT count(*) FROM messages") == 4
    assert states[-1] == AccountState.STOPPED


def test_a_queued_reply_wakes_the_loop_instead_of_waiting_for_the_poll(db, accounts):
    platform = ScriptedPlatform(accounts["email"], count=3)
    rounds = []

    async def scenario():
        polling = asyncio.Event()

        async def slow_poll(_seconds):
            polling.set()
            await asyncio.Event().wait()  # the poll would take as long as the platform is quiet

        def on_status(status):
            if status.state is AccountState.IDLE:
                rounds.append(status)

        sync = AccountSync(accounts["email"], platform, SyncStore(db), direct, sleep=slow_poll, on_status=on_status)
        task = asyncio.create_task(sync.run())
        await asyncio.wait_for(polling.wait(), 10)  # first round done, now waiting for news
        polling.clear()
        queue_reply(db, db.fetch_all("SELECT id FROM conversations")[0][0], "On its way")
        sync.wake()
        await asyncio.wait_for(polling.wait(), 10)  # the woken round ended and it waits again
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
    assert len(platform.sent) == 1 and len(rounds) == 2


def test_refused_credentials_stop_the_loop(db, accounts):
    platform = ScriptedPlatform(accounts["email"])
    platform.failures = [AuthFailed("invalid_grant")]
    sync = AccountSync(accounts["email"], platform, SyncStore(db), direct)
    asyncio.run(sync.run())
    assert sync.status.state == AccountState.AUTH_FAILED and "invalid_grant" in sync.status.detail


def test_backoff_grows_with_jitter_and_is_capped():
    rng = random.Random(3)
    delays = [backoff_delay(n, rng) for n in range(1, 12)]
    assert 0.5 <= delays[0] <= 1.5 and delays[3] > delays[0]
    assert max(delays) <= 300 * 1.5


def _conversation(db, platform):
    asyncio.run(AccountSync(platform.account_id, platform, SyncStore(db), direct).sync_once())
    return db.fetch_all("SELECT id FROM conversations ORDER BY id")[0][0]


def test_a_reply_is_saved_then_delivered_once(db, accounts):
    platform = ScriptedPlatform(accounts["email"], count=3)
    cid = _conversation(db, platform)
    key = queue_reply(db, cid, "Your parcel left the warehouse today.", author="li.na")
    assert db.fetch_all("SELECT delivery_state FROM messages WHERE external_id = :k", {"k": f"desk:{key}"}) == [("queued",)]
    sender = OutboxSender(db, direct)
    assert asyncio.run(sender.drain(platform.account_id, platform)) == 1
    assert asyncio.run(sender.drain(platform.account_id, platform)) == 0
    assert [m.idempotency_key for m in platform.sent] == [key]
    assert platform.sent[0].to == "buyer0@example.com"
    assert db.fetch_all("SELECT state, external_id FROM outbox") == [("sent", f"sent-{key}")]
    assert db.fetch_all("SELECT delivery_state FROM messages WHERE external_id = :k", {"k": f"sent-{key}"}) == [("sent",)]


def test_an_ambiguous_send_is_reconciled_not_repeated(db, accounts):
    platform = ScriptedPlatform(accounts["email"], count=3)
    cid = _conversation(db, platform)
    queue_reply(db, cid, "On its way.")
    platform.lose_send_results = 1
    sender = OutboxSender(db, direct)
    asyncio.run(sender.drain(platform.account_id, platform))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET next_attempt_at = 0")
    asyncio.run(sender.drain(platform.account_id, platform))
    assert len(platform.sent) == 1
    assert db.fetch_all("SELECT state FROM outbox") == [("sent",)]


def test_a_crash_between_send_and_bookkeeping_is_reconciled(db, accounts):
    platform = ScriptedPlatform(accounts["email"], count=3)
    cid = _conversation(db, platform)
    queue_reply(db, cid, "Refund issued.")
    assert len(due_entries(db, platform.account_id)) == 1
    entry = claim_next(db, platform.account_id)  # then the process "dies" after the platform accepted the message:
    assert due_entries(db, platform.account_id) == []  # in hand: no other sender takes it
    asyncio.run(platform.send(entry.outgoing()))
    asyncio.run(OutboxSender(db, direct).drain(platform.account_id, platform))
    assert len(platform.sent) == 1
    assert db.fetch_all("SELECT state FROM outbox") == [("sent",)]


def test_a_rejected_reply_stays_visible_with_the_reason(db, accounts):
    platform = ScriptedPlatform(accounts["email"], count=3)
    cid = _conversation(db, platform)
    queue_reply(db, cid, "Hello")
    platform.failures = [Rejected("550 5.7.1 sender not authorized")]
    asyncio.run(OutboxSender(db, direct).drain(platform.account_id, platform))
    assert db.fetch_all("SELECT state, last_error FROM outbox") == [("failed", "550 5.7.1 sender not authorized")]
    assert db.fetch_all("SELECT delivery_state FROM messages WHERE direction = 'out'") == [("failed",)]


def test_notes_are_local_and_never_sent(db, accounts):
    platform = ScriptedPlatform(accounts["email"], count=3)
    cid = _conversation(db, platform)
    queue_reply(db, cid, "Called DHL, waiting", note=True)
    assert count(db, "SELECT count(*) FROM outbox") == 0
    assert count(db, "SELECT count(*) FROM messages WHERE direction = 'note'") == 1


def test_whatsapp_free_text_outside_24_hours_is_refused_before_sending(db, accounts):
    from datetime import timedelta

    from tests.helpers.messages import NOW

    platform = ScriptedPlatform(accounts["whatsapp"], count=3)
    cid = _conversation(db, platform)
    later = NOW + timedelta(hours=30)
    with pytest.raises(OutsideServiceWindow, match="template"):
        queue_reply(db, cid, "Any news?", now=later)
    assert count(db, "SELECT count(*) FROM outbox") == 0
    queue_reply(db, cid, "", template=Template("order_update", "en", ("#1042",)), now=later)
    assert count(db, "SELECT count(*) FROM outbox") == 1
    queue_reply(db, cid, "Inside the window", now=NOW + timedelta(hours=1))
    assert count(db, "SELECT count(*) FROM outbox") == 2
