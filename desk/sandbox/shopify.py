"""A local Shopify Admin GraphQL API (2026-10) for tests and the demo.

Every request is parsed and validated against Shopify's published 2026-10 schema (the
introspection stored beside this module), so a query that would fail against Shopify fails here.
Versions behave as Shopify's do: 2026-01 to 2026-10 are supported and answer as asked (all of them
validated against the 2026-10 schema, the only one stored); an older, retired version is answered
by the oldest supported one, and every answer names its version in `X-Shopify-API-Version`.
Tokens are a static custom-app token or ones granted by the client-credentials grant
(`POST /admin/oauth/access_token`), which expire on the sandbox's clock.
Valid queries run through graphql-core over seeded orders and customers: seed dicts use the
GraphQL field names (camelCase) and are served as they are, connections are paged with opaque
base64 cursors, and a field the seed data does not hold is an error naming that field rather
than a silent null. Query cost follows Shopify's published rules (scalars and enums 0, objects
1, connections 2 + page size × node cost, mutations 10) and is charged to a leaky bucket; an
empty bucket answers with Shopify's THROTTLED body.

Seed shapes (extra keys are fine; a missing key is only an error if a query asks for it):
- order: {"id": "gid://shopify/Order/1", "name": "#1001", "createdAt": iso, "updatedAt": iso,
  "customer": "gid://shopify/Customer/7" | None, "lineItems": [...], "fulfillments": [...],
  "refunds": [...], "returns": [...], ...} — list-valued fields are served as lists or as
  connections, whichever the schema says.
- customer: {"id": "gid://shopify/Customer/7", "displayName": ...,
  "defaultEmailAddress": {"emailAddress": ...} | None, ...}; its `orders` are the seeded orders
  that reference it.

Tests reach the running state through `app.state.sandbox` (a ShopifySandbox): queue faults
(HTTP status, delay, truncated JSON, rewritten bodies), drain the bucket, read the call log.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import copy
import functools
import gzip
import hmac
import json
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    build_client_schema,
    execute,
    get_named_type,
    get_nullable_type,
    get_operation_ast,
    is_abstract_type,
    is_leaf_type,
    is_list_type,
    parse,
    specified_rules,
    validate,
)
from graphql.error import GraphQLSyntaxError
from graphql.validation import NoDeprecatedCustomRule
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desk.sandbox.serve import token_request_fields
from desk.sandbox.shopify_actions import (
    OrderActions,
    idempotency_key,
    prepare_order,
    return_reason_definitions,
    suggested_refund,
)

API_VERSION = "2026-10"  # the schema stored beside this module
SCHEMA_FILE = f"admin_{API_VERSION}.introspection.json.gz"
SUPPORTED_VERSIONS = ("2026-01", "2026-04", "2026-07", "2026-10")  # as of December 2026
DEFAULT_ACCESS_TOKEN = "shpat_sandbox_0000000000000000"
GRANTED_TOKEN_LIFETIME = 86_399  # seconds; Shopify documents "about 24 hours"
MAX_PAGE_SIZE = 250
MAX_QUERY_COST = 1000
MUTATION_COST = 10
RATE_LIMIT_DOCS = "https://shopify.dev/api/usage/rate-limits"
DEPRECATION_DOCS = "https://shopify.dev/api/usage/versioning#deprecation-practices"
INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)"


# --- the schema -------------------------------------------------------------------------------


@functools.cache
def load_admin_schema() -> GraphQLSchema:
    """The 2026-10 Admin schema, built once per process from the packaged introspection.
    (graphql-core 3.3 refuses it, see pyproject.toml; 3.2 builds it as published.)"""
    packaged = resources.files("desk.sandbox").joinpath("specs", "shopify", SCHEMA_FILE)
    introspection = json.loads(gzip.decompress(packaged.read_bytes()))["data"]
    return build_client_schema(introspection)


class DeprecatedUseRule(NoDeprecatedCustomRule):
    """graphql-core's rule, except for deprecated field arguments: 3.2 reads their field's AST
    node, which a schema built from introspection does not have (an AttributeError)."""

    def enter_argument(self, node: Any, *_args: Any) -> None:
        argument = self.context.get_argument()
        if argument is not None and argument.deprecation_reason is not None:
            self.report_error(GraphQLError(f"Argument '{node.name.value}' is deprecated. "
                                           f"{argument.deprecation_reason}", node))


def served_version(asked: str) -> str | None:
    """The version Shopify answers a request for `asked` with (None: 404). A retired version is
    answered, silently, by the oldest supported one."""
    if asked in SUPPORTED_VERSIONS:
        return asked
    if re.fullmatch(r"\d{4}-(01|04|07|10)", asked) and asked < SUPPORTED_VERSIONS[0]:
        return SUPPORTED_VERSIONS[0]
    return None


# --- query cost -------------------------------------------------------------------------------

_REQUESTED = object()  # walking the query alone (requested cost), not a result (actual cost)


class QueryCost:
    """Shopify's calculated cost of one operation, requested (static) or actual (over its data)."""

    def __init__(self, schema: GraphQLSchema, document: DocumentNode, variables: Mapping[str, Any]):
        self.schema = schema
        self.given_variables = variables
        self.variables: Mapping[str, Any] = variables  # with the operation's defaults, once it is known
        self.fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}

    def requested(self, operation: OperationDefinitionNode) -> int:
        return self._operation(operation, _REQUESTED)

    def actual(self, operation: OperationDefinitionNode, data: Any) -> int:
        return self._operation(operation, data) if isinstance(data, Mapping) else 0

    def _operation(self, operation: OperationDefinitionNode, data: Any) -> int:
        self.variables = _int_defaults(operation) | dict(self.given_variables)
        if operation.operation == OperationType.MUTATION:
            return MUTATION_COST + self._selections(operation.selection_set, self.schema.mutation_type, data)
        return self._selections(operation.selection_set, self.schema.query_type, data)

    def _selections(self, selection_set: SelectionSetNode | None, parent: Any, value: Any) -> int:
        if selection_set is None:
            return 0
        if is_abstract_type(parent):
            concrete = self.schema.get_possible_types(parent)
            return max((self._selections(selection_set, c, value) for c in concrete), default=0)
        return sum(self._field(node, parent, value) for node in self._fields(selection_set, parent))

    def _fields(self, selection_set: SelectionSetNode, parent: GraphQLObjectType) -> Iterable[FieldNode]:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                yield selection
            elif isinstance(selection, InlineFragmentNode):
                if selection.type_condition is None or self._applies(selection.type_condition.name.value, parent):
                    yield from self._fields(selection.selection_set, parent)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments[selection.name.value]
                if self._applies(fragment.type_condition.name.value, parent):
                    yield from self._fields(fragment.selection_set, parent)

    def _applies(self, type_name: str, concrete: GraphQLObjectType) -> bool:
        condition = self.schema.get_type(type_name)
        return condition is concrete or (is_abstract_type(condition) and self.schema.is_sub_type(condition, concrete))

    def _field(self, node: FieldNode, parent: GraphQLObjectType, value: Any) -> int:
        name = node.name.value
        if name.startswith("__"):
            return 0
        definition = parent.fields[name]
        named = get_named_type(definition.type)
        if is_leaf_type(named):
            return 0
        child = value
        if value is not _REQUESTED:
            child = value.get(node.alias.value if node.alias else name) if isinstance(value, Mapping) else None
            if child is None:
                return 0
        if _is_connection(named):
            return self._connection(node, named, child)
        if is_list_type(get_nullable_type(definition.type)):
            return self._list(node, named, child, self._argument(node, "first") or 1)
        return 1 + self._selections(node.selection_set, named, child)

    def _list(self, node: FieldNode, item_type: Any, items: Any, size: int) -> int:
        if items is _REQUESTED:
            return size * (1 + self._selections(node.selection_set, item_type, _REQUESTED))
        if not isinstance(items, list):
            return 0
        return sum(1 + self._selections(node.selection_set, item_type, item) for item in items if item is not None)

    def _connection(self, node: FieldNode, connection: GraphQLObjectType, value: Any) -> int:
        size = self._page_size(node)
        per_page = []
        for part in self._fields(node.selection_set, connection):
            if part.name.value == "nodes":
                node_type = get_named_type(connection.fields["nodes"].type)
                per_page.append(self._list(part, node_type, _key(value, part), size))
            elif part.name.value == "edges":
                per_page.append(self._edges(part, connection, _key(value, part), size))
        return 2 + max(per_page, default=0)

    def _edges(self, edges: FieldNode, connection: GraphQLObjectType, value: Any, size: int) -> int:
        edge_type = get_named_type(connection.fields["edges"].type)
        node_type = get_named_type(edge_type.fields["node"].type)
        node_fields = [f for f in self._fields(edges.selection_set, edge_type) if f.name.value == "node"]
        if value is _REQUESTED:
            return size * max((1 + self._selections(f.selection_set, node_type, _REQUESTED) for f in node_fields),
                              default=0)
        if not isinstance(value, list):
            return 0
        total = 0
        for edge in value:
            returned = [(f, _key(edge, f)) for f in node_fields if _key(edge, f) is not None]
            total += max((1 + self._selections(f.selection_set, node_type, item) for f, item in returned), default=0)
        return total

    def _page_size(self, node: FieldNode) -> int:
        return max(self._argument(node, "first") or 0, self._argument(node, "last") or 0)

    def _argument(self, node: FieldNode, name: str) -> int | None:
        for argument in node.arguments or ():
            if argument.name.value != name:
                continue
            literal = argument.value
            if literal.kind == "variable":
                value = self.variables.get(literal.name.value)
            elif literal.kind == "int_value":
                value = int(literal.value)
            else:
                value = None
            return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None
        return None


def _int_defaults(operation: OperationDefinitionNode) -> dict[str, int]:
    return {d.variable.name.value: int(d.default_value.value) for d in operation.variable_definitions or ()
            if d.default_value is not None and d.default_value.kind == "int_value"}


def _key(value: Any, node: FieldNode) -> Any:
    if value is _REQUESTED:
        return _REQUESTED
    if not isinstance(value, Mapping):
        return None
    return value.get(node.alias.value if node.alias else node.name.value)


def _is_connection(named: Any) -> bool:
    return isinstance(named, GraphQLObjectType) and named.name.endswith("Connection") and "pageInfo" in named.fields


# --- the leaky bucket -------------------------------------------------------------------------


class LeakyBucket:
    """Points available to one app on one store; refills at `restore_rate` per second."""

    def __init__(self, size: float, restore_rate: float, clock: Callable[[], float]):
        self.size = float(size)
        self.restore_rate = float(restore_rate)
        self._clock = clock
        self._available = self.size
        self._at = clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._available = min(self.size, self._available + max(0.0, now - self._at) * self.restore_rate)
        self._at = now

    def try_take(self, points: float) -> bool:
        with self._lock:
            self._refill()
            if points > self._available:
                return False
            self._available -= points
            return True

    def give_back(self, points: float) -> None:
        with self._lock:
            self._refill()
            self._available = min(self.size, self._available + max(0.0, points))

    def drain(self, leave: float = 0.0) -> None:
        """Empty the bucket down to `leave` points (another app on the store spent them)."""
        with self._lock:
            self._refill()
            self._available = min(self._available, float(leave))

    def status(self) -> dict[str, float]:
        with self._lock:
            self._refill()
            return {"maximumAvailable": self.size, "currentlyAvailable": self._available,
                    "restoreRate": self.restore_rate}


# --- search syntax ----------------------------------------------------------------------------

_TERM = re.compile(r"""(?P<field>[a-z_]+):(?P<op><=|>=|<|>|)(?P<value>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s'"]+)""")
_CONNECTIVE = re.compile(r"AND\b")


@dataclass(frozen=True, slots=True)
class SearchTerm:
    field: str
    op: str  # "", "<", "<=", ">", ">="
    value: str


def parse_search(text: str | None) -> list[SearchTerm]:
    """Shopify search syntax, the subset the sandbox models: `field:value` terms joined by
    spaces or AND, comparison operators, single- or double-quoted values."""
    terms: list[SearchTerm] = []
    position, text = 0, text or ""
    while position < len(text):
        if text[position].isspace():
            position += 1
            continue
        if connective := _CONNECTIVE.match(text, position):
            position = connective.end()
            continue
        term = _TERM.match(text, position)
        if term is None:
            raise GraphQLError(f"The Desk Shopify sandbox cannot read the search query near {text[position:][:30]!r}")
        terms.append(SearchTerm(term["field"], term["op"], _unquote(term["value"])))
        position = term.end()
    return terms


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _search_time(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise GraphQLError(f"Invalid date in search query: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _compare(left: Any, op: str, right: Any) -> bool:
    return {"": left == right, "<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]


def _time_filter(key: str) -> Callable[[Mapping[str, Any], SearchTerm], bool]:
    return lambda record, term: _compare(_seed_time(record, key), term.op, _search_time(term.value))


def _text_filter(key: str) -> Callable[[Mapping[str, Any], SearchTerm], bool]:
    return lambda record, term: (record.get(key) or "").casefold() == term.value.casefold()


ORDER_FILTERS: dict[str, Callable[[Mapping[str, Any], SearchTerm], bool]] = {
    "updated_at": _time_filter("updatedAt"),
    "created_at": _time_filter("createdAt"),
    "processed_at": _time_filter("processedAt"),
    "email": _text_filter("email"),
    "name": lambda order, term: order.get("name", "").lstrip("#") == term.value.lstrip("#"),
    "customer_id": lambda order, term: _legacy_id(_customer_id(order)) == _int_or_none(term.value),
}
def _contact_filter(key: str, inner: str) -> Callable[[Mapping[str, Any], SearchTerm], bool]:
    def matches(record: Mapping[str, Any], term: SearchTerm) -> bool:
        contact = record.get(key)
        value = contact.get(inner) if isinstance(contact, Mapping) else None
        return (value or "").casefold() == term.value.casefold()
    return matches


CUSTOMER_FILTERS: dict[str, Callable[[Mapping[str, Any], SearchTerm], bool]] = {
    "email": _contact_filter("defaultEmailAddress", "emailAddress"),
    "phone": _contact_filter("defaultPhoneNumber", "phoneNumber"),
    "updated_at": _time_filter("updatedAt"),
}


def _matching(records: Iterable[Mapping[str, Any]], query: str | None, filters: Mapping[str, Callable]) -> list:
    terms = parse_search(query)
    for term in terms:
        if term.field not in filters:
            raise GraphQLError(f"The Desk Shopify sandbox does not support the search filter {term.field!r}")
    return [r for r in records if all(filters[t.field](r, t) for t in terms)]


# --- pagination -------------------------------------------------------------------------------


def encode_cursor(last_value: Any, last_id: int) -> str:
    raw = json.dumps({"last_id": last_id, "last_value": last_value}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode()


def decode_cursor(cursor: str) -> tuple[Any, int]:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        key = (decoded["last_value"], decoded["last_id"])
    except (binascii.Error, ValueError, TypeError, KeyError, UnicodeError):
        raise GraphQLError("Invalid cursor for current pagination.") from None
    if not isinstance(key[1], int):
        raise GraphQLError("Invalid cursor for current pagination.")
    return key


def paginate(items: list[Any], args: Mapping[str, Any], sort_value: Callable[[Any, int], Any] | None = None) -> dict:
    """A Relay connection over `items` (seed order, or ascending by `sort_value`; `reverse` flips)."""
    first, last = args.get("first"), args.get("last")
    _check_page_size(first, last)
    keyed = sorted(((_sort_key(item, index, sort_value), item) for index, item in enumerate(items)),
                   key=lambda pair: pair[0], reverse=bool(args.get("reverse")))
    start, end = 0, len(keyed)
    reverse = bool(args.get("reverse"))
    if args.get("after"):
        start = _position_past(keyed, decode_cursor(args["after"]), reverse, inclusive=False)
    if args.get("before"):
        end = max(start, _position_past(keyed, decode_cursor(args["before"]), reverse, inclusive=True))
    if first is not None:
        end = min(end, start + first)
    if last is not None:
        start = max(start, end - last)
    window = keyed[start:end]
    edges = [{"cursor": encode_cursor(*key), "node": item} for key, item in window]
    return {
        "edges": edges,
        "nodes": [item for _, item in window],
        "pageInfo": {
            "hasNextPage": end < len(keyed),
            "hasPreviousPage": start > 0,
            "startCursor": edges[0]["cursor"] if edges else None,
            "endCursor": edges[-1]["cursor"] if edges else None,
        },
    }


def _check_page_size(first: Any, last: Any) -> None:
    if first is None and last is None:
        raise GraphQLError("you must provide one of first or last")
    for name, size in (("first", first), ("last", last)):
        if size is not None and not 0 <= size <= MAX_PAGE_SIZE:
            raise GraphQLError(f"The value of the '{name}' argument ({size}) must be between 0 and {MAX_PAGE_SIZE}.")


def _sort_key(item: Any, index: int, sort_value: Callable[[Any, int], Any] | None) -> tuple[Any, int]:
    identity = _legacy_id(item.get("id")) if isinstance(item, Mapping) else None
    value = index if sort_value is None else sort_value(item, index)
    return (value, identity if identity is not None else index)


def _position_past(keyed: list[tuple[tuple[Any, int], Any]], cursor_key: tuple[Any, int], reverse: bool,
                   *, inclusive: bool) -> int:
    """Index of the first item that comes after `cursor_key` in this ordering (or at it, if inclusive)."""
    for position, (key, _) in enumerate(keyed):
        try:
            past = (key <= cursor_key if inclusive else key < cursor_key) if reverse else (
                key >= cursor_key if inclusive else key > cursor_key)
        except TypeError:
            raise GraphQLError("Invalid cursor for current pagination.") from None
        if past:
            return position
    return len(keyed)


# --- seed data --------------------------------------------------------------------------------


def _legacy_id(gid: Any) -> int | None:
    if isinstance(gid, str) and (digits := gid.rsplit("/", 1)[-1]).isdigit():
        return int(digits)
    return None


def _int_or_none(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _customer_id(order: Mapping[str, Any]) -> str | None:
    customer = order.get("customer")
    return customer.get("id") if isinstance(customer, Mapping) else customer


def _seed_time(record: Mapping[str, Any], key: str) -> datetime:
    value = record.get(key)
    if not isinstance(value, str):
        raise GraphQLError(f"The Desk Shopify sandbox has no {key} for {record.get('id')!r}")
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _timestamp(key: str) -> Callable[[Mapping[str, Any], int], float]:
    return lambda record, _index: _seed_time(record, key).timestamp()


ORDER_SORT_KEYS: dict[str, Callable[[Mapping[str, Any], int], Any]] = {
    "ID": lambda order, index: _legacy_id(order.get("id")) or index,
    "UPDATED_AT": _timestamp("updatedAt"),
    "CREATED_AT": _timestamp("createdAt"),
    "PROCESSED_AT": _timestamp("processedAt"),
    "ORDER_NUMBER": lambda order, index: int(re.sub(r"\D", "", order.get("name", "")) or index),
}
CUSTOMER_SORT_KEYS: dict[str, Callable[[Mapping[str, Any], int], Any]] = {
    "ID": lambda customer, index: _legacy_id(customer.get("id")) or index,
    "UPDATED_AT": _timestamp("updatedAt"),
}
ABSTRACT_DEFAULTS = {"ReturnLineItemType": "ReturnLineItem"}


class SeedData:
    """Orders and customers as the sandbox serves them (deep copies of the seeds)."""

    def __init__(self, orders: Iterable[Mapping[str, Any]], customers: Iterable[Mapping[str, Any]]):
        self.orders = [copy.deepcopy(dict(order)) for order in orders]
        self.customers = [copy.deepcopy(dict(customer)) for customer in customers]
        self.orders_by_id = {order.get("id"): order for order in self.orders}
        self.customers_by_id = {customer.get("id"): customer for customer in self.customers}
        for order in self.orders:
            prepare_order(order)
        self.actions = OrderActions(self.orders_by_id)
        self.return_reasons = return_reason_definitions()


def _sorted_connection(records: list, args: Mapping[str, Any], sort_keys: Mapping[str, Callable], filters: Mapping,
                       default_sort: str = "ID") -> dict:
    sort_key = args.get("sortKey") or default_sort
    if sort_key not in sort_keys:
        raise GraphQLError(f"The Desk Shopify sandbox does not support sortKey {sort_key}")
    if args.get("savedSearchId"):
        raise GraphQLError("The Desk Shopify sandbox does not support savedSearchId")
    return paginate(_matching(records, args.get("query"), filters), args, sort_keys[sort_key])


def _root_orders(data: SeedData, _source: Any, args: Mapping[str, Any]) -> dict:
    return _sorted_connection(data.orders, args, ORDER_SORT_KEYS, ORDER_FILTERS)


def _root_customers(data: SeedData, _source: Any, args: Mapping[str, Any]) -> dict:
    return _sorted_connection(data.customers, args, CUSTOMER_SORT_KEYS, CUSTOMER_FILTERS)


def _customer_orders(data: SeedData, customer: Mapping[str, Any], args: Mapping[str, Any]) -> dict:
    own = [order for order in data.orders if _customer_id(order) == customer.get("id")]
    return _sorted_connection(own, args, ORDER_SORT_KEYS, ORDER_FILTERS)


def _order_customer(data: SeedData, order: Mapping[str, Any], _args: Mapping[str, Any]) -> Any:
    if "customer" not in order:
        raise GraphQLError("The Desk Shopify sandbox has no data for Order.customer")
    reference = order["customer"]
    if isinstance(reference, str):
        return data.customers_by_id.get(reference)
    return reference


def _return_create(data: SeedData, _source: Any, args: Mapping[str, Any], _info: Any) -> dict:
    return data.actions.return_create(args, {reason["id"]: reason for reason in data.return_reasons})


SPECIAL_RESOLVERS: dict[tuple[str, str], Callable[[SeedData, Any, Mapping[str, Any], Any], Any]] = {
    ("QueryRoot", "orders"): lambda data, source, args, _info: _root_orders(data, source, args),
    ("QueryRoot", "customers"): lambda data, source, args, _info: _root_customers(data, source, args),
    ("QueryRoot", "order"): lambda data, _source, args, _info: data.orders_by_id.get(args["id"]),
    ("QueryRoot", "customer"): lambda data, _source, args, _info: data.customers_by_id.get(args["id"]),
    ("QueryRoot", "returnReasonDefinitions"): lambda data, _source, args, _info: paginate(data.return_reasons, args),
    ("Customer", "orders"): lambda data, source, args, _info: _customer_orders(data, source, args),
    ("Order", "customer"): lambda data, source, args, _info: _order_customer(data, source, args),
    ("Order", "suggestedRefund"): lambda _data, order, args, _info: suggested_refund(order, args),
    ("Mutation", "refundCreate"): lambda data, _source, args, info: data.actions.refund_create(
        args, idempotency_key(info)),
    ("Mutation", "orderCancel"): lambda data, _source, args, _info: data.actions.order_cancel(args),
    ("Mutation", "returnCreate"): _return_create,
    ("Mutation", "orderUpdate"): lambda data, _source, args, _info: data.actions.order_update(args),
    ("Mutation", "tagsAdd"): lambda data, _source, args, _info: data.actions.tags_add(args),
}


PAGING_ARGUMENTS = frozenset({"first", "after", "last", "before", "reverse"})


def resolve_field(source: Any, info: Any, **args: Any) -> Any:
    special = SPECIAL_RESOLVERS.get((info.parent_type.name, info.field_name))
    if special is not None:
        return special(info.context, source, args, info)
    where = f"{info.parent_type.name}.{info.field_name}"
    if not isinstance(source, Mapping) or info.field_name not in source:
        raise GraphQLError(f"The Desk Shopify sandbox has no data for {where}")
    _refuse_other_arguments(info, args, where)
    value = source[info.field_name]
    if _is_connection(get_named_type(info.return_type)):
        return paginate(value or [], args)
    if isinstance(value, list) and isinstance(args.get("first"), int):
        return value[: args["first"]]
    return value


def _refuse_other_arguments(info: Any, args: Mapping[str, Any], where: str) -> None:
    """Seed values cannot honour filters or sort keys: such arguments are errors, not ignored."""
    definitions = info.parent_type.fields[info.field_name].args
    for name, value in args.items():
        if name not in PAGING_ARGUMENTS and value != definitions[name].default_value:
            raise GraphQLError(f"The Desk Shopify sandbox does not support the argument {name!r} of {where}")


def resolve_type(value: Any, _info: Any, abstract_type: Any) -> str:
    if isinstance(value, Mapping) and isinstance(value.get("__typename"), str):
        return value["__typename"]
    if abstract_type.name in ABSTRACT_DEFAULTS:
        return ABSTRACT_DEFAULTS[abstract_type.name]
    raise GraphQLError(f"The Desk Shopify sandbox needs a __typename for {abstract_type.name} values")


# --- error bodies -----------------------------------------------------------------------------

RUBY_CODES = {  # graphql-ruby's codes, which Shopify's validation errors carry
    "FieldsOnCorrectTypeRule": "undefinedField",
    "KnownArgumentNamesRule": "argumentNotAccepted",
    "ProvidedRequiredArgumentsRule": "missingRequiredArguments",
    "ScalarLeafsRule": "selectionMismatch",
    "KnownTypeNamesRule": "undefinedType",
    "ValuesOfCorrectTypeRule": "argumentLiteralsIncompatible",
    "VariablesInAllowedPositionRule": "variableMismatch",
    "NoUndefinedVariablesRule": "variableNotDefined",
    "NoUnusedVariablesRule": "variableNotUsed",
    "KnownFragmentNamesRule": "useAndDefineFragment",
    "NoUnusedFragmentsRule": "useAndDefineFragment",
}
_UNDEFINED_FIELD = re.compile(r"Cannot query field '(?P<field>\w+)' on type '(?P<type>\w+)'")


def validation_errors(schema: GraphQLSchema, document: DocumentNode) -> list[dict[str, Any]]:
    """The document's validation errors as Shopify words them (empty if valid)."""
    if not validate(schema, document):
        return []
    errors = []
    for rule in specified_rules:
        for error in validate(schema, document, [rule]):
            errors.append(_ruby_error(error, rule.__name__))
    return errors


def _ruby_error(error: GraphQLError, rule_name: str) -> dict[str, Any]:
    code = RUBY_CODES.get(rule_name) or rule_name.removesuffix("Rule")[:1].lower() + rule_name.removesuffix("Rule")[1:]
    formatted: dict[str, Any] = {"message": error.message, "extensions": {"code": code}}
    if undefined := _UNDEFINED_FIELD.match(error.message):
        formatted["message"] = f"Field '{undefined['field']}' doesn't exist on type '{undefined['type']}'"
        formatted["extensions"].update(typeName=undefined["type"], fieldName=undefined["field"])
    if error.locations:
        formatted["locations"] = [{"line": loc.line, "column": loc.column} for loc in error.locations]
    return formatted


def syntax_error(error: GraphQLSyntaxError) -> dict[str, Any]:
    location = error.locations[0] if error.locations else None
    where = f" at [{location.line}, {location.column}]" if location else ""
    formatted: dict[str, Any] = {"message": f"Parse error{where}: {error.message.removeprefix('Syntax Error: ')}"}
    if location:
        formatted["locations"] = [{"line": location.line, "column": location.column}]
    return formatted


# --- the sandbox ------------------------------------------------------------------------------


@dataclass
class Fault:
    """What the next request gets instead of (or on top of) a normal answer."""

    status: int | None = None  # answer with this HTTP status and Shopify's string-valued errors
    delay: float = 0.0  # seconds before answering (client time-outs)
    truncate: bool = False  # cut the JSON body in half
    rewrite: Callable[[dict[str, Any]], Any] | None = None  # replace the JSON body (wrong types, missing keys)


@dataclass
class Call:
    operation: str | None
    requested_cost: int | None
    throttled: bool


@dataclass
class Answer:
    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class ShopifySandbox:
    """The state behind the app: data, bucket, queued faults, the call log."""

    def __init__(self, data: SeedData, bucket: LeakyBucket, *, access_token: str | None, throttle_status: int,
                 max_query_cost: int, clock: Callable[[], float] = time.monotonic,
                 client_credentials: tuple[str, str] | None = None, token_lifetime: int = GRANTED_TOKEN_LIFETIME):
        self.schema = load_admin_schema()
        self.data = data
        self.bucket = bucket
        self.access_token = access_token  # a legacy custom-app token (None: only granted tokens)
        self.client_credentials = client_credentials  # (client id, client secret) of a Dev Dashboard app
        self.token_lifetime = token_lifetime
        self.granted: dict[str, float] = {}  # granted token -> when it expires, on `clock`
        self.throttle_status = throttle_status
        self.max_query_cost = max_query_cost
        self.faults: deque[Fault] = deque()
        self.calls: list[Call] = []
        self.versions_asked: list[str] = []
        self._clock = clock

    def add_fault(self, fault: Fault, times: int = 1) -> None:
        self.faults.extend([fault] * times)

    def next_fault(self) -> Fault | None:
        try:
            return self.faults.popleft()
        except IndexError:
            return None

    def authorized(self, token: str | None) -> bool:
        if token is None:
            return False
        if self.access_token is not None and hmac.compare_digest(token.encode(), self.access_token.encode()):
            return True
        expires_at = self.granted.get(token)
        return expires_at is not None and self._clock() < expires_at

    def grant(self, form: Mapping[str, Any]) -> tuple[int, dict[str, Any]]:
        """The client-credentials grant: (HTTP status, body)."""
        if form.get("grant_type") != "client_credentials":
            return 400, {"error": "unsupported_grant_type", "error_description": "grant_type must be client_credentials"}
        if self.client_credentials is None or not all(
                isinstance(form.get(k), str) and hmac.compare_digest(form[k].encode(), v.encode())
                for k, v in zip(("client_id", "client_secret"), self.client_credentials)):
            return 401, {"error": "invalid_client", "error_description": "Client authentication failed"}
        token = "shpat_" + secrets.token_hex(16)
        self.granted[token] = self._clock() + self.token_lifetime
        return 200, {"access_token": token, "scope": "read_orders,write_orders,read_customers,read_returns,"
                                                     "write_returns", "expires_in": self.token_lifetime}

    def expire_granted_tokens(self) -> None:
        """Shopify revoked every granted token (an app uninstalled and reinstalled, a rotated secret)."""
        self.granted.clear()

    def run(self, query: str, variables: Mapping[str, Any], operation_name: str | None) -> Answer:
        try:
            document = parse(query)
        except GraphQLSyntaxError as error:
            return Answer({"errors": [syntax_error(error)]})
        errors = validation_errors(self.schema, document)
        if errors:
            return Answer({"errors": errors})
        operation = get_operation_ast(document, operation_name)
        if operation is None:
            message = f'No operation named "{operation_name}"' if operation_name else "An operation name is required"
            return Answer({"errors": [{"message": message, "extensions": {"code": "operationNotFound"}}]})
        return self._charge_and_execute(document, operation, variables)

    def _charge_and_execute(self, document: DocumentNode, operation: OperationDefinitionNode,
                            variables: Mapping[str, Any]) -> Answer:
        cost = QueryCost(self.schema, document, variables)
        requested = cost.requested(operation)
        name = operation.name.value if operation.name else None
        if requested > self.max_query_cost:
            self.calls.append(Call(name, requested, throttled=False))
            return Answer({"errors": [self._max_cost_error(requested)], "extensions": self._cost(requested, None)})
        if not self.bucket.try_take(requested):
            self.calls.append(Call(name, requested, throttled=True))
            return self._throttled(requested)
        result = execute(self.schema, document, context_value=self.data, variable_values=dict(variables),
                         operation_name=name, field_resolver=resolve_field, type_resolver=resolve_type)
        actual = min(requested, cost.actual(operation, result.data))
        self.bucket.give_back(requested - actual)
        self.calls.append(Call(name, requested, throttled=False))
        body: dict[str, Any] = {"data": result.data}  # null when a non-null field failed
        if result.errors:
            body["errors"] = [error.formatted for error in result.errors]
        body["extensions"] = self._cost(requested, actual)
        headers = {"X-Shopify-API-Deprecated-Reason": DEPRECATION_DOCS} if self._uses_deprecated(document) else {}
        return Answer(body, headers=headers)

    def _uses_deprecated(self, document: DocumentNode) -> bool:
        return bool(validate(self.schema, document, [DeprecatedUseRule]))

    def _max_cost_error(self, requested: int) -> dict[str, Any]:
        return {
            "message": f"Query cost is {requested}, which exceeds the single query max cost limit "
                       f"({self.max_query_cost}).",
            "extensions": {"code": "MAX_COST_EXCEEDED", "cost": requested, "maxCost": self.max_query_cost,
                           "documentation": RATE_LIMIT_DOCS},
        }

    def _throttled(self, requested: int) -> Answer:
        body = {
            "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED", "documentation": RATE_LIMIT_DOCS}}],
            "extensions": self._cost(requested, None),
        }
        headers = {}
        if self.throttle_status == 429:
            status = body["extensions"]["cost"]["throttleStatus"]
            wait = (requested - status["currentlyAvailable"]) / max(status["restoreRate"], 1e-9)
            headers["Retry-After"] = str(max(1, int(wait + 0.999)))
        return Answer(body, self.throttle_status, headers)

    def _cost(self, requested: int, actual: int | None) -> dict[str, Any]:
        return {"cost": {"requestedQueryCost": requested, "actualQueryCost": actual,
                         "throttleStatus": self.bucket.status()}}


def create_shopify_sandbox(
    orders: list[dict[str, Any]],
    customers: list[dict[str, Any]],
    *,
    bucket_size: float = 1000,
    restore_rate: float = 50,
    access_token: str | None = DEFAULT_ACCESS_TOKEN,
    clock: Callable[[], float] = time.monotonic,
    throttle_status: int = 200,
    max_query_cost: int = MAX_QUERY_COST,
    client_credentials: tuple[str, str] | None = None,
    token_lifetime: int = GRANTED_TOKEN_LIFETIME,
) -> Starlette:
    """The Admin API of one store. `clock` drives the bucket and granted tokens' expiry (tests
    inject a fake one); `throttle_status` is 200 (Shopify's usual THROTTLED answer) or 429;
    `client_credentials` (id, secret) enables the client-credentials grant."""
    sandbox = ShopifySandbox(SeedData(orders, customers), LeakyBucket(bucket_size, restore_rate, clock),
                             access_token=access_token, throttle_status=throttle_status,
                             max_query_cost=max_query_cost, clock=clock, client_credentials=client_credentials,
                             token_lifetime=token_lifetime)

    async def graphql_endpoint(request: Request) -> Response:
        await request.body()  # received in full before a slow answer: the work is done even if the client left
        fault = sandbox.next_fault()
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.status is not None:
            return _fault_status(fault.status)
        sandbox.versions_asked.append(request.path_params["version"])
        version = served_version(request.path_params["version"])
        if version is None:
            return JSONResponse({"errors": "Not Found"}, 404)
        if not sandbox.authorized(request.headers.get("X-Shopify-Access-Token")):
            return JSONResponse({"errors": INVALID_TOKEN}, 401,
                                headers={"WWW-Authenticate": 'Basic Realm="Shopify API Authentication"'})
        payload = await _graphql_payload(request)
        if isinstance(payload, Response):
            return payload
        answer = sandbox.run(*payload)
        answer.headers["X-Shopify-API-Version"] = version
        return _render(answer, fault)

    async def token_endpoint(request: Request) -> Response:
        form = await token_request_fields(request)
        status, body = sandbox.grant(form)
        return JSONResponse(body, status)

    app = Starlette(routes=[Route("/admin/api/{version}/graphql.json", graphql_endpoint, methods=["POST"]),
                            Route("/admin/oauth/access_token", token_endpoint, methods=["POST"])])
    app.state.sandbox = sandbox
    return app


async def _graphql_payload(request: Request) -> tuple[str, dict[str, Any], str | None] | Response:
    try:
        payload = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        payload = None
    query = payload.get("query") if isinstance(payload, dict) else None
    variables = (payload.get("variables") if isinstance(payload, dict) else None) or {}
    operation_name = payload.get("operationName") if isinstance(payload, dict) else None
    if not isinstance(query, str) or not isinstance(variables, dict):
        return JSONResponse({"errors": {"query": "Required parameter missing or invalid"}}, 400)
    return query, variables, operation_name if isinstance(operation_name, str) else None


def _fault_status(status: int) -> Response:
    headers = {"Retry-After": "2"} if status == 429 else {}
    reason = {429: "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted "
                   "service.", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
              504: "Gateway Timeout"}.get(status, "Error")
    return JSONResponse({"errors": reason}, status, headers=headers)


def _render(answer: Answer, fault: Fault | None) -> Response:
    body = answer.body
    if fault is not None and fault.rewrite is not None:
        body = fault.rewrite(copy.deepcopy(body))
    raw = json.dumps(body).encode()
    if fault is not None and fault.truncate:
        raw = raw[: len(raw) // 2]
    return Response(raw, answer.status, headers=answer.headers, media_type="application/json")
