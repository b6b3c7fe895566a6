"""What WhatsApp replies cost: the estimate the reply box shows before sending, and the one stored
with each reply the conversation shows (rates: desk/connectors/whatsapp/data/rates.toml, or the
workspace's own `whatsapp_rates.toml` beside the cache)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

from desk.accounts import template_category
from desk.connectors.whatsapp.pricing import CostEstimate, Rates, estimate, load_rates
from desk.connectors.whatsapp.window import window_open
from desk.domain import Channel
from desk.domain.records import Template
from desk.storage.db import Database
from desk.storage.timekeys import NEVER, from_epoch

RATES_FILE = "whatsapp_rates.toml"  # a workspace's own rates, beside the cache


def workspace_rates(db: Database) -> Rates:
    return load_rates(db.path.parent / RATES_FILE if db.path else None)


def estimate_cost(db: Database, conversation_id: int, *, template: Template | None = None,
                  now: datetime | None = None, rates: Rates | None = None) -> CostEstimate | None:
    """The pricing category and estimated cost of the reply about to be sent in this conversation
    (free text, or `template`); None outside WhatsApp."""
    rows = db.fetch_all("SELECT channel, thread_key, last_inbound_at FROM conversations WHERE id = :id",
                        {"id": conversation_id})
    if not rows or rows[0][0] != Channel.WHATSAPP.value:
        return None
    _channel, thread_key, last_inbound = rows[0]
    now = now or datetime.now(UTC)
    category = template_category(db, conversation_id, template.name, template.language) if template else None
    return estimate(thread_key, template_category=category,
                    window_open=window_open(from_epoch(None if last_inbound == NEVER else last_inbound), now),
                    rates=rates or workspace_rates(db), now=now)


def as_payload(cost: CostEstimate | None) -> dict | None:
    """The estimate as stored in a reply's outbox payload."""
    if cost is None:
        return None
    return {"category": cost.category, "amount": str(cost.amount), "currency": cost.currency,
            "market": cost.market, "billable": cost.billable}


def message_costs(db: Database, conversation_id: int) -> dict[int, CostEstimate]:
    """message id -> the estimate stored when each WhatsApp reply of the conversation was queued."""
    rows = db.fetch_all("SELECT message_id, payload_json FROM outbox WHERE conversation_id = :c AND message_id "
                        "IS NOT NULL", {"c": conversation_id})
    costs = {}
    for message_id, payload in rows:
        pricing = json.loads(payload or "{}").get("pricing")
        if pricing:
            costs[message_id] = CostEstimate(pricing["category"], Decimal(pricing["amount"]), pricing["currency"],
                                             pricing["market"], bool(pricing["billable"]))
    return costs
