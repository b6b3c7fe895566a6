"""`desk worker --team URL`: the platforms' side of a team, on a server or a spare PC.

It runs the sync service of a solo Desk (desk.app.sync: every account's loop, the pipeline after
each stored batch, the outbox) on the team database, but only for the accounts whose lease it
holds (desk.team.leases): two workers share the accounts and never sync or send for the same one.
The pipeline (triage, routing, automatic replies, AI drafts) works across accounts, so it runs in
the one worker holding the pipeline's lease, and no automatic reply goes twice.

A worker that dies loses its leases with its session, at once; the others take its accounts at
their next look (every `look_s`). A worker whose lease connection broke holds nothing any more:
it stops every loop at once and exits with LeaseLost (exit code 3) for its service manager to
restart it. Colleagues' replies reach the outbox of whichever worker holds the account: the team
database announces every changed conversation (LISTEN/NOTIFY, desk.team.live), and the worker
wakes the account of any that has a queued reply.

Platform credentials live only here, in the worker's keyring or its service's credentials
(systemd LoadCredential: desk.secrets.use_service_credentials). Logs say what the worker does,
never a secret: account states, messages stored, pipeline passes, replies delivered.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from typing import TYPE_CHECKING, Any

from desk.app.sync import SyncService
from desk.sync.engine import AccountState, AccountStatus
from desk.team.connect import TeamError, as_team_error

if TYPE_CHECKING:
    from desk.app.workspace import Workspace
    from desk.pipeline import PipelineReport
    from desk.team.leases import AccountLeases
    from desk.team.live import LiveEvent, TeamListener

log = logging.getLogger(__name__)

LOOK_S = 30.0  # how often a worker looks for accounts nobody syncs (a worker stopped, an account was added)
ALIVE_S = 2.0  # how often it checks that its lease connection still holds its leases
APPLICATION = "desk-worker"  # the connections' application_name: how the lead's views tell workers apart
QUIET = (AccountState.IDLE, AccountState.SYNCING, AccountState.STOPPED)


class LeaseLost(TeamError):
    """The connection holding the leases broke: they went with it. The worker stops; its service
    manager starts it again, and it takes what is free then."""

    exit_code = 3


class NotAWorker(TeamError):
    """The login is not a worker's: an agent's or a lead's cannot read the sync state or credentials."""


class Worker:
    def __init__(self, ws: Workspace, leases: AccountLeases, *, look_s: float = LOOK_S, alive_s: float = ALIVE_S):
        from desk.team.leases import PIPELINE

        self.ws = ws
        self.leases = leases
        self.look_s = look_s
        self.alive_s = alive_s
        self._pipeline_lease = PIPELINE
        self.service = SyncService(ws, may_sync=self._may_sync, may_run_pipeline=self._may_run_pipeline)
        self._said: dict[int, tuple[AccountState, str]] = {}
        self._let_go: set[int] = set()
        self._ran_pipeline = False
        self._tasks: set[asyncio.Task] = set()
        self._to_check: set[int] = set()  # conversations announced changed, not yet looked at for replies
        self._checking: asyncio.Task | None = None
        ws.events.account_status.connect(self._log_status)
        ws.events.pipeline.connect(self._log_pipeline)

    async def _may_sync(self, account_id: int) -> bool:
        return await self.ws.executors.write(self.leases.try_acquire, account_id)

    async def _may_run_pipeline(self) -> bool:
        return await self.ws.executors.write(self.leases.try_acquire, self._pipeline_lease)

    # --- running ------------------------------------------------------------------------------

    async def run(self, listener: TeamListener | None = None) -> None:
        """Until cancelled; raises LeaseLost when the lease connection breaks."""
        loop = asyncio.get_running_loop()
        listening = loop.create_task(listener.run(), name="team-live") if listener is not None else None
        try:
            await self._look()
            next_look = loop.time() + self.look_s
            while True:
                await asyncio.sleep(min(self.alive_s, max(0.0, next_look - loop.time())))
                if not await self.ws.executors.write(self.leases.alive):
                    log.error("the connection holding this worker's leases broke: stopping every account's sync")
                    raise LeaseLost("The connection holding this worker's leases broke; the worker stops "
                                    "(its service manager starts it again).")
                if loop.time() >= next_look:
                    await self._look()
                    next_look = loop.time() + self.look_s
        finally:
            for task in [listening, *self._tasks]:
                if task is not None:
                    task.cancel()
            await asyncio.gather(*(t for t in [listening, *self._tasks] if t is not None), return_exceptions=True)
            await self.service.stop()

    async def run_once(self) -> dict[str, Any]:
        """Every account whose lease is free synced once, the pipeline run if its lease is free too,
        the queued replies of those accounts delivered (`desk worker --once`)."""
        report = (await self.service.run_once()).as_dict()
        report["pipeline_lease"] = self.service.runs_pipeline
        return report

    async def _look(self) -> None:
        """Take the accounts nobody syncs, and the pipeline if nobody runs it."""
        try:
            started = await self.service.start_missing()
            await self._release_unsynced()
        except Exception as error:  # the server is unreachable for now: the lease check decides what follows
            if as_team_error(error) is None:
                raise
            log.warning("could not look for accounts to sync: %s", as_team_error(error))
            return
        if started:
            log.info("syncing account(s) %s (this worker holds their leases)", ", ".join(map(str, started)))
        if self.service.runs_pipeline and not self._ran_pipeline:
            log.info("running the pipeline for the team (triage, routing, automatic replies)")
        self._ran_pipeline = self.service.runs_pipeline

    async def _release_unsynced(self) -> None:
        """Let go of the accounts this worker holds but does not sync (their credentials are not
        here, or the account was removed): a worker that has them takes them at its next look."""
        syncing = set(self.service.manager.syncs) | {self._pipeline_lease}
        for account_id in sorted(self.leases.held - syncing):
            await self.ws.executors.write(self.leases.release, account_id)
            if account_id not in self._let_go:
                log.info("account %s: not synced here, its lease is free for another worker", account_id)
                self._let_go.add(account_id)

    # --- news from the team database ----------------------------------------------------------

    def on_live(self, event: LiveEvent) -> None:
        """A colleague (or another worker) changed conversations: triage what is new, and send what
        they queued for an account this worker syncs."""
        from desk.team.live import ConversationsChanged, Offline, Resync, Stopped

        if isinstance(event, ConversationsChanged):
            self.service.request_pipeline()
            self._to_check.update(event.ids)
            if self._checking is None or self._checking.done():
                self._checking = self._spawn(self._wake_senders())
        elif isinstance(event, Resync):  # announcements made while disconnected are lost: look at everything
            self.service.request_pipeline()
            for sync in list(self.service.manager.syncs.values()):
                sync.wake()
        elif isinstance(event, Offline):
            log.warning("live updates interrupted (%s); next try in %.0f s", event.reason, event.retry_in_s)
        elif isinstance(event, Stopped):
            log.error("live updates stopped: %s", event.error)

    async def _wake_senders(self) -> None:
        """One query for every conversation announced meanwhile (a stored batch announces many)."""
        while self._to_check:
            conversation_ids, self._to_check = list(self._to_check), set()
            if not self.service.manager.syncs:
                continue
            rows = await self.ws.executors.read(
                self.ws.db.fetch_all, "SELECT DISTINCT account_id FROM outbox WHERE conversation_id = ANY(:ids) "
                                      "AND state = 'queued'", {"ids": conversation_ids})
            for (account_id,) in rows:
                if (sync := self.service.manager.syncs.get(account_id)) is not None:
                    sync.wake()

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.warning("could not look for replies to send: %s", as_team_error(error) or repr(error))

    # --- what the log says ----------------------------------------------------------------------

    def _log_status(self, status: AccountStatus) -> None:
        """Failures and recoveries once each, and what each round stored: not every idle round."""
        said = (status.state, status.detail)
        before = self._said.get(status.account_id)
        if status.state not in QUIET and said != before:
            log.warning("account %s: %s %s", status.account_id, status.state.value, status.detail)
        elif status.state is AccountState.IDLE and before is not None and before[0] not in QUIET:
            log.info("account %s: syncing again", status.account_id)
        if status.state is AccountState.IDLE and status.fetched:
            log.info("account %s: %d new message(s) stored", status.account_id, status.fetched)
        if status.state is not AccountState.SYNCING:
            self._said[status.account_id] = said

    def _log_pipeline(self, report: PipelineReport) -> None:
        log.info("pipeline: %d conversation(s) triaged, %d escalated, %d routed, %d automatic repl(ies) queued",
                 len(report.triaged), len(report.escalated), len(report.routed), len(report.auto_replied))


# --- the command ----------------------------------------------------------------------------------

def run(args) -> tuple[dict[str, Any] | None, int]:
    """`desk worker`: (the report of --once, or None when it ran until stopped; the exit code)."""
    _log_to_stderr()
    _use_service_credentials()
    return asyncio.run(_serve(args))


def _log_to_stderr() -> None:
    """Desk's own lines at INFO (a service's journal); libraries only when something is wrong
    (httpx would log every request)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("desk").setLevel(logging.INFO)


def _use_service_credentials() -> None:
    from desk import secrets

    folder = os.environ.get(secrets.CREDENTIALS_ENV)
    if folder:
        secrets.use_service_credentials(folder)
        log.info("platform credentials: the service's (%s)", folder)
    else:
        secrets.ensure_keyring()
        log.info("platform credentials: the OS keyring")


async def _serve(args) -> tuple[dict[str, Any] | None, int]:
    from desk.app.workspace import Workspace
    from desk.team.commands import stdin_password
    from desk.team.connect import password_for
    from desk.team.leases import AccountLeases
    from desk.team.live import TeamListener

    address = _address(args)
    password = password_for(address, stdin_password(args))
    ws = Workspace(_open(address, password))
    leases = None
    try:
        await ws.executors.read(check_worker_login, ws.db)
        if args.credentials:
            return await credentials_report(ws)
        await open_translation(ws)
        leases = await ws.executors.write(AccountLeases, ws.db)
        worker = Worker(ws, leases, look_s=args.look_every or LOOK_S)
        log.info("worker on %s", address.display())
        if args.once:
            report = await worker.run_once()
            failed = [a for a in report["accounts"] if a["state"] not in ("idle", "syncing")]
            return report, 1 if failed else 0
        await _until_stopped(worker.run(TeamListener(address, password, worker.on_live)))
        return None, 0
    finally:
        if leases is not None:
            await ws.executors.write(_close_quietly, leases)
        await ws.close()


async def open_translation(ws: Workspace) -> None:
    """Translating ahead for the team: into the languages it reads, kept in the team's translations
    (desk.team.translations) for every agent, and in this host's cache. The provider and its key
    are read now: after changing them, restart the worker."""
    from desk import settings
    from desk.paths import data_dir
    from desk.team.translations import TeamTranslations
    from desk.translation.service import open_translation_service

    ws.translate_ahead_into = tuple(await ws.executors.read(settings.get, ws.db, settings.TRANSLATION_AHEAD_INTO))
    try:
        ws.translation = await open_translation_service(ws.db, ws.executors, data_dir(),
                                                        shared=TeamTranslations.for_worker(ws.db))
    except Exception as error:  # syncing and sending go on; agents' Desks translate when they open
        log.warning("no translation ahead: %s", error)
        return
    log.info("translating ahead into %s with %s", ", ".join(ws.translate_ahead_into) or "nothing",
             ws.translation.settings.provider)


async def _until_stopped(running) -> None:
    """Run the worker until SIGTERM (systemd stopping it) or Ctrl-C."""
    task = asyncio.ensure_future(running)
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        log.info("stopped")
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


async def credentials_report(ws: Workspace) -> tuple[dict[str, Any], int]:
    """Which platform credentials each account needs and whether this worker has them (never their
    values): what its administrator puts in LoadCredential= lines. Exit code 1 when one is missing."""
    from desk import secrets
    from desk.app.accounts import list_accounts, load_credentials, secret_fields

    accounts, lines, missing = [], [], False
    for account in await list_accounts(ws):
        if account.local:
            continue
        found, needed = await load_credentials(ws, account.id, account.channel), _needed_secrets(account)
        rows = [{"field": field, "credential": secrets.credential_name(secrets.account_secret_name(account.id, field)),
                 "present": field in found, "needed": field in needed} for field in secret_fields(account.channel)]
        missing |= bool(needed - set(found))
        accounts.append({"id": account.id, "name": account.name, "channel": account.channel.value, "credentials": rows})
        lines.append(f"account {account.id} {account.name} ({account.channel.value}): " + ", ".join(
            f"{row['credential']} {'present' if row['present'] else 'MISSING' if row['needed'] else 'not needed'}"
            for row in rows))
    return {"accounts": accounts, "_text": "\n".join(lines) or "no accounts"}, 1 if missing else 0


def _needed_secrets(account) -> set[str]:
    """The secrets the account's settings call for (a Shopify app's client secret, or its token)."""
    from desk.accounts import secret_fields, validate
    from desk.errors import InvalidSettings

    try:
        validate(account.channel, account.settings)
    except InvalidSettings as invalid:
        return {name for name, why in invalid.problems.items() if why == "required"} & set(secret_fields(account.channel))
    return set()


def _close_quietly(leases: AccountLeases) -> None:
    try:
        leases.close()
    except Exception as error:  # a broken connection has released everything already
        log.info("lease connection closed: %s", as_team_error(error) or type(error).__name__)


def _address(args):
    from desk.paths import data_dir
    from desk.team.admin import saved_address
    from desk.team.connect import TeamAddress

    if args.team:
        return TeamAddress.parse(args.team, ca_file=args.ca_file)
    address = saved_address(data_dir(getattr(args, "data_dir", None)))
    if address is None:
        raise TeamError("Say which team database this worker serves: desk worker --team URL.")
    return address


def _open(address, password):
    from desk.team.connect import open_team

    return open_team(address, password, application_name=APPLICATION, keyring=False)


def check_worker_login(db) -> None:
    """Refuse an agent's or a lead's login: a worker's reads sync cursors and writes what agents may not."""
    from desk.team.access import group_roles

    database, login = db.fetch_all("SELECT current_database(), current_user")[0]
    role = group_roles(database)["worker"]
    if not db.fetch_all("SELECT pg_has_role(current_user, :r, 'MEMBER')", {"r": role})[0][0]:
        raise NotAWorker(f"{login} is not a worker's login: a lead adds one with "
                         f"`desk team add-agent NAME --role worker`.")
