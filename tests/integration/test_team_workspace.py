"""The application layer on a team database, as agents' logins (desk.app.team): every operation the
window uses works for an agent (and is audited once by the server), two agents racing for the same
conversations never both win, a colleague's conversation is asked about first, live updates,
presence and mentions reach the colleague, and an agent who loses the server works on the mirror
and sends what they wrote when it comes back."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from desk.app import accounts as account_ops
from desk.app import conversations, knowledge, lifecycle, notifications, queue, replies, search
from desk.app import settings as settings_ops
from desk.app import team as team_ops
from desk.app.workspace import load_preferences
from desk.domain import AttachmentData, Channel, Direction, IncomingMessage, QueueFilter
from desk.errors import ActionRefused, NotPermitted, OwnedByColleague
from desk.knowledge.entries import KbEntry, KbText, store_entries
from desk.storage.ingest import Ingestor
from desk.storage.models import Account
from desk.team import admin
from desk.team.connect import TeamAddress, TeamOffline, open_team
from desk.team.mirror import LOCAL_IDS
from tests.helpers.tcp_proxy import TcpProxy

DATABASE = "teamws"
RACED = 24  # unassigned conversations two agents race for
INVOICE = AttachmentData("rechnung.pdf", "application/pdf", b"%PDF-1.7\n" + b"Rechnung 4711 " * 200)


def incoming(external_id: str, text: str, thread: str, email: str, hours_ago: float, **fields) -> IncomingMessage:
    return IncomingMessage(account_id=1, external_id=external_id, thread_key=thread, direction=Direction.IN, text=text,
                           sent_at=datetime.now(UTC) - timedelta(hours=hours_ago), customer_email=email, **fields)


@pytest.fixture(scope="module")
def team(pg_cluster):
    ca = str(pg_cluster.certificates.ca)
    admin_address = TeamAddress.parse(f"postgresql://desk@localhost:{pg_cluster.port}/{DATABASE}", ca_file=ca)
    admin.init_team(admin_address, lead="lee", lead_password="lead-secret-3")
    owner = open_team(admin_address, keyring=False)
    lead = open_team(admin_address.as_user("lee"), "lead-secret-3")
    passwords = {name: admin.add_agent(lead, name, languages=("de",)) for name in ("kai", "ola")}
    passwords["lee"] = "lead-secret-3"
    with owner.sessionmaker.begin() as session:
        session.add(Account(channel=Channel.EMAIL, name="shop", sla_hours=12, created_at=datetime.now(UTC),
                            settings_json=json.dumps({"imap_host": "mail.example.com"})))
    Ingestor(owner).ingest(
        [incoming(f"m{i}", f"Wo ist mein Paket {i}? Bitte um Rücksendung.", f"t{i}", f"kunde{i}@example.de", 2 + i,
                  customer_name=f"Kunde {i}") for i in range(4)]
        + [incoming("same1", "Meine erste Frage zur Bestellung", "s1", "dora@example.de", 3, customer_name="Dora"),
           incoming("same2", "Noch eine Frage zur Bestellung", "s2", "dora@example.de", 2, customer_name="Dora")]
        + [incoming(f"r{i}", f"Frage {i}", f"race{i}", f"race{i}@example.de", 1) for i in range(RACED)],
        now=datetime.now(UTC))
    store_entries(owner, [KbEntry("where-is-my-parcel", "macro", {
        "de": KbText("Wo ist mein Paket", "Ihr Paket ist unterwegs."),
        "en": KbText("Where is my parcel", "Your parcel is on its way.")}, intent="where_is_my_order")])
    proxy = TcpProxy(pg_cluster.port)
    ids = dict(owner.fetch_all("SELECT thread_key, id FROM conversations"))
    yield {"owner": owner, "lead": lead, "passwords": passwords, "ca": ca, "port": pg_cluster.port, "ids": ids,
           "proxy": proxy}
    proxy.close()
    lead.close()
    owner.close()


async def open_as(team, name, data_dir, *, port=None):
    url = f"postgresql://{name}@localhost:{port or team['port']}/{DATABASE}"
    ws = await team_ops.open_team_workspace(data_dir, url, ca_file=team["ca"], password=team["passwords"][name],
                                            translation_offline=True)
    await load_preferences(ws)
    return ws


def audit_lines(team, actor):
    return team["owner"].fetch_all("SELECT kind, conversation_id FROM audit_events WHERE actor = :a ORDER BY id",
                                   {"a": actor})


def until(hook, predicate=lambda *args: True, timeout=30):
    """A future resolved by the next emission of a core event (desk.app.events.Hook) that satisfies
    `predicate`; awaited with a timeout, never polled."""
    loop = asyncio.get_running_loop()
    arrived = loop.create_future()

    def receive(*args):
        if not arrived.done() and predicate(*args):
            arrived.set_result(args)

    hook.connect(receive)
    arrived.receiver = receive  # held: events keep plain functions strongly, but only while we wait
    return asyncio.wait_for(arrived, timeout)


def test_every_operation_of_the_window_works_for_an_agent_and_is_audited_once(team, tmp_path):
    ids = team["ids"]

    async def scenario():
        ws = await open_as(team, "kai", tmp_path / "kai")
        try:
            assert ws.agent_name == "kai" and not ws.team.is_lead and ws.db is ws.team.team_db
            everything = await queue.load_page(ws, QueueFilter(statuses=()), None)
            assert {row.id for row in everything} >= {ids["t0"], ids["s1"]}
            assert (await queue.view_counts(ws, {"all": QueueFilter(statuses=())}))["all"] == len(ids)
            opened = await conversations.open_conversation(ws, ids["t0"])
            assert opened.conversation.customer_name == "Kunde 0"
            hits = await search.search(ws, "rucksendung")
            assert {h.conversation_id for h in hits if h.kind == "message"} >= {ids["t0"], ids["t3"]}
            assert [h.slug for h in await knowledge.search(ws, "Paket")] == ["where-is-my-parcel"]
            assert "Ihr Paket" in await knowledge.render_macro(ws, ids["t0"], "where-is-my-parcel", "de")
            assert [a.name for a in await account_ops.list_accounts(ws)] == ["shop"]  # its settings withheld
            assert (await account_ops.list_accounts(ws))[0].settings == {}
            assert await account_ops.account_warnings(ws) == {}
            assert await replies.template_choices(ws, ids["t0"]) == []
            assert await replies.reply_cost(ws, ids["t0"]) is None

            # drafts and the agent's own settings live in this PC's mirror, not on the team database
            language = replies.ReplyLanguage("de", "de")
            await replies.save_draft(ws, ids["t0"], "Entwurf", language)
            assert (await replies.load_draft(ws, opened.conversation)).text == "Entwurf"
            assert ws.team.mirror_db.fetch_all("SELECT body FROM drafts") == [("Entwurf",)]
            view = await settings_ops.load_settings(ws)
            assert view.values["agent.name"] == "" and view.values["autoreply.rules"] == {}
            await settings_ops.save_settings(ws, settings_ops.SettingsUpdate(
                values={"notify.sound": False, "sla.warn_hours": 3}, rules=[], profiles=[]))
            assert (await notifications.preferences(ws)).sound is False
            assert team["owner"].fetch_all("SELECT count(*) FROM settings")[0][0] == 0  # nothing of kai's there
            assert not await settings_ops.key_bindings(ws)
            with pytest.raises(NotPermitted):
                await knowledge.save_note_text(ws, "where-is-my-parcel", "de", "changed")

            # the agent's day: claim, reply, note with a mention, states, tags, merge, undo
            claimed = await lifecycle.assign_to_me(ws, ids["t0"])
            assert claimed.undo and claimed.lost == ()
            sent = await replies.send_reply(ws, ids["t0"], "Ihr Paket ist unterwegs.", language)
            assert sent.sent and (await replies.load_draft(ws, opened.conversation)).text == ""
            await replies.add_note(ws, ids["t0"], "@ola bitte prüfen", [INVOICE])
            assert team["owner"].fetch_all("SELECT agent FROM mentions") == [("ola",)]
            assert team["owner"].fetch_all(  # the file is on the team database, for the worker and colleagues
                "SELECT a.filename, b.size FROM attachments a JOIN messages m ON m.id = a.message_id "
                "JOIN file_blobs b ON b.sha256 = a.sha256 WHERE m.body_text = '@ola bitte prüfen'") == [
                    (INVOICE.filename, len(INVOICE.data))]
            await lifecycle.add_note(ws, ids["t1"], "Kunde angerufen, @OLA weiß Bescheid")
            resolved = await lifecycle.resolve(ws, ids["t0"])
            await lifecycle.reopen(ws, ids["t0"])
            await lifecycle.set_pending(ws, ids["t1"])
            await lifecycle.snooze(ws, ids["t2"], datetime.now(UTC) + timedelta(hours=3))
            await lifecycle.tag(ws, [ids["t0"], ids["t1"]], add=["refund"])
            await lifecycle.set_tag_colour(ws, "refund", "#188038")
            merged = await lifecycle.merge(ws, ids["s1"], ids["s2"])
            assert team["owner"].fetch_all("SELECT count(*) FROM messages WHERE conversation_id = :c",
                                           {"c": ids["s2"]})[0][0] == 2
            await lifecycle.undo(ws, merged.undo)
            await lifecycle.undo(ws, resolved.undo)  # nothing left to take back: reopened since
            assert [link.id for link in await lifecycle.linked(ws, ids["s1"])] == [ids["s2"]]
            assert "ola" in await lifecycle.known_agents(ws)
        finally:
            await ws.close()

    asyncio.run(scenario())
    lines = audit_lines(team, "kai")
    mine = [(kind, cid) for kind, cid in lines if kind.startswith(("conversation.", "tag."))]
    assert mine == [
        ("conversation.assign", ids["t0"]), ("conversation.note", ids["t0"]),  # the reply box's note, then n's
        ("conversation.note", ids["t1"]), ("conversation.resolve", ids["t0"]),
        ("conversation.reopen", ids["t0"]), ("conversation.pending", ids["t1"]), ("conversation.snooze", ids["t2"]),
        ("conversation.tag", ids["t0"]), ("conversation.tag", ids["t1"]), ("tag.colour", None),
        ("conversation.merge", ids["s1"]),  # the target stayed open: nothing of it changed but its messages
        ("conversation.undo_merge", ids["s1"]), ("conversation.undo_merge", ids["s2"])]
    state = dict(team["owner"].fetch_all("SELECT thread_key, status FROM conversations WHERE thread_key IN "
                                         "('t0', 't1', 't2', 's1', 's2')"))
    assert state == {"t0": "open", "t1": "pending", "t2": "snoozed", "s1": "open", "s2": "open"}
    assert team["owner"].fetch_all("SELECT author, direction FROM messages WHERE conversation_id = :c "
                                   "AND direction != 'in' ORDER BY id", {"c": ids["t0"]}) == [
        ("kai", "out"), ("kai", "note")]


def test_two_agents_racing_for_the_same_conversations_never_both_win(team, tmp_path):
    race = [team["ids"][f"race{i}"] for i in range(RACED)]

    async def scenario():
        kai, ola = await open_as(team, "kai", tmp_path / "kai"), await open_as(team, "ola", tmp_path / "ola")
        try:
            outcomes = []
            for cid in race:  # both at once, on their own threads and connections
                outcomes.append(await asyncio.gather(lifecycle.assign_to_me(kai, cid), lifecycle.assign_to_me(ola, cid)))
            return outcomes
        finally:
            await kai.close()
            await ola.close()

    outcomes = asyncio.run(scenario())
    owners = dict(team["owner"].fetch_all(f"SELECT id, assignee FROM conversations WHERE id IN "
                                          f"({','.join(map(str, race))})"))
    for cid, (kai, ola) in zip(race, outcomes):
        winners = [r for r in (kai, ola) if r.undo]
        assert len(winners) == 1, (cid, kai, ola)
        loser = ola if kai.undo else kai
        assert loser.lost == ((cid, owners[cid]),) and owners[cid] == ("kai" if kai.undo else "ola")
    assert team["owner"].fetch_all(f"SELECT count(*) FROM audit_events WHERE kind = 'conversation.assign' AND "
                                   f"conversation_id IN ({','.join(map(str, race))})")[0][0] == RACED


def test_a_colleagues_conversation_is_asked_about_first_and_a_lead_reassigns_it(team, tmp_path):
    cid = team["ids"]["t3"]
    language = replies.ReplyLanguage("de", "de")

    async def scenario():
        kai, ola = await open_as(team, "kai", tmp_path / "kai"), await open_as(team, "ola", tmp_path / "ola")
        lee = await open_as(team, "lee", tmp_path / "lee")
        try:
            assert (await lifecycle.assign_to_me(kai, cid)).undo
            with pytest.raises(OwnedByColleague) as owned:
                await lifecycle.resolve(ola, cid)
            assert owned.value.owners == {cid: "kai"} and owned.value.code == "owned"
            refused = await replies.send_reply(ola, cid, "Ich übernehme das.", language)
            assert (refused.refused, refused.reason, refused.sent) == ("owned", "kai", False)
            assert (await replies.send_reply(ola, cid, "Ich übernehme das.", language, over_owner=True)).sent
            taken = await lifecycle.assign_to_me(ola, cid)  # an agent does not take a colleague's
            assert not taken.undo and taken.lost == ((cid, "kai"),)
            assert lee.team.is_lead
            moved = await lifecycle.assign(lee, cid, "ola")
            assert moved.undo and moved.lost == ()
            assert (await lifecycle.resolve(kai, cid, confirmed=True)).undo
        finally:
            for ws in (kai, ola, lee):
                await ws.close()

    asyncio.run(scenario())
    assert team["owner"].fetch_all("SELECT assignee, status FROM conversations WHERE id = :c", {"c": cid}) == [
        ("ola", "resolved")]


def test_colleagues_changes_presence_and_mentions_arrive_live(team, tmp_path):
    cid = team["ids"]["t2"]

    async def scenario():
        kai, ola = await open_as(team, "kai", tmp_path / "kai"), await open_as(team, "ola", tmp_path / "ola")
        try:
            listening = until(kai.events.team_status, lambda s: s.state == "online" and s.live)
            await team_ops.start(kai)
            await listening
            await team_ops.show_presence(kai, cid)
            seen = until(kai.events.presence, lambda c: c == cid)
            await team_ops.show_presence(ola, cid, typing=True)
            await seen
            assert await team_ops.colleagues(kai, cid) == [team_ops.Colleague("ola", "typing")]
            changed = until(kai.events.changed, lambda changes: cid in changes.conversations)
            await replies.send_reply(ola, cid, "Ich bin dran.", replies.ReplyLanguage("de", "de"), over_owner=True)
            await changed
            mentioned = until(kai.events.mentioned)
            await replies.add_note(ola, cid, "@kai kannst du übernehmen?")
            (mention,) = await mentioned
            assert (mention.conversation_id, mention.author) == (cid, "ola") and "@kai" in mention.text
            left = until(kai.events.presence, lambda c: c == cid)
            await team_ops.show_presence(ola, None)
            await left
            assert await team_ops.colleagues(kai, cid) == []
        finally:
            await kai.close()
            await ola.close()

    asyncio.run(scenario())
    assert team["owner"].fetch_all("SELECT count(*) FROM presence")[0][0] == 0  # closing left


def test_a_call_that_finds_the_server_gone_turns_the_workspace_offline_at_once(team, tmp_path):
    proxy = team["proxy"]

    async def scenario():
        kai = await open_as(team, "kai", tmp_path / "kai", port=proxy.port)
        try:
            assert kai.db is kai.team.team_db
            proxy.cut()
            with pytest.raises(TeamOffline):  # one call fails, as a DeskError the window shows once
                await queue.load_page(kai, QueueFilter(statuses=()), None)
            assert not kai.team.online and kai.db is kai.team.mirror_db
            tried = proxy.attempts
            await queue.load_page(kai, QueueFilter(statuses=()), None)  # the mirror answers: no network, no error
            assert proxy.attempts == tried and team_ops.status(kai).state == "offline"
            proxy.restore()
            assert await kai.executors.io(kai.team.link.probe, at_once=True)
            assert kai.db is kai.team.team_db
        finally:
            proxy.restore()
            await kai.close()

    asyncio.run(scenario())


def test_an_agent_losing_the_server_works_on_the_mirror_and_is_asked_before_a_conflicting_reply_goes(team, tmp_path):
    ids, proxy = team["ids"], team["proxy"]
    answered, quiet = ids["race0"], ids["race1"]
    language = replies.ReplyLanguage("de", "de")

    async def scenario():
        kai = await open_as(team, "kai", tmp_path / "kai", port=proxy.port)
        ola = await open_as(team, "ola", tmp_path / "ola")
        try:
            await team_ops.start(kai)
            for cid in (answered, quiet):
                await conversations.open_conversation(kai, cid)
                assert await team_ops.mirrored(kai, cid)
            offline = until(kai.events.team_status, lambda s: s.state == "offline")
            proxy.cut()  # the live listener notices, and the link finds the server gone
            await offline
            assert kai.db is kai.team.mirror_db and not kai.team.online
            shown = await queue.load_page(kai, QueueFilter(statuses=()), None)  # from the mirror
            assert {answered, quiet} <= {row.id for row in shown}
            with pytest.raises(ActionRefused) as refused:
                await lifecycle.resolve(kai, quiet)
            assert refused.value.code == "offline"
            for cid in (answered, quiet):
                assert (await replies.send_reply(kai, cid, f"Offline geschrieben {cid}", language, over_owner=True)).sent
            await replies.add_note(kai, quiet, "@ola offline notiert")
            with_file = await replies.send_reply(kai, quiet, "Mit Rechnung", language, over_owner=True,
                                                 attachments=[INVOICE])
            assert with_file.refused == "files_offline"  # the mirror keeps text only: refused, not dropped
            with pytest.raises(ActionRefused) as no_files:
                await replies.add_note(kai, quiet, "Rechnung anbei", [INVOICE])
            assert no_files.value.code == "files_offline"
            waiting = (await conversations.open_conversation(kai, quiet)).conversation.messages
            assert [m.id >= LOCAL_IDS for m in waiting[-2:]] == [True, True]
            assert team_ops.status(kai).waiting == 3

            await replies.send_reply(ola, answered, "Schon beantwortet.", language, over_owner=True)
            held = until(kai.events.replies_held)
            back = until(kai.events.team_status, lambda s: s.state == "online")
            proxy.restore()
            await back
            (waiting_replies,) = await held
            assert [(h.conversation_id, h.reason, h.by) for h in waiting_replies] == [(answered, "answered", "ola")]
            assert kai.db is kai.team.team_db
            await team_ops.keep_as_draft(kai, waiting_replies[0].key)
            draft = await replies.load_draft(kai, (await conversations.open_conversation(kai, answered)).conversation)
            assert draft.text == f"Offline geschrieben {answered}" and team_ops.status(kai).waiting == 0
        finally:
            proxy.restore()
            await kai.close()
            await ola.close()

    asyncio.run(scenario())
    owner = team["owner"]
    bodies = [b for (b,) in owner.fetch_all("SELECT body_text FROM messages WHERE author = 'kai' AND "
                                            "body_text LIKE '%offline%' OR body_text LIKE 'Offline%'")]
    assert bodies.count(f"Offline geschrieben {quiet}") == 1 and f"Offline geschrieben {answered}" not in bodies
    assert owner.fetch_all("SELECT agent FROM mentions m JOIN messages n ON n.id = m.message_id "
                           "WHERE n.body_text = '@ola offline notiert'") == [("ola",)]
