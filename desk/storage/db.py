"""Opening the cache: checks, migrations, and the two ways in (fast reads, SQLAlchemy writes).

Reads on the hot path (queue pages, a conversation's messages, search) go through a plain DB-API
connection per thread: `import sqlalchemy` alone costs ~240 ms here, more than Qt, and the window
must show its first queue page before that. Writes, ingest and migrations use SQLAlchemy,
imported on first use. Both speak the same SQL text with :named parameters.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

from desk.errors import CorruptDatabase, DatabaseTooNew, NotADeskDatabase, StorageUnavailable
from desk.storage import dialects, schema

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_url(path: Path) -> str:
    """For display and dialect choice only: engines are built from the path itself (see `engine`),
    so folders named with ?, # or % work."""
    return f"sqlite:///{path}"


def read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _storage_error(exc: Exception, where: Path | str) -> StorageUnavailable:
    text = str(exc).lower()
    if "full" in text:
        reason = "the disk is full"
    elif "readonly" in text or "read-only" in text or "permission" in text or "access" in text:
        reason = "the folder or file is read-only"
    else:
        reason = str(exc)
    return StorageUnavailable(f"Desk cannot write its cache at {where}: {reason}. Nothing was changed.")


class Database:
    """One workspace's cache: an SQLite file (`path`) or a server URL."""

    def __init__(self, url: str, path: Path | None = None, engine_options: dict[str, Any] | None = None):
        self.url = url
        self.path = path
        # create_engine options for a server (desk.team.connect: TLS, password, timeouts, pool)
        self.engine_options = engine_options or {}
        self.dialect = dialects.for_url(url)
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open_path(cls, path: Path, *, create: bool = True) -> Database:
        """Open (and create or migrate) the SQLite cache at `path`, refusing what is not ours."""
        check_sqlite_file(path)
        db = cls(sqlite_url(path), path)
        revision = read_revision(path) if path.exists() else None
        if revision == schema.HEAD:
            return db
        refuse_newer(revision, path)
        if revision is None and not create:
            raise NotADeskDatabase(f"No Desk cache at {path}.")
        db.migrate(backup=revision is not None)
        return db

    @classmethod
    def open_url(cls, url: str) -> Database:
        """A server database (PostgreSQL for team mode), migrated like a file."""
        from sqlalchemy import inspect, text

        db = cls(url)
        with db.engine.connect() as conn:
            if inspect(conn).has_table("alembic_version"):
                refuse_newer(conn.execute(text("SELECT version_num FROM alembic_version")).scalar(), url)
        db.migrate(backup=False)
        return db

    def migrate(self, backup: bool) -> None:
        from desk.storage.migrate import upgrade

        path = self.path
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                if backup:
                    _backup(path, path.with_suffix(".pre-migration.bak"))
            upgrade(self.engine)
        except (OSError, sqlite3.OperationalError) as exc:
            raise _storage_error(exc, path or self.url) from None
        except Exception as exc:
            if is_storage_failure(exc):
                raise _storage_error(exc, path or self.url) from None
            raise

    @cached_property
    def attachments(self):
        """Where attachment files live: beside an SQLite cache; None on a server database."""
        from desk.storage.attachments import AttachmentStore

        return AttachmentStore(self.path.parent / "attachments") if self.path else None

    # --- writes (SQLAlchemy) ------------------------------------------------------------------

    @cached_property
    def engine(self):
        from sqlalchemy import URL, create_engine

        engine = create_engine(URL.create("sqlite", database=str(self.path)) if self.path else self.url,
                               **self.engine_options)
        self.dialect.configure_engine(engine)
        return engine

    @cached_property
    def sessionmaker(self):
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    # --- reads (DB-API, one connection per thread) --------------------------------------------

    def fetch_all(self, sql: str, params: dict[str, Any] | Sequence[Any] = ()) -> list[tuple]:
        if self.dialect.NAME == "sqlite":
            conn, in_use = self._reader()
            try:
                with in_use:
                    return conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError:
                raise
            except sqlite3.DatabaseError as exc:  # "malformed", "not a database": damage found on read
                raise CorruptDatabase(
                    f"{self.path} is damaged ({exc}). Desk did not change it; restore a backup or move it away."
                ) from None
        from sqlalchemy import text

        # Autocommit: a read needs no BEGIN and ROLLBACK around it (two round trips to a server).
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            return [tuple(r) for r in conn.execute(text(sql), params or {})]

    def _reader(self) -> tuple[sqlite3.Connection, threading.Lock]:
        """This thread's connection, and the lock `close()` takes so it never closes one mid-query
        (closing a sqlite3 connection another thread is reading from crashes the interpreter)."""
        reader = getattr(self._local, "reader", None)
        if reader is None:
            try:
                conn = self.dialect.connect_reader(str(self.path))
            except sqlite3.OperationalError as exc:
                raise _storage_error(exc, self.path) from None
            reader = self._local.reader = (conn, threading.Lock())
            with self._readers_lock:
                self._readers.append(reader)
        return reader

    def close(self) -> None:
        """Close every thread's reader (call when those threads are idle) and the engine."""
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for conn, in_use in readers:
            with in_use:
                conn.close()
        self._local = threading.local()
        if "engine" in self.__dict__:
            self.engine.dispose()


def refuse_newer(revision: str | None, where) -> None:
    if revision is not None and revision not in schema.REVISIONS:
        raise DatabaseTooNew(
            f"{where} was written by a newer version of Desk (schema {revision}). "
            "Update Desk to open it; it was left untouched."
        )


def _backup(source: Path, target: Path) -> None:
    """A consistent copy, WAL content included (a file copy would miss un-checkpointed pages)."""
    src = sqlite3.connect(read_only_uri(source), uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def is_storage_failure(exc: BaseException) -> bool:
    """SQLAlchemy wraps SQLite's full-disk, read-only and I/O errors; look underneath."""
    return isinstance(getattr(exc, "orig", None), sqlite3.OperationalError)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it."""
    if not path.exists():
        return
    if path.is_dir():
        raise NotADeskDatabase(f"{path} is a folder, not a Desk cache.")
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as exc:
        raise _storage_error(exc, path) from None
    if header and header != SQLITE_MAGIC:
        raise NotADeskDatabase(f"{path} is not a Desk cache (not an SQLite database). It was left untouched.")


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing cache; None for an empty file. Opens read-only."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise _storage_error(exc, path) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if not {"alembic_version", "conversations", "messages"} <= tables:
            raise NotADeskDatabase(
                f"{path} is an SQLite database of another program, not a Desk cache. It was left untouched."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageUnavailable(f"{path} is locked by another program; close it and try again.") from None
        if "unable to open" in str(exc) or "readonly" in str(exc):
            raise _storage_error(exc, path) from None
        raise CorruptDatabase(
            f"{path} is damaged ({exc}). Desk did not change it; restore a backup or move it away."
        ) from None
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(
            f"{path} is damaged ({exc}). Desk did not change it; restore a backup or move it away."
        ) from None
    finally:
        conn.close()
