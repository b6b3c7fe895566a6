"""Team mode: a workspace whose database is the team's PostgreSQL, worked on as one agent's login
(README "Team mode").

`open_team_workspace` opens it. The Workspace's `db` is the team database for every operation of
the application layer (queue, views, conversations, replies, notes, search, knowledge), and
`ws.team` (a TeamSession) holds what only team mode has:

- the login (`ws.agent_name`), and whether it is a lead (a lead reassigns colleagues' conversations);
- the offline mirror (desk.team.mirror), which also keeps what belongs to this agent alone: reply
  drafts and the agent's own settings (desk.storage.db.Database.personal);
- the link (desk.team.link). A connection failure anywhere turns it OFFLINE once: `ws.db` is then
  the mirror, so the queue and conversations read from it, replies and notes are written there
  (desk.team.mirror.Mirror.write) and other changes are refused ("offline") rather than lost.
  When the server answers again `ws.db` is the team's again and what was written offline is
  pushed; a reply someone answered or took meanwhile waits for the agent: send anyway, or keep
  it as a draft (`events.replies_held`);
- the live listener (desk.team.live) on the event loop: colleagues' changes arrive as
  `events.changed`, presence as `events.presence`, a note naming this agent as `events.mentioned`;
  nothing polls;
- presence: the conversation this agent has open, and whether they are typing, told to colleagues
  and repeated every team.presence_heartbeat_s.

`start(ws)` starts the listener, the heartbeat and the mirror's refreshes; `ws.close()` ends them.
Network calls run on the workspace's worker threads, never on the event loop's. asyncio is imported
where it is used: the window imports this module before its first paint (ui.app).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.app.changes import NOTHING, Changes, conversation_changed
from desk.errors import ActionRefused, OwnedByColleague

if TYPE_CHECKING:
    import asyncio

    from desk.app.workspace import Workspace
    from desk.executors import Executors
    from desk.storage.db import Database
    from desk.team.connect import TeamAddress, TeamError
    from desk.team.link import LinkStatus

log = logging.getLogger(__name__)

MIRROR_REFRESH_S = 20  # after colleagues' changes, the mirror catches up within this
LEAVE_TIMEOUT_S = 3  # closing Desk: how long telling colleagues it left may take


@dataclass(frozen=True, slots=True)
class TeamStatus:
    state: str  # "online", "offline" (the server cannot be reached) or "refused" (login or certificate)
    reason: str = ""
    retry_at: float | None = None  # time.time() of the next try, while offline
    waiting: int = 0  # replies and notes written offline, not yet on the team database
    live: bool = False  # colleagues' changes arrive as they happen (the live listener is connected)
    refusal: str = ""  # refused: "login" (a wrong password, a login the lead disabled) or "certificate"


@dataclass(frozen=True, slots=True)
class Colleague:
    agent: str
    state: str  # "viewing" or "typing"


@dataclass(frozen=True, slots=True)
class Mention:
    conversation_id: int
    author: str | None
    text: str


@dataclass(frozen=True, slots=True)
class HeldReply:
    """A reply written offline that waits for the agent's word before it goes."""

    key: str
    conversation_id: int
    text: str
    note: bool
    reason: str  # "answered": someone answered meanwhile; "owned": another agent took the conversation
    by: str | None
    at: int | None  # when they answered (epoch seconds)


# --- opening --------------------------------------------------------------------------------------

def team_folder(data_dir: Path) -> Path:
    """Where this PC keeps its team state (the offline mirror); one window per folder."""
    from desk.team.settings import mirror_path

    return mirror_path(data_dir).parent


def joined_url(data_dir: Path) -> str | None:
    """The team this Desk joined (Settings → Team, or `desk team join`), or None."""
    from desk.team.admin import saved_address

    address = saved_address(data_dir)
    return None if address is None else address.display()


async def join(data_dir: Path, url: str, password: str, *, user: str | None = None, ca_file: str | None = None,
               executors: Executors) -> str:
    """Join a team from this PC (what `desk team join` does): check the login on the server (TLS
    verified), keep its password in the OS keyring and the address here. Returns the address."""
    from desk.team.admin import join_team
    from desk.team.connect import TeamAddress

    def work() -> str:
        address = TeamAddress.parse(url, user=user or None, ca_file=ca_file or None)
        join_team(address, password, data_dir).close()
        return address.display()

    return await executors.io(work)


async def open_team_workspace(data_dir: Path, url: str | None = None, *, ca_file: str | None = None,
                              password: str | None = None, interface_language: str = "en",
                              executors: Executors | None = None, translation_offline: bool | None = None
                              ) -> Workspace:
    """The team workspace as this PC's login: `url` (else the team this Desk joined). A server that
    cannot be reached opens it offline on the mirror, when the mirror holds anything; a refused
    login or an unverified server raises (TeamError)."""
    from desk.app.workspace import Workspace
    from desk.executors import Executors

    executors = executors or Executors()
    session = await executors.io(_open_session, data_dir, url, ca_file, password)
    ws = Workspace(session.database(), executors, interface_language=interface_language,
                   translation_offline=translation_offline)
    session.attach(ws)
    return ws


def _open_session(data_dir: Path, url: str | None, ca_file: str | None, password: str | None) -> TeamSession:
    from desk import settings
    from desk.storage.db import Database
    from desk.team.admin import saved_address
    from desk.team.connect import TeamAddress, TeamError, TeamOffline, database, open_team, password_for
    from desk.team.settings import mirror_path

    saved = saved_address(data_dir)
    address = TeamAddress.parse(url, ca_file=ca_file) if url else saved
    if address is not None and saved is not None and not address.ca_file and saved.display() == address.display():
        address = saved  # the team this Desk joined: its CA file too
    if address is None:
        raise TeamError("This Desk has not joined a team: give the team's address (desk --team URL) or join in "
                        "Settings → Team.")
    if not address.user:
        raise TeamError("The team address names no login: postgresql://LOGIN@host/database.")
    secret = password_for(address, password)
    if secret is None and not address.local:
        raise TeamError(f"This PC has no password for {address.user}: join the team first (Settings → Team → Join, "
                        f"or desk team join {address.display()}).")
    mirror_db = Database.open_path(mirror_path(data_dir))
    offline: TeamError | None = None
    try:
        team_db = open_team(address, secret)
    except TeamOffline as error:
        if not mirror_db.fetch_all("SELECT 1 FROM conversations LIMIT 1"):
            mirror_db.close()
            raise
        team_db, offline = database(address, secret), error
    except Exception:
        mirror_db.close()
        raise
    settings.put_many(mirror_db, {settings.TEAM_URL.key: address.display(),
                                  settings.TEAM_CA_FILE.key: address.ca_file or ""})
    session = TeamSession(address, secret, team_db, mirror_db, data_dir)
    if offline is not None:
        session.link.lost(offline)
    else:
        session.read_role()
    return session


# --- the session ----------------------------------------------------------------------------------

class TeamSession:
    """One agent's connection to the team: see the module's docstring."""

    def __init__(self, address: TeamAddress, password: str | None, team_db: Database, mirror_db: Database,
                 data_dir: Path):
        from desk.team.link import TeamLink
        from desk.team.mirror import Mirror

        self.address = address
        self.login = address.user or ""
        self.is_lead = False
        self.team_db, self.mirror_db = team_db, mirror_db
        self.data_dir = data_dir
        self.mirror = Mirror(mirror_db, self.login)
        self._password = password
        team_db.personal = mirror_db
        self.link = TeamLink(lambda: team_db, on_change=self._link_changed)
        self.link.watch(team_db)
        _refusals_said(team_db)
        self.ws: Workspace | None = None
        self.viewing: tuple[int, str] | None = None  # (conversation, "viewing" or "typing") told to colleagues
        self.held: dict[str, HeldReply] = {}  # replies written offline that wait for the agent's word
        self.live = False  # the live listener is connected
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task] = set()
        self._keeping: dict[int, asyncio.Task] = {}  # conversation -> its copy into the mirror
        self._refresh: asyncio.Task | None = None
        self._reconnect: asyncio.Task | None = None
        self._pushing: asyncio.Task | None = None

    # --- state ----------------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        from desk.team.link import LinkState

        return self.link.status.state is LinkState.ONLINE

    def database(self) -> Database:
        """What operations work on now: the team database online, else the mirror."""
        return self.team_db if self.online else self.mirror_db

    def translations(self):
        """The team's translations for this Desk's translation service: read through the link (an
        agent's login does not write them; the worker does)."""
        from desk.team.translations import TeamTranslations

        return TeamTranslations(self.link.run, writes=False)

    def attach(self, ws: Workspace) -> None:
        self.ws = ws
        ws.team = self
        ws.agent_name = self.login

    def read_role(self) -> None:
        from desk.team.access import group_roles

        database = self.team_db.fetch_all("SELECT current_database()")[0][0]
        lead = group_roles(database)["lead"]
        self.is_lead = bool(self.team_db.fetch_all("SELECT pg_has_role(current_user, :lead, 'MEMBER')",
                                                   {"lead": lead})[0][0])

    def status(self, waiting: int | None = None) -> TeamStatus:
        """The link's state now; `waiting`: the count of what was written offline, when already read."""
        status = self.link.status
        retry_at = None if status.retry_at is None else time.time() + max(0.0, status.retry_at - self.link.clock())
        waiting = len(self.mirror.pending()) if waiting is None else waiting
        return TeamStatus(status.state.value, status.reason, retry_at, waiting, self.live, status.refusal)

    # --- the link -------------------------------------------------------------------------------

    def _link_changed(self, status: LinkStatus) -> None:
        """Called on the thread whose call noticed: switch what operations read at once, then tell
        the event loop."""
        if self.ws is not None:
            self.ws.db = self.database()
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._on_link, status)

    def _on_link(self, status: LinkStatus) -> None:
        from desk.team.link import LinkState

        ws = self.ws
        if ws is None:
            return
        ws.db = self.database()
        if status.state is LinkState.OFFLINE:
            self._retry_soon()
        elif status.state is LinkState.ONLINE:
            self._spawn(self._back_online(), "team-online")
        self._announce()
        ws.events.changed.emit(Changes(queue=True))

    def _announce(self) -> None:
        """Tell the window the team's state (on the event loop; the mirror is read on a worker)."""
        if self.ws is not None:
            self._spawn(self._announce_now(), "team-status")

    async def _announce_now(self) -> None:
        waiting = await self.ws.executors.read(lambda: len(self.mirror.pending()))
        self.ws.events.team_status.emit(self.status(waiting))  # the link's state as it is now

    def _retry_soon(self) -> None:
        if self._reconnect is None or self._reconnect.done():
            self._reconnect = self._spawn(self._retry(), "team-reconnect")

    async def _retry(self) -> None:
        """While offline: try the server again when the link says the next try is due."""
        import asyncio

        from desk.team.link import LinkState

        while self.link.status.state is LinkState.OFFLINE:
            await asyncio.sleep(max(0.05, (self.link.status.retry_at or 0) - self.link.clock()))
            await self.ws.executors.io(self.link.probe)

    async def _back_online(self) -> None:
        await self.ws.executors.io(self.read_role)
        await push_waiting(self.ws)
        await refresh_mirror(self.ws)

    # --- tasks ----------------------------------------------------------------------------------

    def _spawn(self, coro, name: str) -> asyncio.Task:
        import asyncio

        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            from desk.errors import DeskError

            if isinstance(error, DeskError):
                log.info("team task %s: %s", task.get_name(), error)
            else:
                log.error("team task %s failed", task.get_name(), exc_info=error)

    async def stop(self) -> None:
        """End the listener, heartbeats and refreshes, and tell colleagues this Desk left."""
        import asyncio

        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.online and self.ws is not None:
            try:
                await asyncio.wait_for(self.ws.executors.io(self._leave_all), LEAVE_TIMEOUT_S)
            except Exception as error:  # closing anyway: presence rows go stale on their own
                log.info("could not tell colleagues this Desk left: %s", error)

    def close(self) -> None:
        """Close both databases (once no worker thread uses them)."""
        self.link.close()
        self.team_db.close()
        self.mirror_db.close()

    def _leave_all(self) -> None:
        from desk.team.presence import leave

        self.link.run(leave, self.login)


def _refusals_said(db: Database) -> None:
    """What the server refuses this login (an agent changing the team's settings, accounts or
    knowledge base) becomes NotPermitted, said in the window, rather than a query error."""
    from sqlalchemy import event

    from desk.errors import NotPermitted

    def refused(context) -> None:
        if getattr(context.original_exception, "sqlstate", None) == NotPermitted.sqlstate:
            raise NotPermitted("Your login may not do this on the team database: ask the team's lead.") from None

    event.listen(db.engine, "handle_error", refused)


# --- starting -----------------------------------------------------------------------------------

async def start(ws: Workspace) -> None:
    """Start what team mode runs beside the window: the live listener, presence heartbeats and the
    mirror's refreshes (call once, on the event loop)."""
    import asyncio

    session = _session(ws)
    session._loop = asyncio.get_running_loop()
    if not session.online:
        session._retry_soon()
    session._spawn(_listen(ws), "team-live")
    session._spawn(_heartbeat(ws), "team-presence")
    session._spawn(refresh_mirror(ws), "team-mirror")
    session._announce()


def _session(ws: Workspace) -> TeamSession:
    if ws.team is None:
        raise ActionRefused("not_team", "This workspace is not a team's.")
    return ws.team


def is_team(ws: Workspace) -> bool:
    return ws.team is not None


def status(ws: Workspace) -> TeamStatus | None:
    return None if ws.team is None else ws.team.status()


def require_online(ws: Workspace) -> None:
    """Team changes other than replies and notes cannot be kept offline: say so instead of losing them."""
    if ws.team is not None and not ws.team.online:
        raise ActionRefused("offline", "The team server cannot be reached: this can be done once Desk is back "
                                       "online. Replies and notes written now are sent then.")


async def try_now(ws: Workspace) -> None:
    """Offline: try the team server now rather than at the link's next turn."""
    session = _session(ws)
    if not session.online:
        await ws.executors.io(session.link.probe, at_once=True)


# --- live updates ---------------------------------------------------------------------------------

async def _listen(ws: Workspace) -> None:
    from desk.team.live import TeamListener

    session = ws.team
    await TeamListener(session.address, session._password, lambda event: _on_live(ws, event)).run()


def _on_live(ws: Workspace, event) -> None:
    from desk.team import live

    session = ws.team
    if isinstance(event, live.ConversationsChanged):
        if event.by != session.login and session.online:
            ws.events.changed.emit(conversation_changed(*event.ids))
            _refresh_later(ws)
    elif isinstance(event, live.PresenceChanged):
        if event.agent != session.login:
            ws.events.presence.emit(event.conversation_id)
    elif isinstance(event, live.NoteAdded):
        if event.author != session.login:
            session._spawn(_maybe_mentioned(ws, event.conversation_id, event.message_id, event.author), "team-mention")
    elif isinstance(event, live.Resync):
        session.live = True
        session._announce()
        if not session.online:  # the listener got through: try the link now rather than at its next turn
            session._spawn(ws.executors.io(session.link.probe, at_once=True), "team-probe")
        else:
            ws.events.changed.emit(Changes(queue=True))
            _refresh_later(ws, at_once=True)
    elif isinstance(event, live.Offline):
        if session.live:
            session.live = False
            session._announce()
        if session.online:  # the server may be gone: find out now, one clear offline state
            session._spawn(ws.executors.io(session.link.probe), "team-probe")
    elif isinstance(event, live.Stopped):
        session.live = False
        session.link.lost(event.error)


async def _maybe_mentioned(ws: Workspace, conversation_id: int, message_id: int, author: str | None) -> None:
    """A colleague's note: tell this agent when it names them (read from the note itself: its
    mentions are recorded a moment later)."""
    from desk.storage.lifecycle import named_in

    session = ws.team
    rows = await ws.executors.io(session.link.run, lambda db: db.fetch_all(
        "SELECT body_text FROM messages WHERE id = :m", {"m": message_id}))
    if rows and named_in(rows[0][0], [session.login]):
        ws.events.mentioned.emit(Mention(conversation_id, author, rows[0][0]))


# --- the mirror -----------------------------------------------------------------------------------

async def refresh_mirror(ws: Workspace) -> None:
    """Bring the team's changes into the offline mirror (the agent's conversations, those opened and
    the team's recent ones), then forget what fell out of scope; copy the team's translations into
    the agent's language to this PC's translation cache."""
    session = _session(ws)
    if not session.online:
        return
    now = int(time.time())
    await ws.executors.io(session.link.run, session.mirror.refresh, now)
    await ws.executors.io(session.mirror.prune, now)
    if ws.translation is not None:  # the worker's translations ahead, there offline too
        await ws.executors.io(ws.translation.take_shared, ws.agent_language, session.mirror.recent(now))


def _refresh_later(ws: Workspace, at_once: bool = False) -> None:
    session = ws.team
    if session._refresh is not None and not session._refresh.done():
        return

    async def later() -> None:
        import asyncio

        if not at_once:
            await asyncio.sleep(MIRROR_REFRESH_S)
        await refresh_mirror(ws)

    session._refresh = session._spawn(later(), "team-mirror")


def opened(ws: Workspace, conversation_id: int) -> None:
    """The agent opened this conversation: copy it into the mirror now (its draft is kept there)."""
    session = ws.team
    if session is None or not session.online or conversation_id in session._keeping:
        return
    now = int(time.time())
    session._keeping[conversation_id] = session._spawn(
        ws.executors.io(session.link.run, session.mirror.keep, [conversation_id], now), "team-keep")


async def mirrored(ws: Workspace, conversation_id: int) -> bool:
    """Wait until the conversation is in the mirror (its draft is kept there); False when it could
    not be copied (the server went away meanwhile)."""
    import asyncio

    session = ws.team
    if session is None:
        return True
    keeping = session._keeping.get(conversation_id)
    if keeping is None:
        opened(ws, conversation_id)
        keeping = session._keeping.get(conversation_id)
    if keeping is not None:
        await asyncio.gather(keeping, return_exceptions=True)
        if keeping.cancelled() or keeping.exception() is not None:
            session._keeping.pop(conversation_id, None)  # try again next time
    rows = await ws.executors.read(session.mirror_db.fetch_all, "SELECT 1 FROM conversations WHERE id = :c",
                                   {"c": conversation_id})
    return bool(rows)


# --- presence -------------------------------------------------------------------------------------

async def show_presence(ws: Workspace, conversation_id: int | None, typing: bool = False) -> None:
    """Tell colleagues which conversation this agent has open (None: none) and whether they type."""
    session = ws.team
    if session is None:
        return
    previous = session.viewing
    wanted = None if conversation_id is None else (conversation_id, "typing" if typing else "viewing")
    if wanted == previous:
        return
    session.viewing = wanted
    if session.online:
        await ws.executors.io(_tell_presence, session, previous, wanted)


async def looking_at(ws: Workspace, conversation_id: int | None, typing: bool = False) -> None:
    """The window shows this conversation (None: none), the agent typing in it or not: keep it in the
    mirror and tell colleagues (nothing in a solo workspace)."""
    if ws.team is None:
        return
    if conversation_id is not None:
        opened(ws, conversation_id)
    await show_presence(ws, conversation_id, typing)


def _tell_presence(session: TeamSession, previous: tuple[int, str] | None, wanted: tuple[int, str] | None) -> None:
    from desk.team.presence import leave, mark

    if previous is not None and (wanted is None or wanted[0] != previous[0]):
        session.link.run(leave, session.login, previous[0])
    if wanted is not None:
        session.link.run(mark, session.login, wanted[0], wanted[1], int(time.time()))


async def _heartbeat(ws: Workspace) -> None:
    import asyncio

    from desk import settings

    session = ws.team
    while True:
        every = await ws.executors.read(settings.get, session.mirror_db, settings.TEAM_PRESENCE_HEARTBEAT_S)
        await asyncio.sleep(every)
        if session.viewing is not None and session.online:
            try:
                await ws.executors.io(_tell_presence, session, session.viewing, session.viewing)
            except Exception as error:  # the link went offline, or a refused row: the next beat tries again
                log.info("presence heartbeat: %s", error)


async def colleagues(ws: Workspace, conversation_id: int) -> list[Colleague]:
    """Who else is in this conversation now, typing first (none offline)."""
    from desk.team.presence import present

    session = ws.team
    if session is None or not session.online:
        return []
    found = await ws.executors.io(session.link.run, present, conversation_id, int(time.time()),
                                  besides=session.login)
    return [Colleague(p.agent, p.state) for p in found]


# --- ownership --------------------------------------------------------------------------------------

async def check_owner(ws: Workspace, conversation_ids: Iterable[int]) -> None:
    """Raise OwnedByColleague when another agent owns any of these conversations (team mode, online):
    the window asks before it replies, resolves or sets aside someone else's conversation."""
    session = ws.team
    if session is None or not session.online:
        return
    ids = list(dict.fromkeys(conversation_ids))
    owners = await ws.executors.read(_owners, ws.db, ids)
    theirs = {cid: owner for cid, owner in owners.items() if owner not in (None, "", session.login)}
    if theirs:
        raise OwnedByColleague(theirs)


def _owners(db: Database, ids: list[int]) -> dict[int, str | None]:
    listed = ",".join(str(int(i)) for i in ids) or "NULL"
    return dict(db.fetch_all(f"SELECT id, assignee FROM conversations WHERE id IN ({listed})"))


def takes_from(ws: Workspace) -> frozenset[str | None] | None:
    """Whose conversations this agent may assign: anyone's (solo, or a lead), else only those nobody
    or they own (a lead reassigns a colleague's)."""
    session = ws.team
    if session is None or session.is_lead:
        return None
    return frozenset({None, "", session.login})


# --- writing offline, and pushing it --------------------------------------------------------------

def writes_offline(ws: Workspace) -> bool:
    return ws.team is not None and not ws.team.online


async def write_offline(ws: Workspace, conversation_id: int, text: str, *, note: bool = False) -> str:
    """A reply or note written while the team server is away: kept in the mirror, sent when it is back."""
    key = await ws.executors.write(ws.team.mirror.write, conversation_id, text, note=note)
    ws.team._announce()
    return key


async def push_waiting(ws: Workspace, confirmed: Iterable[str] = ()) -> list[HeldReply]:
    """Send what was written offline to the team; those someone answered or took meanwhile wait
    (`events.replies_held`) for `send_anyway` or `keep_as_draft`. Mentions in pushed notes reach
    their colleagues."""
    session = _session(ws)
    if not session.online:
        return list(session.held.values())
    waiting = {p.key: p for p in await ws.executors.read(session.mirror.pending)}
    if not waiting:
        return []
    outcomes = await ws.executors.io(session.link.run, session.mirror.push, confirmed=list(confirmed))
    held: dict[str, HeldReply] = {}
    changed = set()
    for outcome in outcomes:
        item = waiting.get(outcome.key)
        if item is None:
            continue
        changed.add(outcome.conversation_id)
        if outcome.status == "conflict":
            held[outcome.key] = HeldReply(outcome.key, item.conversation_id, item.text, item.note,
                                          outcome.conflict.kind, outcome.conflict.by, outcome.conflict.at)
        elif outcome.status == "sent" and item.note:
            await _note_pushed(ws, item.conversation_id, outcome.key, item.text)
        elif outcome.status == "refused":
            log.warning("a reply written offline was refused: %s", outcome.detail)
    session.held = held
    if changed:
        ws.events.changed.emit(conversation_changed(*changed))
    if held:
        ws.events.replies_held.emit(list(held.values()))
    session._announce()
    return list(held.values())


async def _note_pushed(ws: Workspace, conversation_id: int, key: str, text: str) -> None:
    from desk.app.lifecycle import note_mentions

    await note_mentions(ws, conversation_id, f"desk:{key}", text)


async def send_anyway(ws: Workspace, key: str) -> Changes:
    """The agent read who answered or took the conversation, and sends their reply all the same."""
    session = _session(ws)
    item = session.held.pop(key, None)
    await push_waiting(ws, confirmed=[key])
    return conversation_changed(item.conversation_id) if item else NOTHING


async def keep_as_draft(ws: Workspace, key: str) -> Changes:
    """The agent does not send it: the text becomes the conversation's draft again."""
    session = _session(ws)
    item = session.held.pop(key, None)
    await ws.executors.write(session.mirror.discard, key)
    session._announce()
    return conversation_changed(item.conversation_id) if item else NOTHING


def held_replies(ws: Workspace) -> list[HeldReply]:
    return [] if ws.team is None else list(ws.team.held.values())


# --- what the window shows ------------------------------------------------------------------------

async def agents(ws: Workspace) -> list[str]:
    """The team's agents (their profiles), for a lead's queue of each."""
    from desk.storage.lifecycle import known_agents

    return await ws.executors.read(known_agents, ws.db)


def describe(ws: Workspace) -> dict[str, Any]:
    """The team and this login, for the window's title and Settings → Team."""
    session = _session(ws)
    return {"url": session.address.display(), "login": session.login, "lead": session.is_lead}
