"""The sandbox's cost rules, leaky bucket, search syntax and cursor pagination, without HTTP."""

from __future__ import annotations

import base64
import json

import pytest
from graphql import GraphQLError, parse
from hypothesis import given
from hypothesis import strategies as st

from desk.sandbox.shopify import (
    LeakyBucket,
    QueryCost,
    SearchTerm,
    decode_cursor,
    load_admin_schema,
    paginate,
    parse_search,
    validation_errors,
)
from tests.integration.shopify.shopify_seeds import FakeClock


@pytest.fixture(scope="module")
def schema():
    return load_admin_schema()


def requested(schema, query: str, variables: dict | None = None) -> int:
    document = parse(query)
    assert validation_errors(schema, document) == []
    return QueryCost(schema, document, variables or {}).requested(document.definitions[0])


@pytest.mark.parametrize(("query", "cost"), [
    ("{ shop { name currencyCode } }", 1),  # object 1, scalars and enums 0
    ("{ orders(first: 5) { nodes { id name } } }", 2 + 5 * 1),
    ("{ orders(first: 5) { edges { cursor node { id } } pageInfo { hasNextPage } } }", 2 + 5 * 1),
    ("{ orders(last: 4) { nodes { totalPriceSet { shopMoney { amount } } } } }", 2 + 4 * 3),
    ('{ order(id: "gid://shopify/Order/1") { fulfillments(first: 4) { id trackingInfo(first: 2) { number } } } }',
     1 + 4 * (1 + 2 * 1)),
    ('{ order(id: "gid://shopify/Order/1") { lineItems(first: 3) { nodes { id } } } }', 1 + 2 + 3 * 1),
    ('{ node(id: "gid://shopify/Order/1") { id ... on Order { customer { id } } } }', 1 + 1),
    ('mutation { customerDelete(input: {id: "gid://shopify/Customer/1"}) { deletedCustomerId } }', 10 + 1),
    ("query Q { ...F } fragment F on QueryRoot { orders(first: 2) { nodes { customer { id } } } }", 2 + 2 * 2),
])
def test_requested_cost_follows_shopifys_rules(schema, query, cost):
    assert requested(schema, query) == cost


def test_requested_cost_reads_page_sizes_from_variables(schema):
    query = "query Q($n: Int!) { orders(first: $n) { nodes { id } } }"
    assert requested(schema, query, {"n": 10}) == 12
    assert requested(schema, query, {"n": 100}) == 102
    assert requested(schema, "query Q($n: Int = 7) { orders(first: $n) { nodes { id } } }") == 9


def test_actual_cost_counts_what_came_back(schema):
    document = parse("{ orders(first: 10) { nodes { id customer { id } } } }")
    data = {"orders": {"nodes": [{"id": "1", "customer": {"id": "c"}}, {"id": "2", "customer": None}]}}
    cost = QueryCost(schema, document, {})
    assert cost.requested(document.definitions[0]) == 2 + 10 * 2
    assert cost.actual(document.definitions[0], data) == 2 + 2 + 1


def test_leaky_bucket_takes_refills_and_caps():
    clock = FakeClock()
    bucket = LeakyBucket(100, 10, clock)
    assert bucket.try_take(80)
    assert not bucket.try_take(30)
    clock.advance(1.0)
    assert bucket.status()["currentlyAvailable"] == pytest.approx(30)
    assert bucket.try_take(30)
    clock.advance(60)
    assert bucket.status() == {"maximumAvailable": 100.0, "currentlyAvailable": 100.0, "restoreRate": 10.0}
    bucket.drain(5)
    assert bucket.status()["currentlyAvailable"] == 5
    bucket.give_back(500)
    assert bucket.status()["currentlyAvailable"] == 100


def test_search_syntax_terms_operators_and_quotes():
    assert parse_search("updated_at:>='2026-05-01T00:00:00Z' AND email:\"a\\\"b@example.com\"") == [
        SearchTerm("updated_at", ">=", "2026-05-01T00:00:00Z"),
        SearchTerm("email", "", 'a"b@example.com'),
    ]
    assert parse_search(None) == []
    with pytest.raises(GraphQLError):
        parse_search("refund OR return")


ITEMS = [{"id": f"gid://shopify/Thing/{n}", "n": n} for n in range(1, 8)]


def test_pages_carry_opaque_base64_cursors():
    page = paginate(ITEMS, {"first": 3})
    assert [item["n"] for item in page["nodes"]] == [1, 2, 3]
    assert page["pageInfo"]["hasNextPage"] and not page["pageInfo"]["hasPreviousPage"]
    decoded = json.loads(base64.urlsafe_b64decode(page["pageInfo"]["endCursor"]))
    assert decoded == {"last_id": 3, "last_value": 2}
    following = paginate(ITEMS, {"first": 3, "after": page["pageInfo"]["endCursor"]})
    assert [item["n"] for item in following["nodes"]] == [4, 5, 6]
    assert following["pageInfo"]["hasPreviousPage"]


def test_backwards_and_reversed_pages():
    last = paginate(ITEMS, {"last": 2})
    assert [item["n"] for item in last["nodes"]] == [6, 7]
    before = paginate(ITEMS, {"last": 2, "before": last["pageInfo"]["startCursor"]})
    assert [item["n"] for item in before["nodes"]] == [4, 5]
    assert [item["n"] for item in paginate(ITEMS, {"first": 2, "reverse": True})["nodes"]] == [7, 6]


@pytest.mark.parametrize("args", [{}, {"first": 251}, {"last": 300}, {"first": -1}])
def test_page_size_is_required_and_at_most_250(args):
    with pytest.raises(GraphQLError):
        paginate(ITEMS, args)


@pytest.mark.parametrize("cursor", ["not base64!", base64.b64encode(b"[1, 2]").decode(),
                                    base64.b64encode(b'{"last_id": "x", "last_value": 1}').decode()])
def test_foreign_cursors_are_refused(cursor):
    with pytest.raises(GraphQLError, match="Invalid cursor"):
        decode_cursor(cursor)


@given(st.integers(min_value=0, max_value=40), st.integers(min_value=1, max_value=9), st.booleans())
def test_paging_yields_every_item_once_in_order(count, size, reverse):
    items = [{"id": f"gid://shopify/Thing/{n}"} for n in range(count)]
    seen, after = [], None
    while True:
        page = paginate(items, {"first": size, "after": after, "reverse": reverse})
        seen.extend(page["nodes"])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == (items[::-1] if reverse else items)
