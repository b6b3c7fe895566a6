"""Replies and notes: saved locally first (agents work offline), then delivered exactly once.

An outbox entry is written together with its message (state "queued") in one transaction. A
sender claims an entry (`claim_next`: "sending", in hand until `claimed_until`) and commits
*before* touching the network; the claim is one atomic UPDATE, so of several senders (processes,
machines on a team database) exactly one gets each entry. An entry found in "sending"
afterwards (a crash, a kill, an ambiguous timeout) is reconciled with the platform
(`Connector.find_sent`) before anything is resent. Rejections stay visible with the platform's
reason; rate limits and outages put the entry back in line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update

from desk.connectors.base import Ambiguous, Connector, RateLimited, Rejected, Unavailable
from desk.connectors.outbound_files import check_outbound_files
from desk.connectors.whatsapp.window import window_open
from desk.domain import Channel, DeliveryState, Direction, IncomingMessage, OutboxState
from desk.domain.model import AttachmentData
from desk.message_costs import as_payload, estimate_cost
from desk.domain.records import OutgoingMessage, SendResult, Template
from desk.errors import DeskError
from desk.storage.db import Database
from desk.storage.ingest import Ingestor
from desk.storage.models import Message, OutboxEntry
from desk.storage.timekeys import NEVER, from_epoch
from desk.sync.crashpoints import crashpoint

log = logging.getLogger(__name__)

OUTBOX, MESSAGES = OutboxEntry.__table__, Message.__table__


class OutsideServiceWindow(DeskError):
    """WhatsApp free text more than 24 h after the customer's last message: only a template may go."""


class AttachmentRefused(DeskError):
    """The platform would refuse the attached files (type or size); the message says which rule."""


@dataclass(frozen=True, slots=True)
class Recipient:
    account_id: int
    channel: str
    to: str
    subject: str
    in_reply_to: str | None
    references: tuple[str, ...]
    last_inbound_at: int | None
    fallback_to: str | None = None  # WhatsApp: the phone, should Meta refuse the BSUID (131062)


def recipient_of(db: Database, conversation_id: int) -> Recipient:
    """Who a reply in this conversation goes to, and how it threads. A WhatsApp reply goes to the
    thread's key: the customer's current BSUID (or, for threads from before BSUIDs, the phone)."""
    row = db.fetch_all(
        """SELECT c.account_id, c.channel, c.subject, c.customer_id, c.last_inbound_at, c.thread_key
           FROM conversations c WHERE c.id = :id""",
        {"id": conversation_id},
    )[0]
    account_id, channel, subject, customer_id, last_in, thread_key = row
    kinds = {"amazon": ("relay_alias", "email"), "whatsapp": ("phone",)}.get(channel, ("email",))
    identities = dict(db.fetch_all("SELECT kind, value FROM customer_identities WHERE customer_id = :c",
                                   {"c": customer_id})) if customer_id else {}
    to = next((identities[k] for k in kinds if k in identities), "")
    fallback = None
    if channel == Channel.WHATSAPP and thread_key and to.lstrip("+") != thread_key:
        to, fallback = thread_key, to or None  # the BSUID, the phone should Meta refuse it
    parent = db.fetch_all(
        """SELECT external_id FROM messages WHERE conversation_id = :id AND direction = 'in'
           ORDER BY sent_at DESC, id DESC LIMIT 1""",
        {"id": conversation_id},
    )
    parent_id = parent[0][0] if parent and parent[0][0].startswith("<") else None
    return Recipient(account_id, channel, to, subject, parent_id, (parent_id,) if parent_id else (),
                     None if last_in == NEVER else last_in, fallback)


def queue_reply(db: Database, conversation_id: int, text: str, *, author: str | None = None,
                note: bool = False, template: Template | None = None, now: datetime | None = None,
                attachments: Sequence[AttachmentData] = (), key: str | None = None,
                also: Callable[[Any, str], None] | None = None) -> str:
    """Save a reply (or an internal note) locally; returns its idempotency key. Runs on the writer.
    Attached files go to the attachment store with the message; a WhatsApp reply also keeps the
    estimated cost it was sent for (desk.message_costs). Queueing again with the same `key` (a reply
    written offline, pushed once more after a lost connection) stores nothing twice. `also(conn, key)`
    runs in the same transaction."""
    if key and db.fetch_all("SELECT 1 FROM outbox WHERE idempotency_key = :k", {"k": key}):
        return key  # queued before (and perhaps sent since, its message renamed to the platform's id)
    now = now or datetime.now(UTC)
    recipient = recipient_of(db, conversation_id)
    if (not note and template is None and recipient.channel == Channel.WHATSAPP
            and not window_open(from_epoch(recipient.last_inbound_at), now)):
        raise OutsideServiceWindow(
            "The customer last wrote more than 24 hours ago: WhatsApp only allows an approved template now."
        )
    if not note:
        try:
            check_outbound_files(Channel(recipient.channel), attachments)
        except Rejected as refusal:
            raise AttachmentRefused(str(refusal)) from None
    key = key or uuid.uuid4().hex
    thread = db.fetch_all("SELECT thread_key FROM conversations WHERE id = :id", {"id": conversation_id})[0][0]
    message = IncomingMessage(
        account_id=recipient.account_id, external_id=f"desk:{key}", thread_key=thread,
        direction=Direction.NOTE if note else Direction.OUT, text=text, sent_at=now, author=author,
        delivery_state=DeliveryState.SENT if note else DeliveryState.QUEUED, attachments=tuple(attachments),
    )
    payload = {"to": recipient.to, "fallback_to": recipient.fallback_to, "subject": recipient.subject,
               "in_reply_to": recipient.in_reply_to,
               "references": list(recipient.references),
               "template": None if template is None else [template.name, template.language, list(template.parameters)],
               "attachments": [{"sha256": hashlib.sha256(a.data).hexdigest(), "filename": a.filename,
                                "mime_type": a.mime_type} for a in attachments],
               "pricing": None if note else as_payload(estimate_cost(db, conversation_id, template=template, now=now))}

    def add_entry(conn) -> None:
        if not note:
            add_outbox_row(conn)
        if also is not None:
            also(conn, key)

    def add_outbox_row(conn) -> None:
        message_id = conn.execute(select(MESSAGES.c.id).where(
            MESSAGES.c.account_id == recipient.account_id, MESSAGES.c.external_id == f"desk:{key}")).scalar_one()
        conn.execute(db.dialect.insert_ignoring_duplicates(OUTBOX).values(
            idempotency_key=key, conversation_id=conversation_id, account_id=recipient.account_id,
            message_id=message_id, direction=Direction.OUT.value, body=text, state=OutboxState.QUEUED.value,
            attempts=0, payload_json=json.dumps(payload), next_attempt_at=0, created_at=int(now.timestamp()),
        ))

    Ingestor(db).ingest([message], now=now, also=add_entry)
    return key


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    key: str
    conversation_id: int
    account_id: int
    body: str
    state: str
    attempts: int
    payload: dict[str, Any]
    attachments: tuple[AttachmentData, ...] = ()

    def outgoing(self) -> OutgoingMessage:
        t = self.payload.get("template")
        return OutgoingMessage(
            account_id=self.account_id, conversation_id=self.conversation_id, idempotency_key=self.key,
            to=self.payload.get("to", ""), text=self.body, subject=self.payload.get("subject", ""),
            in_reply_to=self.payload.get("in_reply_to"), references=tuple(self.payload.get("references", ())),
            template=Template(t[0], t[1], tuple(t[2])) if t else None, fallback_to=self.payload.get("fallback_to"),
            attachments=self.attachments,
        )


IN_HAND_S = 300  # how long a claim holds: longer than any connector's send with its retries
DUE = """account_id = :a AND state IN ('queued', 'sending') AND next_attempt_at <= :now
         AND (claimed_until IS NULL OR claimed_until <= :now)"""
COLUMNS = "id, idempotency_key, conversation_id, account_id, body, state, attempts, payload_json"


def due_entries(db: Database, account_id: int, now: float | None = None) -> list[Entry]:
    """What a sender would claim now (a read: nothing is claimed)."""
    rows = db.fetch_all(f"SELECT {COLUMNS} FROM outbox WHERE {DUE} ORDER BY id",
                        {"a": account_id, "now": int(now if now is not None else time.time())})
    return [Entry(*r[:7], json.loads(r[7])) for r in rows]


def _with_files(db: Database, entry: Entry) -> Entry | None:
    """The entry with its files from the attachment store; a missing file fails that reply, visibly."""
    if not entry.payload.get("attachments"):
        return entry
    try:
        return replace(entry, attachments=_stored_files(db, entry.payload))
    except AttachmentRefused as missing:
        mark_failed(db, entry, str(missing))
        return None


def _stored_files(db: Database, payload: dict[str, Any]) -> tuple[AttachmentData, ...]:
    """A reply's files from the attachment store (a missing one fails that reply, visibly)."""
    store = db.attachments
    files = []
    for item in payload["attachments"]:
        data = store.get(item["sha256"])
        if data is None:
            raise AttachmentRefused(f"the attached file {item['filename']} is missing from the attachment store")
        files.append(AttachmentData(item["filename"], item["mime_type"], data))
    return tuple(files)


def claim_next(db: Database, account_id: int, now: float | None = None) -> Entry | None:
    """Take the account's next due entry in hand ("sending", attempts + 1, claimed for IN_HAND_S)
    in one atomic statement: concurrent senders never get the same entry. The Entry returned
    describes it as it was before this claim (state, attempts), which says whether to reconcile."""
    from sqlalchemy import text

    now = int(now if now is not None else time.time())
    with db.engine.begin() as conn:
        row = conn.execute(text(
            f"""UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_until = :until
                WHERE id = (SELECT id FROM outbox WHERE {DUE} ORDER BY id LIMIT 1 {db.dialect.SKIP_LOCKED})
                RETURNING {COLUMNS}"""), {"a": account_id, "now": now, "until": now + IN_HAND_S}).first()
    if row is None:
        return None
    before = row[6] - 1
    state = OutboxState.SENDING.value if before else OutboxState.QUEUED.value
    entry = _with_files(db, Entry(*row[:5], state, before, json.loads(row[7])))
    return entry if entry is not None else claim_next(db, account_id, now)


def release_claims(db: Database, account_id: int) -> None:
    """Entries a dead sender left in hand become due again. Only for a sender that knows it is the
    account's only one: the single Desk of a workspace, or the worker holding the account's lease
    (desk.team.leases)."""
    with db.engine.begin() as conn:
        conn.execute(update(OUTBOX).where(OUTBOX.c.account_id == account_id, OUTBOX.c.claimed_until.is_not(None))
                     .values(claimed_until=None))


def _set(db: Database, entry_id: int, **values) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry_id).values(**values))


def mark_sent(db: Database, entry: Entry, result: SendResult) -> None:
    # "Accepted" (queued on the platform's side) is sent as far as the agent is concerned;
    # delivered/read come later as delivery updates.
    state = DeliveryState.SENT if result.state is DeliveryState.QUEUED else result.state
    with db.engine.begin() as conn:
        conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry.id).values(
            state=OutboxState.SENT.value, external_id=result.external_id, sent_at=int(time.time()), last_error=None,
            claimed_until=None))
        conn.execute(update(MESSAGES).where(MESSAGES.c.external_id == f"desk:{entry.key}",
                                            MESSAGES.c.account_id == entry.account_id)
                     .values(external_id=result.external_id, delivery_state=state.value))


def mark_failed(db: Database, entry: Entry, reason: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry.id).values(state=OutboxState.FAILED.value,
                                                                          last_error=reason, claimed_until=None))
        conn.execute(update(MESSAGES).where(MESSAGES.c.external_id == f"desk:{entry.key}",
                                            MESSAGES.c.account_id == entry.account_id)
                     .values(delivery_state=DeliveryState.FAILED.value))


def mark_retry(db: Database, entry: Entry, after_s: float, reason: str) -> None:
    # Still "sending": the next attempt reconciles first, in case the failed call got through.
    _set(db, entry.id, next_attempt_at=int(time.time() + after_s), last_error=reason, claimed_until=None)


def retry_failed(db: Database, key: str) -> None:
    """The agent asks to try a failed reply again."""
    with db.engine.begin() as conn:
        conn.execute(update(OUTBOX).where(OUTBOX.c.idempotency_key == key, OUTBOX.c.state == OutboxState.FAILED.value)
                     .values(state=OutboxState.QUEUED.value, next_attempt_at=0, last_error=None))


Run = Callable[..., Awaitable[Any]]


class OutboxSender:
    """Delivers one account's due entries through its connector. `write` runs DB work off the loop.

    `sole_sender`: this sender is the account's only one (the single Desk of a workspace, or the
    worker holding the account's lease), so on its first drain it takes back what a killed
    predecessor left in hand, instead of waiting IN_HAND_S for those claims to lapse."""

    def __init__(self, db: Database, write: Run, sole_sender: bool = True):
        self.db = db
        self.write = write
        self.sole_sender = sole_sender
        self._released: set[int] = set()

    async def drain(self, account_id: int, connector: Connector) -> int:
        if self.sole_sender and account_id not in self._released:
            await self.write(release_claims, self.db, account_id)
            self._released.add(account_id)
        sent = 0
        while (entry := await self.write(claim_next, self.db, account_id)) is not None:
            sent += await self.deliver(entry, connector)
        return sent

    async def deliver(self, entry: Entry, connector: Connector) -> int:
        """Send a claimed entry (see claim_next)."""
        message = entry.outgoing()
        reconcile = entry.state == OutboxState.SENDING.value or entry.attempts > 0
        crashpoint("outbox.before_send")
        try:
            found = await connector.find_sent(message) if reconcile else None
            result = found or await connector.send(message)
        except Rejected as error:
            await self.write(mark_failed, self.db, entry, str(error))
            return 0
        except Ambiguous as error:
            await self.write(mark_retry, self.db, entry, 30, str(error))
            return 0
        except RateLimited as error:
            await self.write(mark_retry, self.db, entry, error.retry_after, str(error))
            if error.per_recipient:  # only this customer waits; the account's other replies go on
                return 0
            raise
        except Unavailable as error:
            await self.write(mark_retry, self.db, entry, 30, str(error))
            raise
        crashpoint("outbox.after_send")
        await self.write(mark_sent, self.db, entry, result)
        log.info("reply %s delivered as %s", entry.key, result.external_id)
        return 1
