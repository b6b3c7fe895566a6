from __future__ import annotations

import pytest

from desk.sandbox.amazon import AmazonSandbox, create_amazon_sandbox
from desk.sandbox.serve import serve_in_thread

from .support import FakeClock


class _SwappableApp:
    """One server per test module, a fresh sandbox app per test (starting uvicorn costs ~0.2 s)."""

    def __init__(self) -> None:
        self.app = None

    async def __call__(self, scope, receive, send) -> None:
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def _server():
    front = _SwappableApp()
    server = serve_in_thread(front)
    yield front, server.url
    server.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def start_sandbox(clock, _server):
    """start_sandbox(orders, **options) -> (sandbox state, base URL); the sandbox runs on `clock`
    unless real_time=True."""
    front, url = _server
    started: list[AmazonSandbox] = []

    def start(orders: list[dict], *, real_time: bool = False, **options) -> tuple[AmazonSandbox, str]:
        timing = {} if real_time else {"clock": clock.monotonic, "now": clock.now}
        front.app = create_amazon_sandbox(orders, **timing, **options)
        started.append(front.app.state.sandbox)
        return front.app.state.sandbox, url

    yield start
    for sandbox in started:
        sandbox.release_slow()
