"""Idempotent ingest: messages from any channel into the cache, each stored exactly once.

A message is keyed by (account, platform id); a unique constraint plus INSERT .. ON CONFLICT DO
NOTHING makes the same payload harmless however often and however concurrently it arrives (on
SQLite, BEGIN IMMEDIATE serialises writers, so look-ups and inserts in one batch cannot race).
Each batch is one transaction written with executemany: an ORM unit of work row by row stays
under 5,000 messages/s here (toolchain.md), this path does not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import BigInteger, Connection, bindparam, func, select, type_coerce, update

from desk.domain import (
    AttachmentData,
    Channel,
    ConversationStatus,
    DeliveryState,
    Direction,
    IdentityKind,
    IncomingMessage,
)
from desk.html import sanitise_html
from desk.search.text import index_text
from desk.sla.clock import clock_start
from desk.storage.db import Database
from desk.storage.models import Account, Attachment, Conversation, Customer, CustomerIdentity, Message, Order
from desk.storage.timekeys import NEVER, NO_DUE, to_epoch

PREVIEW_CHARS = 200
# Stored body text is capped (the search index and the cache grew by twice a 23 MB body); the whole
# text is kept as a file in the attachment store, named in messages.full_text_sha256. Sanitised HTML
# over HTML_CAP is not stored inline: the text stands in and the HTML is kept as an attachment.
TEXT_CAP = 100_000
HTML_CAP = 200_000
MESSAGE_COLUMNS = (
    "conversation_id", "account_id", "external_id", "direction", "author", "body_text", "body_html",
    "language", "sent_at", "received_at", "delivery_state", "auto_reply", "unverified", "full_text_sha256",
)
ACCOUNTS = Account.__table__
CUSTOMERS = Customer.__table__
IDENTITIES = CustomerIdentity.__table__
CONVERSATIONS = Conversation.__table__
MESSAGES = Message.__table__
ORDERS = Order.__table__
ATTACHMENTS = Attachment.__table__


@dataclass
class IngestResult:
    inserted: int = 0
    duplicates: int = 0


def identities_of(msg: IncomingMessage) -> list[tuple[str, str]]:
    """The merge keys a message carries, normalised (e-mail lower-case, phone digits only)."""
    keys = []
    if msg.customer_email:
        keys.append((IdentityKind.EMAIL.value, msg.customer_email.strip().lower()))
    if msg.customer_phone:
        digits = "".join(ch for ch in msg.customer_phone if ch.isdigit())
        if digits:
            keys.append((IdentityKind.PHONE.value, "+" + digits))
    if msg.customer_relay_alias:
        keys.append((IdentityKind.RELAY_ALIAS.value, msg.customer_relay_alias.strip().lower()))
    if msg.customer_user_id:
        keys.append((IdentityKind.WHATSAPP_USER.value, msg.customer_user_id.strip()))
    if msg.customer_username:
        keys.append((IdentityKind.WHATSAPP_USERNAME.value, msg.customer_username.strip().lstrip("@").lower()))
    return keys


class Ingestor:
    """Writes batches of IncomingMessage. Keep one per database; not thread-safe."""

    def __init__(self, db: Database):
        self.db = db
        self._sla_hours: dict[int, int] = {}
        self._channels: dict[int, Channel] = {}

    def ingest(
        self,
        messages: Sequence[IncomingMessage],
        now: datetime | None = None,
        also: Callable[[Connection], None] | None = None,
    ) -> IngestResult:
        """Store `messages` once each; `also(conn)` runs in the same transaction (sync stores the
        batch's orders and its new cursor there, so a crash keeps both or neither)."""
        result = IngestResult()
        now = now or datetime.now(UTC)
        total = len(messages)
        with self.db.engine.begin() as conn:
            messages = _follow_renames(self._not_yet_stored(conn, messages))
            if messages:
                self._load_accounts(conn, {m.account_id for m in messages})
                conversation_of = self._conversations(conn, messages, now)
                inserted = self._insert_messages(conn, messages, conversation_of, now)
                self.db.dialect.index_messages(conn, [(mid, index_text(m.text)) for mid, m in inserted])
                self._store_attachments(conn, inserted)
                self._update_conversations(conn, [(conversation_of[_thread(m)], m) for _, m in inserted])
            else:
                conversation_of, inserted = {}, []
            if also is not None:
                also(conn)
        result.inserted = len(inserted)
        result.duplicates = total - len(inserted)
        return result

    # --- accounts -------------------------------------------------------------------------------

    def _load_accounts(self, conn, account_ids: set[int]) -> None:
        missing = account_ids - self._sla_hours.keys()
        if not missing:
            return
        rows = conn.execute(
            select(ACCOUNTS.c.id, ACCOUNTS.c.sla_hours, ACCOUNTS.c.channel).where(ACCOUNTS.c.id.in_(missing))
        ).all()
        for account_id, sla_hours, channel in rows:
            self._sla_hours[account_id] = sla_hours
            self._channels[account_id] = Channel(channel)
        if unknown := missing - {r[0] for r in rows}:
            raise ValueError(f"messages for unknown accounts {sorted(unknown)}")

    def _store_attachments(self, conn, inserted: list[tuple[int, IncomingMessage]]) -> None:
        store = self.db.attachments
        rows = [
            {"message_id": mid, "filename": a.filename[:500], "mime_type": a.mime_type[:128], "size": len(a.data),
             "content_id": a.content_id, "sha256": store.put(a.data)}
            for mid, m in inserted if m.attachments for a in m.attachments
        ]
        if rows:
            conn.execute(ATTACHMENTS.insert(), rows)

    def _not_yet_stored(self, conn, messages: Sequence[IncomingMessage]) -> list[IncomingMessage]:
        """Drop what is already cached before anything else, so a re-delivered message (even under
        another thread key) never creates a conversation or a customer."""
        m = MESSAGES.c
        known = {(a, e) for _, a, e in select_pairs(conn, m.id, m.account_id, m.external_id,
                                                      {(x.account_id, x.external_id) for x in messages})}
        return [x for x in messages if (x.account_id, x.external_id) not in known]

    # --- customers and conversations ------------------------------------------------------------

    def _conversations(self, conn, messages: Sequence[IncomingMessage], now: datetime) -> dict:
        """(account, thread key) -> conversation id for every thread in the batch, creating the new
        ones together (a handful of statements per batch, not per conversation)."""
        threads = _thread_seeds(messages)
        c = CONVERSATIONS.c
        found = {(a, k): cid for cid, a, k in select_pairs(conn, c.id, c.account_id, c.thread_key, threads)}
        found.update(self._aliased_conversations(conn, [m for key, m in threads.items() if key not in found]))
        found.update(self._answered_conversations(conn, [m for key, m in threads.items() if key not in found]))
        new = [m for key, m in threads.items() if key not in found]
        if new:
            self._create_conversations(conn, new, now)
            created = select_pairs(conn, c.id, c.account_id, c.thread_key, [_thread(m) for m in new])
            found.update(((a, k), cid) for cid, a, k in created)
        return _follow_merges(conn, found)

    def _aliased_conversations(self, conn, seeds: list[IncomingMessage]) -> dict[tuple[int, str], int]:
        """New thread keys of threads stored under an earlier key (a WhatsApp user who changed
        BSUID, a phone-keyed thread now keyed by BSUID): the conversation takes the new key, and
        its customer the identities the message brings, so replies go to who the customer is now."""
        wanted = {(m.account_id, alias): m for m in seeds for alias in m.thread_aliases if alias != m.thread_key}
        if not wanted:
            return {}
        c = CONVERSATIONS.c
        rows = select_pairs(conn, c.id, c.account_id, c.thread_key, wanted)
        found: dict[tuple[int, str], int] = {}
        for cid, account_id, old_key in rows:
            m = wanted[(account_id, old_key)]
            if _thread(m) in found:
                continue
            conn.execute(update(CONVERSATIONS).where(c.id == cid).values(thread_key=m.thread_key))
            found[_thread(m)] = cid
            self._attach_identities(conn, cid, m)
        return found

    def _attach_identities(self, conn, conversation_id: int, m: IncomingMessage) -> None:
        customer_id = conn.execute(select(CONVERSATIONS.c.customer_id).where(
            CONVERSATIONS.c.id == conversation_id)).scalar()
        keys = identities_of(m)
        if customer_id is None or not keys:
            return
        conn.execute(self.db.dialect.insert_ignoring_duplicates(IDENTITIES),
                     [{"customer_id": customer_id, "kind": kind, "value": value} for kind, value in keys])
        index_customers(conn, self.db.dialect, {customer_id})

    def _answered_conversations(self, conn, seeds: list[IncomingMessage]) -> dict[tuple[int, str], int]:
        """New threads that answer a message we already have belong to that message's conversation
        (a customer's reply to our reply often carries In-Reply-To but no References)."""
        asked = {(m.account_id, m.reply_to_external_id): _thread(m) for m in seeds if m.reply_to_external_id}
        if not asked:
            return {}
        c = MESSAGES.c
        rows = select_pairs(conn, c.conversation_id, c.account_id, c.external_id, asked)
        return {asked[(account_id, external_id)]: cid for cid, account_id, external_id in rows}

    def _create_conversations(self, conn, firsts: list[IncomingMessage], now: datetime) -> None:
        customers = resolve_customers(conn, self.db, firsts, now)
        order_keys = {(m.account_id, m.order_external_id) for m in firsts if m.order_external_id}
        orders = {}
        if order_keys:
            o = ORDERS.c
            orders = {(a, e): oid for oid, a, e in select_pairs(conn, o.id, o.account_id, o.external_id, order_keys)}
        created = to_epoch(now)
        rows = [
            {
                "account_id": m.account_id,
                "channel": self._channels[m.account_id].value,
                "thread_key": m.thread_key,
                "customer_id": customer_id,
                "order_id": orders.get((m.account_id, m.order_external_id)),
                "order_ref": m.order_external_id,
                "subject": m.subject[:500],
                "status": ConversationStatus.OPEN.value,
                "language": m.language,
                "sla_due_at": NO_DUE,
                "last_inbound_at": NEVER,
                "preview": "",
                "message_count": 0,
                "created_at": created,
                "unverified": m.unverified,
            }
            for m, customer_id in zip(firsts, customers)
        ]
        conn.execute(self.db.dialect.insert_ignoring_duplicates(CONVERSATIONS), rows)

    # --- messages --------------------------------------------------------------------------------

    def _insert_messages(self, conn, messages, conversation_of, now) -> list[tuple[int, IncomingMessage]]:
        unique: dict[tuple[int, str], IncomingMessage] = {}
        for m in messages:
            unique.setdefault((m.account_id, m.external_id), m)
        received = to_epoch(now)
        stored = {key: self._capped(m) for key, m in unique.items()}
        rows = [
            (
                conversation_of[_thread(m)],
                m.account_id,
                m.external_id,
                m.direction.value,
                m.author,
                m.text,
                m.html,
                m.language,
                to_epoch(m.sent_at),
                received,
                (m.delivery_state or _default_state(m.direction)).value,
                m.auto_reply,
                m.unverified,
                full_text,
            )
            for m, full_text in stored.values()
        ]
        returned = self.db.dialect.insert_new_returning(
            conn, MESSAGES, MESSAGE_COLUMNS, rows, ("id", "account_id", "external_id")
        )
        return [(mid, stored[(account_id, ext)][0]) for mid, account_id, ext in returned]

    def _capped(self, m: IncomingMessage) -> tuple[IncomingMessage, str | None]:
        """The message as stored (HTML sanitised, text and HTML within their caps) and the sha256 of
        its whole text when that was cut (the whole is then a file in the attachment store)."""
        html = sanitise_html(m.html) if m.html else None
        store = self.db.attachments
        if len(m.text) <= TEXT_CAP and (html is None or len(html) <= HTML_CAP):
            return (replace(m, html=html) if html != m.html else m), None
        capped, full_text = replace(m, html=html), None
        if len(m.text) > TEXT_CAP:
            capped.text = m.text[:TEXT_CAP]
            full_text = store.put(m.text.encode("utf-8"))
        if html is not None and len(html) > HTML_CAP:
            capped.html = None
            capped.attachments = (*m.attachments, AttachmentData("message.html", "text/html", html.encode("utf-8")))
        return capped, full_text

    def _update_conversations(self, conn, inserted: list[tuple[int, IncomingMessage]]) -> None:
        by_conversation: dict[int, list[IncomingMessage]] = defaultdict(list)
        for cid, m in inserted:
            by_conversation[cid].append(m)
        if not by_conversation:
            return
        c = CONVERSATIONS.c
        epoch = [type_coerce(col, BigInteger) for col in (c.sla_due_at, c.last_inbound_at, c.last_outbound_at, c.last_message_at)]
        current = conn.execute(
            select(c.id, c.account_id, c.status, *epoch, c.message_count, c.preview, c.language,
                   type_coerce(c.clock_stopped_at, BigInteger), type_coerce(c.snooze_until, BigInteger)).where(
                c.id.in_(list(by_conversation))
            )
        ).all()
        updates = [self._conversation_update(conn, row, by_conversation[row[0]]) for row in current]
        stmt = (
            update(CONVERSATIONS)
            .where(c.id == bindparam("b_id"))
            .values(
                status=bindparam("b_status"),
                sla_due_at=bindparam("b_due"),
                last_inbound_at=bindparam("b_in"),
                last_outbound_at=bindparam("b_out"),
                last_message_at=bindparam("b_last"),
                message_count=bindparam("b_count"),
                preview=bindparam("b_preview"),
                language=bindparam("b_language"),
                snooze_until=bindparam("b_snooze"),
            )
        )
        conn.execute(stmt, updates)

    def _conversation_update(self, conn, row, new: list[IncomingMessage]) -> dict:
        cid, account_id, status, due, last_in, last_out, last_any, count, preview, language, stopped, snooze = row
        last_out = last_out or NEVER
        inbound = [to_epoch(m.sent_at) for m in new if m.direction is Direction.IN and not m.auto_reply]
        outbound = [to_epoch(m.sent_at) for m in new if m.direction is Direction.OUT and not m.auto_reply]
        new_in = max([last_in, *inbound])
        new_out = max([last_out, *outbound])
        answered = max(new_out, stopped or NEVER)  # "no response needed" stops the clock like an answer
        visible = [m for m in new if m.direction is not Direction.NOTE]
        latest = max(visible, key=lambda m: m.sent_at, default=None)
        new_last = max(last_any or NEVER, to_epoch(latest.sent_at)) if latest else last_any
        if latest is not None and to_epoch(latest.sent_at) >= (last_any or NEVER):
            preview = " ".join(latest.text.split())[:PREVIEW_CHARS]
        sla = self._sla_hours[account_id] * 3600
        # The clock's rule (desk.sla.clock_start) over what is known: a running clock's start, the
        # new messages, the last answer; customers' messages first so an answer of the same second wins.
        steps = [(t, True) for t in inbound] + [(t, False) for t in outbound] + [(answered, False)]
        if new_out == last_out and due != NO_DUE:  # no new answer: a running clock keeps its start
            steps.insert(0, (due - sla, True))
        elif new_out != last_out and new_in > answered:  # an answer arrived (perhaps late, out of order)
            # A conversation without earlier messages has all of them here (a first sync): no query.
            first = (min((t for t in inbound if t > answered), default=None) if count == 0
                     else _first_inbound_after(conn, cid, answered))
            steps.insert(0, (first, True))
        since = clock_start(steps)
        new_due = NO_DUE if since is None else since + sla
        if inbound and max(inbound) > last_in and status != ConversationStatus.OPEN.value:
            status, snooze = ConversationStatus.OPEN.value, None  # the customer wrote: pending, snoozed, resolved reopen
        language = language or next((m.language for m in new if m.direction is Direction.IN and m.language), None)
        return {
            "b_id": cid,
            "b_status": status,
            "b_due": new_due,
            "b_in": new_in,
            "b_out": new_out if new_out != NEVER else None,
            "b_last": new_last,
            "b_count": count + len(new),
            "b_preview": preview,
            "b_language": language,
            "b_snooze": snooze,
        }


MAX_MERGES = 8  # a conversation merged into one that was merged in turn...


def _follow_merges(conn, found: dict[tuple[int, str], int]) -> dict[tuple[int, str], int]:
    """Threads of conversations merged into another (desk.storage.lifecycle.merge) go to that one."""
    c = CONVERSATIONS.c
    for _ in range(MAX_MERGES):
        merged = dict(conn.execute(select(c.id, c.merged_into).where(
            c.id.in_(set(found.values())), c.merged_into.is_not(None))).all())
        if not merged:
            break
        found = {key: merged.get(cid, cid) for key, cid in found.items()}
    return found


def _first_inbound_after(conn, conversation_id: int, after: int) -> int:
    m = MESSAGES.c
    return conn.execute(
        select(func.min(type_coerce(m.sent_at, BigInteger))).where(
            m.conversation_id == conversation_id, m.direction == Direction.IN.value, m.auto_reply.is_(False),
            m.sent_at > after)
    ).scalar_one()


def select_pairs(conn, value, first, second, pairs) -> list[tuple]:
    """Rows (value, first, second) for the given (first, second) pairs.

    One `first = ? AND second IN (...)` per distinct first: SQLite does not use an index for a
    row-value `(a, b) IN ((..), (..))` list and scans the table instead.
    """
    by_first: dict = defaultdict(list)
    for a, b in pairs:
        by_first[a].append(b)
    rows: list[tuple] = []
    for a, bs in by_first.items():
        rows.extend(tuple(r) for r in conn.execute(select(value, first, second).where(first == a, second.in_(bs))))
    return rows


def _thread_seeds(messages: Sequence[IncomingMessage]) -> dict[tuple[int, str], IncomingMessage]:
    """Per thread, what a new conversation is made from: the customer's first message (an agent's
    reply carries no customer), with the subject of the thread's first message."""
    by_thread: dict[tuple[int, str], list[IncomingMessage]] = defaultdict(list)
    for m in messages:
        by_thread[_thread(m)].append(m)
    seeds = {}
    for key, thread in by_thread.items():
        thread.sort(key=lambda m: m.sent_at)
        seed = next((m for m in thread if m.direction is Direction.IN), thread[0])
        subject = next((m.subject for m in thread if m.subject), "")
        seeds[key] = replace(seed, subject=subject)
    return seeds


def _follow_renames(messages: list[IncomingMessage]) -> list[IncomingMessage]:
    """Messages of a thread renamed within this batch (a WhatsApp user id that changed between two
    messages of one pull) take the newest key, keeping the old one as an alias."""
    renamed = {(m.account_id, alias): m.thread_key for m in messages for alias in m.thread_aliases
               if alias != m.thread_key}
    if not renamed:
        return messages
    out = []
    for m in messages:
        key, seen = m.thread_key, {m.thread_key}
        while (m.account_id, key) in renamed and renamed[(m.account_id, key)] not in seen:
            key = renamed[(m.account_id, key)]
            seen.add(key)
        out.append(m if key == m.thread_key else replace(m, thread_key=key,
                                                          thread_aliases=(*m.thread_aliases, m.thread_key)))
    return out


def _thread(m: IncomingMessage) -> tuple[int, str]:
    return (m.account_id, m.thread_key)


def _default_state(direction: Direction) -> DeliveryState:
    return DeliveryState.RECEIVED if direction is Direction.IN else DeliveryState.SENT


def resolve_customers(conn, db: Database, messages: list[IncomingMessage], now: datetime) -> list[int | None]:
    """The customer each message comes from: found by any identity it carries, else created.

    One person across channels is one customer: identities a message brings that are new are
    attached to the customer found through the others (also across messages of one batch).
    """
    keys_of = [identities_of(m) for m in messages]
    wanted = {k for keys in keys_of for k in keys}
    owner: dict[tuple[str, str], int | str] = {}
    if wanted:
        i = IDENTITIES.c
        owner.update(((kind, value), cid) for cid, kind, value in select_pairs(conn, i.customer_id, i.kind, i.value, wanted))
    # Placeholders ("new:N") stand for customers this batch creates.
    chosen: list[int | str | None] = []
    new_customers: dict[str, IncomingMessage] = {}
    new_identities: list[tuple[int | str, str, str]] = []
    for m, keys in zip(messages, keys_of):
        if not keys and not m.customer_name:
            chosen.append(None)
            continue
        who = next((owner[k] for k in keys if k in owner), None)
        if who is None:
            who = f"new:{len(new_customers)}"
            new_customers[who] = m
        for k in keys:
            if k not in owner:
                owner[k] = who
                new_identities.append((who, *k))
        chosen.append(who)
    ids: dict[int | str, int] = {}
    if new_customers:
        created = to_epoch(now)
        returned = conn.execute(
            CUSTOMERS.insert().returning(CUSTOMERS.c.id, sort_by_parameter_order=True),
            [
                {"display_name": m.customer_name[:200], "language": m.language, "country": m.customer_country,
                 "timezone": m.customer_timezone, "created_at": created}
                for m in new_customers.values()
            ],
        ).scalars().all()
        ids.update(zip(new_customers, returned))
    resolved = [ids.get(c, c) if c is not None else None for c in chosen]
    if new_identities:
        conn.execute(
            db.dialect.insert_ignoring_duplicates(IDENTITIES),
            [{"customer_id": ids.get(who, who), "kind": k, "value": v} for who, k, v in new_identities],
        )
    # Search text for new customers is known here; customers found before and given a new
    # identity are re-read.
    known_text: dict[int, list[str]] = {ids[w]: [m.customer_name] for w, m in new_customers.items()}
    for who, _, value in new_identities:
        if who in ids:
            known_text[ids[who]].append(value)
    if known_text:
        db.dialect.index_customers(conn, [(cid, index_text(" ".join(words))) for cid, words in known_text.items()])
    merged = {who for who, _, _ in new_identities if who not in ids}
    if merged:
        index_customers(conn, db.dialect, merged)
    return resolved


def index_customers(conn, dialect, customer_ids: set[int]) -> None:
    """(Re)index these customers' search text: their name and every identity."""
    names = {
        cid: name
        for cid, name in conn.execute(
            select(CUSTOMERS.c.id, CUSTOMERS.c.display_name).where(CUSTOMERS.c.id.in_(customer_ids))
        )
    }
    values: dict[int, list[str]] = defaultdict(list)
    for cid, value in conn.execute(
        select(IDENTITIES.c.customer_id, IDENTITIES.c.value).where(IDENTITIES.c.customer_id.in_(customer_ids))
    ):
        values[cid].append(value)
    dialect.index_customers(
        conn, [(cid, index_text(" ".join([names[cid], *values[cid]]))) for cid in sorted(customer_ids)]
    )
