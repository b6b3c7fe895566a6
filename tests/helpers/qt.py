"""Waiting on Qt signals from the tests' qasync coroutines: never sleeps, never polls.

    shown = expect(window.conversation_shown)        # listen first,
    window.queue.select_conversation(cid)             # then act,
    assert (await shown) == (cid,)                    # then wait for what the window says
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

DEFAULT_TIMEOUT_S = 15.0


def expect(signal, where: Callable[..., bool] | None = None, timeout: float = DEFAULT_TIMEOUT_S):
    """A task resolving to the arguments of the next emission of `signal` that satisfies `where`."""
    loop = asyncio.get_running_loop()
    arrived = loop.create_future()

    def receive(*args) -> None:
        if not arrived.done() and (where is None or where(*args)):
            arrived.set_result(args)

    signal.connect(receive)

    async def wait():
        try:
            return await asyncio.wait_for(arrived, timeout)
        finally:
            signal.disconnect(receive)

    return asyncio.ensure_future(wait())


async def emitted(signal, where: Callable[..., bool] | None = None, timeout: float = DEFAULT_TIMEOUT_S):
    """The arguments of the next matching emission (for what is already under way)."""
    return await expect(signal, where, timeout)
