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


def team_files() -> Path:
    """Local copies of a team database's attachment bytes (content-addressed: teams may share it)."""
    return data_dir() / "team-files"


def workspace_db(data: Path, demo: bool = False) -> Path:
    return (data / "demo" if demo else data) / DATABASE_FILE


def ensure_writable_folder(folder: Path) -> None:
    """Create the workspace folder if needed and prove it is writable (permission bits lie to
    root, to ACLs and on Windows, so this writes a file)."""
    probe = folder / f".desk-write-check-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.close(os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        probe.unlink()
    except OSError as exc:
        from desk.errors import StorageUnavailable

        reason = exc.strerror or exc.__class__.__name__
        raise StorageUnavailable(
            f"Desk cannot write to its data folder {folder}: {reason}. "
            "Choose a folder you can write to with --data-dir, or fix its permissions."
        ) from None
