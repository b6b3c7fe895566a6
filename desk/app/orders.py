"""Acting on the order beside a conversation (issue 13's core, desk.orders): what the order allows,
Shopify's suggested refund, the return form, doing an action once per idempotency key, and
Amazon's proactive messages about an order.

The key of an action is made when the agent opens its confirmation (`new_action_key`) and reused
when they click Retry, so an action whose answer was lost is finished, never done twice. The
platform clients are built here from the account's keyring secrets (desk.app.accounts) and
closed after each operation; the window never sees a secret.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desk.app.changes import NOTHING, Changes, conversation_changed
from desk.domain.model import AttachmentData
from desk.errors import DeskError

if TYPE_CHECKING:
    from desk.accounts import AccountInfo
    from desk.app.workspace import Workspace
    from desk.orders.actions import ActionOutcome, ActionRecord, OrderActionMenu, RefundPreview


class OrderActionRefused(DeskError):
    """The action cannot be asked for (bad parameters, no order, a type Amazon does not offer now),
    or the platform could not be asked (offline, refused credentials); the message says which."""


@dataclass(frozen=True, slots=True)
class ReturnLine:
    fulfilled_line_id: str  # what a return names (a fulfillment line item)
    title: str
    sku: str
    returnable: int


@dataclass(frozen=True, slots=True)
class ReturnForm:
    lines: tuple[ReturnLine, ...]
    reasons: tuple[Any, ...]  # desk.connectors.shopify.actions.ReturnReason (id, handle, name)


@dataclass(frozen=True, slots=True)
class ActionResult:
    """`outcome.state`: done, failed (the platform's reason in outcome.error) or pending (not
    answered: Retry with the same key finishes it)."""

    outcome: ActionOutcome
    changes: Changes = NOTHING


def new_action_key() -> str:
    """The idempotency key of one action the agent is about to confirm; keep it for Retry."""
    from desk.orders.actions import new_idempotency_key

    return new_idempotency_key()


async def order_actions(ws: Workspace, conversation_id: int) -> OrderActionMenu:
    """The actions on the conversation's order, each enabled or with the reason it is not; for
    Amazon, what its API cannot do and the order's page in Seller Central."""
    from desk.orders.actions import available_actions

    return await ws.executors.read(_refusing(available_actions), ws.db, conversation_id)


async def action_history(ws: Workspace, conversation_id: int) -> list[ActionRecord]:
    """The conversation's order actions, newest first (a pending one is finished by `perform_action`)."""
    from desk.orders.actions import action_history as history

    return await ws.executors.read(history, ws.db, conversation_id)


# --- Shopify --------------------------------------------------------------------------------------

async def refund_preview(ws: Workspace, conversation_id: int, lines: Mapping[str, int] | None = None, *,
                         shipping: bool = False) -> RefundPreview:
    """Shopify's suggested refund for `lines` (line item id -> quantity), or for everything left."""
    from desk.orders.actions import preview_refund

    async with _shopify(ws, conversation_id) as client:
        order_name = await _order_name(ws, conversation_id)
        return await _asking(preview_refund(client, order_name, lines, shipping=shipping))


async def return_form(ws: Workspace, conversation_id: int) -> ReturnForm:
    """What can be returned (each shipped line with the units not yet in a return) and the store's
    return reasons."""
    async with _shopify(ws, conversation_id) as client:
        order = await _asking(client.order(await _order_name(ws, conversation_id)))
        reasons = await _asking(client.return_reasons())
    titles = {line.id: (line.title, line.sku) for line in order.lines}
    lines = tuple(ReturnLine(f.id, *titles.get(f.line_item_id, ("", "")), order.returnable(f.id))
                  for f in order.fulfilled)
    return ReturnForm(tuple(line for line in lines if line.returnable > 0), tuple(reasons))


async def perform_action(ws: Workspace, conversation_id: int, action: str, params: Mapping[str, Any],
                         key: str) -> ActionResult:
    """Refund, cancel, create a return, add a note or tags on the conversation's Shopify order,
    once for `key` (desk.orders.actions.perform: recorded, audited, reconciled after a lost answer).
    The refreshed order is cached with the outcome."""
    from desk.orders.actions import ActionState, InvalidAction, perform

    async with _shopify(ws, conversation_id) as client:
        try:
            outcome = await perform(ws.db, conversation_id, action, params, key, client=client,
                                    actor=ws.agent_name or "agent", write=ws.executors.write)
        except InvalidAction as refusal:
            raise OrderActionRefused(str(refusal)) from None
    changed = outcome.state is not ActionState.PENDING
    return ActionResult(outcome, conversation_changed(conversation_id) if changed else NOTHING)


# --- Amazon -----------------------------------------------------------------------------------------

async def amazon_message_options(ws: Workspace, conversation_id: int):
    """The message types Amazon offers for the order now and the buyer's language
    (desk.orders.amazon_messages.ProactiveOptions)."""
    from desk.orders.amazon_messages import proactive_options

    async with _amazon(ws, conversation_id) as client:
        return await _asking(proactive_options(ws.db, conversation_id, client, read=ws.executors.read))


async def check_amazon_message(ws: Workspace, text: str, buyer_locale: str | None) -> list:
    """Amazon's reply rules on the text (desk.policy Violations), in the buyer's language."""
    from desk.orders.amazon_messages import check_text

    return await ws.executors.io(check_text, text, buyer_locale)


async def send_amazon_message(ws: Workspace, conversation_id: int, message_type: str, text: str | None, key: str, *,
                              attachments: Sequence[AttachmentData] = (),
                              coverage: tuple[datetime, datetime] | None = None,
                              confirmed: bool = False) -> ActionResult:
    """One proactive message, once for `key`; a sent one is kept in the conversation. One left
    unanswered stays pending and is never resent (Amazon takes no idempotency key)."""
    from desk.orders.actions import ActionState, InvalidAction
    from desk.orders.amazon_messages import send_proactive

    async with _amazon(ws, conversation_id) as client:
        try:
            outcome = await send_proactive(ws.db, conversation_id, message_type, text=text, attachments=attachments,
                                           coverage=coverage, idempotency_key=key, client=client,
                                           actor=ws.agent_name or "agent", confirmed=confirmed,
                                           write=ws.executors.write, read=ws.executors.read)
        except InvalidAction as refusal:
            raise OrderActionRefused(str(refusal)) from None
    sent = outcome.state is ActionState.DONE
    return ActionResult(outcome, conversation_changed(conversation_id) if sent else NOTHING)


# --- clients ----------------------------------------------------------------------------------------

@asynccontextmanager
async def _shopify(ws: Workspace, conversation_id: int) -> AsyncIterator[Any]:
    from desk.connectors.registry import shopify_admin
    from desk.connectors.shopify.actions import ShopifyOrderActions

    account, secrets = await _account_and_secrets(ws, conversation_id, "shopify")
    client = ShopifyOrderActions(await ws.executors.io(shopify_admin, account, secrets))
    try:
        yield client
    finally:
        await client.aclose()


@asynccontextmanager
async def _amazon(ws: Workspace, conversation_id: int) -> AsyncIterator[Any]:
    from desk.connectors.registry import amazon_messaging

    account, secrets = await _account_and_secrets(ws, conversation_id, "amazon")
    client = await ws.executors.io(amazon_messaging, account, secrets)
    try:
        yield client
    finally:
        await client.aclose()


async def _account_and_secrets(ws: Workspace, conversation_id: int, channel: str) -> tuple[AccountInfo, dict]:
    from desk.app.accounts import list_accounts, load_credentials

    rows = await ws.executors.read(ws.db.fetch_all, "SELECT account_id FROM conversations WHERE id = :c",
                                   {"c": conversation_id})
    account = next((a for a in await list_accounts(ws) if rows and a.id == rows[0][0]), None)
    if account is None or account.channel.value != channel:
        raise OrderActionRefused(f"this conversation is not on a {channel.capitalize()} account")
    return account, await load_credentials(ws, account.id, account.channel)


async def _order_name(ws: Workspace, conversation_id: int) -> str:
    rows = await ws.executors.read(
        ws.db.fetch_all, """SELECT COALESCE(o.external_id, c.order_ref) FROM conversations c
                            LEFT JOIN orders o ON o.id = c.order_id WHERE c.id = :c""", {"c": conversation_id})
    if not rows or not rows[0][0]:
        raise OrderActionRefused("this conversation has no linked order")
    return rows[0][0]


async def _asking(request):
    """The platform's answer; its refusals and silences as OrderActionRefused."""
    from desk.connectors.base import ConnectorError

    try:
        return await request
    except ConnectorError as error:
        raise OrderActionRefused(str(error)) from None


def _refusing(function):
    def call(*args):
        from desk.orders.actions import InvalidAction

        try:
            return function(*args)
        except InvalidAction as refusal:
            raise OrderActionRefused(str(refusal)) from None
    return call
