"""Alembic, driven from code: `upgrade(engine)` brings any known revision to head."""

from __future__ import annotations

from alembic import command
from alembic.config import Config


def include_name(name, type_, parent_names) -> bool:
    """Autogenerate ignores the search index: FTS5 virtual tables and their shadow tables."""
    return not (type_ == "table" and name and (name.endswith("_fts") or "_fts_" in name))


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", "desk.storage:migrations")
    config.attributes["connection"] = connection
    return config


def upgrade(engine, revision: str = "head") -> None:
    _run(engine, command.upgrade, revision)


def downgrade(engine, revision: str) -> None:
    _run(engine, command.downgrade, revision)


def _run(engine, step, revision: str) -> None:
    """One migration run in one transaction. On SQLite, foreign keys are off meanwhile: a batch
    migration rebuilds a table by copy, drop and rename, and dropping `conversations` with foreign
    keys on would cascade into every message (SQLite's documented procedure for ALTER TABLE)."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:  # only takes effect outside a transaction, so on the DB-API connection first
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                step(alembic_config(connection), revision)
                if sqlite and (broken := connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()):
                    raise RuntimeError(f"migration left rows pointing at missing rows: {broken[:5]}")
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


def script_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
