"""An internal note written from the keyboard (n): colleagues named with @ are mentioned; Ctrl+Enter
adds it, Esc closes it. The reply box and its draft stay as they were."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QCompleter, QDialog, QLabel, QPlainTextEdit, QVBoxLayout


class NotePopup(QDialog):
    """Signals:
        submitted(str): the note's text (Ctrl+Enter).
    """

    submitted = Signal(str)

    def __init__(self, agents: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Internal note"))
        self.resize(520, 220)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Only colleagues see this. Type @ to mention someone."))
        self.completer = QCompleter(QStringListModel([f"@{a}" for a in agents], self), self)
        self.completer.setWidget(self.editor)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated[str].connect(self._mention)
        hint = QLabel(self.tr("Ctrl+Enter adds the note · Esc closes"), self)
        hint.setObjectName("noteHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(hint)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._submit)
        self.editor.textChanged.connect(self._complete)

    def _word(self) -> str:
        before = self.editor.toPlainText()[: self.editor.textCursor().position()]
        return before.split()[-1] if before and not before[-1].isspace() else ""

    def _complete(self) -> None:
        word = self._word()
        if word.startswith("@"):
            self.completer.setCompletionPrefix(word)
            if self.completer.completionCount():
                self.completer.complete(self.editor.cursorRect())
                return
        self.completer.popup().hide()

    def _mention(self, name: str) -> None:
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(self._word()))
        cursor.insertText(name + " ")
        self.editor.setTextCursor(cursor)

    def _submit(self) -> None:
        text = self.editor.toPlainText().strip()
        if text:
            self.submitted.emit(text)
            self.accept()
