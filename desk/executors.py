"""The threads blocking work runs on, so the event loop (and the window) never waits.

One reader thread for queries and one writer thread for transactions: with WAL, a long ingest
batch never holds up the next queue page, and writes are serialised in-process (no "database is
locked" between our own threads). Blocking libraries (deep-translator, keyring) get a small pool.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class Executors:
    def __init__(self) -> None:
        self.reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-read")
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-write")
        self.blocking = ThreadPoolExecutor(max_workers=4, thread_name_prefix="desk-io")

    async def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await _run(self.reader, fn, *args, **kwargs)

    async def write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await _run(self.writer, fn, *args, **kwargs)

    async def io(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await _run(self.blocking, fn, *args, **kwargs)

    def shutdown(self) -> None:
        for pool in (self.reader, self.writer, self.blocking):
            pool.shutdown(wait=True, cancel_futures=True)


async def _run(pool: ThreadPoolExecutor, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    import asyncio  # on first use: the first queue page is painted before asyncio loads

    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(pool, functools.partial(fn, *args, **kwargs))
