"""Amazon SP-API: order context for buyer conversations (buyer messages arrive by relay e-mail).

`OrdersClient` pulls orders through Orders API v0 or v2026-01-01 with an LWA token
(`lwa.LwaClient`), client-side token buckets (`ratelimit.RateLimiter`) and per-account hosts
(`regions.Endpoints`).
"""

from desk.connectors.amazon.lwa import LwaClient, LwaCredentials
from desk.connectors.amazon.orders import AmazonOrdersSettings, OrdersClient, OrdersCursor, OrdersPage
from desk.connectors.amazon.ratelimit import DEFAULT_PLANS, RateLimiter, UsagePlan
from desk.connectors.amazon.regions import Endpoints, region_of

__all__ = [
    "DEFAULT_PLANS",
    "AmazonOrdersSettings",
    "Endpoints",
    "LwaClient",
    "LwaCredentials",
    "OrdersClient",
    "OrdersCursor",
    "OrdersPage",
    "RateLimiter",
    "UsagePlan",
    "region_of",
]
