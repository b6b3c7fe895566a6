"""The offline mirror: a local SQLite cache (the solo schema) of the conversations an agent works
on, so review, search and writing go on without the team server.

Scope: conversations assigned to the agent, opened by them in the last `team.mirror_days`, and
the team's conversations active in those days, with their messages, attachments (the bytes too,
up to MIRROR_FILE_BYTES a file, and the whole texts of capped messages), customers, orders, tags
and outbox rows, the accounts (without their settings) and the knowledge base. Rows keep their team
ids, so the window addresses a conversation the same way online and offline.

`refresh` brings the changes since the last refresh: conversations carry the id of the
transaction that last changed them (migration 0007), and the mirror remembers the oldest
transaction still running when it last read, so nothing that commits late is missed.

Offline, replies and notes are written here (`write`) with the usual queue_reply, their rows
moved at once to ids from LOCAL_IDS up, which the team's never reach: that is what marks them as
not yet on the team database. Back online, `push` queues each in the team outbox under its own
idempotency key (pushing twice stores it once) unless someone answered the conversation
meanwhile, or another agent took it: then it returns a Conflict and keeps the reply, for the agent
to confirm (`push(confirmed=...)`) or `discard` (keeping the text as a draft).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from desk.search.text import index_text
from desk.storage.db import Database
from desk import settings
from desk.sync.outbox import OutsideServiceWindow, queue_reply
from desk.team.claims import Conflict, owner, reply

MIRROR_FILE_BYTES = 25 * 1024 * 1024  # larger files are read from the server only
LOCAL_IDS = 1 << 50  # local rows not yet on the team database; team ids are 32-bit
DAY_S = 86400


@dataclass(frozen=True, slots=True)
class Pending:
    key: str
    conversation_id: int
    text: str
    note: bool
    written_at: int
    seen_answer: int  # the newest team reply in the conversation when this was written
    seen_owner: str | None


@dataclass(frozen=True, slots=True)
class PushOutcome:
    key: str
    conversation_id: int
    status: str  # "sent" (in the team outbox now), "conflict" (ask the agent), "refused" (see detail)
    conflict: Conflict | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class RefreshReport:
    conversations: int
    messages: int
    pushed_elsewhere: int  # replies written here that had reached the team meanwhile


def _table(name: str):
    from desk.storage.models import Base

    return Base.metadata.tables[name]


def _columns(name: str, leave_out: Iterable[str] = ()) -> list[str]:
    return [c.name for c in _table(name).columns if c.name not in leave_out]


class Mirror:
    def __init__(self, local: Database, agent: str):
        self.local = local
        self.agent = agent

    # --- what is in scope -----------------------------------------------------------------------

    def note_opened(self, conversation_id: int, now: int) -> None:
        opened = self._opened()
        opened[str(conversation_id)] = now
        settings.put(self.local, settings.TEAM_MIRROR_OPENED, opened)

    def _opened(self) -> dict[str, int]:
        return dict(settings.get(self.local, settings.TEAM_MIRROR_OPENED))

    def recent(self, now: int) -> int:
        return now - settings.get(self.local, settings.TEAM_MIRROR_DAYS) * DAY_S

    def opened_since(self, since: int) -> list[int]:
        return [int(cid) for cid, at in self._opened().items() if at >= since]

    # --- refresh ----------------------------------------------------------------------------------

    def refresh(self, team: Database, now: int) -> RefreshReport:
        """Bring the team's changes in scope into the mirror (runs on the writer thread)."""
        from sqlalchemy import text

        from desk.storage.dialects.postgresql import CHANGES_HORIZON

        since = settings.get(self.local, settings.TEAM_MIRROR_HORIZON)
        recent = self.recent(now)
        opened = self.opened_since(recent)
        local_ids = {r[0] for r in self.local.fetch_all("SELECT id FROM conversations WHERE id < :l", {"l": LOCAL_IDS})}
        missing = [cid for cid in opened if cid not in local_ids]
        with team.engine.connect() as conn, conn.execution_options(isolation_level="REPEATABLE READ").begin():
            horizon = conn.execute(text(CHANGES_HORIZON)).scalar_one()
            ids = [r[0] for r in conn.execute(text(
                """SELECT id FROM conversations
                   WHERE (version >= :since AND (assignee = :me OR id = ANY(:opened) OR last_message_at >= :recent))
                      OR id = ANY(:missing)"""),
                {"since": since, "me": self.agent, "opened": opened, "recent": recent, "missing": missing})]
            rows = _read_team(conn, ids)
            _copy_files(conn, self.local.attachments, rows)
        with self.local.engine.begin() as conn:
            elsewhere = self._drop_pushed(conn, rows)
            _write_local(conn, rows)
        settings.put(self.local, settings.TEAM_MIRROR_HORIZON, horizon)
        _mirror_knowledge(team, self.local)
        return RefreshReport(len(ids), len(rows["messages"]), elsewhere)

    def keep(self, team: Database, conversation_ids: Iterable[int], now: int) -> None:
        """Note these conversations as opened and copy them now, without waiting for the next
        refresh: what the agent opens (and the draft they write in it) is there offline."""
        ids = [int(cid) for cid in conversation_ids]
        for cid in ids:
            self.note_opened(cid, now)
        with team.engine.connect() as conn, conn.execution_options(isolation_level="REPEATABLE READ").begin():
            rows = _read_team(conn, ids)
            _copy_files(conn, self.local.attachments, rows)
        with self.local.engine.begin() as conn:
            self._drop_pushed(conn, rows)
            _write_local(conn, rows)

    def _drop_pushed(self, conn, rows: dict[str, list[dict]]) -> int:
        """Replies written here that are on the team database now (a push whose answer was lost)."""
        on_team = {o["idempotency_key"] for o in rows["outbox"]} | {
            m["external_id"][5:] for m in rows["messages"] if m["external_id"].startswith("desk:")}
        gone = [p.key for p in self.pending() if p.key in on_team]
        for key in gone:
            _forget(conn, key)
        return len(gone)

    def prune(self, now: int) -> int:
        """Forget conversations out of scope (not ours, not opened or active lately), unless they
        hold a reply or draft not yet sent. Returns how many."""
        from sqlalchemy import text

        recent = self.recent(now)
        keep = set(self.opened_since(recent))
        rows = self.local.fetch_all(
            """SELECT c.id FROM conversations c WHERE c.id < :l AND (c.assignee IS NULL OR c.assignee <> :me)
                 AND COALESCE(c.last_message_at, 0) < :recent
                 AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.conversation_id = c.id)
                 AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.id >= :l)""",
            {"l": LOCAL_IDS, "me": self.agent, "recent": recent})
        gone = [cid for (cid,) in rows if cid not in keep]
        with self.local.engine.begin() as conn:
            for start in range(0, len(gone), 500):
                chunk = ",".join(str(int(c)) for c in gone[start : start + 500])
                conn.execute(text(f"DELETE FROM message_fts WHERE rowid IN "
                                  f"(SELECT id FROM messages WHERE conversation_id IN ({chunk}))"))
                conn.execute(text(f"DELETE FROM conversations WHERE id IN ({chunk})"))
        if gone:
            self._sweep_files()
        return len(gone)

    def _sweep_files(self) -> None:
        """Delete the mirror's files no row names any more (their conversations were forgotten)."""
        store = self.local.attachments
        named = {d for (d,) in self.local.fetch_all("SELECT sha256 FROM attachments")} | {
            d for (d,) in self.local.fetch_all("SELECT full_text_sha256 FROM messages WHERE full_text_sha256 IS NOT NULL")}
        for path in store.root.glob("*/*"):
            if not path.name.startswith(".") and path.name not in named:
                path.unlink(missing_ok=True)

    # --- writing offline ----------------------------------------------------------------------------

    def write(self, conversation_id: int, text: str, *, note: bool = False, now: datetime | None = None) -> str:
        """Save a reply (or note) written offline; its idempotency key. It shows in the conversation
        at once (queued) and goes to the team with `push`."""
        seen_answer, seen_owner = self._seen(conversation_id)

        def park(conn, key: str) -> None:
            _park(conn, key, {"seen_answer": seen_answer, "seen_owner": seen_owner})

        return queue_reply(self.local, conversation_id, text, author=self.agent, note=note, now=now, also=park)

    def _seen(self, conversation_id: int) -> tuple[int, str | None]:
        answer = self.local.fetch_all(
            "SELECT max(id) FROM messages WHERE conversation_id = :c AND direction = 'out' AND id < :l",
            {"c": conversation_id, "l": LOCAL_IDS})[0][0]
        return answer or 0, owner(self.local, conversation_id)

    def pending(self) -> list[Pending]:
        """What was written here and is not on the team database yet, oldest first."""
        rows = self.local.fetch_all(
            """SELECT m.external_id, m.conversation_id, m.body_text, m.direction, m.sent_at, m.id,
                      (SELECT o.payload_json FROM outbox o WHERE o.message_id = m.id)
               FROM messages m WHERE m.id >= :l ORDER BY m.id""", {"l": LOCAL_IDS})
        out = []
        for external_id, cid, body, direction, sent_at, _, payload in rows:
            seen = json.loads(payload or "{}").get("offline", {})
            out.append(Pending(external_id.removeprefix("desk:"), cid, body, direction == "note", sent_at,
                               seen.get("seen_answer", 0), seen.get("seen_owner")))
        return out

    # --- back online ----------------------------------------------------------------------------------

    def push(self, team: Database, *, confirmed: Iterable[str] = (), now: datetime | None = None) -> list[PushOutcome]:
        """Queue the pending replies and notes in the team outbox; a Conflict for those that need the
        agent's word first (unless their key is in `confirmed`). Connection errors propagate: what
        was pushed is done, the rest stays pending."""
        confirmed = set(confirmed)
        outcomes = []
        for item in self.pending():
            conflict = None if item.note or item.key in confirmed else _conflict(team, item, self.agent)
            if conflict is not None:
                outcomes.append(PushOutcome(item.key, item.conversation_id, "conflict", conflict))
                continue
            try:
                reply(team, item.conversation_id, self.agent, item.text, confirmed=True, note=item.note,
                      key=item.key, now=now)
            except OutsideServiceWindow as refused:
                outcomes.append(PushOutcome(item.key, item.conversation_id, "refused", detail=str(refused)))
                continue
            with self.local.engine.begin() as conn:
                _forget(conn, item.key)
            outcomes.append(PushOutcome(item.key, item.conversation_id, "sent"))
        return outcomes

    def discard(self, key: str, *, keep_as_draft: bool = True, now: int | None = None) -> None:
        """The agent decided not to send it; the text becomes the conversation's draft (before any
        draft written there since, which is kept)."""
        from dataclasses import replace

        from desk.storage.drafts import load_draft, save_draft

        item = next((p for p in self.pending() if p.key == key), None)
        if item is None:
            return
        if keep_as_draft:
            draft = load_draft(self.local, item.conversation_id)
            if item.text not in draft.body:
                draft = replace(draft, body=f"{item.text}\n\n{draft.body}" if draft.body.strip() else item.text)
            save_draft(self.local, item.conversation_id, draft, now or int(datetime.now(UTC).timestamp()))
        with self.local.engine.begin() as conn:
            _forget(conn, key)


def _conflict(team: Database, item: Pending, me: str) -> Conflict | None:
    answers = team.fetch_all(
        """SELECT author, sent_at FROM messages WHERE conversation_id = :c AND direction = 'out' AND id > :seen
             AND external_id <> :mine ORDER BY id DESC LIMIT 1""",
        {"c": item.conversation_id, "seen": item.seen_answer, "mine": f"desk:{item.key}"})
    if answers:
        return Conflict("answered", item.conversation_id, answers[0][0], answers[0][1])
    current = owner(team, item.conversation_id)
    if current not in (None, me, item.seen_owner):
        return Conflict("owned", item.conversation_id, current)
    return None


# --- local rows ---------------------------------------------------------------------------------------

def _next_local_id(conn, table: str) -> int:
    from sqlalchemy import text

    top = conn.execute(text(f"SELECT max(id) FROM {table} WHERE id >= :l"), {"l": LOCAL_IDS}).scalar()
    return LOCAL_IDS if top is None else top + 1


def _park(conn, key: str, seen: dict) -> None:
    """Move a reply just written (same transaction) to local ids, and note what its writer saw."""
    from sqlalchemy import text

    conn.execute(text("PRAGMA defer_foreign_keys = ON"))  # ids change under the outbox's reference
    old, body = conn.execute(text("SELECT id, body_text FROM messages WHERE external_id = :e"),
                             {"e": f"desk:{key}"}).one()
    new = _next_local_id(conn, "messages")
    conn.execute(text("UPDATE messages SET id = :new WHERE id = :old"), {"new": new, "old": old})
    conn.execute(text("DELETE FROM message_fts WHERE rowid = :old"), {"old": old})
    conn.execute(text("INSERT INTO message_fts (rowid, body) VALUES (:new, :body)"), {"new": new, "body": index_text(body)})
    entry = conn.execute(text("SELECT payload_json FROM outbox WHERE idempotency_key = :k"), {"k": key}).first()
    if entry is not None:
        payload = json.loads(entry[0]) | {"offline": seen}
        conn.execute(text("UPDATE outbox SET id = :id, message_id = :m, payload_json = :p WHERE idempotency_key = :k"),
                     {"id": _next_local_id(conn, "outbox"), "m": new, "p": json.dumps(payload), "k": key})


def _forget(conn, key: str) -> None:
    from sqlalchemy import text

    ids = [r[0] for r in conn.execute(text("SELECT id FROM messages WHERE external_id = :e AND id >= :l"),
                                      {"e": f"desk:{key}", "l": LOCAL_IDS})]
    for mid in ids:
        conn.execute(text("DELETE FROM outbox WHERE message_id = :m"), {"m": mid})
        conn.execute(text("DELETE FROM message_fts WHERE rowid = :m"), {"m": mid})
        conn.execute(text("DELETE FROM messages WHERE id = :m"), {"m": mid})


def _in(column: str, ids: Iterable[int]) -> str:
    listed = ",".join(str(int(i)) for i in ids)
    return f"{column} IN ({listed})" if listed else "1 = 0"


def _select(conn, table: str, where: str, leave_out: Iterable[str] = ()) -> list[dict]:
    from sqlalchemy import text

    columns = _columns(table, leave_out)
    return [dict(r) for r in conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}")).mappings()]


ORDER_CHILDREN = ("order_items", "shipments", "refunds", "returns")


def _read_team(conn, ids: list[int]) -> dict[str, list[dict]]:
    """Everything the mirror keeps about these conversations, read in one snapshot."""
    rows: dict[str, list[dict]] = {"accounts": _select(conn, "accounts", "1 = 1", leave_out=("settings_json",))}
    rows["conversations"] = _select(conn, "conversations", _in("id", ids))
    rows["conversation_tags"] = _select(conn, "conversation_tags", _in("conversation_id", ids))
    rows["messages"] = _select(conn, "messages", _in("conversation_id", ids))
    rows["attachments"] = _select(conn, "attachments", _in("message_id", [m["id"] for m in rows["messages"]]))
    rows["outbox"] = _select(conn, "outbox", _in("conversation_id", ids))
    customers = {c["customer_id"] for c in rows["conversations"] if c["customer_id"]}
    rows["customers"] = _select(conn, "customers", _in("id", customers))
    rows["customer_identities"] = _select(conn, "customer_identities", _in("customer_id", customers))
    orders = {c["order_id"] for c in rows["conversations"] if c["order_id"]}
    rows["orders"] = _select(conn, "orders", f"{_in('id', orders)} OR {_in('customer_id', customers)}")
    order_ids = [o["id"] for o in rows["orders"]]
    for child in ORDER_CHILDREN:
        rows[child] = _select(conn, child, _in("order_id", order_ids))
    rows["agent_profiles"] = _select(conn, "agent_profiles", "1 = 1")
    shared = ",".join(f"'{key}'" for key in _shared_settings())
    rows["settings"] = _select(conn, "settings", f"key IN ({shared})")
    return rows


def _copy_files(conn, store, rows: dict[str, list[dict]]) -> int:
    """The bytes of the attachments and whole texts these rows name, into the mirror's files (before
    the rows that name them), each fetched once; a file over MIRROR_FILE_BYTES stays on the server.
    How many were copied."""
    from sqlalchemy import text

    wanted = {a["sha256"] for a in rows["attachments"]} | {
        m["full_text_sha256"] for m in rows["messages"] if m["full_text_sha256"]}
    missing = sorted(d for d in wanted if not store.path_of(d).exists())
    copied = 0
    for digest in missing:
        row = conn.execute(text("SELECT data FROM file_blobs WHERE sha256 = :d AND size <= :cap"),
                           {"d": digest, "cap": MIRROR_FILE_BYTES}).first()
        if row is not None and store.put(bytes(row[0])) == digest:
            copied += 1
    return copied


def _shared_settings() -> list[str]:
    """The team's own settings (translation provider, glossary, rules...): kept offline too. This
    agent's settings live only here and are never overwritten by the team's."""
    return [s.key for s in settings.SETTINGS.values() if s.scope is settings.Scope.WORKSPACE]


def _upsert(conn, table: str, rows: list[dict]) -> None:
    from sqlalchemy.dialects.sqlite import insert

    if not rows:
        return
    target = _table(table)
    keys = [c.name for c in target.primary_key.columns]
    stmt = insert(target)
    changed = {name: stmt.excluded[name] for name in rows[0] if name not in keys}
    conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=changed) if changed
                 else stmt.on_conflict_do_nothing(), rows)


def _replace_children(conn, table: str, parent: str, parent_ids: Iterable[int], rows: list[dict]) -> None:
    from sqlalchemy import text

    conn.execute(text(f"DELETE FROM {table} WHERE {_in(parent, parent_ids)}"))
    _upsert(conn, table, rows)


def _write_local(conn, rows: dict[str, list[dict]]) -> None:
    """Upsert by team id, parents before children; replace the lists a parent owns (tags,
    identities, order lines), so what the team removed goes here too. Reindex local search."""
    from sqlalchemy import text

    from desk.storage.dialects import sqlite
    from desk.storage.ingest import index_customers

    _upsert(conn, "accounts", rows["accounts"])
    _upsert(conn, "customers", rows["customers"])
    customers = [c["id"] for c in rows["customers"]]
    for identity in rows["customer_identities"]:  # an address that moved to another customer
        conn.execute(text("DELETE FROM customer_identities WHERE kind = :k AND value = :v AND id <> :id"),
                     {"k": identity["kind"], "v": identity["value"], "id": identity["id"]})
    _replace_children(conn, "customer_identities", "customer_id", customers, rows["customer_identities"])
    _upsert(conn, "orders", rows["orders"])
    for child in ORDER_CHILDREN:
        _replace_children(conn, child, "order_id", [o["id"] for o in rows["orders"]], rows[child])
    conn.execute(text("DELETE FROM agent_profiles"))  # a few rows: the team's list as it is
    _upsert(conn, "agent_profiles", rows["agent_profiles"])
    gone = set(_shared_settings()) - {row["key"] for row in rows["settings"]}  # back to their defaults there
    conn.execute(text(f"DELETE FROM settings WHERE key IN ({','.join(repr(k) for k in sorted(gone)) or 'NULL'})"))
    _upsert(conn, "settings", rows["settings"])
    _upsert(conn, "conversations", rows["conversations"])
    conversations = [c["id"] for c in rows["conversations"]]
    _replace_children(conn, "conversation_tags", "conversation_id", conversations, rows["conversation_tags"])
    messages = rows["messages"]
    for start in range(0, len(messages), 500):
        chunk = messages[start : start + 500]
        conn.execute(text(f"DELETE FROM message_fts WHERE {_in('rowid', [m['id'] for m in chunk])}"))
        _upsert(conn, "messages", chunk)
        sqlite.index_messages(conn, [(m["id"], index_text(m["body_text"])) for m in chunk])
    _replace_children(conn, "attachments", "message_id", [m["id"] for m in messages], rows["attachments"])
    _upsert(conn, "outbox", rows["outbox"])
    if customers:
        index_customers(conn, sqlite, set(customers))


def _mirror_knowledge(team: Database, local: Database) -> None:
    """Entries new or changed on the team since the mirror's copy; those deleted there go here too."""
    from desk.knowledge.entries import delete_entry, load_entry, store_entries

    theirs = dict(team.fetch_all("SELECT slug, updated_at FROM kb_entries"))
    ours = dict(local.fetch_all("SELECT slug, updated_at FROM kb_entries"))
    for slug in ours.keys() - theirs.keys():
        delete_entry(local, slug)
    for slug, updated_at in theirs.items():
        if ours.get(slug) != updated_at and (entry := load_entry(team, slug)) is not None:
            store_entries(local, [entry], now=entry.updated_at)
