"""The Shopify sandbox over HTTP: auth, schema validation, execution, cost, throttling, faults."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from desk.sandbox.shopify import API_VERSION, DEPRECATION_DOCS, SUPPORTED_VERSIONS, Fault
from tests.integration.shopify.shopify_seeds import START, TOKEN, FakeClock, customer, order, sandbox_host

ORDERS = [order(1000 + n, START + timedelta(minutes=n)) for n in range(3)]
CUSTOMERS = [customer(7, "alice@example.com") | {"email": "alice@example.com"}]  # + the deprecated field
NAMES = "query Names($first: Int!) { orders(first: $first) { nodes { name } } }"


@pytest.fixture(scope="module")
def host():
    with sandbox_host() as running:
        yield running


@pytest.fixture
def sandbox(host):
    state = host.install(ORDERS, CUSTOMERS, bucket_size=1000, restore_rate=50, clock=FakeClock())  # no refill
    with httpx.Client(base_url=host.url, headers={"X-Shopify-Access-Token": TOKEN}) as http:
        yield http, state


def post(http: httpx.Client, query: str, variables: dict | None = None, version: str = API_VERSION) -> httpx.Response:
    return http.post(f"/admin/api/{version}/graphql.json", json={"query": query, "variables": variables or {}})


@pytest.mark.parametrize("headers", [{}, {"X-Shopify-Access-Token": "shpat_wrong"}])
def test_missing_or_wrong_token_is_401_with_string_errors(sandbox, headers):
    http, _ = sandbox
    response = http.post(f"/admin/api/{API_VERSION}/graphql.json", json={"query": "{ shop { name } }"},
                         headers=headers | {"X-Shopify-Access-Token": headers.get("X-Shopify-Access-Token", "")})
    assert response.status_code == 401
    assert response.json() == {"errors": "[API] Invalid API key or access token (unrecognized login or wrong "
                                         "password)"}
    assert response.headers["www-authenticate"] == 'Basic Realm="Shopify API Authentication"'


@pytest.mark.parametrize("version", ["2019-13", "2027-04", "latest"])
def test_unknown_api_version_is_404(sandbox, version):
    http, _ = sandbox
    assert post(http, NAMES, {"first": 1}, version=version).status_code == 404


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
def test_a_supported_version_answers_as_itself(sandbox, version):
    http, _ = sandbox
    response = post(http, NAMES, {"first": 1}, version=version)
    assert response.status_code == 200 and response.headers["X-Shopify-API-Version"] == version


@pytest.mark.parametrize("version", ["2025-01", "2024-10"])
def test_a_retired_version_is_answered_silently_by_the_oldest_supported_one(sandbox, version):
    http, _ = sandbox
    response = post(http, NAMES, {"first": 1}, version=version)
    assert response.status_code == 200 and "errors" not in response.json()
    assert response.headers["X-Shopify-API-Version"] == SUPPORTED_VERSIONS[0]


def test_a_valid_query_returns_data_and_its_cost(sandbox):
    http, state = sandbox
    body = post(http, NAMES, {"first": 2}).json()
    assert body["data"] == {"orders": {"nodes": [{"name": "#1000"}, {"name": "#1001"}]}}
    cost = body["extensions"]["cost"]
    assert (cost["requestedQueryCost"], cost["actualQueryCost"]) == (4, 4)
    assert cost["throttleStatus"]["maximumAvailable"] == 1000
    assert cost["throttleStatus"]["restoreRate"] == 50
    assert cost["throttleStatus"]["currentlyAvailable"] == 996
    assert [(c.operation, c.requested_cost, c.throttled) for c in state.calls] == [("Names", 4, False)]


def test_a_field_the_schema_lacks_gets_shopifys_validation_error(sandbox):
    http, state = sandbox
    response = post(http, "query Q { orders(first: 1) { nodes { name defaultEmailAddress } } }")
    assert response.status_code == 200
    body = response.json()
    assert "data" not in body
    [error] = body["errors"]
    assert error["message"] == "Field 'defaultEmailAddress' doesn't exist on type 'Order'"
    assert error["extensions"] == {"code": "undefinedField", "typeName": "Order", "fieldName": "defaultEmailAddress"}
    assert error["locations"] == [{"line": 1, "column": 43}]
    assert state.calls == []  # never charged, never run


@pytest.mark.parametrize(("query", "code"), [
    ("query Q { orders(fist: 1) { nodes { name } } }", "argumentNotAccepted"),
    ("query Q { order { name } }", "missingRequiredArguments"),
    ("query Q { orders(first: 1) { nodes { customer } } }", "selectionMismatch"),
    ("query Q($n: Int) { orders(first: 1) { nodes { name } } }", "variableNotUsed"),
])
def test_other_invalid_queries_carry_graphql_ruby_codes(sandbox, query, code):
    http, _ = sandbox
    body = post(http, query).json()
    assert "data" not in body and code in [e["extensions"]["code"] for e in body["errors"]]


def test_syntax_errors_are_parse_errors(sandbox):
    http, _ = sandbox
    [error] = post(http, "query { orders(first: 1) { nodes { name }").json()["errors"]
    assert error["message"].startswith("Parse error at [1, ")


def test_a_valid_field_without_sandbox_data_is_a_clear_error(sandbox):
    http, _ = sandbox
    body = post(http, "query Q { orders(first: 1) { nodes { name poNumber } } }").json()
    assert body["data"]["orders"]["nodes"] == [{"name": "#1000", "poNumber": None}]
    [error] = body["errors"]
    assert error["message"] == "The Desk Shopify sandbox has no data for Order.poNumber"
    assert error["path"] == ["orders", "nodes", 0, "poNumber"]


@pytest.mark.parametrize(("query", "message"), [
    ('query Q { orders(first: 1, query: "tag:vip") { nodes { name } } }', "search filter 'tag'"),
    ("query Q { orders(first: 251) { nodes { name } } }", "between 0 and 250"),
    ("query Q { orders { nodes { name } } }", "you must provide one of first or last"),
    ('query Q { orders(first: 1, after: "bm9wZQ==") { nodes { name } } }', "Invalid cursor"),
    ("query Q { orders(first: 1, sortKey: TOTAL_PRICE) { nodes { name } } }", "sortKey TOTAL_PRICE"),
    ('query Q { orders(first: 1) { nodes { returns(first: 1, query: "status:open") { nodes { id } } } } }',
     "does not support the argument 'query' of Order.returns"),
])
def test_unsupported_or_out_of_range_arguments_are_errors(sandbox, query, message):
    http, _ = sandbox
    body = post(http, query).json()
    assert "data" in body and message in body["errors"][0]["message"]


def test_an_unknown_operation_name_is_an_error(sandbox):
    http, _ = sandbox
    response = http.post(f"/admin/api/{API_VERSION}/graphql.json", json={"query": NAMES, "operationName": "Other"})
    assert response.json()["errors"][0]["message"] == 'No operation named "Other"'


def test_queries_over_the_cost_ceiling_are_refused(sandbox):
    http, state = sandbox
    body = post(http, "query Q { orders(first: 250) { nodes { lineItems(first: 250) { nodes { id } } } } }").json()
    [error] = body["errors"]
    assert error["extensions"]["code"] == "MAX_COST_EXCEEDED"
    assert error["message"] == ("Query cost is 63252, which exceeds the single query max cost limit (1000).")
    assert state.bucket.status()["currentlyAvailable"] == 1000


def test_mutations_cost_ten_and_are_not_served(sandbox):
    http, _ = sandbox
    body = post(http, 'mutation M { customerDelete(input: {id: "gid://shopify/Customer/7"}) { deletedCustomerId } }'
                ).json()
    assert body["extensions"]["cost"]["requestedQueryCost"] == 11
    assert body["errors"][0]["message"] == "The Desk Shopify sandbox has no data for Mutation.customerDelete"


def test_deprecated_fields_are_flagged_in_a_header(sandbox):
    http, _ = sandbox
    deprecated = post(http, 'query Q { customers(first: 1, query: "email:alice@example.com") { nodes { email } } }')
    assert deprecated.json()["data"] == {"customers": {"nodes": [{"email": "alice@example.com"}]}}
    assert deprecated.headers["X-Shopify-API-Deprecated-Reason"] == DEPRECATION_DOCS
    assert "X-Shopify-API-Deprecated-Reason" not in post(http, NAMES, {"first": 1}).headers


def test_an_empty_bucket_answers_throttled(sandbox):
    http, state = sandbox
    state.bucket.drain(leave=3)
    response = post(http, NAMES, {"first": 2})
    assert response.status_code == 200
    body = response.json()
    assert "data" not in body
    assert body["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert body["extensions"]["cost"]["requestedQueryCost"] == 4
    assert body["extensions"]["cost"]["actualQueryCost"] is None
    assert body["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] < 4
    assert state.calls[-1].throttled


def test_throttling_can_answer_429_with_retry_after(host):
    state = host.install(ORDERS, CUSTOMERS, bucket_size=100, restore_rate=10, throttle_status=429, clock=FakeClock())
    state.bucket.drain(leave=0)
    with httpx.Client(base_url=host.url, headers={"X-Shopify-Access-Token": TOKEN}) as http:
        response = post(http, NAMES, {"first": 50})
    assert response.status_code == 429
    assert response.json()["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert response.headers["Retry-After"] == "6"  # 52 points at 10/s, rounded up


def test_faults_apply_to_the_next_requests_in_order(sandbox):
    http, state = sandbox
    state.add_fault(Fault(status=503))
    state.add_fault(Fault(truncate=True))
    state.add_fault(Fault(rewrite=lambda body: {"data": {"orders": "wrong type"}}))
    assert post(http, NAMES, {"first": 1}).status_code == 503
    truncated = post(http, NAMES, {"first": 1})
    with pytest.raises(ValueError):
        truncated.json()
    assert post(http, NAMES, {"first": 1}).json() == {"data": {"orders": "wrong type"}}
    assert post(http, NAMES, {"first": 1}).json()["data"] == {"orders": {"nodes": [{"name": "#1000"}]}}


def test_a_body_without_a_query_is_400(sandbox):
    http, _ = sandbox
    response = http.post(f"/admin/api/{API_VERSION}/graphql.json", content=b"query=shop")
    assert response.status_code == 400
