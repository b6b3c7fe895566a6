"""Where team mode keeps this Desk's own state: the offline mirror's workspace (`mirror_path`),
which also holds the team settings (declared in desk.settings: team.url, team.ca_file...); secrets
never go there (desk.team.connect keeps the password in the keyring)."""

from __future__ import annotations

from pathlib import Path

MIRROR_FOLDER = "team"


def mirror_path(data: Path) -> Path:
    """The offline mirror: an SQLite cache with the solo schema, beside the solo workspace."""
    return data / MIRROR_FOLDER / "desk.sqlite3"
