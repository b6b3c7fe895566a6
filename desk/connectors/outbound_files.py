"""Whether a platform will take the files an agent attaches to a reply, checked before it is queued.

- WhatsApp: Meta's supported media types and sizes (desk.connectors.whatsapp.media).
- Amazon relay mail: attachments up to 10 MB per message in all (Seller Central help 200389080,
  "Buyer-Seller Messages"), in the formats that help page lists: images (JPEG, PNG, GIF), PDF,
  plain text and Word documents. The copy of the page read for this did not show its list in
  full; these are the formats it has long named.
- Other mail (Shopify's store mailbox, any mailbox): 25 MB in all, what common mail servers accept.
"""

from __future__ import annotations

from collections.abc import Sequence

from desk.connectors.base import Rejected
from desk.domain import Channel
from desk.domain.model import AttachmentData

MB = 1024 * 1024
AMAZON_RELAY_LIMIT = 10 * MB
AMAZON_RELAY_TYPES = frozenset({
    "image/jpeg", "image/png", "image/gif", "application/pdf", "text/plain", "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
})
MAIL_LIMIT = 25 * MB


def check_outbound_files(channel: Channel, files: Sequence[AttachmentData]) -> None:
    """Raise Rejected, naming the rule, when the platform would refuse these files."""
    if not files:
        return
    if channel is Channel.WHATSAPP:
        from desk.connectors.whatsapp.media import outbound_kind

        for item in files:
            outbound_kind(item.mime_type, len(item.data))
        return
    total = sum(len(item.data) for item in files)
    if channel is Channel.AMAZON:
        refused = [item.filename for item in files if _base(item.mime_type) not in AMAZON_RELAY_TYPES]
        if refused:
            raise Rejected(f"Amazon relays only images (JPEG, PNG, GIF), PDF, text and Word files; not "
                           f"{', '.join(refused)}")
        if total > AMAZON_RELAY_LIMIT:
            raise Rejected(f"Amazon relays at most 10 MB of attachments per message; these are {total / MB:.1f} MB")
        return
    if total > MAIL_LIMIT:
        raise Rejected(f"mail servers take about 25 MB of attachments per message; these are {total / MB:.1f} MB")


def _base(mime_type: str) -> str:
    return mime_type.split(";", 1)[0].strip().lower()
