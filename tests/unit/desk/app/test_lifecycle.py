"""The conversation lifecycle as operations: resolve, reopen, pending, snooze (waking on time or when
the customer writes), assign, tags, notes that mention agents, merge, linked conversations, bulk
actions, Undo, and the audit log behind every one of them."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from desk.app import lifecycle, queue
from desk.app.workspace import Workspace
from desk.domain import ConversationStatus, Direction, QueueFilter
from desk.domain.queue_views import QUEUE_VIEWS
from desk.errors import ActionRefused
from desk.storage.ingest import Ingestor
from desk.storage.timekeys import NO_DUE
from tests.helpers.messages import NOW, message

T = int(NOW.timestamp())


@pytest.fixture
def ws(db, accounts):
    workspace = Workspace(db)
    workspace.agent_name = "li.na"
    yield workspace
    workspace.executors.shutdown()


@pytest.fixture
def threads(db, accounts):
    """Three Shopify threads of one customer (two about order #1163) and one Amazon thread of another."""
    shop, amazon = accounts["shopify"], accounts["amazon"]
    Ingestor(db).ingest([
        message(shop, "a1", "Where is order #1163?", thread="a", customer_email="ana@x.es", order_external_id="#1163",
                hours_ago=5),
        message(shop, "b1", "And the invoice for #1163?", thread="b", customer_email="ana@x.es",
                order_external_id="#1163", hours_ago=4),
        message(shop, "c1", "Another question", thread="c", customer_email="ana@x.es", hours_ago=3),
        message(amazon, "d1", "Wo ist mein Paket?", thread="d", customer_email="max@x.de", hours_ago=2),
    ], now=NOW)
    return dict(db.fetch_all("SELECT thread_key, id FROM conversations"))


def run(coro):
    return asyncio.run(coro)


def state(db, cid: int) -> dict:
    row = db.fetch_all("SELECT status, assignee, snooze_until, sla_due_at, clock_stopped_at, merged_into, "
                       "message_count FROM conversations WHERE id = :c", {"c": cid})[0]
    return dict(zip(("status", "assignee", "snooze_until", "sla_due_at", "clock_stopped_at", "merged_into",
                     "message_count"), row))


def audit(db, cid: int) -> list[tuple[str, str, dict]]:
    return [(actor, kind, json.loads(detail)) for actor, kind, detail in db.fetch_all(
        "SELECT actor, kind, detail_json FROM audit_events WHERE conversation_id = :c ORDER BY id", {"c": cid})]


def customer_writes(db, account_id: int, thread: str, external_id: str, at: datetime) -> None:
    Ingestor(db).ingest([message(account_id, external_id, "Any news?", thread=thread, customer_email="ana@x.es",
                                 hours_ago=(NOW - at).total_seconds() / 3600)], now=NOW)


def test_resolve_stops_the_clock_is_audited_and_undo_puts_back_exactly_that(db, ws, threads):
    cid = threads["a"]
    before = state(db, cid)
    result = run(lifecycle.resolve(ws, cid, now=T))
    after = state(db, cid)
    assert after["status"] == "resolved" and after["sla_due_at"] == NO_DUE and after["clock_stopped_at"] == T
    assert result.changes.touches(cid) and result.changes.queue and result.changed
    (who, kind, detail), = audit(db, cid)
    assert (who, kind) == ("li.na", "conversation.resolve")
    assert detail["before"]["status"] == "open" and detail["after"]["status"] == "resolved"
    changes = run(lifecycle.undo(ws, result.undo, now=T + 5))
    assert state(db, cid) == before and changes.touches(cid)
    assert [k for _, k, _ in audit(db, cid)] == ["conversation.resolve", "conversation.undo_resolve"]


def test_undo_keeps_what_changed_since_a_customer_message_reopened_it(db, ws, accounts, threads):
    cid = threads["a"]
    result = run(lifecycle.resolve(ws, cid, now=T - 600))
    customer_writes(db, accounts["shopify"], "a", "a2", NOW)
    reopened = state(db, cid)
    assert reopened["status"] == "open" and reopened["sla_due_at"] == T + 12 * 3600  # Shopify's 12 h from now
    run(lifecycle.undo(ws, result.undo, now=T + 5))
    assert state(db, cid)["status"] == "open" and state(db, cid)["sla_due_at"] == T + 12 * 3600


def test_a_resolved_or_pending_conversation_reopens_when_the_customer_writes(db, ws, accounts, threads):
    run(lifecycle.set_pending(ws, threads["a"], now=T))
    assert state(db, threads["a"])["status"] == "pending" and state(db, threads["a"])["sla_due_at"] == NO_DUE
    customer_writes(db, accounts["shopify"], "a", "a2", NOW)
    assert state(db, threads["a"])["status"] == "open"


def test_reopen_by_hand_makes_a_waiting_customer_due_again(db, ws, threads):
    cid = threads["b"]
    due = state(db, cid)["sla_due_at"]
    run(lifecycle.resolve(ws, cid, now=T))
    run(lifecycle.reopen(ws, cid, now=T + 60))
    assert state(db, cid)["status"] == "open" and state(db, cid)["sla_due_at"] == due
    assert not run(lifecycle.reopen(ws, cid, now=T + 90)).changed  # already open: nothing to do, nothing logged
    assert len(audit(db, cid)) == 2


def test_snooze_wakes_early_when_the_customer_writes(db, ws, accounts, threads):
    cid = threads["a"]
    until = NOW + timedelta(days=2)
    run(lifecycle.snooze(ws, cid, until, now=T))
    assert state(db, cid)["status"] == "snoozed" and state(db, cid)["snooze_until"] == int(until.timestamp())
    customer_writes(db, accounts["shopify"], "a", "a2", NOW)
    assert state(db, cid)["status"] == "open" and state(db, cid)["snooze_until"] is None


def test_snooze_wakes_on_time_without_a_window(db, ws, threads):
    cid = threads["a"]
    run(lifecycle.snooze(ws, [cid, threads["b"]], NOW + timedelta(hours=1), now=T))
    assert run(lifecycle.wake_snoozed(ws, now=T + 3599)) == lifecycle.NOTHING
    assert run(lifecycle.next_wake(ws)) == T + 3600
    woken = run(lifecycle.wake_snoozed(ws, now=T + 3600))
    assert woken.conversations == {cid, threads["b"]} and woken.queue
    assert state(db, cid)["status"] == "open" and state(db, cid)["snooze_until"] is None
    assert audit(db, cid)[-1][:2] == ("desk", "conversation.wake")


def test_the_sync_service_wakes_snoozed_conversations_when_their_time_comes(db, ws, threads):
    from desk.app.sync import SyncService

    async def scenario():
        soon = datetime.fromtimestamp(int(time.time()) + 1, UTC)
        await lifecycle.snooze(ws, threads["c"], soon)
        service = SyncService(ws, wake_check_s=30)
        heard = asyncio.get_running_loop().create_future()
        ws.events.changed.connect(
            lambda changes: None if heard.done() or not changes.touches(threads["c"]) else heard.set_result(changes))
        await service.start()  # no accounts: the pipeline (triaging the threads) and the waker
        try:
            return await asyncio.wait_for(heard, 10)
        finally:
            await service.stop()

    changes = run(scenario())
    assert changes.touches(threads["c"]) and state(db, threads["c"])["status"] == "open"


def test_snooze_refuses_a_time_past_or_without_a_zone(ws, threads):
    with pytest.raises(ActionRefused) as past:
        run(lifecycle.snooze(ws, threads["a"], NOW - timedelta(minutes=1), now=T))
    assert past.value.code == "snooze_past"
    with pytest.raises(ActionRefused) as naive:
        run(lifecycle.snooze(ws, threads["a"], datetime(2030, 1, 1, 9), now=T))
    assert naive.value.code == "snooze_naive"


def test_assign_to_known_agents_only_me_needs_a_name(db, ws, threads):
    from desk.routing.profiles import AgentProfile, save_profile

    save_profile(db, AgentProfile("sofia.m", ("es", "en")))
    run(lifecycle.assign(ws, threads["a"], "Sofia.M"))
    assert state(db, threads["a"])["assignee"] == "sofia.m"
    assert run(lifecycle.known_agents(ws)) == ["li.na", "sofia.m"]
    with pytest.raises(ActionRefused) as unknown:
        run(lifecycle.assign(ws, threads["a"], "nobody"))
    assert unknown.value.code == "unknown_agent" and "sofia.m" in str(unknown.value)
    run(lifecycle.assign_to_me(ws, [threads["a"], threads["b"]]))
    assert {state(db, threads[k])["assignee"] for k in "ab"} == {"li.na"}
    run(lifecycle.assign(ws, threads["a"], None))
    assert state(db, threads["a"])["assignee"] is None
    ws.agent_name = ""
    with pytest.raises(ActionRefused) as nameless:
        run(lifecycle.assign_to_me(ws, threads["a"]))
    assert nameless.value.code == "no_name"


def test_tags_add_remove_colour_filter_and_undo_on_a_selection(db, ws, threads):
    ids = [threads["a"], threads["b"]]
    result = run(lifecycle.tag(ws, ids, add=["#vip", "refund"]))
    assert set(result.undo.tags_added) == {(i, t) for i in ids for t in ("vip", "refund")}
    tags = {t.name: t for t in run(lifecycle.tags(ws))}
    assert tags["vip"].count == 2 and tags["vip"].colour.startswith("#")
    run(lifecycle.set_tag_colour(ws, "vip", "#ff0000"))
    assert {t.name: t.colour for t in run(lifecycle.tags(ws))}["vip"] == "#ff0000"
    assert {r.id for r in run(queue.load_page(ws, QueueFilter(tag="vip"), None))} == set(ids)
    removed = run(lifecycle.tag(ws, threads["a"], remove=["vip", "never-had"]))
    assert removed.undo.tags_removed == ((threads["a"], "vip"),)
    run(lifecycle.undo(ws, removed.undo))
    run(lifecycle.undo(ws, result.undo))
    assert db.fetch_all("SELECT count(*) FROM conversation_tags") == [(0,)]
    for bad in ("", "a,b", "-x", "x" * 65):
        with pytest.raises(ActionRefused):
            run(lifecycle.tag(ws, ids, add=[bad]))


def test_notes_record_the_agents_they_mention(db, ws, threads):
    from desk.app.replies import add_note
    from desk.routing.profiles import AgentProfile, save_profile

    save_profile(db, AgentProfile("li.na", ("zh", "en")))
    ws.agent_name = "wang.lei"  # known as the agent at this PC
    result = run(lifecycle.add_note(ws, threads["a"], "@Li.Na please check, and @nobody too. cc @wang.lei."))
    assert result.changes.touches(threads["a"])
    assert db.fetch_all("SELECT agent FROM mentions ORDER BY id") == [("li.na",), ("wang.lei",)]
    run(add_note(ws, threads["b"], "the reply box's notes too, @li.na"))
    assert db.fetch_all("SELECT conversation_id FROM mentions WHERE agent = 'li.na' ORDER BY id") == [
        (threads["a"],), (threads["b"],)]
    assert audit(db, threads["a"])[-1][1:] == ("conversation.note", {"mentioned": ["li.na", "wang.lei"]})


def test_merge_moves_the_messages_follows_the_thread_and_undo_splits_them_again(db, ws, accounts, threads):
    source, target = threads["c"], threads["a"]
    before = {cid: state(db, cid) for cid in (source, target)}
    run(lifecycle.tag(ws, source, add=["angry"]))
    result = run(lifecycle.merge(ws, source, target, now=T))
    assert state(db, target)["message_count"] == 2 and state(db, source)["message_count"] == 1  # counts as stored
    assert db.fetch_all("SELECT count(*) FROM messages WHERE conversation_id = :s", {"s": source}) == [(0,)]
    assert state(db, source)["merged_into"] == target and state(db, source)["status"] == "merged"
    assert db.fetch_all("SELECT tag FROM conversation_tags WHERE conversation_id = :t", {"t": target}) == [("angry",)]
    assert source not in {r.id for r in run(queue.load_page(ws, QueueFilter(statuses=()), None))}
    customer_writes(db, accounts["shopify"], "c", "c2", NOW)  # on the merged thread: lands in the target
    assert db.fetch_all("SELECT conversation_id FROM messages WHERE external_id = 'c2'") == [(target,)]
    run(lifecycle.undo(ws, result.undo, now=T + 5))
    assert state(db, source)["merged_into"] is None and state(db, source)["status"] == before[source]["status"]
    assert db.fetch_all("SELECT external_id FROM messages WHERE conversation_id = :s", {"s": source}) == [("c1",)]
    assert db.fetch_all("SELECT tag FROM conversation_tags WHERE conversation_id = :t", {"t": target}) == []


def test_merge_refuses_two_customers_or_itself(ws, threads):
    for source, target, code in ((threads["a"], threads["d"], "merge_customers"), (threads["a"], threads["a"], "merge_same")):
        with pytest.raises(ActionRefused) as refused:
            run(lifecycle.merge(ws, source, target))
        assert refused.value.code == code


def test_linked_conversations_same_order_first_then_the_customer(ws, threads):
    links = run(lifecycle.linked(ws, threads["a"]))
    assert [(link.id, link.relation) for link in links] == [(threads["b"], "order"), (threads["c"], "customer")]
    assert run(lifecycle.linked(ws, threads["d"])) == []


def test_bulk_actions_and_unknown_conversations(db, ws, threads):
    ids = [threads["a"], threads["b"], threads["c"]]
    result = run(lifecycle.resolve(ws, ids, now=T))
    assert result.changes.conversations == set(ids)
    assert all(state(db, cid)["status"] == "resolved" for cid in ids)
    run(lifecycle.undo(ws, result.undo))
    assert all(state(db, cid)["status"] == "open" for cid in ids)
    with pytest.raises(ActionRefused) as gone:
        run(lifecycle.resolve(ws, [threads["a"], 999_999]))
    assert gone.value.code == "gone" and state(db, threads["a"])["status"] == "open"  # all or nothing
    with pytest.raises(ActionRefused):
        run(lifecycle.resolve(ws, []))


def test_views_count_what_their_pages_hold(db, ws, threads):
    run(lifecycle.assign_to_me(ws, threads["a"]))
    run(lifecycle.set_pending(ws, threads["b"]))
    run(lifecycle.snooze(ws, threads["c"], datetime.now(UTC) + timedelta(days=1)))
    warn = run(queue.warning_windows(ws))
    now = time.time()
    filters = {view: queue.view_filter(view, ws.agent_name, warn, now) for view in QUEUE_VIEWS}
    counts = run(queue.view_counts(ws, filters))
    for view, flt in filters.items():
        assert counts[view] == len(run(queue.load_page(ws, flt, None))), view
    assert counts["mine"] == 1 and counts["pending"] == 1 and counts["snoozed"] == 1 and counts["all"] == 4
    assert counts["open"] == 2 and counts["unassigned"] == 1


def test_saved_views_are_kept_by_name(ws):
    from desk.domain.queue_views import SavedView

    run(queue.save_view(ws, SavedView("German Amazon", "open", channels=("amazon",), languages=("de",))))
    run(queue.save_view(ws, SavedView("Refunds", "all", tag="refund", sort="customer")))
    run(queue.save_view(ws, SavedView("German Amazon", "mine", channels=("amazon",))))
    assert [(v.name, v.view) for v in run(queue.saved_views(ws))] == [("Refunds", "all"), ("German Amazon", "mine")]
    run(queue.delete_view(ws, "Refunds"))
    assert [v.name for v in run(queue.saved_views(ws))] == ["German Amazon"]
    with pytest.raises(ActionRefused):
        run(queue.save_view(ws, SavedView(" ")))


def test_describe_reports_the_lifecycle_at_the_top(db, ws, threads):
    from desk.app.conversations import describe

    run(lifecycle.tag(ws, threads["a"], add=["vip"]))
    run(lifecycle.assign(ws, threads["a"], "li.na"))
    until = datetime(2030, 1, 2, 9, tzinfo=UTC)
    run(lifecycle.snooze(ws, threads["a"], until))
    shown = run(describe(ws, threads["a"]))
    assert (shown["status"], shown["assignee"], shown["tags"], shown["snooze_until"]) == (
        "snoozed", "li.na", ["vip"], until.isoformat())
    assert [link["id"] for link in shown["linked"]] == [threads["b"], threads["c"]]


def test_direction_note_is_not_a_customer_message(db, ws, threads):
    """A note never reopens a resolved conversation (only the customer writing does)."""
    run(lifecycle.resolve(ws, threads["d"]))
    run(lifecycle.add_note(ws, threads["d"], "checked with the warehouse"))
    assert state(db, threads["d"])["status"] == ConversationStatus.RESOLVED.value
    assert db.fetch_all("SELECT direction FROM messages WHERE conversation_id = :c ORDER BY id",
                        {"c": threads["d"]})[-1] == (Direction.NOTE.value,)
