"""Live updates from the team database: LISTEN/NOTIFY on one async connection (psycopg 3).

The database announces every change itself (triggers of migration 0007, see
desk.storage.dialects.postgresql): conversations changed (claimed, answered, resolved, a new
message, a delivery status), presence, new notes. `TeamListener.run()` keeps a connection
listening and hands each announcement to `on_event` as a typed event, on the event loop's
thread; the window bridges them to Qt. After every (re)connection it first sends Resync, since
announcements made while it was away are lost: the window reloads what it shows. Losing the
server gives Offline events with the time until the next try (backoff with jitter), never an
error loop; a refused login (disabled by the lead) or an unverifiable server gives Stopped, and
the listener ends.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass

from desk.storage.dialects.postgresql import NOTIFY_CONVERSATIONS, NOTIFY_NOTES, NOTIFY_PRESENCE
from desk.sync.engine import backoff_delay
from desk.team.connect import TeamAddress, TeamAuthFailed, TeamError, TeamServerUnverified, as_team_error

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ConversationsChanged:
    ids: tuple[int, ...]
    by: str  # the login that changed them: a window skips what it did itself


@dataclass(frozen=True, slots=True)
class PresenceChanged:
    conversation_id: int
    agent: str
    state: str | None  # viewing, typing, or None: left


@dataclass(frozen=True, slots=True)
class NoteAdded:
    conversation_id: int
    message_id: int
    author: str | None


@dataclass(frozen=True, slots=True)
class Resync:
    """Connected (again): reload what is shown, announcements may have been missed."""


@dataclass(frozen=True, slots=True)
class Offline:
    reason: str
    retry_in_s: float


@dataclass(frozen=True, slots=True)
class Stopped:
    error: TeamError  # the login was refused or the server could not be verified: no retries


LiveEvent = ConversationsChanged | PresenceChanged | NoteAdded | Resync | Offline | Stopped


def parse(channel: str, payload: str) -> LiveEvent | None:
    try:
        data = json.loads(payload)
        if channel == NOTIFY_CONVERSATIONS:
            return ConversationsChanged(tuple(int(i) for i in data["ids"]), str(data["by"]))
        if channel == NOTIFY_PRESENCE:
            return PresenceChanged(int(data["conversation_id"]), str(data["agent"]), data["state"])
        if channel == NOTIFY_NOTES:
            return NoteAdded(int(data["conversation_id"]), int(data["message_id"]), data["author"])
    except (ValueError, KeyError, TypeError):
        log.warning("ignored a malformed %s notification: %.200s", channel, payload)
    return None


class TeamListener:
    """Run `run()` as a task; cancel it to stop."""

    CHANNELS = (NOTIFY_CONVERSATIONS, NOTIFY_PRESENCE, NOTIFY_NOTES)

    def __init__(self, address: TeamAddress, password: str | None, on_event: Callable[[LiveEvent], None],
                 *, rng: random.Random | None = None):
        self.address = address
        self.password = password
        self.on_event = on_event
        self.rng = rng or random.Random()
        self._connected = False

    async def run(self) -> None:
        failures = 0
        while True:
            try:
                await self._listen()
                return
            except Exception as exc:  # the connection failed or broke
                error = as_team_error(exc)
                if error is None:
                    raise
                if isinstance(error, (TeamAuthFailed, TeamServerUnverified)):
                    self.on_event(Stopped(error))
                    return
                failures = 1 if self._connected else failures + 1
                self._connected = False
                delay = backoff_delay(failures, self.rng)
                self.on_event(Offline(str(error), delay))
                await asyncio.sleep(delay)

    async def _listen(self) -> None:
        import psycopg

        args = self.address.connect_args(self.password, "desk-live")
        async with await psycopg.AsyncConnection.connect(autocommit=True, **args) as conn:
            for channel in self.CHANNELS:
                await conn.execute(f"LISTEN {channel}")
            self._connected = True
            self.on_event(Resync())
            async for notify in conn.notifies():
                if (event := parse(notify.channel, notify.payload)) is not None:
                    self.on_event(event)
