"""The customer's local time, so the agent sees "Saturday 23:10 for the buyer" before writing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

# Markets Desk serves: each country's main zone, and whether the country spans several zones
# (then the zone is an assumption the UI should mark, e.g. "≈ New York time").
COUNTRY_ZONES: Mapping[str, tuple[str, bool]] = {
    "US": ("America/New_York", True),
    "GB": ("Europe/London", False),
    "DE": ("Europe/Berlin", False),
    "FR": ("Europe/Paris", False),
    "ES": ("Europe/Madrid", True),  # the Canaries are an hour behind
    "IT": ("Europe/Rome", False),
    "JP": ("Asia/Tokyo", False),
    "CN": ("Asia/Shanghai", False),
    "CA": ("America/Toronto", True),
    "AU": ("Australia/Sydney", True),
    "MX": ("America/Mexico_City", True),
    "NL": ("Europe/Amsterdam", False),
    "BE": ("Europe/Brussels", False),
    "AT": ("Europe/Vienna", False),
    "CH": ("Europe/Zurich", False),
    "PL": ("Europe/Warsaw", False),
    "SE": ("Europe/Stockholm", False),
    "BR": ("America/Sao_Paulo", True),
    "IN": ("Asia/Kolkata", False),
}
COUNTRY_ALIASES: Mapping[str, str] = {"UK": "GB"}


@dataclass(frozen=True, slots=True)
class LocalTime:
    datetime: datetime  # the moment in the customer's zone
    weekday: int  # Monday 0 … Sunday 6, in the customer's zone
    zone: str  # IANA name
    assumed: bool  # the zone was guessed from a country that has several

    @property
    def is_weekend(self) -> bool:
        return self.weekday >= 5


def customer_local_time(now: datetime, *, timezone: str | None = None, country: str | None = None) -> LocalTime | None:
    """`now` in the customer's zone: the IANA `timezone` when it is valid, else the main zone of
    `country` (ISO 3166 alpha-2; "UK" is read as GB). None when neither tells a zone."""
    if now.tzinfo is None:
        raise ValueError("customer_local_time needs an aware datetime")
    zone = _zone(timezone) if timezone else None
    assumed = False
    if zone is None and country:
        code = country.strip().upper()
        name, assumed = COUNTRY_ZONES.get(COUNTRY_ALIASES.get(code, code), ("", False))
        zone = _zone(name) if name else None
    if zone is None:
        return None
    local = now.astimezone(zone)
    return LocalTime(local, local.weekday(), zone.key, assumed)


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name.strip())
    except (ValueError, LookupError, OSError):  # malformed key, unknown zone, a folder ("Europe")
        return None
