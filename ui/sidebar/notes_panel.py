"""Cultural notes for the customer's market (tone, formality, what to avoid), kept as editable
knowledge-base content: the agent can correct a note in place."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desk.app import knowledge
from ui.ops import run


class NotesPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ws = None  # set once a workspace is open
        self.bridge = None
        self.market: str | None = None
        self.language: str | None = None
        self.note = None  # the KbDoc shown
        self.heading = QLabel(self)
        self.heading.setObjectName("sidebarTitle")
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.editor = QPlainTextEdit(self)
        self.editor.hide()
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.hide()
        self.edit_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(lambda _checked=False: self._edit())
        self.save_button.clicked.connect(lambda _checked=False: self._save())

    def attach(self, ws, bridge) -> None:
        self.ws, self.bridge = ws, bridge

    def show_market(self, market: str | None, language: str | None = None) -> None:
        """The note for the customer's market (or the one that speaks their language)."""
        self.market, self.language = market, language
        if self.ws is not None:
            run(knowledge.market_note(self.ws, market, language), self.bridge, name="notes-load",
                on_done=lambda found: self._show(market, language, *found))

    def _show(self, asked: str | None, language: str | None, market: str | None, note) -> None:
        if (asked, language) != (self.market, self.language):
            return
        self.note = note
        self.heading.setText(self.tr("Market: %1").replace("%1", market) if market
                             else self.tr("No market known for this customer."))
        self.view.setMarkdown(f"### {note.title}\n\n{note.body}" if note else "")
        self.edit_button.setEnabled(note is not None)
        self._show_editor(False)

    def _edit(self) -> None:
        if self.note is not None:
            self.editor.setPlainText(self.note.body)
            self._show_editor(True)

    def _show_editor(self, editing: bool) -> None:
        self.editor.setVisible(editing)
        self.view.setVisible(not editing)
        self.save_button.setVisible(editing)
        self.edit_button.setVisible(not editing)

    def _save(self) -> None:
        if self.ws is not None and self.note is not None:
            run(knowledge.save_note_text(self.ws, self.note.slug, self.note.language, self.editor.toPlainText()),
                self.bridge, initiator=self, name="note-save", on_done=lambda _changes: self.show_market(self.market, self.language))
