"""Platform accounts: what each channel needs, stored as non-secret settings plus keyring secrets.

Each channel declares its fields once (name, kind, default); the settings dialog, validation and
the connector factory all read that declaration. Fields of kind "secret" never reach the
database: they go to the OS keyring through desk.secrets.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from desk.domain import Channel
from desk.errors import InvalidSettings, NotPermitted
from desk.storage.db import Database


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: str = "text"  # text | secret | int | choice | lines
    default: Any = ""
    choices: tuple[str, ...] = ()
    required: bool = True
    required_when: tuple[str, str] | None = None  # (field, value): required only when that field has that value


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

# Added below every reply sent from the account (after translation, so it goes as written); optional.
SIGNATURE = Field("signature", "lines", "", required=False)

CHANNEL_FIELDS: dict[Channel, tuple[Field, ...]] = {
    Channel.EMAIL: MAIL_FIELDS,
    Channel.AMAZON: MAIL_FIELDS + (
        Field("marketplace_id", default="ATVPDKIKX0DER"),
        # v0 is deprecated (migrate by 2027-03-27, see account_warnings); kept for existing accounts.
        Field("orders_api", "choice", "2026-01-01", ("2026-01-01", "v0")),
        Field("lwa_client_id"),
        Field("lwa_client_secret", "secret"),
        Field("refresh_token", "secret"),
        Field("spapi_endpoint", required=False),  # override of the region's host (sandbox, tests)
        Field("lwa_endpoint", required=False),
    ),
    Channel.SHOPIFY: MAIL_FIELDS + (
        Field("shop_domain"),
        # New apps (Dev Dashboard) use the client-credentials grant; legacy custom apps a static token.
        # The Admin API version is Desk's (desk.connectors.shopify.admin.API_VERSION), not a setting.
        Field("shopify_auth", "choice", "client_credentials", ("client_credentials", "static_token")),
        Field("client_id", "secret", required_when=("shopify_auth", "client_credentials")),
        Field("client_secret", "secret", required_when=("shopify_auth", "client_credentials")),
        Field("admin_access_token", "secret", required_when=("shopify_auth", "static_token")),
        Field("admin_endpoint", required=False),  # override of https://<shop>/ (sandbox, tests)
    ),
    Channel.WHATSAPP: (
        Field("phone_number_id"),
        # The WhatsApp Business Account's id: Desk lists its approved templates from it (optional:
        # without it, templates are the lines typed in `templates`).
        Field("waba_id", required=False),
        Field("graph_url", default="https://graph.facebook.com"),
        Field("access_token", "secret"),
        Field("relay_url"),
        Field("relay_token", "secret"),
        # one per line (see parse_template_line): name:language[:category] [= body with {{variables}}]
        # the order facts filling a fetched template's {{1}}, {{2}}...; without a WABA id, the templates.
        Field("templates", "lines", "", required=False),
        # This Desk's name at the relay (made once when the account is saved): what it has read may be pruned.
        Field("relay_reader", required=False),
    ),
}
CHANNEL_FIELDS = {channel: fields + (SIGNATURE,) for channel, fields in CHANNEL_FIELDS.items()}


def secret_fields(channel: Channel) -> list[str]:
    return [f.name for f in CHANNEL_FIELDS[channel] if f.kind == "secret"]


def validate(channel: Channel, values: dict[str, Any], *, secrets_known: set[str] = frozenset()) -> dict[str, Any]:
    """Typed, checked settings from what the agent typed (secrets included; the caller splits them)."""
    clean, problems = {}, {}
    for f in CHANNEL_FIELDS[channel]:
        raw = values.get(f.name, f.default)
        text = str(raw).strip() if raw is not None else ""
        if not text:
            if _required(channel, f, values) and not (f.kind == "secret" and f.name in secrets_known):
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
    if channel is Channel.WHATSAPP and "templates" in clean and "templates" not in problems:
        if problem := templates_problem(clean["templates"]):
            problems["templates"] = problem
    if problems:
        raise InvalidSettings(problems)
    return clean


def _required(channel: Channel, f: Field, values: dict[str, Any]) -> bool:
    if f.required_when is None:
        return f.required
    other, wanted = f.required_when
    default = next(g.default for g in CHANNEL_FIELDS[channel] if g.name == other)
    return str(values.get(other, default)).strip() == wanted


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


def readable_account(db: Database, account_id: int) -> AccountInfo | None:
    """The account with its settings; None when there is none or this login may not read its
    settings (an agent on a team database)."""
    rows = _unless_withheld(db, "SELECT id, channel, name, settings_json FROM accounts WHERE id = :id",
                            {"id": account_id})
    return AccountInfo(rows[0][0], Channel(rows[0][1]), rows[0][2], json.loads(rows[0][3] or "{}")) if rows else None


def list_accounts(db: Database) -> list[AccountInfo]:
    """Every account; an agent's login on a team database sees them without their settings."""
    rows = _unless_withheld(db, "SELECT id, channel, name, settings_json FROM accounts ORDER BY id", fallback=(
        "SELECT id, channel, name, '{}' FROM accounts ORDER BY id"))
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


# --- WhatsApp templates ------------------------------------------------------------------------------

CATEGORIES = ("marketing", "utility", "authentication")
_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*|\d+)\s*\}\}")
FETCH_EVERY_S = 6 * 3600  # an account's approved templates are fetched again on sync after this long
RETRY_FAILED_S = 15 * 60  # after a failed fetch (a rate limit waits what Meta asks)


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    """An approved WhatsApp template: fetched from the account's WhatsApp Business Account (its
    real body with positional parameters {{1}}, {{2}}...), or declared on the account one line each:

        name:language[:category] [= body]

    e.g. `order_shipped:de:utility = Hallo {{customer_name}}, Ihre Bestellung {{order_id}} ist unterwegs.`
    The category ("utility" when none is named) prices it. The body is the approved text with each
    parameter written as the order or conversation fact that fills it, in order: {{customer_name}},
    {{order_id}}, {{carrier}}, {{tracking_number}}, {{tracking_url}}, {{order_date}}, {{order_total}},
    {{refund_amount}}, {{return_deadline}}, {{items}}, {{shop_name}}, {{agent_name}} (the macros'
    values, desk.knowledge.macros.MacroContext). Desk sends the values as the template's body
    parameters {{1}}, {{2}}... in that order, and shows the filled body before sending.

    A fetched template's line (same name:language) is its parameter mapping: the facts it names, in
    order, fill {{1}}, {{2}}... (`facts`); a parameter no fact fills is typed by the agent."""

    name: str
    language: str
    category: str = "utility"
    body: str = ""
    facts: tuple[str, ...] = ()  # a fetched template's: the facts filling {{1}}, {{2}}... in order
    examples: tuple[str, ...] = ()  # a fetched template's: the values Meta approved it with

    @property
    def text_known(self) -> bool:
        """The body holds the template's words, not only the facts that fill it (a parameter mapping)."""
        return bool(_PLACEHOLDER.sub("", self.body).strip())

    @property
    def positional(self) -> bool:
        return any(match.group(1).isdigit() for match in _PLACEHOLDER.finditer(self.body))

    @property
    def parameters(self) -> tuple[str, ...]:
        """What fills each parameter in order: a fact's name, or the number ("1", "2"...) of a
        positional parameter no fact fills."""
        if not self.positional:
            return tuple(match.group(1) for match in _PLACEHOLDER.finditer(self.body))
        count = max(int(match.group(1)) for match in _PLACEHOLDER.finditer(self.body) if match.group(1).isdigit())
        return tuple(self.facts[i] if i < len(self.facts) and self.facts[i] else str(i + 1) for i in range(count))

    def numbered(self) -> str:
        """The body as Meta keeps it: its parameters written {{1}}, {{2}}... in order."""
        numbers = iter(range(1, len(self.parameters) + 1))
        return _PLACEHOLDER.sub(lambda _match: f"{{{{{next(numbers)}}}}}", self.body)

    def filled(self, values: tuple[str, ...]) -> str:
        """The body with `values` in place of its parameters, in order ({{n}} takes the n-th)."""
        if self.positional:
            return _PLACEHOLDER.sub(lambda match: _nth(values, match.group(1)), self.body)
        given = iter(values)
        return _PLACEHOLDER.sub(lambda _match: next(given, ""), self.body)


def _nth(values: tuple[str, ...], number: str) -> str:
    index = int(number) - 1 if number.isdigit() else -1
    return values[index] if 0 <= index < len(values) else ""


def parse_template_line(line: str) -> TemplateSpec | None:
    """One line of the account's templates (None for a blank line); ValueError says what is wrong."""
    head, _, body = line.partition("=")
    name, _, rest = head.strip().partition(":")
    language, _, category = rest.partition(":")
    name, language, category = name.strip(), language.strip() or "en", category.strip().lower() or "utility"
    if not name and not body.strip():
        return None
    if not re.fullmatch(r"[a-z0-9_]{1,512}", name):
        raise ValueError(f"{name or line.strip()!r}: a template name is lowercase letters, digits and _")
    if category not in CATEGORIES:
        raise ValueError(f"{name}: the category must be one of {', '.join(CATEGORIES)}")
    spec = TemplateSpec(name, language, category, body.strip())
    from desk.knowledge.macros import VARIABLES

    if unknown := [p for p in spec.parameters if p not in VARIABLES]:
        raise ValueError(f"{name}: unknown parameter {', '.join(unknown)} (known: {', '.join(sorted(VARIABLES))})")
    return spec


def templates_problem(lines: str) -> str | None:
    for line in str(lines).splitlines():
        try:
            parse_template_line(line)
        except ValueError as problem:
            return str(problem)
    return None


def template_specs(db: Database, conversation_id: int) -> list[TemplateSpec]:
    """The WhatsApp templates approved for this conversation's account: those last fetched from its
    Business Account, each filled by the facts its typed line names; the typed lines themselves
    when the account's templates were never fetched (no WABA id)."""
    typed = _typed_specs(db, conversation_id)
    rows = db.fetch_all("SELECT account_id FROM conversations WHERE id = :id", {"id": conversation_id})
    fetched = fetched_templates(db, rows[0][0]) if rows else None
    if fetched is None:
        return typed
    lines = {(spec.name, spec.language): spec for spec in typed}
    return [replace(spec, facts=lines[spec.name, spec.language].parameters) if (spec.name, spec.language) in lines
            else spec for spec in fetched]


def _typed_specs(db: Database, conversation_id: int) -> list[TemplateSpec]:
    """The account's typed template lines (lines that do not read are left out: the accounts
    dialog refuses them when they are typed)."""
    lines = account_settings(db, conversation_id).get("templates", "")
    found = []
    for line in str(lines).splitlines():
        try:
            spec = parse_template_line(line)
        except ValueError:
            continue
        if spec is not None:
            found.append(spec)
    return found


def fetched_templates(db: Database, account_id: int) -> list[TemplateSpec] | None:
    """The approved templates last fetched from the account's Business Account (None: never fetched)."""
    rows = db.fetch_all("SELECT templates_json, fetched_at FROM whatsapp_templates WHERE account_id = :a",
                        {"a": account_id})
    if not rows or not rows[0][1]:
        return None
    return [TemplateSpec(t["name"], t["language"], t["category"], t["body"], examples=tuple(t["examples"]))
            for t in json.loads(rows[0][0] or "[]")]


def store_fetched_templates(db: Database, account_id: int, templates: list, now: int) -> int:
    """Keep the APPROVED ones of the templates Meta listed (desk.connectors.whatsapp.graph.
    AccountTemplate); the others are never offered. Returns how many were kept."""
    kept = [{"name": t.name, "language": t.language, "body": t.body, "examples": list(t.examples),
             "category": t.category if t.category in CATEGORIES else "utility"} for t in templates if t.approved]
    _write_fetch_row(db, account_id, templates_json=json.dumps(kept, ensure_ascii=False), fetched_at=now,
                     failed_at=0, not_before=0)
    return len(kept)


def template_fetch_failed(db: Database, account_id: int, now: int, retry_after: float | None = None) -> None:
    """A fetch failed: sync tries again after RETRY_FAILED_S; Meta's rate limit (`retry_after`
    seconds) holds every fetch, the agent's too."""
    held = {"not_before": now + math.ceil(retry_after)} if retry_after is not None else {}
    _write_fetch_row(db, account_id, failed_at=now, **held)


def _write_fetch_row(db: Database, account_id: int, **values) -> None:
    from desk.storage.models import WhatsAppTemplates

    with db.sessionmaker.begin() as session:
        row = session.get(WhatsAppTemplates, account_id)
        if row is None:
            row = WhatsAppTemplates(account_id=account_id, templates_json="[]", fetched_at=0, failed_at=0, not_before=0)
            session.add(row)
        for name, value in values.items():
            setattr(row, name, value)


def template_fetch_due(db: Database, account_id: int, now: int, *, on_demand: bool = False) -> int:
    """0 when the account's templates may be fetched now, else the seconds to wait: Meta's rate limit
    holds every fetch; on sync, a fetch also waits FETCH_EVERY_S after the last success and
    RETRY_FAILED_S after a failure."""
    rows = db.fetch_all("SELECT fetched_at, failed_at, not_before FROM whatsapp_templates WHERE account_id = :a",
                        {"a": account_id})
    fetched_at, failed_at, not_before = rows[0] if rows else (0, 0, 0)
    due = not_before if on_demand else max(not_before, fetched_at and fetched_at + FETCH_EVERY_S,
                                           failed_at and failed_at + RETRY_FAILED_S)
    return max(0, due - now)


def approved_templates(db: Database, conversation_id: int) -> list[tuple[str, str]]:
    """The WhatsApp templates (name, language) approved for this conversation's account."""
    return [(spec.name, spec.language) for spec in template_specs(db, conversation_id)]


def template_category(db: Database, conversation_id: int, name: str, language: str) -> str:
    """The pricing category of an approved template ("utility", Meta's category for order updates,
    when its line names none)."""
    for spec in template_specs(db, conversation_id):
        if (spec.name, spec.language) == (name, language):
            return spec.category
    return "utility"


def signature_of(db: Database, conversation_id: int) -> str:
    """The signature of the conversation's account ("" when it has none)."""
    return str(account_settings(db, conversation_id).get("signature", "")).strip()


def account_settings(db: Database, conversation_id: int) -> dict[str, Any]:
    """The non-secret settings of the conversation's account; {} where this login may not read them
    (an agent on a team database) or the conversation is gone."""
    rows = _unless_withheld(db, "SELECT a.settings_json FROM conversations c JOIN accounts a ON a.id = c.account_id "
                                "WHERE c.id = :id", {"id": conversation_id})
    return json.loads(rows[0][0] or "{}") if rows else {}


def local_account_ids(db: Database) -> set[int]:
    rows = _unless_withheld(db, "SELECT id, settings_json FROM accounts")
    return {account_id for account_id, settings in rows if json.loads(settings or "{}").get("local")}


def _unless_withheld(db: Database, sql: str, params: dict | None = None, fallback: str | None = None) -> list[tuple]:
    """Rows of a read of accounts' settings, or where this login may not read them the rows of
    `fallback` (none without one): an agent on a team database (desk.team.access) sees no account
    settings, so no imported-mail accounts and no template lines there."""
    from sqlalchemy.exc import ProgrammingError

    try:
        return db.fetch_all(sql, params or {})
    except (ProgrammingError, NotPermitted) as error:
        if getattr(getattr(error, "orig", error), "sqlstate", None) != "42501":  # insufficient_privilege
            raise
    return db.fetch_all(fallback, params or {}) if fallback else []


@dataclass(frozen=True, slots=True)
class AccountWarning:
    """Something the agent (or whoever set the account up) must act on; shown on the account."""

    kind: str  # "orders_api_v0" | a notice kind from sync ("api_version", see desk.connectors.base)
    message: str
    deadline: date | None = None
    since: datetime | None = None  # when sync reported it (notices only)


def account_warnings(db: Database, account_id: int, today: date | None = None) -> list[AccountWarning]:
    """What the account should show: deprecated settings with their deadline, and what the platform
    told the last sync (e.g. Shopify answering with another Admin API version than asked for)."""
    rows = db.fetch_all("SELECT channel, settings_json FROM accounts WHERE id = :id", {"id": account_id})
    if not rows:
        return []
    channel, settings = Channel(rows[0][0]), json.loads(rows[0][1] or "{}")
    warnings = []
    if channel is Channel.AMAZON and settings.get("orders_api", "v0") == "v0":
        warnings.append(_orders_v0_warning(today or datetime.now(UTC).date()))
    notices = db.fetch_all("SELECT kind, message, at FROM account_notices WHERE account_id = :id ORDER BY kind",
                           {"id": account_id})
    warnings.extend(AccountWarning(kind, message, since=datetime.fromtimestamp(at, UTC))
                    for kind, message, at in notices)
    return warnings


def _orders_v0_warning(today: date) -> AccountWarning:
    from desk.connectors.amazon.orders import V0_REMOVED_ON

    days = (V0_REMOVED_ON - today).days
    when = f"in {days} days" if days > 0 else "already"
    return AccountWarning(
        "orders_api_v0",
        f"This account reads orders through Amazon's Orders API v0, which Amazon removes on "
        f"{V0_REMOVED_ON.isoformat()} ({when}). Switch the Orders API version to 2026-01-01.",
        deadline=V0_REMOVED_ON)
