"""The same storage code on a real PostgreSQL server, by URL (team mode)."""

import threading
from datetime import UTC, datetime

import pytest

from desk.domain import Channel, QueueFilter
from desk.storage.db import Database
from desk.storage.ingest import Ingestor
from desk.storage.queue import cursor_after, queue_page
from desk.storage.search import search
from tests.helpers.messages import NOW, message


@pytest.fixture
def pg(pg_url):
    db = Database.open_url(pg_url)
    from desk.storage.models import Account

    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "TRUNCATE accounts, customers, conversations, messages, orders RESTART IDENTITY CASCADE"
        )
    with db.sessionmaker.begin() as session:
        session.add_all(Account(channel=c, name=c.value, sla_hours=24, created_at=datetime.now(UTC)) for c in Channel)
    yield db
    db.close()


def test_migrations_reach_head(pg):
    from desk.storage import schema

    assert pg.fetch_all("SELECT version_num FROM alembic_version") == [(schema.HEAD,)]


def test_ingest_is_idempotent_and_concurrent_safe(pg):
    batch = [message(1, f"m{i}", f"Bonjour, colis {i}", thread=f"t{i % 4}", customer_email=f"c{i % 4}@x.fr")
             for i in range(40)]
    barrier = threading.Barrier(3)

    def worker():
        barrier.wait()
        Ingestor(pg).ingest(batch, now=NOW)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert pg.fetch_all("SELECT count(*) FROM messages") == [(40,)]
    assert pg.fetch_all("SELECT count(*) FROM conversations") == [(4,)]
    assert pg.fetch_all("SELECT sum(message_count) FROM conversations") == [(40,)]


def test_queue_pages_in_due_order(pg):
    Ingestor(pg).ingest([message(1, f"q{i}", thread=f"q{i}", hours_ago=i % 5 + 1) for i in range(23)], now=NOW)
    seen, after = [], None
    while page := queue_page(pg, QueueFilter(), after, limit=5):
        seen.extend(page)
        after = cursor_after(page[-1])
    assert len(seen) == 23
    keys = [(r.sla_due_at, r.last_inbound_at, r.id) for r in seen]
    assert keys == sorted(keys)


def test_search_finds_cjk_and_case_folded_words(pg):
    Ingestor(pg).ingest(
        [message(1, "a", "我要退款，物流太慢", thread="a"), message(1, "b", "Eine Rücksendung bitte", thread="b")],
        now=NOW,
    )
    assert {h.conversation_id for h in search(pg, "退款") if h.kind == "message"}
    assert {h.conversation_id for h in search(pg, "RÜCKSENDUNG") if h.kind == "message"}


def test_knowledge_base_saves_searches_and_suggests(pg):
    from desk.knowledge import KbEntry, KbText, MacroContext, delete_entry, render_macro, save_entry, suggest
    from desk.knowledge import search as kb_search

    with pg.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE kb_entries, kb_texts RESTART IDENTITY CASCADE")
    save_entry(pg, KbEntry("refund-status", "macro", {
        "en": KbText("Refund on its way", "Hi {{ customer_name }}, your refund was issued."),
        "zh": KbText("退款进度", "您的退款已经处理。"),
    }, intent="refund_status"))
    save_entry(pg, KbEntry("customs", "article", {"en": KbText("Customs", "We refund duties for lost parcels.")}))
    save_entry(pg, KbEntry("customs", "article", {"en": KbText("Customs duties", "Duties are paid by the buyer.")}))
    assert [h.slug for h in kb_search(pg, "REFUND")] == ["refund-status"]  # replaced text no longer matches
    assert [(h.slug, h.language) for h in kb_search(pg, "退款", language="zh")] == [("refund-status", "zh")]
    assert [h.slug for h in suggest(pg, text="Who pays the duties?", intent=None, language="en")] == ["customs"]
    assert render_macro(pg, "refund-status", "en", MacroContext(customer_name="Ana")) == (
        "Hi Ana, your refund was issued.")
    assert delete_entry(pg, "customs") and kb_search(pg, "duties") == []


def test_migrations_create_exactly_the_models_schema(pg):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desk.storage.migrate import include_name
    from desk.storage.models import Base

    with pg.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []


def test_a_database_from_before_the_search_index_is_indexed_when_migrated(pg_cluster):
    """0007 fills the search tables from what a team database already holds."""
    from desk.knowledge import search as kb_search
    from desk.storage.migrate import upgrade

    db = Database(pg_cluster.create_database("before_0007"))
    upgrade(db.engine, "0004")
    with db.engine.begin() as conn:
        for statement in (
            "INSERT INTO accounts (id, channel, name, settings_json, sla_hours, created_at) VALUES (1, 'email', 'm', '{}', 24, 0)",
            "INSERT INTO customers (id, display_name, created_at) VALUES (1, 'Zoë Dupont', 0)",
            "INSERT INTO customer_identities (customer_id, kind, value) VALUES (1, 'email', 'zoe@exemple.fr')",
            "INSERT INTO conversations (id, account_id, channel, thread_key, customer_id, subject, status, sla_due_at,"
            " last_inbound_at, preview, message_count, created_at) VALUES (1, 1, 'email', 't', 1, '', 'open', 0, 0, '', 2, 0)",
            "INSERT INTO messages (conversation_id, account_id, external_id, direction, body_text, sent_at, received_at,"
            " delivery_state) VALUES (1, 1, 'a', 'in', 'Eine Rücksendung bitte', 0, 0, 'received'),"
            " (1, 1, 'b', 'in', '我要退款', 0, 0, 'received')",
            "INSERT INTO kb_entries (id, slug, kind, markets, channels, tags, updated_at) VALUES (1, 'refund', 'macro', '', '', '', 0)",
            "INSERT INTO kb_texts (entry_id, language, title, body) VALUES (1, 'en', 'Refund sent', 'We refunded you.')",
        ):
            conn.exec_driver_sql(statement)
    upgrade(db.engine)
    assert {h.kind for h in search(db, "rucksendung")} == {"message"}
    assert [h.kind for h in search(db, "退")] == ["message"]
    assert [h.title for h in search(db, "exemple")] == ["Zoë Dupont"]
    assert [h.slug for h in kb_search(db, "refunded")] == ["refund"]
    db.close()
