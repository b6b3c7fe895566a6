"""The Shopify sandbox's order actions: suggestedRefund, refundCreate (@idempotent), orderCancel,
returnCreate, orderUpdate and tagsAdd over the seeded orders.

Requests reach these resolvers only after validating against the 2026-10 schema, so argument
names and types are Shopify's. What they do follows Shopify's documentation: a suggested refund
is the chosen lines' prices plus (optionally) shipping, capped at what is left to refund, with
one suggested transaction against the order's sale; `refundCreate` needs `@idempotent(key:)`
since 2026-04 and a key seen before answers with its first result instead of refunding again;
`orderCancel` refuses fulfilled or already cancelled orders; `returnCreate` opens a return for
fulfilled, not yet returned quantities. Refusals are `userErrors` with Shopify's codes; their
wording (and that of a missing or conflicting idempotency key) is the sandbox's own, as Shopify
publishes no exact text.

Seeds may add, per order: "shippingAmount" (decimal string, presentment currency, default 0),
"note", "tags", "transactions" ([{"id", "kind": "SALE", "gateway"}], default one synthesised
sale); per line item "refundedQuantity" (default 0); per fulfillment "fulfillmentLineItems"
([{"id", "quantity", "lineItem": {"id"}}], default: every line item in full).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from graphql import GraphQLError

RETURN_REASONS = ("color", "defective", "not-as-described", "other", "size-too-large", "size-too-small",
                  "style", "unwanted", "wrong-item")
CLOSED_RETURN = ("CANCELED", "DECLINED", "CLOSED")


def prepare_order(order: dict[str, Any]) -> None:
    """Fill the defaults the actions need into a seeded order (in place)."""
    order.setdefault("note", None)
    order.setdefault("tags", [])
    order.setdefault("returns", [])
    order.setdefault("refunds", [])
    number = order.get("id", "gid://shopify/Order/0").rsplit("/", 1)[-1]
    order.setdefault("transactions", [{"id": f"gid://shopify/OrderTransaction/{number}", "kind": "SALE",
                                       "gateway": "shopify_payments"}])
    lines = order.get("lineItems") if isinstance(order.get("lineItems"), list) else []
    for fulfillment in order.get("fulfillments") or []:
        fulfillment.setdefault("fulfillmentLineItems", [
            {"id": f"gid://shopify/FulfillmentLineItem/{_number(line)}", "quantity": line.get("quantity", 0),
             "lineItem": {"id": line.get("id")}} for line in lines])
    for line in lines:
        line.setdefault("refundedQuantity", 0)
        _refresh_line(order, line)


def _refresh_line(order: Mapping[str, Any], line: dict[str, Any]) -> None:
    line["refundableQuantity"] = max(0, line.get("quantity", 0) - line.get("refundedQuantity", 0))
    line["unfulfilledQuantity"] = max(0, line.get("quantity", 0) - _fulfilled(order, line.get("id")))
    line.setdefault("currentQuantity", line["refundableQuantity"])


def _fulfilled(order: Mapping[str, Any], line_id: Any) -> int:
    return sum(f.get("quantity", 0) for fulfillment in _live_fulfillments(order)
               for f in fulfillment.get("fulfillmentLineItems") or [] if (f.get("lineItem") or {}).get("id") == line_id)


def _live_fulfillments(order: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [f for f in order.get("fulfillments") or [] if f.get("status") != "CANCELLED"]


def _number(record: Mapping[str, Any]) -> str:
    return str(record.get("id", "0")).rsplit("/", 1)[-1]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _presentment(order: Mapping[str, Any], key: str = "totalPriceSet") -> tuple[Decimal, str]:
    money = order[key]["presentmentMoney"]
    return Decimal(money["amount"]), money["currencyCode"]


def _bag(amount: Decimal, currency: str) -> dict[str, Any]:
    text = f"{amount:.2f}"
    return {"shopMoney": {"amount": text, "currencyCode": currency},
            "presentmentMoney": {"amount": text, "currencyCode": currency}}


def _refunded(order: Mapping[str, Any]) -> Decimal:
    return sum((Decimal(r["totalRefundedSet"]["presentmentMoney"]["amount"]) for r in order.get("refunds") or []),
               Decimal(0))


def _left_to_refund(order: Mapping[str, Any]) -> Decimal:
    total, _ = _presentment(order)
    return max(Decimal(0), total - _refunded(order))


def _line_by_id(order: Mapping[str, Any], line_id: Any) -> dict[str, Any] | None:
    return next((line for line in order.get("lineItems") or [] if line.get("id") == line_id), None)


def _sale(order: Mapping[str, Any]) -> Mapping[str, Any]:
    return next(t for t in order["transactions"] if t.get("kind") in ("SALE", "CAPTURE"))


# --- suggestedRefund --------------------------------------------------------------------------


def suggested_refund(order: Mapping[str, Any], args: Mapping[str, Any]) -> dict[str, Any]:
    _total, currency = _presentment(order)
    if args.get("suggestFullRefund"):
        wanted = [(line, line["refundableQuantity"]) for line in order.get("lineItems") or []]
    else:
        wanted = []
        for requested in args.get("refundLineItems") or []:
            line = _line_by_id(order, requested["lineItemId"])
            if line is None:
                raise GraphQLError(f"Invalid line item id {requested['lineItemId']}")
            wanted.append((line, min(requested["quantity"], line["refundableQuantity"])))
    wanted = [(line, quantity) for line, quantity in wanted if quantity > 0]
    subtotal = sum((Decimal(line["originalUnitPriceSet"]["presentmentMoney"]["amount"]) * quantity
                    for line, quantity in wanted), Decimal(0))
    shipping = Decimal(order.get("shippingAmount", "0")) if (args.get("refundShipping") or
                                                              args.get("suggestFullRefund")) else Decimal(0)
    left = _left_to_refund(order)
    amount = min(subtotal + shipping, left)
    sale = _sale(order)
    transactions = [{"kind": "SUGGESTED_REFUND", "gateway": sale["gateway"], "amountSet": _bag(amount, currency),
                     "parentTransaction": {"id": sale["id"]}}] if amount > 0 else []
    return {
        "amountSet": _bag(amount, currency), "maximumRefundableSet": _bag(left, currency),
        "subtotalSet": _bag(subtotal, currency),
        "shipping": {"amountSet": _bag(shipping, currency), "maximumRefundableSet": _bag(shipping, currency)},
        "refundLineItems": [{"quantity": quantity, "lineItem": line,
                             "restockType": "CANCEL" if line["unfulfilledQuantity"] >= quantity else "RETURN"}
                            for line, quantity in wanted],
        "suggestedTransactions": transactions,
    }


# --- mutations --------------------------------------------------------------------------------


class OrderActions:
    """The mutations over one sandbox's seed data (`orders_by_id`), with refundCreate's key memory."""

    def __init__(self, orders_by_id: Mapping[str, dict[str, Any]]):
        self.orders_by_id = orders_by_id
        self.idempotent: dict[str, tuple[str, dict[str, Any]]] = {}  # key -> (input, first answer)
        self.refunds_created = 0

    def _order(self, order_id: Any) -> dict[str, Any] | None:
        return self.orders_by_id.get(order_id)

    def refund_create(self, args: Mapping[str, Any], key: str | None) -> dict[str, Any]:
        if key is None or not key.strip():
            raise GraphQLError("refundCreate requires an idempotency key: add @idempotent(key: ...) to the field",
                               extensions={"code": "IDEMPOTENCY_KEY_REQUIRED"})
        fingerprint = json.dumps(args["input"], sort_keys=True, default=str)
        if key in self.idempotent:
            seen, answer = self.idempotent[key]
            if seen != fingerprint:
                raise GraphQLError("This idempotency key was already used with different arguments",
                                   extensions={"code": "IDEMPOTENCY_KEY_CONFLICT"})
            return answer
        answer = self._refund(args["input"])
        if not answer["userErrors"]:
            self.idempotent[key] = (fingerprint, answer)
        return answer

    def _refund(self, refund_input: Mapping[str, Any]) -> dict[str, Any]:
        order = self._order(refund_input["orderId"])
        if order is None:
            return _errors(["orderId"], "Order does not exist", payload={"refund": None, "order": None})
        total, currency = _presentment(order)
        problem = _refund_problem(order, refund_input, currency)
        if problem:
            return _errors(*problem, payload={"refund": None, "order": order})
        amount = sum((Decimal(t["amount"]) for t in refund_input.get("transactions") or []), Decimal(0))
        for requested in refund_input.get("refundLineItems") or []:
            line = _line_by_id(order, requested["lineItemId"])
            line["refundedQuantity"] += requested["quantity"]
            _refresh_line(order, line)
        self.refunds_created += 1
        now = _now()
        refund = {"id": f"gid://shopify/Refund/{_number(order)}{len(order['refunds']) + 1}", "createdAt": now,
                  "updatedAt": now, "note": refund_input.get("note"), "totalRefundedSet": _bag(amount, currency)}
        order["refunds"].append(refund)
        order["displayFinancialStatus"] = "REFUNDED" if _refunded(order) >= total else "PARTIALLY_REFUNDED"
        order["updatedAt"] = now
        return {"refund": refund, "order": order, "userErrors": []}

    def order_cancel(self, args: Mapping[str, Any]) -> dict[str, Any]:
        order = self._order(args["orderId"])
        empty = {"job": None, "jobResult": None}
        if order is None:
            return _errors(["orderId"], "Order does not exist", key="orderCancelUserErrors", code="NOT_FOUND",
                           payload=empty)
        if order.get("cancelledAt"):
            return _errors(["orderId"], "Order has already been cancelled", key="orderCancelUserErrors",
                           code="INVALID", payload=empty)
        if _live_fulfillments(order):
            return _errors(["orderId"], "Cannot cancel an order with fulfillments: cancel them first",
                           key="orderCancelUserErrors", code="INVALID", payload=empty)
        if any(r.get("status") not in CLOSED_RETURN for r in order.get("returns") or []):
            return _errors(["orderId"], "Cannot cancel an order with an active return", key="orderCancelUserErrors",
                           code="INVALID", payload=empty)
        now = _now()
        refund_method = args.get("refundMethod") or {}
        if (refund_method.get("originalPaymentMethodsRefund") or args.get("refund")) and _left_to_refund(order) > 0:
            _total, currency = _presentment(order)
            order["refunds"].append({"id": f"gid://shopify/Refund/{_number(order)}{len(order['refunds']) + 1}",
                                     "createdAt": now, "updatedAt": now, "note": "Order canceled",
                                     "totalRefundedSet": _bag(_left_to_refund(order), currency)})
            order["displayFinancialStatus"] = "REFUNDED"
        order["cancelledAt"] = now
        order["updatedAt"] = now
        order["cancellation"] = {"staffNote": args.get("staffNote")}
        job = {"id": f"gid://shopify/Job/cancel-{_number(order)}", "done": True}
        return {"job": job, "jobResult": None, "orderCancelUserErrors": [], "userErrors": []}

    def return_create(self, args: Mapping[str, Any], reasons: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
        return_input = args["returnInput"]
        order = self._order(return_input["orderId"])
        if order is None:
            return _errors(["returnInput", "orderId"], "Order does not exist", code="NOT_FOUND",
                           payload={"return": None})
        lines = []
        for index, requested in enumerate(return_input["returnLineItems"]):
            problem = _return_line_problem(order, requested, reasons)
            if problem:
                return _errors(["returnInput", "returnLineItems", str(index)], problem, code="INVALID",
                               payload={"return": None})
            lines.append({"id": f"gid://shopify/ReturnLineItem/{_number(order)}{len(order['returns'])}{index}",
                          "quantity": requested["quantity"], "customerNote": None,
                          "returnReasonNote": requested.get("returnReasonNote") or "",
                          "returnReasonDefinition": reasons.get(requested.get("returnReasonDefinitionId")),
                          "fulfillmentLineItem": {"id": requested["fulfillmentLineItemId"]}})
        now = _now()
        created = {"id": f"gid://shopify/Return/{_number(order)}{len(order['returns']) + 1}",
                   "name": f"{order['name']}-R{len(order['returns']) + 1}", "status": "OPEN", "createdAt": now,
                   "closedAt": None, "returnLineItems": lines, "totalQuantity": sum(x["quantity"] for x in lines)}
        order["returns"].append(created)
        order["updatedAt"] = now
        return {"return": created, "userErrors": []}

    def order_update(self, args: Mapping[str, Any]) -> dict[str, Any]:
        update = args["input"]
        order = self._order(update["id"])
        if order is None:
            return _errors(["id"], "Order does not exist", payload={"order": None})
        for key in ("note", "tags", "email", "phone", "poNumber"):
            if key in update:
                order[key] = update[key]
        order["updatedAt"] = _now()
        return {"order": order, "userErrors": []}

    def tags_add(self, args: Mapping[str, Any]) -> dict[str, Any]:
        order = self._order(args["id"])
        if order is None:
            return _errors(["id"], "Resource not found", payload={"node": None})
        tags = [t.strip() for tag in args["tags"] for t in tag.split(",") if t.strip()]
        order["tags"] = list(dict.fromkeys([*order.get("tags", []), *tags]))
        order["updatedAt"] = _now()
        return {"node": {"__typename": "Order", **order}, "userErrors": []}


def _refund_problem(order: Mapping[str, Any], refund_input: Mapping[str, Any],
                    currency: str) -> tuple[list[str], str] | None:
    if refund_input.get("currency") not in (None, currency):
        return ["currency"], f"Currency must match the order's presentment currency {currency}"
    for index, requested in enumerate(refund_input.get("refundLineItems") or []):
        line = _line_by_id(order, requested["lineItemId"])
        if line is None:
            return ["refundLineItems", str(index), "lineItemId"], "Line item does not exist"
        if not 0 < requested["quantity"] <= line["refundableQuantity"]:
            return (["refundLineItems", str(index), "quantity"],
                    f"Quantity cannot refund more items than were purchased ({line['refundableQuantity']} left)")
    amount = Decimal(0)
    sale = _sale(order)
    for index, transaction in enumerate(refund_input.get("transactions") or []):
        if transaction.get("kind") != "REFUND" or transaction.get("parentId") != sale["id"]:
            return ["transactions", str(index)], "Transaction must be a refund of the order's sale"
        amount += Decimal(transaction["amount"])
    if amount > _left_to_refund(order):
        return ["transactions"], f"Refund amount exceeds the refundable amount {_left_to_refund(order):.2f}"
    return None


def _return_line_problem(order: Mapping[str, Any], requested: Mapping[str, Any],
                         reasons: Mapping[str, Any]) -> str | None:
    line_id = requested["fulfillmentLineItemId"]
    fulfilled = [f for fulfillment in _live_fulfillments(order) for f in fulfillment.get("fulfillmentLineItems") or []
                 if f.get("id") == line_id]
    if not fulfilled:
        return "Fulfillment line item does not exist or is not fulfilled"
    in_returns = sum(x["quantity"] for r in order["returns"] if r.get("status") not in CLOSED_RETURN
                     for x in r["returnLineItems"] if (x.get("fulfillmentLineItem") or {}).get("id") == line_id)
    if not 0 < requested["quantity"] <= fulfilled[0]["quantity"] - in_returns:
        return "Quantity is greater than the quantity that can be returned"
    if requested.get("returnReasonDefinitionId") not in reasons:
        return "Return reason definition does not exist"
    return None


def _errors(field: list[str], message: str, *, payload: dict[str, Any], key: str = "userErrors",
            code: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"field": field, "message": message}
    if code is not None:
        error["code"] = code
    return {**payload, key: [error], **({"userErrors": []} if key != "userErrors" else {})}


def idempotency_key(info: Any) -> str | None:
    """The `@idempotent(key:)` of the field being resolved, literal or variable."""
    for directive in info.field_nodes[0].directives or ():
        if directive.name.value != "idempotent":
            continue
        for argument in directive.arguments:
            if argument.name.value == "key":
                value = argument.value
                if value.kind == "variable":
                    return info.variable_values.get(value.name.value)
                return getattr(value, "value", None)
    return None


def return_reason_definitions() -> list[dict[str, Any]]:
    return [{"id": f"gid://shopify/ReturnReasonDefinition/{n}", "handle": handle,
             "name": handle.replace("-", " ").capitalize(), "deleted": False}
            for n, handle in enumerate(RETURN_REASONS, 1)]
