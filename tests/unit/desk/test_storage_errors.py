"""Honest storage errors on a really full disk (issue 10): "disk full — free N MB" rather than
"damaged", no raw SQL, "nothing was changed" only when true, no empty cache left behind.

The disk is a small tmpfs mounted for the test (needs root, as `make test` and CI run)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from desk.errors import StorageUnavailable
from desk.storage.db import Database, read_revision
from desk.storage.migrate import upgrade


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int = 0) -> None:
    """Fill the disk to the last byte, then give `leave` bytes back."""
    with (disk / "filler").open("wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 65536)
        except OSError:
            pass
    if leave:
        os.truncate(disk / "filler", (disk / "filler").stat().st_size - leave)


def old_cache(path: Path) -> None:
    from sqlalchemy import create_engine

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings(key, value_json) VALUES ('kept', ?)", ("x" * 300_000,))
    engine.dispose()


def assert_plain(message: str) -> None:
    assert "[SQL" not in message and "BEGIN" not in message and "(Background on this error" not in message


def test_a_healthy_cache_on_a_full_disk_is_not_called_damaged(small_disk):
    path = small_disk / "desk.sqlite3"
    Database.open_path(path).close()
    fill(small_disk)
    with pytest.raises(StorageUnavailable) as raised:
        Database.open_path(path).fetch_all("SELECT count(*) FROM messages")
    message = str(raised.value)
    assert "disk full — free " in message and " MB" in message and "damaged" not in message
    assert_plain(message)
    (small_disk / "filler").unlink()
    assert read_revision(path) is not None  # it was healthy all along


@pytest.mark.parametrize("room", [0, 300_000, 700_000])
def test_a_migration_on_a_full_disk_says_plainly_what_became_of_the_cache(small_disk, room):
    path = small_disk / "desk.sqlite3"
    old_cache(path)
    header = path.read_bytes()[:100]
    fill(small_disk, leave=room)
    with pytest.raises(StorageUnavailable) as raised:
        Database.open_path(path)
    message = str(raised.value)
    assert_plain(message)
    assert "disk full — free " in message
    if "Nothing was changed" in message:
        assert path.read_bytes()[:100] == header
    else:
        assert "rolled back" in message
    (small_disk / "filler").unlink()
    assert read_revision(path) == "0004"
    backup = path.with_suffix(".pre-migration.bak")
    assert not backup.exists() or read_revision(backup) == "0004"


def test_a_new_workspace_on_a_full_disk_leaves_no_empty_cache(small_disk):
    fill(small_disk)
    path = small_disk / "new" / "desk.sqlite3"
    with pytest.raises(StorageUnavailable) as raised:
        Database.open_path(path)
    assert "disk full" in str(raised.value) and "Nothing was kept" in str(raised.value)
    assert_plain(str(raised.value))
    assert not path.exists() and not any(path.parent.glob("desk.sqlite3*"))
