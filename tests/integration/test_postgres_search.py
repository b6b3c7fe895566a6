"""Search on the team database (PostgreSQL) finds what it finds in the SQLite cache: the same
messages, customers, queue rows and knowledge-base entries for every query of the test set,
through GIN indexes rather than a scan of every row."""

from datetime import UTC, datetime

import pytest

from desk.bench.__main__ import SEARCH_QUERIES
from desk.bench.knowledge import KB_QUERIES
from desk.demo.workspace import load_demo
from desk.domain import QueueFilter
from desk.knowledge import search as kb_search
from desk.storage.db import Database
from desk.storage.ingest import Ingestor
from desk.storage.queue import queue_page
from desk.storage.search import search
from tests.helpers.messages import message

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
EXTRA = (
    "50% off? no: 50 percent, 5000 off",
    "O'Neil wrote: the Straße is closed; ﬁne, I'll wait",
    "ΣΊΣΥΦΟΣ and Ёлка ordered a ЖЁЛТЫЙ bag",
    "iPhone退款申请已提交，请尽快处理",
    "注文番号: 503-1234567; 返品・返金をお願いします",
    "배송이 늦어요 환불해 주세요",
    "e\u0301te\u0301 a Sa\u0303o Paulo",
)
QUERIES = SEARCH_QUERIES + KB_QUERIES + (
    "PARCEL tracking", "devolucion", "RÜCKSENDUNG", "beschadigt", "recu colis", "società", "届きません",
    "快递", "物流信息", "品", "款物", "rembourse", "50%", "5000", "o'neil", "strasse", "ΣΙΣΥΦΟΣ", "σίσυφος",
    "елка", "ёлка", "退款申请", "iphone退款", "返品・返金", "환불", "배송이", "ete", "sao paulo", "ﬁne",
    "zzzz-nothing", "a", "的",
)


@pytest.fixture(scope="module")
def engines(pg_url, tmp_path_factory):
    sqlite = Database.open_path(tmp_path_factory.mktemp("sqlite") / "desk.sqlite3")
    postgres = Database.open_url(pg_url)
    for db in (sqlite, postgres):
        load_demo(db, NOW)
        Ingestor(db).ingest([message(1, f"extra{i}", text, thread=f"extra{i}", customer_name=f"Kunde {i}",
                                     customer_email=f"kunde{i}@exemple.fr") for i, text in enumerate(EXTRA)], now=NOW)
    yield sqlite, postgres
    sqlite.close()
    postgres.close()


def _message_hits(db, query):
    hits = [h for h in search(db, query, limit=100_000) if h.kind == "message"]
    return sorted(h.id for h in hits)


def _customer_hits(db, query):
    match = db.dialect.match_parameter(query)
    return sorted(r[0] for r in db.fetch_all(db.dialect.customer_search_sql(100_000), {"match": match})) if match else []


def _queue(db, query):
    return sorted(r.id for r in queue_page(db, QueueFilter(text=query), limit=100_000))


def _kb(db, query, **filters):
    return sorted(h.slug for h in kb_search(db, query, limit=1000, **filters))


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_results_on_both_engines(engines, query):
    sqlite, postgres = engines
    for read in (_message_hits, _customer_hits, _queue, _kb):
        assert read(postgres, query) == read(sqlite, query), read.__name__
    assert _kb(postgres, query, language="de") == _kb(sqlite, query, language="de")


def test_the_query_set_finds_something_in_every_language(engines):
    _, postgres = engines
    for query in ("退款", "退", "返品", "rucksendung", "remboursement", "reembolso", "rimborso", "refund", "환불"):
        assert _message_hits(postgres, query), query


def test_search_uses_the_gin_indexes(engines):
    _, postgres = engines
    with postgres.engine.begin() as conn:
        # A few hundred rows: scanning is cheaper. Without scans, the plan shows the index can answer.
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        newest_hits = postgres.dialect.NEWEST_HITS.format(where="true", limit=5000).replace(
            "query", "CAST(:match AS tsquery)")
        for sql in (newest_hits, postgres.dialect.customer_search_sql(5), postgres.dialect.kb_search_sql(20)):
            plan = "\n".join(r[0] for r in conn.exec_driver_sql(
                "EXPLAIN " + sql.replace(":match", "%(match)s"), {"match": postgres.dialect.match_parameter("refund")}))
            assert "Bitmap Index Scan on ix_" in plan, plan


def test_newest_hits_look_further_back_only_when_the_recent_messages_hold_too_few(engines):
    _, postgres = engines
    recent = postgres.dialect.RECENT_MESSAGES
    match = postgres.dialect.match_parameter("refund")
    newest, total = postgres.fetch_all(
        "SELECT max(id), count(*) FROM message_fts WHERE body @@ CAST(:match AS tsquery)", {"match": match})[0]

    def hits(enough, top):
        return [r[0] for r in postgres.fetch_all(
            "SELECT id FROM desk_newest_hits(CAST(:match AS tsquery), 5000, :enough, :top)",
            {"match": match, "enough": enough, "top": top})]

    assert len(hits(50, newest)) == total  # all in the recent window
    only_newest = newest + recent - 1  # a window holding the newest hit alone
    assert hits(1, only_newest) == [newest]
    assert sorted(hits(2, only_newest), reverse=True) == hits(2, only_newest) and len(hits(2, only_newest)) == total
    assert len(hits(50, newest + recent)) == total  # nothing recent at all: all from further back
