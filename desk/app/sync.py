"""The sync service: every account's loop (desk.sync.engine), the pipeline after each stored
batch (desk.pipeline) and the outbox, the same with a window open (it runs in the background and
announces states through ws.events) or without (`desk sync --once`, `desk worker`).

Platform credentials are read from the keyring here, on a worker thread, and handed to the
connectors; they never reach the database, the events or a log line.

A team's worker (desk.team.worker) runs this same service on the team database, syncing only the
accounts whose lease it holds and running the pipeline only while it holds the pipeline's lease:
`may_sync` and `may_run_pipeline` ask it. A solo Desk gives neither, and may do everything.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.pipeline import Pipeline, PipelineReport
from desk.sync.engine import AccountState, AccountStatus, AccountSync, SyncManager
from desk.sync.store import SyncStore

if TYPE_CHECKING:
    from desk.accounts import AccountInfo
    from desk.app.workspace import Workspace

log = logging.getLogger(__name__)


WAKE_CHECK_S = 60.0  # at the latest, snoozed conversations are looked at this often


@dataclass
class SyncReport:
    """What one `run_once` did."""

    messages_new: int = 0
    replies_delivered: int = 0
    woken: int = 0  # snoozed conversations whose time had come
    pipeline: PipelineReport = field(default_factory=PipelineReport)
    accounts: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"messages_new": self.messages_new, "triaged": len(self.pipeline.triaged),
                "escalated": len(self.pipeline.escalated), "routed": len(self.pipeline.routed),
                "auto_replies_sent": len(self.pipeline.auto_replied), "translated": self.pipeline.translated,
                "replies_delivered": self.replies_delivered, "woken": self.woken, "accounts": self.accounts}


async def _always(*_args: Any) -> bool:
    return True


class SyncService:
    def __init__(self, ws: Workspace, *, poll_s: float | None = None, wake_check_s: float = WAKE_CHECK_S,
                 may_sync: Callable[[int], Awaitable[bool]] | None = None,
                 may_run_pipeline: Callable[[], Awaitable[bool]] | None = None):
        self.ws = ws
        self.poll_s = poll_s
        self.wake_check_s = wake_check_s
        self._waker: asyncio.Task | None = None
        self.may_sync = may_sync or _always
        self.may_run_pipeline = may_run_pipeline or _always
        self.runs_pipeline = may_run_pipeline is None  # as last asked (a lease can be lost or taken)
        self.manager = SyncManager()
        self.pipeline = Pipeline(ws)
        self.states: dict[int, AccountStatus] = {}
        self._running: dict[int, AccountInfo] = {}  # accounts whose loop was started, as they were then
        self._tasks: set[asyncio.Task] = set()
        ws.events.reply_queued.connect(self._on_reply_queued)
        ws.events.accounts_changed.connect(self._on_accounts_changed)

    # --- running in the background ------------------------------------------------------------

    async def start(self) -> None:
        """(Re)start every account's loop; an account whose credentials cannot be read shows why."""
        await self.manager.stop_all()
        self._running.clear()
        accounts = await self._accounts()
        self.ws.events.accounts.emit(accounts)
        for account in accounts:
            if await self.may_sync(account.id):
                await self._start_loop(account)
        if await self._check_pipeline():
            self.pipeline.request()  # what earlier runs stored but never triaged
        self._start_waker()

    def _start_waker(self) -> None:
        if self._waker is None or self._waker.done():
            self._waker = asyncio.get_running_loop().create_task(self._wake_on_time(), name="snooze-wake")
            self._tasks.add(self._waker)
            self._waker.add_done_callback(self._tasks.discard)

    async def _wake_on_time(self) -> None:
        """Open snoozed conversations when their time comes (with or without a window): sleep until
        the next one is due, at most WAKE_CHECK_S (a snooze set meanwhile is seen by then)."""
        from desk.app.lifecycle import next_wake, wake_snoozed

        while True:
            try:
                changes = await wake_snoozed(self.ws)
                if changes:
                    self.ws.events.changed.emit(changes)
                upcoming = await next_wake(self.ws)
            except Exception:  # a failed read must not end the loop; the next round tries again
                log.exception("waking snoozed conversations failed")
                upcoming = None
            delay = self.wake_check_s if upcoming is None else min(self.wake_check_s, max(upcoming - time.time(), 0.05))
            await asyncio.sleep(delay)

    async def start_missing(self) -> list[int]:
        """Start the loop of every account this service may sync and runs no loop for (a new account,
        an account whose lease was just taken, one whose credentials could not be read before),
        restart those whose settings changed, stop those removed; ask for a pipeline pass when this
        service runs the pipeline. Returns the accounts started."""
        accounts = {account.id: account for account in await self._accounts()}
        for account_id, was in list(self._running.items()):
            if accounts.get(account_id) != was:
                await self._stop_loop(account_id)
        started = []
        for account in accounts.values():
            if account.id not in self._running and await self.may_sync(account.id) and await self._start_loop(account):
                started.append(account.id)
        if await self._check_pipeline():
            self.pipeline.request()
        return started

    async def _start_loop(self, account: AccountInfo) -> bool:
        sync = await self._account_sync(account)
        if sync is None:
            return False
        self.manager.start(sync)
        self._running[account.id] = account
        return True

    async def _stop_loop(self, account_id: int) -> None:
        sync, task = self.manager.syncs.get(account_id), self.manager.tasks.get(account_id)
        self.manager.stop(account_id)
        self._running.pop(account_id, None)
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)
        if sync is not None:
            await sync.connector.aclose()

    async def _check_pipeline(self) -> bool:
        self.runs_pipeline = await self.may_run_pipeline()
        return self.runs_pipeline

    def request_pipeline(self) -> None:
        """A pipeline pass soon, when this service runs the pipeline."""
        if self.runs_pipeline:
            self.pipeline.request()

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.manager.stop_all()
        self._running.clear()
        await self.pipeline.stop()

    def _on_reply_queued(self, conversation_id: int) -> None:
        self._spawn(self._wake_account_of(conversation_id))

    def _on_accounts_changed(self) -> None:
        if self.manager.tasks:  # running in the background: pick up the new settings
            self._spawn(self.start())

    async def _wake_account_of(self, conversation_id: int) -> None:
        rows = await self.ws.executors.read(
            self.ws.db.fetch_all, "SELECT account_id FROM conversations WHERE id = :c", {"c": conversation_id})
        if rows and (sync := self.manager.syncs.get(rows[0][0])) is not None:
            sync.wake()

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # --- once, headless -------------------------------------------------------------------------

    async def run_once(self) -> SyncReport:
        """Every account synced once (pull until caught up, queued replies delivered), the pipeline
        run over what arrived, and the automatic replies it queued delivered too."""
        from desk.app.lifecycle import wake_snoozed

        report = SyncReport()
        woken = await wake_snoozed(self.ws)
        report.woken = len(woken.conversations)
        syncs, allowed = [], set()
        await self._check_pipeline()
        for account in await self._accounts():
            if not await self.may_sync(account.id):
                continue
            allowed.add(account.id)
            sync = await self._account_sync(account)
            if sync is not None:
                syncs.append((account, sync))
        try:
            stored = await asyncio.gather(*(sync.once() for _, sync in syncs))
            report.messages_new = sum(stored)
            self.request_pipeline()
            await self.pipeline.settle()
            report.pipeline = self.pipeline.totals
            for _, sync in syncs:
                if sync.status.state is AccountState.IDLE:
                    await self._deliver(sync)
            report.replies_delivered = sum(sync.delivered for _, sync in syncs)
        finally:
            for _, sync in syncs:
                await sync.connector.aclose()
        report.accounts = [self._account_report(account) for account in await self._accounts() if account.id in allowed]
        return report

    async def _deliver(self, sync: AccountSync) -> None:
        try:
            await sync.deliver()
        except Exception as error:  # the state says why; the reply stays in the outbox
            log.info("account %s: replies not delivered: %s", sync.account_id, error)

    def _account_report(self, account: AccountInfo) -> dict[str, Any]:
        status = self.states.get(account.id)
        return {"id": account.id, "name": account.name, "channel": account.channel.value,
                "state": status.state.value if status else AccountState.IDLE.value,
                "detail": status.detail if status else "", "fetched": status.fetched if status else 0}

    # --- accounts -------------------------------------------------------------------------------

    async def _accounts(self) -> list[AccountInfo]:
        from desk.app.accounts import list_accounts

        return [account for account in await list_accounts(self.ws) if not account.local]

    async def _account_sync(self, account: AccountInfo) -> AccountSync | None:
        from desk.app.accounts import load_credentials
        from desk.connectors.registry import build_connector

        try:
            credentials = await load_credentials(self.ws, account.id, account.channel)
            # Off the loop's thread: HTTP clients load CA certificates when they are made.
            connector = await self.ws.executors.io(build_connector, account, credentials)
        except Exception as error:
            self._on_status(AccountStatus(account.id, AccountState.AUTH_FAILED, str(error)))
            return None
        options = {} if self.poll_s is None else {"poll_s": self.poll_s}
        return AccountSync(account.id, connector, SyncStore(self.ws.db), self.ws.executors.write,
                           on_status=self._on_status, on_stored=lambda _inserted: self.request_pipeline(), **options)

    def _on_status(self, status: AccountStatus) -> None:
        self.states[status.account_id] = status
        self.ws.events.account_status.emit(status)
        if status.fetched and status.state is AccountState.IDLE:
            from desk.app.changes import Changes

            self.ws.events.changed.emit(Changes(queue=True))


class DemoPlatforms:
    """The demo's sandbox platforms, started for as long as a window or a command runs; their
    credentials live in an in-memory keyring for that time only."""

    def __init__(self, running) -> None:
        self._running = running

    def stop(self) -> None:
        self._running.stop()


async def start_demo_platforms(ws: Workspace) -> DemoPlatforms:
    from desk import secrets
    from desk.sandbox.demo import point_demo_workspace

    secrets.use_session_keyring()
    running = await ws.executors.write(point_demo_workspace, ws.db)
    for account_id, values in running.secrets.items():
        for name, value in values.items():
            await ws.executors.io(secrets.store_secret, account_id, name, value)
    return DemoPlatforms(running)
