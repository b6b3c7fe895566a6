"""An in-memory platform behind the Connector protocol, for testing sync and the outbox logic.

The protocol connectors themselves are tested against real servers and protocol fakes; this one
lets a test script failures at exact moments.
"""

from __future__ import annotations

from datetime import timedelta

from desk.connectors.base import SyncBatch
from desk.domain import Direction, IncomingMessage
from desk.domain.records import OutgoingMessage, SendResult
from tests.helpers.messages import NOW


class ScriptedPlatform:
    def __init__(self, account_id: int, count: int = 10, page: int = 3):
        self.account_id = account_id
        self.page = page
        self.inbox = [self.message(i) for i in range(count)]
        self.failures: list[Exception] = []  # raised by the next calls, in order
        self.sent: list[OutgoingMessage] = []
        self.lose_send_results = 0  # the next sends happen but raise (as a timeout after DATA would)

    def message(self, i: int) -> IncomingMessage:
        return IncomingMessage(self.account_id, f"m{i}", f"thread-{i % 3}", Direction.IN, f"message {i}",
                               NOW - timedelta(minutes=100 - i), customer_name=f"Buyer {i % 3}",
                               customer_email=f"buyer{i % 3}@example.com")

    def _maybe_fail(self) -> None:
        if self.failures:
            raise self.failures.pop(0)

    async def pull(self, cursor):
        self._maybe_fail()
        start = (cursor or {}).get("next", 0)
        items = self.inbox[start : start + self.page]
        end = start + len(items)
        return SyncBatch(cursor={"next": end}, messages=items, more=end < len(self.inbox))

    async def send(self, message: OutgoingMessage) -> SendResult:
        self._maybe_fail()
        self.sent.append(message)
        if self.lose_send_results:
            from desk.connectors.base import Ambiguous

            self.lose_send_results -= 1
            raise Ambiguous("timed out after the message was handed over")
        return SendResult(f"sent-{message.idempotency_key}")

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        if any(m.idempotency_key == message.idempotency_key for m in self.sent):
            return SendResult(f"sent-{message.idempotency_key}")
        return None

    async def aclose(self) -> None:
        pass
