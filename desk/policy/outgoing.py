"""The policy check of a reply about to go out, with what it depends on filled in: WhatsApp's
service window from the customer's last message, the language detector, the chosen language.
The reply box, sending and automatic replies all check through here."""

from __future__ import annotations

from datetime import datetime

from desk.policy.engine import check_reply
from desk.policy.model import Violation


def check_outgoing(text: str, *, channel: str, customer_language: str | None, last_inbound_at: int | None,
                   now: datetime, reply_language: str | None = None, subject: str = "") -> list[Violation]:
    """Every rule the reply breaks. `last_inbound_at` (epoch seconds) opens WhatsApp's window."""
    from desk.connectors.whatsapp.window import window_open
    from desk.storage.timekeys import NEVER, from_epoch
    from desk.triage import detect_language

    window = None
    if channel == "whatsapp":
        window = window_open(from_epoch(last_inbound_at, none_as=NEVER), now)
    return check_reply(text, channel=channel, customer_language=customer_language, window_open=window,
                       detect_language=detect_language, reply_language=reply_language, subject=subject)
