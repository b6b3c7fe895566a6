"""The open conversation: opens it through the application layer and hands it to the pane, the
reply box, the translations and the sidebar; reopens it when a change names it; runs the
conversation's own actions (clear an escalation, no response needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desk.app import conversations, lifecycle, replies
from ui.ops import run
from ui.reading.ai_draft import AiDrafter
from ui.reading.assist import ReplyAssistant
from ui.reading.translate import ThreadTranslator
from ui.reading.view import ConversationPane


class ConversationController(QObject):
    """Signals:
        shown(int): the conversation with this id is on screen.
        translated(int): and its messages' translations (or why there are none) too.
        costs_shown(int, int): this many WhatsApp replies of the conversation show their cost.
        linked(int): and the conversations linked to it, in its header.
        file_ready(str): a customer's file the agent clicked is at this path (opened in a viewer, or
            saved where they chose).
    """

    shown = Signal(int)
    translated = Signal(int)
    costs_shown = Signal(int, int)
    linked = Signal(int)
    file_ready = Signal(str)

    def __init__(self, pane: ConversationPane, sidebar, ws, bridge, parent=None):
        super().__init__(parent)
        self.pane, self.sidebar, self.ws, self.bridge = pane, sidebar, ws, bridge
        self.assistant = ReplyAssistant(pane.composer, ws, bridge, self)
        self.drafter = AiDrafter(pane.composer, ws, bridge, self)
        self.translator = ThreadTranslator(pane, ws, bridge, self)
        self.translator.done.connect(self.translated)
        self.last_translated: int | None = None  # the last conversation whose translations were shown
        self.translated.connect(self._remember_translated)
        self.wanted: int | None = None  # the conversation the agent asked for last
        pane.composer.no_response_requested.connect(self.mark_no_response_needed)
        pane.everything_requested.connect(self.show_everything)
        pane.attachment_requested.connect(self.open_attachment)
        self.open_url = QDesktopServices.openUrl  # the PC's viewer for a file
        self.ask_save_path = self._ask_save_path
        sidebar.knowledge.insert_requested.connect(self.assistant.insert_text)
        self.assistant.sent.connect(self._show_costs)

    def _remember_translated(self, conversation_id: int) -> None:
        self.last_translated = conversation_id

    @property
    def conversation_id(self) -> int | None:
        return self.pane.conversation_id

    def open(self, conversation_id: int) -> None:
        self.wanted = conversation_id
        run(conversations.open_conversation(self.ws, conversation_id), self.bridge, name="open-conversation",
            on_done=lambda opened: self._show(conversation_id, opened))

    def clear(self) -> None:
        self.wanted = None
        self.pane.show_placeholder()

    def _show(self, conversation_id: int, opened) -> None:
        if opened is None or conversation_id != self.wanted:
            return  # gone, or the agent moved on meanwhile
        conversation = opened.conversation
        self.pane.show_conversation(conversation)
        self.assistant.show(conversation)
        self.drafter.show(conversation)
        self.translator.show(conversation)
        self.sidebar.order.show_order(opened.order, conversation)
        self.sidebar.knowledge.show_conversation(conversation, opened.market)
        self.sidebar.notes.show_market(opened.market, conversation.language)
        if conversation.channel == "whatsapp":
            self._show_costs(conversation_id)
        self.shown.emit(conversation_id)
        run(lifecycle.linked(self.ws, conversation_id), self.bridge, name="linked",
            on_done=lambda links: self._show_links(conversation_id, links))

    def _show_costs(self, conversation_id: int) -> None:
        """What each WhatsApp reply of the conversation was estimated to cost, beside it."""
        if self.pane.conversation is not None and self.pane.conversation.channel == "whatsapp":
            run(replies.message_costs(self.ws, conversation_id), self.bridge, name="message-costs",
                on_done=lambda costs: self._costs_arrived(conversation_id, costs))

    def _costs_arrived(self, conversation_id: int, costs: dict) -> None:
        self.pane.show_costs(conversation_id, costs)
        self.costs_shown.emit(conversation_id, len(costs))

    def _show_links(self, conversation_id: int, links: list) -> None:
        if conversation_id == self.conversation_id:
            self.pane.show_links(conversation_id, links)
            self.linked.emit(conversation_id)

    def on_changed(self, changes, _initiator) -> None:
        """Reload the conversation shown when a change names it (the window connects this after the
        queue's own listener, so an action's queue refresh is read first)."""
        current = self.conversation_id
        if current is not None and (changes.touches(current) or changes.settings):
            self.open(current)

    def show_everything(self, message) -> None:
        run(conversations.full_text(self.ws, message), self.bridge, name="full-text",
            on_done=lambda text: self.pane.open_full_text(message, text))

    def open_attachment(self, attachment) -> None:
        """A customer's file: pictures, PDF and text open in the PC's viewer; anything else is saved
        where the agent says, never opened (a sender names and types a file as they like)."""
        if conversations.viewable(attachment):
            run(conversations.attachment_copy(self.ws, attachment), self.bridge, name="open-file",
                on_done=self._open_in_viewer, on_error=self._file_failed)
            return
        target = self.ask_save_path(attachment.filename)
        if target:
            run(conversations.save_attachment(self.ws, attachment, Path(target)), self.bridge, name="save-file",
                on_done=self._saved, on_error=self._file_failed)

    def _ask_save_path(self, filename: str) -> str:
        return QFileDialog.getSaveFileName(self.pane, self.tr("Save the customer's file"), str(Path.home() / filename))[0]

    def _open_in_viewer(self, path: Path) -> None:
        self.open_url(QUrl.fromLocalFile(str(path)))
        self.file_ready.emit(str(path))

    def _file_failed(self, error) -> None:
        missing = isinstance(error, conversations.FileMissing)
        self.bridge.message.emit(self.tr("This file is not on this computer (it is not kept offline): open it once "
                                         "Desk is back online.") if missing else str(error))

    def _saved(self, path: Path) -> None:
        self.bridge.message.emit(self.tr("Saved %1").replace("%1", str(path)))
        self.file_ready.emit(str(path))

    # --- the conversation's actions -------------------------------------------------------------

    def clear_escalation(self) -> None:
        if self.conversation_id is not None:
            run(conversations.clear_escalation(self.ws, self.conversation_id), self.bridge, initiator=self)

    def mark_no_response_needed(self) -> None:
        if self.conversation_id is not None:
            run(conversations.mark_no_response_needed(self.ws, self.conversation_id), self.bridge, initiator=self,
                on_done=lambda _changes: self.pane.composer.show_notice(
                    self.tr("Marked as needing no response: the SLA clock stopped.")))
