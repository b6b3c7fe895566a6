"""Reading and saving what an agent sets: the declared settings (desk.settings), the translation
provider's key (to the keyring), automatic-reply rules, agent profiles for routing, each mail or
Shopify account's answer target and the workspace's glossary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.app.changes import Changes

if TYPE_CHECKING:
    from desk.app.workspace import Workspace


@dataclass(frozen=True, slots=True)
class AutoReplyRule:
    intent: str
    propose: bool
    auto_send: bool


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    languages: tuple[str, ...]
    skills: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AccountTarget:
    account_id: int
    name: str
    channel: str
    hours: int
    fixed: bool  # Amazon's and WhatsApp's 24 hours are the platforms' rules


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """One concept of the glossary: its terms per language (variants after the first)."""

    id: str
    terms: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class SettingsView:
    values: dict[str, Any]  # every shown setting by key (desk.settings.shown())
    rules: list[AutoReplyRule]
    profiles: list[Profile]
    targets: list[AccountTarget]
    glossary: list[GlossaryTerm]  # seeded and the workspace's own


@dataclass(frozen=True)
class SettingsUpdate:
    """What the agent changed; what is left None stays as it is."""

    values: Mapping[str, Any] = field(default_factory=dict)
    provider_key: str | None = None  # for the provider in values (or the current one): to the keyring
    drafting_key: str | None = None  # the AI drafts provider's key: to the keyring
    rules: Sequence[AutoReplyRule] | None = None
    profiles: Sequence[Profile] | None = None
    targets: Mapping[int, int] | None = None  # account id -> hours to answer
    glossary: Sequence[GlossaryTerm] | None = None



async def key_bindings(ws: Workspace) -> dict[str, str]:
    """The agent's own keys (action id -> key) where they differ from the defaults
    (desk.domain.shortcuts)."""
    from desk import settings

    return await ws.executors.read(settings.get, ws.db, settings.KEY_BINDINGS)


def declarations() -> list:
    """The settings an agent sees, each declared once (desk.settings.Setting): the dialog's fields."""
    from desk import settings

    return settings.shown()


def provider_options() -> dict[str, tuple[str, ...]]:
    """The non-secret options each translation provider reads ("url", "region", "email", "base_url")."""
    from desk.translation.providers import SPECS

    return {name: spec.options for name, spec in SPECS.items()}


def provider_needs_key(provider: str) -> bool:
    from desk.translation.providers import SPECS

    return SPECS[provider].key != "none"


async def load_settings(ws: Workspace) -> SettingsView:
    return await ws.executors.read(_load, ws.db)


def _load(db) -> SettingsView:
    from desk import settings
    from desk.accounts import FIXED_SLA_CHANNELS, sla_targets
    from desk.routing.autoreply import load_rules
    from desk.routing.profiles import list_profiles
    from desk.translation.glossary import glossary_table

    return SettingsView(
        values=settings.get_many(db, settings.shown()),
        rules=[AutoReplyRule(intent, rule.propose, rule.auto_send) for intent, rule in load_rules(db).items()],
        profiles=[Profile(p.name, tuple(p.languages), tuple(p.skills)) for p in list_profiles(db)],
        targets=[AccountTarget(account_id, name, channel.value, hours, channel in FIXED_SLA_CHANNELS)
                 for account_id, name, channel, hours in sla_targets(db)],
        glossary=[GlossaryTerm(c.id, dict(c.terms)) for c in glossary_table(db)],
    )


async def save_settings(ws: Workspace, update: SettingsUpdate) -> Changes:
    """Check everything first (InvalidSettings names each problem), then store it; the agent's
    name and language and the translation service are reloaded."""
    from desk import settings
    from desk.app.workspace import load_preferences
    from desk.translation.settings import store_provider_key

    update = _own_part(ws, update)
    provider = await ws.executors.write(_save, ws.db, update)
    if update.provider_key:
        await ws.executors.io(store_provider_key, provider, update.provider_key)
    if update.drafting_key:
        from desk.drafting.settings import store_api_key

        await ws.executors.io(store_api_key, update.drafting_key)
    await load_preferences(ws)
    queue = update.targets is not None or any(key.startswith("sla.") for key in update.values)
    keys = frozenset(update.values) | ({settings.GLOSSARY_ENTRIES.key} if update.glossary is not None else set())
    return Changes(settings=keys, queue=queue)


def may_change_team_settings(ws: Workspace) -> bool:
    """Whether this login changes the workspace's shared settings (rules, glossary, agents, answer
    targets...): everyone in a solo workspace; on a team database, its leads."""
    return ws.team is None or ws.team.is_lead


def _own_part(ws: Workspace, update: SettingsUpdate) -> SettingsUpdate:
    """What of `update` this login may store: a team's agent keeps their own settings only (the
    dialog shows the team's as they are)."""
    from desk import settings

    if may_change_team_settings(ws):
        return update
    own = {key: value for key, value in update.values.items()
           if key in settings.SETTINGS and settings.SETTINGS[key].scope is not settings.Scope.WORKSPACE}
    return SettingsUpdate(values=own, provider_key=update.provider_key, drafting_key=update.drafting_key)


def _save(db, update: SettingsUpdate) -> str:
    """Runs on the writer: validates, then writes. Returns the provider the key belongs to."""
    from desk import settings
    from desk.translation.settings import TranslationSettings, load_translation_settings, problems

    values = dict(update.values)
    current = load_translation_settings(db)
    chosen = TranslationSettings(
        values.get(settings.TRANSLATION_PROVIDER.key) or current.provider,
        tuple(values.get(settings.TRANSLATION_FALLBACKS.key, current.fallbacks)),
        values.get(settings.TRANSLATION_OPTIONS.key, current.options))
    found = settings.check(values)
    if not found and any(key.startswith("translation.") for key in values):
        found = problems(chosen)
    if found:
        raise settings.InvalidSettings(found)
    settings.put_many(db, values)
    if update.rules is not None:
        _save_rules(db, update.rules)
    if update.profiles is not None:
        _replace_profiles(db, update.profiles)
    if update.targets is not None:
        from desk.accounts import set_sla_hours

        for account_id, hours in update.targets.items():
            set_sla_hours(db, account_id, hours)
    if update.glossary is not None:
        from desk.translation.glossary import Concept, save_glossary_table

        save_glossary_table(db, [Concept(term.id, dict(term.terms)) for term in update.glossary])
    return chosen.provider


def _save_rules(db, rules: Sequence[AutoReplyRule]) -> None:
    from desk.routing.autoreply import Rule, save_rules

    save_rules(db, {r.intent: Rule(r.propose, r.auto_send) for r in rules})


def _replace_profiles(db, profiles: Sequence[Profile]) -> None:
    from desk.routing.profiles import AgentProfile, delete_profile, list_profiles, save_profile

    keep = {p.name for p in profiles}
    for old in list_profiles(db):
        if old.name not in keep:
            delete_profile(db, old.name)
    for p in profiles:
        save_profile(db, AgentProfile(p.name, tuple(p.languages), tuple(p.skills)))
