"""Workspace settings: non-secret JSON values by key in the `settings` table (secrets: desk.secrets)."""

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


def write_setting(db: Database, key: str, value: Any) -> None:
    from desk.storage.models import Setting

    with db.sessionmaker.begin() as session:
        session.merge(Setting(key=key, value_json=json.dumps(value, ensure_ascii=False, sort_keys=True)))
