"""One serial sync loop per account; accounts run concurrently under asyncio.

A loop pulls until caught up (each batch stored with its cursor in one transaction), sends what
the outbox holds for the account, then waits for news (IMAP IDLE where the connector offers
`wait_for_new`, polling otherwise). Failures change the account's state rather than crash:
rate-limited (wait what the platform asks), offline (exponential backoff with jitter), auth failed
(stop until the credentials change). A 429 on Amazon never stalls WhatsApp: each account has its
own loop and its own backoff.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from desk.connectors.base import AuthFailed, Connector, RateLimited, Unavailable
from desk.sync.crashpoints import crashpoint
from desk.sync.outbox import OutboxSender
from desk.sync.store import SyncStore

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 300.0
DEFAULT_POLL_S = 60.0


class AccountState(enum.StrEnum):
    IDLE = "idle"
    SYNCING = "syncing"
    RATE_LIMITED = "rate_limited"
    AUTH_FAILED = "auth_failed"
    OFFLINE = "offline"
    ERROR = "error"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class AccountStatus:
    account_id: int
    state: AccountState
    detail: str = ""
    fetched: int = 0  # messages stored in the current round
    at: float = field(default_factory=time.time)


def backoff_delay(failures: int, rng: random.Random) -> float:
    """Exponential backoff with jitter: ~1 s, 2 s, 4 s ... capped at 5 min, randomised ±50 %."""
    return min(MAX_BACKOFF_S, 2.0 ** max(0, failures - 1)) * rng.uniform(0.5, 1.5)


Run = Callable[..., Awaitable[Any]]


class AccountSync:
    def __init__(self, account_id: int, connector: Connector, store: SyncStore, write: Run, *,
                 on_status: Callable[[AccountStatus], None] = lambda status: None, stream: str = "main",
                 poll_s: float = DEFAULT_POLL_S, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 rng: random.Random | None = None):
        self.account_id = account_id
        self.connector = connector
        self.store = store
        self.write = write
        self.on_status = on_status
        self.stream = stream
        self.poll_s = poll_s
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.outbox = OutboxSender(store.db, write)
        self.status = AccountStatus(account_id, AccountState.IDLE)
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Start the next round now (a reply was queued): pull and send stay serial per account,
        so a delivery status can never be applied before its message is marked sent."""
        self._wake.set()

    def _report(self, state: AccountState, detail: str = "", fetched: int = 0) -> None:
        self.status = AccountStatus(self.account_id, state, detail, fetched)
        self.on_status(self.status)

    async def sync_once(self) -> int:
        """Pull until caught up; every batch is durable before the next pull. Returns messages stored."""
        cursor = await self.write(self.store.cursor, self.account_id, self.stream)
        stored = 0
        while True:
            crashpoint("sync.before_pull")
            batch = await self.connector.pull(cursor)
            for line in batch.skipped:
                log.warning("account %s: skipped an item: %s", self.account_id, line)
            for item in batch.quarantined:
                log.warning("account %s: quarantined %s (%s): %s", self.account_id, item.kind, item.source, item.reason)
            crashpoint("sync.before_apply")
            result = await self.write(self.store.apply, self.account_id, self.stream, batch)
            crashpoint("sync.after_apply")
            stored += result.inserted
            cursor = batch.cursor
            self._report(AccountState.SYNCING, fetched=stored)
            if not batch.more:
                return stored

    async def round(self) -> int:
        self._report(AccountState.SYNCING)
        stored = await self.sync_once()
        await self.outbox.drain(self.account_id, self.connector)
        self._report(AccountState.IDLE, fetched=stored)
        return stored

    async def run(self) -> None:
        """Until cancelled, or until the platform refuses the credentials."""
        failures = 0
        while True:
            try:
                await self.round()
                failures = 0
                await self._wait_for_news()
            except asyncio.CancelledError:
                self._report(AccountState.STOPPED)
                raise
            except AuthFailed as error:
                self._report(AccountState.AUTH_FAILED, str(error))
                return
            except RateLimited as error:
                self._report(AccountState.RATE_LIMITED, str(error))
                await self.sleep(error.retry_after * self.rng.uniform(1.0, 1.2))
            except Unavailable as error:
                failures += 1
                self._report(AccountState.OFFLINE, str(error))
                await self.sleep(backoff_delay(failures, self.rng))
            except Exception as error:  # a bug or a surprise: keep the other accounts and the window alive
                failures += 1
                log.exception("account %s: sync failed", self.account_id)
                self._report(AccountState.ERROR, type(error).__name__)
                await self.sleep(backoff_delay(failures, self.rng))

    async def _wait_for_news(self) -> None:
        if self._wake.is_set():
            self._wake.clear()
            return
        wait = getattr(self.connector, "wait_for_new", None)
        news = asyncio.ensure_future(wait(self.poll_s) if wait is not None else self.sleep(self.poll_s))
        woken = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({news, woken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (news, woken):
                task.cancel()
            await asyncio.gather(news, woken, return_exceptions=True)
        self._wake.clear()


class SyncManager:
    """Runs every account's loop; keeps a reference to each task so none is collected mid-flight."""

    def __init__(self) -> None:
        self.tasks: dict[int, asyncio.Task] = {}
        self.syncs: dict[int, AccountSync] = {}

    def start(self, sync: AccountSync) -> None:
        self.stop(sync.account_id)
        self.syncs[sync.account_id] = sync
        self.tasks[sync.account_id] = asyncio.get_running_loop().create_task(sync.run(), name=f"sync-{sync.account_id}")

    def stop(self, account_id: int) -> None:
        task = self.tasks.pop(account_id, None)
        if task is not None:
            task.cancel()
        self.syncs.pop(account_id, None)

    async def stop_all(self) -> None:
        tasks, connectors = list(self.tasks.values()), [s.connector for s in self.syncs.values()]
        for account_id in list(self.tasks):
            self.stop(account_id)
        await asyncio.gather(*tasks, return_exceptions=True)
        for connector in connectors:
            await connector.aclose()
