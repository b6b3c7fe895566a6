"""The Admin GraphQL documents Desk sends, written against the 2026-10 schema (admin.API_VERSION).

Notes on that version (checked against the introspection in desk/sandbox/specs/shopify/):
- `Order.fulfillments(first)`, `Order.refunds(first)` and `Fulfillment.trackingInfo(first)` are
  plain lists; `lineItems`, `returns` and `returnLineItems` are connections.
- Customer contact is `defaultEmailAddress { emailAddress }` and `defaultPhoneNumber { phoneNumber }`
  (2025-04); `Customer.email` and `Customer.phone` are deprecated. Orders use the non-deprecated
  `Order.email`, the order's own contact address.
- Since 2026-12-01 `displayName` (and the contact fields) come back masked ("•••") when the app
  may not read the customer's e-mail or phone; orders.py stores such values as unknown.
- Returns: `Return.createdAt`/`closedAt` exist; a return line item's reason is
  `returnReasonDefinition` (`returnReason` is deprecated), read through the `ReturnLineItemType`
  interface.
- Money is read in the presentment currency: the amounts the buyer saw and paid.

Inner page sizes keep the requested cost of a page of orders under Shopify's 1000-point
ceiling at the default page size (tests compute it).
"""

from __future__ import annotations

LINE_ITEMS_PER_ORDER = 10
LINE_ITEMS_PER_FOLLOW_UP = 50

_MONEY = "presentmentMoney { amount currencyCode }"

LINE_ITEM_FRAGMENT = f"""
fragment DeskLineItem on LineItem {{
  id title sku quantity
  originalUnitPriceSet {{ {_MONEY} }}
}}
"""

ORDER_FRAGMENT = f"""
fragment DeskOrder on Order {{
  id name email createdAt updatedAt processedAt cancelledAt
  displayFinancialStatus displayFulfillmentStatus
  totalPriceSet {{ {_MONEY} }}
  customer {{ id displayName }}
  lineItems(first: {LINE_ITEMS_PER_ORDER}) {{
    pageInfo {{ hasNextPage endCursor }}
    nodes {{ ...DeskLineItem }}
  }}
  fulfillments(first: 5) {{
    id status displayStatus createdAt inTransitAt deliveredAt estimatedDeliveryAt
    trackingInfo(first: 2) {{ company number url }}
  }}
  refunds(first: 5) {{
    id createdAt updatedAt note
    totalRefundedSet {{ {_MONEY} }}
  }}
  returns(first: 2) {{
    nodes {{
      id name status createdAt closedAt
      returnLineItems(first: 3) {{
        nodes {{ quantity returnReasonNote customerNote returnReasonDefinition {{ handle name }} }}
      }}
    }}
  }}
}}
"""

ORDERS_SINCE = """
query DeskOrdersSince($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes { ...DeskOrder }
  }
}
""" + ORDER_FRAGMENT + LINE_ITEM_FRAGMENT

ORDERS_BY_EMAIL = """
query DeskOrdersByEmail($first: Int!, $query: String!) {
  orders(first: $first, query: $query, sortKey: UPDATED_AT, reverse: true) {
    pageInfo { hasNextPage endCursor }
    nodes { ...DeskOrder }
  }
}
""" + ORDER_FRAGMENT + LINE_ITEM_FRAGMENT

ORDER_BY_NAME = """
query DeskOrderByName($query: String!) {
  orders(first: 1, query: $query) {
    pageInfo { hasNextPage endCursor }
    nodes { ...DeskOrder }
  }
}
""" + ORDER_FRAGMENT + LINE_ITEM_FRAGMENT

ORDER_LINE_ITEMS = f"""
query DeskOrderLineItems($id: ID!, $after: String) {{
  order(id: $id) {{
    lineItems(first: {LINE_ITEMS_PER_FOLLOW_UP}, after: $after) {{
      pageInfo {{ hasNextPage endCursor }}
      nodes {{ ...DeskLineItem }}
    }}
  }}
}}
""" + LINE_ITEM_FRAGMENT

CUSTOMERS_BY_EMAIL = """
query DeskCustomersByEmail($query: String!) {
  customers(first: 5, query: $query) {
    nodes {
      id displayName firstName lastName
      defaultEmailAddress { emailAddress }
      defaultPhoneNumber { phoneNumber }
      orders(first: 5, sortKey: CREATED_AT, reverse: true) { nodes { name } }
    }
  }
}
"""

ALL_QUERIES = {
    "DeskOrdersSince": ORDERS_SINCE,
    "DeskOrdersByEmail": ORDERS_BY_EMAIL,
    "DeskOrderByName": ORDER_BY_NAME,
    "DeskOrderLineItems": ORDER_LINE_ITEMS,
    "DeskCustomersByEmail": CUSTOMERS_BY_EMAIL,
}


def search_value(value: str) -> str:
    """A value for Shopify's search syntax, double-quoted so '@', '+' and spaces stay literal."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
