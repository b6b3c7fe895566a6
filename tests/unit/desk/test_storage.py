import sqlite3

import pytest

from desk.errors import CorruptDatabase, DatabaseTooNew, NotADeskDatabase
from desk.storage import schema
from desk.storage.db import Database, read_revision


def test_new_cache_is_migrated_to_head_with_wal_and_foreign_keys(db):
    assert read_revision(db.path) == schema.HEAD
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_known_revisions_match_the_alembic_scripts():
    from desk.storage.migrate import script_revisions

    assert tuple(script_revisions()) == schema.REVISIONS


def test_migrations_create_exactly_the_models_schema(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desk.storage.migrate import include_name
    from desk.storage.models import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO conversation_tags(conversation_id, tag) VALUES (999, 'x')")


def test_a_database_from_a_newer_desk_is_refused_and_left_untouched(db):
    path = db.path
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of Desk"):
        Database.open_path(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a cache" * 10)
    with pytest.raises(NotADeskDatabase, match="not a Desk cache"):
        Database.open_path(path)
    assert path.read_bytes().startswith(b"PK")


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "desk.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    with pytest.raises(NotADeskDatabase, match="another program"):
        Database.open_path(path)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["bookmarks"]


def test_a_damaged_database_is_reported_not_overwritten(db):
    path = db.path
    db.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase, match="damaged"):
        Database.open_path(path)
    assert path.read_bytes() == bytes(data)


def test_a_read_only_file_gives_a_clear_error(db):
    """Root ignores permission bits, so this uses SQLite's own read-only mode to be run by anyone."""
    from desk.storage.db import storage_error

    with pytest.raises(sqlite3.OperationalError) as raised:
        conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
        conn.execute("INSERT INTO settings(key, value_json) VALUES ('a', '1')")
    assert "read-only" in str(storage_error(raised.value, db.path))


def test_a_full_disk_gives_a_clear_error(db):
    from desk.storage.db import storage_error

    conn = sqlite3.connect(db.path)
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("INSERT INTO settings(key, value_json) VALUES ('big', ?)", ("x" * 200_000,))
    conn.close()
    message = str(storage_error(raised.value, db.path))
    assert "disk full — free " in message and " MB" in message and "Nothing was changed" in message


def test_an_older_known_revision_is_backed_up_before_migrating(db, monkeypatch):
    path = db.path
    db.close()
    monkeypatch.setattr(schema, "REVISIONS", ("0000", *schema.REVISIONS))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    monkeypatch.setattr(Database, "migrate", lambda self, backup: setattr(self, "backed_up", backup))
    assert Database.open_path(path).backed_up is True


def test_a_cache_at_an_older_revision_is_migrated_with_its_data_and_a_backup(tmp_path):
    from sqlalchemy import create_engine

    from desk.storage.migrate import upgrade

    path = tmp_path / "desk.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, schema.REVISIONS[0])
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings(key, value_json) VALUES ('kept', '1')")
    engine.dispose()
    db = Database.open_path(path)
    assert read_revision(path) == schema.HEAD
    assert db.fetch_all("SELECT value_json FROM settings WHERE key = 'kept'") == [("1",)]
    assert path.with_suffix(".pre-migration.bak").exists()
    db.close()


def test_migrating_a_cache_with_conversations_loses_no_message(tmp_path, accounts, db):
    """Batch migrations rebuild tables on SQLite; with foreign keys on, rebuilding
    `conversations` would cascade into every message."""
    from desk.storage.migrate import downgrade
    from tests.helpers.messages import message
    from desk.storage.ingest import Ingestor

    Ingestor(db).ingest([message(accounts["amazon"], f"m{i}", thread=f"t{i % 3}") for i in range(9)])
    path = db.path
    downgrade(db.engine, "0002")
    db.close()
    assert read_revision(path) == "0002"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM messages").fetchone() == (9,)
    migrated = Database.open_path(path)
    try:
        assert read_revision(path) == schema.HEAD
        assert migrated.fetch_all("SELECT count(*) FROM messages") == [(9,)]
        assert migrated.fetch_all("SELECT count(*) FROM conversations") == [(3,)]
        assert migrated.fetch_all("SELECT count(*) FROM message_fts") == [(9,)]
    finally:
        migrated.close()
