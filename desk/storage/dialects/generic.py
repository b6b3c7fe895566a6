"""Other engines (PostgreSQL for team mode): standard SQL, search by case-insensitive substring.

No FTS index here: search matches whole terms with LOWER(...) LIKE, which finds CJK words of any
length but does not fold diacritics. Team mode will bring a real index (pg_trgm or tsvector).
"""

from __future__ import annotations

from typing import Any

NAME = "generic"

TAGS_AGG = "(SELECT string_agg(t.tag, ',') FROM conversation_tags t WHERE t.conversation_id = c.id)"
FTS_DDL: tuple[str, ...] = ()
FTS_DROP: tuple[str, ...] = ()


def configure_engine(engine: Any) -> None:
    """Nothing to set: PostgreSQL gives foreign keys and row locking by default."""


def insert_ignoring_duplicates(table):
    from sqlalchemy.dialects.postgresql import insert

    return insert(table).on_conflict_do_nothing()


def insert_new_returning(conn, table, columns: tuple[str, ...], rows: list[tuple], returning: tuple[str, ...]) -> list[tuple]:
    """INSERT rows, skipping those that violate a unique constraint; the inserted rows' `returning` columns."""
    if not rows:
        return []
    stmt = insert_ignoring_duplicates(table).returning(*(table.c[name] for name in returning))
    return [tuple(r) for r in conn.execute(stmt, [dict(zip(columns, row)) for row in rows])]


def index_messages(conn, rows) -> None:
    """The generic search reads messages directly; there is no separate index to fill."""


index_customers = index_messages


def unindex_account(conn, account_id: int) -> None:
    """No separate index to clean."""


def match_parameter(query: str) -> str | None:
    """The whole query as one case-insensitive substring (LIKE wildcards in it escaped)."""
    from desk.search.text import normalise

    text = normalise(query).strip().lower()
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if text else None


def message_search_sql(limit: int) -> str:
    return f"""
        SELECT m.id, m.conversation_id, m.body_text, c.subject, 0.0 AS rank
        FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE LOWER(m.body_text) LIKE :match ESCAPE '\\' ORDER BY m.id DESC LIMIT {int(limit)}"""


def customer_search_sql(limit: int) -> str:
    return f"""
        SELECT cu.id, cu.display_name, cu.display_name AS body, 0.0 AS rank,
               (SELECT max(c.id) FROM conversations c WHERE c.customer_id = cu.id) AS conversation_id
        FROM customers cu WHERE LOWER(cu.display_name) LIKE :match ESCAPE '\\'
        ORDER BY cu.id LIMIT {int(limit)}"""


def conversations_matching_sql(prefix: str = "") -> str:
    return f"""
        SELECT m.conversation_id FROM messages m WHERE LOWER(m.body_text) LIKE :{prefix}match ESCAPE '\\'
        UNION SELECT c.id FROM conversations c JOIN customers cu ON cu.id = c.customer_id
        WHERE LOWER(cu.display_name) LIKE :{prefix}match ESCAPE '\\'"""


# --- knowledge base: no index, case-insensitive substrings like the message search --------------

KB_FTS_DDL: tuple[str, ...] = ()
KB_FTS_DROP: tuple[str, ...] = ()


def index_kb_texts(conn, rows) -> None:
    """The generic KB search reads kb_texts directly."""


def unindex_kb_entry(conn, entry_id: int) -> None:
    """No separate index to clean."""


def kb_search_sql(limit: int, *, language: bool = False, kind: bool = False) -> str:
    """KB texts containing :match, title matches first (rank -2 before -1, as bm25 sorts)."""
    filters = "".join([" AND t.language = :language" if language else "", " AND e.kind = :kind" if kind else ""])
    return f"""
        SELECT e.slug, e.kind, t.language, t.title, t.body,
               CASE WHEN LOWER(t.title) LIKE :match ESCAPE '\\' THEN -2.0 ELSE -1.0 END AS rank
        FROM kb_texts t JOIN kb_entries e ON e.id = t.entry_id
        WHERE (LOWER(t.title) LIKE :match ESCAPE '\\' OR LOWER(t.body) LIKE :match ESCAPE '\\'){filters}
        ORDER BY rank, e.slug, t.language LIMIT {int(limit)}"""


def kb_relevance_query(terms: list[str], limit: int) -> tuple[str, dict[str, Any]] | None:
    """Entries containing any of `terms`: (entry id, number of terms found), most first."""
    params = {f"t{i}": p for i, term in enumerate(terms) if (p := match_parameter(term))}
    if not params:
        return None
    found = " + ".join(
        f"CASE WHEN LOWER(t.title) LIKE :{name} ESCAPE '\\' OR LOWER(t.body) LIKE :{name} ESCAPE '\\' THEN 1 ELSE 0 END"
        for name in params)
    sql = f"""
        SELECT entry_id, max(found) AS relevance FROM (SELECT t.entry_id, {found} AS found FROM kb_texts t) AS scored
        WHERE found > 0 GROUP BY entry_id ORDER BY relevance DESC LIMIT {int(limit)}"""
    return sql, params
