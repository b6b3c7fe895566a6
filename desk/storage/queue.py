"""The queue: conversations by SLA due time, then oldest waiting customer, with keyset paging.

Built as SQL text so the first page needs no SQLAlchemy import (see desk.storage.db). The order
(sla_due_at, last_inbound_at, id) matches ix_conversations_queue; both sort keys are NOT NULL
(models.NO_DUE / NEVER), so paging is exact on every engine.
"""

from __future__ import annotations

from typing import Any

from desk.domain import QueueCursor, QueueFilter, QueueRow
from desk.storage.db import Database
from desk.storage.timekeys import NEVER, NO_DUE

PAGE_SIZE = 100


def _in(column: str, name: str, values, params: dict[str, Any]) -> str:
    keys = []
    for i, value in enumerate(values):
        params[f"{name}{i}"] = str(value) if not isinstance(value, int) else value
        keys.append(f":{name}{i}")
    return f"{column} IN ({', '.join(keys)})"


def _conditions(db: Database, flt: QueueFilter, params: dict[str, Any]) -> list[str]:
    where = []
    if flt.statuses:
        where.append(_in("c.status", "st", flt.statuses, params))
    if flt.channels:
        where.append(_in("c.channel", "ch", flt.channels, params))
    if flt.account_ids:
        where.append(_in("c.account_id", "ac", flt.account_ids, params))
    if flt.languages:
        where.append(_in("c.language", "lg", flt.languages, params))
    if flt.unassigned_only:
        where.append("c.assignee IS NULL")
    elif flt.assignee:
        where.append("c.assignee = :assignee")
        params["assignee"] = flt.assignee
    if flt.escalated_only:
        where.append("c.escalate = :escalated")
        params["escalated"] = True
    if flt.tag:
        where.append("EXISTS (SELECT 1 FROM conversation_tags t WHERE t.conversation_id = c.id AND t.tag = :tag)")
        params["tag"] = flt.tag
    if flt.text.strip():
        match = db.dialect.match_parameter(flt.text)
        if match is None:
            where.append("1 = 0")
        else:
            where.append(f"c.id IN ({db.dialect.conversations_matching_sql()})")
            params["match"] = match
    return where


def queue_sql(db: Database, flt: QueueFilter, after: QueueCursor | None, limit: int) -> tuple[str, dict]:
    params: dict[str, Any] = {}
    where = _conditions(db, flt, params)
    if after is not None:
        where.append("(c.sla_due_at, c.last_inbound_at, c.id) > (:k_due, :k_in, :k_id)")
        params.update(k_due=after.sla_due_at, k_in=after.last_inbound_at, k_id=after.id)
    sql = f"""
        SELECT c.id, c.channel, c.account_id, c.status, c.subject, cu.display_name, c.language,
               c.assignee, c.sla_due_at, c.last_inbound_at, c.last_message_at, c.preview,
               c.message_count, {db.dialect.TAGS_AGG}, c.intent, c.escalate, c.escalate_reasons, c.unverified
        FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY c.sla_due_at, c.last_inbound_at, c.id
        LIMIT {int(limit)}"""
    return sql, params


def _row(r: tuple) -> QueueRow:
    return QueueRow(
        r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7],
        None if r[8] == NO_DUE else r[8],
        None if r[9] == NEVER else r[9],
        r[10], r[11], r[12],
        tuple(r[13].split(",")) if r[13] else (),
        r[14], bool(r[15]), r[16] or "", bool(r[17]),
    )


def queue_page(
    db: Database, flt: QueueFilter = QueueFilter(), after: QueueCursor | None = None, limit: int = PAGE_SIZE
) -> list[QueueRow]:
    """One page of the queue, strictly after `after` (the first page when None)."""
    sql, params = queue_sql(db, flt, after, limit)
    return [_row(r) for r in db.fetch_all(sql, params)]


def cursor_after(row: QueueRow) -> QueueCursor:
    return QueueCursor(
        NO_DUE if row.sla_due_at is None else row.sla_due_at,
        NEVER if row.last_inbound_at is None else row.last_inbound_at,
        row.id,
    )


def queue_count(db: Database, flt: QueueFilter = QueueFilter()) -> int:
    params: dict[str, Any] = {}
    where = _conditions(db, flt, params)
    sql = f"SELECT count(*) FROM conversations c {'WHERE ' + ' AND '.join(where) if where else ''}"
    return db.fetch_all(sql, params)[0][0]


def due_soon(db: Database, now: int, within_s: int, limit: int = 50) -> list[tuple[int, str, str, str, int]]:
    """(id, channel, customer name, subject or preview, due) of open conversations whose clock runs
    out between now and `within_s` from now: what the tray may warn about before a breach."""
    return db.fetch_all(
        """SELECT c.id, c.channel, COALESCE(cu.display_name, ''),
                  CASE WHEN c.subject = '' THEN c.preview ELSE c.subject END, c.sla_due_at
           FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id
           WHERE c.status = 'open' AND c.sla_due_at >= :now AND c.sla_due_at <= :until
           ORDER BY c.sla_due_at LIMIT :n""",
        {"now": now, "until": now + within_s, "n": limit})
