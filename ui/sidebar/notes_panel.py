"""Cultural notes for the customer's market (tone, formality, what to avoid), kept as editable
knowledge-base content: the agent can correct a note in place."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ui.ops import load_modules, spawn
from ui.services import Services


NOTED_MARKETS = ("US", "UK", "DE", "FR", "ES", "IT", "JP")
LANGUAGE_MARKETS = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "ja": "JP", "en": "US"}


class NotesPanel(QWidget):
    def __init__(self, services_getter, parent=None):
        super().__init__(parent)
        self._services = services_getter
        self.market: str | None = None
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
        self.save_button.clicked.connect(lambda _checked=False: spawn(self._save(), name="note-save"))

    def show_market(self, market: str | None, language: str | None = None) -> None:
        """The note for the customer's market; for a market without one (Austria, Mexico...), the
        note of the market that speaks the customer's language."""
        services = self._services()
        if market not in NOTED_MARKETS and language in LANGUAGE_MARKETS:
            market = LANGUAGE_MARKETS[language]
        self.market = market
        if services is None or not market:
            self.heading.setText(self.tr("No market known for this customer."))
            self.view.clear()
            self.edit_button.setEnabled(False)
            return
        spawn(self._load(services, market), name="notes-load")

    async def _load(self, services: Services, market: str) -> None:
        await load_modules(services.executors, "desk.knowledge")
        from desk.knowledge import notes_for_market

        notes = await services.executors.read(notes_for_market, services.db, market, services.agent_language)
        if market != self.market:
            return
        self.note = notes[0] if notes else None
        self.heading.setText(self.tr("Market: %1").replace("%1", market))
        self.view.setMarkdown(f"### {self.note.title}\n\n{self.note.body}" if self.note else "")
        self.edit_button.setEnabled(self.note is not None)
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

    async def _save(self) -> None:
        services = self._services()
        if services is None or self.note is None:
            return
        await services.executors.write(_save_note_text, services.db, self.note.slug, self.note.language,
                                       self.editor.toPlainText())
        self.show_market(self.market)


def _save_note_text(db, slug: str, language: str, body: str) -> None:
    from desk.knowledge import KbText, load_entry, save_entry

    entry = load_entry(db, slug)
    texts = dict(entry.texts)
    texts[language] = KbText(texts[language].title, body)
    save_entry(db, replace(entry, texts=texts))
