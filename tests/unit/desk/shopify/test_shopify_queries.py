"""Desk's Admin GraphQL documents against Shopify's published 2025-01 schema."""

from __future__ import annotations

import gzip
import hashlib
from importlib import resources

import pytest
from graphql import parse, validate

from desk.connectors.shopify import queries
from desk.connectors.shopify.orders import DEFAULT_PAGE_SIZE
from desk.sandbox.shopify import MAX_QUERY_COST, QueryCost, load_admin_schema

# sha256 of Shopify/dev-mcp data/admin_schema_2025-01.json.gz, decompressed (specs/SOURCES.md)
PUBLISHED_SHA256_PREFIX = "e76728a6f19a87db"


@pytest.fixture(scope="module")
def schema():
    return load_admin_schema()


def test_packaged_schema_is_shopifys_published_file_with_its_license():
    folder = resources.files("desk.sandbox").joinpath("specs", "shopify")
    raw = gzip.decompress(folder.joinpath("admin_2025-01.introspection.json.gz").read_bytes())
    assert hashlib.sha256(raw).hexdigest().startswith(PUBLISHED_SHA256_PREFIX)
    assert "Shopify Inc." in folder.joinpath("LICENSE").read_text()


@pytest.mark.parametrize("name", sorted(queries.ALL_QUERIES))
def test_every_query_validates_against_2025_01(schema, name):
    errors = validate(schema, parse(queries.ALL_QUERIES[name]))
    assert [e.message for e in errors] == []


def test_validation_catches_a_field_2025_01_does_not_have(schema):
    """`defaultEmailAddress` arrived in 2025-04: a query using it must fail here, not in production."""
    wrong = queries.CUSTOMERS_BY_EMAIL.replace("email phone", "defaultEmailAddress { emailAddress } phone")
    messages = [e.message for e in validate(schema, parse(wrong))]
    assert messages and "defaultEmailAddress" in messages[0] and "Customer" in messages[0]


def test_orders_are_read_as_lists_and_connections_as_2025_01_defines_them(schema):
    order = schema.get_type("Order")
    assert str(order.fields["fulfillments"].type) == "[Fulfillment!]!"
    assert str(order.fields["refunds"].type) == "[Refund!]!"
    assert str(order.fields["lineItems"].type) == "LineItemConnection!"
    assert "UPDATED_AT" in schema.get_type("OrderSortKeys").values


def test_a_default_page_of_orders_stays_under_shopifys_cost_ceiling(schema):
    document = parse(queries.ORDERS_SINCE)
    operation = document.definitions[0]
    default = QueryCost(schema, document, {"first": DEFAULT_PAGE_SIZE}).requested(operation)
    largest = QueryCost(schema, document, {"first": 250}).requested(operation)
    assert default < MAX_QUERY_COST < largest


@pytest.mark.parametrize(("value", "quoted"), [
    ("alice@example.com", '"alice@example.com"'),
    ('o"brien+tag@example.com', '"o\\"brien+tag@example.com"'),
    ("back\\slash@example.com", '"back\\\\slash@example.com"'),
])
def test_search_values_are_quoted_and_escaped(value, quoted):
    assert queries.search_value(value) == quoted
