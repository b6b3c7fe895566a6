"""The threads blocking work runs on, so the event loop (and the window) never waits.

One reader thread for queries and one writer thread for transactions: with WAL, a long ingest
batch never holds up the next queue page, and writes are serialised in-process (no "database is
locked" between our own threads). Blocking libraries (deep-translator, keyring) get a small pool.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

T = TypeVar("T")


def _pool(workers: int, name: str) -> ThreadPoolExecutor:
    from concurrent.futures import ThreadPoolExecutor  # on first use, not on the start-up path

    return ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)


class Executors:
    """Pools are created on first use."""

    @cached_property
    def reader(self) -> ThreadPoolExecutor:
        return _pool(1, "desk-read")

    @cached_property
    def writer(self) -> ThreadPoolExecutor:
        return _pool(1, "desk-write")

    @cached_property
    def blocking(self) -> ThreadPoolExecutor:
        return _pool(4, "desk-io")

    async def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await _run(self.reader, fn, *args, **kwargs)

    async def write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await _run(self.writer, fn, *args, **kwargs)

    async def io(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await _run(self.blocking, fn, *args, **kwargs)

    def shutdown(self) -> None:
        for name in ("reader", "writer", "blocking"):
            if name in self.__dict__:
                self.__dict__[name].shutdown(wait=True, cancel_futures=True)


async def _run(pool: ThreadPoolExecutor, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    import asyncio  # on first use: the first queue page is painted before asyncio loads

    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(pool, functools.partial(fn, *args, **kwargs))
