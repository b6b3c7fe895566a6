"""Setting up a team and its logins: what `desk team init|join|add-agent|disable-agent|enable-agent`
do (desk.team.cli parses the command line; this module does the work, Qt-free, for the window too)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.storage.db import Database, refuse_newer
from desk.team import access
from desk import settings
from desk.team.settings import mirror_path
from desk.team.connect import (
    TeamAddress,
    TeamError,
    as_team_error,
    call,
    database,
    open_team,
    password_for,
    remember_password,
)


@dataclass(frozen=True, slots=True)
class InitReport:
    created_database: bool
    lead: str | None
    lead_password: str | None  # a new lead's password, to hand over once; None when the lead existed


def init_team(address: TeamAddress, *, lead: str | None = None, languages: tuple[str, ...] = (),
              lead_password: str | None = None, admin_password: str | None = None) -> InitReport:
    """Create the team database if it does not exist, migrate it to this Desk's schema, set up the
    roles and grants (desk.team.access) and the first lead. `address` names the server's
    administrator (a superuser, or the database owner with CREATEROLE and pg_signal_backend).
    Run again after upgrading Desk: it migrates and refreshes the grants."""
    if lead:
        access.check_login_name(lead)
    created = _ensure_database(address, admin_password)
    db = database(address, admin_password, "desk-team-init", keyring=False)
    try:
        _migrate(db, address)
        password = None
        with call(db.engine.begin) as conn:
            access.setup_access(conn)
            if lead and not _is_login(conn, lead):
                password = lead_password or access.new_password()
                _managing(access.add_login, conn, lead, "lead", password, languages)
        return InitReport(created, lead, password)
    finally:
        db.close()


def _ensure_database(address: TeamAddress, admin_password: str | None) -> bool:
    """True when the database had to be created."""
    probe = database(address, admin_password, "desk-team-init", keyring=False)
    try:
        call(probe.fetch_all, "SELECT 1")
        return False
    except TeamError as error:
        if "does not exist" not in str(error):
            raise
    finally:
        probe.close()
    server = database(TeamAddress(address.host, address.port, "postgres", address.user, address.ca_file),
                      admin_password, "desk-team-init", keyring=False)
    try:
        with call(server.engine.connect) as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            name = conn.dialect.identifier_preparer.quote_identifier(address.database)
            conn.exec_driver_sql(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    finally:
        server.close()
    return True


def _migrate(db: Database, address: TeamAddress) -> None:
    from sqlalchemy import inspect, text

    from desk.storage.migrate import upgrade

    with call(db.engine.connect) as conn:
        if inspect(conn).has_table("alembic_version"):
            refuse_newer(conn.execute(text("SELECT version_num FROM alembic_version")).scalar(), address.display())
    call(upgrade, db.engine)


def _is_login(conn, login: str) -> bool:
    from sqlalchemy import text

    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first() is not None


def _managing(fn, *args):
    """Run a login-management call; the server's refusal (a RAISE in the functions, missing
    rights) becomes a TeamError with the server's own sentence."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    try:
        return fn(*args)
    except DBAPIError as exc:
        if isinstance(exc.orig, psycopg.errors.InsufficientPrivilege):
            raise TeamError("Only a lead can manage logins.") from None
        if isinstance(exc.orig, (psycopg.errors.RaiseException, psycopg.errors.DuplicateObject)):
            raise TeamError(exc.orig.diag.message_primary or str(exc.orig)) from None
        raise as_team_error(exc) or exc from None


# --- joining, as an agent -------------------------------------------------------------------------

def join_team(address: TeamAddress, password: str, data: Path) -> Database:
    """Check that this login works on the team server (TLS verified), then keep its password in the
    keyring and the address in the offline mirror's settings. Returns the team database."""
    if not address.user:
        raise TeamError("Say which login joins (--user NAME, or postgresql://NAME@host/database).")
    db = open_team(address, password)
    remember_password(address, password)
    mirror = Database.open_path(mirror_path(data))
    try:
        settings.put_many(mirror, {settings.TEAM_URL.key: address.display(),
                                   settings.TEAM_CA_FILE.key: address.ca_file or ""})
    finally:
        mirror.close()
    return db


def saved_address(data: Path) -> TeamAddress | None:
    """The team this Desk joined (`desk team join`), or None."""
    path = mirror_path(data)
    if not path.exists():
        return None
    mirror = Database.open_path(path)
    try:
        url = settings.get(mirror, settings.TEAM_URL)
        ca_file = settings.get(mirror, settings.TEAM_CA_FILE) or None
    finally:
        mirror.close()
    return TeamAddress.parse(url, ca_file=ca_file) if url else None


# --- a lead managing logins -------------------------------------------------------------------------

def add_agent(db: Database, login: str, kind: str = "agent", languages: tuple[str, ...] = (),
              password: str | None = None) -> str:
    """Create a login (agent, lead or worker); returns its password, to hand over once."""
    if kind not in access.KINDS:
        raise TeamError(f"A login is one of {', '.join(access.KINDS)}, not {kind}.")
    password = password or access.new_password()
    with call(db.engine.begin) as conn:
        _managing(access.add_login, conn, login, kind, password, languages)
    return password


def disable_agent(db: Database, login: str) -> int:
    """Refuse this login from now on (a lost laptop) and end its open sessions, leaving everyone
    else's alone. Returns how many sessions were ended."""
    with call(db.engine.begin) as conn:
        _managing(access.set_login, conn, login, False)
    with call(db.engine.begin) as conn:
        return _managing(access.end_sessions, conn, login)


def enable_agent(db: Database, login: str, password: str | None = None) -> str:
    """Let a disabled login in again, with a new password (the old one went with the laptop)."""
    password = password or access.new_password()
    with call(db.engine.begin) as conn:
        _managing(access.set_login, conn, login, True, password)
    return password


def lead_database(address: TeamAddress | None, data: Path, password: str | None = None) -> Database:
    """The team database as the login of this Desk (or the one in `address`)."""
    address = address or saved_address(data)
    if address is None:
        raise TeamError("This Desk has not joined a team: give --team URL, or run `desk team join URL` first.")
    return open_team(address, password_for(address, password))

