"""`desk --demo` syncs for real: its accounts point at sandbox platforms seeded with its orders."""

import asyncio

from desk.accounts import list_accounts
from desk.connectors.registry import build_connector
from desk.domain import Channel
from desk.sandbox.demo import point_demo_workspace
from desk.sync.engine import AccountSync
from desk.sync.store import SyncStore


async def _direct(fn, *args, **kwargs):
    return fn(*args, **kwargs)


def test_demo_accounts_sync_orders_and_new_customers_from_the_sandboxes(demo_db):
    platforms = point_demo_workspace(demo_db, customers_every_s=3600, first_wave=0)
    try:
        accounts = {a.channel: a for a in list_accounts(demo_db)}
        shop, whatsapp = accounts[Channel.SHOPIFY], accounts[Channel.WHATSAPP]
        assert shop.settings["imap_host"] == "127.0.0.1" and "client_secret" not in shop.settings
        whatsapp_stack = platforms.parts[-1]
        whatsapp_stack.sandbox.emit_inbound("5215512345678", "Lucía", "¿Dónde está mi pedido #1203?")
        before = demo_db.fetch_all("SELECT count(*) FROM messages")[0][0]

        async def sync(account):
            connector = build_connector(account, platforms.secrets[account.id])
            try:
                return await AccountSync(account.id, connector, SyncStore(demo_db), _direct).sync_once()
            finally:
                await connector.aclose()

        assert asyncio.run(asyncio.wait_for(sync(whatsapp), 60)) == 1
        asyncio.run(asyncio.wait_for(sync(shop), 60))
        assert demo_db.fetch_all("SELECT count(*) FROM messages")[0][0] == before + 1
        synced = demo_db.fetch_all("SELECT count(*) FROM orders WHERE account_id = :a", {"a": shop.id})[0][0]
        assert synced >= 10
        approved = {(t.name, t.language) for t in asyncio.run(_templates(whatsapp, platforms)) if t.approved}
        assert ("order_shipped", "de") in approved and ("follow_up", "zh_CN") in approved
    finally:
        platforms.stop()


async def _templates(account, platforms):
    """The demo's WhatsApp account lists its templates from the sandbox, as approved from its lines."""
    from desk.connectors.registry import whatsapp_graph

    client = whatsapp_graph(account, platforms.secrets[account.id])
    try:
        return await client.message_templates(account.settings["waba_id"])
    finally:
        await client.aclose()
