"""The team database as one Desk sees it: online, offline, or refused.

Every team-database call of the window goes through `TeamLink.run`. When the server is lost
(no network, server down) the link turns OFFLINE once, with the reason and the time of the next
try, and from then on fails at once with TeamOffline without touching the network: the window
shows one clear offline state and works on the offline mirror (desk.team.mirror) instead of
looping over errors. `probe()` (the window calls it on a timer, or when the live listener
reconnects) tries again when the time has come; back ONLINE, `on_change` tells the window to push
what was written offline and refresh the mirror. A refused login (the lead disabled it) or an
unverifiable server is REFUSED: no retries until the user acts.
"""

from __future__ import annotations

import enum
import random
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from desk.storage.db import Database
from desk.sync.engine import backoff_delay
from desk.team.connect import TeamAuthFailed, TeamError, TeamOffline, TeamServerUnverified, as_team_error

T = TypeVar("T")


class LinkState(enum.StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class LinkStatus:
    state: LinkState
    reason: str = ""
    since: float = 0.0  # time.time() of the change
    retry_at: float | None = None  # monotonic time of the next try, when offline
    refusal: str = ""  # refused: "login" (a wrong password, a login the lead disabled) or "certificate"


class TeamLink:
    def __init__(self, connect: Callable[[], Database], *, on_change: Callable[[LinkStatus], None] = lambda s: None,
                 rng: random.Random | None = None, clock: Callable[[], float] = time.monotonic):
        self._connect = connect
        self.on_change = on_change
        self.rng = rng or random.Random()
        self.clock = clock
        self.status = LinkStatus(LinkState.ONLINE, since=time.time())
        self._db: Database | None = None
        self._failures = 0
        self._failed_calls = 0  # every failure so far: a call that began before the last one proves nothing
        self._error: TeamError | None = None
        self._noticed: weakref.WeakSet[TeamError] = weakref.WeakSet()  # reported by `watch`, not again by `run`
        self._lock = threading.Lock()

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """fn(team_db, *args, **kwargs), or TeamError: at once while offline before the next try."""
        self._check_allowed()
        began_after = self._failed_calls
        try:
            result = fn(self._database(), *args, **kwargs)
        except Exception as exc:
            error = exc if isinstance(exc, TeamError) else as_team_error(exc)
            if error is None:
                raise
            if error not in self._noticed:  # `watch` reported it already
                self._report(self._failed(error))
            raise error from None
        self._report(self._succeeded(began_after))
        return result

    def probe(self, *, at_once: bool = False) -> bool:
        """Try the server now if the next try is due (or `at_once`: the live listener got through);
        True when online."""
        if at_once and self.status.state is LinkState.OFFLINE:
            with self._lock:
                self.status = LinkStatus(LinkState.OFFLINE, self.status.reason, self.status.since, self.clock())
        try:
            self.run(lambda db: db.fetch_all("SELECT 1"))
        except TeamError:
            return False
        return True

    def watch(self, db: Database) -> None:
        """Report the connection failures of every call on `db` (the application layer's operations
        use the team database directly, not through `run`) and raise them as TeamErrors the window
        can show. The link then knows at once, whichever call noticed first."""
        from sqlalchemy import event

        def failed_call(context) -> None:
            error = as_team_error(context.original_exception)
            if error is None:
                return  # a query error (a refused right, a bug): not the link's business
            self._noticed.add(error)
            self._report(self._failed(error, dispose=False))  # SQLAlchemy drops dead connections itself
            raise error from None

        event.listen(db.engine, "handle_error", failed_call)

    def lost(self, error: TeamError) -> None:
        """A failure noticed elsewhere (the first connection, the live listener): offline or refused."""
        self._report(self._failed(error))

    def _check_allowed(self) -> None:
        status = self.status
        if status.state is LinkState.REFUSED:
            raise self._error
        if status.state is LinkState.OFFLINE and self.clock() < (status.retry_at or 0):
            raise TeamOffline(status.reason)

    def _database(self) -> Database:
        with self._lock:
            if self._db is None:
                self._db = self._connect()
            return self._db

    def _failed(self, error: TeamError, *, dispose: bool = True) -> LinkStatus | None:
        with self._lock:
            if isinstance(error, (TeamAuthFailed, TeamServerUnverified)):
                self._error = error
                refusal = "login" if isinstance(error, TeamAuthFailed) else "certificate"
                return self._change(LinkStatus(LinkState.REFUSED, str(error), time.time(), refusal=refusal))
            self._failures += 1
            self._failed_calls += 1
            retry_at = self.clock() + backoff_delay(self._failures, self.rng)
            since = self.status.since if self.status.state is LinkState.OFFLINE else time.time()
            if dispose and self._db is not None:  # its pooled connections are dead: start afresh next time
                self._db.close()
                self._db = None
            return self._change(LinkStatus(LinkState.OFFLINE, str(error), since, retry_at))

    def _succeeded(self, began_after: int) -> LinkStatus | None:
        """Online again, unless a failure was noticed while the call ran (a query sent before the
        server went away may still answer: it must not undo the offline state)."""
        with self._lock:
            if began_after != self._failed_calls:
                return None
            self._failures = 0
            if self.status.state is LinkState.ONLINE:
                return None
            return self._change(LinkStatus(LinkState.ONLINE, since=time.time()))

    def _change(self, status: LinkStatus) -> LinkStatus | None:
        """Set the status; return it when the state changed (to report outside the lock)."""
        previous, self.status = self.status, status
        return status if previous.state is not status.state else None

    def _report(self, changed: LinkStatus | None) -> None:
        if changed is not None:
            self.on_change(changed)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
