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
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def script_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
