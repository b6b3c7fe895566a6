"""The reply box: write in your own language or the customer's, see what will be sent, send it
through the outbox (saved locally first), or add an internal note.

The composer only shows and asks: translating, policy checks, sending and macros are operations
of the application layer (desk.app.replies), run by ui.reading.assist.ReplyAssistant.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import cost_text, size_text
from ui.reading.templates import TemplatePanel

MACRO_TOKEN = re.compile(r"(?:^|\s)/(\w[\w-]*)?$")
PREVIEW_DEBOUNCE_MS = 450
BLOCK_COLOUR = "#fce8e6"
WARN_COLOUR = "#fef7e0"


class MacroEditor(QPlainTextEdit):
    """A plain-text editor with a `/` macro completer (Qt's custom-completer pattern)."""

    macro_query = Signal(str)  # what follows the "/" before the cursor ("" right after typing it)
    macro_chosen = Signal(str)  # the completer row's key
    macro_highlighted = Signal(str)  # the key of the row the agent is on (its preview is wanted)
    popup_hidden = Signal()
    files_dropped = Signal(list)  # local file paths dropped on the editor: attachments, not text
    typed = Signal()  # the agent typed text (keys or an input method), not a draft put in the box

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys: list[str] = []
        self.completer = QCompleter(self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setModel(QStringListModel(self.completer))
        self.completer.activated[str].connect(self._activated)
        self.completer.highlighted[str].connect(self._highlighted)
        self.completer.popup().installEventFilter(self)

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
        if (key := self._key_of(label)) is not None:
            self.macro_chosen.emit(key)

    def _highlighted(self, label: str) -> None:
        if (key := self._key_of(label)) is not None:
            self.macro_highlighted.emit(key)

    def _key_of(self, label: str) -> str | None:
        labels = self.completer.model().stringList()
        return self._keys[labels.index(label)] if label in labels else None

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if obj is self.completer.popup() and event.type() == QEvent.Type.Hide:
            self.popup_hidden.emit()
        return False

    def insertFromMimeData(self, source):  # noqa: N802 - Qt override
        """Files dropped (or pasted) from the file manager become attachments, not their paths as text."""
        paths = [url.toLocalFile() for url in source.urls() if url.isLocalFile()] if source.hasUrls() else []
        if paths:
            self.files_dropped.emit(paths)
            return
        super().insertFromMimeData(source)

    def inputMethodEvent(self, event):  # noqa: N802 - Qt override
        super().inputMethodEvent(event)
        if event.commitString():  # Chinese and Japanese are typed through an input method
            self.typed.emit()

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape,
                                                 Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()  # the completer handles these
            return
        super().keyPressEvent(event)
        if event.text():
            self.typed.emit()
        token = self.macro_token()
        if token is None:
            popup.hide()
        else:
            self.macro_query.emit(token)


class Composer(QWidget):
    """Signals:
        send_requested(str, bool): the text as written, and whether it is an internal note.
        template_requested(str, str, object): send this approved template (name, language, values) instead.
        draft_changed(str): the text changed (debounced): time to refresh the preview.
        language_changed(): the agent chose another reply language (ReplyLanguage) for this reply.
        no_response_requested(): mark the conversation as needing no answer.
        files_chosen(list): the agent attached these files (paths; picked or dropped).
        attachments_changed(): a file was attached or taken off.
    """

    send_requested = Signal(str, bool)
    template_requested = Signal(str, str, object)
    draft_changed = Signal(str)
    language_changed = Signal()
    no_response_requested = Signal()
    files_chosen = Signal(list)
    attachments_changed = Signal()

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
        self.attach_button = QToolButton(self)
        self.attach_button.setText(self.tr("Attach…"))
        self.attach_button.setToolTip(self.tr("Attach files (or drop them on the reply)"))
        self.cost_label = QLabel(self)
        self.cost_label.setObjectName("replyCost")
        self.cost_label.hide()
        self.templates_toggle = QToolButton(self)
        self.templates_toggle.setText(self.tr("Templates"))
        self.templates_toggle.setCheckable(True)
        self.templates_toggle.hide()
        self.template_panel = TemplatePanel(self)
        self.templates, self.template_button = self.template_panel.templates, self.template_panel.template_button
        self.macro_box = QTextBrowser(self)
        self.macro_box.setObjectName("macroPreview")
        self.macro_box.setMaximumHeight(120)
        self.macro_box.hide()
        self.attachment_row = QHBoxLayout()
        self.attachments: list = []  # desk.domain.AttachmentData, sent with the reply
        self.actions_label = QLabel(self)
        self.actions_label.setObjectName("macroActions")
        self.actions_label.setWordWrap(True)
        self.actions_clear = QToolButton(self)
        self.actions_clear.setText("✕")
        self.actions_clear.setToolTip(self.tr("Send without these actions"))
        self.pending_actions = None  # the inserted macro's actions (MacroActions), taken once sent
        self._confirm_pending = False
        self._agent_zh = False
        self._build_layout()
        self._show_actions(None)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.draft_changed.emit(self.text()))
        self.editor.textChanged.connect(self._on_text_changed)
        self.mode.currentIndexChanged.connect(self._on_language_changed)
        self.send_button.clicked.connect(lambda _checked=False: self._request(note=False))
        self.note_button.clicked.connect(lambda _checked=False: self._request(note=True))
        self.no_response_button.clicked.connect(lambda _checked=False: self.no_response_requested.emit())
        self.template_panel.template_requested.connect(self.template_requested)
        self.templates_toggle.toggled.connect(self.template_panel.setVisible)
        self.attach_button.clicked.connect(lambda _checked=False: self.pick_files())
        self.editor.files_dropped.connect(self.files_chosen)
        self.editor.popup_hidden.connect(self.macro_box.hide)
        self.actions_clear.clicked.connect(lambda _checked=False: self._show_actions(None))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.editor, activated=lambda: self._request(note=False))

    def _build_layout(self) -> None:
        top = self._tools = QHBoxLayout()
        top.addWidget(self.mode)
        top.addStretch(1)
        top.addWidget(self.attach_button)
        top.addWidget(self.templates_toggle)
        actions = QHBoxLayout()
        actions.addWidget(self.actions_label, 1)
        actions.addWidget(self.actions_clear)
        self.attachment_row.addStretch(1)
        self.attachment_row.addWidget(self.cost_label)  # below the reply, beside its files
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.no_response_button)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.send_button)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.macro_box)
        layout.addWidget(self.editor)
        layout.addLayout(self.attachment_row)
        layout.addLayout(actions)
        layout.addWidget(self.preview)
        layout.addWidget(self.template_panel)
        layout.addLayout(buttons)

    def add_tool(self, widget: QWidget) -> None:
        """A button of another helper of the reply box (AI drafts) on the top row, before Attach."""
        self._tools.insertWidget(self._tools.indexOf(self.attach_button), widget)

    def add_above_editor(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.indexOf(self.editor), widget)

    def replace_text(self, text: str) -> None:
        """Everything in the reply becomes `text`, as one edit the agent can undo (Ctrl+Z)."""
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)

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

    def show_preview(self, sent: str, back: str, violations: list, state: str = "", agent_zh: bool = False,
                     signature: str = "") -> None:
        """What will go to the customer (offending spans highlighted with their reasons), the
        back-translation to check its meaning, and the account's signature added below."""
        parts = []
        will_be_sent, back_label = self.tr("Will be sent:"), self.tr("Back-translation:")
        if sent:
            parts.append(f"<b>{html.escape(will_be_sent)}</b> {_highlighted(sent, violations)}")
        if back:
            parts.append(f"<span style='color:#5f6368'><b>{html.escape(back_label)}</b> "
                         f"{html.escape(back)}</span>")
        if signature and not sent:
            label = self.tr("Signature added below:")
            parts.append(f"<span style='color:#5f6368'><b>{html.escape(label)}</b> "
                         f"{html.escape(signature).replace(chr(10), '<br>')}</span>")
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

    # --- macros -------------------------------------------------------------------------------

    def show_macro_preview(self, preview, language_names: dict[str, str]) -> None:
        """The text a macro inserts (desk.app.knowledge.MacroPreview), beside its meaning for the agent."""
        if not self.editor.completer.popup().isVisible():
            return
        inserted = self.tr("Inserts (%1):").replace("%1", language_names.get(preview.language, preview.language))
        cells = [f"<td width='50%' valign='top'><b>{html.escape(inserted)}</b><br>"
                 f"{html.escape(preview.text).replace(chr(10), '<br>')}</td>"]
        if preview.translation:
            meaning = self.tr("In your language:") if preview.translation_source == "kb" else self.tr("Machine translation:")
            cells.append(f"<td width='50%' valign='top' style='color:#3c4043'><b>{html.escape(meaning)}</b><br>"
                         f"{html.escape(preview.translation).replace(chr(10), '<br>')}</td>")
        actions = self.describe_actions(preview.actions)
        footer = f"<tr><td colspan='2' style='color:#1a73e8'>{html.escape(actions)}</td></tr>" if actions else ""
        self.macro_box.setHtml(f"<table width='100%' cellpadding='3'><tr>{''.join(cells)}</tr>{footer}</table>")
        self.macro_box.show()

    def describe_actions(self, actions) -> str:
        """A macro's actions in the agent's words ("When sent: resolve · tag refunded"), or ""."""
        if not actions:
            return ""
        statuses = {"open": self.tr("reopen"), "pending": self.tr("set pending"), "resolved": self.tr("resolve")}
        steps = []
        if actions.status:
            steps.append(statuses.get(actions.status, actions.status))
        if actions.snooze_hours:
            steps.append(self.tr("snooze %n hour(s)", "", actions.snooze_hours))
        if actions.assign:
            steps.append(self.tr("assign to me") if actions.assign == "me"
                         else self.tr("assign to %1").replace("%1", actions.assign))
        steps += [self.tr("tag %1").replace("%1", tag) for tag in actions.add_tags]
        steps += [self.tr("untag %1").replace("%1", tag) for tag in actions.remove_tags]
        return self.tr("When sent: %1").replace("%1", " · ".join(steps))

    def set_pending_actions(self, actions) -> None:
        """The inserted macro's actions, taken once the reply is sent (the agent may drop them)."""
        self._show_actions(actions or None)

    def _show_actions(self, actions) -> None:
        self.pending_actions = actions
        self.actions_label.setText(self.describe_actions(actions))
        self.actions_label.setVisible(bool(actions))
        self.actions_clear.setVisible(bool(actions))

    # --- attachments ----------------------------------------------------------------------------

    def pick_files(self) -> None:
        """The file picker, opened without a nested event loop (open(), never exec())."""
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda paths: self.files_chosen.emit(list(paths)))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def add_attachment(self, item) -> None:
        """A file read for this reply (desk.domain.AttachmentData)."""
        if any(a.filename == item.filename and a.data == item.data for a in self.attachments):
            return
        self.attachments.append(item)
        self._show_attachments()

    def remove_attachment(self, index: int) -> None:
        if 0 <= index < len(self.attachments):
            del self.attachments[index]
            self._show_attachments()

    def _show_attachments(self) -> None:
        while self.attachment_row.count() > 2:  # the stretch and the cost stay last
            widget = self.attachment_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for index, item in enumerate(self.attachments):
            chip = QToolButton(self)
            chip.setObjectName("attachmentChip")
            chip.setText(f"📎 {item.filename} ({size_text(len(item.data))})  ✕")
            chip.setToolTip(self.tr("Take this file off the reply"))
            chip.clicked.connect(lambda _checked=False, i=index: self.remove_attachment(i))
            self.attachment_row.insertWidget(index, chip)
        self.attachments_changed.emit()

    # --- templates, cost and sending --------------------------------------------------------------

    def offer_templates(self, templates: list, *, expand: bool = True, language: str | None = None) -> None:
        """The account's approved templates (desk.app.replies.TemplateChoice, or (name, language)
        pairs), the first in the customer's `language` chosen; `expand` opens them at once
        (WhatsApp's 24-hour window has closed)."""
        self.template_panel.set_choices(templates, language)
        self.templates_toggle.setVisible(bool(templates))
        self.templates_toggle.setChecked(bool(templates) and expand)
        self.template_panel.setVisible(bool(templates) and expand)

    def show_cost(self, cost) -> None:
        """What the next WhatsApp reply is estimated to cost (None outside WhatsApp)."""
        if cost is None:
            self.cost_label.hide()
            return
        self.cost_label.setText(self.tr("Cost: %1").replace("%1", cost_text(cost)))
        self.cost_label.setToolTip(self.tr("Meta's pricing category and the estimated price of this reply"))
        self.cost_label.show()

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
        self.attachments = []
        self._show_attachments()
        self._show_actions(None)
        self.macro_box.hide()

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
