"""Shopify 2026: the version Shopify answers with is checked and reported on the account, masked
customer data stays unknown, and client-credentials tokens are granted, reused and renewed."""

from __future__ import annotations

import asyncio
import logging

import pytest

from desk.connectors.base import VERSION_NOTICE, AuthFailed
from desk.connectors.shopify import ShopifyAdmin, ShopifyOrders
from desk.connectors.shopify.admin import API_VERSION
from desk.connectors.shopify.auth import REFRESH_MARGIN, ClientCredentials
from desk.sandbox.shopify import SUPPORTED_VERSIONS
from tests.integration.shopify.shopify_seeds import SHOP, START, TOKEN, FakeClock, admin_for, customer, order, \
    sandbox_host

CLIENT = ("0123456789abcdef0123456789abcdef", "shpss_sandbox_client_secret_1")
NAMES = "query Names { orders(first: 1) { nodes { name } } }"


@pytest.fixture(scope="module")
def host():
    with sandbox_host() as running:
        yield running


def run(coroutine):
    return asyncio.run(coroutine)


def test_a_current_version_is_answered_as_asked_and_clears_the_notice(host):
    host.install([order(1, START)], [customer(7, "alice@example.com")])

    async def scenario():
        async with admin_for(host.url) as admin:
            batch = await ShopifyOrders(admin, account_id=1).pull(None)
            return admin.served_version, admin.version_mismatch, batch.notices

    assert run(scenario()) == (API_VERSION, None, {VERSION_NOTICE: None})


def test_a_retired_version_answered_by_another_is_reported_on_the_account(host, caplog):
    host.install([order(1, START)], [customer(7, "alice@example.com")])

    async def scenario():
        async with admin_for(host.url, api_version="2025-01") as admin:
            batch = await ShopifyOrders(admin, account_id=1).pull(None)
            return admin.version_mismatch, batch

    mismatch, batch = run(scenario())
    assert mismatch == ("2025-01", SUPPORTED_VERSIONS[0])
    assert [r.external_id for r in batch.orders] == ["#1"]  # the data still arrives
    notice = batch.notices[VERSION_NOTICE]
    assert "2025-01" in notice and SUPPORTED_VERSIONS[0] in notice
    assert any("answered with Admin API" in r.getMessage() for r in caplog.records)


def test_masked_customer_data_is_unknown_in_lookups(host):
    masked = customer(7, "alice@example.com") | {"displayName": "•••", "firstName": "•••", "lastName": "•••",
                                                  "defaultPhoneNumber": {"phoneNumber": "•••"}}
    host.install([order(1, START)], [masked])

    async def scenario():
        async with admin_for(host.url) as admin:
            return await ShopifyOrders(admin, account_id=1).customers_by_email("alice@example.com")

    [found] = run(scenario())
    assert (found.display_name, found.first_name, found.phone, found.email) == (None, None, None,
                                                                                 "alice@example.com")


def granted_admin(url: str, clock: FakeClock, secret: str = CLIENT[1]) -> ShopifyAdmin:
    tokens = ClientCredentials(SHOP, CLIENT[0], secret, base_url=url, clock=clock)
    return ShopifyAdmin(SHOP, tokens, base_url=url, clock=clock, sleep=clock.sleep)


def test_client_credentials_token_is_granted_once_reused_and_renewed_before_it_expires(host):
    clock = FakeClock()
    state = host.install([order(1, START)], [], access_token=None, client_credentials=CLIENT, clock=clock,
                         token_lifetime=3600)

    async def scenario():
        async with granted_admin(host.url, clock) as admin:
            await admin.query(NAMES)
            first = set(state.granted)
            clock.advance(3600 - REFRESH_MARGIN - 1)
            await admin.query(NAMES)
            still = set(state.granted)
            clock.advance(2)  # inside the margin: a new token before the old one expires
            await admin.query(NAMES)
            return first, still, set(state.granted)

    first, still, renewed = run(scenario())
    assert len(first) == 1 and still == first
    assert len(renewed) == 2 and first < renewed
    assert all(token.startswith("shpat_") for token in renewed)


def test_a_revoked_granted_token_is_replaced_once_then_the_query_goes_through(host):
    clock = FakeClock()
    state = host.install([order(1, START)], [], access_token=None, client_credentials=CLIENT, clock=clock)

    async def scenario():
        async with granted_admin(host.url, clock) as admin:
            await admin.query(NAMES)
            state.expire_granted_tokens()
            return await admin.query(NAMES)

    assert run(scenario()) == {"orders": {"nodes": [{"name": "#1"}]}}
    assert len(state.granted) == 1


def test_a_wrong_client_secret_is_auth_failed_and_never_logged(host, caplog):
    caplog.set_level(logging.DEBUG)
    clock = FakeClock()
    host.install([order(1, START)], [], access_token=None, client_credentials=CLIENT, clock=clock)
    wrong = "shpss_wrong_secret_do_not_log"

    async def scenario():
        async with granted_admin(host.url, clock, secret=wrong) as admin:
            try:
                await admin.query(NAMES)
            except AuthFailed as error:
                return error, repr(admin)

    error, admin_repr = run(scenario())
    assert "client id or secret" in str(error)
    for text in (caplog.text, str(error), repr(error), admin_repr):
        assert wrong not in text and CLIENT[0] not in text


def test_a_static_token_is_not_asked_for_again_on_401(host):
    state = host.install([order(1, START)], [])

    async def scenario():
        async with admin_for(host.url, token=TOKEN[::-1]) as admin:
            try:
                await admin.query(NAMES)
            except AuthFailed:
                return len(state.versions_asked)

    assert run(scenario()) == 1
