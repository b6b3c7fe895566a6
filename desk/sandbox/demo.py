"""`desk --demo` syncs for real: the demo's accounts point at sandbox platforms on 127.0.0.1,
seeded with the demo's orders, and sandbox customers keep writing while the app runs.

The sandbox credentials are random per run and live only in this process: the demo uses an
in-memory keyring (desk.secrets.SessionKeyring), never a file.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, make_msgid

from desk.accounts import AccountInfo, list_accounts, save_account
from desk.demo.data_files import demo_accounts, demo_conversations
from desk.domain import Channel
from desk.sandbox.mail import AUTHSERV_ID
from desk.sandbox.stack import MailStack, start_amazon, start_shopify, start_whatsapp

log = logging.getLogger(__name__)
FIRST_WAVE = 6  # customers who have written by the time the demo's platforms are up
FIRST_WAVE_SEED = 2026  # the same ones every time

AMAZON_STATUS = {"pending": "Pending", "unshipped": "Unshipped", "shipped": "Shipped", "delivered": "Shipped",
                 "cancelled": "Canceled", "partially_refunded": "Shipped", "refunded": "Shipped"}
SHOPIFY_FULFILMENT = {"delivered": "DELIVERED", "in_transit": "IN_TRANSIT", "out_for_delivery": "OUT_FOR_DELIVERY",
                      "label_created": "LABEL_PRINTED", "exception": "FAILURE", "returned": "FAILURE"}


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def amazon_seed(conv: dict, marketplace: str, now: datetime) -> dict:
    o = conv["order"]
    placed = now - timedelta(days=o["placed_days_ago"])
    return {"id": o["id"], "marketplace_id": marketplace, "created": _iso(placed),
            "updated": _iso(placed + timedelta(hours=1)), "status": AMAZON_STATUS.get(o["status"], "Shipped"),
            "fulfillment": "MFN", "currency": o["currency"], "buyer_email": conv["customer"].get("relay_alias"),
            "buyer_name": conv["customer"]["name"].split()[0],
            "items": [{"sku": i["sku"], "title": i["title"], "quantity": i["quantity"], "unit_price": i["unit_price"]}
                      for i in o["items"]],
            "packages": [{"carrier": s["carrier"], "tracking_number": s["tracking"], "ship_time": _iso(placed),
                          "status": "DELIVERED" if s["status"] == "delivered" else "IN_TRANSIT"}
                         for s in o.get("shipments", [])]}


def _money(amount: str, currency: str) -> dict:
    return {"shopMoney": {"amount": amount, "currencyCode": "USD"},
            "presentmentMoney": {"amount": amount, "currencyCode": currency}}


def shopify_seed(conv: dict, number: int, now: datetime) -> tuple[dict, dict]:
    o, c = conv["order"], conv["customer"]
    placed = now - timedelta(days=o["placed_days_ago"])
    total = sum(float(i["unit_price"]) * i["quantity"] for i in o["items"])
    customer = {"id": f"gid://shopify/Customer/{number}", "displayName": c["name"],
                "defaultEmailAddress": {"emailAddress": c["email"]} if c.get("email") else None,
                "defaultPhoneNumber": {"phoneNumber": c["phone"]} if c.get("phone") else None,
                "firstName": c["name"].split()[0], "lastName": c["name"].split()[-1], "updatedAt": _iso(placed)}
    order = {
        "id": f"gid://shopify/Order/{number}", "name": o["id"], "email": c.get("email"), "createdAt": _iso(placed),
        "updatedAt": _iso(placed + timedelta(hours=2)), "processedAt": _iso(placed), "cancelledAt": None,
        "displayFinancialStatus": "REFUNDED" if o["status"] == "refunded" else "PAID",
        "displayFulfillmentStatus": "FULFILLED" if o.get("shipments") else "UNFULFILLED",
        "totalPriceSet": _money(f"{total:.2f}", o["currency"]), "customer": customer["id"],
        "lineItems": [{"id": f"gid://shopify/LineItem/{number}{k}", "title": i["title"], "name": i["title"],
                       "sku": i["sku"], "quantity": i["quantity"], "originalUnitPriceSet": _money(i["unit_price"],
                                                                                                  o["currency"])}
                      for k, i in enumerate(o["items"])],
        "fulfillments": [{"id": f"gid://shopify/Fulfillment/{number}{k}", "status": "SUCCESS",
                          "displayStatus": SHOPIFY_FULFILMENT.get(s["status"], "IN_TRANSIT"),
                          "createdAt": _iso(placed), "inTransitAt": _iso(placed), "deliveredAt": None,
                          "estimatedDeliveryAt": None,
                          "trackingInfo": [{"company": s["carrier"], "number": s["tracking"], "url": None}]}
                         for k, s in enumerate(o.get("shipments", []))],
        "refunds": [{"id": f"gid://shopify/Refund/{number}{k}", "createdAt": _iso(placed), "updatedAt": _iso(placed),
                     "note": r["reason"], "totalRefundedSet": _money(r["amount"], o["currency"])}
                    for k, r in enumerate(o.get("refunds", []))],
        "returns": [],
    }
    return order, customer


def relay_mail(to: str, alias: str, name: str, order_id: str, text: str, now: datetime) -> bytes:
    """Buyer mail as Amazon relays it, with the sandbox server's passing authentication verdict on top."""
    return (
        f"Authentication-Results: {AUTHSERV_ID}; spf=pass; dkim=pass header.d=amazon.com; dmarc=pass\r\n"
        f"From: {name} - Amazon Marketplace <{alias}>\r\nTo: {to}\r\n"
        f"Subject: Order delivery inquiry from Amazon customer {name} (Order: {order_id})\r\n"
        f"Message-ID: {make_msgid(domain='marketplace.amazon.com')}\r\nDate: {format_datetime(now)}\r\n"
        "X-Space-Notification-Type: BBC_MESSAGE_SENT_TO_MERCHANT\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"------------- Begin message -------------\r\n\r\n{text}\r\n\r\n------------- End message -------------\r\n"
    ).encode()


def store_mail(to: str, sender: str, name: str, subject: str, text: str, now: datetime) -> bytes:
    return (
        f"From: {name} <{sender}>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Message-ID: {make_msgid(domain='example.com')}\r\nDate: {format_datetime(now)}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
    ).encode()


@dataclass
class DemoPlatforms:
    """The running sandboxes and the demo accounts' credentials (in memory)."""

    secrets: dict[int, dict[str, str]] = field(default_factory=dict)
    settings: dict[int, dict] = field(default_factory=dict)
    parts: list = field(default_factory=list)
    mailboxes: dict[int, str] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def stop(self) -> None:
        self._stop.set()
        for part in reversed(self.parts):
            part.stop()


def point_demo_workspace(db, customers_every_s: float = 45.0, first_wave: int = FIRST_WAVE) -> DemoPlatforms:
    """Start every sandbox and point the demo workspace's accounts at them (runs on the writer)."""
    accounts = [a for a in list_accounts(db) if not a.local]
    platforms = start_demo_platforms(accounts, customers_every_s, first_wave)
    for account in accounts:
        save_account(db, account.channel, account.name, platforms.settings[account.id], account.id)
    return platforms


def demo_account_infos() -> list[AccountInfo]:
    """The demo's accounts as data (for `desk sandbox`, which has no workspace)."""
    return [AccountInfo(n, Channel(a["channel"]), a["name"], {"marketplace": a.get("marketplace")})
            for n, a in enumerate(demo_accounts(), start=1)]


def start_demo_platforms(accounts: list[AccountInfo], customers_every_s: float = 45.0,
                         first_wave: int = FIRST_WAVE) -> DemoPlatforms:
    """Start every sandbox seeded with the demo's orders; settings and secrets for each account.
    `first_wave` customers have written by the time it returns (the same ones every time); more
    write every `customers_every_s` on average."""
    now = datetime.now(UTC)
    keys = {a["name"]: a["key"] for a in demo_accounts()}
    conversations = demo_conversations()
    by_key = {}
    for conv in conversations:
        by_key.setdefault(conv["account"], []).append(conv)
    platforms = DemoPlatforms()
    mail_accounts = [a for a in accounts if a.channel in (Channel.AMAZON, Channel.SHOPIFY)]
    mail = MailStack([f"{keys.get(a.name, a.id)}@demo.lumora.example" for a in mail_accounts])
    platforms.parts.append(mail)
    amazon_orders = [amazon_seed(c, a.settings.get("marketplace", "ATVPDKIKX0DER"), now)
                     for a in accounts if a.channel is Channel.AMAZON
                     for c in by_key.get(keys.get(a.name), []) if c.get("order")]
    amazon = start_amazon(amazon_orders)
    platforms.parts.append(amazon)
    shop_convs = [c for c in by_key.get("shopify", []) if c.get("order")]
    seeds = [shopify_seed(c, 9000 + n, now) for n, c in enumerate(shop_convs)]
    shopify = start_shopify([o for o, _ in seeds], [c for _, c in seeds])
    platforms.parts.append(shopify)
    whatsapp = start_whatsapp()
    platforms.parts.append(whatsapp)
    for account in accounts:
        settings, secrets = _point_at_sandboxes(account, keys, mail, amazon, shopify, whatsapp)
        platforms.settings[account.id] = settings
        platforms.secrets[account.id] = secrets
        if account.channel in (Channel.AMAZON, Channel.SHOPIFY):
            platforms.mailboxes[account.id] = settings["address"]
    customers = _Customers(platforms, accounts, keys, by_key, mail, whatsapp)
    first = random.Random(FIRST_WAVE_SEED)
    for _ in range(first_wave):
        customers.write(first)
    threading.Thread(target=customers.keep_writing, name="demo-customers", daemon=True,
                     args=(customers_every_s,)).start()
    return platforms


def _point_at_sandboxes(account: AccountInfo, keys, mail, amazon, shopify, whatsapp):
    from desk.demo.workspace import ACCOUNT_SETTINGS

    base = {k: v for k, v in account.settings.items() if k in ACCOUNT_SETTINGS}
    if account.channel is Channel.WHATSAPP:
        from desk.sandbox.whatsapp import templates_as_listed

        whatsapp.sandbox.set_templates(templates_as_listed(base.get("templates", "")))
        return {**base, **whatsapp.settings(), "waba_id": whatsapp.sandbox.waba_id}, whatsapp.secrets()
    address = f"{keys.get(account.name, account.id)}@demo.lumora.example"
    settings = {**base, **mail.settings(address)}
    secrets = dict(mail.secrets(address))
    if account.channel is Channel.AMAZON:
        settings.update(amazon.settings(), marketplace_id=base.get("marketplace", "ATVPDKIKX0DER"),
                        orders_api="2026-01-01")
        secrets.update(amazon.secrets())
    else:
        settings.update(shopify.settings())
        secrets.update(shopify.secrets())
    return settings, secrets


@dataclass
class _Customers:
    """Demo customers writing to the sandboxes as real ones would: a relay mail on Amazon, a store
    mail on Shopify, a WhatsApp message (from a new address or number each time)."""

    platforms: DemoPlatforms
    accounts: list[AccountInfo]
    keys: dict
    by_key: dict
    mail: object
    whatsapp: object

    def keep_writing(self, every_s: float) -> None:
        rng = random.Random()
        while not self.platforms._stop.wait(every_s * rng.uniform(0.5, 1.5)):
            self.write(rng)

    def write(self, rng: random.Random) -> None:
        account = rng.choice(self.accounts)
        convs = self.by_key.get(self.keys.get(account.name), [])
        if not convs:
            return
        conv = rng.choice(convs)
        text = next(m["text"] for m in conv["messages"] if m["direction"] == "in")
        name = conv["customer"]["name"]
        now = datetime.now(UTC)
        mailbox = self.platforms.mailboxes.get(account.id)
        try:
            if account.channel is Channel.WHATSAPP:
                self.whatsapp.sandbox.emit_inbound(f"{rng.randrange(10**10, 10**11)}", name, text)
            elif account.channel is Channel.AMAZON and conv.get("order"):
                alias = f"{''.join(rng.choices('abcdefghijklmnopqrstuvwxyz0123456789', k=15))}@marketplace.amazon.com"
                self.mail.deliver(mailbox, relay_mail(mailbox, alias, name.split()[0], conv["order"]["id"], text, now))
            elif account.channel is Channel.SHOPIFY:
                sender = f"{name.split()[0].lower()}{rng.randrange(100, 999)}@example.com"
                self.mail.deliver(mailbox, store_mail(mailbox, sender, name, conv.get("subject") or "Order", text, now))
        except Exception:  # a demo nicety: never let it disturb the app
            log.warning("a demo customer could not write", exc_info=True)
