"""The translation providers Desk can use, and how one is built from settings and its key."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk.translation.providers.base import Provider


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    key: str  # "required", "optional" or "none"
    options: tuple[str, ...]  # non-secret settings it reads
    required_options: tuple[str, ...] = ()


SPECS: dict[str, ProviderSpec] = {
    "google": ProviderSpec("none", ("base_url",)),
    "deepl": ProviderSpec("required", ("base_url",)),
    "microsoft": ProviderSpec("required", ("region", "base_url")),
    "libre": ProviderSpec("optional", ("url",), required_options=("url",)),
    "mymemory": ProviderSpec("none", ("email", "base_url")),
}


def build_provider(name: str, options: Mapping[str, str], key: str | None, timeout: float = 10.0) -> Provider:
    """A ready provider. Raises TranslationError (AUTH) when a required key is missing.
    Blocking (building an HTTP client loads CA certificates): call it on an executor."""
    from desk.translation.providers import base

    if SPECS[name].key == "required" and not key:
        raise base.missing_key(name)
    base_url = options.get("base_url") or None
    if name == "google":
        from desk.translation.providers.deep import Google

        return Google(base_url, timeout)
    if name == "mymemory":
        from desk.translation.providers.deep import MyMemory

        return MyMemory(options.get("email"), base_url, timeout)
    from desk.translation.providers import http_apis

    if name == "deepl":
        return http_apis.DeepL(key, base_url, timeout)
    if name == "microsoft":
        return http_apis.Microsoft(key, options.get("region"), base_url, timeout)
    return http_apis.Libre(options["url"], key, timeout)


def __getattr__(name: str) -> Any:
    """LABELS and Provider on first use: the settings read SPECS at start-up, before the first
    page is painted, and need nothing else of the providers."""
    if name in ("LABELS", "Provider"):
        from desk.translation.providers import base

        return getattr(base, name)
    raise AttributeError(name)


__all__ = ["LABELS", "SPECS", "Provider", "ProviderSpec", "build_provider"]
