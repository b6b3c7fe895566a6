"""The order panel (issues 11 and 13): states and reasons in the agent's language, the actions the
order allows (the others with their reason), a refund confirmed in its dialog against the Shopify
sandbox with its key kept for Retry, and Amazon's plain statement with its Seller Central link."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desk import secrets
from desk.accounts import save_account
from desk.domain import Channel, OrderView
from desk.sandbox.shopify import Fault
from desk.storage.ingest import Ingestor
from desk.storage.orders import upsert_orders
from tests.conftest import run_async
from tests.helpers.messages import message
from tests.helpers.qt import expect
from tests.integration.shopify.shopify_seeds import SHOP, START, TOKEN, admin_for, customer, order, sandbox_host
from tests.unit.ui.conftest import attach
from ui.sidebar.order_panel import OrderPanel

SHIPPED = order(1001, START, items=3)


@pytest.fixture(scope="module")
def host():
    with sandbox_host() as running:
        yield running


@pytest.fixture
def shop(host):
    return host.install([SHIPPED], [customer(7, "alice@example.com")])


@pytest.fixture
def shopify_db(db, host, shop, session_keyring):
    account = save_account(db, Channel.SHOPIFY, "Lumora", {"shop_domain": SHOP, "admin_endpoint": host.url,
                                                            "shopify_auth": "static_token"})
    secrets.store_secret(account, "admin_access_token", TOKEN)
    Ingestor(db).ingest([message(account, "m1001", "Where is my refund?", thread="t1001", order_external_id="#1001",
                                 customer_email="alice@example.com")])

    async def sync():
        from desk.connectors.shopify import ShopifyOrders

        async with admin_for(host.url) as admin:
            return (await ShopifyOrders(admin, account).pull(None)).orders

    with db.engine.begin() as conn:
        upsert_orders(conn, asyncio.run(sync()))
    return db


def test_states_reasons_and_dates_are_in_the_agents_language(qtbot, qapp):
    from ui.i18n import install_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        panel = OrderPanel()
        qtbot.addWidget(panel)
        panel.show_order(OrderView("#1163", "delivered", "EUR", "99.90", 1_763_600_000,
                                   (("LIN-240", "Bettwäsche", 1, "99.90"),),
                                   (("YunExpress", "YT1", "in_transit", 1_763_700_000, None),),
                                   (("99.90", "return", "requested", 1_763_800_000),),
                                   (("not_as_described", "received", "RMA-20790", 1_763_900_000),)))
        text = panel.body.text()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    for shown in ("已送达", "运输中", "退货", "已申请", "与描述不符", "已收到退货"):
        assert shown in text, shown
    for code in ("delivered", "in_transit", "not_as_described", "requested", "received"):
        assert code not in text, code


def test_a_refund_is_confirmed_in_its_dialog_and_its_retry_finishes_the_same_refund(
        window, qtbot, aio_loop, shopify_db, shop, make_workspace):
    panel = window.sidebar.order

    async def scenario():
        shown = expect(panel.menu_shown)  # the only conversation opens with the window
        await attach(window, make_workspace(shopify_db))
        await shown
        assert panel.buttons["refund"].isEnabled() and not panel.buttons["cancel"].isEnabled()
        assert "it has shipped" in panel.buttons["cancel"].toolTip() and panel.why_not.text()
        opened = expect(panel.dialog_opened)
        qtbot.mouseClick(panel.buttons["refund"], Qt.MouseButton.LeftButton)
        dialog = (await opened)[0]
        await expect(dialog.ready)
        key = dialog.key
        line = SHIPPED["lineItems"][0]["id"]
        suggested = expect(dialog.suggested, lambda preview: preview.amount == Decimal("34.99"))
        for line_id, spin in dialog.quantities.items():
            spin.setValue(1 if line_id == line else 0)  # Shopify is asked again once the agent stops
        await suggested
        dialog.amount.setValue(20.00)
        assert dialog.confirm_button.text() == "Refund 20.00 EUR"
        for fault in (Fault(), Fault(), Fault(truncate=True)):  # the refund's answer is lost
            shop.add_fault(fault)
        outcome = expect(dialog.outcome_shown)
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert (await outcome)[0].state.value == "pending"
        assert dialog.confirm_button.text() == "Retry" and dialog.key == key
        outcome = expect(dialog.outcome_shown)
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        done = (await outcome)[0]
        return dialog, done, key

    dialog, done, key = run_async(aio_loop, scenario())
    assert done.state.value == "done" and done.idempotency_key == key
    assert "Refunded 20.00 EUR" in dialog.status.text()
    assert shop.data.actions.refunds_created == 1
    assert shopify_db.fetch_all("SELECT status FROM orders") == [("partially_refunded",)]


def test_amazon_says_what_its_api_cannot_do_and_links_the_order_in_seller_central(
        window, qtbot, aio_loop, db, make_workspace):
    account = save_account(db, Channel.AMAZON, "Amazon DE", {"marketplace_id": "A1PA6795UKMFR9"})
    Ingestor(db).ingest([message(account, "<a@x>", "Wo ist mein Paket?", thread="alias|1",
                                 order_external_id="302-1234567-1234567")])
    panel = window.sidebar.order

    async def scenario():
        shown = expect(panel.menu_shown)  # the only conversation opens with the window
        await attach(window, make_workspace(db))
        await shown

    run_async(aio_loop, scenario())
    assert list(panel.buttons) == ["amazon_message"]
    note = panel.why_not.text()
    assert "Seller Central" in note and "sellercentral.amazon.de/orders-v3/order/302-1234567-1234567" in note
