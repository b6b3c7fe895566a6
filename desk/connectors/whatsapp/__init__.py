"""WhatsApp Business Cloud API: Graph client, webhook parsing, the 24-hour window, the connector."""

from desk.connectors.whatsapp.connector import WhatsAppConnector, WhatsAppSettings
from desk.connectors.whatsapp.events import highest_state, parse_envelope, state_rank
from desk.connectors.whatsapp.graph import GraphClient, RecipientRateLimited
from desk.connectors.whatsapp.window import WindowClosed, require_open_window, window_closes_at, window_open

__all__ = [
    "GraphClient",
    "RecipientRateLimited",
    "WhatsAppConnector",
    "WhatsAppSettings",
    "WindowClosed",
    "highest_state",
    "parse_envelope",
    "require_open_window",
    "state_rank",
    "window_closes_at",
    "window_open",
]
