"""Order actions through the Admin API: refunds, cancellation, returns, notes and tags.

The documents are written against admin.API_VERSION and validated against its schema by the
tests and the sandbox. Business refusals (`userErrors`) raise Rejected with Shopify's words.
Idempotency (desk.orders.actions drives it): `refundCreate` carries Shopify's `@idempotent(key:)`
directive (required since 2026-04), so a retried refund with the same key is never paid twice;
the other mutations have no such mechanism and are reconciled by reading the order back
(`ActionOrder`: cancelled?, its returns, note and tags) before they are sent again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desk.connectors.base import Rejected, Unavailable
from desk.connectors.shopify import queries
from desk.connectors.shopify.admin import ShopifyAdmin

MAX_LINE_ITEMS = 30  # an order's line items read for an action; larger orders are refused plainly
_MONEY = "presentmentMoney { amount currencyCode }"

ACTION_ORDER = f"""
query DeskActionOrder($query: String!) {{
  orders(first: 1, query: $query) {{
    nodes {{
      id name cancelledAt note tags displayFinancialStatus displayFulfillmentStatus
      totalPriceSet {{ {_MONEY} }}
      lineItems(first: {MAX_LINE_ITEMS}) {{
        pageInfo {{ hasNextPage }}
        nodes {{ id title sku quantity refundableQuantity unfulfilledQuantity originalUnitPriceSet {{ {_MONEY} }} }}
      }}
      fulfillments(first: 5) {{
        id status
        fulfillmentLineItems(first: {MAX_LINE_ITEMS}) {{ nodes {{ id quantity lineItem {{ id }} }} }}
      }}
      returns(first: 5) {{
        nodes {{
          id name status
          returnLineItems(first: 10) {{ nodes {{ quantity ... on ReturnLineItem {{ fulfillmentLineItem {{ id }} }} }} }}
        }}
      }}
      refunds(first: 10) {{ id totalRefundedSet {{ {_MONEY} }} }}
    }}
  }}
}}
"""

SUGGESTED_REFUND = f"""
query DeskSuggestedRefund($id: ID!, $lines: [RefundLineItemInput!], $shipping: Boolean, $full: Boolean) {{
  order(id: $id) {{
    suggestedRefund(refundLineItems: $lines, refundShipping: $shipping, suggestFullRefund: $full) {{
      amountSet {{ {_MONEY} }}
      maximumRefundableSet {{ {_MONEY} }}
      shipping {{ amountSet {{ {_MONEY} }} }}
      refundLineItems {{ quantity restockType lineItem {{ id }} }}
      suggestedTransactions {{ gateway kind amountSet {{ {_MONEY} }} parentTransaction {{ id }} }}
    }}
  }}
}}
"""

REFUND_CREATE = f"""
mutation DeskRefundCreate($input: RefundInput!, $key: String!) {{
  refundCreate(input: $input) @idempotent(key: $key) {{
    refund {{ id createdAt totalRefundedSet {{ {_MONEY} }} }}
    userErrors {{ field message }}
  }}
}}
"""

ORDER_CANCEL = """
mutation DeskOrderCancel($id: ID!, $reason: OrderCancelReason!, $refund: Boolean!, $restock: Boolean!,
                         $notify: Boolean!, $staffNote: String) {
  orderCancel(orderId: $id, reason: $reason, refundMethod: {originalPaymentMethodsRefund: $refund},
              restock: $restock, notifyCustomer: $notify, staffNote: $staffNote) {
    job { id done }
    orderCancelUserErrors { field message code }
  }
}
"""

RETURN_REASONS = """
query DeskReturnReasons {
  returnReasonDefinitions(first: 50) { nodes { id handle name deleted } }
}
"""

RETURN_CREATE = """
mutation DeskReturnCreate($input: ReturnInput!) {
  returnCreate(returnInput: $input) {
    return { id name status }
    userErrors { field message code }
  }
}
"""

ORDER_NOTE = """
mutation DeskOrderNote($id: ID!, $note: String!) {
  orderUpdate(input: {id: $id, note: $note}) {
    order { id note }
    userErrors { field message }
  }
}
"""

TAGS_ADD = """
mutation DeskTagsAdd($id: ID!, $tags: [String!]!) {
  tagsAdd(id: $id, tags: $tags) {
    node { id }
    userErrors { field message }
  }
}
"""

ALL_DOCUMENTS = {
    "DeskActionOrder": ACTION_ORDER,
    "DeskSuggestedRefund": SUGGESTED_REFUND,
    "DeskRefundCreate": REFUND_CREATE,
    "DeskOrderCancel": ORDER_CANCEL,
    "DeskReturnReasons": RETURN_REASONS,
    "DeskReturnCreate": RETURN_CREATE,
    "DeskOrderNote": ORDER_NOTE,
    "DeskTagsAdd": TAGS_ADD,
}


@dataclass(frozen=True, slots=True)
class ActionLine:
    id: str
    title: str
    sku: str
    quantity: int
    refundable: int
    unfulfilled: int
    unit_price: Decimal


@dataclass(frozen=True, slots=True)
class FulfilledLine:
    id: str  # the FulfillmentLineItem a return names
    line_item_id: str
    quantity: int


@dataclass(frozen=True, slots=True)
class OrderReturn:
    id: str
    name: str
    status: str
    lines: tuple[tuple[str, int], ...]  # (fulfillment line item id, quantity)


@dataclass(frozen=True, slots=True)
class ActionOrder:
    """An order as the actions need it, read live (never from the cache)."""

    id: str
    name: str
    cancelled: bool
    financial_status: str
    fulfillment_status: str
    note: str
    tags: tuple[str, ...]
    currency: str
    total: Decimal
    lines: tuple[ActionLine, ...]
    fulfilled: tuple[FulfilledLine, ...]
    returns: tuple[OrderReturn, ...]
    refunds: tuple[tuple[str, Decimal], ...]  # (id, amount)

    def returnable(self, fulfilled_line_id: str) -> int:
        """Units of a fulfillment line not yet in an open or requested return."""
        line = next((f for f in self.fulfilled if f.id == fulfilled_line_id), None)
        if line is None:
            return 0
        taken = sum(quantity for r in self.returns if r.status not in ("CANCELED", "DECLINED")
                    for line_id, quantity in r.lines if line_id == fulfilled_line_id)
        return max(0, line.quantity - taken)


@dataclass(frozen=True, slots=True)
class SuggestedTransaction:
    parent_id: str | None
    gateway: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class RefundSuggestion:
    amount: Decimal
    maximum: Decimal
    shipping: Decimal
    currency: str
    lines: tuple[tuple[str, int, str], ...]  # (line item id, quantity, restock type)
    transactions: tuple[SuggestedTransaction, ...]


@dataclass(frozen=True, slots=True)
class ReturnReason:
    id: str
    handle: str
    name: str


class ShopifyOrderActions:
    """The Admin API calls behind the order actions of one store."""

    def __init__(self, admin: ShopifyAdmin):
        self.admin = admin

    async def aclose(self) -> None:
        await self.admin.aclose()

    async def order(self, name: str) -> ActionOrder:
        data = await self.admin.query(ACTION_ORDER, {"query": f"name:{queries.search_value(name)}"},
                                      operation_name="DeskActionOrder")
        nodes = _nodes(data.get("orders"))
        match = [n for n in nodes if isinstance(n, Mapping) and n.get("name") == name]
        if not match:
            raise Rejected(f"Shopify {self.admin.shop} has no order {name}")
        return _action_order(match[0])

    async def suggested_refund(self, order_id: str, lines: Sequence[tuple[str, int]] = (), *,
                               full: bool = False, shipping: bool = False) -> RefundSuggestion:
        variables = {"id": order_id, "full": full, "shipping": shipping,
                     "lines": [{"lineItemId": line_id, "quantity": quantity} for line_id, quantity in lines] or None}
        data = await self.admin.query(SUGGESTED_REFUND, variables, operation_name="DeskSuggestedRefund")
        suggestion = _get(_get(data, "order"), "suggestedRefund")
        return _suggestion(suggestion)

    async def refund(self, order: ActionOrder, suggestion: RefundSuggestion, amount: Decimal, *, note: str,
                     notify: bool, restock: bool, key: str) -> dict[str, Any]:
        """Refund `amount` (at most the suggestion) of `suggestion`'s lines; `key` makes it happen once."""
        if amount <= 0 or amount > suggestion.amount:
            raise Rejected(f"a refund must be more than 0 and at most {suggestion.amount} {suggestion.currency}")
        refund_input: dict[str, Any] = {
            "orderId": order.id, "note": note or None, "notify": notify, "currency": suggestion.currency,
            "refundLineItems": [{"lineItemId": line_id, "quantity": quantity,
                                 "restockType": restock_type if restock else "NO_RESTOCK"}
                                for line_id, quantity, restock_type in suggestion.lines],
            "transactions": _transactions(order.id, suggestion.transactions, amount),
        }
        if suggestion.shipping and amount == suggestion.amount:
            refund_input["shipping"] = {"amount": str(suggestion.shipping)}
        data = await self.admin.query(REFUND_CREATE, {"input": refund_input, "key": key},
                                      operation_name="DeskRefundCreate")
        payload = _payload(data, "refundCreate")
        refund = _get(payload, "refund")
        amount_paid, currency = _money(_get(refund, "totalRefundedSet"))
        return {"refund_id": _str(refund, "id"), "amount": str(amount_paid), "currency": currency}

    async def cancel(self, order: ActionOrder, *, reason: str, refund: bool, restock: bool, notify: bool,
                     staff_note: str) -> dict[str, Any]:
        variables = {"id": order.id, "reason": reason, "refund": refund, "restock": restock, "notify": notify,
                     "staffNote": staff_note or None}
        data = await self.admin.query(ORDER_CANCEL, variables, operation_name="DeskOrderCancel")
        payload = _payload(data, "orderCancel", errors_key="orderCancelUserErrors")
        job = payload.get("job") if isinstance(payload.get("job"), Mapping) else {}
        return {"job_id": job.get("id"), "job_done": bool(job.get("done"))}

    async def return_reasons(self) -> list[ReturnReason]:
        data = await self.admin.query(RETURN_REASONS, {}, operation_name="DeskReturnReasons")
        return [ReturnReason(_str(n, "id"), _str(n, "handle"), _str(n, "name"))
                for n in _nodes(data.get("returnReasonDefinitions")) if not _get(n, "deleted", bool)]

    async def create_return(self, order: ActionOrder, lines: Sequence[tuple[str, int, str]],
                            note: str) -> dict[str, Any]:
        """`lines`: (fulfillment line item id, quantity, return reason definition id)."""
        return_lines = [{"fulfillmentLineItemId": line_id, "quantity": quantity,
                         "returnReasonDefinitionId": reason_id, "returnReasonNote": note[:255]}
                        for line_id, quantity, reason_id in lines]
        data = await self.admin.query(RETURN_CREATE, {"input": {"orderId": order.id, "returnLineItems": return_lines}},
                                      operation_name="DeskReturnCreate")
        created = _get(_payload(data, "returnCreate"), "return")
        return {"return_id": _str(created, "id"), "name": _str(created, "name"), "status": _str(created, "status")}

    async def set_note(self, order: ActionOrder, note: str) -> dict[str, Any]:
        data = await self.admin.query(ORDER_NOTE, {"id": order.id, "note": note}, operation_name="DeskOrderNote")
        updated = _get(_payload(data, "orderUpdate"), "order")
        return {"note": updated.get("note") or ""}

    async def add_tags(self, order: ActionOrder, tags: Sequence[str]) -> dict[str, Any]:
        data = await self.admin.query(TAGS_ADD, {"id": order.id, "tags": list(tags)}, operation_name="DeskTagsAdd")
        _payload(data, "tagsAdd")
        return {"tags": list(tags)}


def _transactions(order_id: str, suggested: Sequence[SuggestedTransaction], amount: Decimal) -> list[dict]:
    """Refund transactions for `amount`, taken from the suggested ones in their order."""
    left, out = amount, []
    for transaction in suggested:
        part = min(left, transaction.amount)
        if part <= 0:
            break
        out.append({"orderId": order_id, "parentId": transaction.parent_id, "amount": str(part), "kind": "REFUND",
                    "gateway": transaction.gateway})
        left -= part
    if left > 0:
        raise Rejected(f"Shopify suggests no payment to refund {left} more from")
    return out


# --- reading answers --------------------------------------------------------------------------


def _payload(data: Mapping[str, Any], name: str, *, errors_key: str = "userErrors") -> Mapping[str, Any]:
    payload = _get(data, name)
    errors = payload.get(errors_key)
    if isinstance(errors, list) and errors:
        raise Rejected("Shopify refused: " + "; ".join(_user_error(e) for e in errors))
    return payload


def _user_error(error: Any) -> str:
    if not isinstance(error, Mapping):
        return "an unreadable error"
    field = error.get("field")
    where = ".".join(str(part) for part in field) + ": " if isinstance(field, list) and field else ""
    return f"{where}{error.get('message') or 'no reason given'}"


def _action_order(node: Mapping[str, Any]) -> ActionOrder:
    line_items = _get(node, "lineItems")
    if _get(_get(line_items, "pageInfo"), "hasNextPage", bool):
        raise Rejected(f"order {node.get('name')} has more than {MAX_LINE_ITEMS} line items: act in Shopify's admin")
    total, currency = _money(_get(node, "totalPriceSet"))
    fulfilled = tuple(
        FulfilledLine(_str(line, "id"), _str(_get(line, "lineItem"), "id"), _int(line, "quantity"))
        for fulfillment in _list(node, "fulfillments") if _get(fulfillment, "status", str) != "CANCELLED"
        for line in _nodes(fulfillment.get("fulfillmentLineItems")))
    return ActionOrder(
        id=_str(node, "id"), name=_str(node, "name"), cancelled=bool(node.get("cancelledAt")),
        financial_status=str(node.get("displayFinancialStatus") or ""),
        fulfillment_status=str(node.get("displayFulfillmentStatus") or ""),
        note=str(node.get("note") or ""), tags=tuple(t for t in _list(node, "tags") if isinstance(t, str)),
        currency=currency, total=total,
        lines=tuple(_line(line) for line in _nodes(line_items)),
        fulfilled=fulfilled,
        returns=tuple(_return(r) for r in _nodes(node.get("returns"))),
        refunds=tuple((_str(r, "id"), _money(_get(r, "totalRefundedSet"))[0]) for r in _list(node, "refunds")),
    )


def _return(node: Any) -> OrderReturn:
    lines = tuple((_str(_get(line, "fulfillmentLineItem"), "id"), _int(line, "quantity"))
                  for line in _nodes(_get(node, "returnLineItems")) if isinstance(line, Mapping)
                  and isinstance(line.get("fulfillmentLineItem"), Mapping))
    return OrderReturn(_str(node, "id"), _str(node, "name"), _str(node, "status"), lines)


def _line(node: Any) -> ActionLine:
    price, _currency = _money(_get(node, "originalUnitPriceSet"))
    return ActionLine(_str(node, "id"), _str(node, "title"), str(node.get("sku") or ""), _int(node, "quantity"),
                      _int(node, "refundableQuantity"), _int(node, "unfulfilledQuantity"), price)


def _suggestion(node: Any) -> RefundSuggestion:
    amount, currency = _money(_get(node, "amountSet"))
    maximum, _ = _money(_get(node, "maximumRefundableSet"))
    shipping, _ = _money(_get(_get(node, "shipping"), "amountSet"))
    lines = tuple((_str(_get(line, "lineItem"), "id"), _int(line, "quantity"), _str(line, "restockType"))
                  for line in _list(node, "refundLineItems"))
    transactions = tuple(
        SuggestedTransaction(_get(t, "parentTransaction").get("id") if t.get("parentTransaction") else None,
                             _str(t, "gateway"), _money(_get(t, "amountSet"))[0])
        for t in _list(node, "suggestedTransactions"))
    return RefundSuggestion(amount, maximum, shipping, currency, lines, transactions)


def _get(node: Any, key: str, kind: type = Mapping) -> Any:
    value = node.get(key) if isinstance(node, Mapping) else None
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise Unavailable(f"Shopify sent an answer without a readable {key}")
    return value


def _str(node: Any, key: str) -> str:
    return _get(node, key, str)


def _int(node: Any, key: str) -> int:
    return _get(node, key, int)


def _list(node: Any, key: str) -> list:
    return _get(node, key, list)


def _nodes(connection: Any) -> list:
    return _list(connection, "nodes") if isinstance(connection, Mapping) else []


def _money(bag: Any) -> tuple[Decimal, str]:
    money = _get(bag, "presentmentMoney")
    try:
        amount = Decimal(_str(money, "amount"))
    except InvalidOperation:
        raise Unavailable("Shopify sent an amount that is not a decimal") from None
    return amount, _str(money, "currencyCode")
