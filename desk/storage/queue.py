"""The queue: conversations by SLA due time, then oldest waiting customer, with keyset paging; or
sorted by another column, through the query too (never a client-side sort of a partial list).

Built as SQL text so the first page needs no SQLAlchemy import (see desk.storage.db). The default
order (sla_due_at, last_inbound_at, id) matches ix_conversations_queue; both sort keys are NOT NULL
(models.NO_DUE / NEVER), and every other sort key is made NOT NULL with COALESCE, so paging is
exact on every engine. Each row carries its sort key values (QueueRow.sort_key): the cursor is
the key of the last row, whatever the sort.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desk.domain import ConversationStatus, QueueCursor, QueueFilter, QueueRow
from desk.storage.db import Database
from desk.storage.timekeys import NEVER, NO_DUE

PAGE_SIZE = 100

# The expressions of each sort, most significant first; the conversation id breaks every tie.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "due": ("c.sla_due_at", "c.last_inbound_at"),
    "channel": ("c.channel", "c.sla_due_at"),
    "customer": ("lower(COALESCE(cu.display_name, ''))",),
    "subject": ("lower(CASE WHEN c.subject = '' THEN c.preview ELSE c.subject END)",),
    "topic": ("COALESCE(c.intent, '')", "c.sla_due_at"),
    "language": ("COALESCE(c.language, '')", "c.sla_due_at"),
    "assignee": ("COALESCE(c.assignee, '')", "c.sla_due_at"),
    "updated": ("COALESCE(c.last_message_at, 0)",),
}

COLUMNS = """c.id, c.channel, c.account_id, c.status, c.subject, cu.display_name, c.language,
               c.assignee, c.sla_due_at, c.last_inbound_at, c.last_message_at, c.preview,
               c.message_count, {tags}, c.intent, c.escalate, c.escalate_reasons, c.unverified, c.snooze_until"""
FIXED_COLUMNS = 19  # the sort key values follow


def _in(column: str, name: str, values, params: dict[str, Any]) -> str:
    keys = []
    for i, value in enumerate(values):
        params[f"{name}{i}"] = str(value) if not isinstance(value, int) else value
        keys.append(f":{name}{i}")
    return f"{column} IN ({', '.join(keys)})"


def conditions(db: Database, flt: QueueFilter, params: dict[str, Any], prefix: str = "") -> list[str]:
    """The WHERE terms of `flt` (parameters added to `params`, named with `prefix` so several
    filters can share one statement)."""
    where = []
    if flt.statuses:
        where.append(_in("c.status", f"{prefix}st", flt.statuses, params))
    else:  # every status but merged: those conversations live on in the one they were merged into
        where.append(f"c.status != :{prefix}merged")
        params[f"{prefix}merged"] = ConversationStatus.MERGED.value
    if flt.channels:
        where.append(_in("c.channel", f"{prefix}ch", flt.channels, params))
    if flt.account_ids:
        where.append(_in("c.account_id", f"{prefix}ac", flt.account_ids, params))
    if flt.languages:
        where.append(_in("c.language", f"{prefix}lg", flt.languages, params))
    if flt.unassigned_only:
        where.append("c.assignee IS NULL")
    elif flt.assignee is not None:
        where.append(f"c.assignee = :{prefix}assignee")
        params[f"{prefix}assignee"] = flt.assignee
    if flt.escalated_only:
        where.append(f"c.escalate = :{prefix}escalated")
        params[f"{prefix}escalated"] = True
    if flt.tag:
        where.append(f"EXISTS (SELECT 1 FROM conversation_tags t WHERE t.conversation_id = c.id AND t.tag = :{prefix}tag)")
        params[f"{prefix}tag"] = flt.tag
    if flt.due_by:
        terms = []
        for i, (channel, deadline) in enumerate(flt.due_by):
            terms.append(f"(c.channel = :{prefix}dc{i} AND c.sla_due_at <= :{prefix}dd{i})")
            params[f"{prefix}dc{i}"], params[f"{prefix}dd{i}"] = str(channel), int(deadline)
        where.append(f"({' OR '.join(terms)})")
    if flt.text.strip():
        match = db.dialect.match_parameter(flt.text)
        if match is None:
            where.append("1 = 0")
        else:
            where.append(f"c.id IN ({db.dialect.conversations_matching_sql(prefix)})")
            params[f"{prefix}match"] = match
    return where


def sort_keys(flt: QueueFilter) -> tuple[str, ...]:
    if flt.sort not in SORT_KEYS:
        raise ValueError(f"unknown queue sort {flt.sort!r}")
    return (*SORT_KEYS[flt.sort], "c.id")


def queue_sql(db: Database, flt: QueueFilter, after: QueueCursor | None, limit: int,
              only_ids: Iterable[int] = ()) -> tuple[str, dict]:
    params: dict[str, Any] = {}
    where = conditions(db, flt, params)
    keys = sort_keys(flt)
    if after is not None:
        values = (*after.sort_key, after.id)
        if len(values) != len(keys):
            raise ValueError("the cursor is from another sort")
        placeholders = []
        for i, value in enumerate(values):
            params[f"k{i}"] = value
            placeholders.append(f":k{i}")
        where.append(f"({', '.join(keys)}) {'<' if flt.descending else '>'} ({', '.join(placeholders)})")
    ids = list(only_ids)
    if ids:
        where.append(_in("c.id", "only", ids, params))
    direction = " DESC" if flt.descending else ""
    sql = f"""
        SELECT {COLUMNS.format(tags=db.dialect.TAGS_AGG)}, {', '.join(keys[:-1])}
        FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY {', '.join(key + direction for key in keys)}
        LIMIT {int(limit)}"""
    return sql, params


def _row(r: tuple) -> QueueRow:
    return QueueRow(
        r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7],
        None if r[8] == NO_DUE else r[8],
        None if r[9] == NEVER else r[9],
        r[10], r[11], r[12],
        tuple(r[13].split(",")) if r[13] else (),
        r[14], bool(r[15]), r[16] or "", bool(r[17]), r[18],
        tuple(r[FIXED_COLUMNS:]),
    )


def queue_page(
    db: Database, flt: QueueFilter = QueueFilter(), after: QueueCursor | None = None, limit: int = PAGE_SIZE
) -> list[QueueRow]:
    """One page of the queue, strictly after `after` (the first page when None)."""
    sql, params = queue_sql(db, flt, after, limit)
    return [_row(r) for r in db.fetch_all(sql, params)]


def queue_rows(db: Database, flt: QueueFilter, conversation_ids: Iterable[int]) -> list[QueueRow]:
    """The rows of these conversations that `flt` keeps, in its order: what a view shows of them
    now (an action moved them, or out of the view)."""
    ids = list(dict.fromkeys(conversation_ids))
    if not ids:
        return []
    sql, params = queue_sql(db, flt, None, len(ids), ids)
    return [_row(r) for r in db.fetch_all(sql, params)]


def cursor_after(row: QueueRow) -> QueueCursor:
    return QueueCursor(row.sort_key, row.id)


def queue_count(db: Database, flt: QueueFilter = QueueFilter()) -> int:
    params: dict[str, Any] = {}
    where = conditions(db, flt, params)
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
