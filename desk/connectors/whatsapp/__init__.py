"""WhatsApp Business Cloud API: Graph client, webhook parsing, the 24-hour window, the connector."""

from desk.connectors.whatsapp.connector import WhatsAppConnector, WhatsAppSettings
from desk.connectors.whatsapp.events import parse_envelope
from desk.connectors.whatsapp.graph import GraphClient, RecipientRateLimited
from desk.connectors.whatsapp.window import WindowClosed, require_open_window, window_closes_at, window_open

__all__ = [
    "GraphClient",
    "RecipientRateLimited",
    "WhatsAppConnector",
    "WhatsAppSettings",
    "WindowClosed",
    "parse_envelope",
    "require_open_window",
    "window_closes_at",
    "window_open",
]
