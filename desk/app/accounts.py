"""Platform accounts: what each channel asks for, saving (secrets to the keyring only), testing a
connection before saving, removing an account with everything cached for it, and fetching a
WhatsApp account's approved templates from its Business Account."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.app.changes import NOTHING, Changes
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


@dataclass(frozen=True, slots=True)
class AccountCheck:
    """What testing an account's settings came to. `kind` says what a failure means, for the
    window to explain in the agent's language: "settings" (a field is missing or malformed),
    "auth" (the platform refused the credentials), "unreachable" (no answer: host, port, network),
    "tls" (the secure connection failed: security setting or certificate), "rate_limited",
    "refused" (the platform answered but refused the request), "error" (anything else).
    `detail` is the platform's or the library's words (never a secret)."""

    ok: bool
    kind: str | None = None
    detail: str = ""


async def check_account(ws: Workspace, channel: Channel, values: dict[str, str],
                        account_id: int | None = None) -> AccountCheck:
    """Connect with these settings (stored secrets fill what was left empty) and pull once."""
    import asyncio

    from desk.accounts import AccountInfo, InvalidSettings, validate
    from desk.connectors.registry import build_connector

    stored = await load_credentials(ws, account_id, channel) if account_id else {}
    try:
        clean = validate(channel, values, secrets_known=set(stored))
    except InvalidSettings as error:
        return AccountCheck(False, "settings", str(error))
    credentials = {**stored, **{k: clean.pop(k) for k in secret_fields(channel) if k in clean}}
    try:
        connector = await ws.executors.io(build_connector, AccountInfo(account_id or 0, channel, "test", clean),
                                          credentials)
    except Exception as error:  # settings the connector cannot be built from
        return AccountCheck(False, "settings", f"{type(error).__name__}: {error}")
    try:
        await asyncio.wait_for(connector.pull(None), TEST_TIMEOUT_S)
    except Exception as error:
        return AccountCheck(False, failure_kind(error), f"{type(error).__name__}: {error}")
    finally:
        await connector.aclose()
    return AccountCheck(True)


def failure_kind(error: BaseException) -> str:
    import ssl

    from desk.connectors.base import AuthFailed, RateLimited, Rejected, Unavailable

    chain = [error, error.__cause__, error.__context__]
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return "tls"
    for kinds, name in ((AuthFailed, "auth"), (RateLimited, "rate_limited"), (Rejected, "refused")):
        if isinstance(error, kinds):
            return name
    if isinstance(error, Unavailable | OSError | TimeoutError):
        return "unreachable"
    return "error"


async def test_account(ws: Workspace, channel: Channel, values: dict[str, str],
                       account_id: int | None = None) -> str | None:
    """None when the platform accepts these settings, else what went wrong (never a secret)."""
    check = await check_account(ws, channel, values, account_id)
    return None if check.ok else check.detail


async def account_warnings(ws: Workspace) -> dict[int, list]:
    """What each account asks someone to act on (desk.accounts.AccountWarning: kind, message,
    deadline), by account id; accounts without warnings are left out. On a team database only a lead
    sees them (agents neither read accounts' settings nor act on accounts)."""
    if ws.team is not None and not ws.team.is_lead:
        return {}
    return await ws.executors.read(_warnings, ws.db)


def _warnings(db) -> dict[int, list]:
    from desk.accounts import account_warnings as warnings_of, list_accounts

    found = {account.id: warnings_of(db, account.id) for account in list_accounts(db) if not account.local}
    return {account_id: warnings for account_id, warnings in found.items() if warnings}


@dataclass(frozen=True, slots=True)
class TemplateRefresh:
    """What fetching a WhatsApp account's templates came to: `kept` approved templates (None when
    nothing was fetched); else `problem` is a failure kind as AccountCheck's ("settings": no
    WhatsApp Business Account id; "rate_limited": `retry_after` seconds to wait; "withheld": an
    agent on a team database, whose worker fetches them) with `detail`."""

    changes: Changes
    kept: int | None = None
    problem: str | None = None
    detail: str = ""
    retry_after: float | None = None


async def refresh_templates(ws: Workspace, account_id: int, *, on_demand: bool = True,
                            now: float | None = None) -> TemplateRefresh:
    """Fetch the message templates of the account's WhatsApp Business Account and keep the approved
    ones (desk.accounts.store_fetched_templates). On demand only Meta's rate limit holds it back; on
    sync (on_demand=False) it also waits hours after a success (desk.accounts.template_fetch_due)."""
    import time

    from desk.accounts import readable_account, template_fetch_due

    account = await ws.executors.read(readable_account, ws.db, account_id)
    if account is None:
        return TemplateRefresh(NOTHING, problem="withheld", detail="the account's settings are the team worker's")
    if account.channel is not Channel.WHATSAPP or not account.settings.get("waba_id"):
        return TemplateRefresh(NOTHING, problem="settings", detail="no WhatsApp Business Account id")
    moment = int(time.time() if now is None else now)
    wait = await ws.executors.read(template_fetch_due, ws.db, account_id, moment, on_demand=on_demand)
    if wait:
        return TemplateRefresh(NOTHING, problem="rate_limited" if on_demand else None, retry_after=wait)
    return await _fetch_templates(ws, account, moment)


async def _fetch_templates(ws: Workspace, account: AccountInfo, moment: int) -> TemplateRefresh:
    from desk.accounts import store_fetched_templates, template_fetch_failed
    from desk.connectors.base import ConnectorError, RateLimited
    from desk.connectors.registry import whatsapp_graph

    credentials = await load_credentials(ws, account.id, account.channel)
    try:
        client = await ws.executors.io(whatsapp_graph, account, credentials)
    except (ValueError, KeyError) as error:  # no access token, no phone number id
        return TemplateRefresh(NOTHING, problem="settings", detail=str(error))
    try:
        templates = await client.message_templates(account.settings["waba_id"])
    except ConnectorError as error:
        wait = error.retry_after if isinstance(error, RateLimited) else None
        await ws.executors.write(template_fetch_failed, ws.db, account.id, moment, wait)
        return TemplateRefresh(NOTHING, problem=failure_kind(error), detail=str(error), retry_after=wait)
    finally:
        await client.aclose()
    kept = await ws.executors.write(store_fetched_templates, ws.db, account.id, templates, moment)
    return TemplateRefresh(Changes(accounts=True), kept=kept)


async def is_new_workspace(ws: Workspace) -> bool:
    """No account and no conversation yet: the window welcomes the agent instead of an empty queue."""
    rows = await ws.executors.read(ws.db.fetch_all, "SELECT (SELECT count(*) FROM accounts), "
                                                    "(SELECT count(*) FROM conversations)")
    return rows[0] == (0, 0)


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
