"""The reply box: write, send through the outbox (saved locally first), or add an internal note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class Composer(QWidget):
    """Signals:
        send_requested(str, bool): the text, and whether it is an internal note.
        template_requested(str, str): send this approved template (name, language) instead.
    """

    send_requested = Signal(str, bool)
    template_requested = Signal(str, str)  # name, language

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write a reply…"))
        self.editor.setFixedHeight(96)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("composerNotice")
        self.notice.hide()
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.note_button = QPushButton(self.tr("Add note"), self)
        self.templates = QComboBox(self)
        self.template_button = QPushButton(self.tr("Send template"), self)
        self.templates.hide()
        self.template_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.templates)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        self.send_button.clicked.connect(lambda _checked=False: self._request(note=False))
        self.note_button.clicked.connect(lambda _checked=False: self._request(note=True))
        self.template_button.clicked.connect(self._request_template)

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
        text = self.editor.toPlainText().strip()
        if text:
            self.send_requested.emit(text, note)

    def sent(self) -> None:
        self.editor.clear()
        self.show_notice("")
        self.offer_templates([])

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
