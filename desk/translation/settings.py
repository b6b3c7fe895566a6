"""Translation settings: which provider (and fallbacks) and their non-secret options, read from the
settings registry (desk.settings); API keys only in the OS keyring."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desk import settings as registry
from desk.translation.providers import SPECS


@dataclass(frozen=True)
class TranslationSettings:
    provider: str = "google"
    fallbacks: tuple[str, ...] = ()  # tried in order when the provider fails
    options: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # provider -> {"url": ...}

    @property
    def chain(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.provider, *self.fallbacks)))

    def options_for(self, provider: str) -> Mapping[str, str]:
        return self.options.get(provider, {})

    def as_values(self) -> dict:
        """The registry's values for these settings."""
        return {registry.TRANSLATION_PROVIDER.key: self.provider,
                registry.TRANSLATION_FALLBACKS.key: list(self.fallbacks),
                registry.TRANSLATION_OPTIONS.key: {k: dict(v) for k, v in self.options.items()}}


def problems(settings: TranslationSettings) -> dict[str, str]:
    """What is wrong, by registry key; empty when the settings can be saved. Beyond each value's
    own shape: every provider in the chain has its required options."""
    found = registry.check(settings.as_values())
    if found:
        return found
    for name in settings.chain:
        for option in SPECS[name].required_options:
            if not settings.options_for(name).get(option):
                found[f"{registry.TRANSLATION_OPTIONS.key}.{name}.{option}"] = "required"
    return found


def load_translation_settings(db) -> TranslationSettings:
    values = registry.get_many(db, (registry.TRANSLATION_PROVIDER, registry.TRANSLATION_FALLBACKS,
                                    registry.TRANSLATION_OPTIONS))
    settings = TranslationSettings(
        provider=values[registry.TRANSLATION_PROVIDER.key] or "google",
        fallbacks=tuple(values[registry.TRANSLATION_FALLBACKS.key]),
        options={k: dict(v) for k, v in values[registry.TRANSLATION_OPTIONS.key].items()},
    )
    return TranslationSettings() if problems(settings) else settings  # hand-edited into nonsense


def save_translation_settings(db, settings: TranslationSettings) -> None:
    if found := problems(settings):
        raise registry.InvalidSettings(found)
    registry.put_many(db, settings.as_values())


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
