"""AI draft settings, read and written through the settings registry (desk.settings, where each is
declared). The provider's API key is not a setting: it lives in the OS keyring (`store_api_key`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from desk import settings as registry
from desk.secrets import SecretRedacted, delete_app_secret, load_app_secret, store_app_secret
from desk.storage.db import Database

API_KEY_SECRET = "drafting/api-key"


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


def load_draft_settings(db: Database) -> DraftSettings:
    values = registry.get_many(db, (registry.SETTINGS[f"drafting.{f.name}"] for f in fields(DraftSettings)))
    return DraftSettings(**{key.removeprefix("drafting."): value for key, value in values.items()})


def save_draft_settings(db: Database, settings: DraftSettings) -> None:
    registry.put_many(db, {f"drafting.{name}": value for name, value in asdict(settings).items()})


def store_api_key(key: str) -> None:
    store_app_secret(API_KEY_SECRET, key)


def load_api_key() -> SecretRedacted | None:
    """The provider's key, or None (local servers usually need none). Blocks: run on an executor."""
    return load_app_secret(API_KEY_SECRET)


def delete_api_key() -> None:
    delete_app_secret(API_KEY_SECRET)
