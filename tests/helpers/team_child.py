"""Team-mode actors in their own processes, for race tests against a real PostgreSQL.

    python -m tests.helpers.team_child agent URL CA SEED         take from the unassigned queue: claim, reply, resolve
    python -m tests.helpers.team_child sender URL CA ACCOUNT LOG drain an account's outbox, recording sends in LOG
    python -m tests.helpers.team_child lease URL CA ACCOUNTS...  take what leases it can, print them, hold until stdin closes

URL names the login; its password comes in $DESK_TEAM_PASSWORD. Each prints one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
from pathlib import Path


def _team(url: str, ca: str):
    from desk.team.connect import TeamAddress, open_team

    return open_team(TeamAddress.parse(url, ca_file=ca), application_name="desk-test")


def agent(url: str, ca: str, seed: str) -> dict:
    from desk.bench.team import take_from_queue

    db = _team(url, ca)
    me = db.fetch_all("SELECT current_user")[0][0]
    try:
        return {"agent": me, **take_from_queue(db, me, random.Random(int(seed)))}
    finally:
        db.close()


class RecordingPlatform:
    """Sends are lines appended to a file shared by every sender process (O_APPEND: whole lines)."""

    def __init__(self, log: Path):
        self.log = log

    def _sent(self) -> set[str]:
        return set(self.log.read_text().split()) if self.log.exists() else set()

    async def send(self, message):
        from desk.domain.records import SendResult

        with self.log.open("a") as f:
            f.write(message.idempotency_key + "\n")
        return SendResult(f"sent-{message.idempotency_key}")

    async def find_sent(self, message):
        from desk.domain.records import SendResult

        return SendResult(f"sent-{message.idempotency_key}") if message.idempotency_key in self._sent() else None


def sender(url: str, ca: str, account: str, log: str) -> dict:
    from desk.sync.outbox import OutboxSender

    db = _team(url, ca)

    async def write(fn, *args):
        return fn(*args)

    # Not the sole sender: several of these drain the same account at once.
    sent = asyncio.run(OutboxSender(db, write, sole_sender=False).drain(int(account), RecordingPlatform(Path(log))))
    db.close()
    return {"sent": sent}


def lease(url: str, ca: str, *accounts: str) -> None:
    from desk.team.leases import AccountLeases

    db = _team(url, ca)
    leases = AccountLeases(db)
    got = [int(a) for a in accounts if leases.try_acquire(int(a))]
    print(json.dumps({"leases": got}), flush=True)
    sys.stdin.read()  # hold until the test closes stdin (or kills this process)
    leases.close()
    db.close()


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "lease":
        lease(*arguments)
    else:
        print(json.dumps({"agent": agent, "sender": sender}[command](*arguments)), flush=True)
