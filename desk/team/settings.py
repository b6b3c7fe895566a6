"""Team-mode settings of this Desk, declared once (key, type, default, description) so they can
join the settings registry. They live in the offline mirror's workspace (`mirror_path`); secrets
never do (desk.team.connect keeps the password in the keyring)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.storage.db import Database
from desk.storage.settings import read_setting, write_setting

MIRROR_FOLDER = "team"


@dataclass(frozen=True, slots=True)
class TeamSetting:
    key: str
    type: type
    default: Any
    description: str


SETTINGS = {s.key: s for s in (
    TeamSetting("team.url", str, "", "The team database this Desk works on: postgresql://login@host/database "
                "(no password; it is kept in the OS keyring)."),
    TeamSetting("team.ca_file", str, "", "The CA certificate (PEM) that signed the team server's certificate; "
                "empty: the system's trusted CAs."),
    TeamSetting("team.mirror_days", int, 3, "The offline mirror also keeps the team's conversations active in "
                "the last N days (besides those assigned to or opened by this agent)."),
    TeamSetting("team.presence_heartbeat_s", int, 15, "How often this Desk tells colleagues it is still viewing "
                "or typing in a conversation (seconds)."),
)}


def mirror_path(data: Path) -> Path:
    """The offline mirror: an SQLite cache with the solo schema, beside the solo workspace."""
    return data / MIRROR_FOLDER / "desk.sqlite3"


def read(db: Database, key: str) -> Any:
    setting = SETTINGS[key]
    value = read_setting(db, key, setting.default)
    return value if isinstance(value, setting.type) else setting.default


def write(db: Database, key: str, value: Any) -> None:
    setting = SETTINGS[key]
    if not isinstance(value, setting.type):
        raise TypeError(f"{key} is a {setting.type.__name__}")
    write_setting(db, key, value)
