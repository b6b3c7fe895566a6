"""Answer-time targets per channel, with per-account overrides from the account's settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from desk.errors import DeskError

# Amazon expects an answer within 24 hours, counted in calendar hours through weekends and
# public holidays, so every target here is plain elapsed time: no business calendar.
DEFAULT_TARGETS: Mapping[str, timedelta] = {
    "amazon": timedelta(hours=24),
    "whatsapp": timedelta(hours=24),
    "shopify": timedelta(hours=12),
    "mail": timedelta(hours=12),
    "email": timedelta(hours=12),  # desk.domain.Channel.EMAIL
}
DEFAULT_WARN_FRACTION = 0.25
DEFAULT_WARN_BEFORE = timedelta(hours=2)


class SlaSettingError(DeskError):
    """An account's SLA setting is not a usable number."""


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    """How long a customer may wait for a human answer on one channel or account.

    The clock shows a warning once `warn_fraction` of the target or `warn_before` remains,
    whichever is reached first, and is breached from the due time on.
    """

    channel: str
    target: timedelta
    warn_fraction: float = DEFAULT_WARN_FRACTION
    warn_before: timedelta = DEFAULT_WARN_BEFORE

    @property
    def warn_window(self) -> timedelta:
        """How long before the due time the warning starts (never longer than the target)."""
        return min(max(self.target * self.warn_fraction, self.warn_before), self.target)


def policy_for(channel: str, settings: Mapping[str, Any] | None = None) -> SlaPolicy:
    """The channel's default policy with an account's overrides: `sla_hours` (the target),
    `sla_warn_fraction` (0–1) and `sla_warn_hours`. Missing or None keys keep the default."""
    try:
        target = DEFAULT_TARGETS[str(channel)]
    except KeyError:
        raise ValueError(f"no SLA default for channel {channel!r}") from None
    settings = settings or {}
    hours = _setting(settings, "sla_hours", upper=None)
    fraction = _setting(settings, "sla_warn_fraction", upper=1.0)
    warn_hours = _setting(settings, "sla_warn_hours", upper=None)
    return SlaPolicy(
        channel=str(channel),
        target=target if hours is None else timedelta(hours=hours),
        warn_fraction=DEFAULT_WARN_FRACTION if fraction is None else fraction,
        warn_before=DEFAULT_WARN_BEFORE if warn_hours is None else timedelta(hours=warn_hours),
    )


def _setting(settings: Mapping[str, Any], key: str, *, upper: float | None) -> float | None:
    value = settings.get(key)
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SlaSettingError(f"The account setting {key} must be a number, not {value!r}.") from None
    if not number > 0 or (upper is not None and number > upper) or number == float("inf"):
        limit = f"between 0 and {upper:g}" if upper is not None else "greater than 0"
        raise SlaSettingError(f"The account setting {key} must be {limit}, not {value!r}.")
    return number


def warn_windows(warn_hours: float | None = None) -> dict[str, timedelta]:
    """Each channel's warning time: `warn_hours` (the workspace's setting) where set, else the
    channel's default policy. The queue's colours and the tray's warnings both use this."""
    return {channel: policy_for(channel, {"sla_warn_hours": warn_hours}).warn_window for channel in DEFAULT_TARGETS}
