"""WhatsApp's 24-hour customer-service window as a value for the queue and the reply box."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class WindowState:
    open: bool  # free text allowed; otherwise only an approved template
    closes_at: datetime | None  # None: the customer never wrote, so it never opened


def window_state(last_inbound_at: datetime | None, now: datetime) -> WindowState:
    # Imported here: the whatsapp package's __init__ loads the connector and httpx (~150 ms),
    # which importing desk.sla (the queue, at start-up) must not pay.
    from desk.connectors.whatsapp.window import window_closes_at, window_open

    return WindowState(window_open(last_inbound_at, now), window_closes_at(last_inbound_at))
