"""The reply box: write in your own language or the customer's, see what will be sent, send it
through the outbox (saved locally first), or add an internal note.

The composer only shows and asks: translating, policy checks, sending and macros are operations
of the application layer (desk.app.replies), run by ui.reading.assist.ReplyAssistant.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

MACRO_TOKEN = re.compile(r"(?:^|\s)/(\w[\w-]*)?$")
PREVIEW_DEBOUNCE_MS = 450
BLOCK_COLOUR = "#fce8e6"
WARN_COLOUR = "#fef7e0"


class MacroEditor(QPlainTextEdit):
    """A plain-text editor with a `/` macro completer (Qt's custom-completer pattern)."""

    macro_query = Signal(str)  # what follows the "/" before the cursor ("" right after typing it)
    macro_chosen = Signal(str)  # the completer row's key

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys: list[str] = []
        self.completer = QCompleter(self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setModel(QStringListModel(self.completer))
        self.completer.activated[str].connect(self._activated)

    def show_choices(self, choices: list[tuple[str, str]]) -> None:
        """(key, label) rows for the `/` popup; hidden when there are none."""
        self._keys = [key for key, _ in choices]
        self.completer.model().setStringList([label for _, label in choices])
        if not choices or self.macro_token() is None:
            self.completer.popup().hide()
            return
        rect = self.cursorRect()
        rect.setWidth(max(320, self.completer.popup().sizeHintForColumn(0) + 24))
        self.completer.complete(rect)
        self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    def macro_token(self) -> str | None:
        before = self.toPlainText()[: self.textCursor().position()]
        match = MACRO_TOKEN.search(before)
        return None if match is None else (match.group(1) or "")

    def replace_macro_token(self, text: str) -> None:
        token = self.macro_token()
        cursor = self.textCursor()
        if token is not None:
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(token) + 1)
        cursor.insertText(text)
        self.setTextCursor(cursor)

    def _activated(self, label: str) -> None:
        labels = self.completer.model().stringList()
        if label in labels:
            self.macro_chosen.emit(self._keys[labels.index(label)])

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape,
                                                 Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()  # the completer handles these
            return
        super().keyPressEvent(event)
        token = self.macro_token()
        if token is None:
            popup.hide()
        else:
            self.macro_query.emit(token)


class Composer(QWidget):
    """Signals:
        send_requested(str, bool): the text as written, and whether it is an internal note.
        template_requested(str, str): send this approved template (name, language) instead.
        draft_changed(str): the text changed (debounced): time to refresh the preview.
        language_changed(): the agent chose another reply language (ReplyLanguage) for this reply.
        no_response_requested(): mark the conversation as needing no answer.
    """

    send_requested = Signal(str, bool)
    template_requested = Signal(str, str)  # name, language
    draft_changed = Signal(str)
    language_changed = Signal()
    no_response_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = QComboBox(self)
        self.mode.setObjectName("composerMode")
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.editor = MacroEditor(self)
        self.editor.setPlaceholderText(self.tr("Write a reply… (type / for macros)"))
        self.editor.setFixedHeight(96)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("composerPreview")
        self.preview.setFixedHeight(92)
        self.preview.hide()
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("composerNotice")
        self.notice.hide()
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.note_button = QPushButton(self.tr("Add note"), self)
        self.no_response_button = QPushButton(self.tr("No response needed"), self)
        self.templates = QComboBox(self)
        self.template_button = QPushButton(self.tr("Send template"), self)
        self.templates.hide()
        self.template_button.hide()
        self._confirm_pending = False
        self._agent_zh = False
        self._build_layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.draft_changed.emit(self.text()))
        self.editor.textChanged.connect(self._on_text_changed)
        self.mode.currentIndexChanged.connect(self._on_language_changed)
        self.send_button.clicked.connect(lambda _checked=False: self._request(note=False))
        self.note_button.clicked.connect(lambda _checked=False: self._request(note=True))
        self.no_response_button.clicked.connect(lambda _checked=False: self.no_response_requested.emit())
        self.template_button.clicked.connect(self._request_template)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.editor, activated=lambda: self._request(note=False))

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.templates)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.no_response_button)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.editor)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)

    # --- languages ------------------------------------------------------------------------------

    def set_language_choices(self, choices: list, chosen, customer_language: str | None, names: dict[str, str]) -> None:
        """The reply languages this conversation offers (desk.app.replies.ReplyLanguage), `chosen`
        selected: translated from the agent's language, written in the customer's, or sent as written
        in another language (an explicit choice, said so)."""
        self.mode.blockSignals(True)
        self.mode.clear()
        for choice in choices:
            self.mode.addItem(self._language_label(choice, customer_language, names), choice)
        self.mode.setCurrentIndex(max(0, choices.index(chosen) if chosen in choices else 0))
        self.mode.blockSignals(False)

    def _language_label(self, choice, customer_language: str | None, names: dict[str, str]) -> str:
        written = names.get(choice.written, choice.written.upper())
        if choice.translated:
            return self.tr("Write in %1, send in %2").replace("%1", written).replace(
                "%2", names.get(choice.sent, choice.sent.upper()))
        if not customer_language or choice.sent == customer_language:
            return self.tr("Write in %1 (sent as written)").replace("%1", written)
        return self.tr("Send as written in %1 (not the customer's language)").replace("%1", written)

    def reply_language(self):
        """The ReplyLanguage chosen for this reply (None before a conversation is shown)."""
        return self.mode.currentData()

    def choose_language(self, choice) -> bool:
        """Select `choice` if offered (a macro in the customer's language was inserted)."""
        for index in range(self.mode.count()):
            if self.mode.itemData(index) == choice:
                self.mode.setCurrentIndex(index)
                return True
        return False

    # --- text and preview -----------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def show_preview(self, sent: str, back: str, violations: list, state: str = "", agent_zh: bool = False) -> None:
        """What will go to the customer (offending spans highlighted with their reasons), and the
        back-translation to check its meaning."""
        parts = []
        will_be_sent, back_label = self.tr("Will be sent:"), self.tr("Back-translation:")
        if sent:
            parts.append(f"<b>{html.escape(will_be_sent)}</b> {_highlighted(sent, violations)}")
        if back:
            parts.append(f"<span style='color:#5f6368'><b>{html.escape(back_label)}</b> "
                         f"{html.escape(back)}</span>")
        self._agent_zh = agent_zh
        for v in violations:
            colour = "#c62828" if v.severity == "block" else "#b06000"
            reason = v.reason_zh if agent_zh else v.reason_en
            parts.append(f"<span style='color:{colour}'>⚠ {html.escape(reason)}</span>")
        if state:
            parts.append(f"<span style='color:#b06000'>{html.escape(state)}</span>")
        self.preview.setHtml("<br>".join(parts))
        self.preview.setVisible(bool(parts))
        self._mark_in_editor([] if sent else violations)

    def _mark_in_editor(self, violations: list) -> None:
        """Underline what the check objects to in the agent's own text (when it goes as written)."""
        text = self.editor.toPlainText()
        marks = []
        for v in violations:
            if not 0 <= v.start < v.end <= len(text) or v.end - v.start >= len(text):
                continue  # whole-message rules are explained below the text instead
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(BLOCK_COLOUR if v.severity == "block" else WARN_COLOUR))
            selection.format.setToolTip(v.reason_zh if self._agent_zh else v.reason_en)
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(_utf16_offset(text, v.start))
            cursor.setPosition(_utf16_offset(text, v.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            marks.append(selection)
        self.editor.setExtraSelections(marks)

    def ask_confirmation(self) -> None:
        """The policy check objects: the next Send click sends anyway."""
        self._confirm_pending = True
        self.send_button.setText(self.tr("Send anyway"))

    @property
    def confirmed(self) -> bool:
        return self._confirm_pending

    def _on_text_changed(self) -> None:
        self._confirm_pending = False
        self.send_button.setText(self.tr("Send"))
        self._debounce.start()

    def _on_language_changed(self, _index: int) -> None:
        self._confirm_pending = False
        self.send_button.setText(self.tr("Send"))
        self.language_changed.emit()

    # --- templates and sending ------------------------------------------------------------------

    def offer_templates(self, templates: list[tuple[str, str]]) -> None:
        """Only approved templates may go now (WhatsApp's 24-hour window has closed)."""
        self.templates.clear()
        for name, language in templates:
            self.templates.addItem(f"{name} ({language})", f"{name}\n{language}")
        self.templates.setVisible(bool(templates))
        self.template_button.setVisible(bool(templates))

    def _request_template(self, _checked: bool = False) -> None:
        chosen = self.templates.currentData()
        if chosen:
            self.template_requested.emit(*chosen.split("\n", 1))

    def _request(self, note: bool) -> None:
        text = self.text()
        if text:
            self.send_requested.emit(text, note)

    def has_unsaved_typing(self) -> bool:
        """The agent typed within the last moment: the draft has not been handed on yet."""
        return self._debounce.isActive()

    def sent(self) -> None:
        """Empty the box (a reply went, or another conversation is shown): that is no draft to save."""
        self.editor.clear()
        self._debounce.stop()
        self.preview.clear()
        self.preview.hide()
        self.show_notice("")
        self.offer_templates([])

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


def _utf16_offset(text: str, index: int) -> int:
    """Qt positions count UTF-16 units: characters outside the BMP (emoji) take two."""
    return len(text[:index].encode("utf-16-le")) // 2


def _highlighted(text: str, violations: list) -> str:
    """`text` as HTML with each violation's span marked (overlapping spans merge)."""
    marks = sorted((v.start, v.end, v.severity) for v in violations if v.end > v.start and v.end - v.start < len(text))
    out, pos = [], 0
    for start, end, severity in marks:
        if start < pos:
            continue
        colour = BLOCK_COLOUR if severity == "block" else WARN_COLOUR
        out.append(html.escape(text[pos:start]))
        out.append(f"<span style='background-color:{colour}; text-decoration: underline'>{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")
