"""Acting on the order beside a conversation: refund, cancel, start a return, add a note or a tag.

The sidebar asks `available_actions` what the order allows (plain reasons for what it does not);
for a refund it shows `preview_refund`, which starts from Shopify's suggested refund; once the
agent has confirmed, `perform` does it exactly once:

1. The action is recorded with the caller's idempotency key, state "pending", before the platform
   is asked (a second `perform` with the same key never starts a second action: a finished one
   answers with its stored outcome, a pending one is reconciled first).
2. Before anything is sent, what the order already holds is noted (its refunds, returns, note,
   tags): after a crash or an unanswered request the order is read back, and an action whose
   effect is there is finished without being sent again. Refunds also carry Shopify's
   `@idempotent(key:)`, so even a resend after a lost answer refunds once.
3. The outcome ("done" with Shopify's ids, or "failed" with Shopify's reason) is stored with the
   freshly read order, and every step is written to the audit log (AuditEvent kinds
   "order_action.requested|done|failed|interrupted").

Amazon offers none of these through SP-API; the menu says so and links to the order in Seller
Central of the account's marketplace. Database work goes through `write` (the app's writer
thread); the platform client is passed in (desk.connectors.registry.shopify_admin builds its admin).
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select, update

from desk.connectors.base import ConnectorError, Rejected
from desk.connectors.shopify.actions import ActionOrder, RefundSuggestion, ReturnReason, ShopifyOrderActions
from desk.connectors.shopify.orders import ShopifyOrders
from desk.domain import Channel
from desk.domain.records import OrderRecord
from desk.storage.db import Database
from desk.storage.models import OrderAction
from desk.storage.orders import upsert_orders
from desk.storage.timekeys import to_epoch

ACTIONS = OrderAction.__table__
CANCEL_REASONS = ("CUSTOMER", "DECLINED", "FRAUD", "INVENTORY", "OTHER", "STAFF")
TAG_LENGTH = 40  # Shopify's limit per tag
NOTE_SEPARATOR = "\n"

Run = Callable[..., Awaitable[Any]]


class Action(enum.StrEnum):
    REFUND = "refund"
    CANCEL = "cancel"
    CREATE_RETURN = "create_return"
    ADD_NOTE = "add_note"
    ADD_TAG = "add_tag"
    AMAZON_MESSAGE = "amazon_message"  # a proactive Messaging API message (desk.orders.amazon_messages)


SHOPIFY_ACTIONS = (Action.REFUND, Action.CANCEL, Action.CREATE_RETURN, Action.ADD_NOTE, Action.ADD_TAG)


class ActionState(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


class InvalidAction(ValueError):
    """The request cannot be made: unknown order, bad parameters, a key reused for something else."""


@dataclass(frozen=True, slots=True)
class AvailableAction:
    action: Action
    enabled: bool
    reason: str | None = None  # why not, in plain words, when not enabled
    # why not, as a code a window words in its own language: closed (the order is cancelled or
    # refunded), shipped (cannot be cancelled), not_shipped (nothing to return), no_order, amazon
    code: str | None = None


@dataclass(frozen=True, slots=True)
class OrderActionMenu:
    conversation_id: int
    channel: Channel
    order_external_id: str | None
    actions: tuple[AvailableAction, ...] = ()
    platform_note: str | None = None  # what the platform cannot do through its API, said plainly
    seller_central_url: str | None = None  # Amazon: the order's page in Seller Central


@dataclass(frozen=True, slots=True)
class RefundLine:
    line_item_id: str
    title: str
    sku: str
    refundable: int
    unit_price: Decimal
    suggested: int  # quantity in the suggestion


@dataclass(frozen=True, slots=True)
class RefundPreview:
    order_name: str
    currency: str
    amount: Decimal  # Shopify's suggested refund for the chosen lines (and shipping)
    maximum: Decimal  # what is left to refund on the order
    shipping: Decimal
    lines: tuple[RefundLine, ...]


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    idempotency_key: str
    action: Action
    state: ActionState
    result: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None
    repeated: bool = False  # the key had already finished: nothing was sent this time


@dataclass(frozen=True, slots=True)
class ActionRecord:
    id: int
    idempotency_key: str
    account_id: int
    conversation_id: int | None
    order_external_id: str
    action: Action
    params: Mapping[str, Any]
    state: ActionState
    result: Mapping[str, Any]
    error: str | None
    actor: str
    created_at: datetime


def new_idempotency_key() -> str:
    """A key for one action the agent confirmed; keep it for retries of that same action."""
    return uuid.uuid4().hex


# --- what the order allows ----------------------------------------------------------------------


def available_actions(db: Database, conversation_id: int) -> OrderActionMenu:
    """The actions on this conversation's order, each enabled or with the reason it is not."""
    rows = db.fetch_all(
        """SELECT c.channel, o.id, COALESCE(o.external_id, c.order_ref), o.status FROM conversations c
           LEFT JOIN orders o ON o.id = c.order_id WHERE c.id = :id""",
        {"id": conversation_id})
    if not rows:
        raise InvalidAction(f"no conversation {conversation_id}")
    channel, order_id, external_id, status = rows[0]
    channel = Channel(channel)
    if channel is Channel.AMAZON:
        from desk.accounts import account_settings

        return _amazon_menu(conversation_id, external_id, account_settings(db, conversation_id))
    if channel is not Channel.SHOPIFY:
        return OrderActionMenu(conversation_id, channel, external_id,
                               platform_note="Orders can be acted on from Shopify and Amazon conversations only.")
    if order_id is None:
        return OrderActionMenu(conversation_id, channel, None, _all_disabled(
            "No Shopify order is linked to this conversation yet.", "no_order"))
    shipped = db.fetch_all("SELECT count(*) FROM shipments WHERE order_id = :id", {"id": order_id})[0][0] > 0
    return OrderActionMenu(conversation_id, channel, external_id, _shopify_actions(status, shipped))


def _shopify_actions(status: str, shipped: bool) -> tuple[AvailableAction, ...]:
    closed = status in ("cancelled", "refunded")
    why_closed = f"The order is {status}."
    returnable = shipped and status != "cancelled"
    return (
        AvailableAction(Action.REFUND, not closed, why_closed if closed else None, "closed" if closed else None),
        AvailableAction(Action.CANCEL, not closed and not shipped,
                        why_closed if closed else ("Only an unfulfilled order can be cancelled; this one has "
                                                   "shipped: refund it or start a return." if shipped else None),
                        "closed" if closed else ("shipped" if shipped else None)),
        AvailableAction(Action.CREATE_RETURN, returnable,
                        None if returnable else "Only shipped items can be returned.",
                        None if returnable else "not_shipped"),
        AvailableAction(Action.ADD_NOTE, True),
        AvailableAction(Action.ADD_TAG, True),
    )


def _all_disabled(reason: str, code: str) -> tuple[AvailableAction, ...]:
    return tuple(AvailableAction(action, False, reason, code) for action in SHOPIFY_ACTIONS)


AMAZON_CANNOT = (
    "Amazon's Selling Partner API has no call to refund, cancel, start a return, or add a note or tag to "
    "an order: refunds and cancellations of seller-fulfilled orders exist only as asynchronous feeds, "
    "which Desk does not send, and returns are requested by the buyer. Do it in Seller Central.")

# Seller Central's host per marketplace country (desk.connectors.amazon.regions.MARKETPLACES)
SELLER_CENTRAL_HOSTS = {
    "US": "sellercentral.amazon.com", "CA": "sellercentral.amazon.ca", "MX": "sellercentral.amazon.com.mx",
    "BR": "sellercentral.amazon.com.br", "GB": "sellercentral.amazon.co.uk", "DE": "sellercentral.amazon.de",
    "FR": "sellercentral.amazon.fr", "IT": "sellercentral.amazon.it", "ES": "sellercentral.amazon.es",
    "NL": "sellercentral.amazon.nl", "SE": "sellercentral.amazon.se", "PL": "sellercentral.amazon.pl",
    "BE": "sellercentral.amazon.com.be", "IE": "sellercentral.amazon.ie", "TR": "sellercentral.amazon.com.tr",
    "AE": "sellercentral.amazon.ae", "SA": "sellercentral.amazon.sa", "EG": "sellercentral.amazon.eg",
    "IN": "sellercentral.amazon.in", "ZA": "sellercentral.amazon.co.za", "JP": "sellercentral.amazon.co.jp",
    "AU": "sellercentral.amazon.com.au", "SG": "sellercentral.amazon.sg",
}


def seller_central_order_url(marketplace_id: str, order_id: str | None) -> str:
    """The order's page in Seller Central of its marketplace (the orders list without an order)."""
    from desk.connectors.amazon.regions import MARKETPLACES

    country = MARKETPLACES.get(marketplace_id, ("na", "US", "USD"))[1]
    host = SELLER_CENTRAL_HOSTS.get(country, SELLER_CENTRAL_HOSTS["US"])
    return f"https://{host}/orders-v3/order/{order_id}" if order_id else f"https://{host}/orders-v3"


def _amazon_menu(conversation_id: int, order_id: str | None, settings: Mapping[str, Any]) -> OrderActionMenu:
    url = seller_central_order_url(str(settings.get("marketplace_id", "")), order_id)
    return OrderActionMenu(conversation_id, Channel.AMAZON, order_id, _all_disabled(AMAZON_CANNOT, "amazon"),
                           platform_note=AMAZON_CANNOT, seller_central_url=url)


# --- before confirming --------------------------------------------------------------------------


async def preview_refund(client: ShopifyOrderActions, order_name: str, lines: Mapping[str, int] | None = None,
                         *, full: bool = False, shipping: bool = False) -> RefundPreview:
    """Shopify's suggested refund for `lines` (line item id -> quantity), or for everything left."""
    order = await client.order(order_name)
    suggestion = await client.suggested_refund(order.id, list((lines or {}).items()), full=full or not lines,
                                               shipping=shipping)
    suggested = {line_id: quantity for line_id, quantity, _restock in suggestion.lines}
    return RefundPreview(order.name, suggestion.currency, suggestion.amount, suggestion.maximum, suggestion.shipping,
                         tuple(RefundLine(line.id, line.title, line.sku, line.refundable, line.unit_price,
                                          suggested.get(line.id, 0)) for line in order.lines))


async def return_reasons(client: ShopifyOrderActions) -> list[ReturnReason]:
    """The store's return reasons, for the return form."""
    return await client.return_reasons()


# --- doing it once --------------------------------------------------------------------------------


async def run_inline(function: Callable[..., Any], *args: Any) -> Any:
    return function(*args)


async def perform(db: Database, conversation_id: int, action: Action | str, params: Mapping[str, Any],
                  idempotency_key: str, *, client: ShopifyOrderActions, actor: str = "agent",
                  write: Run = run_inline) -> ActionOutcome:
    """Do `action` on the conversation's Shopify order once for `idempotency_key` (see the module
    docstring). Returns the outcome; a platform that cannot be reached leaves it "pending" (call
    again with the same key to finish it). Raises InvalidAction for requests that cannot be made."""
    action = Action(action)
    clean = validate_params(action, params)
    record = await write(begin_action, db, conversation_id, action, clean, idempotency_key, actor)
    if record.state is not ActionState.PENDING:
        return outcome_of(record, repeated=True)
    try:
        order = await client.order(record.order_external_id)
        before = record.result.get("before")
        if before is None:
            before = _snapshot(order)
            await write(note_snapshot, db, record.id, before)
            result = None
        else:
            result = _already_done(action, clean, order, before)
        if result is None:
            result = await _send(action, clean, order, client, idempotency_key)
    except Rejected as refusal:
        return outcome_of(await write(finish_action, db, record.id, ActionState.FAILED, None, str(refusal), None))
    except ConnectorError as error:
        await write(audit, db, "order_action.interrupted", record, {"error": str(error)})
        return ActionOutcome(idempotency_key, action, ActionState.PENDING, error=str(error))
    fresh = await _read_back(client, record)
    return outcome_of(await write(finish_action, db, record.id, ActionState.DONE, result, None, fresh))


async def _read_back(client: ShopifyOrderActions, record: ActionRecord) -> OrderRecord | None:
    """The order as it now is, for the cache (a failure here is not the action's failure)."""
    try:
        return await ShopifyOrders(client.admin, record.account_id).order_named(record.order_external_id)
    except ConnectorError:
        return None


def validate_params(action: Action, params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters as stored and sent; raises InvalidAction naming what is wrong."""
    validators = {Action.REFUND: _refund_params, Action.CANCEL: _cancel_params,
                  Action.CREATE_RETURN: _return_params, Action.ADD_NOTE: _note_params, Action.ADD_TAG: _tag_params,
                  Action.AMAZON_MESSAGE: dict}
    try:
        return validators[action](params)
    except (KeyError, TypeError, ValueError, InvalidOperation) as problem:
        if isinstance(problem, InvalidAction):
            raise
        raise InvalidAction(f"{action.value}: invalid parameters ({problem})") from None


def _refund_params(params: Mapping[str, Any]) -> dict[str, Any]:
    lines = {str(k): int(v) for k, v in dict(params.get("lines") or {}).items()}
    if any(quantity <= 0 for quantity in lines.values()):
        raise InvalidAction("refund: quantities must be positive")
    amount = params.get("amount")
    if amount is not None:
        amount = Decimal(str(amount))
        if not amount.is_finite() or amount <= 0:
            raise InvalidAction("refund: the amount must be more than 0")
    return {"lines": lines, "full": bool(params.get("full", not lines)), "shipping": bool(params.get("shipping")),
            "amount": None if amount is None else str(amount), "note": str(params.get("note") or ""),
            "notify": bool(params.get("notify", True)), "restock": bool(params.get("restock", True))}


def _cancel_params(params: Mapping[str, Any]) -> dict[str, Any]:
    reason = str(params.get("reason", "CUSTOMER")).upper()
    if reason not in CANCEL_REASONS:
        raise InvalidAction(f"cancel: the reason must be one of {', '.join(CANCEL_REASONS)}")
    return {"reason": reason, "refund": bool(params.get("refund", True)), "restock": bool(params.get("restock", True)),
            "notify": bool(params.get("notify", True)), "staff_note": str(params.get("staff_note") or "")}


def _return_params(params: Mapping[str, Any]) -> dict[str, Any]:
    lines = [[str(line_id), int(quantity), str(reason)] for line_id, quantity, reason in params["lines"]]
    if not lines or any(quantity <= 0 for _, quantity, _ in lines):
        raise InvalidAction("create_return: give at least one line with a positive quantity")
    return {"lines": lines, "note": str(params.get("note") or "")}


def _note_params(params: Mapping[str, Any]) -> dict[str, Any]:
    text = str(params["text"]).strip()
    if not text:
        raise InvalidAction("add_note: the note is empty")
    return {"text": text}


def _tag_params(params: Mapping[str, Any]) -> dict[str, Any]:
    tags = [str(tag).strip() for tag in params["tags"] if str(tag).strip()]
    if not tags or any("," in tag or len(tag) > TAG_LENGTH for tag in tags):
        raise InvalidAction(f"add_tag: tags must be non-empty, without commas, at most {TAG_LENGTH} characters")
    return {"tags": tags}


def _snapshot(order: ActionOrder) -> dict[str, Any]:
    """What the order holds before the action: how a later read tells whether it happened."""
    return {"refunds": [refund_id for refund_id, _ in order.refunds], "returns": [r.id for r in order.returns],
            "cancelled": order.cancelled}


def _already_done(action: Action, params: Mapping[str, Any], order: ActionOrder,
                  before: Mapping[str, Any]) -> dict[str, Any] | None:
    """The action's effect, if the order already shows it (an earlier attempt got through)."""
    if action is Action.REFUND:
        new = [(rid, amount) for rid, amount in order.refunds if rid not in before["refunds"]]
        return {"refund_id": new[0][0], "amount": str(new[0][1]), "currency": order.currency,
                "reconciled": True} if new else None
    if action is Action.CANCEL:
        return {"cancelled": True, "reconciled": True} if order.cancelled else None
    if action is Action.CREATE_RETURN:
        wanted = sorted((line_id, quantity) for line_id, quantity, _reason in params["lines"])
        match = next((r for r in order.returns if r.id not in before["returns"] and sorted(r.lines) == wanted), None)
        return {"return_id": match.id, "name": match.name, "status": match.status,
                "reconciled": True} if match else None
    if action is Action.ADD_NOTE:
        return {"note": order.note, "reconciled": True} if params["text"] in order.note else None
    if action is Action.ADD_TAG:
        present = {tag.casefold() for tag in order.tags}
        return {"tags": params["tags"], "reconciled": True} if all(
            t.casefold() in present for t in params["tags"]) else None
    return None


async def _send(action: Action, params: Mapping[str, Any], order: ActionOrder, client: ShopifyOrderActions,
                key: str) -> dict[str, Any]:
    if action is Action.REFUND:
        suggestion = await client.suggested_refund(order.id, list(params["lines"].items()), full=params["full"],
                                                   shipping=params["shipping"])
        amount = _refund_amount(params, suggestion)
        return await client.refund(order, suggestion, amount, note=params["note"], notify=params["notify"],
                                   restock=params["restock"], key=key)
    if action is Action.CANCEL:
        if order.cancelled:
            raise Rejected(f"order {order.name} is already cancelled")
        return await client.cancel(order, reason=params["reason"], refund=params["refund"],
                                   restock=params["restock"], notify=params["notify"],
                                   staff_note=params["staff_note"])
    if action is Action.CREATE_RETURN:
        for line_id, quantity, _reason in params["lines"]:
            if quantity > order.returnable(line_id):
                raise Rejected(f"only {order.returnable(line_id)} of that item can still be returned")
        return await client.create_return(order, [tuple(line) for line in params["lines"]], params["note"])
    if action is Action.ADD_NOTE:
        note = f"{order.note}{NOTE_SEPARATOR}{params['text']}" if order.note else params["text"]
        return await client.set_note(order, note)
    return await client.add_tags(order, params["tags"])


def _refund_amount(params: Mapping[str, Any], suggestion: RefundSuggestion) -> Decimal:
    if suggestion.amount <= 0:
        raise Rejected("Shopify suggests nothing to refund for these items: they may be refunded already")
    if params["amount"] is None:
        return suggestion.amount
    amount = Decimal(params["amount"])
    if amount > suggestion.amount:
        raise Rejected(f"{amount} is more than Shopify's suggested refund of {suggestion.amount} "
                       f"{suggestion.currency} for these items")
    return amount


# --- the record (runs on the writer) ----------------------------------------------------------------


def begin_action(db: Database, conversation_id: int, action: Action, params: Mapping[str, Any],
                 idempotency_key: str, actor: str) -> ActionRecord:
    """The action's record, created "pending" (and audited) if the key is new. A known key must
    name the same action with the same parameters."""
    existing = load_action(db, idempotency_key)
    if existing is not None:
        if existing.action is not action or dict(existing.params) != dict(params):
            raise InvalidAction("this idempotency key belongs to another action; make a new key for a new action")
        return existing
    rows = db.fetch_all(
        """SELECT c.account_id, c.channel, COALESCE(o.external_id, c.order_ref) FROM conversations c
           LEFT JOIN orders o ON o.id = c.order_id WHERE c.id = :id""", {"id": conversation_id})
    if not rows or rows[0][2] is None:
        raise InvalidAction("this conversation has no linked order")
    account_id, channel, order_name = rows[0]
    wanted = Channel.AMAZON if action is Action.AMAZON_MESSAGE else Channel.SHOPIFY
    if Channel(channel) is not wanted:
        raise InvalidAction(AMAZON_CANNOT if Channel(channel) is Channel.AMAZON else
                            f"this action is for {wanted.value} orders only")
    now = datetime.now(UTC)
    with db.engine.begin() as conn:
        conn.execute(ACTIONS.insert().values(
            idempotency_key=idempotency_key, account_id=account_id, conversation_id=conversation_id,
            order_external_id=order_name, action=action.value, params_json=json.dumps(params, sort_keys=True),
            state=ActionState.PENDING.value, result_json="{}", actor=actor[:64], created_at=to_epoch(now)))
        _audit(conn, "order_action.requested", conversation_id, actor, {
            "key": idempotency_key, "action": action.value, "order": order_name, "params": params}, now)
    return load_action(db, idempotency_key)


def note_snapshot(db: Database, action_id: int, before: Mapping[str, Any]) -> None:
    with db.engine.begin() as conn:
        conn.execute(update(ACTIONS).where(ACTIONS.c.id == action_id)
                     .values(result_json=json.dumps({"before": before}, sort_keys=True)))


def finish_action(db: Database, action_id: int, state: ActionState, result: Mapping[str, Any] | None,
                  error: str | None, order: OrderRecord | None) -> ActionRecord:
    """Store the outcome, the order as it now is, and the audit event, in one transaction."""
    now = datetime.now(UTC)
    with db.engine.begin() as conn:
        key, conversation_id, actor, action, order_name, stored = conn.execute(
            select(ACTIONS.c.idempotency_key, ACTIONS.c.conversation_id, ACTIONS.c.actor, ACTIONS.c.action,
                   ACTIONS.c.order_external_id, ACTIONS.c.result_json).where(ACTIONS.c.id == action_id)).one()
        merged = {**json.loads(stored or "{}"), **(result or {})}
        conn.execute(update(ACTIONS).where(ACTIONS.c.id == action_id).values(
            state=state.value, result_json=json.dumps(merged, sort_keys=True), error=error, finished_at=to_epoch(now)))
        if order is not None:
            upsert_orders(conn, [order])
        detail = {"key": key, "action": action, "order": order_name, **({"result": result} if result else {}),
                  **({"error": error} if error else {})}
        _audit(conn, f"order_action.{state.value}", conversation_id, actor, detail, now)
    return load_action(db, key)


def audit(db: Database, kind: str, record: ActionRecord, detail: Mapping[str, Any]) -> None:
    with db.engine.begin() as conn:
        _audit(conn, kind, record.conversation_id, record.actor,
               {"key": record.idempotency_key, "action": record.action.value, **detail}, datetime.now(UTC))


def _audit(conn, kind: str, conversation_id: int | None, actor: str, detail: Mapping[str, Any], at: datetime) -> None:
    from desk.storage.dialects import for_connection

    for_connection(conn).audit(conn, actor, kind, conversation_id, json.dumps(detail, sort_keys=True, default=str),
                               to_epoch(at))


def load_action(db: Database, idempotency_key: str) -> ActionRecord | None:
    rows = db.fetch_all(f"SELECT {_COLUMNS} FROM order_actions WHERE idempotency_key = :k", {"k": idempotency_key})
    return _record(rows[0]) if rows else None


def action_history(db: Database, conversation_id: int) -> list[ActionRecord]:
    """The conversation's order actions, newest first (pending ones can be finished with `perform`)."""
    rows = db.fetch_all(f"SELECT {_COLUMNS} FROM order_actions WHERE conversation_id = :c ORDER BY id DESC",
                        {"c": conversation_id})
    return [_record(row) for row in rows]


_COLUMNS = ("id, idempotency_key, account_id, conversation_id, order_external_id, action, params_json, state, "
            "result_json, error, actor, created_at")


def _record(row: Sequence[Any]) -> ActionRecord:
    (action_id, key, account_id, conversation_id, order_name, action, params, state, result, error, actor,
     created) = row
    return ActionRecord(action_id, key, account_id, conversation_id, order_name, Action(action), json.loads(params),
                        ActionState(state), json.loads(result or "{}"), error, actor,
                        datetime.fromtimestamp(created, UTC))


def outcome_of(record: ActionRecord, *, repeated: bool = False) -> ActionOutcome:
    result = {k: v for k, v in record.result.items() if k != "before"}
    return ActionOutcome(record.idempotency_key, record.action, record.state, result, record.error, repeated)
