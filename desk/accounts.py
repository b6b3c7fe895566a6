"""Platform accounts: what each channel needs, stored as non-secret settings plus keyring secrets.

Each channel declares its fields once (name, kind, default); the settings dialog, validation and
the connector factory all read that declaration. Fields of kind "secret" never reach the
database: they go to the OS keyring through desk.secrets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desk.domain import Channel
from desk.errors import InvalidSettings
from desk.storage.db import Database


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: str = "text"  # text | secret | int | choice | lines
    default: Any = ""
    choices: tuple[str, ...] = ()
    required: bool = True


MAIL_FIELDS = (
    Field("address"),
    Field("username"),
    Field("password", "secret"),
    Field("imap_host"),
    Field("imap_port", "int", 993),
    Field("imap_security", "choice", "tls", ("tls", "starttls", "plain")),
    Field("smtp_host"),
    Field("smtp_port", "int", 465),
    Field("smtp_security", "choice", "tls", ("tls", "starttls", "plain")),
    # Mail claiming to come from Amazon or Shopify is believed only when authenticated: by the
    # Authentication-Results of these servers (the mailbox provider's authserv-id, e.g.
    # "mx.google.com"; several separated by spaces), or by a DKIM signature Desk verifies.
    Field("authserv_id", required=False),
    Field("verify_dkim", "choice", "yes", ("yes", "no")),
)

CHANNEL_FIELDS: dict[Channel, tuple[Field, ...]] = {
    Channel.EMAIL: MAIL_FIELDS,
    Channel.AMAZON: MAIL_FIELDS + (
        Field("marketplace_id", default="ATVPDKIKX0DER"),
        Field("orders_api", "choice", "v0", ("v0", "2026-01-01")),
        Field("lwa_client_id"),
        Field("lwa_client_secret", "secret"),
        Field("refresh_token", "secret"),
        Field("spapi_endpoint", required=False),  # override of the region's host (sandbox, tests)
        Field("lwa_endpoint", required=False),
    ),
    Channel.SHOPIFY: MAIL_FIELDS + (
        Field("shop_domain"),
        Field("admin_api_version", default="2025-01"),
        Field("admin_access_token", "secret"),
        Field("admin_endpoint", required=False),  # override of https://<shop>/ (sandbox, tests)
    ),
    Channel.WHATSAPP: (
        Field("phone_number_id"),
        Field("graph_url", default="https://graph.facebook.com"),
        Field("api_version", default="v23.0"),
        Field("access_token", "secret"),
        Field("relay_url"),
        Field("relay_token", "secret"),
        Field("templates", "lines", "", required=False),  # approved templates: name:language per line
        # This Desk's name at the relay (made once when the account is saved): what it has read may be pruned.
        Field("relay_reader", required=False),
    ),
}


def secret_fields(channel: Channel) -> list[str]:
    return [f.name for f in CHANNEL_FIELDS[channel] if f.kind == "secret"]


def validate(channel: Channel, values: dict[str, Any], *, secrets_known: set[str] = frozenset()) -> dict[str, Any]:
    """Typed, checked settings from what the agent typed (secrets included; the caller splits them)."""
    clean, problems = {}, {}
    for f in CHANNEL_FIELDS[channel]:
        raw = values.get(f.name, f.default)
        text = str(raw).strip() if raw is not None else ""
        if not text:
            if f.required and not (f.kind == "secret" and f.name in secrets_known):
                problems[f.name] = "required"
            continue
        if f.kind == "int":
            if not text.isdigit() or not 0 < int(text) < 65536:
                problems[f.name] = "a number from 1 to 65535"
                continue
            clean[f.name] = int(text)
        elif f.kind == "choice" and text not in f.choices:
            problems[f.name] = "one of " + ", ".join(f.choices)
        else:
            clean[f.name] = text
    if problems:
        raise InvalidSettings(problems)
    return clean


@dataclass(frozen=True, slots=True)
class AccountInfo:
    id: int
    channel: Channel
    name: str
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def local(self) -> bool:
        """Mail imported from archives (desk.app.mail_import): never synced, nothing sent from it."""
        return bool(self.settings.get("local"))


def list_accounts(db: Database) -> list[AccountInfo]:
    rows = db.fetch_all("SELECT id, channel, name, settings_json FROM accounts ORDER BY id")
    return [AccountInfo(i, Channel(c), n, json.loads(s or "{}")) for i, c, n, s in rows]


def save_account(db: Database, channel: Channel, name: str, settings: dict[str, Any],
                 account_id: int | None = None, sla_hours: int | None = None) -> int:
    """Insert or update an account's non-secret settings; returns its id. Secrets are refused here."""
    leaked = set(settings) & set(secret_fields(channel))
    if leaked:
        raise ValueError(f"secret fields must go to the keyring, not the database: {sorted(leaked)}")
    from desk.storage.models import Account

    from desk.sla import DEFAULT_TARGETS


    default_sla = int(DEFAULT_TARGETS[channel.value].total_seconds() // 3600)
    with db.sessionmaker.begin() as session:
        account = session.get(Account, account_id) if account_id else None
        if account is None:
            account = Account(channel=channel, created_at=datetime.now(UTC), sla_hours=sla_hours or default_sla)
            session.add(account)
        account.name = name
        if channel is Channel.WHATSAPP and not settings.get("relay_reader"):
            settings = {**settings, "relay_reader": _relay_reader(account.settings_json)}
        account.settings_json = json.dumps(settings, sort_keys=True)
        if sla_hours:
            account.sla_hours = sla_hours
        session.flush()
        return account.id


def _relay_reader(stored_settings: str | None) -> str:
    """The account's name at the WhatsApp relay: kept once made, so the relay's record of what it read stays."""
    import uuid

    return json.loads(stored_settings or "{}").get("relay_reader") or f"desk-{uuid.uuid4().hex}"


# Amazon's and WhatsApp's 24 hours are the platforms' rules; a seller sets its own for mail and Shopify.
FIXED_SLA_CHANNELS = (Channel.AMAZON, Channel.WHATSAPP)


def sla_targets(db: Database) -> list[tuple[int, str, Channel, int]]:
    """(account id, name, channel, hours to answer) of every account."""
    rows = db.fetch_all("SELECT id, name, channel, sla_hours FROM accounts ORDER BY name")
    return [(account_id, name, Channel(channel), hours) for account_id, name, channel, hours in rows]


def set_sla_hours(db: Database, account_id: int, hours: int) -> None:
    """A mail or Shopify account's answer target; new clocks use it (running ones keep theirs)."""
    from desk.storage.models import Account

    with db.sessionmaker.begin() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise InvalidSettings({"account": "no such account"})
        if account.channel in FIXED_SLA_CHANNELS or not 1 <= hours <= 24 * 7:
            raise InvalidSettings({"sla_hours": "between 1 and 168 hours, for mail and Shopify accounts"})
        account.sla_hours = hours


def delete_account(db: Database, account_id: int) -> None:
    """Remove the account and everything cached for it (its conversations, messages, orders)."""
    from sqlalchemy import delete

    from desk.storage.models import Account

    with db.engine.begin() as conn:
        db.dialect.unindex_account(conn, account_id)
        conn.execute(delete(Account.__table__).where(Account.__table__.c.id == account_id))


def approved_templates(db: Database, conversation_id: int) -> list[tuple[str, str]]:
    """The WhatsApp templates (name, language) approved for this conversation's account."""
    rows = db.fetch_all(
        "SELECT a.settings_json FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE c.id = :id",
        {"id": conversation_id},
    )
    lines = json.loads(rows[0][0] or "{}").get("templates", "") if rows else ""
    found = []
    for line in str(lines).splitlines():
        name, _, language = line.strip().partition(":")
        if name.strip():
            found.append((name.strip(), language.strip() or "en"))
    return found


def local_account_ids(db: Database) -> set[int]:
    return {account.id for account in list_accounts(db) if account.local}
