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


def conversations_matching_sql() -> str:
    return """
        SELECT m.conversation_id FROM messages m WHERE LOWER(m.body_text) LIKE :match ESCAPE '\\'
        UNION SELECT c.id FROM conversations c JOIN customers cu ON cu.id = c.customer_id
        WHERE LOWER(cu.display_name) LIKE :match ESCAPE '\\'"""
