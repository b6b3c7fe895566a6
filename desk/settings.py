"""Every setting Desk keeps, declared once: key, type, default, description and scope.

Values are JSON in the workspace's `settings` table (desk.storage.settings does that I/O and
nothing else may); everything reads and writes them through `get`/`put` here, so a default is
written in one place and a bad stored value (hand-edited, or from an older Desk) falls back to it
instead of crashing. The settings dialog builds its fields from these declarations.

Scopes: "workspace" settings are shared by everyone working in the workspace (in team mode, the
team's); "agent" settings belong to the person at this PC; "internal" ones are Desk's own markers,
never shown. Secrets are not settings: they live in the OS keyring (desk.secrets).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desk.domain.languages import AGENT_LANGUAGES
from desk.errors import InvalidSettings

from desk.translation.providers import SPECS

PROVIDERS = tuple(SPECS)


class Scope(enum.StrEnum):
    WORKSPACE = "workspace"
    AGENT = "agent"
    INTERNAL = "internal"


class Kind(enum.StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    CHOICE = "choice"
    JSON = "json"  # a structured value; `validate` checks its shape


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    kind: Kind
    default: Any
    description: str  # English; the window shows its own translation, keyed by `key`
    scope: Scope
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    optional: bool = False  # None is a value: "not set, use the built-in behaviour"
    validate: Callable[[Any], str | None] | None = None  # JSON shape check: a problem, or None
    legacy: tuple[str, str] | None = None  # (old key, field): where an older Desk kept this value

    def problem(self, value: Any) -> str | None:
        """Why `value` cannot be stored, or None."""
        if value is None:
            return None if self.optional else "required"
        if self.kind is Kind.TEXT and not isinstance(value, str):
            return "text"
        if self.kind is Kind.BOOL and not isinstance(value, bool):
            return "true or false"
        if self.kind is Kind.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                return "a whole number"
            if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
                return f"from {self.minimum} to {self.maximum}"
        if self.kind is Kind.FLOAT:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return "a number"
            if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
                return f"from {self.minimum} to {self.maximum}"
        if self.kind is Kind.CHOICE and value not in self.choices:
            return "one of " + ", ".join(self.choices)
        if self.validate is not None:
            return self.validate(value)
        return None


SETTINGS: dict[str, Setting] = {}


def declare(key: str, kind: Kind, default: Any, description: str, scope: Scope, **options: Any) -> Setting:
    if key in SETTINGS:
        raise ValueError(f"setting {key} declared twice")
    setting = Setting(key, kind, default, description, scope, **options)
    if setting.problem(default) is not None and not (default is None and setting.optional):
        raise ValueError(f"the default of {key} is not valid: {setting.problem(default)}")
    SETTINGS[key] = setting
    return setting


# --- shape checks of the JSON settings ---------------------------------------------------------

def _string_list(value: Any) -> str | None:
    ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    return None if ok else "a list of texts"


def _rules(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "intent -> {propose, auto_send}"
    for rule in value.values():
        if not isinstance(rule, dict) or any(not isinstance(v, bool) for v in rule.values()):
            return "intent -> {propose, auto_send}"
    return None


def _entries(value: Any) -> str | None:
    return None if isinstance(value, list) and all(isinstance(v, dict) for v in value) else "a list of entries"


def _providers(value: Any) -> str | None:
    if _string_list(value) is not None:
        return _string_list(value)
    unknown = [v for v in value if v not in PROVIDERS]
    return f"unknown provider(s) {', '.join(unknown)}" if unknown else None


def _agent_languages(value: Any) -> str | None:
    if _string_list(value) is not None:
        return _string_list(value)
    unknown = [v for v in value if v not in AGENT_LANGUAGES]
    return f"not a language agents read: {', '.join(unknown)}" if unknown else None


def _provider_options(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "provider -> {option: value}"
    for provider, options in value.items():
        spec = SPECS.get(provider)
        if spec is None or not isinstance(options, dict):
            return f"unknown provider {provider!r}"
        if unknown := set(options) - set(spec.options):  # also keeps keys and passwords out of the database
            return f"unknown option(s) of {provider}: {', '.join(sorted(unknown))}"
        for option, text in options.items():
            if not isinstance(text, str):
                return f"{provider}.{option}: text"
            if option.endswith("url") and text and not text.startswith(("http://", "https://")):
                return f"{provider}.{option}: an http:// or https:// address"
    return None


def _mapping(value: Any) -> str | None:
    return None if isinstance(value, dict) else "an object"


def quiet_hours(value: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"22:00-08:00" as ((22, 0), (8, 0)); None for "" (no quiet hours); ValueError when malformed."""
    if not value.strip():
        return None
    start, sep, end = value.replace("–", "-").partition("-")
    if not sep:
        raise ValueError(value)
    times = []
    for part in (start, end):
        hours, colon, minutes = part.strip().partition(":")
        if not (colon and hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
            raise ValueError(value)
        times.append((int(hours), int(minutes)))
    return times[0], times[1]


def _quiet_hours(value: Any) -> str | None:
    try:
        quiet_hours(value)
    except ValueError:
        return "from-to in 24-hour time, like 22:00-08:00, or empty"
    return None


def _saved_views(value: Any) -> str | None:
    from desk.domain.queue_views import saved_view_problem

    if not isinstance(value, list):
        return "a list of views"
    return next((p for p in map(saved_view_problem, value) if p is not None), None)


def _columns(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "an object"
    order, widths = value.get("order", []), value.get("widths", {})
    if _string_list(order) is not None:
        return "order: a list of column names"
    if not isinstance(widths, dict) or not all(isinstance(w, int) and 0 < w < 5000 for w in widths.values()):
        return "widths: column name -> pixels"
    return None


def _key_bindings(value: Any) -> str | None:
    from desk.domain.shortcuts import problem

    return problem(value)


# --- the declarations ----------------------------------------------------------------------------

AGENT_NAME = declare(
    "agent.name", Kind.TEXT, "", "Your name, shown to colleagues on replies and notes and used for 'Mine'.",
    Scope.AGENT)
AGENT_LANGUAGE = declare(
    "agent.language", Kind.CHOICE, None,
    "The language you read and write: customers' messages are translated into it and you write replies in it "
    "(not set: the interface language).",
    Scope.AGENT, choices=AGENT_LANGUAGES, optional=True, legacy=("translation.settings", "agent_language"))

TRANSLATION_PROVIDER = declare(
    "translation.provider", Kind.CHOICE, None,
    "Who translates (not set: Google; the demo translates from its own cache until one is chosen).",
    Scope.WORKSPACE, choices=PROVIDERS, optional=True, legacy=("translation.settings", "provider"))
TRANSLATION_FALLBACKS = declare(
    "translation.fallbacks", Kind.JSON, [], "Providers tried in order when the chosen one fails.",
    Scope.WORKSPACE, validate=_providers, legacy=("translation.settings", "fallbacks"))
TRANSLATION_OPTIONS = declare(
    "translation.options", Kind.JSON, {},
    "Each provider's non-secret options: LibreTranslate's server address, Microsoft's Azure region, the e-mail "
    "address that raises MyMemory's quota, another API address.",
    Scope.WORKSPACE, validate=_provider_options, legacy=("translation.settings", "options"))
TRANSLATION_AHEAD_INTO = declare(
    "translation.ahead_into", Kind.JSON, ["zh"],
    "Team mode: the languages the worker translates customers' new messages into as they arrive, for every "
    "agent to read at once and offline (the languages your agents read; each costs provider characters).",
    Scope.WORKSPACE, validate=_agent_languages)
GLOSSARY_ENTRIES = declare(
    "translation.glossary", Kind.JSON, [], "The workspace's glossary entries: overrides and additions to the "
    "seeded after-sales glossary.", Scope.WORKSPACE, validate=_entries)

SLA_WARN_HOURS = declare(
    "sla.warn_hours", Kind.INT, None,
    "Warn this many hours before a conversation breaches its answer target (not set: each channel's default).",
    Scope.WORKSPACE, minimum=1, maximum=24, optional=True)
AUTOREPLY_RULES = declare(
    "autoreply.rules", Kind.JSON, {}, "Per simple intent: propose a reply, and send it automatically.",
    Scope.WORKSPACE, validate=_rules)

DRAFTING_ENABLED = declare(
    "drafting.enabled", Kind.BOOL, False,
    "Offer AI drafts in the reply box. Off: Desk never contacts an AI provider.", Scope.WORKSPACE)
DRAFTING_BASE_URL = declare(
    "drafting.base_url", Kind.TEXT, "",
    "Base URL of an OpenAI-compatible chat API: https://api.openai.com/v1, or a local server such as Ollama "
    "(http://127.0.0.1:11434/v1) or llama.cpp (http://127.0.0.1:8080/v1).", Scope.WORKSPACE,
    validate=lambda v: None if not v or v.startswith(("http://", "https://")) else "an http:// or https:// address")
DRAFTING_MODEL = declare(
    "drafting.model", Kind.TEXT, "", "The model name the provider knows (gpt-4o-mini, llama3.1:8b...).",
    Scope.WORKSPACE)
DRAFTING_SEND_CONTACT_DETAILS = declare(
    "drafting.send_contact_details", Kind.BOOL, False,
    "Send customers' e-mail addresses and phone numbers to a cloud provider (a local or LAN server always gets "
    "them; otherwise they are replaced by [email] and [phone]).", Scope.WORKSPACE)
DRAFTING_AUTO_SEND = declare(
    "drafting.auto_send", Kind.BOOL, False,
    "AI drafts may go out unseen where the intent's automatic-reply rule allows it and triage is sure enough; "
    "off: every AI draft waits for an agent.", Scope.WORKSPACE)
DRAFTING_TIMEOUT_S = declare(
    "drafting.timeout_s", Kind.FLOAT, 60.0, "Seconds to wait for the provider's next words before giving up.",
    Scope.WORKSPACE, minimum=1, maximum=600)
DRAFTING_TEMPERATURE = declare(
    "drafting.temperature", Kind.FLOAT, 0.3, "Sampling temperature sent to the provider (0: most literal).",
    Scope.WORKSPACE, minimum=0, maximum=2)
DRAFTING_MAX_TOKENS = declare(
    "drafting.max_tokens", Kind.INT, 700, "Longest draft the provider may write, in tokens.", Scope.WORKSPACE,
    minimum=50, maximum=8000)

TEAM_URL = declare(
    "team.url", Kind.TEXT, "", "The team database this Desk works on: postgresql://login@host/database (no password; "
    "it is kept in the OS keyring).", Scope.AGENT)
TEAM_CA_FILE = declare(
    "team.ca_file", Kind.TEXT, "", "The CA certificate (PEM) that signed the team server's certificate; empty: the "
    "system's trusted CAs.", Scope.AGENT)
TEAM_MIRROR_DAYS = declare(
    "team.mirror_days", Kind.INT, 3, "The offline mirror also keeps the team's conversations active in the last N "
    "days (besides those assigned to or opened by this agent).", Scope.AGENT, minimum=0, maximum=60)
TEAM_PRESENCE_HEARTBEAT_S = declare(
    "team.presence_heartbeat_s", Kind.INT, 15, "How often this Desk tells colleagues it is still viewing or typing "
    "in a conversation (seconds).", Scope.AGENT, minimum=5, maximum=300)
TEAM_MIRROR_HORIZON = declare(
    "team.mirror.horizon", Kind.INT, 0, "The team database's change horizon the offline mirror was refreshed to.",
    Scope.INTERNAL)
TEAM_MIRROR_OPENED = declare(
    "team.mirror.opened", Kind.JSON, {}, "Conversations this agent opened (id -> when), kept in the offline mirror.",
    Scope.INTERNAL, validate=_mapping)
NOTIFY_NEW_MESSAGES = declare(
    "notify.new_messages", Kind.BOOL, True,
    "Notify me (tray and sound) when a customer writes in a conversation of mine or an unassigned one.", Scope.AGENT)
NOTIFY_BREACHES = declare(
    "notify.breaches", Kind.BOOL, True, "Notify me before a conversation breaches its answer target.", Scope.AGENT)
NOTIFY_SOUND = declare("notify.sound", Kind.BOOL, True, "Play a sound with each notification.", Scope.AGENT)
NOTIFY_QUIET_HOURS = declare(
    "notify.quiet_hours", Kind.TEXT, "",
    "Quiet hours in my local time, like 22:00-08:00: no pop-ups and no sound then (empty: none).",
    Scope.AGENT, validate=_quiet_hours)
QUEUE_SAVED_VIEWS = declare(
    "queue.saved_views", Kind.JSON, [],
    "Your own queue views: a built-in view narrowed by channel, language, tag or search text, with its sort.",
    Scope.AGENT, validate=_saved_views)
QUEUE_COLUMNS = declare(
    "queue.columns", Kind.JSON, {}, "The queue's columns as you left them: their order and widths.",
    Scope.AGENT, validate=_columns)
KEY_BINDINGS = declare(
    "keys.bindings", Kind.JSON, {},
    "Your own keyboard shortcuts, where they differ from the defaults (action -> key); two actions never share a key.",
    Scope.AGENT, validate=_key_bindings)

DEMO_BUILT = declare(
    "demo.built", Kind.JSON, None, "What the demo workspace was built from, and when.", Scope.INTERNAL,
    optional=True, validate=_mapping)
DEMO_GENERATED = declare(
    "demo.generated", Kind.JSON, None, "The size and seed of a generated benchmark workspace.", Scope.INTERNAL,
    optional=True, validate=_mapping)


# --- access ---------------------------------------------------------------------------------------

_MISSING = object()


def _home(db, setting: Setting):
    """Where a setting is kept: the team's settings in the team database, the agent's own (and
    Desk's markers) in the database that holds this login's own data (desk.storage.db.Database.personal)."""
    personal = getattr(db, "personal", None)
    return personal if personal is not None and setting.scope is not Scope.WORKSPACE else db


def get(db, setting: Setting) -> Any:
    """The stored value, or the default when it is missing or no longer valid."""
    from desk.storage.settings import read_setting

    db = _home(db, setting)
    value = read_setting(db, setting.key, _MISSING)
    if value is _MISSING and setting.legacy is not None:
        old_key, field_name = setting.legacy
        old = read_setting(db, old_key, None)
        value = old.get(field_name, _MISSING) if isinstance(old, dict) else _MISSING
    if value is _MISSING or setting.problem(value) is not None:
        return setting.default
    return value


def get_many(db, settings: Iterable[Setting]) -> dict[str, Any]:
    return {s.key: get(db, s) for s in settings}


def check(values: Mapping[str, Any]) -> dict[str, str]:
    """Problems of `values` by key; unknown keys are problems too."""
    problems = {}
    for key, value in values.items():
        setting = SETTINGS.get(key)
        problem = "unknown setting" if setting is None else setting.problem(value)
        if problem is not None:
            problems[key] = problem
    return problems


def put(db, setting: Setting, value: Any) -> None:
    put_many(db, {setting.key: value})


def put_many(db, values: Mapping[str, Any]) -> None:
    """Store every value, or none of them when one is invalid (InvalidSettings)."""
    from desk.storage.settings import write_settings

    if problems := check(values):
        raise InvalidSettings(problems)
    homes: dict[int, tuple[Any, dict[str, Any]]] = {}
    for key, value in values.items():
        home = _home(db, SETTINGS[key])
        homes.setdefault(id(home), (home, {}))[1][key] = value
    for home, kept in homes.values():
        write_settings(home, kept)


def shown(scope: Scope | None = None) -> list[Setting]:
    """The settings an agent may see and edit, in declaration order."""
    return [s for s in SETTINGS.values() if s.scope is not Scope.INTERNAL and (scope is None or s.scope is scope)]
