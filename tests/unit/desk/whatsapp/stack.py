"""The WhatsApp test stack: a real relay and the fake Graph API on 127.0.0.1, and a connector."""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from desk.connectors.whatsapp import WhatsAppConnector, WhatsAppSettings
from desk.relay.app import create_relay_app
from desk.relay.store import EventStore
from desk.sandbox.serve import serve_in_thread
from desk.sandbox.whatsapp import WhatsAppSandbox, create_whatsapp_sandbox, webhook_signature

VERIFY_TOKEN = "verify-tok-8c1d0e5a"
APP_SECRET = "app-secret-3f9b27c4d1"
RELAY_TOKEN = "relay-bearer-6e2a91f0"
ACCESS_TOKEN = "EAAGsandbox7d4c2b19aa"
SECRETS = (VERIFY_TOKEN, APP_SECRET, RELAY_TOKEN, ACCESS_TOKEN)
PHONE_NUMBER_ID = "1122334455667"
DATA = Path(__file__).resolve().parents[3] / "data" / "whatsapp"


_TLS = ssl.create_default_context()  # shared: building one per request costs ~70 ms


def get(url: str, **options: Any) -> httpx.Response:
    with httpx.Client(timeout=10, verify=_TLS) as client:
        return client.get(url, **options)


def post(url: str, **options: Any) -> httpx.Response:
    with httpx.Client(timeout=10, verify=_TLS) as client:
        return client.post(url, **options)


def run(coro: Coroutine[Any, Any, Any], timeout: float = 15) -> Any:
    return asyncio.run(asyncio.wait_for(coro, timeout))


def signed(payload: Any, secret: str = APP_SECRET) -> tuple[bytes, dict[str, str]]:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return body, {"X-Hub-Signature-256": webhook_signature(body, secret), "Content-Type": "application/json"}


def samples(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@dataclass
class RunningRelay:
    url: str
    store: EventStore


@contextmanager
def running_relay(store_path: Path, **options: Any) -> Iterator[RunningRelay]:
    app = create_relay_app(store_path, VERIFY_TOKEN, APP_SECRET, RELAY_TOKEN, **options)
    server = serve_in_thread(app)
    try:
        yield RunningRelay(server.url, app.state.store)
    finally:
        server.stop()
        app.state.store.close()


class FakeClock:
    def __init__(self, start: float | None = None):
        self.now = time.time() if start is None else start

    def __call__(self) -> float:
        return self.now


@dataclass
class Stack:
    relay: RunningRelay
    sandbox: WhatsAppSandbox
    graph_url: str

    def connector(self, *, access_token: str = ACCESS_TOKEN, relay_token: str = RELAY_TOKEN,
                  **settings: Any) -> WhatsAppConnector:
        options = {"phone_number_id": PHONE_NUMBER_ID, "relay_url": self.relay.url, "graph_url": self.graph_url,
                   "timeout": 5.0, **settings}
        return WhatsAppConnector(7, WhatsAppSettings(**options), access_token, relay_token)


@contextmanager
def whatsapp_stack(tmp_path: Path, clock: FakeClock | None = None) -> Iterator[Stack]:
    with running_relay(tmp_path / "relay.sqlite3") as relay:
        sandbox = create_whatsapp_sandbox(
            f"{relay.url}/webhook", APP_SECRET, access_token=ACCESS_TOKEN, phone_number_id=PHONE_NUMBER_ID,
            clock=clock or time.time,
        )
        server = serve_in_thread(sandbox)
        try:
            yield Stack(relay, sandbox, server.url)
        finally:
            server.stop()
