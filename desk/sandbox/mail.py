"""A sandbox mail server pair on 127.0.0.1: SMTP (aiosmtpd) delivering into a mailbox store, and a
small IMAP4rev1 server (RFC 3501) over the same store, for the demo, `desk sandbox` and tests.

The IMAP side implements what a mail client needs for incremental sync: CAPABILITY (with IDLE),
LOGIN, SELECT/EXAMINE (EXISTS, UIDVALIDITY, UIDNEXT), FETCH/UID FETCH (BODY[], BODY.PEEK[],
BODY[HEADER], RFC822, FLAGS, INTERNALDATE, RFC822.SIZE, UID), SEARCH/UID SEARCH (ALL, UID sets,
sequence sets, HEADER, SEEN/UNSEEN), APPEND (synchronising and LITERAL+ literals), CREATE, LIST,
IDLE/DONE with EXISTS notifications, NOOP, CLOSE, LOGOUT. Mail the SMTP side accepts for addresses
outside the sandbox is kept in `relayed`, never sent anywhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.message
import email.parser
import email.policy
import fnmatch
import functools
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

MAX_LINE = 64 * 1024
# The sandbox's name as a receiving server: demo mail it "received" carries Authentication-Results
# under this authserv-id, which the demo's mail accounts are told to trust.
AUTHSERV_ID = "sandbox.desk.test"
MAX_LITERAL = 64 * 2**20
SYSTEM_FLAGS = r"\Answered \Flagged \Deleted \Seen \Draft"


@dataclass
class StoredMessage:
    uid: int
    raw: bytes
    flags: set[str]
    internaldate: datetime
    _headers: email.message.Message | None = None

    def header_values(self, name: str) -> list[str]:
        if self._headers is None:
            self._headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(self.raw)
        return [str(value) for value in self._headers.get_all(name, [])]


@dataclass
class Mailbox:
    name: str
    uidvalidity: int
    uidnext: int = 1
    messages: list[StoredMessage] = field(default_factory=list)


@dataclass(frozen=True)
class RelayedMail:
    mail_from: str
    recipients: tuple[str, ...]
    raw: bytes


class MailStore:
    """Every user's mailboxes. Thread-safe: SMTP delivery, IMAP sessions and deliver() may run on
    different threads; listeners hear about new mail and UIDVALIDITY changes."""

    def __init__(self, users: list[str]) -> None:
        self._lock = threading.Lock()
        self._boxes: dict[str, dict[str, Mailbox]] = {}
        self._listeners: list[Callable[[str, str], None]] = []
        self._next_validity = int(time.time())
        for user in users:
            for name in ("INBOX", "Sent"):
                self.create(user, name)

    def users(self) -> set[str]:
        return set(self._boxes)

    def create(self, user: str, name: str) -> bool:
        with self._lock:
            boxes = self._boxes.setdefault(user.lower(), {})
            if self._find(boxes, name) is not None:
                return False
            boxes[name] = Mailbox(_canonical(name), self._new_validity())
            return True

    def mailbox(self, user: str, name: str) -> Mailbox | None:
        with self._lock:
            return self._find(self._boxes.get(user.lower(), {}), name)

    def mailboxes(self, user: str) -> list[str]:
        with self._lock:
            return sorted(self._boxes.get(user.lower(), {}))

    def append(self, user: str, name: str, raw: bytes, flags: set[str] | None = None,
               when: datetime | None = None) -> tuple[int, int] | None:
        """(uidvalidity, uid) of the stored message; None when the mailbox does not exist."""
        with self._lock:
            box = self._find(self._boxes.get(user.lower(), {}), name)
            if box is None:
                return None
            uid = box.uidnext
            box.uidnext += 1
            box.messages.append(StoredMessage(uid, raw, set(flags or ()), when or datetime.now(UTC)))
            result = box.uidvalidity, uid
        self._notify(user.lower(), box.name)
        return result

    def snapshot(self, user: str, name: str) -> tuple[int, int, list[StoredMessage]] | None:
        """(uidvalidity, uidnext, messages) of a mailbox at one instant."""
        with self._lock:
            box = self._find(self._boxes.get(user.lower(), {}), name)
            return None if box is None else (box.uidvalidity, box.uidnext, list(box.messages))

    def reset_uidvalidity(self, user: str, name: str = "INBOX") -> int:
        """Renumber a mailbox as a server does after rebuilding its index: new UIDVALIDITY, UIDs from 1."""
        with self._lock:
            box = self._find(self._boxes[user.lower()], name)
            if box is None:
                raise KeyError(name)
            box.uidvalidity = self._new_validity()
            for uid, message in enumerate(box.messages, start=1):
                message.uid = uid
            box.uidnext = len(box.messages) + 1
            validity = box.uidvalidity
        self._notify(user.lower(), box.name)
        return validity

    def listen(self, listener: Callable[[str, str], None]) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unlisten() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unlisten

    def _notify(self, user: str, name: str) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(user, name)

    def _new_validity(self) -> int:
        self._next_validity += 1
        return self._next_validity

    @staticmethod
    def _find(boxes: dict[str, Mailbox], name: str) -> Mailbox | None:
        return boxes.get(_canonical(name))


def _canonical(name: str) -> str:
    return "INBOX" if name.upper() == "INBOX" else name


class SandboxMailServer:
    """`users` maps e-mail address (the IMAP login and SMTP AUTH name) to password."""

    def __init__(self, users: dict[str, str], *, host: str = "127.0.0.1", imap_port: int = 0, smtp_port: int = 0,
                 idle: bool = True, hostname: str = AUTHSERV_ID) -> None:
        self.users = {address.lower(): password for address, password in users.items()}
        self.store = MailStore(list(self.users))
        self.relayed: list[RelayedMail] = []
        self.host, self.hostname, self.idle = host, hostname, idle
        self._wanted_ports = (imap_port, smtp_port)
        self._imap_server: asyncio.AbstractServer | None = None
        self._smtp_server: asyncio.AbstractServer | None = None
        self._sessions: dict[asyncio.Task, asyncio.StreamWriter] = {}
        self._smtp_sessions: list[SMTP] = []

    def __repr__(self) -> str:
        return f"SandboxMailServer(imap {self.host}:{self.imap_port}, smtp {self.host}:{self.smtp_port})"

    @property
    def imap_port(self) -> int:
        return _port_of(self._imap_server)

    @property
    def smtp_port(self) -> int:
        return _port_of(self._smtp_server)

    async def start(self) -> None:
        _quiet_aiosmtpd_deprecation()
        loop = asyncio.get_running_loop()
        self._imap_server = await asyncio.start_server(self._imap_session, self.host, self._wanted_ports[0],
                                                       limit=MAX_LINE)
        self._smtp_server = await loop.create_server(self._smtp_protocol, self.host, self._wanted_ports[1])

    async def stop(self) -> None:
        for server in (self._imap_server, self._smtp_server):
            if server is not None:
                server.close()
        for writer in list(self._sessions.values()):  # sessions end on the closed connection
            writer.close()
        for smtp in self._smtp_sessions:  # aiosmtpd ends its session task when the connection is lost
            if smtp.transport is not None:
                smtp.transport.close()
        self._smtp_sessions.clear()
        if self._sessions:
            await asyncio.wait(list(self._sessions), timeout=5)
        for task in list(self._sessions):
            task.cancel()
        await asyncio.gather(*self._sessions, return_exceptions=True)
        for server in (self._imap_server, self._smtp_server):
            if server is not None:
                await server.wait_closed()

    async def __aenter__(self) -> SandboxMailServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self.stop()

    def deliver(self, mailbox_owner: str, raw_bytes: bytes, mailbox: str = "INBOX") -> int:
        """Put a message straight into a user's mailbox (seeding the demo and tests); its UID."""
        stored = self.store.append(mailbox_owner, mailbox, raw_bytes)
        if stored is None:
            raise KeyError(f"no mailbox {mailbox!r} for {mailbox_owner!r}")
        return stored[1]

    def reset_uidvalidity(self, mailbox_owner: str, mailbox: str = "INBOX") -> int:
        return self.store.reset_uidvalidity(mailbox_owner, mailbox)

    def _smtp_protocol(self) -> SMTP:
        self._smtp_sessions = [s for s in self._smtp_sessions if s.transport is not None or s.session is None]
        smtp = SMTP(_SmtpDelivery(self), hostname=self.hostname, authenticator=self._authenticate,
                    auth_required=False, auth_require_tls=False)
        self._smtp_sessions.append(smtp)
        return smtp

    def _authenticate(self, server, session, envelope, mechanism: str, auth_data) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode("utf-8", "replace").lower()
            if self.users.get(user) == auth_data.password.decode("utf-8", "replace"):
                return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    async def _imap_session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        self._sessions[task] = writer
        try:
            await _ImapSession(self, reader, writer).run()
        finally:
            self._sessions.pop(task, None)


def _quiet_aiosmtpd_deprecation() -> None:
    """aiosmtpd itself sets the deprecated Session.login_data on every AUTH and logs a warning about it."""
    logger = logging.getLogger("mail.log")
    if not any(isinstance(f, _LoginDataFilter) for f in logger.filters):
        logger.addFilter(_LoginDataFilter())


class _LoginDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "login_data is deprecated" not in record.getMessage()


def _port_of(server: asyncio.AbstractServer | None) -> int:
    if server is None or not server.sockets:
        raise RuntimeError("the sandbox mail server is not running")
    return server.sockets[0].getsockname()[1]


class _SmtpDelivery:
    """aiosmtpd handler: local recipients get the mail in their INBOX; others (only for logged-in
    senders, like a real submission server) end up in `relayed`."""

    def __init__(self, server: SandboxMailServer) -> None:
        self.server = server

    async def handle_RCPT(self, smtp, session, envelope, address: str, rcpt_options) -> str:
        if address.lower() not in self.server.users and not session.authenticated:
            return "550 5.7.1 Relaying denied: log in to send outside the sandbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp, session, envelope) -> str:
        received = (f"Received: from {session.host_name or 'unknown'} ({session.peer[0]}) by {self.server.hostname}"
                    f" with ESMTP; {format_datetime(datetime.now(UTC))}\r\n").encode()
        raw = received + envelope.original_content
        outside = []
        for rcpt in envelope.rcpt_tos:
            if rcpt.lower() in self.server.users:
                self.server.store.append(rcpt, "INBOX", raw)
            else:
                outside.append(rcpt)
        if outside:
            self.server.relayed.append(RelayedMail(envelope.mail_from, tuple(outside), envelope.original_content))
        return "250 2.0.0 Message accepted for delivery"


# --- IMAP -----------------------------------------------------------------------------------------

class _ProtocolError(Exception):
    """A command the session answers with BAD."""


class _Literal(bytes):
    """A literal string from the client (RFC 3501 4.3)."""


_LITERAL_AT_END = re.compile(rb"\{(\d+)(\+?)\}\r?\n?$")
_DATE_TIME = "%d-%b-%Y %H:%M:%S %z"


class _ImapSession:
    def __init__(self, server: SandboxMailServer, reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
        self.server, self.store = server, server.store
        self.reader, self.writer = reader, writer
        self.user: str | None = None
        self.selected: str | None = None
        self.readonly = False
        self.known: tuple[int, int] = (0, 0)  # (uidvalidity, message count) the client was told about
        self.changed = asyncio.Event()
        self._unlisten = self.store.listen(self._on_store_change)
        self._loop = asyncio.get_running_loop()

    def capabilities(self) -> str:
        return "IMAP4rev1 LITERAL+ UIDPLUS" + (" IDLE" if self.server.idle else "")

    async def run(self) -> None:
        try:
            await self.send(f"* OK [CAPABILITY {self.capabilities()}] Desk sandbox IMAP ready")
            while not self.writer.is_closing():
                parts = await self._read_command()
                if parts is None:
                    break
                await self._dispatch(parts)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            self._unlisten()
            self.writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await self.writer.wait_closed()

    def _on_store_change(self, user: str, mailbox: str) -> None:
        if user == self.user and mailbox == self.selected:
            self._loop.call_soon_threadsafe(self.changed.set)

    async def send(self, line: str | bytes) -> None:
        self.writer.write((line.encode() if isinstance(line, str) else line) + b"\r\n")
        await self.writer.drain()

    # Reading commands: a line, and for each {n} / {n+} at its end a literal and the rest of the line.

    async def _read_command(self) -> list[bytes] | None:
        try:
            line = await self.reader.readuntil(b"\n")
        except asyncio.IncompleteReadError:
            return None
        except asyncio.LimitOverrunError:
            await self.send("* BYE line too long")
            return None
        parts: list[bytes] = []
        while True:
            literal = _LITERAL_AT_END.search(line)
            if literal is None:
                parts.append(line.rstrip(b"\r\n"))
                return parts
            size, non_synchronising = int(literal.group(1)), bool(literal.group(2))
            parts.append(line[:literal.start()])
            if size > MAX_LITERAL:
                await self.send(f"{_tag_of(parts)} NO [TOOBIG] literal too large")
                return None if non_synchronising else []  # the client sends a refused LITERAL+ anyway
            if not non_synchronising:
                await self.send("+ Ready for literal data")
            parts.append(_Literal(await self.reader.readexactly(size)))
            try:
                line = await self.reader.readuntil(b"\n")
            except asyncio.LimitOverrunError:
                await self.send("* BYE line too long")
                return None

    async def _dispatch(self, parts: list[bytes]) -> None:
        if not parts:
            return
        try:
            tokens = _tokenize(parts)
        except _ProtocolError as exc:
            await self.send(f"{_tag_of(parts)} BAD {exc}")
            return
        if len(tokens) < 2 or not isinstance(tokens[0], str) or not isinstance(tokens[1], str):
            await self.send(f"{_tag_of(parts)} BAD missing command")
            return
        tag, name, args = tokens[0], tokens[1].upper(), tokens[2:]
        if name == "UID" and args and isinstance(args[0], str):
            name, args, by_uid = "UID " + args[0].upper(), args[1:], True
        else:
            by_uid = False
        handler = self._handlers().get(name)
        if handler is None:
            await self.send(f"{tag} BAD unknown command {name}")
            return
        try:
            await handler(tag, args, by_uid)
        except _ProtocolError as exc:
            await self.send(f"{tag} BAD {exc}")

    def _handlers(self):
        return {
            "CAPABILITY": self._capability, "NOOP": self._noop, "LOGOUT": self._logout, "LOGIN": self._login,
            "SELECT": self._select, "EXAMINE": functools.partial(self._select, examine=True),
            "CREATE": self._create, "LIST": self._list,
            "APPEND": self._append, "CLOSE": self._close, "IDLE": self._idle, "CHECK": self._noop,
            "FETCH": self._fetch, "UID FETCH": self._fetch, "SEARCH": self._search, "UID SEARCH": self._search,
        }

    # Commands in any state.

    async def _capability(self, tag: str, args: list, by_uid: bool) -> None:
        await self.send(f"* CAPABILITY {self.capabilities()}")
        await self.send(f"{tag} OK CAPABILITY completed")

    async def _noop(self, tag: str, args: list, by_uid: bool) -> None:
        await self._report_changes()
        await self.send(f"{tag} OK NOOP completed")

    async def _logout(self, tag: str, args: list, by_uid: bool) -> None:
        await self.send("* BYE Desk sandbox IMAP logging out")
        await self.send(f"{tag} OK LOGOUT completed")
        self.writer.close()

    async def _login(self, tag: str, args: list, by_uid: bool) -> None:
        if self.user is not None:
            await self.send(f"{tag} BAD already logged in")
            return
        user, password = _strings(args, 2, "LOGIN user password")
        if self.server.users.get(user.lower()) != password:
            await self.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials")
            return
        self.user = user.lower()
        await self.send(f"{tag} OK [CAPABILITY {self.capabilities()}] LOGIN completed")

    # Commands after login.

    async def _authenticated(self, tag: str) -> bool:
        if self.user is None:
            await self.send(f"{tag} NO log in first")
            return False
        return True

    async def _select(self, tag: str, args: list, by_uid: bool, examine: bool = False) -> None:
        if not await self._authenticated(tag):
            return
        (name,) = _strings(args, 1, "mailbox")
        self.selected = None
        snapshot = self.store.snapshot(self.user, name)
        if snapshot is None:
            await self.send(f"{tag} NO [NONEXISTENT] no mailbox {name}")
            return
        uidvalidity, uidnext, messages = snapshot
        self.selected, self.readonly = _canonical(name), examine
        self.known = (uidvalidity, len(messages))
        self.changed.clear()
        unseen = next((i for i, m in enumerate(messages, 1) if "\\Seen" not in m.flags), None)
        await self.send(f"* FLAGS ({SYSTEM_FLAGS})")
        await self.send(f"* OK [PERMANENTFLAGS ({SYSTEM_FLAGS} \\*)] Flags permitted")
        await self.send(f"* {len(messages)} EXISTS")
        await self.send("* 0 RECENT")
        if unseen is not None:
            await self.send(f"* OK [UNSEEN {unseen}] First unseen")
        await self.send(f"* OK [UIDVALIDITY {uidvalidity}] UIDs valid")
        await self.send(f"* OK [UIDNEXT {uidnext}] Predicted next UID")
        mode = "READ-ONLY" if examine else "READ-WRITE"
        await self.send(f"{tag} OK [{mode}] {'EXAMINE' if examine else 'SELECT'} completed")

    async def _create(self, tag: str, args: list, by_uid: bool) -> None:
        if not await self._authenticated(tag):
            return
        (name,) = _strings(args, 1, "mailbox")
        if self.store.create(self.user, name):
            await self.send(f"{tag} OK CREATE completed")
        else:
            await self.send(f"{tag} NO [ALREADYEXISTS] mailbox exists")

    async def _list(self, tag: str, args: list, by_uid: bool) -> None:
        if not await self._authenticated(tag):
            return
        reference, pattern = _strings(args, 2, "LIST reference pattern")
        if pattern == "":
            await self.send('* LIST (\\Noselect) "/" ""')
        else:
            glob = (reference + pattern).replace("%", "*")
            for name in self.store.mailboxes(self.user):
                if fnmatch.fnmatchcase(name, glob) or (glob.upper() == "INBOX" and name == "INBOX"):
                    await self.send(f'* LIST () "/" {_quoted(name)}')
        await self.send(f"{tag} OK LIST completed")

    async def _append(self, tag: str, args: list, by_uid: bool) -> None:
        if not await self._authenticated(tag):
            return
        if len(args) < 2 or not isinstance(args[-1], _Literal):
            raise _ProtocolError("APPEND mailbox [(flags)] [date-time] literal")
        name, options, raw = args[0], args[1:-1], bytes(args[-1])
        flags = next((set(o) for o in options if isinstance(o, list)), set())
        when = next((_parse_date_time(o) for o in options if isinstance(o, str)), None)
        stored = self.store.append(self.user, str(name), raw, flags, when)
        if stored is None:
            await self.send(f"{tag} NO [TRYCREATE] no mailbox {name}")
            return
        await self._report_changes()
        await self.send(f"{tag} OK [APPENDUID {stored[0]} {stored[1]}] APPEND completed")

    # Commands on the selected mailbox.

    async def _messages(self, tag: str) -> list[StoredMessage] | None:
        if not await self._authenticated(tag):
            return None
        if self.selected is None:
            await self.send(f"{tag} NO no mailbox selected")
            return None
        snapshot = self.store.snapshot(self.user, self.selected)
        if snapshot is None or snapshot[0] != self.known[0]:
            await self.send("* BYE mailbox renumbered (UIDVALIDITY changed): select it again")
            self.writer.close()
            return None
        return snapshot[2]

    async def _close(self, tag: str, args: list, by_uid: bool) -> None:
        if await self._messages(tag) is None:
            return
        self.selected = None
        await self.send(f"{tag} OK CLOSE completed")

    async def _report_changes(self) -> None:
        if self.selected is None:
            return
        snapshot = self.store.snapshot(self.user, self.selected)
        if snapshot is not None and snapshot[0] == self.known[0] and len(snapshot[2]) > self.known[1]:
            self.known = (self.known[0], len(snapshot[2]))
            await self.send(f"* {len(snapshot[2])} EXISTS")

    async def _fetch(self, tag: str, args: list, by_uid: bool) -> None:
        messages = await self._messages(tag)
        if messages is None:
            return
        if len(args) != 2 or not isinstance(args[0], str):
            raise _ProtocolError("FETCH sequence-set items")
        items = _fetch_items(args[1], by_uid)
        await self._report_changes()
        for seq, message in _select_messages(messages, args[0], by_uid):
            await self.send(self._fetch_response(seq, message, items))
        await self.send(f"{tag} OK {'UID ' if by_uid else ''}FETCH completed")

    def _fetch_response(self, seq: int, message: StoredMessage, items: list[str]) -> bytes:
        if not self.readonly and any(i in ("BODY[]", "RFC822", "BODY[HEADER]") for i in items) \
                and "\\Seen" not in message.flags:
            message.flags.add("\\Seen")
            if "FLAGS" not in items:  # RFC 3501 6.4.5: the \Seen change is reported; before the body
                items = [item for item in items if item == "UID"] + ["FLAGS"] + [i for i in items if i != "UID"]
        out = [_fetch_item(item, message) for item in items]
        return f"* {seq} FETCH (".encode() + b" ".join(out) + b")"

    async def _search(self, tag: str, args: list, by_uid: bool) -> None:
        messages = await self._messages(tag)
        if messages is None:
            return
        if len(args) >= 2 and isinstance(args[0], str) and args[0].upper() == "CHARSET":
            args = args[2:]
        matcher = _search_matcher(list(args), messages)
        found = [m.uid if by_uid else seq for seq, m in enumerate(messages, 1) if matcher(seq, m)]
        await self._report_changes()
        await self.send("* SEARCH" + "".join(f" {n}" for n in found))
        await self.send(f"{tag} OK {'UID ' if by_uid else ''}SEARCH completed")

    async def _idle(self, tag: str, args: list, by_uid: bool) -> None:
        if not self.server.idle:
            await self.send(f"{tag} BAD IDLE not supported")
            return
        if await self._messages(tag) is None:
            return
        await self.send("+ idling")
        done = asyncio.ensure_future(self.reader.readuntil(b"\n"))
        try:
            while True:
                self.changed.clear()
                await self._report_changes()
                changed = asyncio.ensure_future(self.changed.wait())
                await asyncio.wait({done, changed}, return_when=asyncio.FIRST_COMPLETED)
                changed.cancel()
                if done.done():
                    break
        finally:
            if not done.done():
                done.cancel()
        line = done.result()
        if line.strip().upper() == b"DONE":
            await self.send(f"{tag} OK IDLE terminated")
        else:
            await self.send(f"{tag} BAD expected DONE")



# --- IMAP syntax ------------------------------------------------------------------------------------

def _tag_of(parts: list[bytes]) -> str:
    head = parts[0].split(None, 1) if parts and parts[0] else []
    return head[0].decode("ascii", "replace") if head else "*"


def _tokenize(parts: list[bytes]) -> list:
    """Atoms and quoted strings as str, literals as _Literal, parenthesised lists as list."""
    stack: list[list] = [[]]
    for part in parts:
        if isinstance(part, _Literal):
            stack[-1].append(part)
            continue
        _tokenize_text(part.decode("utf-8", "surrogateescape"), stack)
    if len(stack) != 1:
        raise _ProtocolError("unbalanced parentheses")
    return stack[0]


def _tokenize_text(text: str, stack: list[list]) -> None:
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch == "(":
            stack.append([])
            i += 1
        elif ch == ")":
            if len(stack) == 1:
                raise _ProtocolError("unbalanced parentheses")
            done = stack.pop()
            stack[-1].append(done)
            i += 1
        elif ch == '"':
            value, i = _read_quoted(text, i + 1)
            stack[-1].append(value)
        else:
            value, i = _read_atom(text, i)
            stack[-1].append(value)


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    out = []
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        elif ch == '"':
            return "".join(out), i + 1
        else:
            out.append(ch)
            i += 1
    raise _ProtocolError("unterminated quoted string")


def _read_atom(text: str, i: int) -> tuple[str, int]:
    """An atom; a [...] section (BODY[HEADER.FIELDS (A B)]) belongs to it, spaces and all."""
    start, depth = i, 0
    while i < len(text):
        ch = text[i]
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0 and ch in ' ()"':
            break
        i += 1
    return text[start:i], i


def _strings(args: list, count: int, usage: str) -> list[str]:
    if len(args) != count or not all(isinstance(a, (str, _Literal)) for a in args):
        raise _ProtocolError(f"expected {usage}")
    return [a.decode("utf-8", "replace") if isinstance(a, _Literal) else a for a in args]


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _parse_date_time(value: str) -> datetime | None:
    try:
        return datetime.strptime(value.strip(), _DATE_TIME)
    except ValueError:
        return None


def _fetch_items(spec, by_uid: bool) -> list[str]:
    macros = {"FAST": ["FLAGS", "INTERNALDATE", "RFC822.SIZE"], "ALL": ["FLAGS", "INTERNALDATE", "RFC822.SIZE"]}
    names = [str(item).upper() for item in (spec if isinstance(spec, list) else [spec])]
    items = [expanded for name in names for expanded in macros.get(name, [name])]
    if by_uid and "UID" not in items:
        items.insert(0, "UID")
    for item in items:
        if item not in _FETCH_ITEMS:
            raise _ProtocolError(f"unsupported FETCH item {item}")
    return items


def _header_block(raw: bytes) -> bytes:
    end = raw.find(b"\r\n\r\n")
    if end >= 0:
        return raw[:end + 4]
    end = raw.find(b"\n\n")
    return raw[:end + 2] if end >= 0 else raw


def _literal(label: str, data: bytes) -> bytes:
    return f"{label} {{{len(data)}}}\r\n".encode() + data


_FETCH_ITEMS: dict[str, Callable[[StoredMessage], bytes]] = {
    "UID": lambda m: f"UID {m.uid}".encode(),
    "FLAGS": lambda m: f"FLAGS ({' '.join(sorted(m.flags))})".encode(),
    "INTERNALDATE": lambda m: f'INTERNALDATE "{m.internaldate.strftime(_DATE_TIME)}"'.encode(),
    "RFC822.SIZE": lambda m: f"RFC822.SIZE {len(m.raw)}".encode(),
    "BODY[]": lambda m: _literal("BODY[]", m.raw),
    "BODY.PEEK[]": lambda m: _literal("BODY[]", m.raw),
    "RFC822": lambda m: _literal("RFC822", m.raw),
    "BODY[HEADER]": lambda m: _literal("BODY[HEADER]", _header_block(m.raw)),
    "BODY.PEEK[HEADER]": lambda m: _literal("BODY[HEADER]", _header_block(m.raw)),
    "RFC822.HEADER": lambda m: _literal("RFC822.HEADER", _header_block(m.raw)),
}


def _fetch_item(item: str, message: StoredMessage) -> bytes:
    return _FETCH_ITEMS[item](message)


def _sequence_set(spec: str, largest: int) -> Callable[[int], bool]:
    """A membership test for an IMAP sequence set ("1:3,7,9:*"); "*" is the largest number in use."""
    ranges: list[tuple[int, int]] = []
    for piece in spec.split(","):
        low_text, _, high_text = piece.partition(":")
        try:
            low = largest if low_text == "*" else int(low_text)
            high = low if not high_text else (largest if high_text == "*" else int(high_text))
        except ValueError:
            raise _ProtocolError(f"bad sequence set {spec}") from None
        ranges.append((min(low, high), max(low, high)))
    return lambda n: any(low <= n <= high for low, high in ranges)


def _select_messages(messages: list[StoredMessage], spec: str, by_uid: bool) -> list[tuple[int, StoredMessage]]:
    if not messages:
        return []
    largest = messages[-1].uid if by_uid else len(messages)
    member = _sequence_set(spec, largest)
    return [(seq, m) for seq, m in enumerate(messages, 1) if member(m.uid if by_uid else seq)]


def _search_matcher(args: list, messages: list[StoredMessage]) -> Callable[[int, StoredMessage], bool]:
    """All search keys ANDed, as RFC 3501 6.4.4 says."""
    tests: list[Callable[[int, StoredMessage], bool]] = []
    largest_uid = messages[-1].uid if messages else 0
    while args:
        key = args.pop(0)
        if isinstance(key, list):
            tests.append(_search_matcher(key, messages))
            continue
        name = str(key).upper()
        if name == "ALL":
            continue
        if name == "UID" and args:
            member = _sequence_set(str(args.pop(0)), largest_uid)
            tests.append(lambda seq, m, member=member: member(m.uid))
        elif name == "HEADER" and len(args) >= 2:
            field_name, needle = str(args.pop(0)), _text(args.pop(0)).lower()
            tests.append(lambda seq, m, f=field_name, n=needle: any(n in v.lower() for v in m.header_values(f)))
        elif name in ("SEEN", "UNSEEN"):
            tests.append(lambda seq, m, want=name == "SEEN": ("\\Seen" in m.flags) == want)
        elif name and (name[0].isdigit() or name[0] == "*"):
            member = _sequence_set(name, len(messages))
            tests.append(lambda seq, m, member=member: member(seq))
        else:
            raise _ProtocolError(f"unsupported SEARCH key {name}")
    return lambda seq, m: all(test(seq, m) for test in tests)


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, _Literal) else str(value)

