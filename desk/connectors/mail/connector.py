"""One mailbox account as a Connector: IMAP in, SMTP out (Amazon relay mail, Shopify store mail, any
mailbox).

The cursor is {"uidvalidity", "last_uid"} of the inbox. When UIDVALIDITY changes the UIDs mean
nothing any more, so pull starts over from 0; ingest dedupes on the Message-ID (the external id).
A reply gets a Message-ID derived from its idempotency key and a copy in the Sent mailbox, so after
a crash or an Ambiguous send `find_sent` can tell whether it already went out.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from desk.connectors.base import AuthFailed, ConnectorError, Rejected, SyncBatch, Unavailable
from desk.connectors.mail.authenticity import account_trust
from desk.connectors.mail.bounce import bounce_of
from desk.connectors.mail.imap import ImapClient, Security
from desk.connectors.mail.parse import (DEFAULT_LIMITS, MimeLimits, ParseError, incoming_message, parse_mail,
                                        peek_sender_and_date)
from desk.connectors.mail.smtp import SmtpSender, build_reply, reply_message_id
from desk.domain.model import DeliveryState, IncomingMessage
from desk.domain.records import DeliveryUpdate, OutgoingMessage, SendResult, Unreadable

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class MailSettings:
    address: str  # the account's own address: From of replies, direction OUT when it sent a mail
    imap_host: str
    imap_port: int
    imap_security: Security  # "tls" | "starttls" | "plain"
    smtp_host: str
    smtp_port: int
    smtp_security: Security
    username: str
    inbox: str = "INBOX"
    sent_mailbox: str = "Sent"
    batch_size: int = 200
    display_name: str = ""  # shown with the address in From
    aliases: tuple[str, ...] = ()  # further addresses of ours (direction OUT)
    smtp_username: str | None = None  # when SMTP logs in under another name than IMAP; "" for no SMTP login
    ca_file: str | None = None  # trust this CA bundle instead of the system's (self-hosted servers)
    timeout: float = 30.0
    poll_interval: float = 60.0  # how often to look for new mail when the server has no IDLE
    append_sent: bool = True  # store a copy of each reply in sent_mailbox (off for servers that do it)
    # Platform mail (Amazon relay, Shopify) is believed when one of these servers' Authentication-Results
    # says it passed, or when Desk verifies its DKIM signature itself (authenticity.py).
    authserv_ids: tuple[str, ...] = ()
    verify_dkim: bool = True

    @property
    def own_addresses(self) -> set[str]:
        return {a.strip().lower() for a in (self.address, *self.aliases) if a.strip()}


class MailConnector:
    def __init__(self, account_id: int, settings: MailSettings, password: str, *,
                 limits: MimeLimits = DEFAULT_LIMITS) -> None:
        if settings.batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.account_id = account_id
        self.settings = settings
        self.limits = limits
        self.__password = password
        self._ssl_context: ssl.SSLContext | None = None
        self._imap: ImapClient | None = None
        self._idle_imap: ImapClient | None = None
        self._imap_lock = asyncio.Lock()
        self._idle_lock = asyncio.Lock()
        self._known_uidnext: int | None = None  # inbox UIDNEXT when the last pull had caught up

    def __repr__(self) -> str:
        return f"MailConnector(account {self.account_id}, {self.settings.address})"

    @property
    def watching(self) -> bool:
        """wait_for_new is watching the inbox for changes (by IDLE or by polling)."""
        return self._idle_imap is not None and self._idle_imap.watching

    @property
    def idling(self) -> bool:
        """The server is pushing changes to wait_for_new (IDLE is running)."""
        return self._idle_imap is not None and self._idle_imap.idling

    async def pull(self, cursor: dict[str, Any] | None) -> SyncBatch:
        uidvalidity, last_uid = _read_cursor(cursor)
        async with self._imap_lock:
            state, uids, fetched = await self._on_imap(lambda client: self._fetch_batch(client, uidvalidity, last_uid))
        if state.uidvalidity != uidvalidity:
            last_uid = 0
        batch_uids = uids[:self.settings.batch_size]
        sources = [(f"{self.settings.inbox} UID {uid}", raw) for uid, raw in fetched]
        messages, unreadable, deliveries = await asyncio.to_thread(read_mails, sources, self.account_id,
                                                                   self.settings, self.limits)
        more = len(uids) > len(batch_uids)
        if not more:
            self._known_uidnext = state.uidnext
        next_cursor = {"uidvalidity": state.uidvalidity, "last_uid": batch_uids[-1] if batch_uids else last_uid}
        return SyncBatch(cursor=next_cursor, messages=messages, deliveries=deliveries, quarantined=unreadable,
                         more=more)

    async def _fetch_batch(self, client: ImapClient, uidvalidity: int | None, last_uid: int):
        state = await client.examine(self.settings.inbox)
        if state.uidvalidity != uidvalidity:
            if uidvalidity is not None:
                log.info("%r: UIDVALIDITY of %s changed (%s -> %s); reading the mailbox again",
                         self, self.settings.inbox, uidvalidity, state.uidvalidity)
            last_uid = 0
        uids = await client.uids_since(last_uid)
        fetched = await client.fetch_uids(uids[:self.settings.batch_size])
        return state, uids, fetched

    async def wait_for_new(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for new inbox mail (IDLE when the server has it). True means
        pull now; False means the time ran out. Uses its own connection, so pull is never blocked."""
        async with self._idle_lock:
            client = self._idle_imap = await self._connected(self._idle_imap)
            try:
                return await client.wait_for_new(timeout, mailbox=self.settings.inbox,
                                                 known_uidnext=self._known_uidnext)
            except ConnectorError:
                self._idle_imap = None
                await client.aclose()
                raise

    async def send(self, message: OutgoingMessage) -> SendResult:
        reply = self._build(message)
        sender = SmtpSender(
            self.settings.smtp_host, self.settings.smtp_port, self.settings.smtp_security,
            self._smtp_username(), self.__password if self._smtp_username() else None,
            timeout=self.settings.timeout, ssl_context=self._context(),
            local_hostname=self.settings.address.rpartition("@")[2] or None,
        )
        await sender.send(reply)
        message_id = str(reply["Message-ID"])
        if self.settings.append_sent:
            await self._store_sent(reply.as_bytes(), message_id)
        return SendResult(external_id=message_id, state=DeliveryState.SENT)

    def _build(self, message: OutgoingMessage):
        if "@" not in message.to:
            raise Rejected(f"{message.to!r} is not an e-mail address")
        try:
            return build_reply(
                sender=self.settings.address, sender_name=self.settings.display_name, to=message.to,
                subject=message.subject, text=message.text, idempotency_key=message.idempotency_key,
                in_reply_to=message.in_reply_to, references=message.references, attachments=message.attachments,
            )
        except ValueError as exc:  # e.g. a line break smuggled into an address or subject
            raise Rejected(f"cannot build the reply: {exc}") from None

    async def _store_sent(self, raw: bytes, message_id: str) -> None:
        """The mail is out; failing to file a copy must not make sync send it again."""
        try:
            async with self._imap_lock:
                await self._on_imap(lambda client: client.append(self.settings.sent_mailbox, raw))
        except ConnectorError as exc:
            log.warning("%r: sent %s but could not store a copy in %s: %s",
                        self, message_id, self.settings.sent_mailbox, exc)

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        message_id = reply_message_id(message.idempotency_key, self.settings.address)
        async with self._imap_lock:
            uid = await self._on_imap(
                lambda client: client.find_by_message_id(self.settings.sent_mailbox, message_id))
        return SendResult(external_id=message_id, state=DeliveryState.SENT) if uid is not None else None

    async def aclose(self) -> None:
        for client in (self._imap, self._idle_imap):
            if client is not None:
                await client.aclose()
        self._imap = self._idle_imap = None

    async def _on_imap(self, operation: Callable[[ImapClient], Awaitable[T]]) -> T:
        """Run `operation` on the main IMAP connection (caller holds the lock); a connection that
        failed is dropped so the next call reconnects."""
        client = self._imap = await self._connected(self._imap)
        try:
            return await operation(client)
        except (Unavailable, AuthFailed):
            if not client.connected:
                self._imap = None
                await client.aclose()
            raise

    async def _connected(self, client: ImapClient | None) -> ImapClient:
        if client is not None and client.connected:
            return client
        if client is not None:
            await client.aclose()
        client = ImapClient(
            self.settings.imap_host, self.settings.imap_port, self.settings.imap_security,
            self.settings.username, self.__password, timeout=self.settings.timeout,
            ssl_context=self._context(), poll_interval=self.settings.poll_interval,
        )
        try:
            await client.connect()
        except ConnectorError:
            await client.aclose()
            raise
        return client

    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = ssl.create_default_context(cafile=self.settings.ca_file)
        return self._ssl_context

    def _smtp_username(self) -> str:
        return self.settings.username if self.settings.smtp_username is None else self.settings.smtp_username


def read_mails(sources: list[tuple[str, bytes]], account_id: int, settings: MailSettings,
               limits: MimeLimits = DEFAULT_LIMITS
               ) -> tuple[list[IncomingMessage], list[Unreadable], list[DeliveryUpdate]]:
    """Each (where it was found, raw mail) as a message, or as an Unreadable kept for the quarantine;
    one bad mail never loses the others. A bounce of one of our replies is also a failed delivery of
    it. Also re-reads quarantined mail after an upgrade."""
    messages: list[IncomingMessage] = []
    unreadable: list[Unreadable] = []
    deliveries: list[DeliveryUpdate] = []
    own = settings.own_addresses
    trust = account_trust(settings.authserv_ids, settings.verify_dkim)
    for source, raw in sources:
        try:
            parsed = parse_mail(raw, account_id, own, limits=limits, trust=trust)
        except Exception as exc:
            if not isinstance(exc, ParseError):  # a parser bug must not lose the rest of the batch
                log.exception("account %s: parsing %s failed", account_id, source)
            reason = str(exc) if isinstance(exc, ParseError) else f"unreadable ({type(exc).__name__})"
            sender, sent_at = peek_sender_and_date(raw)
            unreadable.append(Unreadable("mail", raw, reason, source, sender, sent_at))
            continue
        if parsed.ignore_reason:
            log.debug("account %s: %s ignored: %s", account_id, source, parsed.ignore_reason)
            continue
        message = incoming_message(parsed)
        bounce = bounce_of(raw)
        if bounce is not None:  # kept as an automatic message in the returned reply's conversation
            deliveries.append(DeliveryUpdate(account_id, bounce.original_message_id, DeliveryState.FAILED,
                                             bounce.at, f"not delivered: {bounce.reason}"))
            message = replace(message, reply_to_external_id=bounce.original_message_id, auto_reply=True)
        messages.append(message)
    return messages, unreadable, deliveries


def _read_cursor(cursor: dict[str, Any] | None) -> tuple[int | None, int]:
    """(uidvalidity, last_uid) from a stored cursor; a missing or damaged one starts from the top."""
    if not cursor:
        return None, 0
    try:
        uidvalidity, last_uid = int(cursor["uidvalidity"]), int(cursor["last_uid"])
    except (KeyError, TypeError, ValueError):
        return None, 0
    return uidvalidity, max(last_uid, 0)
