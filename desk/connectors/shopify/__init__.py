"""Shopify order context through the Admin GraphQL API (customer mail arrives by IMAP elsewhere)."""

from desk.connectors.shopify.admin import DEFAULT_API_VERSION, ShopifyAdmin, ThrottleStatus
from desk.connectors.shopify.orders import OrdersPage, ShopifyCustomer, ShopifyOrders, order_record

__all__ = [
    "DEFAULT_API_VERSION",
    "OrdersPage",
    "ShopifyAdmin",
    "ShopifyCustomer",
    "ShopifyOrders",
    "ThrottleStatus",
    "order_record",
]
