"""Translation settings: which provider (and fallbacks), their non-secret options, the agent's
language. Stored as JSON in the workspace's settings table; API keys only in the OS keyring."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desk.translation.languages import AGENT_LANGUAGES
from desk.translation.providers import SPECS

SETTINGS_KEY = "translation.settings"


@dataclass(frozen=True)
class TranslationSettings:
    provider: str = "google"
    fallbacks: tuple[str, ...] = ()  # tried in order when the provider fails
    options: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # provider -> {"url": ...}
    agent_language: str = "zh"

    @property
    def chain(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.provider, *self.fallbacks)))

    def options_for(self, provider: str) -> Mapping[str, str]:
        return self.options.get(provider, {})


def problems(settings: TranslationSettings) -> dict[str, str]:
    """What is wrong, by field; empty when the settings can be saved."""
    found: dict[str, str] = {}
    for name in settings.chain:
        if name not in SPECS:
            found["provider" if name == settings.provider else "fallbacks"] = f"unknown provider {name!r}"
    if settings.agent_language not in AGENT_LANGUAGES:
        found["agent_language"] = f"one of {', '.join(AGENT_LANGUAGES)}"
    for name, options in settings.options.items():
        spec = SPECS.get(name)
        unknown = set(options) - set(spec.options) if spec else set(options)
        if unknown:  # also keeps keys and passwords out of the database
            found[f"options.{name}"] = f"unknown option(s) {', '.join(sorted(unknown))}"
        for option, value in options.items():
            if option.endswith("url") and value and not str(value).startswith(("http://", "https://")):
                found[f"options.{name}.{option}"] = "an http:// or https:// address"
    for name in settings.chain:
        for option in SPECS[name].required_options if name in SPECS else ():
            if not settings.options_for(name).get(option):
                found[f"options.{name}.{option}"] = "required"
    return found


def load_translation_settings(db) -> TranslationSettings:
    from desk.storage.settings import read_setting

    stored = read_setting(db, SETTINGS_KEY, {})
    if not isinstance(stored, dict):
        return TranslationSettings()
    settings = TranslationSettings(
        provider=stored.get("provider", "google"),
        fallbacks=tuple(stored.get("fallbacks", ())),
        options={k: dict(v) for k, v in stored.get("options", {}).items()},
        agent_language=stored.get("agent_language", "zh"),
    )
    return TranslationSettings() if problems(settings) else settings  # hand-edited into nonsense


def save_translation_settings(db, settings: TranslationSettings) -> None:
    from desk.accounts import InvalidSettings
    from desk.storage.settings import write_setting

    if found := problems(settings):
        raise InvalidSettings(found)
    write_setting(db, SETTINGS_KEY, {
        "provider": settings.provider,
        "fallbacks": list(settings.fallbacks),
        "options": {k: dict(v) for k, v in settings.options.items()},
        "agent_language": settings.agent_language,
    })


# --- keys (OS keyring only; blocking: call on an executor) -----------------------------------


def _secret_name(provider: str) -> str:
    return f"translation/{provider}/api_key"


def store_provider_key(provider: str, key: str) -> None:
    from desk.secrets import store_app_secret

    store_app_secret(_secret_name(provider), key)


def load_provider_key(provider: str):
    from desk.secrets import load_app_secret

    return load_app_secret(_secret_name(provider))


def delete_provider_key(provider: str) -> None:
    from desk.secrets import delete_app_secret

    delete_app_secret(_secret_name(provider))
