"""Where Desk keeps its files. Every path goes through here so tests can redirect them."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "DESK_DATA_DIR"
DATABASE_FILE = "desk.sqlite3"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """--data-dir, else $DESK_DATA_DIR, else the platform's per-user data folder."""
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(DATA_DIR_ENV):
        return Path(env).expanduser()
    import platformdirs  # only when needed: the start path avoids the import

    return Path(platformdirs.user_data_dir("Desk", "Desk"))


def workspace_db(data: Path, demo: bool = False) -> Path:
    return (data / "demo" if demo else data) / DATABASE_FILE
