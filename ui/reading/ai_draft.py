"""The reply box's AI draft (desk.app.drafting): offered only when the workspace switched AI drafts on
with a provider and a model (Settings → AI drafts). The provider's words stream in above the reply;
the finished draft replaces the reply as one edit the agent can undo, in the customer's language, so
the preview below translates it into the agent's language and the policy check marks it like any
reply. Nothing is sent: the agent reads it and presses Send. "What the AI gets…" shows the exact
request first (contact details already replaced for a cloud provider)."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QTextBrowser, QToolButton, QVBoxLayout

from desk.app import drafting, replies
from ui.labels import draft_problem
from ui.ops import run


class AiDrafter(QObject):
    """Signals:
        offered(bool): whether this conversation's reply box offers AI drafts.
        streamed(int): the draft so far is this many characters long.
        drafted(int): the draft for this conversation is in the reply.
        failed(str): no draft; the words the agent was shown.
        request_shown(object): the request the provider would get, as shown (a dict).
    """

    offered = Signal(bool)
    streamed = Signal(int)
    drafted = Signal(int)
    failed = Signal(str)
    request_shown = Signal(object)

    def __init__(self, composer, ws, bridge, parent=None):
        super().__init__(parent)
        self.composer, self.ws, self.bridge = composer, ws, bridge
        self.conversation_id: int | None = None
        self.is_offered: bool | None = None  # None until the workspace was asked
        self._task = None
        self.button = QToolButton(composer)
        self.button.setObjectName("aiDraftButton")
        self.request_action = QAction(self.tr("What the AI gets…"), self.button)
        self.button.addAction(self.request_action)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.stream_box = QTextBrowser(composer)
        self.stream_box.setObjectName("aiDraftStream")
        self.stream_box.setMaximumHeight(96)
        self.stream_box.hide()
        composer.add_tool(self.button)
        composer.add_above_editor(self.stream_box)
        self._idle()
        self.button.hide()
        self.button.clicked.connect(lambda _checked=False: self.stop() if self.writing else self.start())
        self.request_action.triggered.connect(lambda _checked=False: self.show_request())
        bridge.changed.connect(self._on_changed)

    @property
    def writing(self) -> bool:
        return self._task is not None and not self._task.done()

    def show(self, conversation) -> None:
        """A conversation is opened: a draft still streaming for another one stops."""
        if conversation.id != self.conversation_id:
            self.stop()
            self.stream_box.hide()
        self.conversation_id = conversation.id
        self._check_offered()

    def _on_changed(self, changes, _initiator) -> None:
        if any(key.startswith("drafting.") for key in changes.settings):
            self._check_offered()

    def _check_offered(self) -> None:
        run(drafting.drafts_offered(self.ws), self.bridge, name="ai-drafts-offered", on_done=self._offer)

    def _offer(self, offered: bool) -> None:
        self.is_offered = offered
        self.button.setVisible(offered)
        self.offered.emit(offered)

    # --- writing ----------------------------------------------------------------------------------

    def start(self) -> None:
        conversation_id = self.conversation_id
        if conversation_id is None or self.writing:
            return
        self.button.setText(self.tr("Stop"))
        self.button.setToolTip(self.tr("Stop the AI draft (the reply stays as it was)"))
        writing = self.tr("The AI is writing…")
        self.stream_box.setHtml(f"<i>{html.escape(writing)}</i>")
        self.stream_box.show()
        self.composer.show_notice("")
        self._task = run(drafting.write_draft(self.ws, conversation_id,
                                              on_text=lambda text: self._streamed(conversation_id, text)),
                         self.bridge, name="ai-draft", on_done=lambda draft: self._done(conversation_id, draft),
                         on_error=lambda error: self._failed(conversation_id, error))

    def stop(self) -> None:
        if self.writing:
            self._task.cancel()
            self.stream_box.hide()
        self._task = None
        self._idle()

    def _idle(self) -> None:
        self.button.setText(self.tr("AI draft"))
        self.button.setToolTip(self.tr("Let the AI write a draft in the customer's language from the conversation, "
                                       "the order and the knowledge base; you read it before it goes"))

    def _streamed(self, conversation_id: int, text: str) -> None:
        if conversation_id == self.conversation_id and self.writing:
            self.stream_box.setPlainText(text)
            self.stream_box.verticalScrollBar().setValue(self.stream_box.verticalScrollBar().maximum())
            self.streamed.emit(len(text))

    def _done(self, conversation_id: int, draft) -> None:
        self._task = None
        self._idle()
        if conversation_id != self.conversation_id:
            return
        self.composer.replace_text(draft.text)
        self.composer.choose_language(replies.ReplyLanguage(draft.language, draft.language))
        if self._show_meaning(draft):
            self.composer.show_notice(self.tr("AI draft: check it before you send it (Ctrl+Z takes it back)."))
        else:
            self.composer.show_notice(self.tr("AI draft, not translated (translation unavailable): read it yourself "
                                              "before you send it (Ctrl+Z takes it back)."))
        self.composer.editor.setFocus()
        self.drafted.emit(conversation_id)

    def _show_meaning(self, draft) -> bool:
        """What the draft says in the agent's language, above it; False when it could not be translated.
        (No translation is needed when the agent reads the customer's language.)"""
        translation = draft.translation
        self.stream_box.hide()
        if translation is None:
            return True
        if not translation.ok:
            return False
        heading = self.tr("The AI's draft, machine-translated into your language:")
        self.stream_box.setHtml(f"<b>{html.escape(heading)}</b><br>"
                                f"{html.escape(translation.translated).replace(chr(10), '<br>')}")
        self.stream_box.show()
        return True

    def _failed(self, conversation_id: int, error) -> None:
        self._task = None
        self._idle()
        self.stream_box.hide()
        if conversation_id == self.conversation_id:
            words = draft_problem(getattr(error, "state", "server_error"))
            self.composer.show_notice(words)
            self.failed.emit(words)

    # --- what the provider gets -------------------------------------------------------------------

    def show_request(self) -> None:
        conversation_id = self.conversation_id
        if conversation_id is not None:
            run(drafting.request_preview(self.ws, conversation_id), self.bridge, name="ai-draft-request",
                on_done=self._show_request)

    def _show_request(self, payload: dict) -> None:
        dialog = QDialog(self.composer)
        dialog.setWindowTitle(self.tr("What the AI provider gets"))
        body = QPlainTextEdit(dialog)
        body.setReadOnly(True)
        body.setPlainText(json.dumps(payload, ensure_ascii=False, indent=2))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(body)
        layout.addWidget(buttons)
        dialog.resize(640, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.request_dialog = dialog
        dialog.open()  # never exec(): a nested loop inside qasync stalls the loop
        self.request_shown.emit(payload)
