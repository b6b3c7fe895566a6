"""The window's side of triage: after sync stores messages, read the new customer messages in the
background (language, intent, escalation), route what needs a specialist and send the automatic
replies the agent switched on. One pass at a time; a request during a pass runs one more."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ui.ops import load_modules, spawn
from ui.services import Services

log = logging.getLogger(__name__)


class TriageController(QObject):
    """Signals:
        annotated(int): this many conversations were triaged in the last pass (> 0).
        auto_replied(int): a reply was queued automatically in this conversation.
    """

    annotated = Signal(int)
    auto_replied = Signal(int)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self._running = False
        self._again = False

    def request(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        spawn(self._run(), name="triage")

    async def _run(self) -> None:
        try:
            while True:
                self._again = False
                await self._pass()
                if not self._again:
                    break
        finally:
            self._running = False

    async def _pass(self) -> None:
        await load_modules(self.services.executors, "desk.routing.autoreply", "desk.triage")
        from desk.routing.annotate import annotate_pending
        from desk.routing.autoreply import send_automatic_replies
        from desk.triage import classify

        executors, db = self.services.executors, self.services.db
        total = 0
        while True:
            report = await executors.write(annotate_pending, db, classify)
            if not report.conversations:
                break
            total += len(report.conversations)
            sent = await executors.write(send_automatic_replies, db, report.conversations,
                                         agent_name=self.services.agent_name)
            for conversation_id in sent:
                self.auto_replied.emit(conversation_id)
            await self._prefetch_translations(report.conversations)
        if total:
            self.annotated.emit(total)

    async def _prefetch_translations(self, conversation_ids: list[int]) -> None:
        """Translate the customer's new messages as they arrive, one request per language: by the
        time the agent opens the conversation (or goes offline) the translations are cached."""
        from desk.routing.annotate import unanswered_messages

        service = self.services.translation
        if service is None or service.offline:
            return
        waiting = await self.services.executors.read(unanswered_messages, self.services.db, conversation_ids)
        by_language: dict[str, list[str]] = {}
        for text, language in waiting:
            if language and language != self.services.agent_language:
                by_language.setdefault(language, []).append(text)
        for language, texts in by_language.items():
            await service.translate_many(texts, language, self.services.agent_language)
