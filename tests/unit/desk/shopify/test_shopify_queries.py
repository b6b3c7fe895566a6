"""Desk's Admin GraphQL documents against Shopify's published 2026-10 schema, and the version."""

from __future__ import annotations

import gzip
import hashlib
import re
from importlib import resources

import pytest
from graphql import parse, validate

from desk.connectors.shopify import actions, queries
from desk.connectors.shopify.admin import API_VERSION
from desk.connectors.shopify.orders import DEFAULT_PAGE_SIZE
from desk.sandbox import shopify as sandbox
from desk.sandbox.shopify import MAX_QUERY_COST, QueryCost, load_admin_schema
from tests.helpers.specs import shared_specs_or_skip

# sha256 of @shopify/dev-mcp@1.16.0 dist/data/admin_2026-10.json.gz, as shipped (specs/SOURCES.md)
PUBLISHED_GZ_SHA256_PREFIX = "f3b522f264556925"
DOCUMENTS = {**queries.ALL_QUERIES, **actions.ALL_DOCUMENTS}


@pytest.fixture(scope="module")
def schema():
    return load_admin_schema()


def test_packaged_schema_is_shopifys_published_file_with_its_license():
    folder = resources.files("desk.sandbox").joinpath("specs", "shopify")
    raw = folder.joinpath(f"admin_{API_VERSION}.introspection.json.gz").read_bytes()
    assert hashlib.sha256(raw).hexdigest().startswith(PUBLISHED_GZ_SHA256_PREFIX)
    assert "Shopify Inc." in folder.joinpath("LICENSE").read_text()


def test_desk_speaks_the_newest_admin_version_whose_schema_is_published_beside_it():
    folder = shared_specs_or_skip() / "shopify"
    versions = sorted(re.fullmatch(r"admin_(\d{4}-\d\d)\.introspection\.json(\.gz)?", p.name)[1]
                      for p in folder.iterdir() if p.name.startswith("admin_"))
    assert API_VERSION == versions[-1] == sandbox.API_VERSION
    assert API_VERSION in sandbox.SUPPORTED_VERSIONS


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_document_validates_against_the_schema(schema, name):
    errors = validate(schema, parse(DOCUMENTS[name]))
    assert [e.message for e in errors] == []


def test_no_document_uses_a_deprecated_field_or_argument(schema):
    for name, document in DOCUMENTS.items():
        assert [e.message for e in validate(schema, parse(document), [sandbox.DeprecatedUseRule])] == [], name


def test_every_document_stays_under_shopifys_cost_ceiling(schema):
    for name, text in DOCUMENTS.items():
        document = parse(text)
        assert QueryCost(schema, document, {"first": DEFAULT_PAGE_SIZE}).requested(document.definitions[0]) \
            < MAX_QUERY_COST, name


def test_validation_catches_fields_2026_10_no_longer_has(schema):
    """`Customer.email` is deprecated and `Return.returnLineItems { returnReason }` only through the
    interface; a field that does not exist at all must fail here, not in production."""
    wrong = queries.CUSTOMERS_BY_EMAIL.replace("defaultEmailAddress { emailAddress }", "defaultEmail")
    messages = [e.message for e in validate(schema, parse(wrong))]
    assert messages and "defaultEmail" in messages[0] and "Customer" in messages[0]


def test_orders_are_read_as_lists_and_connections_as_2026_10_defines_them(schema):
    order = schema.get_type("Order")
    assert str(order.fields["fulfillments"].type) == "[Fulfillment!]!"
    assert str(order.fields["refunds"].type) == "[Refund!]!"
    assert str(order.fields["lineItems"].type) == "LineItemConnection!"
    assert "UPDATED_AT" in schema.get_type("OrderSortKeys").values
    assert "idempotent" in {d.name for d in schema.directives}


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
