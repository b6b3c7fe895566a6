"""Async IMAP4rev1 client on aioimaplib: the few operations the mail connector needs.

Messages are identified by (mailbox, UIDVALIDITY, UID) (platform-apis.md 4.1); bodies are fetched
with BODY.PEEK[] so the human's unread state is left alone. New mail is awaited with IDLE where the
server offers it, re-issued every 9 minutes because some providers drop idle connections after ~10
(4.2), else by re-examining the mailbox periodically. Failures surface as AuthFailed or Unavailable;
the password never appears in a message, repr or log line.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import re
import ssl
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass
from typing import Literal, TypeVar

import aioimaplib
from aioimaplib.aioimaplib import AUTH, SELECTED, STOP_WAIT_SERVER_PUSH, Command, Response

from desk.connectors.base import AuthFailed, Unavailable

log = logging.getLogger(__name__)
CLOSE_WAIT_S = 1.0  # how long a closing connection may take before it is dropped

Security = Literal["tls", "starttls", "plain"]
T = TypeVar("T")

_FETCH_START = re.compile(rb"^\d+ FETCH \(")
_UID = re.compile(rb"\bUID (\d+)")
_EXISTS = re.compile(rb"^(\d+) EXISTS\b")
_EXPUNGE = re.compile(rb"^\d+ EXPUNGE\b")
_CODE = {name: re.compile(rb"\[" + name.encode() + rb" (\d+)\]") for name in ("UIDVALIDITY", "UIDNEXT")}
_UID_FETCH_CHUNK = 50  # UIDs per UID FETCH command line


@dataclass(frozen=True, slots=True)
class MailboxState:
    uidvalidity: int
    uidnext: int | None  # predicted next UID; None when the server does not say
    exists: int


class ImapClient:
    IDLE_REISSUE_SECONDS = 9 * 60

    def __init__(self, host: str, port: int, security: Security, username: str, password: str, *,
                 timeout: float = 30.0, ssl_context: ssl.SSLContext | None = None,
                 poll_interval: float = 60.0) -> None:
        if security not in ("tls", "starttls", "plain"):
            raise ValueError(f"unknown IMAP security {security!r} (tls, starttls or plain)")
        self.host, self.port, self.security, self.username = host, port, security, username
        self.__password = password
        self.timeout = timeout
        self.poll_interval = poll_interval
        self._ssl_context = ssl_context
        self._client: aioimaplib.IMAP4 | None = None
        self._lost = asyncio.Event()
        self.idle_commands = 0  # IDLE commands issued so far (each re-issue counts)
        self.watching = False  # wait_for_new is past its first look and waiting for a change

    def __repr__(self) -> str:
        return f"ImapClient({self.username!r} at {self.host}:{self.port}, {self.security})"

    @property
    def connected(self) -> bool:
        return self._client is not None and not self._lost.is_set()

    @property
    def idling(self) -> bool:
        """An IDLE command is running (the server has accepted it and may push EXISTS)."""
        return self.connected and self._client.has_pending_idle()

    @property
    def has_idle(self) -> bool:
        return self._client is not None and self._client.has_capability("IDLE")

    async def connect(self) -> None:
        """Connect, upgrade with STARTTLS when asked, and log in."""
        if self.connected:
            return
        # One event per connection, so a late callback from the previous connection cannot trip it.
        lost = self._lost = asyncio.Event()
        context = self._ssl_context or ssl.create_default_context()
        try:
            self._client = aioimaplib.IMAP4(
                self.host, self.port, timeout=self.timeout, conn_lost_cb=lambda exc: lost.set(),
                ssl_context=context if self.security == "tls" else None,
            )
        except OSError as exc:
            raise self._unavailable("cannot connect", exc) from None
        _end_session_on_unexpected_answers(self._client.protocol, lost, f"IMAP {self.host}:{self.port}")
        try:
            await self._guarded(self._client.wait_hello_from_server(), "connecting")
            if self.security == "starttls":
                await self._guarded(self._starttls(context), "STARTTLS")
            await self._login()
        except BaseException:
            await self.aclose()  # a refused login or a dropped greeting must not leak the socket
            raise

    async def _starttls(self, context: ssl.SSLContext) -> None:
        protocol = self._protocol()
        response = await asyncio.wait_for(
            protocol.execute(Command("STARTTLS", protocol.new_tag(), loop=protocol.loop)), self.timeout)
        self._require_ok(response, "STARTTLS")
        loop = asyncio.get_running_loop()
        protocol.transport = await asyncio.wait_for(
            loop.start_tls(protocol.transport, protocol, context, server_hostname=self.host), self.timeout)
        await asyncio.wait_for(protocol.capability(), self.timeout)  # capabilities may change after TLS

    async def _login(self) -> None:
        response = await self._guarded(self._client.login(_quote(self.username), self.__password), "LOGIN")
        if response.result == "OK":
            return
        text = self._scrub(_response_text(response))
        if "[UNAVAILABLE]" in text or "[SERVERBUG]" in text:
            raise Unavailable(f"IMAP {self.host}:{self.port}: login unavailable: {text}")
        raise AuthFailed(f"IMAP login refused for {self.username} at {self.host}:{self.port}: {text}")

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        if not self._lost.is_set():
            if client.has_pending_idle():
                client.idle_done()  # LOGOUT would otherwise queue behind a running IDLE
            try:
                await asyncio.wait_for(client.logout(), min(self.timeout, 5.0))
            except (aioimaplib.AioImapException, asyncio.TimeoutError, OSError):
                pass
        transport = client.protocol.transport
        connecting = getattr(client, "_client_task", None)  # aioimaplib's create_connection task
        if connecting is not None and not connecting.done():
            connecting.cancel()  # gave up before the connection was made: do not let it finish later
        elif transport is None and connecting is not None and not connecting.cancelled() \
                and connecting.exception() is None:
            transport = connecting.result()[0]  # made, but connection_made never ran: nobody hears it go
            transport.abort()
            await asyncio.sleep(0)  # the socket is released on the loop's next turn
            return
        if transport is not None:
            transport.close()
            await self._until_released(transport)

    async def _until_released(self, transport) -> None:
        """Return once the loop has let the socket go: closing takes loop turns (a TLS close waits
        for the server's answer), and a loop that ends first leaves the socket to the garbage
        collector ("unclosed transport")."""
        try:
            await asyncio.wait_for(self._lost.wait(), CLOSE_WAIT_S)
        except asyncio.TimeoutError:
            transport.abort()
            await asyncio.sleep(0)

    async def examine(self, mailbox: str = "INBOX") -> MailboxState:
        """Open `mailbox` read-only and report its UIDVALIDITY, UIDNEXT and message count."""
        return await self._open(mailbox, readonly=True)

    async def select(self, mailbox: str = "INBOX") -> MailboxState:
        return await self._open(mailbox, readonly=False)

    async def _open(self, mailbox: str, *, readonly: bool) -> MailboxState:
        protocol = self._protocol()
        name = "EXAMINE" if readonly else "SELECT"
        command = Command(name, protocol.new_tag(), encode_mailbox(mailbox), loop=protocol.loop)
        response = await self._guarded(asyncio.wait_for(protocol.execute(command), self.timeout), name)
        # A failed SELECT/EXAMINE leaves no mailbox selected (RFC 3501 6.3.1).
        protocol.state = SELECTED if response.result == "OK" else AUTH
        self._require_ok(response, f"{name} {mailbox}")
        return _mailbox_state(response.lines)

    async def uids_since(self, last_uid: int) -> list[int]:
        """UIDs above `last_uid` in the selected mailbox, ascending (`n:*` also matches the highest
        UID when it is below n, hence the filter)."""
        response = await self._guarded(self._client.uid_search("UID", f"{last_uid + 1}:*", charset=None),
                                       "UID SEARCH")
        self._require_ok(response, "UID SEARCH")
        return sorted(uid for uid in _search_uids(response.lines) if uid > last_uid)

    async def fetch_uids(self, uids: Iterable[int]) -> list[tuple[int, bytes]]:
        """(uid, raw message) for each of `uids` that still exists, ascending."""
        wanted = sorted(set(uids))
        fetched: dict[int, bytes] = {}
        for start in range(0, len(wanted), _UID_FETCH_CHUNK):
            chunk = wanted[start:start + _UID_FETCH_CHUNK]
            response = await self._guarded(self._client.uid("FETCH", _uid_set(chunk), "(UID BODY.PEEK[])"),
                                           "UID FETCH")
            self._require_ok(response, "UID FETCH")
            fetched.update((uid, body) for uid, body in _fetched_bodies(response.lines) if uid in chunk)
        return sorted(fetched.items())

    async def fetch_since(self, last_uid: int, limit: int) -> list[tuple[int, bytes]]:
        """Up to `limit` messages with UID > `last_uid` from the selected mailbox, oldest first."""
        return await self.fetch_uids((await self.uids_since(last_uid))[:limit])

    async def append(self, mailbox: str, raw: bytes, *, flags: str = r"(\Seen)") -> None:
        """Store `raw` in `mailbox`, creating the mailbox when the server asks for it (TRYCREATE)."""
        response = await self._guarded(self._client.append(raw, mailbox=encode_mailbox(mailbox), flags=flags),
                                       "APPEND")
        if response.result != "OK" and "[TRYCREATE]" in _response_text(response):
            created = await self._guarded(self._client.create(encode_mailbox(mailbox)), "CREATE")
            self._require_ok(created, f"CREATE {mailbox}")
            response = await self._guarded(
                self._client.append(raw, mailbox=encode_mailbox(mailbox), flags=flags), "APPEND")
        self._require_ok(response, f"APPEND {mailbox}")

    async def find_by_message_id(self, mailbox: str, message_id: str) -> int | None:
        """UID of the newest message in `mailbox` whose Message-ID header is `message_id`; None when
        there is none or the mailbox does not exist."""
        try:
            await self.examine(mailbox)
        except Unavailable:
            if not self.connected:
                raise
            return None  # no such mailbox: nothing was stored there
        response = await self._guarded(
            self._client.uid_search("HEADER", "Message-ID", _quote(message_id), charset=None), "UID SEARCH")
        self._require_ok(response, "UID SEARCH HEADER")
        uids = _search_uids(response.lines)
        return max(uids) if uids else None

    async def wait_for_new(self, timeout: float, *, mailbox: str = "INBOX",
                           known_uidnext: int | None = None) -> bool:
        """Wait up to `timeout` seconds for new mail in `mailbox`. True when mail arrived (or had
        arrived since UIDNEXT was `known_uidnext`), False when the time ran out."""
        state = await self.examine(mailbox)
        if known_uidnext is not None and state.uidnext is not None and state.uidnext > known_uidnext:
            return True
        self.watching = True
        try:
            if self.has_idle:
                return await self._idle(timeout, state.exists)
            return await self._poll(timeout, mailbox, state)
        finally:
            self.watching = False

    async def _idle(self, timeout: float, exists: int) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while (remaining := deadline - loop.time()) > 0:
            window = min(remaining, self.IDLE_REISSUE_SECONDS)
            _drain(self._protocol().idle_queue)
            idle = await self._guarded(self._client.idle_start(timeout=window), "IDLE")
            self.idle_commands += 1
            try:
                arrived = await self._guarded(self._idle_pushes(window, exists), "IDLE")
            except BaseException:  # lost connection or a cancelled caller: leave the session usable
                if self.connected and self._client.has_pending_idle():
                    self._client.idle_done()  # the server's OK completes `idle` on its own
                else:
                    idle.cancel()
                raise
            self._client.idle_done()
            await self._guarded(asyncio.wait_for(idle, self.timeout), "IDLE DONE")
            if arrived:
                return True
        return False

    async def _idle_pushes(self, window: float, exists: int) -> bool:
        loop = asyncio.get_running_loop()
        window_end = loop.time() + window
        while (remaining := window_end - loop.time()) > 0:
            try:
                lines = await self._client.wait_server_push(timeout=remaining + 1.0)
            except asyncio.TimeoutError:
                return False
            if lines == STOP_WAIT_SERVER_PUSH:
                return False
            for line in lines:
                if not isinstance(line, bytes):
                    continue
                count = _EXISTS.match(line)
                if count and int(count.group(1)) > exists:
                    return True
                if _EXPUNGE.match(line):
                    exists -= 1
        return False

    async def _poll(self, timeout: float, mailbox: str, state: MailboxState) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while (remaining := deadline - loop.time()) > 0:
            await asyncio.sleep(min(self.poll_interval, remaining))
            now = await self.examine(mailbox)
            if now.uidvalidity != state.uidvalidity or (now.uidnext or 0) > (state.uidnext or 0) \
                    or now.exists > state.exists:
                return True
        return False

    def _protocol(self) -> aioimaplib.IMAP4ClientProtocol:
        if self._client is None:
            raise Unavailable(f"IMAP {self.host}:{self.port}: not connected")
        return self._client.protocol

    async def _guarded(self, operation: Awaitable[T], what: str) -> T:
        """`operation`, or Unavailable when it fails on the wire or the connection drops meanwhile."""
        task = asyncio.ensure_future(operation)
        lost = asyncio.ensure_future(self._lost.wait())
        try:
            await asyncio.wait({task, lost}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # the caller was cancelled: so is the operation
            task.cancel()
            raise
        finally:
            lost.cancel()
        if not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            raise Unavailable(f"IMAP {self.host}:{self.port}: connection lost during {what}")
        try:
            return task.result()
        except (asyncio.TimeoutError, aioimaplib.CommandTimeout) as exc:
            raise self._unavailable(f"{what} timed out", exc) from None
        except (aioimaplib.AioImapException, OSError, ValueError) as exc:
            raise self._unavailable(f"{what} failed", exc) from None

    def _unavailable(self, what: str, exc: BaseException) -> Unavailable:
        self._lost.set()  # the session is in an unknown state: the next use reconnects
        # A CommandTimeout's text is the command itself, LOGIN and its password included.
        timeout = isinstance(exc, (asyncio.TimeoutError, aioimaplib.CommandTimeout))
        reason = type(exc).__name__ if timeout else self._scrub(str(exc))
        return Unavailable(f"IMAP {self.host}:{self.port}: {what}: {reason}")

    def _require_ok(self, response: Response, what: str) -> None:
        if response.result != "OK":
            raise Unavailable(f"IMAP {self.host}:{self.port}: {what} answered {response.result}: "
                              f"{self._scrub(_response_text(response))}")

    def _scrub(self, text: str) -> str:
        return text.replace(self.__password, "***") if self.__password else text


def encode_mailbox(name: str) -> str:
    """A mailbox name as an IMAP quoted string, non-ASCII in modified UTF-7 (RFC 3501 5.1.3)."""
    return _quote(_modified_utf7(name))


def _modified_utf7(name: str) -> str:
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            encoded = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(encoded).decode("ascii").rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _drain(queue: asyncio.Queue) -> None:
    while not queue.empty():
        queue.get_nowait()


def _response_text(response: Response) -> str:
    for line in reversed(response.lines):
        if isinstance(line, bytes):
            return line.decode("utf-8", "replace").strip()
    return ""


def _mailbox_state(lines: list) -> MailboxState:
    values: dict[str, int] = {}
    exists = 0
    for line in lines:
        if not isinstance(line, bytes):
            continue
        count = _EXISTS.match(line)
        if count:
            exists = int(count.group(1))
        for name, pattern in _CODE.items():
            found = pattern.search(line)
            if found:
                values[name] = int(found.group(1))
    if "UIDVALIDITY" not in values:
        raise Unavailable("IMAP server did not report UIDVALIDITY")
    return MailboxState(values["UIDVALIDITY"], values.get("UIDNEXT"), exists)


def _search_uids(lines: list) -> list[int]:
    """Numbers of the untagged SEARCH responses (aioimaplib hands them over without the keyword)."""
    uids: list[int] = []
    for line in lines:
        if not isinstance(line, bytes):
            continue
        tokens = line.split()
        if tokens and tokens[0] == b"SEARCH":
            tokens = tokens[1:]
        if tokens and all(token.isdigit() for token in tokens):
            uids.extend(int(token) for token in tokens)
    return uids


def _fetched_bodies(lines: list) -> list[tuple[int, bytes]]:
    """(uid, body) pairs from a UID FETCH response; the UID may come before or after the literal."""
    records: list[dict] = []
    for item in lines:
        if isinstance(item, bytearray):
            if records and records[-1]["body"] is None:
                records[-1]["body"] = bytes(item)
            continue
        if not isinstance(item, bytes):
            continue
        if _FETCH_START.match(item):
            records.append({"uid": None, "body": None})
        if records and records[-1]["uid"] is None:
            found = _UID.search(item)
            if found:
                records[-1]["uid"] = int(found.group(1))
    return [(r["uid"], r["body"]) for r in records if r["uid"] is not None and r["body"] is not None]


def _uid_set(uids: list[int]) -> str:
    """Ascending UIDs as an IMAP sequence set with ranges: [1, 2, 3, 7] -> "1:3,7"."""
    ranges: list[str] = []
    start = previous = uids[0]
    for uid in uids[1:]:
        if uid != previous + 1:
            ranges.append(f"{start}:{previous}" if previous > start else str(start))
            start = uid
        previous = uid
    ranges.append(f"{start}:{previous}" if previous > start else str(start))
    return ",".join(ranges)


def _end_session_on_unexpected_answers(protocol, lost: asyncio.Event, where: str) -> None:
    """An answer aioimaplib cannot place (the tagged reply to a command whose waiter was cancelled
    or timed out) ends the session, said in one log line, and the next use reconnects; unguarded it
    escapes into the event loop as a "fatal error" with a traceback."""
    receive = protocol.data_received

    def data_received(data: bytes) -> None:
        try:
            receive(data)
        except aioimaplib.Error as exc:
            log.warning("%s: an answer that fits no pending command (%s); the session is closed", where,
                        type(exc).__name__)
            lost.set()
            if protocol.transport is not None:
                protocol.transport.abort()

    protocol.data_received = data_received
