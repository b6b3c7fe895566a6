"""sync_msgs_per_s: a full sync of N WhatsApp messages from the sandbox over real HTTP (fake Graph
API -> signed webhooks -> relay -> connector) into a fresh cache."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

PER_WEBHOOK = 10  # Meta batches several messages per POST


def seed(stack, count: int) -> None:
    for start in range(0, count, PER_WEBHOOK):
        stack.sandbox.emit_inbound_batch([
            (f"49151{(start + i) % 997:07d}", f"Kunde {(start + i) % 997}",
             f"Nachricht {start + i}: wo ist mein Paket? 物流 {start + i}")
            for i in range(min(PER_WEBHOOK, count - start))
        ])


def new_workspace(folder: Path, stack):
    from desk.accounts import AccountInfo, save_account
    from desk.domain import Channel
    from desk.storage.db import Database

    db = Database.open_path(folder / "desk.sqlite3")
    account_id = save_account(db, Channel.WHATSAPP, "WhatsApp sandbox", stack.settings())
    return db, AccountInfo(account_id, Channel.WHATSAPP, "WhatsApp sandbox", stack.settings())


async def full_sync(db, account, stack, write) -> int:
    from desk.connectors.registry import build_connector
    from desk.sync.engine import AccountSync
    from desk.sync.store import SyncStore

    # Building HTTP clients loads CA certificates (tens of ms): never on the UI loop.
    connector = await asyncio.to_thread(build_connector, account, stack.secrets())
    try:
        return await AccountSync(account.id, connector, SyncStore(db), write).sync_once()
    finally:
        await connector.aclose()


def bench_sync(messages: int) -> dict:
    from desk.executors import Executors
    from desk.sandbox.stack import start_whatsapp

    with tempfile.TemporaryDirectory() as tmp:
        stack = start_whatsapp(Path(tmp))
        try:
            seed(stack, messages)
            db, account = new_workspace(Path(tmp), stack)
            executors = Executors()
            start = time.perf_counter()
            stored = asyncio.run(full_sync(db, account, stack, executors.write))
            elapsed = time.perf_counter() - start
            executors.shutdown()
            db.close()
        finally:
            stack.stop()
    return {"sync_messages": stored, "sync_msgs_per_s": round(stored / elapsed)}
