"""Translations of a conversation's messages into the agent's language, fetched in the background
(one batched request for the thread; the cache answers what was translated before, also offline)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desk.storage.conversations import ConversationView, MessageView
from ui.labels import translation_problem
from ui.ops import spawn
from ui.reading.view import ConversationPane, ShownTranslation
from ui.services import Services


class ThreadTranslator(QObject):
    def __init__(self, pane: ConversationPane, services: Services, parent=None):
        super().__init__(parent)
        self.pane = pane
        self.services = services

    def wanted(self, conversation: ConversationView) -> list[MessageView]:
        """The messages not written in the agent's language (internal notes never need it)."""
        target = self.services.agent_language
        return [m for m in conversation.messages
                if m.direction != "note" and m.text.strip() and (m.language or conversation.language) not in (None, target)]

    def show(self, conversation: ConversationView) -> None:
        messages = self.wanted(conversation)
        if messages and self.services.translation is not None:
            self.pane.show_translations(conversation.id, {m.id: ShownTranslation() for m in messages})
            spawn(self._translate(conversation, messages), name="translate-thread")

    async def _translate(self, conversation: ConversationView, messages: list[MessageView]) -> None:
        service, target = self.services.translation, self.services.agent_language
        by_language: dict[str, list[MessageView]] = {}
        for m in messages:
            by_language.setdefault(m.language or conversation.language, []).append(m)
        shown: dict[int, ShownTranslation] = {}
        for source, group in by_language.items():
            results = await service.translate_many([m.text for m in group], source, target)
            for m, result in zip(group, results):
                shown[m.id] = (ShownTranslation(result.translated, result.provider or "") if result.ok
                               else ShownTranslation(problem=translation_problem(result.state)))
        self.pane.show_translations(conversation.id, shown)
