"""Translations of a conversation's messages into the agent's language, fetched in the background
and shown beside the originals as they arrive."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk.app import translation
from desk.domain import ConversationView
from ui.labels import translation_problem
from ui.ops import run
from ui.reading.view import ConversationPane, ShownTranslation


class ThreadTranslator(QObject):
    """Signals:
        done(int): this conversation's translations (or why there are none) are on screen.
    """

    done = Signal(int)

    def __init__(self, pane: ConversationPane, ws, bridge, parent=None):
        super().__init__(parent)
        self.pane = pane
        self.ws = ws
        self.bridge = bridge

    def show(self, conversation: ConversationView) -> None:
        messages = translation.needing_translation(self.ws, conversation)
        if not messages:
            self.done.emit(conversation.id)
            return
        self.pane.show_translations(conversation.id, {m.id: ShownTranslation() for m in messages})
        run(translation.translate_thread(self.ws, conversation), self.bridge,
            on_done=lambda found: self._shown(conversation.id, found), name="translate-thread")

    def _shown(self, conversation_id: int, found: dict) -> None:
        self.pane.show_translations(conversation_id, {
            message_id: ShownTranslation(t.text, t.provider) if t.text else ShownTranslation(problem=translation_problem(t.problem))
            for message_id, t in found.items()})
        self.done.emit(conversation_id)
