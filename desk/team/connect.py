"""Reaching the team database: its address, TLS with the server verified, the login's password.

Agents often work from home, far from the server, so every TCP connection uses TLS with
`sslmode=verify-full`: the server's certificate must chain to the CA given (`--ca-file`, else the
system's trusted CAs) and name the host connected to. A weaker mode in the URL is refused. A
Unix socket (the worker beside the server, `?host=/var/run/postgresql`) needs no TLS.

The password of a login comes, in order, from the caller, `$DESK_TEAM_PASSWORD` (a worker's
service environment) or the OS keyring (desk.secrets; `desk team join` puts it there); it never
goes into a URL, a setting or a log.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

from desk.errors import DatabaseTooNew, DeskError
from desk.storage.db import Database

PASSWORD_ENV = "DESK_TEAM_PASSWORD"
CONNECT_TIMEOUT_S = 5
# A server that vanishes (a laptop's Wi-Fi drops) is noticed within about a minute.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 20, "keepalives_interval": 10, "keepalives_count": 3}


class TeamError(DeskError):
    """Something about the team database the user can act on."""


class TeamOffline(TeamError):
    """The server cannot be reached (no network, server down, wrong address)."""

    code = "team_offline"  # the window's own words (ui.refusals); the team's banner shows the state


class TeamAuthFailed(TeamError):
    """The server refused the login: wrong password, or the lead disabled it."""

    code = "team_refused"  # the window's own words (ui.refusals); the team's banner shows the state


class TeamServerUnverified(TeamError):
    """TLS could not verify the server: not our CA, or a certificate for another name."""

    code = "team_unverified"  # the window's own words (ui.refusals); the team's banner shows the state


@dataclass(frozen=True, slots=True)
class TeamAddress:
    host: str  # a host name, or a Unix socket folder
    port: int
    database: str
    user: str | None = None
    ca_file: str | None = None

    @property
    def local(self) -> bool:
        return self.host.startswith("/")

    @classmethod
    def parse(cls, url: str, *, user: str | None = None, ca_file: str | None = None) -> TeamAddress:
        """postgresql://[user@]host[:port]/database[?sslrootcert=CA][&host=/socket/dir]"""
        from sqlalchemy.engine import make_url

        parsed = make_url(url if "://" in url else f"postgresql://{url}")
        if parsed.get_backend_name() != "postgresql":
            raise TeamError(f"A team database is a PostgreSQL URL (postgresql://host/database), not {parsed.drivername}.")
        query = dict(parsed.query)
        mode = query.pop("sslmode", "verify-full")
        host = query.pop("host", None) or parsed.host or "/var/run/postgresql"
        if not host.startswith("/") and mode != "verify-full":
            raise TeamError(f"Desk connects to a team server only with its certificate verified; sslmode={mode} "
                            "is refused (leave it out: Desk uses verify-full).")
        ca = ca_file or query.pop("sslrootcert", None)
        if query:
            raise TeamError(f"Unknown option(s) in the team URL: {', '.join(sorted(query))}.")
        if not parsed.database:
            raise TeamError("The team URL names no database (postgresql://host/database).")
        return cls(host, parsed.port or 5432, parsed.database, user or parsed.username, ca)

    def as_user(self, user: str) -> TeamAddress:
        return replace(self, user=user)

    def display(self) -> str:
        """The URL without password or CA file: for messages and the team.url setting."""
        who = f"{self.user}@" if self.user else ""
        if self.local:
            return f"postgresql://{who}/{self.database}?host={self.host}"
        return f"postgresql://{who}{self.host}:{self.port}/{self.database}"

    def keyring_name(self) -> str:
        return f"team/{self.user}@{self.host}:{self.port}/{self.database}"

    def connect_args(self, password: str | None, application_name: str) -> dict[str, Any]:
        """libpq parameters (psycopg passes them through)."""
        args: dict[str, Any] = {"host": self.host, "port": self.port, "dbname": self.database,
                                "connect_timeout": CONNECT_TIMEOUT_S, "application_name": application_name}
        if self.user:
            args["user"] = self.user
        if password:
            args["password"] = password
        if not self.local:
            args.update(sslmode="verify-full", sslrootcert=self.ca_file or "system", **KEEPALIVES)
        return args


def password_for(address: TeamAddress, password: str | None = None, keyring: bool = True) -> str | None:
    """The login's password: given, from the service environment, or from the keyring. None lets
    libpq find one itself (PGPASSWORD, ~/.pgpass) or use peer authentication on a socket."""
    if password:
        return password
    if env := os.environ.get(PASSWORD_ENV):
        return env
    if address.local or not address.user or not keyring:
        return None
    from desk import secrets

    return secrets.load_app_secret(address.keyring_name())


def remember_password(address: TeamAddress, password: str) -> None:
    from desk import secrets

    secrets.store_app_secret(address.keyring_name(), password)


def engine_options(address: TeamAddress, password: str | None, application_name: str = "desk") -> dict[str, Any]:
    """create_engine options: every libpq parameter in connect_args (none in the URL, so nothing
    secret is ever rendered). No ping before each use (a round trip per query): a connection
    found dead fails that one call (TeamOffline) and SQLAlchemy discards the pool's others."""
    return {"connect_args": address.connect_args(password, application_name), "pool_size": 4, "max_overflow": 4}


URL = "postgresql+psycopg://"


def database(address: TeamAddress, password: str | None = None, application_name: str = "desk",
             keyring: bool = True) -> Database:
    """The team database at `address`, not yet contacted."""
    return Database(URL, engine_options=engine_options(
        address, password_for(address, password, keyring), application_name))


def open_team(address: TeamAddress, password: str | None = None, application_name: str = "desk",
              keyring: bool = True) -> Database:
    """Connect as an agent, lead or worker: the schema must be the one this Desk knows (only
    `desk team init` migrates a team database)."""
    from desk.storage import schema

    db = database(address, password, application_name, keyring)
    try:
        rows = call(db.fetch_all, "SELECT version_num FROM alembic_version")
    except TeamError:
        db.close()
        raise
    revision = rows[0][0] if rows else None
    if revision != schema.HEAD:
        db.close()
        if revision in schema.REVISIONS or revision is None:
            raise TeamError(f"The team database {address.display()} has schema {revision}; this Desk needs "
                            f"{schema.HEAD}. The lead upgrades it with `desk team init`.")
        raise DatabaseTooNew(f"The team database {address.display()} was written by a newer Desk (schema {revision}); "
                             "update Desk.")
    return db


# What libpq says when TLS could not verify the server (or the server offers no TLS).
UNVERIFIED_SIGNS = ("certificate verify failed", "does not match host name", "root certificate",
                    "server certificate", "does not support SSL")


def call(fn, *args, **kwargs):
    """fn(*args, **kwargs), with connection failures turned into TeamError subclasses."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:
        raise as_team_error(exc) or exc from None


def as_team_error(exc: BaseException) -> TeamError | None:
    """The TeamError a connection failure means, or None when `exc` is not one (a bug, a query error)."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, psycopg.OperationalError):
        return None
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    state = getattr(original, "sqlstate", None)
    if state in ("28P01", "28000") or "password authentication failed" in text or "not permitted to log in" in text:
        return TeamAuthFailed(f"The team server refused the login ({text}). Ask the lead: the password may be "
                              "wrong or the login disabled.")
    if any(sign in text for sign in UNVERIFIED_SIGNS):
        return TeamServerUnverified(f"Desk could not verify the team server's certificate ({text}). It did not "
                                    "connect. Check the address and the CA file (--ca-file).")
    return TeamOffline(f"The team server cannot be reached ({text}).")
