"""Sandbox platforms running together on 127.0.0.1: for the benchmark, `desk sandbox` and the demo.

Each part is a real server (HTTP via uvicorn in a thread); secrets are random per run and are
handed to the caller, which keeps them in memory only.
"""

from __future__ import annotations

import secrets as token_source
import tempfile
from contextlib import ExitStack
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
        return {"phone_number_id": self.phone_number_id, "relay_url": self.relay_url, "graph_url": self.graph_url,
                "api_version": "v23.0"}

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


class Sandboxes(ExitStack):
    """Stops every started part on exit."""
