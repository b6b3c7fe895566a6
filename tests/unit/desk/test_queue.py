"""The queue query against a plain-Python model of it, on random workspaces (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.domain import Channel, ConversationStatus, QueueFilter
from desk.domain.model import QUEUE_SORTS
from desk.storage.queue import cursor_after, queue_count, queue_page, queue_rows
from desk.storage.timekeys import NEVER, NO_DUE

CHANNELS = [c.value for c in Channel]
STATUSES = [s.value for s in ConversationStatus]
LANGS = ["en", "de", "ja", "zh"]
ASSIGNEES = [None, "li.na", "wang.lei"]
TAGS = ["refund", "late-parcel", "angry"]

conversation = st.fixed_dictionaries(
    {
        "channel": st.sampled_from(CHANNELS),
        "status": st.sampled_from(STATUSES),
        "language": st.sampled_from(LANGS),
        "assignee": st.sampled_from(ASSIGNEES),
        # few distinct values so ties on due time and last inbound are common
        "due": st.one_of(st.just(NO_DUE), st.integers(1_000, 1_005)),
        "inbound": st.one_of(st.just(NEVER), st.integers(500, 503)),
        "tags": st.sets(st.sampled_from(TAGS), max_size=2),
        "subject": st.sampled_from(["", "Refund", "abc", "Zeta"]),
        "intent": st.sampled_from([None, "refund_status", "other"]),
        "last_message": st.one_of(st.none(), st.integers(600, 603)),
    }
)

queue_filter = st.builds(
    QueueFilter,
    channels=st.lists(st.sampled_from(list(Channel)), max_size=2, unique=True).map(tuple),
    statuses=st.lists(st.sampled_from(list(ConversationStatus)), max_size=2, unique=True).map(tuple),
    languages=st.lists(st.sampled_from(LANGS), max_size=2, unique=True).map(tuple),
    assignee=st.sampled_from([None, "li.na"]),
    unassigned_only=st.booleans(),
    tag=st.sampled_from([None, *TAGS]),
    due_by=st.sampled_from([(), (("amazon", 1002),), (("amazon", 1003), ("email", 1001))]),
    sort=st.sampled_from(QUEUE_SORTS),
    descending=st.booleans(),
)


def fill(db, accounts, rows: list[dict]) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM conversations")
        for i, r in enumerate(rows):
            cid = conn.exec_driver_sql(
                "INSERT INTO conversations (account_id, channel, thread_key, subject, status, assignee, language,"
                " sla_due_at, last_inbound_at, preview, message_count, created_at, intent, last_message_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'preview', 0, 0, ?, ?)",
                (accounts[r.get("channel")], r["channel"], f"t{i}", r.get("subject", ""), r["status"], r["assignee"],
                 r["language"], r["due"], r["inbound"], r.get("intent"), r.get("last_message")),
            ).lastrowid
            r["id"] = cid
            for tag in r["tags"]:
                conn.exec_driver_sql("INSERT INTO conversation_tags VALUES (?, ?)", (cid, tag))


def expected(rows: list[dict], f: QueueFilter) -> list[int]:
    def keep(r):
        return (
            (not f.channels or r["channel"] in f.channels)
            and (r["status"] in f.statuses if f.statuses else r["status"] != "merged")
            and (not f.languages or r["language"] in f.languages)
            and (r["assignee"] is None if f.unassigned_only else not f.assignee or r["assignee"] == f.assignee)
            and (f.tag is None or f.tag in r["tags"])
            and (not f.due_by or any(r["channel"] == ch and r["due"] <= by for ch, by in f.due_by))
        )

    return [r["id"] for r in sorted(filter(keep, rows), key=lambda r: sort_key(r, f.sort), reverse=f.descending)]


def sort_key(r: dict, sort: str) -> tuple:
    """The queue's orders, written plainly."""
    return {
        "due": (r["due"], r["inbound"]),
        "channel": (r["channel"], r["due"]),
        "customer": ("",),
        "subject": ((r.get("subject") or "preview").lower(),),
        "topic": (r.get("intent") or "", r["due"]),
        "language": (r["language"] or "", r["due"]),
        "assignee": (r["assignee"] or "", r["due"]),
        "updated": (r.get("last_message") or 0,),
    }[sort] + (r["id"],)


def all_pages(db, f: QueueFilter, size: int) -> list[int]:
    ids, after = [], None
    while True:
        page = queue_page(db, f, after, limit=size)
        ids.extend(r.id for r in page)
        if len(page) < size:
            return ids
        after = cursor_after(page[-1])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(conversation, max_size=40), flt=queue_filter, page_size=st.integers(1, 7))
def test_pages_concatenate_to_the_ordered_filtered_queue(db, accounts, rows, flt, page_size):
    fill(db, accounts, rows)
    want = expected(rows, flt)
    assert all_pages(db, flt, page_size) == want
    assert queue_count(db, flt) == len(want)
    assert queue_count(db, QueueFilter(statuses=())) == len([r for r in rows if r["status"] != "merged"])
    some = [r["id"] for r in rows[::2]]
    assert [r.id for r in queue_rows(db, flt, some)] == [i for i in want if i in some]


def test_row_values_are_mapped_back_to_none(db, accounts):
    fill(db, accounts, [{"channel": "amazon", "status": "open", "language": "de", "assignee": None,
                         "due": NO_DUE, "inbound": NEVER, "tags": {"refund"}}])
    row = queue_page(db)[0]
    assert row.sla_due_at is None and row.last_inbound_at is None and row.tags == ("refund",)


@pytest.mark.parametrize("text, hits", [("Rücksendung", 1), ("rucksendung", 1), ("退款", 1), ("nothing-like-it", 0), ("!!", 0)])
def test_queue_filtered_by_search_text(db, accounts, text, hits):
    from desk.storage.ingest import Ingestor
    from tests.helpers.messages import message

    Ingestor(db).ingest(
        [message(accounts["amazon"], "1", "Ich möchte eine Rücksendung", thread="a"),
         message(accounts["whatsapp"], "2", "我想申请退款", thread="b"),
         message(accounts["shopify"], "3", "Where is my order?", thread="c")],
        now=datetime(2026, 11, 20, tzinfo=UTC),
    )
    assert len(queue_page(db, QueueFilter(text=text))) == hits
