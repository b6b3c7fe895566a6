"""SQLite specifics: connection pragmas, FTS5 search tables, group_concat, upserts."""

from __future__ import annotations

import sqlite3
from typing import Any

NAME = "sqlite"

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=10000",
    "PRAGMA cache_size=-65536",
    "PRAGMA mmap_size=268435456",
)

# Created by migration 0001 (SQLite only). rowid = messages.id / customers.id.
FTS_DDL = (
    "CREATE VIRTUAL TABLE message_fts USING fts5(body, tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE customer_fts USING fts5(body, tokenize='unicode61 remove_diacritics 2')",
)
FTS_DROP = ("DROP TABLE IF EXISTS message_fts", "DROP TABLE IF EXISTS customer_fts")

TAGS_AGG = "(SELECT group_concat(t.tag, ',') FROM conversation_tags t WHERE t.conversation_id = c.id)"

# Claiming a row for one writer (desk.sync.outbox.claim_next): BEGIN IMMEDIATE already serialises writers.
SKIP_LOCKED = ""

# Search ranks the newest hits only: bm25 over every hit of a common word costs ~2 µs per hit
# (90k hits for "refund" at 1M messages); the newest 5,000 keep p95 in tens of ms (toolchain.md).
RANK_WINDOW = 5000


def apply_pragmas(dbapi_conn: sqlite3.Connection) -> None:
    for pragma in PRAGMAS:
        dbapi_conn.execute(pragma)


READER_PRAGMAS = ("PRAGMA busy_timeout=10000", "PRAGMA cache_size=-65536", "PRAGMA mmap_size=268435456",
                  "PRAGMA query_only=ON")


def connect_reader(path: str) -> sqlite3.Connection:
    """A DB-API connection for the fast read path (queue, messages, search), one per thread.
    Read-only by pragma: it never changes the journal mode (writers set WAL when migrating)."""
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    for pragma in READER_PRAGMAS:
        conn.execute(pragma)
    return conn


def configure_engine(engine: Any) -> None:
    """Pragmas on every connection, and BEGIN IMMEDIATE so two writers never deadlock on upgrade."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised through every test
        dbapi_conn.isolation_level = None  # SQLAlchemy, not pysqlite, issues BEGIN
        apply_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def audit(conn, actor: str, kind: str, conversation_id: int | None, detail_json: str, at: int) -> None:
    """One line of the audit log (who, what, when), in the caller's transaction."""
    conn.exec_driver_sql("INSERT INTO audit_events (at, actor, kind, conversation_id, detail_json) VALUES (?, ?, ?, ?, ?)",
                         (at, actor[:64], kind, conversation_id, detail_json))


def insert_ignoring_duplicates(table):
    from sqlalchemy.dialects.sqlite import insert

    return insert(table).on_conflict_do_nothing()


MAX_VARIABLES = 32766  # SQLite >= 3.32


def insert_new_returning(conn, table, columns: tuple[str, ...], rows: list[tuple], returning: tuple[str, ...]) -> list[tuple]:
    """INSERT rows, skipping those that violate a unique constraint; the inserted rows' `returning`
    columns. One multi-row statement per chunk, in driver SQL: the ingest hot path."""
    out: list[tuple] = []
    per_statement = MAX_VARIABLES // len(columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES {', '.join([one] * len(chunk))}"
            f" ON CONFLICT DO NOTHING RETURNING {', '.join(returning)}"
        )
        out.extend(tuple(r) for r in conn.exec_driver_sql(sql, tuple(v for row in chunk for v in row)))
    return out


def index_messages(conn, rows: list[tuple[int, str]]) -> None:
    """Add (message id, index text) rows to the search index (an SQLAlchemy connection)."""
    if rows:
        conn.exec_driver_sql("INSERT INTO message_fts(rowid, body) VALUES (?, ?)", rows)


def unindex_account(conn, account_id: int) -> None:
    """Drop an account's messages from the search index before its rows are deleted."""
    conn.exec_driver_sql(
        "DELETE FROM message_fts WHERE rowid IN (SELECT id FROM messages WHERE account_id = ?)", (account_id,))


def index_customers(conn, rows: list[tuple[int, str]]) -> None:
    if rows:
        ids = [(r[0],) for r in rows]
        conn.exec_driver_sql("DELETE FROM customer_fts WHERE rowid = ?", ids)
        conn.exec_driver_sql("INSERT INTO customer_fts(rowid, body) VALUES (?, ?)", rows)


def message_search_sql(limit: int) -> str:
    """Messages matching :match, newest RANK_WINDOW hits ranked by bm25. Params: match."""
    return f"""
        SELECT m.id, m.conversation_id, m.body_text, c.subject, hits.rank
        FROM (SELECT rowid AS id, bm25(message_fts) AS rank FROM message_fts
              WHERE message_fts MATCH :match ORDER BY rowid DESC LIMIT {RANK_WINDOW}) AS hits
        JOIN messages m ON m.id = hits.id
        JOIN conversations c ON c.id = m.conversation_id
        ORDER BY hits.rank, m.id DESC LIMIT {int(limit)}"""


def customer_search_sql(limit: int) -> str:
    return f"""
        SELECT cu.id, cu.display_name, customer_fts.body, bm25(customer_fts) AS rank,
               (SELECT max(c.id) FROM conversations c WHERE c.customer_id = cu.id) AS conversation_id
        FROM customer_fts JOIN customers cu ON cu.id = customer_fts.rowid
        WHERE customer_fts MATCH :match ORDER BY rank LIMIT {int(limit)}"""


def conversations_matching_sql(prefix: str = "") -> str:
    """Conversation ids with a message or customer matching :match, its name prefixed (queue text filter)."""
    return f"""
        SELECT m.conversation_id FROM message_fts JOIN messages m ON m.id = message_fts.rowid
        WHERE message_fts MATCH :{prefix}match
        UNION SELECT c.id FROM customer_fts JOIN conversations c ON c.customer_id = customer_fts.rowid
        WHERE customer_fts MATCH :{prefix}match"""


def match_parameter(query: str) -> str | None:
    from desk.search.text import match_expression

    return match_expression(query)


# --- knowledge base -----------------------------------------------------------------------------

# Created by migration 0003. rowid = kb_texts.id. The stored rank function weighs a title match
# four times a body match, and lets `ORDER BY rank` use FTS5's own top-N path.
KB_FTS_DDL = (
    "CREATE VIRTUAL TABLE kb_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO kb_fts(kb_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')",
)
KB_FTS_DROP = ("DROP TABLE IF EXISTS kb_fts",)


def index_kb_texts(conn, rows: list[tuple[int, str, str]]) -> None:
    """Add (kb_texts id, title index text, body index text) rows to the KB search index."""
    if rows:
        conn.exec_driver_sql("INSERT INTO kb_fts(rowid, title, body) VALUES (?, ?, ?)", rows)


def unindex_kb_entry(conn, entry_id: int) -> None:
    """Drop an entry's texts from the KB search index before the texts are deleted or replaced."""
    conn.exec_driver_sql("DELETE FROM kb_fts WHERE rowid IN (SELECT id FROM kb_texts WHERE entry_id = ?)",
                         (entry_id,))


def kb_search_sql(limit: int, *, language: bool = False, kind: bool = False) -> str:
    """KB texts matching :match, best first; optional :language and :kind filters. Like message
    search, only a window of RANK_WINDOW hits is ranked: a 1-letter prefix matches most texts."""
    joins = " JOIN kb_texts ft ON ft.id = kb_fts.rowid" if language or kind else ""
    joins += " JOIN kb_entries fe ON fe.id = ft.entry_id" if kind else ""
    filters = (" AND ft.language = :language" if language else "") + (" AND fe.kind = :kind" if kind else "")
    return f"""
        SELECT e.slug, e.kind, t.language, t.title, t.body, hits.rank
        FROM (SELECT kb_fts.rowid AS id, kb_fts.rank AS rank FROM kb_fts{joins}
              WHERE kb_fts MATCH :match{filters} ORDER BY kb_fts.rowid DESC LIMIT {RANK_WINDOW}) AS hits
        JOIN kb_texts t ON t.id = hits.id JOIN kb_entries e ON e.id = t.entry_id
        ORDER BY hits.rank LIMIT {int(limit)}"""


def kb_relevance_query(terms: list[str], limit: int) -> tuple[str, dict[str, Any]] | None:
    """Entries whose texts share any of `terms` with a customer's message: (entry id, relevance),
    most relevant first. None when no term is searchable."""
    from desk.search.text import match_expression

    alternatives = [expression for term in terms if (expression := match_expression(term))]
    if not alternatives:
        return None
    sql = f"""
        SELECT t.entry_id, -kb_fts.rank FROM kb_fts JOIN kb_texts t ON t.id = kb_fts.rowid
        WHERE kb_fts MATCH :match ORDER BY kb_fts.rank LIMIT {int(limit)}"""
    return sql, {"match": " OR ".join(f"({a})" for a in alternatives)}
