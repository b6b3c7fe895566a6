"""WhatsApp media: which files Meta accepts, and the media an inbound webhook refers to.

Meta's supported media types and sizes (Cloud API, "Supported media types"): images JPEG/PNG up to
5 MB, stickers WebP up to 500 KB, audio AAC/AMR/MP3/M4A/OGG and video MP4/3GPP up to 16 MB,
documents (text, PDF, Office) up to 100 MB. Outbound attachments are checked against these before
they are uploaded; inbound media are kept up to Desk's own limit (MAX_INBOUND_BYTES), beyond which
the message keeps only the media id and says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desk.connectors.base import Rejected

MB = 1024 * 1024
MAX_INBOUND_BYTES = 25 * MB  # what Desk keeps of one inbound file (Meta allows documents up to 100 MB)

OUTBOUND_TYPES: Mapping[str, tuple[frozenset[str], int]] = {
    "image": (frozenset({"image/jpeg", "image/png"}), 5 * MB),
    "video": (frozenset({"video/mp4", "video/3gpp"}), 16 * MB),
    "audio": (frozenset({"audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"}), 16 * MB),
    "document": (frozenset({
        "text/plain", "application/pdf", "application/msword", "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    }), 100 * MB),
}
INBOUND_KINDS = ("image", "video", "audio", "document", "sticker")
CAPTION_KINDS = ("image", "video", "document")
CAPTION_LIMIT = 1024  # characters Meta allows in a media caption


def outbound_kind(mime_type: str, size: int) -> str:
    """The message type an attachment is sent as; Rejected (with the rule) if Meta would refuse it."""
    base = mime_type.split(";", 1)[0].strip().lower()
    for kind, (types, limit) in OUTBOUND_TYPES.items():
        if base in types:
            if size > limit:
                raise Rejected(f"WhatsApp accepts {kind}s up to {limit // MB} MB; this one is {size / MB:.1f} MB")
            return kind
    raise Rejected(f"WhatsApp cannot send files of type {base or 'unknown'}: send JPEG/PNG images, MP4 video, "
                   f"AAC/MP3/OGG audio, or PDF, text and Office documents")


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A medium an inbound message carries (its bytes are fetched from Graph by id)."""

    media_id: str
    kind: str
    mime_type: str
    filename: str
    sha256: str | None


def media_refs(payload: Any) -> dict[str, MediaRef]:
    """wamid -> the medium of every inbound media message in one webhook envelope."""
    found: dict[str, MediaRef] = {}
    entries = payload.get("entry") if isinstance(payload, Mapping) else None
    for entry in entries if isinstance(entries, list) else ():
        changes = entry.get("changes") if isinstance(entry, Mapping) else None
        for change in changes if isinstance(changes, list) else ():
            value = change.get("value") if isinstance(change, Mapping) else None
            messages = value.get("messages") if isinstance(value, Mapping) else None
            for raw in messages if isinstance(messages, list) else ():
                ref = _ref(raw)
                if ref is not None:
                    found[raw["id"]] = ref
    return found


def _ref(raw: Any) -> MediaRef | None:
    if not isinstance(raw, Mapping) or raw.get("type") not in INBOUND_KINDS or not isinstance(raw.get("id"), str):
        return None
    kind = raw["type"]
    body = raw.get(kind) if isinstance(raw.get(kind), Mapping) else {}
    media_id = body.get("id")
    if not isinstance(media_id, str) or not media_id:
        return None
    mime_type = body.get("mime_type") if isinstance(body.get("mime_type"), str) else "application/octet-stream"
    filename = body.get("filename") if isinstance(body.get("filename"), str) and body.get("filename") else None
    sha256 = body.get("sha256") if isinstance(body.get("sha256"), str) else None
    return MediaRef(media_id, kind, mime_type, filename or default_filename(kind, media_id, mime_type), sha256)


EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "video/mp4": ".mp4",
              "video/3gpp": ".3gp", "audio/ogg": ".ogg", "audio/mpeg": ".mp3", "audio/aac": ".aac",
              "audio/amr": ".amr", "audio/mp4": ".m4a", "application/pdf": ".pdf", "text/plain": ".txt"}


def default_filename(kind: str, media_id: str, mime_type: str) -> str:
    extension = EXTENSIONS.get(mime_type.split(";", 1)[0].strip().lower(), "")
    return f"whatsapp-{kind}-{media_id}{extension}"
