"""The `settings` table: JSON values by key. Only desk.settings (the registry) calls this module;
everything else reads and writes settings through it. Secrets: desk.secrets."""

from __future__ import annotations

import json
from typing import Any

from desk.storage.db import Database


def read_setting(db: Database, key: str, default: Any = None) -> Any:
    rows = db.fetch_all("SELECT value_json FROM settings WHERE key = :k", {"k": key})
    if not rows:
        return default
    try:
        return json.loads(rows[0][0])
    except ValueError:  # a hand-edited or damaged value: the default, never a crash
        return default


def write_settings(db: Database, values: dict[str, Any]) -> None:
    """Store every value in one transaction."""
    from desk.storage.models import Setting

    with db.sessionmaker.begin() as session:
        for key, value in values.items():
            session.merge(Setting(key=key, value_json=json.dumps(value, ensure_ascii=False, sort_keys=True)))
