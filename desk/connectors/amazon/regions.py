"""Where an account's SP-API calls go: marketplace id -> region -> host, and the LWA token URL.

Every URL is overridable per account (`Endpoints`), so tests and the sandbox point all three
regions and LWA at one local server.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"  # the SP-API SDKs use this host for every region

PRODUCTION_HOSTS: Mapping[str, str] = {
    "na": "https://sellingpartnerapi-na.amazon.com",
    "eu": "https://sellingpartnerapi-eu.amazon.com",
    "fe": "https://sellingpartnerapi-fe.amazon.com",
}
SANDBOX_HOSTS: Mapping[str, str] = {region: host.replace("https://", "https://sandbox.")
                                    for region, host in PRODUCTION_HOSTS.items()}

# marketplace id -> (region, country code, default currency)
MARKETPLACES: Mapping[str, tuple[str, str, str]] = {
    "A2EUQ1WTGCTBG2": ("na", "CA", "CAD"),
    "ATVPDKIKX0DER": ("na", "US", "USD"),
    "A1AM78C64UM0Y8": ("na", "MX", "MXN"),
    "A2Q3Y263D00KWC": ("na", "BR", "BRL"),
    "A28R8C7NBKEWEA": ("eu", "IE", "EUR"),
    "A1RKKUPIHCS9HS": ("eu", "ES", "EUR"),
    "A1F83G8C2ARO7P": ("eu", "GB", "GBP"),
    "A13V1IB3VIYZZH": ("eu", "FR", "EUR"),
    "AMEN7PMS3EDWL": ("eu", "BE", "EUR"),
    "A1805IZSGTT6HS": ("eu", "NL", "EUR"),
    "A1PA6795UKMFR9": ("eu", "DE", "EUR"),
    "APJ6JRA9NG5V4": ("eu", "IT", "EUR"),
    "A2NODRKZP88ZB9": ("eu", "SE", "SEK"),
    "AE08WJ6YKNBMC": ("eu", "ZA", "ZAR"),
    "A1C3SOZRARQ6R3": ("eu", "PL", "PLN"),
    "ARBP9OOSHTCHU": ("eu", "EG", "EGP"),
    "A33AVAJ2PDY3EV": ("eu", "TR", "TRY"),
    "A17E79C6D8DWNP": ("eu", "SA", "SAR"),
    "A2VIGQ35RCS4UG": ("eu", "AE", "AED"),
    "A21TJRUUN4KGV": ("eu", "IN", "INR"),
    "A19VAU5U5O7RUS": ("fe", "SG", "SGD"),
    "A39IBJ37TRP1C6": ("fe", "AU", "AUD"),
    "A1VC38T7YXB528": ("fe", "JP", "JPY"),
}


def region_of(marketplace_id: str) -> str:
    try:
        return MARKETPLACES[marketplace_id][0]
    except KeyError:
        raise ValueError(f"unknown Amazon marketplace id {marketplace_id!r}") from None


def currency_of(marketplace_id: str) -> str:
    entry = MARKETPLACES.get(marketplace_id)
    return entry[2] if entry else ""


def region_of_all(marketplace_ids: Iterable[str]) -> str:
    """The one region all `marketplace_ids` belong to (one seller authorization covers one region)."""
    regions = {region_of(m) for m in marketplace_ids}
    if len(regions) != 1:
        raise ValueError(f"marketplaces must share one region, got {sorted(regions) or 'none'}")
    return regions.pop()


@dataclass(frozen=True)
class Endpoints:
    hosts: Mapping[str, str] = field(default_factory=lambda: dict(PRODUCTION_HOSTS))
    lwa_token_url: str = LWA_TOKEN_URL

    @classmethod
    def everything_at(cls, base_url: str) -> Endpoints:
        """All regions and LWA served by one server (the sandbox, tests)."""
        base = base_url.rstrip("/")
        return cls(hosts={region: base for region in PRODUCTION_HOSTS}, lwa_token_url=f"{base}/auth/o2/token")

    def sp_api_url(self, region: str) -> str:
        try:
            return self.hosts[region].rstrip("/")
        except KeyError:
            raise ValueError(f"no SP-API host configured for region {region!r}") from None
