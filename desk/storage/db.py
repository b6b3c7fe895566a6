"""Opening the cache: checks, migrations, and the two ways in (fast reads, SQLAlchemy writes).

Reads on the hot path (queue pages, a conversation's messages, search) go through a plain DB-API
connection per thread: `import sqlalchemy` alone costs ~240 ms here, more than Qt, and the window
must show its first queue page before that. Writes, ingest and migrations use SQLAlchemy,
imported on first use. Both speak the same SQL text with :named parameters.
"""

from __future__ import annotations

import logging
import shutil
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


MIN_FREE_BYTES = 64 * 2**20  # what Desk wants free beside its cache to write safely (WAL, checkpoints)
_DAMAGE = ("malformed", "not a database", "corrupt", "encrypted")


def _reason_text(exc: BaseException) -> str:
    """The driver's own words: SQLAlchemy wraps them with the SQL it ran, which is no help to an agent."""
    return str(getattr(exc, "orig", None) or exc)


def free_bytes_needed(where: Path) -> int:
    """How much more free space the folder of `where` needs (0 when there is enough): the minimum
    plus room for a copy of the cache (a migration writes a backup and rebuilds tables)."""
    folder = where if where.is_dir() else where.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        free = shutil.disk_usage(folder).free
        size = where.stat().st_size if where.is_file() else 0
    except OSError:
        return 0
    return max(0, MIN_FREE_BYTES + 2 * size - free)


def _disk_is_full(text: str, where: Path | None) -> bool:
    if "full" in text or "no space" in text:
        return True
    # A full disk often shows as an I/O error (SQLite cannot grow its -shm or WAL file).
    return where is not None and ("i/o" in text or "disk" in text) and free_bytes_needed(where) > 0


def storage_error(exc: BaseException, where: Path | str, *, outcome: str = "Nothing was changed.") -> StorageUnavailable:
    """A plain sentence for a failed read or write: what is wrong, what to do, and what became of the cache."""
    text = _reason_text(exc).lower()
    path = where if isinstance(where, Path) else None
    if _disk_is_full(text, path):
        needed = (free_bytes_needed(path) if path is not None else 0) or MIN_FREE_BYTES
        reason = f"disk full — free {-(-needed // 2**20)} MB on that disk and start Desk again"
    elif "readonly" in text or "read-only" in text or "permission" in text or "access" in text:
        reason = "the folder or file is read-only"
    elif "locked" in text or "busy" in text:
        reason = "another program is using it; close that program and try again"
    else:
        reason = _reason_text(exc).split("\n")[0][:200]
    return StorageUnavailable(f"Desk cannot use its cache at {where}: {reason}. {outcome}".rstrip())


def _read_error(exc: sqlite3.DatabaseError, path: Path) -> Exception:
    """Damage only when SQLite says so; a full disk, a lock or a read-only file are not damage."""
    text = str(exc).lower()
    if any(word in text for word in _DAMAGE) and not _disk_is_full(text, path):
        return CorruptDatabase(f"{path} is damaged ({exc}). Desk did not change it; restore a backup or move it away.")
    return storage_error(exc, path)


class Database:
    """One workspace's cache: an SQLite file (`path`) or a server URL."""

    def __init__(self, url: str, path: Path | None = None, engine_options: dict[str, Any] | None = None):
        self.url = url
        self.path = path
        # create_engine options for a server (desk.team.connect: TLS, password, timeouts, pool)
        self.engine_options = engine_options or {}
        self.dialect = dialects.for_url(url)
        # Where this login's own data lives (agent-scoped settings, reply drafts): on a team
        # database, the agent's offline mirror (desk.app.team); None: here.
        self.personal: Database | None = None
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
        """Bring the schema to head in one transaction. On failure the error says truthfully what
        became of the cache: unchanged, rolled back to its old data, or (a new one) not kept."""
        from desk.storage.migrate import upgrade

        path = self.path
        before = _file_state(path)
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                if backup:
                    _backup(path, path.with_suffix(".pre-migration.bak"))
            upgrade(self.engine)
        except Exception as exc:
            if not (isinstance(exc, (OSError, sqlite3.OperationalError)) or is_storage_failure(exc)):
                raise
            outcome = self._after_failed_migration(before)
            raise storage_error(exc, path or self.url, outcome=outcome) from None

    def _after_failed_migration(self, before: tuple | None) -> str:
        if "engine" in self.__dict__:
            self.engine.dispose()
        path = self.path
        if path is None:
            return "The migration was rolled back."
        if before is None:  # a new cache: leave nothing half-made behind
            for made in (path, *_side_files(path)):
                made.unlink(missing_ok=True)
            return "Nothing was kept."
        if _file_state(path) == before:
            return "Nothing was changed."
        return "The migration was rolled back: the cache holds what it held before."

    @cached_property
    def attachments(self):
        """Where attachment bytes live: files beside an SQLite cache; rows of the database on a
        server database (copied to the user's cache folder when read as files)."""
        from desk.paths import team_files
        from desk.storage.attachments import AttachmentStore, DatabaseFileStore

        if self.path:
            return AttachmentStore(self.path.parent / "attachments")
        return DatabaseFileStore(self.engine, team_files())

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
            except sqlite3.OperationalError as exc:
                if _disk_is_full(str(exc).lower(), self.path):
                    raise storage_error(exc, self.path) from None
                raise
            except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
                raise  # a bug in the query or its parameters, not damage: never blame the disk for it
            except sqlite3.DatabaseError as exc:  # "malformed", "not a database": damage found on read
                raise _read_error(exc, self.path) from None
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
                raise storage_error(exc, self.path) from None
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
    """A consistent copy, WAL content included (a file copy would miss un-checkpointed pages); a
    copy that could not be finished (a full disk) is removed, not left looking like a backup."""
    src = sqlite3.connect(read_only_uri(source), uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except BaseException:
        dst.close()
        for partial in (target, *_side_files(target)):
            partial.unlink(missing_ok=True)
        raise
    finally:
        dst.close()
        src.close()


def _side_files(path: Path) -> tuple[Path, ...]:
    return tuple(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))


def _file_state(path: Path | None) -> tuple | None:
    """Size and header of a cache file (None when there is none): enough to tell whether it changed."""
    try:
        with path.open("rb") as f:
            return path.stat().st_size, f.read(100)
    except (OSError, AttributeError):
        return None


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
        raise storage_error(exc, path) from None
    if header and header != SQLITE_MAGIC:
        raise NotADeskDatabase(f"{path} is not a Desk cache (not an SQLite database). It was left untouched.")


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing cache; None for an empty file. Opens read-only."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from None
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
        raise _read_error(exc, path) from None
    except sqlite3.DatabaseError as exc:
        raise _read_error(exc, path) from None
    finally:
        conn.close()
