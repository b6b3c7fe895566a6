"""Pathological mail for open_conversation_worst_ms: bodies that froze the window before issue 10.

Each is raw RFC 5322 bytes, read by the real parser and stored by the real ingest (so the caps of
desk.storage.ingest apply), one conversation each, beside a baseline conversation of ordinary
mail. harness.bench_open opens them in the conversation pane.
"""

from __future__ import annotations

import base64
from pathlib import Path

SHOP = "shop@example.com"
PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==")


def _mail(n: int, subject: str, body: bytes, content_type: str = "text/plain; charset=utf-8",
          cte: str = "8bit") -> bytes:
    head = (f"From: Customer {n} <customer{n}@example.org>\r\nTo: {SHOP}\r\nSubject: {subject}\r\n"
            f"Message-ID: <patho-{n}@example.org>\r\nDate: Mon, 15 Jan 2024 10:{n % 60:02d}:00 +0000\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n")
    return head.encode() + body


def _nested_mime(n: int, depth: int) -> bytes:
    """multipart/mixed inside multipart/mixed ... `depth` levels, text at the bottom."""
    opening = "".join(f"--b{i}\r\nContent-Type: multipart/mixed; boundary=b{i + 1}\r\n\r\n" for i in range(depth - 1))
    closing = "".join(f"\r\n--b{i}--" for i in reversed(range(depth)))
    body = f"{opening}--b{depth - 1}\r\nContent-Type: text/plain\r\n\r\nat the bottom{closing}\r\n"
    return _mail(n, "nested MIME", body.encode(), f"multipart/mixed; boundary=b0")


def pathological_mails() -> dict[str, bytes]:
    """name -> raw mail."""
    image = base64.b64encode(PNG_1PX).decode()
    images = "".join(f'<img src="data:image/png;base64,{image}" width="10" height="99999999"> ' for _ in range(500))
    return {
        "single_line_2mib": _mail(1, "one long line", b"x" * (2 * 2**20)),
        "short_lines_50000": _mail(2, "many lines", b"\r\n".join(b"line %d of many" % i for i in range(50_000))),
        "images_500": _mail(3, "500 images", f"<html><body>{images}</body></html>".encode(), "text/html; charset=utf-8"),
        "nested_divs": _mail(4, "nested divs", ("<div>" * 5000 + "deep" + "</div>" * 5000).encode(),
                             "text/html; charset=utf-8"),
        "nested_tables": _mail(5, "nested tables",
                               ("<table><tr><td>" * 300 + "deep" + "</td></tr></table>" * 300).encode(),
                               "text/html; charset=utf-8"),
        "html_single_line_2mib": _mail(6, "one long html line", b"<p>" + b"y" * (2 * 2**20) + b"</p>",
                                       "text/html; charset=utf-8"),
        "nested_mime": _nested_mime(7, 12),
    }


def ordinary_mails(count: int = 10) -> list[bytes]:
    """A usual thread: a few lines each, as the baseline conversation."""
    return [
        (f"From: Ana Garcia <ana@example.es>\r\nTo: {SHOP}\r\nSubject: Re: Pedido 1042\r\n"
         f"Message-ID: <ordinary-{i}@example.es>\r\nReferences: <ordinary-0@example.es>\r\n"
         f"Date: Mon, 15 Jan 2024 1{i % 10}:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
         f"Hola, ¿dónde está mi pedido? Es el mensaje {i}.\r\nGracias,\r\nAna\r\n").encode()
        for i in range(count)
    ]


def build_workspace(folder: Path):
    """A cache holding one conversation per pathological mail and one ordinary thread:
    (db, {name: conversation id}, baseline conversation id)."""
    from desk.accounts import save_account
    from desk.connectors.mail.parse import parse_mail
    from desk.domain import Channel
    from desk.storage.db import Database
    from desk.storage.ingest import Ingestor

    db = Database.open_path(folder / "desk.sqlite3")
    account = save_account(db, Channel.EMAIL, "Shop", {"address": SHOP})
    ingestor = Ingestor(db)
    conversations = {}
    for name, raw in pathological_mails().items():
        message = parse_mail(raw, account, {SHOP}).message
        ingestor.ingest([message])
        conversations[name] = _conversation_of(db, message.external_id)
    ordinary = [parse_mail(raw, account, {SHOP}).message for raw in ordinary_mails()]
    ingestor.ingest(ordinary)
    return db, conversations, _conversation_of(db, ordinary[0].external_id)


def _conversation_of(db, external_id: str) -> int:
    return db.fetch_all("SELECT conversation_id FROM messages WHERE external_id = :e", {"e": external_id})[0][0]
