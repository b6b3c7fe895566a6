"""Team concurrency on a real PostgreSQL, with real logins over TLS: five agent processes racing
over 1,000 conversations, two outbox senders draining one account, two workers' lease race and a
killed worker, live updates by LISTEN/NOTIFY, presence."""

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import pytest

from desk.domain import Channel
from desk.storage.ingest import Ingestor
from desk.storage.models import Account
from desk.team import admin, presence
from desk.team.claims import Conflict, claim, reassign, release, reply, resolve
from desk.team.connect import TeamAddress, open_team
from desk.team.leases import AccountLeases, holders
from desk.team.live import ConversationsChanged, NoteAdded, PresenceChanged, Resync, Stopped, TeamListener
from tests.helpers.messages import NOW, message

CONVERSATIONS = 1000
AGENTS = ("ana", "bo", "chen", "dilek", "emma")


@pytest.fixture(scope="module")
def team(pg_cluster):
    ca = str(pg_cluster.certificates.ca)
    admin_address = TeamAddress.parse(f"postgresql://desk@localhost:{pg_cluster.port}/race", ca_file=ca)
    report = admin.init_team(admin_address, lead="lead", lead_password="lead-secret-1")
    owner = open_team(admin_address, keyring=False)
    lead = open_team(admin_address.as_user("lead"), report.lead_password)
    passwords = {name: admin.add_agent(lead, name) for name in AGENTS}
    passwords |= {name: admin.add_agent(lead, name, "worker") for name in ("w1", "w2", "w3")}
    with owner.sessionmaker.begin() as session:
        session.add_all(Account(channel=Channel.EMAIL, name=f"shop {i}", sla_hours=12, created_at=datetime.now(UTC))
                        for i in range(10))
    Ingestor(owner).ingest([message(1, f"m{i}", f"Where is order {i}?", thread=f"t{i}", customer_email=f"c{i}@x.com")
                            for i in range(CONVERSATIONS)], now=NOW)
    yield {"address": admin_address, "owner": owner, "lead": lead, "passwords": passwords, "ca": ca}
    lead.close()
    owner.close()


def login(team, name):
    return open_team(team["address"].as_user(name), team["passwords"][name])


def child(team, name, *args, **popen):
    url = team["address"].as_user(name).display()
    env = dict(os.environ, DESK_TEAM_PASSWORD=team["passwords"][name])
    return subprocess.Popen([sys.executable, "-m", "tests.helpers.team_child", args[0], url, team["ca"], *args[1:]],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def result(proc, timeout=240):
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def test_five_agents_racing_over_a_thousand_conversations_never_double_claim_or_reply(team):
    procs = [child(team, name, "agent", str(seed)) for seed, name in enumerate(AGENTS)]
    results = [result(p) for p in procs]
    owner = team["owner"]
    won = [cid for r in results for cid in r["won"]]
    assert sorted(won) == sorted(set(won)), "a conversation was won twice"
    assert len(won) == CONVERSATIONS, "a conversation was lost"
    assert sum(len(r["replied"]) for r in results) == CONVERSATIONS
    assert all(r["won"] for r in results), "every agent got some work"
    assert sum(len(r["lost"]) for r in results) > 0, "the agents never competed for a conversation"
    winner = {cid: r["agent"] for r in results for cid in r["won"]}
    rows = owner.fetch_all("SELECT id, assignee, status FROM conversations")
    assert {cid: who for cid, who, _ in rows} == winner
    assert {status for _, _, status in rows} == {"resolved"}
    replies = owner.fetch_all("SELECT conversation_id, count(*), min(author) FROM messages WHERE direction = 'out' "
                              "GROUP BY conversation_id")
    assert len(replies) == CONVERSATIONS and {n for _, n, _ in replies} == {1}
    assert all(winner[cid] == author for cid, _, author in replies)
    assert owner.fetch_all("SELECT count(*), count(DISTINCT conversation_id) FROM outbox") == [(1000, 1000)]
    claims = owner.fetch_all("SELECT conversation_id, actor FROM audit_events WHERE kind = 'conversations.update' "
                             "AND detail_json LIKE '%\"assignee\"%'")
    assert sorted(cid for cid, _ in claims) == sorted(winner)
    assert all(winner[cid] == actor for cid, actor in claims)


def test_two_senders_deliver_each_queued_reply_exactly_once(team, tmp_path):
    owner = team["owner"]
    if not owner.fetch_all("SELECT count(*) FROM outbox WHERE state = 'queued'")[0][0]:
        lead = team["lead"]
        for cid in range(1, 301):
            reply(lead, cid, "lead", "Any news?", confirmed=True)
    queued = {k for (k,) in owner.fetch_all("SELECT idempotency_key FROM outbox WHERE state = 'queued'")}
    log = tmp_path / "sent.log"
    procs = [child(team, name, "sender", "1", str(log)) for name in ("w1", "w2")]
    sent = [result(p)["sent"] for p in procs]
    lines = log.read_text().split()
    assert sorted(lines) == sorted(queued), "a reply was sent twice or not at all"
    assert sum(sent) == len(queued) and all(sent), sent
    assert owner.fetch_all("SELECT DISTINCT state FROM outbox") == [("sent",)]


def _wait_until(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.05)


def test_two_workers_never_hold_the_same_account_and_a_killed_ones_leases_pass_at_once(team):
    accounts = [str(a) for a in range(1, 11)]
    first, second = (child(team, name, "lease", *accounts, stdin=subprocess.PIPE) for name in ("w1", "w2"))
    third = None
    try:
        got = [set(json.loads(p.stdout.readline())["leases"]) for p in (first, second)]
        assert not got[0] & got[1] and got[0] | got[1] == set(range(1, 11))
        held = {h.account_id: h.login for h in holders(team["owner"])}
        assert {a for a, who in held.items() if who == "w1"} == got[0]
        first.send_signal(signal.SIGKILL)
        first.wait()
        _wait_until(lambda: not any(h.login == "w1" for h in holders(team["owner"])))
        third = child(team, "w3", "lease", *accounts, stdin=subprocess.PIPE)
        assert set(json.loads(third.stdout.readline())["leases"]) == got[0]
    finally:
        for proc in (first, second, third):
            if proc is not None:
                proc.stdin.close()  # the lease child lets go and exits
                proc.wait(30)
                proc.stdout.close()
                proc.stderr.close()


def test_a_worker_that_lost_its_connection_knows_it_holds_nothing(team):
    worker = login(team, "w1")
    leases = AccountLeases(worker)
    try:
        assert leases.try_acquire(5) and leases.try_acquire(5) and leases.alive()
        pid = worker.fetch_all("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 5")[0][0]
        owner = team["owner"]
        owner.fetch_all("SELECT pg_terminate_backend(:p)", {"p": pid})
        _wait_until(lambda: not owner.fetch_all("SELECT 1 FROM pg_stat_activity WHERE pid = :p", {"p": pid}))
        assert not leases.alive() and leases.held == set()
        other = AccountLeases(team["owner"])
        assert other.try_acquire(5)
        other.close()
    finally:
        leases.close()
        worker.close()


def test_claims_release_reassign_and_conflicts(team):
    ana, bo, lead = login(team, "ana"), login(team, "bo"), team["lead"]
    cid = team["owner"].fetch_all("SELECT max(id) FROM conversations")[0][0]
    try:
        reassign(lead, cid, None, expected=team["owner"].fetch_all(
            "SELECT assignee FROM conversations WHERE id = :c", {"c": cid})[0][0])
        assert claim(ana, cid, "ana").won and claim(ana, cid, "ana").won
        lost = claim(bo, cid, "bo")
        assert not lost.won and lost.owner == "ana"
        conflict = reply(bo, cid, "bo", "I'll take it")
        assert isinstance(conflict, Conflict) and (conflict.kind, conflict.by) == ("owned", "ana")
        assert isinstance(resolve(bo, cid, "bo"), Conflict)
        assert isinstance(reply(bo, cid, "bo", "@ana I called the customer", note=True), str)
        assert not release(bo, cid, "bo") and release(ana, cid, "ana")
        assert not reassign(lead, cid, "bo", expected="ana").won  # ana released meanwhile: no blind override
        assert reassign(lead, cid, "bo", expected=None).won
        assert isinstance(reply(ana, cid, "ana", "Sorry, answering anyway", confirmed=True), str)
    finally:
        ana.close()
        bo.close()


def test_presence_shows_who_is_viewing_and_typing(team):
    ana, bo = login(team, "ana"), login(team, "bo")
    try:
        presence.mark(ana, "ana", 3, presence.VIEWING, now=1000)
        presence.mark(bo, "bo", 3, presence.TYPING, now=1010)
        assert [(p.agent, p.state) for p in presence.present(ana, 3, now=1020, besides="ana")] == [("bo", "typing")]
        assert [p.agent for p in presence.present(ana, 3, now=1000 + presence.STALE_S + 1)] == ["bo"]  # ana's is stale
        presence.leave(bo, "bo", 3)
        assert presence.present(ana, 3, now=1020, besides="ana") == []
        presence.leave(ana, "ana")
    finally:
        ana.close()
        bo.close()


def test_live_updates_reach_other_agents_without_polling(team):
    """Ana listens; bo claims, notes and types; the lead then disables ana's login."""
    events: list = []
    arrived = threading.Condition()

    def on_event(event):
        with arrived:
            events.append(event)
            arrived.notify_all()

    async def until(predicate, timeout=20):
        deadline = time.monotonic() + timeout
        while not any(predicate(e) for e in events):
            assert time.monotonic() < deadline, events
            await asyncio.sleep(0.02)

    bo = login(team, "bo")
    cid = 7

    async def scenario():
        listener = asyncio.create_task(TeamListener(team["address"].as_user("ana"), team["passwords"]["ana"],
                                                    on_event).run())
        await until(lambda e: isinstance(e, Resync))
        await asyncio.to_thread(reassign, team["lead"], cid, None,
                                expected=bo.fetch_all("SELECT assignee FROM conversations WHERE id = 7")[0][0])
        await asyncio.to_thread(claim, bo, cid, "bo")
        await until(lambda e: isinstance(e, ConversationsChanged) and cid in e.ids and e.by == "bo")
        await asyncio.to_thread(reply, bo, cid, "bo", "@ana see this", note=True)
        await until(lambda e: isinstance(e, NoteAdded) and e.conversation_id == cid and e.author == "bo")
        await asyncio.to_thread(presence.mark, bo, "bo", cid, presence.TYPING, 2000)
        await until(lambda e: e == PresenceChanged(cid, "bo", "typing"))
        await asyncio.to_thread(admin.disable_agent, team["lead"], "ana")
        await until(lambda e: isinstance(e, Stopped))
        await asyncio.wait_for(listener, 30)

    try:
        asyncio.run(scenario())
        assert "not permitted to log in" in str(next(e for e in events if isinstance(e, Stopped)).error)
    finally:
        team["passwords"]["ana"] = admin.enable_agent(team["lead"], "ana")
        presence.leave(bo, "bo")
        bo.close()
