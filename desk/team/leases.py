"""Which worker syncs which account: one PostgreSQL advisory lock per account.

A worker syncs, runs the pipeline for and sends the outbox of an account only while it holds that
account's lease: a session-level advisory lock held on one connection kept for the purpose. Two
workers started at once each get a share of the accounts and never the same one. A worker that
dies (SIGKILL, power, network) loses its session and with it its leases, at once on the server's
side, so another worker takes over without waiting for a timer; a worker whose connection broke
finds `alive()` false and must stop every account loop before anything else.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.storage.db import Database

NAMESPACE = 0x4445534B  # "DESK": first key of every lease, so no other application's locks collide
# The post-sync pipeline (triage, routing, automatic replies) works across accounts: one worker at
# a time runs it, holding this lease (account ids start at 1).
PIPELINE = 0
# The server forgets a vanished worker's session (a cut cable, a frozen VM) within about a minute,
# and its leases with it, so another worker takes over; left to the server's OS, that can take hours.
SERVER_KEEPALIVES = {"tcp_keepalives_idle": 20, "tcp_keepalives_interval": 10, "tcp_keepalives_count": 3}


@dataclass(frozen=True, slots=True)
class Holder:
    account_id: int
    login: str
    application: str
    pid: int


class AccountLeases:
    """The leases of one worker. Not thread-safe: call from one thread (the worker's writer)."""

    def __init__(self, db: Database):
        self.db = db
        self._conn = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        self.held: set[int] = set()
        for name, value in SERVER_KEEPALIVES.items():  # ignored on a Unix socket
            self._scalar("SELECT set_config(:name, :value, false)", {"name": name, "value": str(value)})

    def _scalar(self, sql: str, params: dict | None = None):
        from sqlalchemy import text

        return self._conn.execute(text(sql), params or {}).scalar()

    def try_acquire(self, account_id: int) -> bool:
        """Take the account's lease if no other worker holds it."""
        if account_id in self.held:
            return True
        if self._scalar("SELECT pg_try_advisory_lock(:ns, :a)", {"ns": NAMESPACE, "a": account_id}):
            self.held.add(account_id)
            return True
        return False

    def release(self, account_id: int) -> None:
        if account_id in self.held:
            self._scalar("SELECT pg_advisory_unlock(:ns, :a)", {"ns": NAMESPACE, "a": account_id})
            self.held.discard(account_id)

    def alive(self) -> bool:
        """False when the lease connection is gone: every lease is lost with it."""
        try:
            return self._scalar("SELECT 1") == 1
        except Exception:
            self.held.clear()
            return False

    def close(self) -> None:
        """Release everything: the session is closed, not handed back to the engine's pool (where
        it would keep the locks)."""
        self.held.clear()
        if not self._conn.closed:
            self._conn.invalidate()
            self._conn.close()


def holders(db: Database) -> list[Holder]:
    """Who holds which account's lease, for the lead's view of the workers."""
    rows = db.fetch_all(
        """SELECT l.objid, a.usename, a.application_name, a.pid FROM pg_locks l
           JOIN pg_stat_activity a ON a.pid = l.pid
           WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = :ns AND l.objsubid = 2
           ORDER BY l.objid""", {"ns": NAMESPACE})
    return [Holder(int(account), login, application, pid) for account, login, application, pid in rows]
