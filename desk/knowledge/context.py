"""A macro's values for an open conversation: its customer, account and order, read without the ORM."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from desk.accounts import account_settings
from desk.domain import Channel
from desk.knowledge.entries import KbError
from desk.knowledge.macros import MacroContext, Money
from desk.knowledge.tracking import tracking_url
from desk.storage.db import Database
from desk.storage.order_view import load_order_for_conversation
from desk.storage.timekeys import from_epoch

DEFAULT_RETURN_DAYS = 30
# Seller return windows by (channel, market) when they differ from the default; Amazon's is 30 days
# on every marketplace Desk serves.
RETURN_DAYS: dict[tuple[str, str], int] = {}
EU_MARKETS = frozenset({"DE", "FR", "ES", "IT"})
EU_MINIMUM_DAYS = 14  # the right of withdrawal (Directive 2011/83/EU, art. 9)
# Amazon marketplace country codes that the KB spells differently.
_COUNTRY_TO_MARKET = {"GB": "UK"}
_CHANNEL_CODES = {Channel.EMAIL.value: "mail"}


def return_window_days(channel: str, market: str) -> int:
    days = RETURN_DAYS.get((channel, market), DEFAULT_RETURN_DAYS)
    return max(days, EU_MINIMUM_DAYS) if market in EU_MARKETS else days


def kb_channel(channel: str) -> str:
    """A conversation's channel as KB entries name it (Desk's "email" is the KB's "mail")."""
    return _CHANNEL_CODES.get(channel, channel)


def market_of(account_settings: dict, customer_country: str | None) -> str:
    """The account's Amazon marketplace country, else the customer's country ("" when unknown)."""
    marketplace = account_settings.get("marketplace")
    country = None
    if marketplace:
        from desk.connectors.amazon.regions import MARKETPLACES

        country = MARKETPLACES.get(marketplace, (None, None, None))[1]
    country = (country or customer_country or "").upper()
    return _COUNTRY_TO_MARKET.get(country, country)


def _day(epoch: int | None) -> date | None:
    moment = from_epoch(epoch)
    return moment.date() if moment else None


def macro_context(db: Database, conversation_id: int, *, agent_name: str = "") -> MacroContext:
    head = db.fetch_all(
        """SELECT c.channel, c.order_id, a.name, cu.display_name, cu.country
           FROM conversations c JOIN accounts a ON a.id = c.account_id
           LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.id = :id""", {"id": conversation_id})
    if not head:
        raise KbError(f"Conversation {conversation_id} no longer exists; its macro cannot be filled in.")
    channel, order_pk, shop_name, customer_name, country = head[0]
    market = market_of(account_settings(db, conversation_id), country)
    context = MacroContext(customer_name=customer_name or "", shop_name=shop_name, agent_name=agent_name,
                           market=market)
    order = load_order_for_conversation(db, conversation_id)
    if order is None:
        return context
    refunded = sum((Decimal(amount) for amount, _, status, _ in order.refunds if status != "rejected"), Decimal(0))
    shipment = _latest_shipment(db, order_pk)
    carrier, number, own_url, delivered_at = shipment or ("", "", None, None)
    delivered = _day(delivered_at)
    return replace(
        context, order_id=order.external_id, order_date=_day(order.placed_at),
        order_total=Money(Decimal(order.total), order.currency),
        refund_amount=Money(refunded, order.currency) if refunded else None,
        items=tuple(title for _, title, _, _ in order.items),
        carrier=carrier, tracking_number=number,
        tracking_url=own_url or tracking_url(carrier, number, market),
        return_deadline=delivered + timedelta(days=return_window_days(channel, market)) if delivered else None,
    )


def _latest_shipment(db: Database, order_pk: int) -> tuple[str, str, str | None, int | None] | None:
    rows = db.fetch_all(
        "SELECT carrier, tracking_number, tracking_url, delivered_at FROM shipments WHERE order_id = :id "
        "ORDER BY id DESC LIMIT 1", {"id": order_pk})
    return rows[0] if rows else None
