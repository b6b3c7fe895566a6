"""An agent losing the team server and coming back with replies written offline: the offline
mirror, one clear offline state, and the push that asks before sending over a colleague."""

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest

from desk.domain import Channel
from desk.storage.conversations import load_conversation
from desk.storage.db import Database
from desk.storage.drafts import StoredDraft, load_draft, save_draft
from desk.storage.ingest import Ingestor
from desk.storage.models import Account
from desk.storage.search import search
from desk.team import admin
from desk.team.claims import claim, reassign, reply
from desk.team.connect import TeamAddress, TeamOffline, open_team
from desk.team.link import LinkState, TeamLink
from desk.team.live import Offline, Resync, TeamListener
from desk.team.mirror import LOCAL_IDS, Mirror
from desk.team.settings import mirror_path
from tests.helpers.messages import NOW, message
from tests.helpers.tcp_proxy import TcpProxy

NOW_S = int(NOW.timestamp())


@pytest.fixture(scope="module")
def team(pg_cluster):
    ca = str(pg_cluster.certificates.ca)
    admin_address = TeamAddress.parse(f"postgresql://desk@localhost:{pg_cluster.port}/offline", ca_file=ca)
    admin.init_team(admin_address, lead="plead", lead_password="lead-secret-2")
    owner = open_team(admin_address, keyring=False)
    lead = open_team(admin_address.as_user("plead"), "lead-secret-2")
    passwords = {name: admin.add_agent(lead, name, languages=("de",)) for name in ("petra", "paul")}
    with owner.sessionmaker.begin() as session:
        session.add(Account(channel=Channel.EMAIL, name="shop", sla_hours=12, created_at=datetime.now(UTC)))
    Ingestor(owner).ingest(
        [message(1, f"m{i}", f"Wo ist mein Paket {i}? Bitte um Rücksendung.", thread=f"t{i}",
                 customer_email=f"kunde{i}@example.de", customer_name=f"Kunde {i}", hours_ago=2 + i)
         for i in range(5)]
        + [message(1, "old", "Eine alte Frage", thread="old", customer_email="alt@example.de", hours_ago=24 * 30)],
        now=NOW)
    ids = dict(owner.fetch_all("SELECT thread_key, id FROM conversations"))
    for thread in ("t0", "t1", "t2"):
        reassign(lead, ids[thread], "petra", expected=None)
    proxy = TcpProxy(pg_cluster.port)
    yield {"owner": owner, "lead": lead, "passwords": passwords, "ids": ids, "proxy": proxy, "ca": ca,
           "port": pg_cluster.port}
    proxy.close()
    lead.close()
    owner.close()


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def through_proxy(team, name):
    return TeamAddress.parse(f"postgresql://{name}@localhost:{team['proxy'].port}/offline", ca_file=team["ca"])


def test_an_agent_loses_the_server_works_offline_and_comes_back(team, tmp_path):
    ids, proxy = team["ids"], team["proxy"]
    local = Database.open_path(mirror_path(tmp_path))
    mirror = Mirror(local, "petra")
    changes, clock = [], Clock()
    link = TeamLink(lambda: open_team(through_proxy(team, "petra"), team["passwords"]["petra"]),
                    on_change=changes.append, clock=clock)
    paul = open_team(TeamAddress.parse(f"postgresql://paul@localhost:{team['port']}/offline", ca_file=team["ca"]),
                   team["passwords"]["paul"])
    try:
        report = link.run(mirror.refresh, NOW_S)
        mirrored = {r[0] for r in local.fetch_all("SELECT thread_key FROM conversations")}
        assert mirrored == {"t0", "t1", "t2", "t3", "t4"} and report.conversations == 5  # not the month-old one
        assert {h.conversation_id for h in search(local, "rucksendung") if h.kind == "message"} == {
            ids[f"t{i}"] for i in range(5)}

        proxy.cut()
        with pytest.raises(TeamOffline):
            link.run(mirror.refresh, NOW_S)
        assert link.status.state is LinkState.OFFLINE and [c.state for c in changes] == [LinkState.OFFLINE]
        tried = proxy.attempts
        with pytest.raises(TeamOffline):  # until the next try is due: no network, no error loop
            link.run(mirror.refresh, NOW_S)
        assert proxy.attempts == tried and len(changes) == 1

        written = NOW + timedelta(minutes=5)
        key_a = mirror.write(ids["t0"], "Ihr Paket ist unterwegs.", now=written)
        key_note = mirror.write(ids["t0"], "Kunde angerufen", note=True, now=written)
        key_b = mirror.write(ids["t1"], "Wir erstatten den Betrag.", now=written)
        key_c = mirror.write(ids["t2"], "Bitte senden Sie ein Foto.", now=written)
        shown = load_conversation(local, ids["t0"])
        assert [(m.text, m.delivery_state) for m in shown.messages[-2:]] == [
            ("Ihr Paket ist unterwegs.", "queued"), ("Kunde angerufen", "sent")]
        assert all(m.id >= LOCAL_IDS for m in shown.messages[-2:])
        assert [p.key for p in mirror.pending()] == [key_a, key_note, key_b, key_c]

        # Meanwhile, at the office: paul answers t1, the lead gives t2 to paul.
        assert isinstance(reply(paul, ids["t1"], "paul", "Schon erledigt.", confirmed=True), str)
        assert reassign(team["lead"], ids["t2"], "paul", expected="petra").won

        proxy.restore()
        assert not link.probe()  # the next try is not due yet
        clock.now += 600
        assert link.probe() and link.status.state is LinkState.ONLINE and changes[-1].state is LinkState.ONLINE
        outcomes = {o.key: o for o in link.run(mirror.push)}
        assert outcomes[key_a].status == outcomes[key_note].status == "sent"
        assert (outcomes[key_b].status, outcomes[key_b].conflict.kind, outcomes[key_b].conflict.by) == (
            "conflict", "answered", "paul")
        assert (outcomes[key_c].status, outcomes[key_c].conflict.kind, outcomes[key_c].conflict.by) == (
            "conflict", "owned", "paul")
        assert {o.key for o in link.run(mirror.push)} == {key_b, key_c}  # pushing again sends nothing twice

        confirmed = {o.key: o.status for o in link.run(mirror.push, confirmed={key_b})}
        assert confirmed == {key_b: "sent", key_c: "conflict"}
        save_draft(local, ids["t2"], StoredDraft("Und Ihre Bestellnummer?", "de", "de"), NOW_S)  # written since
        mirror.discard(key_c, now=NOW_S)  # kept as a draft, before what was written since: nothing lost
        assert load_draft(local, ids["t2"]) == StoredDraft("Bitte senden Sie ein Foto.\n\nUnd Ihre Bestellnummer?",
                                                            "de", "de")
        assert mirror.pending() == []

        owner = team["owner"]
        queued = owner.fetch_all("SELECT idempotency_key, conversation_id FROM outbox ORDER BY id")
        assert [k for k, _ in queued].count(key_a) == 1 and key_c not in [k for k, _ in queued]
        assert owner.fetch_all("SELECT count(*) FROM messages WHERE external_id = :e", {"e": f"desk:{key_note}"}) == [(1,)]

        link.run(mirror.refresh, NOW_S)
        texts = [(m.text, m.id < LOCAL_IDS) for m in load_conversation(local, ids["t1"]).messages]
        assert texts[-2:] == [("Schon erledigt.", True), ("Wir erstatten den Betrag.", True)]
        assert load_conversation(local, ids["t2"]).assignee == "paul"
    finally:
        paul.close()
        link.close()
        local.close()


def test_a_push_whose_answer_was_lost_is_recognised_and_never_doubled(team, tmp_path):
    ids = team["ids"]
    local = Database.open_path(mirror_path(tmp_path))
    mirror = Mirror(local, "petra")
    petra = open_team(through_proxy(team, "petra"), team["passwords"]["petra"])
    try:
        mirror.refresh(petra, NOW_S)
        key = mirror.write(ids["t3"], "Die Rücksendung ist angemeldet.")
        assert claim(petra, ids["t3"], "petra").won
        reply(petra, ids["t3"], "petra", "Die Rücksendung ist angemeldet.", key=key)  # committed; the answer lost
        report = mirror.refresh(petra, NOW_S)
        assert report.pushed_elsewhere == 1 and mirror.pending() == []
        assert mirror.push(petra) == []
        assert team["owner"].fetch_all("SELECT count(*) FROM outbox WHERE idempotency_key = :k", {"k": key}) == [(1,)]
        assert [m.text for m in load_conversation(local, ids["t3"]).messages].count(
            "Die Rücksendung ist angemeldet.") == 1
    finally:
        petra.close()
        local.close()


def test_the_live_listener_reports_offline_then_resyncs(team):
    events = []

    async def until(predicate, timeout=30):
        deadline = time.monotonic() + timeout
        while not any(predicate(e) for e in events):
            assert time.monotonic() < deadline, events
            await asyncio.sleep(0.02)

    async def scenario():
        listener = asyncio.create_task(TeamListener(through_proxy(team, "petra"), team["passwords"]["petra"],
                                                    events.append).run())
        try:
            await until(lambda e: isinstance(e, Resync))
            team["proxy"].cut()
            await until(lambda e: isinstance(e, Offline))
            team["proxy"].restore()
            await until(lambda e: sum(isinstance(x, Resync) for x in events) == 2)
        finally:
            team["proxy"].restore()
            listener.cancel()
            await asyncio.gather(listener, return_exceptions=True)

    asyncio.run(scenario())
    kinds = [type(e).__name__ for e in events]
    assert kinds[0] == "Resync" and "Offline" in kinds and kinds[-1] == "Resync"
