"""Platform accounts: what each channel asks for, saving (secrets to the keyring only), testing a
connection before saving, and removing an account with everything cached for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.app.changes import Changes
from desk.domain import Channel

if TYPE_CHECKING:
    from desk.accounts import AccountInfo, Field
    from desk.app.workspace import Workspace

TEST_TIMEOUT_S = 30


def account_fields(channel: Channel) -> tuple[Field, ...]:
    """The fields a channel's account needs, declared once in desk.accounts."""
    from desk.accounts import CHANNEL_FIELDS

    return CHANNEL_FIELDS[channel]


def secret_fields(channel: Channel) -> list[str]:
    from desk.accounts import secret_fields as secrets_of

    return secrets_of(channel)


async def list_accounts(ws: Workspace) -> list[AccountInfo]:
    from desk.accounts import list_accounts as accounts

    return await ws.executors.read(accounts, ws.db)


async def load_credentials(ws: Workspace, account_id: int, channel: Channel) -> dict[str, str]:
    """The account's secrets from the keyring (blocking reads, on a worker)."""
    from desk import secrets

    found = {}
    for name in secret_fields(channel):
        value = await ws.executors.io(secrets.load_secret, account_id, name)
        if value is not None:
            found[name] = value
    return found


async def save_account(ws: Workspace, channel: Channel, name: str, values: dict[str, str],
                       account_id: int | None = None) -> tuple[int, Changes]:
    """Check what was typed (InvalidSettings by field), store the settings and put secrets in the
    keyring; a secret left empty keeps the stored one. Returns the account's id."""
    from desk import secrets
    from desk.accounts import save_account as save, validate

    known = set(secret_fields(channel)) if account_id else set()
    clean = validate(channel, values, secrets_known=known)
    typed_secrets = {k: clean.pop(k) for k in secret_fields(channel) if k in clean}
    if typed_secrets:
        await ws.executors.io(secrets.ensure_keyring)  # refuse before writing anything if there is no keyring
    account_id = await ws.executors.write(save, ws.db, channel, name, clean, account_id)
    for field_name, value in typed_secrets.items():
        await ws.executors.io(secrets.store_secret, account_id, field_name, value)
    ws.events.accounts_changed.emit()
    return account_id, Changes(accounts=True, queue=True)


async def test_account(ws: Workspace, channel: Channel, values: dict[str, str],
                       account_id: int | None = None) -> str | None:
    """None when the platform accepts these settings, else what went wrong (never a secret)."""
    import asyncio

    from desk.accounts import AccountInfo, InvalidSettings, validate
    from desk.connectors.registry import build_connector

    stored = await load_credentials(ws, account_id, channel) if account_id else {}
    try:
        clean = validate(channel, values, secrets_known=set(stored))
    except InvalidSettings as error:
        return str(error)
    credentials = {**stored, **{k: clean.pop(k) for k in secret_fields(channel) if k in clean}}
    connector = await ws.executors.io(build_connector, AccountInfo(account_id or 0, channel, "test", clean),
                                      credentials)
    try:
        await asyncio.wait_for(connector.pull(None), TEST_TIMEOUT_S)
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    finally:
        await connector.aclose()
    return None


async def remove_account(ws: Workspace, account_id: int, channel: Channel) -> Changes:
    """The account, its cached conversations and its keyring secrets."""
    from desk import secrets
    from desk.accounts import delete_account

    await ws.executors.write(delete_account, ws.db, account_id)
    try:
        await ws.executors.io(secrets.delete_secrets, account_id, secret_fields(channel))
    except secrets.NoKeyring:
        pass
    ws.events.accounts_changed.emit()
    return Changes(accounts=True, queue=True)
