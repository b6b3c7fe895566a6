"""AI draft settings, declared once: key, type, default, scope and description (for the settings
registry), read and written here only. The provider's API key is not a setting: it lives in the
OS keyring (`store_api_key`)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from desk.secrets import SecretRedacted, delete_app_secret, load_app_secret, store_app_secret
from desk.storage.db import Database
from desk.storage.settings import read_setting, write_setting

API_KEY_SECRET = "drafting/api-key"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: object
    description: str
    scope: str = "workspace"


SPECS = (
    SettingSpec("drafting.enabled", bool, False,
                "Offer AI drafts in the reply box. Off: Desk never contacts an AI provider."),
    SettingSpec("drafting.base_url", str, "",
                "Base URL of an OpenAI-compatible chat API: https://api.openai.com/v1, or a local server "
                "such as Ollama (http://127.0.0.1:11434/v1) or llama.cpp (http://127.0.0.1:8080/v1)."),
    SettingSpec("drafting.model", str, "", "The model name the provider knows (gpt-4o-mini, llama3.1:8b...)."),
    SettingSpec("drafting.send_contact_details", bool, False,
                "Send customers' e-mail addresses and phone numbers to a cloud provider (a local or LAN "
                "server always gets them; otherwise they are replaced by [email] and [phone])."),
    SettingSpec("drafting.auto_send", bool, False,
                "AI drafts may go out unseen where the intent's automatic-reply rule allows it and triage "
                "is sure enough; off: every AI draft waits for an agent."),
    SettingSpec("drafting.timeout_s", float, 60.0, "Seconds to wait for the provider's next words before giving up."),
    SettingSpec("drafting.temperature", float, 0.3, "Sampling temperature sent to the provider (0: most literal)."),
    SettingSpec("drafting.max_tokens", int, 700, "Longest draft the provider may write, in tokens."),
)


@dataclass(frozen=True)
class DraftSettings:
    enabled: bool = False
    base_url: str = ""
    model: str = ""
    send_contact_details: bool = False
    auto_send: bool = False
    timeout_s: float = 60.0
    temperature: float = 0.3
    max_tokens: int = 700

    @property
    def configured(self) -> bool:
        return self.enabled and bool(self.base_url.strip()) and bool(self.model.strip())


def _spec(name: str) -> SettingSpec:
    return next(s for s in SPECS if s.key == f"drafting.{name}")


def load_draft_settings(db: Database) -> DraftSettings:
    values = {}
    for f in fields(DraftSettings):
        spec = _spec(f.name)
        raw = read_setting(db, spec.key, spec.default)
        try:
            values[f.name] = spec.type(raw)
        except (TypeError, ValueError):  # a hand-edited value: the default, not a crash
            values[f.name] = spec.default
    return DraftSettings(**values)


def save_draft_settings(db: Database, settings: DraftSettings) -> None:
    for f in fields(DraftSettings):
        write_setting(db, _spec(f.name).key, getattr(settings, f.name))


def store_api_key(key: str) -> None:
    store_app_secret(API_KEY_SECRET, key)


def load_api_key() -> SecretRedacted | None:
    """The provider's key, or None (local servers usually need none). Blocks: run on an executor."""
    return load_app_secret(API_KEY_SECRET)


def delete_api_key() -> None:
    delete_app_secret(API_KEY_SECRET)
