"""The conversation lifecycle in the cache: status, snooze, assignee, tags, merges, mentions.

Each change is one transaction that also writes its audit events (who, what, when, before and
after) and returns what it changed as an `Undo` record; `undo` puts back exactly that, field by
field, only where the field still holds what the action set. Runs on the writer thread.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import text

from desk.domain import ConversationStatus, Direction
from desk.domain.lifecycle import STATE_FIELDS, FieldChange, LinkedConversation, TagInfo, Undo
from desk.errors import ActionRefused
from desk.sla.clock import clock_start
from desk.storage.db import Database
from desk.storage.timekeys import NEVER, NO_DUE

PREVIEW_CHARS = 200  # as ingest keeps it
TAG_COLOURS = ("#1a73e8", "#188038", "#e37400", "#d93025", "#9334e6", "#007b83", "#b06000", "#c5221f",
               "#3949ab", "#5f6368")
MAX_TAG = 64
MENTION = re.compile(r"(?<![\w@])@([\w][\w.\-]*)")
_STATE_COLUMNS = ("id", "account_id", "customer_id", *STATE_FIELDS)


# --- reading states ------------------------------------------------------------------------------

def _in(name: str, values: Iterable, params: dict[str, Any]) -> str:
    keys = []
    for i, value in enumerate(values):
        params[f"{name}{i}"] = value
        keys.append(f":{name}{i}")
    return ", ".join(keys) or "NULL"


def _states(conn, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    params: dict[str, Any] = {}
    rows = conn.execute(text(f"SELECT {', '.join(_STATE_COLUMNS)} FROM conversations "
                             f"WHERE id IN ({_in('c', ids, params)})"), params).all()
    return {row[0]: dict(zip(_STATE_COLUMNS, row)) for row in rows}


def _existing(conn, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    states = _states(conn, ids)
    if missing := [i for i in ids if i not in states]:
        raise ActionRefused("gone", f"No conversation {', '.join(map(str, missing))} in this workspace.")
    return states


def audit(conn, actor: str, kind: str, conversation_id: int | None, detail: dict, now: int) -> None:
    """Through the dialect: on a team database the server writes the line (agents may not)."""
    from desk.storage.dialects import for_connection

    for_connection(conn).audit(conn, actor, kind, conversation_id,
                               json.dumps(detail, ensure_ascii=False, default=str), now)


# --- status, snooze, assignee ------------------------------------------------------------------

Compute = Callable[[Any, dict[str, Any], int], dict[str, Any]]


def change_states(db: Database, ids: Sequence[int], compute: Compute, *, action: str, actor: str, now: int,
                  detail: dict | None = None) -> Undo:
    """Set what `compute(conn, state, now)` answers on each conversation, in one transaction, with
    one audit event per conversation that changed."""
    with db.engine.begin() as conn:
        changes, _lost = _apply_states(conn, _existing(conn, ids), ids, compute, action, actor, now, detail or {})
    return Undo(action, tuple(ids), changes)


def assign(db: Database, ids: Sequence[int], agent: str | None, *, actor: str, now: int,
           from_owners: frozenset[str | None] | None = None) -> tuple[Undo, dict[int, str | None]]:
    """Give conversations to `agent` (None: nobody). Each owner changes only from the owner read
    (a conditional UPDATE, as desk.team.claims claims): of two agents taking one conversation at
    once, one wins and the other's UPDATE finds the winner and changes nothing. `from_owners`: take
    only conversations one of these owns (a team agent takes what nobody or they own); None: any.
    Returns the Undo and the conversations left as they were, with who owns them."""
    with db.engine.begin() as conn:
        states = _existing(conn, ids)
        held = {cid: states[cid]["assignee"] for cid in dict.fromkeys(ids)
                if from_owners is not None and states[cid]["assignee"] not in from_owners}
        changes, lost = _apply_states(conn, states, [cid for cid in ids if cid not in held], assigned_to(agent),
                                      "assign", actor, now, {"agent": agent})
    return Undo("assign", tuple(ids), changes), held | lost


def _apply_states(conn, states, ids, compute: Compute, action, actor, now,
                  detail) -> tuple[tuple[FieldChange, ...], dict[int, str | None]]:
    """The changes made, and the conversations whose owner changed meanwhile (left as they are),
    with their owner now."""
    changes: list[FieldChange] = []
    lost: dict[int, str | None] = {}
    for cid in dict.fromkeys(ids):
        before = states[cid]
        wanted = {f: v for f, v in compute(conn, before, now).items() if before[f] != v}
        if not wanted:
            continue
        if not _set(conn, cid, wanted, before):
            lost[cid] = conn.execute(text("SELECT assignee FROM conversations WHERE id = :c"), {"c": cid}).scalar()
            continue
        changes.extend(FieldChange(cid, f, before[f], v) for f, v in wanted.items())
        audit(conn, actor, f"conversation.{action}", cid,
              {**detail, "before": {f: before[f] for f in wanted}, "after": wanted}, now)
    return tuple(changes), lost


def _set(conn, conversation_id: int, values: dict[str, Any], before: dict[str, Any]) -> bool:
    """False when the owner changed since `before` was read (then nothing is set)."""
    assert set(values) <= set(STATE_FIELDS)
    assignments = ", ".join(f"{field} = :{field}" for field in values)
    params = {**values, "id": conversation_id}
    where = "id = :id"
    if "assignee" in values:
        where += " AND assignee IS NOT DISTINCT FROM :seen_assignee"
        params["seen_assignee"] = before["assignee"]
    return conn.execute(text(f"UPDATE conversations SET {assignments} WHERE {where}"), params).rowcount == 1


def resolved(_conn, _state, now: int) -> dict[str, Any]:
    """Done: the clock stops as if answered; the customer's next message reopens it."""
    return {"status": ConversationStatus.RESOLVED.value, "snooze_until": None, "sla_due_at": NO_DUE,
            "clock_stopped_at": now}


def pending(_conn, state, now: int) -> dict[str, Any]:
    """Waiting for the customer: no clock runs on us until they write."""
    return {"status": ConversationStatus.PENDING.value, "snooze_until": None, "sla_due_at": NO_DUE,
            "clock_stopped_at": now if state["sla_due_at"] != NO_DUE else state["clock_stopped_at"]}


def reopened(conn, state, _now: int) -> dict[str, Any]:
    """Open again, its clock as the messages say (a customer still waiting for an answer is due)."""
    if state["status"] == ConversationStatus.OPEN.value:
        return {}
    return {"status": ConversationStatus.OPEN.value, "snooze_until": None, "clock_stopped_at": None,
            "sla_due_at": due_from_messages(conn, state["id"], None)}


def snoozed_until(until: int) -> Compute:
    def compute(_conn, _state, _now: int) -> dict[str, Any]:
        return {"status": ConversationStatus.SNOOZED.value, "snooze_until": until}
    return compute


def assigned_to(agent: str | None) -> Compute:
    def compute(_conn, _state, _now: int) -> dict[str, Any]:
        return {"assignee": agent}
    return compute


def due_from_messages(conn, conversation_id: int, stopped_at: int | None) -> int:
    """The due time the clock rule (desk.sla.clock_start) gives over the conversation's messages."""
    sla_hours = conn.execute(text("SELECT a.sla_hours FROM conversations c JOIN accounts a ON a.id = c.account_id "
                                  "WHERE c.id = :c"), {"c": conversation_id}).scalar_one()
    rows = conn.execute(text("SELECT sent_at, direction FROM messages WHERE conversation_id = :c AND auto_reply = :f "
                             "AND direction != :note"),
                        {"c": conversation_id, "f": False, "note": Direction.NOTE.value}).all()
    steps = [(at, direction == Direction.IN.value) for at, direction in rows]
    if stopped_at is not None:
        steps.append((stopped_at, False))
    since = clock_start(steps)
    return NO_DUE if since is None else since + sla_hours * 3600


def wake_snoozed(db: Database, now: int, actor: str) -> list[int]:
    """Snoozed conversations whose time has come are open again."""
    with db.engine.begin() as conn:
        ids = [r[0] for r in conn.execute(text(
            "SELECT id FROM conversations WHERE status = :s AND snooze_until IS NOT NULL AND snooze_until <= :now"),
            {"s": ConversationStatus.SNOOZED.value, "now": now}).all()]
        if ids:
            _apply_states(conn, _states(conn, ids), ids, _woken, "wake", actor, now, {})
    return ids


def _woken(_conn, _state, _now: int) -> dict[str, Any]:
    return {"status": ConversationStatus.OPEN.value, "snooze_until": None}


def next_wake(db: Database) -> int | None:
    """When the next snoozed conversation wakes (None: none is waiting for a time)."""
    return db.fetch_all("SELECT min(snooze_until) FROM conversations WHERE status = :s",
                        {"s": ConversationStatus.SNOOZED.value})[0][0]


# --- tags --------------------------------------------------------------------------------------------

def tag_name(raw: str) -> str:
    """A tag as stored: trimmed, without a leading #; refused when it cannot be stored or read back."""
    name = " ".join(raw.split()).lstrip("#").strip()
    if not name:
        raise ActionRefused("tag_empty", "A tag needs a name.")
    if "," in name or name[0] in "+-" or len(name) > MAX_TAG:
        raise ActionRefused("tag_invalid", f"{name!r} cannot be a tag: at most {MAX_TAG} characters, no commas, "
                                           "not starting with + or -.")
    return name


def colour_for(name: str) -> str:
    return TAG_COLOURS[zlib.crc32(name.encode("utf-8")) % len(TAG_COLOURS)]


def change_tags(db: Database, ids: Sequence[int], add: Iterable[str], remove: Iterable[str], *, actor: str,
                now: int) -> Undo:
    add, remove = [tag_name(t) for t in add], [tag_name(t) for t in remove]
    with db.engine.begin() as conn:
        _existing(conn, ids)
        params: dict[str, Any] = {}
        have = {(c, t) for c, t in conn.execute(text(
            f"SELECT conversation_id, tag FROM conversation_tags WHERE conversation_id IN ({_in('c', ids, params)})"),
            params).all()}
        added = [(c, t) for c in dict.fromkeys(ids) for t in dict.fromkeys(add) if (c, t) not in have]
        removed = [(c, t) for c in dict.fromkeys(ids) for t in dict.fromkeys(remove) if (c, t) in have and t not in add]
        _add_tags(conn, db, added)
        _remove_tags(conn, removed)
        for cid in dict.fromkeys(ids):
            mine_added, mine_removed = [t for c, t in added if c == cid], [t for c, t in removed if c == cid]
            if mine_added or mine_removed:
                audit(conn, actor, "conversation.tag", cid, {"added": mine_added, "removed": mine_removed}, now)
    return Undo("tag", tuple(ids), tags_added=tuple(added), tags_removed=tuple(removed))


def _add_tags(conn, db: Database, pairs: list[tuple[int, str]]) -> None:
    from desk.storage.models import ConversationTag, Tag

    if not pairs:
        return
    conn.execute(db.dialect.insert_ignoring_duplicates(ConversationTag.__table__),
                 [{"conversation_id": c, "tag": t} for c, t in pairs])
    conn.execute(db.dialect.insert_ignoring_duplicates(Tag.__table__),
                 [{"name": t, "colour": colour_for(t)} for t in {t for _, t in pairs}])


def _remove_tags(conn, pairs: list[tuple[int, str]]) -> None:
    if pairs:
        conn.execute(text("DELETE FROM conversation_tags WHERE conversation_id = :c AND tag = :t"),
                     [{"c": c, "t": t} for c, t in pairs])


def set_tag_colour(db: Database, name: str, colour: str, *, actor: str, now: int) -> None:
    from desk.storage.models import Tag

    if not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        raise ActionRefused("colour_invalid", f"{colour!r} is not a colour (#rrggbb).")
    name = tag_name(name)
    with db.engine.begin() as conn:
        conn.execute(db.dialect.insert_ignoring_duplicates(Tag.__table__), [{"name": name, "colour": colour}])
        conn.execute(text("UPDATE tags SET colour = :colour WHERE name = :name"), {"name": name, "colour": colour})
        audit(conn, actor, "tag.colour", None, {"tag": name, "colour": colour}, now)


def list_tags(db: Database) -> list[TagInfo]:
    """Every tag in use or with a colour, the most used first."""
    rows = db.fetch_all(
        """SELECT n.name, t.colour, COALESCE(u.uses, 0) FROM
             (SELECT name FROM tags UNION SELECT DISTINCT tag FROM conversation_tags) n
           LEFT JOIN tags t ON t.name = n.name
           LEFT JOIN (SELECT tag, count(*) AS uses FROM conversation_tags GROUP BY tag) u ON u.tag = n.name
           ORDER BY COALESCE(u.uses, 0) DESC, n.name""")
    return [TagInfo(name, colour or colour_for(name), uses) for name, colour, uses in rows]


# --- merging ------------------------------------------------------------------------------------

def merge(db: Database, source: int, target: int, *, actor: str, now: int) -> Undo:
    """Move every message of `source` into `target` (both the same customer's); `source` is closed
    and marked merged, so messages that still arrive on its thread go to `target` (ingest)."""
    if source == target:
        raise ActionRefused("merge_same", "A conversation cannot be merged into itself.")
    with db.engine.begin() as conn:
        states = _existing(conn, [source, target])
        if any(states[c]["merged_into"] is not None for c in (source, target)):
            raise ActionRefused("merge_merged", "That conversation was already merged into another one.")
        if states[source]["customer_id"] is None or states[source]["customer_id"] != states[target]["customer_id"]:
            raise ActionRefused("merge_customers", "Only conversations of the same customer can be merged.")
        moved = tuple(r[0] for r in conn.execute(text("SELECT id FROM messages WHERE conversation_id = :s"),
                                                  {"s": source}).all())
        _move(conn, source, target)
        tags = [t for (t,) in conn.execute(text("SELECT tag FROM conversation_tags WHERE conversation_id = :s"),
                                           {"s": source}).all()]
        have = {t for (t,) in conn.execute(text("SELECT tag FROM conversation_tags WHERE conversation_id = :t"),
                                           {"t": target}).all()}
        added = [(target, t) for t in tags if t not in have]
        _add_tags(conn, db, added)
        fields, _ = _apply_states(conn, states, [source], _merged_into(target), "merge", actor, now, {"into": target})
        opened, _ = _apply_states(conn, states, [target], _open_if(states[source]), "merge", actor, now,
                                  {"from": source})
        fields += opened
        refresh_aggregates(conn, target)
    return Undo("merge", (source, target), fields, tags_added=tuple(added), moved_messages=moved)


def _merged_into(target: int) -> Compute:
    def compute(_conn, _state, now: int) -> dict[str, Any]:
        return {"merged_into": target, "status": ConversationStatus.MERGED.value, "snooze_until": None,
                "sla_due_at": NO_DUE, "clock_stopped_at": now}
    return compute


def _open_if(source_state: dict[str, Any]) -> Compute:
    """The merged conversation stays open when either was."""
    def compute(_conn, state, _now: int) -> dict[str, Any]:
        if ConversationStatus.OPEN.value in (source_state["status"], state["status"]):
            return {"status": ConversationStatus.OPEN.value, "snooze_until": None}
        return {}
    return compute


def _move(conn, source: int, target: int, message_ids: Sequence[int] | None = None) -> None:
    params: dict[str, Any] = {"s": source, "t": target}
    only = "" if message_ids is None else f" AND id IN ({_in('m', message_ids, params)})"
    conn.execute(text(f"UPDATE messages SET conversation_id = :t WHERE conversation_id = :s{only}"), params)
    moved = "" if message_ids is None else f" AND message_id IN ({_in('m', message_ids, params)})"
    conn.execute(text(f"UPDATE outbox SET conversation_id = :t WHERE conversation_id = :s{moved}"), params)
    conn.execute(text(f"UPDATE mentions SET conversation_id = :t WHERE conversation_id = :s{moved}"), params)


def refresh_aggregates(conn, conversation_id: int) -> None:
    """Counts, last times, preview and due time again from the messages (after messages moved)."""
    rows = conn.execute(text(
        "SELECT sent_at, direction, auto_reply, body_text FROM messages WHERE conversation_id = :c ORDER BY sent_at, id"),
        {"c": conversation_id}).all()
    inbound = [at for at, d, auto, _ in rows if d == Direction.IN.value and not auto]
    outbound = [at for at, d, auto, _ in rows if d == Direction.OUT.value and not auto]
    visible = [(at, body) for at, d, _, body in rows if d != Direction.NOTE.value]
    stopped = conn.execute(text("SELECT clock_stopped_at FROM conversations WHERE id = :c"),
                           {"c": conversation_id}).scalar()
    conn.execute(text(
        """UPDATE conversations SET message_count = :n, last_inbound_at = :last_in, last_outbound_at = :last_out,
           last_message_at = :last, preview = :preview, sla_due_at = :due WHERE id = :c"""),
        {"n": len(rows), "last_in": max(inbound, default=NEVER), "last_out": max(outbound, default=None),
         "last": visible[-1][0] if visible else None,
         "preview": " ".join(visible[-1][1].split())[:PREVIEW_CHARS] if visible else "",
         "due": due_from_messages(conn, conversation_id, stopped), "c": conversation_id})


# --- undo ----------------------------------------------------------------------------------------

def undo(db: Database, record: Undo, *, actor: str, now: int) -> set[int]:
    """Put back what `record` changed, where nothing changed it since; the conversations touched."""
    touched: set[int] = set()
    with db.engine.begin() as conn:
        if record.moved_messages:
            source, target = record.conversation_ids
            _move(conn, target, source, record.moved_messages)
        for change in reversed(record.fields):
            assert change.field in STATE_FIELDS
            same = f"{change.field} IS NULL" if change.after is None else f"{change.field} = :after"
            done = conn.execute(text(f"UPDATE conversations SET {change.field} = :before WHERE id = :id AND {same}"),
                                {"before": change.before, "after": change.after, "id": change.conversation_id})
            if done.rowcount:
                touched.add(change.conversation_id)
        _remove_tags(conn, list(record.tags_added))
        _add_tags(conn, db, list(record.tags_removed))
        touched |= {c for c, _ in record.tags_added + record.tags_removed}
        if record.moved_messages:
            for cid in record.conversation_ids:
                refresh_aggregates(conn, cid)
            touched |= set(record.conversation_ids)
        for cid in sorted(touched):
            audit(conn, actor, f"conversation.undo_{record.action}", cid, {}, now)
    return touched


# --- reading -------------------------------------------------------------------------------------

def linked_conversations(db: Database, conversation_id: int) -> list[LinkedConversation]:
    """Other conversations about the same order (its id on the same account, or the same customer
    writing about it on another channel), then the customer's other conversations."""
    rows = db.fetch_all(
        """SELECT o.id, CASE WHEN o.order_ref = c.order_ref THEN 'order' ELSE 'customer' END,
                  o.channel, o.status, CASE WHEN o.subject = '' THEN o.preview ELSE o.subject END, o.order_ref
           FROM conversations c JOIN conversations o ON o.id != c.id AND o.merged_into IS NULL
             AND ((o.account_id = c.account_id AND o.order_ref = c.order_ref) OR o.customer_id = c.customer_id)
           WHERE c.id = :c ORDER BY 2 DESC, o.last_message_at DESC, o.id""",
        {"c": conversation_id})
    return [LinkedConversation(*row) for row in rows]


def known_agents(db: Database) -> list[str]:
    """Everyone a conversation may be assigned to: agent profiles and whoever holds conversations."""
    rows = db.fetch_all(
        """SELECT name FROM agent_profiles WHERE active = :on
           UNION SELECT DISTINCT assignee FROM conversations WHERE assignee IS NOT NULL ORDER BY 1""", {"on": True})
    return [name for (name,) in rows]


def named_in(note: str, agents: Sequence[str]) -> list[str]:
    """The agents of `agents` a note names with @ (any case), in the order named."""
    by_lower = {a.lower(): a for a in agents}
    return list(dict.fromkeys(by_lower[m.rstrip(".-").lower()] for m in MENTION.findall(note)
                              if m.rstrip(".-").lower() in by_lower))


def record_mentions(db: Database, conversation_id: int, external_id: str, note: str, agents: Sequence[str],
                    now: int) -> list[str]:
    """The agents a note names with @, stored against the note (message `external_id`)."""
    named = named_in(note, agents)
    if not named:
        return []
    with db.engine.begin() as conn:
        message_id = conn.execute(text("SELECT id FROM messages WHERE conversation_id = :c AND external_id = :e"),
                                  {"c": conversation_id, "e": external_id}).scalar_one()
        conn.execute(text("INSERT INTO mentions (message_id, conversation_id, agent, at) VALUES (:m, :c, :a, :at)"),
                     [{"m": message_id, "c": conversation_id, "a": agent, "at": now} for agent in named])
    return named
