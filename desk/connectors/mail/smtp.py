"""Replies out by SMTP (aiosmtplib), with failures mapped to what sync should do next.

5xx is final (Rejected, with the server's words); 4xx and anything before DATA is "try again
later" (Unavailable); a timeout or a dropped connection once DATA has started may or may not have
delivered the mail (Ambiguous), so sync reconciles through the deterministic Message-ID first.
"""

from __future__ import annotations

import copy
import hashlib
import re
import ssl
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr, getaddresses, parseaddr
from typing import Literal

import aiosmtplib

from desk.connectors.base import Ambiguous, AuthFailed, Rejected, Unavailable
from desk.domain.model import AttachmentData

Security = Literal["tls", "starttls", "plain"]
# 7-bit bodies (quoted-printable or base64): not every server announces 8BITMIME.
MAIL_POLICY = SMTP_POLICY.clone(cte_type="7bit")

_SAFE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|vs|antw|antwort|ref|réf|rif|r|回复|回覆|答复)\s*(?:\[\d+\])?\s*[:：]\s*)+",
                           re.IGNORECASE)


def reply_message_id(idempotency_key: str, sender: str) -> str:
    """`<desk.{key}@{sender domain}>`: the same key always gives the same Message-ID, so a retry can
    look for it before sending again. Keys that are not a dot-atom are replaced by their hash."""
    key = idempotency_key if _SAFE_KEY.fullmatch(idempotency_key) and len(idempotency_key) <= 128 \
        else "h" + hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:40]
    domain = sender.rpartition("@")[2].strip().lower() or "localhost"
    return f"<desk.{key}@{domain}>"


def reply_subject(subject: str) -> str:
    """One "Re: " however many reply prefixes (Re:, RE:, AW:, 回复:, …) the subject already has."""
    base = _REPLY_PREFIX.sub("", subject).strip()
    return f"Re: {base}" if base else "Re:"


def reply_references(in_reply_to: str | None, references: Sequence[str]) -> list[str]:
    """RFC 5322 3.6.4: the parent's References (or its In-Reply-To) followed by the parent's id.
    `references` is the parent's chain as stored with it."""
    chain = [ref for ref in references if ref]
    if in_reply_to and (not chain or chain[-1] != in_reply_to):
        chain = [ref for ref in chain if ref != in_reply_to] + [in_reply_to]
    return chain


def build_reply(*, sender: str, to: str, subject: str, text: str, idempotency_key: str,
                in_reply_to: str | None = None, references: Sequence[str] = (), sender_name: str = "",
                date: datetime | None = None, attachments: Sequence[AttachmentData] = ()) -> EmailMessage:
    """A UTF-8 text/plain reply with threading headers and a Message-ID derived from the key, and
    the attachments as parts of a multipart/mixed message."""
    message = EmailMessage(policy=MAIL_POLICY)
    message["From"] = formataddr((sender_name, sender)) if sender_name else sender
    message["To"] = to
    if in_reply_to or subject:
        message["Subject"] = reply_subject(subject) if in_reply_to else subject
    message["Date"] = format_datetime(date or datetime.now(UTC))
    message["Message-ID"] = reply_message_id(idempotency_key, sender)
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    chain = reply_references(in_reply_to, references)
    if chain:
        message["References"] = " ".join(chain)
    mostly_ascii = sum(ch.isascii() for ch in text) >= 0.8 * len(text)
    message.set_content(text, charset="utf-8", cte="quoted-printable" if mostly_ascii else "base64")
    for item in attachments:
        maintype, _, subtype = item.mime_type.split(";", 1)[0].strip().lower().partition("/")
        message.add_attachment(item.data, maintype=maintype or "application", subtype=subtype or "octet-stream",
                               filename=item.filename)
    return message


class SmtpSender:
    def __init__(self, host: str, port: int, security: Security, username: str | None, password: str | None, *,
                 timeout: float = 60.0, ssl_context: ssl.SSLContext | None = None,
                 local_hostname: str | None = None) -> None:
        if security not in ("tls", "starttls", "plain"):
            raise ValueError(f"unknown SMTP security {security!r} (tls, starttls or plain)")
        self.host, self.port, self.security, self.username = host, port, security, username
        self.__password = password
        self.timeout = timeout
        self._ssl_context = ssl_context
        self._local_hostname = local_hostname

    def __repr__(self) -> str:
        return f"SmtpSender({self.username!r} at {self.host}:{self.port}, {self.security})"

    async def send(self, message: EmailMessage) -> None:
        """Deliver `message` to its To/Cc/Bcc recipients once. Raises AuthFailed, Rejected, Unavailable
        or Ambiguous."""
        sender = parseaddr(str(message["From"]))[1]
        fields = [str(value) for name in ("To", "Cc", "Bcc") for value in message.get_all(name, [])]
        recipients = [address for _, address in getaddresses(fields) if address]
        on_the_wire = copy.copy(message)
        del on_the_wire["Bcc"]  # Bcc recipients are in the envelope only
        data = on_the_wire.as_bytes(policy=MAIL_POLICY)
        client = self._client()
        try:
            await self._before_data(client, sender, recipients)
            await self._data(client, data)
        finally:
            await _quietly_close(client)

    def _client(self) -> aiosmtplib.SMTP:
        context = self._ssl_context or ssl.create_default_context()
        return aiosmtplib.SMTP(
            hostname=self.host, port=self.port, timeout=self.timeout,
            use_tls=self.security == "tls", start_tls=self.security == "starttls",
            tls_context=context if self.security != "plain" else None,
            local_hostname=self._local_hostname,
        )

    async def _before_data(self, client: aiosmtplib.SMTP, sender: str, recipients: list[str]) -> None:
        try:
            await client.connect()
            if self.username and self.__password is not None:
                await client.login(self.username, self.__password)
            await client.mail(sender)
            for recipient in recipients:
                await client.rcpt(recipient)
        except aiosmtplib.SMTPConnectError as exc:  # includes a 5xx greeting: the server, not this mail
            raise Unavailable(f"SMTP {self.host}:{self.port}: cannot connect: {self._scrub(str(exc))}") from None
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise AuthFailed(f"SMTP login refused for {self.username} at {self.host}:{self.port}: "
                             f"{exc.code} {self._scrub(exc.message)}") from None
        except aiosmtplib.SMTPResponseException as exc:
            raise self._by_code(exc.code, exc.message) from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise Unavailable(f"SMTP {self.host}:{self.port}: {type(exc).__name__}: {self._scrub(str(exc))}") from None

    async def _data(self, client: aiosmtplib.SMTP, data: bytes) -> None:
        try:
            await client.data(data)
        except aiosmtplib.SMTPResponseException as exc:
            raise self._by_code(exc.code, exc.message) from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise Ambiguous(f"SMTP {self.host}:{self.port}: {type(exc).__name__} after DATA: the mail may "
                            f"have been sent") from None

    def _by_code(self, code: int, text: str) -> Rejected | Unavailable:
        reply = f"SMTP {self.host}:{self.port} answered {code} {self._scrub(text)}".strip()
        return Rejected(reply) if 500 <= code < 600 else Unavailable(reply)

    def _scrub(self, text: str) -> str:
        return text.replace(self.__password, "***") if self.__password else text


async def _quietly_close(client: aiosmtplib.SMTP) -> None:
    if not client.is_connected:
        return
    try:
        await client.quit()
    except (aiosmtplib.SMTPException, OSError, TimeoutError):
        client.close()
