"""A sync round in a separate process, so a test can SIGKILL it at a crash point and restart it.

Usage: python -m tests.helpers.sync_child DB ACCOUNT_ID  (connector settings in DESK_TEST_WHATSAPP as JSON)
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path


async def _run_round(db_path: str, account_id: int) -> None:
    from desk.connectors.whatsapp.connector import WhatsAppConnector, WhatsAppSettings
    from desk.storage.db import Database
    from desk.sync.engine import AccountSync
    from desk.sync.store import SyncStore

    config = json.loads(os.environ["DESK_TEST_WHATSAPP"])
    db = Database.open_path(Path(db_path))
    connector = WhatsAppConnector(account_id, WhatsAppSettings(**config["settings"]),
                                  config["access_token"], config["relay_token"])

    async def write(fn, *args, **kwargs):
        return fn(*args, **kwargs)

    try:
        await AccountSync(account_id, connector, SyncStore(db), write).round()
    finally:
        await connector.aclose()
        db.close()


if __name__ == "__main__":
    asyncio.run(_run_round(sys.argv[1], int(sys.argv[2])))
