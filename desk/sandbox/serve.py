"""Run an ASGI app on a free 127.0.0.1 port in a background thread (tests, benchmarks, the demo)."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RunningServer:
    url: str
    port: int
    _server: object
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)


def serve_in_thread(app, port: int | None = None, timeout: float = 10.0) -> RunningServer:
    import uvicorn

    port = port or free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # not the main thread
    thread = threading.Thread(target=server.run, name=f"sandbox-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"sandbox server on port {port} did not start")
        time.sleep(0.01)
    return RunningServer(f"http://127.0.0.1:{port}", port, server, thread)


async def token_request_fields(request) -> dict[str, str]:
    """An OAuth token request's fields, from a form (as documented) or a JSON body (as some SDKs send)."""
    raw = await request.body()
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            parsed = json.loads(raw)
        except ValueError:
            return {}
        fields = parsed.items() if isinstance(parsed, dict) else ()
    else:
        fields = parse_qsl(raw.decode("utf-8", "replace"))
    return {name: value for name, value in fields if isinstance(value, str)}
