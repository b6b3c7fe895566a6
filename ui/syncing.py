"""The window's side of sync: starts one loop per account, relays their states as Qt signals,
and does the account chores (keyring, settings, connection tests) off the UI thread."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Signal

from desk import secrets
from desk.accounts import AccountInfo, list_accounts, save_account, secret_fields, validate
from desk.domain import Channel
from desk.executors import Executors
from desk.storage.db import Database
from desk.sync.engine import AccountStatus, AccountSync, SyncManager
from desk.sync.store import SyncStore

log = logging.getLogger(__name__)
TEST_TIMEOUT_S = 30


class SyncController(QObject):
    """Signals:
        status_changed(int, str, str, int): account id, state, detail, messages stored this round.
        data_changed(): new messages or orders were stored.
        accounts_loaded(dict): {account id: name} of the accounts being synced.
    """

    status_changed = Signal(int, str, str, int)
    data_changed = Signal()
    accounts_loaded = Signal(dict)

    def __init__(self, db: Database, executors: Executors, parent=None):
        super().__init__(parent)
        self.db = db
        self.executors = executors
        self.manager = SyncManager()
        self.store = SyncStore(db)

    # --- sync -----------------------------------------------------------------------------------

    async def start(self) -> None:
        """(Re)start every account's loop; an account whose secrets cannot be read shows why."""
        from desk.connectors.registry import build_connector

        await self.manager.stop_all()
        self.store = SyncStore(self.db)  # forgets what it knew of accounts (names, SLA targets)
        accounts = await self.list_accounts()
        self.accounts_loaded.emit({a.id: a.name for a in accounts})
        for account in accounts:
            try:
                credentials = await self._load_secrets(account.id, account.channel)
                # Off the UI thread: HTTP clients load CA certificates when they are made.
                connector = await self.executors.io(build_connector, account, credentials)
            except Exception as error:
                self.status_changed.emit(account.id, "auth_failed", str(error), 0)
                continue
            self.manager.start(AccountSync(account.id, connector, self.store, self.executors.write,
                                           on_status=self._on_status))

    async def stop(self) -> None:
        await self.manager.stop_all()

    def send_now(self, account_id: int) -> None:
        """Have the account's loop deliver its outbox now (the reply box calls this)."""
        sync = self.manager.syncs.get(account_id)
        if sync is not None:
            sync.wake()

    def _on_status(self, status: AccountStatus) -> None:
        self.status_changed.emit(status.account_id, status.state.value, status.detail, status.fetched)
        if status.fetched:
            self.data_changed.emit()

    # --- accounts -------------------------------------------------------------------------------

    async def list_accounts(self) -> list[AccountInfo]:
        return await self.executors.read(list_accounts, self.db)

    async def _load_secrets(self, account_id: int, channel: Channel) -> dict[str, str]:
        found = {}
        for name in secret_fields(channel):
            value = await self.executors.io(secrets.load_secret, account_id, name)
            if value is not None:
                found[name] = value
        return found

    async def save_account(self, channel: Channel, name: str, values: dict[str, str], account_id: int | None,
                           secrets_known: set[str]) -> int:
        clean = validate(channel, values, secrets_known=secrets_known)
        typed_secrets = {k: clean.pop(k) for k in secret_fields(channel) if k in clean}
        if typed_secrets:
            await self.executors.io(secrets.ensure_keyring)  # refuse before writing anything if there is no keyring
        account_id = await self.executors.write(save_account, self.db, channel, name, clean, account_id)
        for field_name, value in typed_secrets.items():
            await self.executors.io(secrets.store_secret, account_id, field_name, value)
        await self.start()
        return account_id

    async def test_account(self, channel: Channel, values: dict[str, str], account_id: int | None) -> str | None:
        """None when the platform accepts the settings, else what went wrong (no secrets in it)."""
        from desk.connectors.registry import build_connector

        stored = await self._load_secrets(account_id, channel) if account_id else {}
        try:
            clean = validate(channel, values, secrets_known=set(stored))
        except Exception as error:
            return str(error)
        credentials = {**stored, **{k: clean.pop(k) for k in secret_fields(channel) if k in clean}}
        connector = await self.executors.io(build_connector, AccountInfo(account_id or 0, channel, "test", clean),
                                            credentials)
        try:
            await asyncio.wait_for(connector.pull(None), TEST_TIMEOUT_S)
        except Exception as error:
            return f"{type(error).__name__}: {error}"
        finally:
            await connector.aclose()
        return None

    async def remove_account(self, account_id: int, channel: Channel) -> None:
        from desk.accounts import delete_account

        self.manager.stop(account_id)
        await self.executors.write(delete_account, self.db, account_id)
        try:
            await self.executors.io(secrets.delete_secrets, account_id, secret_fields(channel))
        except secrets.NoKeyring:
            pass
        await self.start()
