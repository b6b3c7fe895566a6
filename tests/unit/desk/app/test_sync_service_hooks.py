"""The sync service's two questions for a team's worker (desk.team.worker): which accounts it may
sync and whether it may run the pipeline; `start_missing` starts what became free. A solo Desk
asks neither. The platforms are scripted here; the worker on PostgreSQL with real platforms is
tests/integration/test_team_worker.py."""

from __future__ import annotations

import asyncio

import pytest

from desk.app.sync import SyncService
from desk.app.workspace import Workspace
from desk.sync.engine import AccountState
from tests.helpers.scripted import ScriptedPlatform


@pytest.fixture
def platforms(monkeypatch, session_keyring):
    """Every account's connector is a scripted platform with three customer messages."""
    made: dict[int, ScriptedPlatform] = {}

    def build(account, credentials):
        made[account.id] = ScriptedPlatform(account.id, count=3)
        return made[account.id]

    monkeypatch.setattr("desk.connectors.registry.build_connector", build)
    return made


def stored_by_account(db) -> dict[int, int]:
    return dict(db.fetch_all("SELECT account_id, count(*) FROM messages GROUP BY account_id"))


def untriaged(db) -> int:
    return db.fetch_all("SELECT count(*) FROM conversations WHERE triaged_at IS NULL")[0][0]


def test_once_syncs_only_the_accounts_it_may_and_no_pipeline_without_leave(db, accounts, platforms):
    allowed = {accounts["email"], accounts["whatsapp"]}

    async def may_sync(account_id: int) -> bool:
        return account_id in allowed

    async def may_run_pipeline() -> bool:
        return False

    async def scenario():
        ws = Workspace(db)
        try:
            return await SyncService(ws, may_sync=may_sync, may_run_pipeline=may_run_pipeline).run_once()
        finally:
            ws.executors.shutdown()

    report = asyncio.run(scenario())
    assert set(platforms) == allowed and stored_by_account(db) == {a: 3 for a in allowed}
    assert {a["id"] for a in report.accounts} == allowed and report.messages_new == 6
    assert report.pipeline.triaged == [] and untriaged(db) > 0


def test_solo_once_syncs_every_account_and_triages(db, accounts, platforms):
    async def scenario():
        ws = Workspace(db)
        try:
            return await SyncService(ws).run_once()
        finally:
            ws.executors.shutdown()

    report = asyncio.run(scenario())
    assert stored_by_account(db) == {a: 3 for a in accounts.values()}
    assert {a["id"] for a in report.accounts} == set(accounts.values()) and untriaged(db) == 0


def test_start_missing_starts_what_became_free_and_restarts_an_account_whose_settings_changed(db, accounts, platforms):
    from desk.accounts import list_accounts, save_account

    free = {accounts["email"]}
    pipeline_free = [False]

    async def may_sync(account_id: int) -> bool:
        return account_id in free

    async def may_run_pipeline() -> bool:
        return pipeline_free[0]

    async def scenario():
        ws = Workspace(db)
        service = SyncService(ws, may_sync=may_sync, may_run_pipeline=may_run_pipeline)
        idle: dict[int, asyncio.Event] = {}
        ws.events.account_status.connect(
            lambda s: s.state is AccountState.IDLE and idle.setdefault(s.account_id, asyncio.Event()).set())
        settled = asyncio.Event()
        ws.events.pipeline.connect(lambda report: untriaged(db) == 0 and settled.set())

        async def synced(account_id):
            await asyncio.wait_for(idle.setdefault(account_id, asyncio.Event()).wait(), 10)

        try:
            assert await service.start_missing() == [accounts["email"]]
            await synced(accounts["email"])
            assert untriaged(db) > 0 and not service.runs_pipeline
            assert await service.start_missing() == []  # nothing new is free

            free.add(accounts["whatsapp"])
            pipeline_free[0] = True
            assert await service.start_missing() == [accounts["whatsapp"]]
            await synced(accounts["whatsapp"])
            await asyncio.wait_for(settled.wait(), 10)  # the pipeline, now ours, read what was waiting

            first = platforms[accounts["email"]]
            email = next(a for a in list_accounts(db) if a.id == accounts["email"])
            save_account(db, email.channel, "renamed by the lead", email.settings, email.id)
            assert await service.start_missing() == [accounts["email"]]
            assert platforms[accounts["email"]] is not first  # a new connector with the new settings
            assert set(service.manager.syncs) == {accounts["email"], accounts["whatsapp"]}
        finally:
            await service.stop()
            ws.executors.shutdown()

    asyncio.run(scenario())
    assert stored_by_account(db) == {accounts["email"]: 3, accounts["whatsapp"]: 3}
