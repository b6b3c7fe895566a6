"""A local stand-in for Login with Amazon, the SP-API Orders API (v0 and v2026-01-01) and the
Messaging API (v1, with the Uploads API step its attachments need: see amazon_messaging.py).

`create_amazon_sandbox(orders)` returns a Starlette app; `app.state.sandbox` (an AmazonSandbox)
holds its data and the fault knobs tests turn. What it does like Amazon:

- POST /auth/o2/token (form or JSON body): refresh_token grant -> "Atza|..." tokens living
  `token_ttl` seconds; 400 invalid_grant for unknown refresh tokens, 401 invalid_client.
- Every SP-API call needs a live x-amz-access-token, else 403 Unauthorized.
- Query parameters are checked against the operation's parameters in the bundled Swagger files
  (types, required, enums, maxItems, date-time formats, unknown names) plus the rules their
  descriptions state (exactly one time anchor, the exclusions, "before" >= "after" and at least
  two minutes ago, 1..100 per page, v2026-01-01 pagination tokens repeat the original query).
  Violations get 400 InvalidInput.
- Opaque, reusable NextToken / paginationToken (base64 with '+', '/' and '=': clients must
  URL-encode them), token buckets per operation with the usage plans from the spec
  descriptions, 429 QuotaExceeded without Retry-After, x-amzn-RequestId and
  x-amzn-RateLimit-Limit where the spec declares them.

Orders are given in a neutral seed format rendered in each version's shape:

    {"id": "111-2223334-4445556", "marketplace_id": "ATVPDKIKX0DER",
     "created": "2026-05-01T10:00:00Z", "updated": "2026-05-01T12:00:00Z",
     "status": "Shipped",                    # a v0 OrderStatus value
     "fulfillment": "MFN",                   # or "AFN"
     "currency": "USD",                      # default: the marketplace's
     "buyer_email": "abc...@marketplace.amazon.com", "buyer_name": "Jane",   # optional
     "seller_order_id": "S-1",               # optional
     "items": [{"sku": "SKU-1", "title": "...", "quantity": 2, "unit_price": "19.99",
                "asin": "B0...", "id": "...", "quantity_shipped": 2}],     # asin/id/shipped optional
     "packages": [{"carrier": "UPS", "tracking_number": "1Z...", "ship_time": "...",
                   "status": "IN_TRANSIT"}],  # optional, v2026-01-01 shows them for MFN orders
     "deliver_by": "2026-05-06T23:59:59Z"}   # optional
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import random
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from desk.sandbox.amazon_messaging import (
    LOCALES,
    MESSAGE_OPERATIONS,
    Messaging,
    actions_body,
    body_problem,
    offered,
)
from desk.sandbox.serve import token_request_fields

DEFAULT_CLIENT_ID = "amzn1.application-oa2-client.desk-sandbox"
DEFAULT_CLIENT_SECRET = "amzn1.oa2-cs.v1.desk-sandbox-client-secret"
DEFAULT_REFRESH_TOKEN = "Atzr|desk-sandbox-refresh-token"
SPEC_FILES = {"v0": "ordersV0.json", "2026-01-01": "orders_2026-01-01.json", "messaging": "messaging.json"}
MESSAGING_PLAN = (1.0, 5)  # the Messaging API's plan, for the one operation (sendInvoice) whose text omits it
DELETE = object()  # corrupt(..., value=DELETE) removes the field

V0_STATUSES = ("PendingAvailability", "Pending", "Unshipped", "PartiallyShipped", "Shipped", "InvoiceUnconfirmed",
               "Canceled", "Unfulfillable")
V0_TO_2026_STATUS = {"PendingAvailability": "PENDING_AVAILABILITY", "Pending": "PENDING", "Unshipped": "UNSHIPPED",
                     "PartiallyShipped": "PARTIALLY_SHIPPED", "Shipped": "SHIPPED", "InvoiceUnconfirmed": "SHIPPED",
                     "Canceled": "CANCELLED", "Unfulfillable": "UNFULFILLABLE"}
FULFILLED_BY = {"MFN": "MERCHANT", "AFN": "AMAZON"}
PENDING = ("Pending", "PendingAvailability")
# marketplace id -> (sales channel / marketplace name, currency, relay mail domain)
MARKETPLACES = {
    "ATVPDKIKX0DER": ("Amazon.com", "USD", "marketplace.amazon.com"),
    "A2EUQ1WTGCTBG2": ("Amazon.ca", "CAD", "marketplace.amazon.ca"),
    "A1AM78C64UM0Y8": ("Amazon.com.mx", "MXN", "marketplace.amazon.com.mx"),
    "A1F83G8C2ARO7P": ("Amazon.co.uk", "GBP", "marketplace.amazon.co.uk"),
    "A1PA6795UKMFR9": ("Amazon.de", "EUR", "marketplace.amazon.de"),
    "A13V1IB3VIYZZH": ("Amazon.fr", "EUR", "marketplace.amazon.fr"),
    "A1RKKUPIHCS9HS": ("Amazon.es", "EUR", "marketplace.amazon.es"),
    "APJ6JRA9NG5V4": ("Amazon.it", "EUR", "marketplace.amazon.it"),
    "A1VC38T7YXB528": ("Amazon.co.jp", "JPY", "marketplace.amazon.co.jp"),
}
MAX_PER_PAGE = 100
MAX_PAGE_TOKENS = 10_000
SETTLE = timedelta(minutes=2)
ERROR_TEXT = {
    400: ("InvalidInput", "The input you have submitted is not valid. Please check your input and try again."),
    403: ("Unauthorized", "Access to requested resource is denied."),
    404: ("NotFound", "The requested resource does not exist."),
    429: ("QuotaExceeded", "You exceeded your quota for the requested resource."),
    500: ("InternalFailure", "We encountered an internal error. Please try again."),
    503: ("ServiceUnavailable", "Service temporarily unavailable. Please try again."),
}
BAD_PAGINATION_TOKEN = ("The paginationToken you have submitted is not valid. "
                        "All parameters must match the original request except maxResultsPerPage.")
BAD_NEXT_TOKEN = ("We could not decode your NextToken. Possible reasons include: a transmission error, "
                  "improper quoting or a truncation problem.")


# -- the bundled specs ------------------------------------------------------------------------------

@cache
def load_spec(api_version: str) -> dict[str, Any]:
    """The Swagger document of one Orders API version, from desk/sandbox/specs/amazon/."""
    source = resources.files("desk.sandbox").joinpath("specs", "amazon", SPEC_FILES[api_version])
    return json.loads(source.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Operation:
    api: str
    operation_id: str
    path: str  # Swagger path template
    method: str = "get"

    @property
    def key(self) -> str:
        return f"{self.api}.{self.operation_id}"

    @property
    def spec(self) -> dict[str, Any]:
        return load_spec(self.api)["paths"][self.path][self.method]

    def usage_plan(self) -> tuple[float, int]:
        """(rate, burst) from the 'Usage Plan' table in the operation's description."""
        found = re.search(r"\|\s*([\d.]+)\s*\|\s*(\d+)\s*\|", self.spec["description"])
        if not found and self.api == "messaging":
            return MESSAGING_PLAN
        if not found:
            raise ValueError(f"no usage plan in the description of {self.key}")
        return float(found.group(1)), int(found.group(2))

    def declares_header(self, status: int, header: str) -> bool:
        return header in self.spec["responses"].get(str(status), {}).get("headers", {})


OPERATIONS = (
    Operation("v0", "getOrders", "/orders/v0/orders"),
    Operation("v0", "getOrder", "/orders/v0/orders/{orderId}"),
    Operation("v0", "getOrderItems", "/orders/v0/orders/{orderId}/orderItems"),
    Operation("v0", "getOrderBuyerInfo", "/orders/v0/orders/{orderId}/buyerInfo"),
    Operation("2026-01-01", "searchOrders", "/orders/2026-01-01/orders"),
    Operation("2026-01-01", "getOrder", "/orders/2026-01-01/orders/{orderId}"),
    Operation("messaging", "getMessagingActionsForOrder", "/messaging/v1/orders/{amazonOrderId}"),
    Operation("messaging", "GetAttributes", "/messaging/v1/orders/{amazonOrderId}/attributes"),
    *(Operation("messaging", operation_id, f"/messaging/v1/orders/{{amazonOrderId}}/messages/{name}", "post")
      for name, operation_id in MESSAGE_OPERATIONS.items()),
)


# -- request validation -------------------------------------------------------------------------------

class InvalidInput(Exception):
    pass


class NotFoundError(Exception):
    pass


def _v0_enums() -> dict[str, list[str]]:
    """v0 declares its list parameters' values only in prose; the same values are enums in definitions."""
    definitions = load_spec("v0")["definitions"]
    order = definitions["Order"]["properties"]
    return {
        "OrderStatuses": order["OrderStatus"]["enum"],
        "FulfillmentChannels": order["FulfillmentChannel"]["enum"],
        "PaymentMethods": order["PaymentMethod"]["enum"],
        "EasyShipShipmentStatuses": definitions["EasyShipShipmentStatus"]["enum"],
        "ElectronicInvoiceStatuses": definitions["ElectronicInvoiceStatus"]["enum"],
    }


def parse_time(value: str, name: str) -> datetime:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?", value):
        raise InvalidInput(f"{name} is not an ISO 8601 date-time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{name} is not an ISO 8601 date-time") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_query(operation: Operation, items: list[tuple[str, str]]) -> dict[str, Any]:
    """Typed query values per the operation's Swagger parameters; InvalidInput when they disagree."""
    declared = {p["name"]: p for p in operation.spec["parameters"] if p["in"] == "query"}
    raw: dict[str, list[str]] = {}
    for name, value in items:
        if name not in declared:
            raise InvalidInput(f"Unknown parameter {name}")
        raw.setdefault(name, []).append(value)
    enums = _v0_enums() if operation.api == "v0" else {}
    values: dict[str, Any] = {}
    for name, parameter in declared.items():
        if name in raw:
            values[name] = _typed(parameter, raw[name], enums.get(name))
        elif parameter.get("required"):
            raise InvalidInput(f"Missing required parameter {name}")
    return values


def _typed(parameter: dict[str, Any], raw: list[str], prose_enum: list[str] | None) -> Any:
    name, kind = parameter["name"], parameter["type"]
    if kind == "array":
        values = [v for chunk in raw for v in chunk.split(",")]
        if not all(values):
            raise InvalidInput(f"{name} has an empty value")
        if len(values) > parameter.get("maxItems", 10**6):
            raise InvalidInput(f"{name} has more than {parameter['maxItems']} values")
        allowed = parameter["items"].get("enum") or prose_enum
        if allowed and (bad := [v for v in values if v not in allowed]):
            raise InvalidInput(f"{name} has invalid values: {', '.join(bad[:3])}")
        return values
    if len(raw) != 1:
        raise InvalidInput(f"{name} given more than once")
    value = raw[0]
    if kind == "integer":
        if not re.fullmatch(r"-?\d{1,9}", value):
            raise InvalidInput(f"{name} is not an integer")
        return int(value)
    if kind == "boolean":
        if value not in ("true", "false"):
            raise InvalidInput(f"{name} is not a boolean")
        return value == "true"
    if not value:
        raise InvalidInput(f"{name} is empty")
    is_time = parameter.get("format") == "date-time" or re.search(r"(After|Before)$", name)
    return parse_time(value, name) if is_time else value


def check_window(values: dict[str, Any], names: dict[str, str], now: datetime) -> None:
    """Exactly one time anchor and the exclusions and bounds the parameter descriptions state."""
    created_after, created_before = values.get(names["ca"]), values.get(names["cb"])
    updated_after, updated_before = values.get(names["ua"]), values.get(names["ub"])
    if (created_after is None) == (updated_after is None):
        raise InvalidInput(f"Exactly one of {names['ca']} and {names['ua']} is required")
    if created_after is not None and updated_before is not None:
        raise InvalidInput(f"{names['ub']} cannot be set when {names['ca']} is set")
    if updated_after is not None and created_before is not None:
        raise InvalidInput(f"{names['cb']} cannot be set when {names['ua']} is set")
    after, before, before_name = ((created_after, created_before, names["cb"]) if created_after is not None
                                  else (updated_after, updated_before, names["ub"]))
    if before is not None and before < after:
        raise InvalidInput(f"{before_name} must be equal to or after the 'after' date")
    if before is not None and before > now - SETTLE:
        raise InvalidInput(f"{before_name} must be at least two minutes before the current time")
    per_page = values.get(names["max"])
    if per_page is not None and not 1 <= per_page <= MAX_PER_PAGE:
        raise InvalidInput(f"{names['max']} must be 1 - {MAX_PER_PAGE}")


V0_NAMES = {"ca": "CreatedAfter", "cb": "CreatedBefore", "ua": "LastUpdatedAfter", "ub": "LastUpdatedBefore",
            "max": "MaxResultsPerPage"}
NAMES_2026 = {"ca": "createdAfter", "cb": "createdBefore", "ua": "lastUpdatedAfter", "ub": "lastUpdatedBefore",
              "max": "maxResultsPerPage"}
SELLER_ORDER_ID_EXCLUDES = ("FulfillmentChannels", "OrderStatuses", "PaymentMethods", "LastUpdatedAfter",
                            "LastUpdatedBefore", "BuyerEmail")


# -- seeds --------------------------------------------------------------------------------------------

def _money(amount: Decimal, currency: str, v0: bool) -> dict[str, str]:
    if v0:
        return {"CurrencyCode": currency, "Amount": str(amount)}
    return {"currencyCode": currency, "amount": str(amount)}


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def checked_seed(seed: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `seed` with defaults filled in; ValueError says what is wrong."""
    order = dict(seed)
    for key in ("id", "marketplace_id", "created", "updated", "status"):
        if not isinstance(order.get(key), str):
            raise ValueError(f"sandbox order needs a string {key!r}: {seed!r:.200}")
    if order["status"] not in V0_STATUSES:
        raise ValueError(f"sandbox order status must be one of {V0_STATUSES}")
    order["created_at"] = parse_time(order["created"], "created")
    order["updated_at"] = parse_time(order["updated"], "updated")
    order.setdefault("fulfillment", "MFN")
    order.setdefault("currency", MARKETPLACES.get(order["marketplace_id"], ("", "USD", ""))[1])
    order["items"] = [_checked_item(item, n, order) for n, item in enumerate(order.get("items") or [])]
    order["packages"] = [dict(p) for p in order.get("packages") or []]
    return order


def _checked_item(item: Mapping[str, Any], n: int, order: dict[str, Any]) -> dict[str, Any]:
    checked = dict(item)
    try:
        checked["unit_price"] = Decimal(str(item["unit_price"]))
        quantity = int(item["quantity"])
    except (KeyError, InvalidOperation, ValueError) as exc:
        raise ValueError(f"sandbox order {order['id']} item {n}: {exc!r}") from None
    checked["quantity"] = quantity
    checked.setdefault("sku", f"SKU-{n + 1}")
    checked.setdefault("title", checked["sku"])
    checked.setdefault("asin", "B0" + hashlib.sha1(checked["sku"].encode()).hexdigest()[:8].upper())
    digest = hashlib.sha256(f"{order['id']}/{n}".encode()).hexdigest()
    checked.setdefault("id", f"{int(digest, 16) % 10**14:014d}")
    shipped = quantity if order["status"] in ("Shipped", "InvoiceUnconfirmed") else 0
    checked.setdefault("quantity_shipped", shipped)
    return checked


def sample_orders(count: int, *, start: datetime, marketplace_id: str = "ATVPDKIKX0DER",
                  step: timedelta = timedelta(minutes=7), seed: int = 0) -> list[dict[str, Any]]:
    """`count` plausible orders updated every `step` from `start` on (deterministic for a `seed`)."""
    rng = random.Random(seed)
    _, currency, domain = MARKETPLACES.get(marketplace_id, ("Amazon", "USD", "marketplace.amazon.com"))
    statuses = ("Unshipped", "Shipped", "Shipped", "PartiallyShipped", "Canceled", "Pending", "Shipped")
    orders = []
    for n in range(count):
        created = start + step * n
        status = statuses[n % len(statuses)]
        fulfillment = "AFN" if n % 5 == 4 else "MFN"
        items = [{"sku": f"SKU-{rng.randrange(100, 999)}", "title": f"Sample product {n}-{k}",
                  "quantity": rng.randrange(1, 4), "unit_price": f"{rng.randrange(500, 9999) / 100:.2f}"}
                 for k in range(1 + n % 3)]
        alias = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
        order = {
            "id": f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}",
            "marketplace_id": marketplace_id, "currency": currency,
            "created": _iso(created), "updated": _iso(created + timedelta(minutes=3)),
            "status": status, "fulfillment": fulfillment, "items": items,
            "buyer_email": f"{alias}@{domain}", "buyer_name": rng.choice(("Alex", "Sam", "Kim", "Jo")),
            "deliver_by": _iso(created + timedelta(days=5)),
        }
        if status == "Shipped" and fulfillment == "MFN":
            order["packages"] = [{"carrier": "UPS", "tracking_number": f"1Z{rng.randrange(10**15, 10**16)}",
                                  "ship_time": _iso(created + timedelta(hours=20)),
                                  "status": rng.choice(("IN_TRANSIT", "DELIVERED"))}]
        orders.append(order)
    return orders


# -- rendering in each version's shape -----------------------------------------------------------------

def _total(order: dict[str, Any]) -> Decimal:
    return sum((i["unit_price"] * i["quantity"] for i in order["items"]), Decimal(0))


def render_v0_order(order: dict[str, Any], *, with_buyer: bool) -> dict[str, Any]:
    pending = order["status"] in PENDING
    shipped = sum(i["quantity_shipped"] for i in order["items"])
    rendered: dict[str, Any] = {
        "AmazonOrderId": order["id"], "PurchaseDate": _iso(order["created_at"]),
        "LastUpdateDate": _iso(order["updated_at"]), "OrderStatus": order["status"],
        "FulfillmentChannel": order["fulfillment"],
        "SalesChannel": MARKETPLACES.get(order["marketplace_id"], ("Amazon",))[0],
        "MarketplaceId": order["marketplace_id"], "ShipServiceLevel": "Std Domestic",
        "NumberOfItemsShipped": shipped,
        "NumberOfItemsUnshipped": sum(i["quantity"] for i in order["items"]) - shipped,
        "OrderType": "StandardOrder", "ShipmentServiceLevelCategory": "Standard",
        "IsBusinessOrder": False, "IsPrime": False, "IsPremiumOrder": False, "IsGlobalExpressEnabled": False,
        "IsReplacementOrder": False, "IsSoldByAB": False, "IsISPU": False, "IsAccessPointOrder": False,
    }
    if not pending:
        rendered["OrderTotal"] = _money(_total(order), order["currency"], v0=True)
        rendered["PaymentMethod"] = "Other"
    if order.get("seller_order_id"):
        rendered["SellerOrderId"] = order["seller_order_id"]
    if with_buyer and not pending and order.get("buyer_email"):
        rendered["BuyerInfo"] = {"BuyerEmail": order["buyer_email"]}
    return rendered


def render_v0_item(order: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    rendered: dict[str, Any] = {
        "ASIN": item["asin"], "SellerSKU": item["sku"], "OrderItemId": item["id"], "Title": item["title"],
        "QuantityOrdered": item["quantity"], "QuantityShipped": item["quantity_shipped"],
        "ConditionId": "New", "ConditionSubtypeId": "New", "IsTransparency": False, "SerialNumberRequired": False,
    }
    if order["status"] not in PENDING:  # no prices, taxes or gift status before payment is authorised
        currency = order["currency"]
        rendered["ItemPrice"] = _money(item["unit_price"] * item["quantity"], currency, v0=True)
        rendered["ItemTax"] = _money(Decimal("0.00"), currency, v0=True)
        rendered["PromotionDiscount"] = _money(Decimal("0.00"), currency, v0=True)
        rendered["IsGift"] = "false"
    return rendered


def render_2026_order(order: dict[str, Any], datasets: set[str]) -> dict[str, Any]:
    pending = order["status"] in PENDING
    merchant = order["fulfillment"] == "MFN"
    name = MARKETPLACES.get(order["marketplace_id"], ("Amazon",))[0]
    rendered: dict[str, Any] = {
        "orderId": order["id"], "createdTime": _iso(order["created_at"]), "lastUpdatedTime": _iso(order["updated_at"]),
        "salesChannel": {"channelName": "AMAZON", "marketplaceId": order["marketplace_id"], "marketplaceName": name},
        "orderItems": [_render_2026_item(order, item, datasets) for item in order["items"]],
    }
    if order.get("seller_order_id"):
        rendered["orderAliases"] = [{"aliasId": order["seller_order_id"], "aliasType": "SELLER_ORDER_ID"}]
    if "BUYER" in datasets and not pending:
        buyer = {"buyerName": order.get("buyer_name"), "buyerEmail": order.get("buyer_email") if merchant else None}
        rendered["buyer"] = {k: v for k, v in buyer.items() if v}
    if "FULFILLMENT" in datasets:
        rendered["fulfillment"] = _render_2026_fulfillment(order)
    if "PROCEEDS" in datasets and not pending:
        rendered["proceeds"] = {"grandTotal": _money(_total(order), order["currency"], v0=False)}
    if "PACKAGES" in datasets and merchant and order["packages"]:
        rendered["packages"] = [_render_package(order, n, p) for n, p in enumerate(order["packages"])]
    return rendered


def _render_2026_fulfillment(order: dict[str, Any]) -> dict[str, Any]:
    fulfillment: dict[str, Any] = {"fulfillmentStatus": V0_TO_2026_STATUS[order["status"]],
                                   "fulfilledBy": FULFILLED_BY[order["fulfillment"]],
                                   "fulfillmentServiceLevel": "STANDARD"}
    if order.get("deliver_by"):
        fulfillment["deliverByWindow"] = {"earliestDateTime": _iso(order["created_at"]),
                                          "latestDateTime": _iso(parse_time(order["deliver_by"], "deliver_by"))}
    return fulfillment


def _render_2026_item(order: dict[str, Any], item: dict[str, Any], datasets: set[str]) -> dict[str, Any]:
    product: dict[str, Any] = {"asin": item["asin"], "title": item["title"], "sellerSku": item["sku"],
                               "condition": {"conditionType": "NEW", "conditionSubtype": "NEW"}}
    pending = order["status"] in PENDING
    if not pending:
        product["price"] = {"unitPrice": _money(item["unit_price"], order["currency"], v0=False)}
    rendered: dict[str, Any] = {"orderItemId": item["id"], "quantityOrdered": item["quantity"], "product": product}
    if "PROCEEDS" in datasets and not pending:
        line = _money(item["unit_price"] * item["quantity"], order["currency"], v0=False)
        rendered["proceeds"] = {"proceedsTotal": line, "breakdowns": [{"type": "ITEM", "subtotal": line}]}
    if "FULFILLMENT" in datasets:
        rendered["fulfillment"] = {"quantityFulfilled": item["quantity_shipped"],
                                   "quantityUnfulfilled": item["quantity"] - item["quantity_shipped"]}
    return rendered


def _render_package(order: dict[str, Any], n: int, package: dict[str, Any]) -> dict[str, Any]:
    rendered: dict[str, Any] = {"packageReferenceId": str(n + 1),
                                "packageStatus": {"status": package.get("status", "IN_TRANSIT")},
                                "packageItems": [{"orderItemId": i["id"], "quantity": i["quantity"]}
                                                 for i in order["items"]]}
    for source, target in (("carrier", "carrier"), ("tracking_number", "trackingNumber")):
        if package.get(source):
            rendered[target] = package[source]
    if package.get("ship_time"):
        rendered["shipTime"] = _iso(parse_time(package["ship_time"], "ship_time"))
    return rendered


def _apply(document: Any, path: str, value: Any) -> None:
    """Set (or with DELETE remove) the field at dotted `path` ("orderItems.0.quantityOrdered")."""
    *parents, last = path.split(".")
    for part in parents:
        document = document[int(part)] if isinstance(document, list) else document[part]
    key: Any = int(last) if isinstance(document, list) else last
    if value is DELETE:
        del document[key]
    else:
        document[key] = value


# -- state and knobs --------------------------------------------------------------------------------------

@dataclass
class Exchange:
    """One response the sandbox sent (for assertions and spec validation in tests)."""

    operation: str  # "v0.getOrders", ..., or "lwa"
    status: int
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes | None  # None for streamed (huge) bodies
    fault: str | None = None


@dataclass
class _Fault:
    kind: str  # status | slow | truncate | wrong_types | huge | throttle
    operation: str | None
    remaining: int
    status: int = 500
    seconds: float = 0.0
    size: int = 0


@dataclass
class _PageState:
    api: str
    ids: list[str]
    offset: int
    page_size: int
    digest: str | None
    issued: datetime
    bound_name: str
    bound: datetime


class _Bucket:
    def __init__(self, rate: float, burst: int, now: float) -> None:
        self.rate, self.burst, self.tokens, self.stamp = rate, burst, float(burst), now

    def take(self, now: float) -> bool:
        self.tokens = min(float(self.burst), self.tokens + max(0.0, now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1 - 1e-9:  # float noise from differently chunked refills is not a throttle
            return False
        self.tokens -= 1
        return True


@dataclass
class AmazonSandbox:
    orders: dict[str, dict[str, Any]]
    clients: dict[str, str]
    refresh_tokens: set[str]
    token_ttl: float
    clock: Callable[[], float]
    now: Callable[[], datetime]
    usage_plans: dict[str, tuple[float, int]]
    items_page_size: int = 100
    pagination_ttl: timedelta = timedelta(hours=24)
    buyer_info_in_orders: bool = True  # v0 getOrders includes BuyerInfo.BuyerEmail
    pii_roles: bool = True  # False: getOrderBuyerInfo answers 403
    access_tokens: dict[str, float] = field(default_factory=dict)
    token_requests: int = 0
    exchanges: list[Exchange] = field(default_factory=list)
    _faults: list[_Fault] = field(default_factory=list)
    _pages: dict[str, _PageState] = field(default_factory=dict)
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _corruptions: dict[str, list[tuple[str, str, Any]]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _released: threading.Event = field(default_factory=threading.Event)
    messaging: Messaging = field(default_factory=Messaging)

    # knobs (call from the test thread) --------------------------------------------------------------

    def fail_next(self, status: int = 500, *, times: int = 1, operation: str | None = None) -> None:
        """The next `times` matching requests answer `status` (500/503 with an SP-API error body;
        for operation "lwa", an LWA error body)."""
        self._add(_Fault("status", operation, times, status=status))

    def slow_next(self, seconds: float, *, times: int = 1, operation: str | None = None) -> None:
        self._add(_Fault("slow", operation, times, seconds=seconds))

    def truncate_next(self, *, times: int = 1, operation: str | None = None) -> None:
        self._add(_Fault("truncate", operation, times))

    def wrong_types_next(self, *, times: int = 1, operation: str | None = None) -> None:
        self._add(_Fault("wrong_types", operation, times))

    def huge_next(self, size: int = 32 * 1024 * 1024, *, times: int = 1, operation: str | None = None) -> None:
        self._add(_Fault("huge", operation, times, size=size))

    def throttle_next(self, *, times: int = 1, operation: str | None = None) -> None:
        """429 QuotaExceeded for the next `times` matching requests, whatever the buckets hold."""
        self._add(_Fault("throttle", operation, times))

    def expire_access_tokens(self) -> None:
        """Every access token issued so far is expired from now on (a token expiring mid-run)."""
        with self._lock:
            for token in self.access_tokens:
                self.access_tokens[token] = float("-inf")

    def revoke(self, refresh_token: str) -> None:
        with self._lock:
            self.refresh_tokens.discard(refresh_token)

    def release_slow(self) -> None:
        """Cut every current and later slow response short (call before stopping the server)."""
        self._released.set()

    def upsert_order(self, seed: Mapping[str, Any]) -> None:
        order = checked_seed(seed)
        with self._lock:
            self.orders[order["id"]] = order

    def corrupt(self, order_id: str, path: str, value: Any = DELETE, *, api: str = "v0",
                part: str = "order") -> None:
        """Damage one rendered field: part "order" (the Order object) or "items" (v0 OrderItems list)."""
        with self._lock:
            self._corruptions.setdefault(order_id, []).append((f"{api}.{part}", path, value))

    def responses(self, operation: str | None = None) -> list[Exchange]:
        with self._lock:
            return [e for e in self.exchanges if operation is None or e.operation == operation]

    # internals --------------------------------------------------------------------------------------

    def _add(self, fault: _Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def take_fault(self, operation: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                wanted = fault.operation
                if fault.remaining > 0 and (wanted == operation or (wanted is None and operation != "lwa")):
                    fault.remaining -= 1
                    return fault
        return None

    async def delay(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self._released.is_set():
            await asyncio.sleep(0.01)

    def issue_token(self) -> str:
        token = "Atza|" + secrets.token_urlsafe(48)
        with self._lock:
            self.access_tokens[token] = self.clock() + self.token_ttl
            self.token_requests += 1
        return token

    def token_problem(self, token: str | None) -> str | None:
        with self._lock:
            expires = self.access_tokens.get(token or "")
        if expires is None:
            return "Access to requested resource is denied."
        if self.clock() >= expires:
            return "The security token included in the request is expired"
        return None

    def take_quota(self, operation: Operation) -> bool:
        with self._lock:
            if operation.key not in self._buckets:
                rate, burst = self.usage_plans.get(operation.key) or operation.usage_plan()
                self._buckets[operation.key] = _Bucket(rate, burst, self.clock())
            return self._buckets[operation.key].take(self.clock())

    def rate_of(self, operation: Operation) -> float:
        return (self.usage_plans.get(operation.key) or operation.usage_plan())[0]

    def record(self, exchange: Exchange) -> None:
        with self._lock:
            self.exchanges.append(exchange)
            del self.exchanges[:-10_000]

    def corrupted(self, order_id: str, where: str, document: Any) -> Any:
        with self._lock:
            changes = [c for c in self._corruptions.get(order_id, []) if c[0] == where]
        for _, path, value in changes:
            _apply(document, path, value)
        return document

    def new_page_token(self, state: _PageState) -> str:
        token = base64.b64encode(b"\xfb\xff" + secrets.token_bytes(21)).decode()  # '+/...=' on purpose
        with self._lock:
            self._pages[token] = state
            if len(self._pages) > MAX_PAGE_TOKENS:  # a long-running demo sandbox forgets the oldest
                del self._pages[next(iter(self._pages))]
        return token

    def page_state(self, token: str) -> _PageState | None:
        with self._lock:
            return self._pages.get(token)

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.orders.values())


# -- handlers -------------------------------------------------------------------------------------------

def _error_body(status: int, message: str | None = None) -> dict[str, Any]:
    code, default = ERROR_TEXT.get(status, ("InternalFailure", "We encountered an internal error."))
    return {"errors": [{"code": code, "message": message or default, "details": ""}]}


def _mangled(value: Any) -> Any:
    """The same keys with the wrong JSON types: objects become lists, lists strings, scalars objects."""
    if isinstance(value, dict):
        return {key: _mangled_leaf(inner) for key, inner in value.items()}
    return {"unexpected": value}


def _mangled_leaf(value: Any) -> Any:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return "not a list"
    return {"value": value}


def _huge(size: int) -> Iterator[bytes]:
    yield b'{"padding": "'
    chunk = b"x" * 65536
    for _ in range(size // len(chunk) + 1):
        yield chunk
    yield b'"}'


class _Handlers:
    def __init__(self, sandbox: AmazonSandbox) -> None:
        self.sandbox = sandbox

    # LWA --------------------------------------------------------------------------------------------

    async def token(self, request: Request) -> Response:
        sandbox = self.sandbox
        fault = sandbox.take_fault("lwa")
        if fault and fault.kind == "slow":
            await sandbox.delay(fault.seconds)
        if fault and fault.kind == "status":
            code = "temporarily_unavailable" if fault.status == 503 else "server_error"
            return self._send("lwa", [], fault.status, {"error": code, "error_description": "Try again later"})
        status, body = self._grant(await token_request_fields(request))
        if status == 200:
            body["access_token"] = sandbox.issue_token()
        return self._send("lwa", [], status, body, fault)

    def _grant(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        sandbox = self.sandbox
        if form.get("grant_type") != "refresh_token":
            return 400, {"error": "invalid_request", "error_description": "Unsupported grant_type"}
        if sandbox.clients.get(form.get("client_id", "")) != form.get("client_secret") or not form.get("client_id"):
            return 401, {"error": "invalid_client", "error_description": "Client authentication failed"}
        if form.get("refresh_token") not in sandbox.refresh_tokens:
            return 400, {"error": "invalid_grant",
                         "error_description": "The request has an invalid grant parameter : refresh_token"}
        return 200, {"refresh_token": form["refresh_token"], "token_type": "bearer",
                     "expires_in": int(sandbox.token_ttl)}

    # SP-API -----------------------------------------------------------------------------------------

    def endpoint(self, operation: Operation) -> Callable[[Request], Any]:
        async def handle(request: Request) -> Response:
            return await self._sp_api(operation, request)
        return handle

    async def _sp_api(self, operation: Operation, request: Request) -> Response:
        sandbox = self.sandbox
        query = request.query_params.multi_items()
        fault = sandbox.take_fault(operation.key)
        if fault and fault.kind == "slow":
            await sandbox.delay(fault.seconds)
        if fault and fault.kind == "status":
            return self._send(operation.key, query, fault.status, _error_body(fault.status), None, operation)
        problem = sandbox.token_problem(request.headers.get("x-amz-access-token"))
        if problem:
            return self._send(operation.key, query, 403, _error_body(403, problem), None, operation)
        if (fault and fault.kind == "throttle") or not sandbox.take_quota(operation):
            return self._send(operation.key, query, 429, _error_body(429), None, operation)
        try:
            values = parse_query(operation, query)
            if operation.method == "post":
                values["body"] = await _json_body(request)
            status, body = self._answer(operation, request, values)
        except InvalidInput as invalid:
            status, body = 400, _error_body(400, str(invalid))
        except NotFoundError as missing:
            status, body = 404, _error_body(404, str(missing))
        return self._send(operation.key, query, status, body, fault, operation)

    def _answer(self, operation: Operation, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        answer = {
            "v0.getOrders": self.v0_get_orders,
            "v0.getOrder": self.v0_get_order,
            "v0.getOrderItems": self.v0_get_order_items,
            "v0.getOrderBuyerInfo": self.v0_get_order_buyer_info,
            "2026-01-01.searchOrders": self.search_orders,
            "2026-01-01.getOrder": self.get_order_2026,
            "messaging.getMessagingActionsForOrder": self.messaging_actions,
            "messaging.GetAttributes": self.messaging_attributes,
        }.get(operation.key)
        if answer is None:
            return self.send_message(operation, request, values)
        return answer(request, values)

    def _send(self, key: str, query: list[tuple[str, str]], status: int, body: Any, fault: _Fault | None = None,
              operation: Operation | None = None) -> Response:
        headers = {"x-amzn-RequestId": str(uuid.uuid4())}
        if operation and operation.declares_header(status, "x-amzn-RateLimit-Limit"):
            headers["x-amzn-RateLimit-Limit"] = f"{self.sandbox.rate_of(operation):g}"
        kind = fault.kind if fault and fault.kind in ("truncate", "wrong_types", "huge") else None
        if kind == "huge":
            assert fault is not None
            self.sandbox.record(Exchange(key, status, query, headers, None, kind))
            return StreamingResponse(_huge(fault.size), status, headers, media_type="application/json")
        encoded = json.dumps(_mangled(body) if kind == "wrong_types" else body, ensure_ascii=False).encode()
        if kind == "truncate":
            encoded = encoded[: max(1, len(encoded) // 2)]
        self.sandbox.record(Exchange(key, status, query, headers, encoded, kind))
        return Response(encoded, status, headers, media_type="application/json")

    # v0 -----------------------------------------------------------------------------------------------

    def v0_get_orders(self, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if "NextToken" in values:
            state = self.sandbox.page_state(values["NextToken"])
            if state is None or state.api != "v0":
                raise InvalidInput(BAD_NEXT_TOKEN)
            return 200, {"payload": self._page_v0(state, state.page_size)}
        check_window(values, V0_NAMES, self.sandbox.now())
        if "SellerOrderId" in values and (clash := [n for n in SELLER_ORDER_ID_EXCLUDES if n in values]):
            raise InvalidInput(f"{clash[0]} cannot be set together with SellerOrderId")
        state = self._select(values, V0_NAMES, "v0", digest=None)
        return 200, {"payload": self._page_v0(state, values.get("MaxResultsPerPage", MAX_PER_PAGE))}

    def _page_v0(self, state: _PageState, page_size: int) -> dict[str, Any]:
        ids, following = self._slice(state, page_size)
        orders = [self.sandbox.corrupted(i, "v0.order", render_v0_order(self._order(i), with_buyer=
                                                                        self.sandbox.buyer_info_in_orders))
                  for i in ids]
        payload: dict[str, Any] = {"Orders": orders, state.bound_name: _iso(state.bound)}
        if following:
            payload["NextToken"] = following
        return payload

    def v0_get_order(self, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        order = self._order(request.path_params["orderId"])
        rendered = render_v0_order(order, with_buyer=self.sandbox.buyer_info_in_orders)
        return 200, {"payload": self.sandbox.corrupted(order["id"], "v0.order", rendered)}

    def v0_get_order_items(self, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        order = self._order(request.path_params["orderId"])
        offset = 0
        if "NextToken" in values:
            state = self.sandbox.page_state(values["NextToken"])
            if state is None or state.api != "v0-items" or state.ids != [order["id"]]:
                raise InvalidInput(BAD_NEXT_TOKEN)
            offset = state.offset
        size = self.sandbox.items_page_size
        items = [render_v0_item(order, item) for item in order["items"][offset:offset + size]]
        payload: dict[str, Any] = {"AmazonOrderId": order["id"],
                                   "OrderItems": self.sandbox.corrupted(order["id"], "v0.items", items)}
        if offset + size < len(order["items"]):
            now = self.sandbox.now()
            state = _PageState("v0-items", [order["id"]], offset + size, size, None, now, "", now)
            payload["NextToken"] = self.sandbox.new_page_token(state)
        return 200, {"payload": payload}

    def v0_get_order_buyer_info(self, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        order = self._order(request.path_params["orderId"])
        if not self.sandbox.pii_roles:
            return 403, _error_body(403)
        payload = {"AmazonOrderId": order["id"]}
        if order.get("buyer_email"):
            payload["BuyerEmail"] = order["buyer_email"]
        if order.get("buyer_name"):
            payload["BuyerName"] = order["buyer_name"]
        return 200, {"payload": payload}

    # v2026-01-01 --------------------------------------------------------------------------------------

    def search_orders(self, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        check_window(values, NAMES_2026, self.sandbox.now())
        digest = _digest(request.query_params.multi_items())
        page_size = values.get("maxResultsPerPage", MAX_PER_PAGE)
        if "paginationToken" in values:
            state = self.sandbox.page_state(values["paginationToken"])
            expired = state is not None and self.sandbox.now() - state.issued > self.sandbox.pagination_ttl
            if state is None or state.api != "2026-01-01" or state.digest != digest or expired:
                raise InvalidInput(BAD_PAGINATION_TOKEN)
        else:
            state = self._select(values, NAMES_2026, "2026-01-01", digest)
        ids, following = self._slice(state, page_size)
        datasets = set(values.get("includedData", []))
        orders = [self.sandbox.corrupted(i, "2026-01-01.order", render_2026_order(self._order(i), datasets))
                  for i in ids]
        body: dict[str, Any] = {"orders": orders, state.bound_name: _iso(state.bound)}
        if following:
            body["pagination"] = {"nextToken": following}
        return 200, body

    def get_order_2026(self, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        order = self._order(request.path_params["orderId"])
        rendered = render_2026_order(order, set(values.get("includedData", [])))
        return 200, {"order": self.sandbox.corrupted(order["id"], "2026-01-01.order", rendered)}

    # Messaging API -----------------------------------------------------------------------------------

    def _messaging_order(self, request: Request, values: dict[str, Any]) -> dict[str, Any]:
        order = self._order(request.path_params["amazonOrderId"])
        if values["marketplaceIds"] != [order["marketplace_id"]]:
            raise NotFoundError(f"Order {order['id']} not found in marketplace {values['marketplaceIds'][0]}")
        return order

    def messaging_actions(self, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        order = self._messaging_order(request, values)
        names = offered(order, self.sandbox.messaging.types_sent(order["id"]))
        return 200, actions_body(order["id"], order["marketplace_id"], names)

    def messaging_attributes(self, request: Request, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        order = self._messaging_order(request, values)
        return 200, {"buyer": {"locale": order.get("buyer_locale") or LOCALES.get(order["marketplace_id"], "en-US")}}

    def send_message(self, operation: Operation, request: Request, values: dict[str, Any]) -> tuple[int, dict]:
        order = self._messaging_order(request, values)
        name = request.url.path.rsplit("/", 1)[-1]
        problem = body_problem(operation.operation_id, values["body"])
        problem = problem or self.sandbox.messaging.missing_uploads(order["id"], values["body"])
        if problem:
            raise InvalidInput(problem)
        if name not in offered(order, self.sandbox.messaging.types_sent(order["id"])):
            raise InvalidInput(f"The {name} message type is not available for order {order['id']}")
        with self.sandbox._lock:
            self.sandbox.messaging.record(order["id"], name, values["body"], self.sandbox.now())
        return 201, {}

    async def create_upload_destination(self, request: Request) -> Response:
        query = request.query_params
        problem = self.sandbox.token_problem(request.headers.get("x-amz-access-token"))
        if problem:
            return self._send("uploads", list(query.multi_items()), 403, _error_body(403, problem))
        missing = [n for n in ("marketplaceIds", "contentMD5") if not query.get(n)]
        if missing:
            return self._send("uploads", list(query.multi_items()), 400, _error_body(400, f"Missing {missing[0]}"))
        with self.sandbox._lock:
            destination = self.sandbox.messaging.new_destination(
                request.path_params["resource"], query["contentMD5"], query.get("contentType", ""))
        url = f"{str(request.base_url).rstrip('/')}/sandbox-s3/{destination}"
        body = {"payload": {"uploadDestinationId": destination, "url": url,
                            "headers": {"Content-MD5": query["contentMD5"],
                                        "Content-Type": query.get("contentType") or "application/octet-stream"}}}
        return self._send("uploads", list(query.multi_items()), 201, body)

    async def receive_upload(self, request: Request) -> Response:
        with self.sandbox._lock:
            problem = self.sandbox.messaging.receive(request.path_params["destination"], await request.body(),
                                                     request.headers.get("content-md5"))
        return Response(problem or "", 400 if problem else 200, media_type="text/plain")

    # shared -------------------------------------------------------------------------------------------

    def _order(self, order_id: str) -> dict[str, Any]:
        order = self.sandbox.orders.get(order_id)
        if order is None:
            raise NotFoundError(f"Order {order_id[:40]} not found")
        return order

    def _select(self, values: dict[str, Any], names: dict[str, str], api: str, digest: str | None) -> _PageState:
        by_created = names["ca"] in values
        after = values[names["ca"] if by_created else names["ua"]]
        bound_name = names["cb"] if by_created else names["ub"]
        before = values.get(bound_name) or self.sandbox.now()
        stamp = "created_at" if by_created else "updated_at"
        matches = [o for o in self.sandbox.snapshot()
                   if after <= o[stamp] <= before and _matches_filters(o, values, api)]
        matches.sort(key=lambda o: (o[stamp], o["id"]))
        page_size = values.get(names["max"], MAX_PER_PAGE)
        return _PageState(api, [o["id"] for o in matches], 0, page_size, digest, self.sandbox.now(),
                          bound_name, before)

    def _slice(self, state: _PageState, page_size: int) -> tuple[list[str], str | None]:
        ids = state.ids[state.offset:state.offset + page_size]
        end = state.offset + page_size
        if end >= len(state.ids):
            return ids, None
        following = _PageState(state.api, state.ids, end, page_size, state.digest, state.issued,
                               state.bound_name, state.bound)
        return ids, self.sandbox.new_page_token(following)


def _matches_filters(order: dict[str, Any], values: dict[str, Any], api: str) -> bool:
    if api == "v0":
        checks = [("MarketplaceIds", order["marketplace_id"]), ("OrderStatuses", order["status"]),
                  ("FulfillmentChannels", order["fulfillment"]), ("AmazonOrderIds", order["id"])]
        singles = [("BuyerEmail", order.get("buyer_email")), ("SellerOrderId", order.get("seller_order_id"))]
    else:
        checks = [("marketplaceIds", order["marketplace_id"]),
                  ("fulfillmentStatuses", V0_TO_2026_STATUS[order["status"]]),
                  ("fulfilledBy", FULFILLED_BY[order["fulfillment"]])]
        singles = []
    return (all(name not in values or value in values[name] for name, value in checks)
            and all(name not in values or value == values[name] for name, value in singles))


def _digest(items: list[tuple[str, str]]) -> str:
    """The original query minus what may change between pages (spec: maxResultsPerPage, includedData)."""
    kept = sorted((name, ",".join(sorted(value.split(",")))) for name, value in items
                  if name not in ("paginationToken", "maxResultsPerPage", "includedData"))
    return hashlib.sha256(json.dumps(kept).encode()).hexdigest()


async def _json_body(request: Request) -> Any:
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("The request body is not JSON") from None


async def _not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    body = _error_body(404 if status == 404 else 400, "Resource not found" if status == 404 else "Bad request")
    return Response(json.dumps(body), status, {"x-amzn-RequestId": str(uuid.uuid4())},
                    media_type="application/json")


def create_amazon_sandbox(orders: list[Mapping[str, Any]], *, token_ttl: float = 3600,
                          clients: Mapping[str, str] | None = None, refresh_tokens: set[str] | None = None,
                          clock: Callable[[], float] = time.monotonic,
                          now: Callable[[], datetime] = lambda: datetime.now(UTC),
                          usage_plans: Mapping[str, tuple[float, int]] | None = None,
                          items_page_size: int = 100, buyer_info_in_orders: bool = True,
                          pii_roles: bool = True) -> Starlette:
    """The app; its state and knobs are `app.state.sandbox`. `clock` (monotonic seconds) drives token
    expiry and the buckets, `now` (aware UTC) the time rules: share a fake clock with the client to
    test expiry and throttling without waiting."""
    sandbox = AmazonSandbox(
        orders={o["id"]: o for o in map(checked_seed, orders)},
        clients=dict(clients or {DEFAULT_CLIENT_ID: DEFAULT_CLIENT_SECRET}),
        refresh_tokens=set(refresh_tokens or {DEFAULT_REFRESH_TOKEN}),
        token_ttl=token_ttl, clock=clock, now=now, usage_plans=dict(usage_plans or {}),
        items_page_size=items_page_size, buyer_info_in_orders=buyer_info_in_orders, pii_roles=pii_roles,
    )
    handlers = _Handlers(sandbox)
    routes = [Route("/auth/o2/token", handlers.token, methods=["POST"])]
    routes += [Route(op.path, handlers.endpoint(op), methods=[op.method.upper()]) for op in OPERATIONS]
    routes += [Route("/uploads/2020-11-01/uploadDestinations/{resource:path}", handlers.create_upload_destination,
                     methods=["POST"]),
               Route("/sandbox-s3/{destination:path}", handlers.receive_upload, methods=["PUT"])]
    app = Starlette(routes=routes, exception_handlers={404: _not_found, 405: _not_found})
    app.state.sandbox = sandbox
    return app
