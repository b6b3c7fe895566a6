"""What a WhatsApp message will cost: its pricing category and the market's rate (editable data).

Meta prices per delivered message by category (marketing, utility, authentication templates;
service for free-form replies inside the 24-hour window) and by the recipient's market, read from
the phone's calling code or the BSUID's country prefix. Since 2026-10-01 service replies and
utility templates inside the window are billed too (data/rates.toml explains the figures).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

CATEGORIES = ("marketing", "utility", "authentication", "service")
_BSUID_COUNTRY = re.compile(r"^([A-Z]{2})\.")


@dataclass(frozen=True, slots=True)
class Rates:
    currency: str
    service_billed_from: date
    markets: Mapping[str, str]  # country -> market
    calling_codes: Mapping[str, str]  # calling code -> country
    prices: Mapping[str, Mapping[str, Decimal]]  # market -> category -> price

    def market_of(self, recipient: str) -> str:
        country = self.country_of(recipient)
        return self.markets.get(country or "", "other")

    def country_of(self, recipient: str) -> str | None:
        match = _BSUID_COUNTRY.match(recipient)
        if match:
            return match[1]
        digits = re.sub(r"\D", "", recipient)
        for length in (3, 2, 1):  # the longest calling code that matches
            if digits[:length] in self.calling_codes:
                return self.calling_codes[digits[:length]]
        return None


@dataclass(frozen=True, slots=True)
class CostEstimate:
    category: str  # marketing | utility | authentication | service
    amount: Decimal  # 0 when Meta does not bill this message
    currency: str
    market: str
    billable: bool


def parse_rates(text: str) -> Rates:
    """Rates from TOML text (the packaged file's format); raises ValueError naming the problem."""
    try:
        data: dict[str, Any] = tomllib.loads(text)
        prices = {market: {category: Decimal(str(table[category])) for category in CATEGORIES}
                  for market, table in data["rates"].items()}
        rates = Rates(str(data["currency"]), date.fromisoformat(str(data["service_billed_from"])),
                      {str(k): str(v) for k, v in data.get("markets", {}).items()},
                      {str(k): str(v) for k, v in data.get("calling_codes", {}).items()}, prices)
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, ArithmeticError) as problem:
        raise ValueError(f"WhatsApp rates are unreadable: {problem!r}") from None
    if "other" not in rates.prices:
        raise ValueError("WhatsApp rates need an [rates.other] table for every other market")
    unknown = set(rates.markets.values()) - set(rates.prices)
    if unknown:
        raise ValueError(f"WhatsApp rates name markets without prices: {sorted(unknown)}")
    return rates


@functools.cache
def packaged_rates() -> Rates:
    return parse_rates(resources.files("desk.connectors.whatsapp").joinpath("data", "rates.toml").read_text("utf-8"))


def load_rates(override: Path | None = None) -> Rates:
    """The workspace's own rates file when it exists, else the packaged one."""
    if override is not None and override.is_file():
        return parse_rates(override.read_text("utf-8"))
    return packaged_rates()


def estimate(recipient: str, *, template_category: str | None, window_open: bool, rates: Rates,
             now: datetime | None = None) -> CostEstimate:
    """The category and estimated price of one message to `recipient`: a template of
    `template_category`, or free-form text (service) when None."""
    category = (template_category or "service").lower()
    if category not in CATEGORIES:
        category = "utility"
    market = rates.market_of(recipient)
    today = (now or datetime.now(UTC)).date()
    free_in_window = category in ("service", "utility") and window_open and today < rates.service_billed_from
    price = Decimal(0) if free_in_window else rates.prices[market][category]
    return CostEstimate(category, price, rates.currency, market, not free_in_window)
