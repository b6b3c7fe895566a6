"""One serial sync loop per account; accounts run concurrently under asyncio.

A round delivers what the outbox holds for the account, pulls until caught up (each batch stored
with its cursor in one transaction, then handed to `on_stored`, the pipeline), and delivers again;
then the loop waits for news (IMAP IDLE where the connector offers `wait_for_new`, polling
otherwise) or for a queued reply (`wake`). Failures change the account's state rather than crash:
rate-limited (wait what the platform asks), offline (exponential backoff with jitter), auth failed
(stop until the credentials change). Replies never wait for pulling: while a pull is rate-limited
or backing off, a queued reply is still delivered at once (a 429 on orders delays order context,
not the outbox). A 429 on Amazon never stalls WhatsApp: each account has its own loop.
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
    retry_at: float | None = None  # rate-limited or offline: when the next pull is tried (epoch seconds)


def backoff_delay(failures: int, rng: random.Random) -> float:
    """Exponential backoff with jitter: ~1 s, 2 s, 4 s ... capped at 5 min, randomised ±50 %."""
    return min(MAX_BACKOFF_S, 2.0 ** max(0, failures - 1)) * rng.uniform(0.5, 1.5)


Run = Callable[..., Awaitable[Any]]


class AccountSync:
    def __init__(self, account_id: int, connector: Connector, store: SyncStore, write: Run, *,
                 on_status: Callable[[AccountStatus], None] = lambda status: None,
                 on_stored: Callable[[int], None] = lambda inserted: None, stream: str = "main",
                 poll_s: float = DEFAULT_POLL_S, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 rng: random.Random | None = None):
        self.account_id = account_id
        self.connector = connector
        self.store = store
        self.write = write
        self.on_status = on_status
        self.on_stored = on_stored
        self.stream = stream
        self.poll_s = poll_s
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.outbox = OutboxSender(store.db, write)
        self.status = AccountStatus(account_id, AccountState.IDLE)
        self.stored = 0  # messages stored since this loop began
        self.delivered = 0  # replies delivered since this loop began
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Start the next round now (a reply was queued): pull and send stay serial per account,
        so a delivery status can never be applied before its message is marked sent."""
        self._wake.set()

    def _report(self, state: AccountState, detail: str = "", fetched: int = 0, retry_at: float | None = None) -> None:
        self.status = AccountStatus(self.account_id, state, detail, fetched, retry_at=retry_at)
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
            self.stored += result.inserted
            cursor = batch.cursor
            if result.inserted:
                self.on_stored(result.inserted)
            self._report(AccountState.SYNCING, fetched=stored)
            if not batch.more:
                return stored

    async def round(self) -> int:
        self._report(AccountState.SYNCING)
        await self.deliver()
        stored = await self.sync_once()
        await self.deliver()  # replies queued meanwhile (the pipeline's automatic ones too)
        self._report(AccountState.IDLE, fetched=stored)
        return stored

    async def deliver(self) -> int:
        """Send what the account's outbox holds now; returns how many went."""
        self._wake.clear()
        sent = await self.outbox.drain(self.account_id, self.connector)
        self.delivered += sent
        return sent

    async def once(self) -> int:
        """One round and no waiting (`desk sync --once`): messages stored; how it ended is in
        `status`. Only cancellation escapes."""
        before = self.stored
        try:
            await self.round()
        except asyncio.CancelledError:
            raise
        except Exception as error:
            state, detail, _wait = self._failure(error, 1)
            self._report(state, detail, fetched=self.stored - before)
        return self.stored - before

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
            except Exception as error:
                failures += not isinstance(error, RateLimited)
                state, detail, wait = self._failure(error, failures)
                if state is AccountState.AUTH_FAILED:
                    self._report(state, detail)
                    return
                await self._pause(state, detail, wait)

    def _failure(self, error: Exception, failures: int) -> tuple[AccountState, str, float]:
        """The state a failed round leaves the account in, what to show, and how long to wait."""
        if isinstance(error, AuthFailed):
            return AccountState.AUTH_FAILED, str(error), 0.0
        if isinstance(error, RateLimited):
            return AccountState.RATE_LIMITED, str(error), error.retry_after * self.rng.uniform(1.0, 1.2)
        if isinstance(error, Unavailable):
            return AccountState.OFFLINE, str(error), backoff_delay(failures, self.rng)
        # a bug or a surprise: keep the other accounts and the window alive
        log.error("account %s: sync failed", self.account_id, exc_info=error)
        return AccountState.ERROR, type(error).__name__, backoff_delay(failures, self.rng)

    async def _pause(self, state: AccountState, detail: str, seconds: float) -> None:
        """Wait before pulling again, delivering any reply queued meanwhile: its send may well go
        through (mail replies do not share SP-API's or Shopify's limits); if it cannot, the outbox
        keeps it for its own retry time."""
        retry_at = time.time() + seconds
        self._report(state, detail, retry_at=retry_at)
        while (left := retry_at - time.time()) > 0:
            if not await self._sleep_or_wake(left):
                return
            try:
                await self.deliver()
            except (RateLimited, Unavailable) as error:
                log.info("account %s: reply not delivered yet: %s", self.account_id, error)
            self._report(state, detail, retry_at=retry_at)

    async def _sleep_or_wake(self, seconds: float) -> bool:
        """Sleep `seconds`, or less when a reply is queued: True when woken."""
        return await self._until_woken(self.sleep(seconds))

    async def _wait_for_news(self) -> None:
        wait = getattr(self.connector, "wait_for_new", None)
        await self._until_woken(wait(self.poll_s) if wait is not None else self.sleep(self.poll_s))
        self._wake.clear()

    async def _until_woken(self, waiting) -> bool:
        """Await `waiting` unless a reply is queued first; True when woken."""
        if self._wake.is_set():
            waiting.close()
            return True
        news = asyncio.ensure_future(waiting)
        woken = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({news, woken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (news, woken):
                task.cancel()
            await asyncio.gather(news, woken, return_exceptions=True)
        return self._wake.is_set()


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
