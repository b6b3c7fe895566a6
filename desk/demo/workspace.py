"""Build the demo workspace from desk/demo/data/*.json (format: data/FORMAT.md).

Messages go through the same Ingestor as synced mail and chats; orders, statuses, tags and
assignees are set around it. Times in the files are relative ("hours_ago"), so a workspace built
today looks like today's queue.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, update

from desk.demo.data_files import demo_accounts, demo_conversations
from desk.domain import AttachmentData, Channel, ConversationStatus, Direction, IncomingMessage
from desk.demo.translations import seed_demo_translations
from desk.knowledge import seed_kb
from desk.routing.annotate import annotate_all
from desk.triage import classify
from desk.storage.db import Database
from desk.storage.ingest import Ingestor
from desk.storage.models import (
    Account,
    Conversation,
    ConversationTag,
    Order,
    OrderItem,
    Refund,
    ReturnRequest,
    Shipment,
)
from desk.storage.timekeys import NO_DUE
from desk import settings

# What an account of the demo keeps from accounts.json (the sandboxes add their addresses and ports).
DEMO_AGENT = "li.na"  # the agent the demo is seen as: an assignee in the data
ACCOUNT_SETTINGS = ("marketplace", "region", "currency", "orders_api", "templates", "signature")


def create_accounts(db: Database, now: datetime) -> dict[str, int]:
    with db.sessionmaker.begin() as session:
        accounts = {
            a["key"]: Account(
                channel=Channel(a["channel"]),
                name=a["name"],
                sla_hours=a["sla_hours"],
                settings_json=json.dumps({k: v for k, v in a.items() if k in ACCOUNT_SETTINGS}),
                created_at=now,
            )
            for a in demo_accounts()
        }
        session.add_all(accounts.values())
        session.flush()
        return {key: account.id for key, account in accounts.items()}


def _days(now: datetime, days: float | None) -> datetime | None:
    return None if days is None else now - timedelta(days=days)


def build_order(spec: dict, account_id: int, now: datetime) -> Order:
    items = [
        OrderItem(sku=i["sku"], title=i["title"], quantity=i["quantity"], unit_price=Decimal(i["unit_price"]))
        for i in spec["items"]
    ]
    return Order(
        account_id=account_id,
        external_id=spec["id"],
        status=spec["status"],
        currency=spec["currency"],
        total=sum((i.unit_price * i.quantity for i in items), Decimal("0")),
        placed_at=_days(now, spec["placed_days_ago"]),
        items=items,
        shipments=[
            Shipment(
                carrier=s["carrier"],
                tracking_number=s["tracking"],
                status=s["status"],
                shipped_at=_days(now, s.get("shipped_days_ago")),
                delivered_at=_days(now, s.get("delivered_days_ago")),
                eta_at=None if s.get("eta_days") is None else now + timedelta(days=s["eta_days"]),
            )
            for s in spec.get("shipments", [])
        ],
        refunds=[
            Refund(amount=Decimal(r["amount"]), reason=r["reason"], status=r["status"], created_at=_days(now, r["days_ago"]))
            for r in spec.get("refunds", [])
        ],
        returns=[
            ReturnRequest(reason=r["reason"], status=r["status"], rma=r.get("rma"), created_at=_days(now, r["days_ago"]))
            for r in spec.get("returns", [])
        ],
    )


def demo_files(names) -> tuple[AttachmentData, ...]:
    """The photos customers of the demo sent (desk/demo/data/files)."""
    import mimetypes
    from importlib.resources import files

    folder = files("desk.demo").joinpath("data/files")
    return tuple(AttachmentData(name, mimetypes.guess_type(name)[0] or "application/octet-stream",
                                folder.joinpath(name).read_bytes()) for name in names)


def conversation_messages(conv: dict, account_id: int, now: datetime, thread_key: str) -> Iterator[IncomingMessage]:
    customer = conv["customer"]
    order = conv.get("order") or {}
    for index, m in enumerate(conv["messages"]):
        if m.get("queued"):
            continue  # still in the outbox: queue_demo_replies puts it there
        direction = Direction(m["direction"])
        yield IncomingMessage(
            account_id=account_id,
            external_id=f"{thread_key}/{index}",
            thread_key=thread_key,
            direction=direction,
            text=m["text"],
            sent_at=now - timedelta(hours=m["hours_ago"]),
            customer_name=customer["name"],
            customer_email=customer.get("email"),
            customer_phone=customer.get("phone"),
            customer_relay_alias=customer.get("relay_alias"),
            customer_country=customer.get("country"),
            customer_timezone=customer.get("timezone"),
            language=None if direction is Direction.NOTE else conv["language"],
            subject=conv.get("subject", ""),
            attachments=demo_files(m.get("attachments", ())),
            author=m.get("author") if direction is not Direction.IN else customer["name"],
            order_external_id=order.get("id"),
        )


def queue_demo_replies(db: Database, conversations: list[dict], thread_ids: dict[str, int], now: datetime) -> None:
    """Replies an agent wrote while offline: in the outbox, delivered once sync reaches the platform."""
    from desk.sync.outbox import queue_reply

    for conv in conversations:
        for m in conv["messages"]:
            if m.get("queued"):
                queue_reply(db, thread_ids[f"demo/{conv['key']}"], m["text"], author=m.get("author"),
                            now=now - timedelta(hours=m["hours_ago"]))


@dataclass(frozen=True)
class ConversationState:
    status: str
    assignee: str | None
    tags: tuple[str, ...]
    snooze_until: datetime | None = None


def apply_states(db: Database, states: dict[str, ConversationState], thread_ids: dict[str, int]) -> None:
    """Status, assignee and tags as the data says; a conversation not waiting on us has no SLA due."""
    with db.sessionmaker.begin() as session:
        for thread_key, state in states.items():
            cid = thread_ids[thread_key]
            values: dict = {"status": state.status, "assignee": state.assignee}
            if state.status in (ConversationStatus.RESOLVED, ConversationStatus.SNOOZED):
                values["sla_due_at"] = NO_DUE
            if state.snooze_until is not None:
                values["snooze_until"] = state.snooze_until
            session.execute(update(Conversation).where(Conversation.id == cid).values(**values))
            session.add_all(ConversationTag(conversation_id=cid, tag=t) for t in state.tags)


def link_order_customers(db: Database) -> None:
    with db.sessionmaker.begin() as session:
        pairs = session.execute(
            select(Conversation.order_id, Conversation.customer_id).where(Conversation.order_id.is_not(None))
        ).all()
        for order_id, customer_id in pairs:
            session.execute(update(Order).where(Order.id == order_id).values(customer_id=customer_id))


def load_demo(db: Database, now: datetime | None = None) -> int:
    """Fill an empty cache with the demo workspace. Returns the number of conversations."""
    now = now or datetime.now(UTC)
    account_ids = create_accounts(db, now)
    conversations = demo_conversations()
    with db.sessionmaker.begin() as session:
        session.add_all(
            build_order(c["order"], account_ids[c["account"]], now) for c in conversations if c.get("order")
        )
    ingestor = Ingestor(db)
    states: dict[str, ConversationState] = {}
    batch: list[IncomingMessage] = []
    for conv in conversations:
        thread_key = f"demo/{conv['key']}"
        batch.extend(conversation_messages(conv, account_ids[conv["account"]], now, thread_key))
        snooze = now + timedelta(hours=conv.get("snooze_hours", 24)) if conv["status"] == "snoozed" else None
        states[thread_key] = ConversationState(conv["status"], conv.get("assignee"), tuple(conv.get("tags", ())), snooze)
    ingestor.ingest(batch, now=now)
    thread_ids = dict(
        (k, i) for i, k in db.fetch_all("SELECT id, thread_key FROM conversations WHERE thread_key LIKE 'demo/%'")
    )
    apply_states(db, states, thread_ids)
    queue_demo_replies(db, conversations, thread_ids, now)
    link_order_customers(db)
    seed_kb(db)
    settings.put(db, settings.AGENT_NAME, DEMO_AGENT)  # so "Mine" holds Li Na's conversations
    annotate_all(db, classify)
    if db.path is not None:
        seed_demo_translations(db)
    return len(conversations)
