"""From an account's settings and keyring secrets to its Connector.

Amazon and Shopify have no API for buyer conversations: their messages arrive by e-mail (Amazon's
relay, the store's contact address) and their APIs give order context. Their connector is
therefore a mailbox plus an order source, pulled one after the other under one cursor.
"""

from __future__ import annotations

from typing import Any, Protocol

from desk.accounts import AccountInfo
from desk.connectors.base import Connector, SyncBatch
from desk.domain import Channel
from desk.domain.records import OutgoingMessage, SendResult


class OrderSource(Protocol):
    async def pull(self, cursor: dict[str, Any] | None) -> SyncBatch: ...

    async def aclose(self) -> None: ...


class MailWithOrders:
    """Mail first until caught up, then one page of orders, under {"mail": ..., "orders": ...}."""

    def __init__(self, mail, orders: OrderSource):
        self.mail = mail
        self.orders = orders

    async def pull(self, cursor: dict[str, Any] | None) -> SyncBatch:
        cursor = dict(cursor or {})
        batch = await self.mail.pull(cursor.get("mail"))
        cursor["mail"] = batch.cursor
        if batch.more:
            return SyncBatch(cursor, batch.messages, batch.orders, batch.deliveries, batch.skipped, batch.quarantined,
                             more=True, notices=batch.notices)
        orders = await self.orders.pull(cursor.get("orders"))
        cursor["orders"] = orders.cursor
        return SyncBatch(cursor, batch.messages + orders.messages, batch.orders + orders.orders,
                         batch.deliveries + orders.deliveries, batch.skipped + orders.skipped,
                         batch.quarantined + orders.quarantined, more=orders.more, notices=batch.notices | orders.notices)

    async def wait_for_new(self, timeout: float) -> bool:
        return await self.mail.wait_for_new(timeout)

    async def send(self, message: OutgoingMessage) -> SendResult:
        return await self.mail.send(message)

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        return await self.mail.find_sent(message)

    async def aclose(self) -> None:
        await self.mail.aclose()
        await self.orders.aclose()


class ShopifyOrderSource:
    """ShopifyOrders (pull only) with the admin client it must close."""

    def __init__(self, orders, admin):
        self.orders = orders
        self.admin = admin

    async def pull(self, cursor: dict[str, Any] | None) -> SyncBatch:
        return await self.orders.pull(cursor)

    async def aclose(self) -> None:
        await self.admin.aclose()


def mail_settings(account: AccountInfo):
    from desk.connectors.mail.connector import MailSettings

    s = account.settings
    return MailSettings(
        address=s["address"], imap_host=s["imap_host"], imap_port=int(s["imap_port"]),
        imap_security=s["imap_security"], smtp_host=s["smtp_host"], smtp_port=int(s["smtp_port"]),
        smtp_security=s["smtp_security"], username=s["username"], display_name=account.name,
        authserv_ids=tuple(s.get("authserv_id", "").replace(",", " ").split()),
        verify_dkim=s.get("verify_dkim", "yes") != "no",
    )


def mail_connector(account: AccountInfo, secrets: dict[str, str]):
    from desk.connectors.mail.connector import MailConnector

    return MailConnector(account.id, mail_settings(account), secrets.get("password", ""))


def _amazon_settings(account: AccountInfo, secrets: dict[str, str]):
    from desk.connectors.amazon.lwa import LwaCredentials
    from desk.connectors.amazon.orders import AmazonOrdersSettings
    from desk.connectors.amazon.regions import Endpoints

    s = account.settings
    endpoints = Endpoints.everything_at(s["spapi_endpoint"]) if s.get("spapi_endpoint") else Endpoints()
    if s.get("lwa_endpoint"):
        endpoints = Endpoints(hosts=endpoints.hosts, lwa_token_url=s["lwa_endpoint"])
    # Accounts saved before Orders 2026-01-01 became the default have no orders_api: they read v0.
    settings = AmazonOrdersSettings(account_id=account.id, marketplace_ids=(s["marketplace_id"],),
                                    api_version=s.get("orders_api", "v0"), endpoints=endpoints)
    credentials = LwaCredentials(s["lwa_client_id"], secrets.get("lwa_client_secret", ""),
                                 secrets.get("refresh_token", ""))
    return settings, credentials


def amazon_orders(account: AccountInfo, secrets: dict[str, str]):
    from desk.connectors.amazon.orders import OrdersClient

    return OrdersClient(*_amazon_settings(account, secrets))


def amazon_messaging(account: AccountInfo, secrets: dict[str, str]):
    """The account's Messaging API client (proactive messages about orders: desk.orders.amazon_messages)."""
    from desk.connectors.amazon.messaging import MessagingClient

    return MessagingClient(*_amazon_settings(account, secrets))


def shopify_admin(account: AccountInfo, secrets: dict[str, str]):
    """The account's Admin API client, always on Desk's API version. Accounts saved before the
    client-credentials grant existed have no `shopify_auth` and use their static token."""
    from desk.connectors.shopify.admin import ShopifyAdmin
    from desk.connectors.shopify.auth import ClientCredentials, StaticToken

    s = account.settings
    base_url = s.get("admin_endpoint") or None
    if s.get("shopify_auth", "static_token") == "client_credentials":
        tokens = ClientCredentials(s["shop_domain"], secrets.get("client_id", ""), secrets.get("client_secret", ""),
                                   base_url=base_url)
    else:
        tokens = StaticToken(secrets.get("admin_access_token", ""))
    return ShopifyAdmin(s["shop_domain"], tokens, base_url=base_url)


def shopify_orders(account: AccountInfo, secrets: dict[str, str]) -> ShopifyOrderSource:
    from desk.connectors.shopify.orders import ShopifyOrders

    admin = shopify_admin(account, secrets)
    return ShopifyOrderSource(ShopifyOrders(admin, account.id), admin)


def whatsapp_connector(account: AccountInfo, secrets: dict[str, str]):
    from desk.connectors.whatsapp.connector import WhatsAppConnector, WhatsAppSettings

    s = account.settings
    # The Graph API version is Desk's (graph.API_VERSION); an `api_version` saved by older Desks is ignored.
    settings = WhatsAppSettings(phone_number_id=s["phone_number_id"], relay_url=s["relay_url"],
                                graph_url=s.get("graph_url") or "https://graph.facebook.com",
                                reader=s.get("relay_reader") or f"desk-account-{account.id}-{s['phone_number_id']}")
    return WhatsAppConnector(account.id, settings, secrets.get("access_token", ""), secrets.get("relay_token", ""))


def whatsapp_graph(account: AccountInfo, secrets: dict[str, str]):
    """A Graph API client for the account's phone number (its access token from `secrets`)."""
    from desk.connectors.whatsapp.graph import DEFAULT_GRAPH_URL, GraphClient

    s = account.settings
    return GraphClient(s["phone_number_id"], secrets.get("access_token", ""),
                       graph_url=s.get("graph_url") or DEFAULT_GRAPH_URL)


def reread(account: AccountInfo, kind: str, raw: bytes) -> SyncBatch:
    """A quarantined payload read again by today's parsers (no network): what now reads is in the
    batch, what still does not is in `quarantined`."""
    if kind == "mail":
        from desk.connectors.mail.connector import read_mails

        messages, unreadable, deliveries = read_mails([("quarantine", raw)], account.id, mail_settings(account))
        return SyncBatch({}, messages, deliveries=deliveries, quarantined=unreadable)
    if kind == "webhook":
        return _reread_webhook(account, raw)
    if kind == "order":
        return SyncBatch({}, orders=[_reread_order(account, raw)])
    raise ValueError(f"no reader for quarantined {kind!r} items of {account.channel} accounts")


def _reread_webhook(account: AccountInfo, raw: bytes) -> SyncBatch:
    from desk.connectors.whatsapp.connector import unreadable_event
    from desk.connectors.whatsapp.events import parse_envelope
    from desk.relay.app import strict_json

    try:
        payload = strict_json(raw)
    except ValueError as problem:
        raise ValueError(f"the webhook body is not standard JSON ({problem})") from None
    parsed = parse_envelope(payload, account.id, account.settings.get("phone_number_id"))
    unreadable = [unreadable_event(None, payload, parsed.skipped)] if parsed.skipped else []
    return SyncBatch({}, parsed.messages, deliveries=parsed.deliveries, quarantined=unreadable)


def _reread_order(account: AccountInfo, raw: bytes):
    """Raises ValueError (the mappers' Malformed errors are ValueErrors) while it still does not read."""
    import json

    from desk.connectors.amazon import mapping
    from desk.connectors.amazon.regions import currency_of
    from desk.connectors.shopify.orders import order_record

    payload = json.loads(raw)
    if not isinstance(payload, dict):
        raise ValueError("not an order payload")
    api, order = payload.get("api"), payload.get("order")
    if api == "shopify":
        return order_record(order, account.id)
    if not isinstance(order, dict):
        raise ValueError("the order is not an object")
    currency = currency_of(account.settings.get("marketplace_id", "")) or "USD"
    if api == "2026-01-01":
        return mapping.order_from_2026(account.id, order, currency)
    raise ValueError("a v0 order needs its items from Amazon: it is read again when it next changes")


def build_connector(account: AccountInfo, secrets: dict[str, str]) -> Connector:
    if account.channel is Channel.EMAIL:
        return mail_connector(account, secrets)
    if account.channel is Channel.AMAZON:
        return MailWithOrders(mail_connector(account, secrets), amazon_orders(account, secrets))
    if account.channel is Channel.SHOPIFY:
        return MailWithOrders(mail_connector(account, secrets), shopify_orders(account, secrets))
    if account.channel is Channel.WHATSAPP:
        return whatsapp_connector(account, secrets)
    raise ValueError(f"no connector for {account.channel}")
