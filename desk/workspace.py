"""Opening a workspace: the user's cache, or the demo built from the bundled data."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from pathlib import Path

from desk.errors import StorageUnavailable
from desk.paths import workspace_db
from desk.storage.db import (
    Database,
    check_sqlite_file,
    is_storage_failure,
    read_only_uri,
    storage_error,
    read_revision,
    refuse_newer,
    sqlite_url,
)
from desk.storage import schema

log = logging.getLogger(__name__)

DEMO_MAX_AGE_S = 12 * 3600  # the demo's times are relative: rebuild it when it has grown stale


def open_workspace(data_dir: Path, demo: bool = False) -> Database:
    """Open the workspace, building the demo or migrating the cache first when needed (slow)."""
    path = workspace_db(data_dir, demo)
    if demo and _demo_is_stale(path):
        _build_demo(path)
    return Database.open_path(path)


def open_ready_workspace(data_dir: Path, demo: bool = False) -> Database | None:
    """The workspace when it opens as it is (cheap checks only), else None: then it needs
    `open_workspace` on a worker thread. Bad files raise the same DeskErrors either way."""
    path = workspace_db(data_dir, demo)
    if not path.exists():
        return None
    check_sqlite_file(path)
    if read_revision(path) != schema.HEAD or (demo and _demo_build_is_stale(path)):
        return None
    return Database(sqlite_url(path), path)


def _demo_is_stale(path: Path) -> bool:
    if not path.exists():
        return True
    check_sqlite_file(path)
    revision = read_revision(path)
    refuse_newer(revision, path)  # a demo from a newer Desk is not ours to replace
    return revision != schema.HEAD or _demo_build_is_stale(path)


def _demo_build_is_stale(path: Path) -> bool:
    """A demo at the current schema: built from other data files, or too long ago."""
    from desk.settings import DEMO_BUILT  # here: a user's workspace opens without the settings module

    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        row = conn.execute("SELECT value_json FROM settings WHERE key = ?", (DEMO_BUILT.key,)).fetchone()
    finally:
        conn.close()
    if row is None:
        return True
    built = json.loads(row[0])
    from desk.demo.data_files import data_fingerprint

    return built.get("fingerprint") != data_fingerprint() or time.time() - built.get("at", 0) > DEMO_MAX_AGE_S


def _build_demo(path: Path) -> None:
    """Build into a temporary file and swap it in, so a crash never leaves half a demo."""
    from desk.demo.data_files import data_fingerprint
    from desk.demo.workspace import load_demo
    from desk.settings import DEMO_BUILT, put

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageUnavailable(f"Desk cannot create {path.parent}: {exc.strerror}.") from None
    tmp = path.with_name(path.name + ".building")
    side_files = (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"))
    for stale in side_files:
        stale.unlink(missing_ok=True)
    db = Database.open_path(tmp)
    try:
        count = load_demo(db)
        put(db, DEMO_BUILT, {"fingerprint": data_fingerprint(), "at": time.time()})
    except Exception as exc:
        db.close()
        for partial in side_files:
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError) or is_storage_failure(exc):
            raise storage_error(exc, path, outcome="The demo was not built; nothing was kept.") from None
        raise
    finally:
        db.close()  # the last connection to close checkpoints and removes the WAL
    for old in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        old.unlink(missing_ok=True)
    os.replace(tmp, path)
    log.info("demo workspace built: %d conversations at %s", count, path)
