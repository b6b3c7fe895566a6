"""Raw mail for the parser tests, written byte by byte the way real clients send it."""

from __future__ import annotations

import base64

SHOP = "shop@example.com"


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def mail(body: bytes | str, *, headers: str = "", content_type: str = "text/plain; charset=utf-8",
         cte: str | None = None, sender: str = "Jane Doe <jane@example.org>", to: str = SHOP,
         subject: str = "Where is my order?", message_id: str | None = "<m1@example.org>",
         date: str | None = "Mon, 15 Jan 2024 10:00:00 +0100") -> bytes:
    """A single-part mail; `body` bytes are used as they are (already in the declared charset)."""
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}"]
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    if date:
        lines.append(f"Date: {date}")
    lines.append("MIME-Version: 1.0")
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    head = crlf("\n".join(lines) + ("\n" + headers.strip("\n") if headers.strip() else "") + "\n\n").encode()
    return head + (crlf(body).encode() if isinstance(body, str) else body)


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def encoded_word(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="
