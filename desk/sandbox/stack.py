"""Sandbox platforms running together on 127.0.0.1: for the benchmark, `desk sandbox` and the demo.

Each part is a real server (HTTP via uvicorn in a thread); secrets are random per run and are
handed to the caller, which keeps them in memory only.
"""

from __future__ import annotations

import secrets as token_source
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desk.sandbox.serve import RunningServer, serve_in_thread

PHONE_NUMBER_ID = "106540352242922"


@dataclass
class WhatsAppStack:
    relay_url: str
    graph_url: str
    sandbox: object  # desk.sandbox.whatsapp.WhatsAppSandbox
    access_token: str
    relay_token: str
    phone_number_id: str = PHONE_NUMBER_ID
    _servers: list[RunningServer] = field(default_factory=list)
    _store: object | None = None

    def settings(self) -> dict[str, str]:
        """Non-secret account settings pointing at this stack."""
        return {"phone_number_id": self.phone_number_id, "relay_url": self.relay_url, "graph_url": self.graph_url}

    def secrets(self) -> dict[str, str]:
        return {"access_token": self.access_token, "relay_token": self.relay_token}

    def stop(self) -> None:
        for server in reversed(self._servers):
            server.stop()
        if self._store is not None:
            self._store.close()


def start_whatsapp(store_dir: Path | None = None) -> WhatsAppStack:
    """A relay and a fake Graph API wired together (webhooks signed with a fresh app secret)."""
    from desk.relay.app import create_relay_app
    from desk.sandbox.whatsapp import create_whatsapp_sandbox

    store_dir = store_dir or Path(tempfile.mkdtemp(prefix="desk-relay-"))
    app_secret, relay_token, access_token, verify = (token_source.token_urlsafe(24) for _ in range(4))
    relay_app = create_relay_app(store_dir / "relay.sqlite3", verify, app_secret, relay_token)
    relay = serve_in_thread(relay_app)
    sandbox = create_whatsapp_sandbox(f"{relay.url}/webhook", app_secret, access_token=access_token,
                                      phone_number_id=PHONE_NUMBER_ID)
    graph = serve_in_thread(sandbox)
    return WhatsAppStack(relay.url, graph.url, sandbox, access_token, relay_token,
                         _servers=[relay, graph], _store=relay_app.state.store)


@dataclass
class AmazonStack:
    url: str
    client_id: str
    client_secret: str
    refresh_token: str
    sandbox: object  # desk.sandbox.amazon.AmazonSandbox
    _server: RunningServer

    def settings(self) -> dict[str, str]:
        return {"spapi_endpoint": self.url, "lwa_endpoint": f"{self.url}/auth/o2/token",
                "lwa_client_id": self.client_id}

    def secrets(self) -> dict[str, str]:
        return {"lwa_client_secret": self.client_secret, "refresh_token": self.refresh_token}

    def stop(self) -> None:
        self._server.stop()


def start_amazon(orders: list[dict]) -> AmazonStack:
    """LWA + SP-API Orders, seeded with `orders` (desk.sandbox.amazon seed format)."""
    from desk.sandbox.amazon import create_amazon_sandbox

    client_id = f"amzn1.application-oa2-client.{token_source.token_hex(8)}"
    client_secret, refresh_token = token_source.token_urlsafe(24), f"Atzr|{token_source.token_urlsafe(24)}"
    app = create_amazon_sandbox(orders, clients={client_id: client_secret}, refresh_tokens={refresh_token})
    server = serve_in_thread(app)
    return AmazonStack(server.url, client_id, client_secret, refresh_token, app.state.sandbox, server)


@dataclass
class ShopifyStack:
    """A store whose app authenticates as new apps do: the client-credentials grant."""

    url: str
    shop: str
    client_id: str
    client_secret: str
    sandbox: object
    _server: RunningServer

    def settings(self) -> dict[str, str]:
        return {"shop_domain": self.shop, "admin_endpoint": self.url, "shopify_auth": "client_credentials"}

    def secrets(self) -> dict[str, str]:
        return {"client_id": self.client_id, "client_secret": self.client_secret}

    def stop(self) -> None:
        self._server.stop()


def start_shopify(orders: list[dict], customers: list[dict], shop: str = "lumora-home.myshopify.com") -> ShopifyStack:
    from desk.sandbox.shopify import create_shopify_sandbox

    client_id, client_secret = token_source.token_hex(16), f"shpss_{token_source.token_hex(16)}"
    app = create_shopify_sandbox(orders, customers, access_token=None, client_credentials=(client_id, client_secret))
    server = serve_in_thread(app)
    return ShopifyStack(server.url, shop, client_id, client_secret, app.state.sandbox, server)


class MailStack:
    """The sandbox IMAP/SMTP pair on its own event loop thread (it must not share the UI's loop)."""

    def __init__(self, addresses: list[str]):
        import asyncio
        import threading

        from desk.sandbox.mail import SandboxMailServer

        self.passwords = {address: token_source.token_urlsafe(16) for address in addresses}
        self.server = SandboxMailServer(self.passwords)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="sandbox-mail", daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self._loop).result(15)

    def settings(self, address: str) -> dict[str, object]:
        return {"address": address, "username": address, "imap_host": "127.0.0.1", "imap_port": self.server.imap_port,
                "imap_security": "plain", "smtp_host": "127.0.0.1", "smtp_port": self.server.smtp_port,
                "smtp_security": "plain", "authserv_id": self.server.hostname}

    def secrets(self, address: str) -> dict[str, str]:
        return {"password": self.passwords[address]}

    def deliver(self, address: str, raw: bytes) -> int:
        """Seed a mail into `address`'s INBOX, on the server's own loop (IDLE watchers are told)."""
        from concurrent.futures import Future

        done: Future = Future()

        def run() -> None:
            try:
                done.set_result(self.server.deliver(address, raw))
            except Exception as error:
                done.set_exception(error)

        self._loop.call_soon_threadsafe(run)
        return done.result(10)

    def stop(self) -> None:
        import asyncio

        asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(15)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
