"""Scale the demo to benchmark sizes: N conversations x M messages through the real ingest path.

Each generated conversation takes a real demo conversation as its template (language, channel,
texts, order) with its own customer, order id and times spread over the last 90 days.
"""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import bindparam, insert

from desk import settings
from desk.demo.data_files import demo_conversations
from desk.demo.workspace import create_accounts
from desk.domain import ConversationStatus, Direction, IncomingMessage
from desk.paths import workspace_db
from desk.storage.db import Database
from desk.storage.ingest import Ingestor
from desk.storage.models import Conversation, Order, OrderItem
from desk.storage.timekeys import NO_DUE, to_epoch

BATCH_MESSAGES = 2000


def _order_id(index: int, rng: random.Random, template: str) -> str:
    """Unique per generated conversation, in the platform's own shape."""
    if template.startswith("#"):
        return f"#{100000 + index}"
    return f"{template[:3]}-{index:07d}-{rng.randrange(10**6, 10**7):07d}"


def _messages(template: dict, account_id: int, index: int, per: int, end: datetime, rng) -> list[IncomingMessage]:
    texts = {d: [m["text"] for m in template["messages"] if m["direction"] == d] for d in ("in", "out")}
    texts["out"] = texts["out"] or texts["in"]
    customer = template["customer"]
    key = f"gen/{index}"
    start = end - timedelta(hours=per * rng.uniform(2, 8))
    step = (end - start) / per
    out = []
    for i in range(per):
        direction = Direction.IN if (per - 1 - i) % 2 == 0 else Direction.OUT
        pool = texts[direction.value]
        out.append(
            IncomingMessage(
                account_id=account_id,
                external_id=f"{key}/{i}",
                thread_key=key,
                direction=direction,
                text=pool[(index + i) % len(pool)],
                sent_at=start + step * i,
                customer_name=customer["name"],
                customer_email=f"c{index}.{customer.get('email', 'buyer@example.com')}",
                customer_country=customer.get("country"),
                customer_timezone=customer.get("timezone"),
                language=template["language"],
                subject=template.get("subject", ""),
            )
        )
    return out


def generate(data_dir: Path, conversations: int, messages_per: int = 10, seed: int = 7, progress=None) -> Path:
    """Create (or reuse, when it already has this size) a generated workspace under data_dir.

    Built in a side file and renamed into place, so an interrupted run leaves nothing half-made.
    """
    path = workspace_db(data_dir)
    wanted = {"conversations": conversations, "messages_per": messages_per, "seed": seed}
    if path.exists():
        db = Database.open_path(path)
        have = settings.get(db, settings.DEMO_GENERATED)
        holds = db.fetch_all("SELECT count(*) FROM conversations")[0][0]
        db.close()
        if have == wanted:
            return path
        if holds:
            raise SystemExit(f"{path} already holds other conversations; choose an empty --data-dir")
    building = path.with_name(path.name + ".building")
    for stale in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        stale.unlink(missing_ok=True)
    db = Database.open_path(building)
    try:
        _fill(db, conversations, messages_per, seed, wanted, progress)
    finally:
        db.close()
    for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        old.unlink(missing_ok=True)
    os.replace(building, path)
    return path


def _fill(db: Database, conversations: int, messages_per: int, seed: int, wanted: dict, progress) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    accounts = create_accounts(db, now)
    templates = demo_conversations()
    ingestor = Ingestor(db)
    batch: list[IncomingMessage] = []
    resolved: list[int] = []
    for index in range(conversations):
        template = templates[index % len(templates)]
        open_ = rng.random() < 0.6
        end = now - timedelta(hours=rng.uniform(0.2, 40) if open_ else rng.uniform(40, 2160))
        batch.extend(_messages(template, accounts[template["account"]], index, messages_per, end, rng))
        if not open_:
            resolved.append(index)
        if len(batch) >= BATCH_MESSAGES:
            ingestor.ingest(batch, now=now)
            batch.clear()
            if progress:
                progress(index + 1, conversations)
    ingestor.ingest(batch, now=now)
    _finish(db, resolved, templates, accounts, rng, now)
    settings.put(db, settings.DEMO_GENERATED, wanted)


def _finish(db: Database, resolved: list[int], templates, accounts, rng, now) -> None:
    """Resolve the conversations that are not waiting and give each templated order its own row."""
    conv = Conversation.__table__
    with db.engine.begin() as conn:
        keys = [f"gen/{i}" for i in resolved]
        for start in range(0, len(keys), 500):
            conn.execute(
                conv.update()
                .where(conv.c.thread_key.in_(keys[start : start + 500]))
                .values(status=ConversationStatus.RESOLVED.value, sla_due_at=NO_DUE)
            )
        rows = conn.execute(conv.select().with_only_columns(conv.c.id, conv.c.thread_key, conv.c.customer_id)).all()
        orders, items = [], []
        for cid, key, customer_id in rows:
            index = int(key.split("/")[1])
            template = templates[index % len(templates)]
            spec = template.get("order")
            if not spec:
                continue
            orders.append(
                {
                    "account_id": accounts[template["account"]],
                    "external_id": _order_id(index, rng, spec["id"]),
                    "customer_id": customer_id,
                    "status": spec["status"],
                    "currency": spec["currency"],
                    "total": sum(Decimal(i["unit_price"]) * i["quantity"] for i in spec["items"]),
                    "placed_at": to_epoch(now - timedelta(days=spec["placed_days_ago"])),
                    "_cid": cid,
                    "_items": spec["items"],
                }
            )
        links = []
        for start in range(0, len(orders), 1000):
            chunk = orders[start : start + 1000]
            ids = conn.execute(
                insert(Order.__table__).returning(Order.__table__.c.id, sort_by_parameter_order=True),
                [{k: v for k, v in o.items() if not k.startswith("_")} for o in chunk],
            ).scalars().all()
            for order_id, o in zip(ids, chunk):
                items.extend(
                    {"order_id": order_id, "sku": i["sku"], "title": i["title"], "quantity": i["quantity"],
                     "unit_price": Decimal(i["unit_price"])}
                    for i in o["_items"]
                )
                links.append({"b_id": o["_cid"], "b_order": order_id})
        if links:
            conn.execute(conv.update().where(conv.c.id == bindparam("b_id")).values(order_id=bindparam("b_order")), links)
        if items:
            conn.execute(insert(OrderItem.__table__), items)
