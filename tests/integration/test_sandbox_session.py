"""A full session against every sandbox platform, through the account registry as the app does:
mail (Amazon relay, Shopify store mail), SP-API and Admin GraphQL orders, WhatsApp via the relay,
replies through the outbox. Afterwards no secret is found in the database, settings or logs."""

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest

from desk.accounts import AccountInfo, list_accounts, save_account
from desk.connectors.registry import build_connector
from desk.domain import Channel
from desk.sandbox.mail import AUTHSERV_ID
from desk.sandbox.stack import MailStack, start_amazon, start_shopify, start_whatsapp
from desk.sync.engine import AccountSync
from desk.sync.outbox import queue_reply
from desk.sync.store import SyncStore

AMAZON_BOX, SHOP_BOX = "amazon-de@lumora.example", "care@lumora.example"
ORDER = "302-4471938-5521047"
ALIAS = "k3v9x2m8qw4rt7p@marketplace.amazon.de"
NOW = datetime.now(UTC).replace(microsecond=0)


def relay_mail() -> bytes:
    return (
        f"Authentication-Results: {AUTHSERV_ID}; dkim=pass header.d=amazon.de; dmarc=pass\r\n"
        f"From: Jonas - Amazon Marketplace <{ALIAS}>\r\nTo: {AMAZON_BOX}\r\n"
        f"Subject: Anfrage zur Lieferung von Amazon-Kunde Jonas (Bestellung: {ORDER})\r\n"
        f"Message-ID: <relay-1@marketplace.amazon.de>\r\nDate: {NOW:%a, %d %b %Y %H:%M:%S +0000}\r\n"
        "X-Space-Notification-Type: BBC_MESSAGE_SENT_TO_MERCHANT\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "------------- Begin message -------------\r\n\r\nWo bleibt meine Lampe? Keine Sendungsverfolgung.\r\n\r\n"
        "------------- End message -------------\r\n"
    ).encode()


def shop_mail() -> bytes:
    return (
        f"From: Ana Garcia <ana@example.com>\r\nTo: {SHOP_BOX}\r\nSubject: Where is my order?\r\n"
        f"Message-ID: <ana-1@example.com>\r\nDate: {NOW:%a, %d %b %Y %H:%M:%S +0000}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nHi, my rain jacket has not arrived yet.\r\n"
    ).encode()


def amazon_order() -> dict:
    placed = NOW - timedelta(days=6)
    return {"id": ORDER, "marketplace_id": "A1PA6795UKMFR9", "created": f"{placed:%Y-%m-%dT%H:%M:%SZ}",
            "updated": f"{placed + timedelta(hours=2):%Y-%m-%dT%H:%M:%SZ}", "status": "Shipped",
            "fulfillment": "MFN", "buyer_email": ALIAS,
            "items": [{"sku": "LM-LAMP-BLK", "title": "Lumora LED Schreibtischlampe", "quantity": 1,
                       "unit_price": "34.99"}]}


def shopify_seed() -> tuple[list, list]:
    from tests.integration.shopify.shopify_seeds import customer, order

    return [order(1042, NOW - timedelta(days=2), email="ana@example.com", customer_number=7)], [
        customer(7, "ana@example.com", "Ana Garcia")]


@pytest.fixture
def platforms(tmp_path):
    mail = MailStack([AMAZON_BOX, SHOP_BOX])
    amazon = start_amazon([amazon_order()])
    shopify = start_shopify(*shopify_seed())
    whatsapp = start_whatsapp(tmp_path)
    yield mail, amazon, shopify, whatsapp
    for part in (whatsapp, shopify, amazon, mail):
        part.stop()


def test_a_full_session_on_every_platform_leaves_no_secret_behind(platforms, db, caplog):
    mail, amazon, shopify, whatsapp = platforms
    caplog.set_level(logging.DEBUG)
    mail.deliver(AMAZON_BOX, relay_mail())
    mail.deliver(SHOP_BOX, shop_mail())
    whatsapp.sandbox.emit_inbound("4915112345678", "Lena", "Hallo, wann kommt mein Paket?")
    secrets = {
        Channel.AMAZON: {**mail.secrets(AMAZON_BOX), **amazon.secrets()},
        Channel.SHOPIFY: {**mail.secrets(SHOP_BOX), **shopify.secrets()},
        Channel.WHATSAPP: whatsapp.secrets(),
    }
    settings = {
        Channel.AMAZON: {**mail.settings(AMAZON_BOX), **amazon.settings(), "marketplace_id": "A1PA6795UKMFR9",
                         "orders_api": "2026-01-01"},
        Channel.SHOPIFY: {**mail.settings(SHOP_BOX), **shopify.settings()},
        Channel.WHATSAPP: whatsapp.settings(),
    }
    for channel in settings:
        save_account(db, channel, channel.value, settings[channel])

    async def session():
        for account in list_accounts(db):
            connector = build_connector(account, secrets[account.channel])
            sync = AccountSync(account.id, connector, SyncStore(db), lambda fn, *a, **k: _direct(fn, *a, **k))
            try:
                await sync.round()
                conversation = db.fetch_all("SELECT id FROM conversations WHERE account_id = :a", {"a": account.id})
                queue_reply(db, conversation[0][0], "Ihr Paket ist unterwegs, Sendungsnummer folgt.")
                await sync.round()
            finally:
                await connector.aclose()

    asyncio.run(asyncio.wait_for(session(), 90))

    by_channel = dict(db.fetch_all(
        "SELECT c.channel, count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id GROUP BY c.channel"))
    assert by_channel == {"amazon": 2, "shopify": 2, "whatsapp": 2}
    linked = dict(db.fetch_all(
        "SELECT c.channel, o.external_id FROM conversations c JOIN orders o ON o.id = c.order_id"))
    assert linked == {"amazon": ORDER, "shopify": "#1042"}
    assert db.fetch_all("SELECT state FROM outbox ORDER BY id") == [("sent",)] * 3
    assert _relayed(mail) >= {ALIAS, "ana@example.com"}
    assert len(whatsapp.sandbox.sent) == 1

    every_secret = [v for s in secrets.values() for v in s.values()]
    stored = db.path.read_bytes() + (db.path.with_name(db.path.name + "-wal").read_bytes()
                                     if db.path.with_name(db.path.name + "-wal").exists() else b"")
    settings_text = " ".join(r[0] for r in db.fetch_all("SELECT settings_json FROM accounts"))
    for secret in every_secret:
        assert secret.encode() not in stored
        assert secret not in settings_text
        assert secret not in caplog.text


async def _direct(fn, *args, **kwargs):
    return fn(*args, **kwargs)


def _relayed(mail):
    out = set()
    for item in mail.server.relayed:
        recipients = getattr(item, "recipients", None) or getattr(item, "rcpt_tos", None) or item[1]
        out.update(r.lower() for r in recipients)
    return out
