"""WhatsApp's approved templates in the reply box: chosen from the account's list, their parameters
filled from the order (each one editable), the text the customer will read, and its estimated
cost. Outside the 24-hour window they are all that may be sent."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.labels import cost_text, fact_name


class TemplatePanel(QWidget):
    """Signals:
        template_requested(str, str, object): send this template (name, language, parameter values).
        changed(): another template was chosen or a parameter edited (the preview shows it).
    """

    template_requested = Signal(str, str, object)
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("templatePanel")
        self.templates = QComboBox(self)
        self.templates.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.template_button = QPushButton(self.tr("Send template"), self)
        self.cost = QLabel(self)
        self.cost.setObjectName("templateCost")
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("templatePreview")
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.editors: list[QLineEdit] = []
        self._choices: list = []  # desk.app.replies.TemplateChoice, or (name, language) pairs
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:"), self))
        top.addWidget(self.templates, 1)
        top.addWidget(self.cost)
        top.addWidget(self.template_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.form_host)
        layout.addWidget(self.preview)
        self.templates.currentIndexChanged.connect(self._on_chosen)
        self.template_button.clicked.connect(self._request)
        self.hide()

    def set_choices(self, choices: list, language: str | None = None) -> None:
        """TemplateChoices filled for the conversation (or bare (name, language) pairs); the first
        in the customer's `language` is chosen."""
        self._choices = list(choices)
        self.templates.blockSignals(True)
        self.templates.clear()
        for choice in self._choices:
            self.templates.addItem(self._label(choice))
        fitting = [i for i, c in enumerate(self._choices) if language and _base(_language_of(c)) == language]
        self.templates.setCurrentIndex(fitting[0] if fitting else 0)
        self.templates.blockSignals(False)
        self._on_chosen(self.templates.currentIndex())

    def _label(self, choice) -> str:
        if isinstance(choice, tuple):
            return f"{choice[0]} ({choice[1]})"
        return f"{choice.name} ({choice.language})"

    @property
    def has_choices(self) -> bool:
        return bool(self._choices)

    def current(self):
        index = self.templates.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def values(self) -> tuple[str, ...]:
        return tuple(editor.text().strip() for editor in self.editors)

    def _on_chosen(self, _index: int) -> None:
        self._clear_form()
        choice = self.current()
        if choice is not None and not isinstance(choice, tuple):
            for name, value in zip(choice.parameters, choice.values):
                editor = QLineEdit(value, self.form_host)
                editor.setPlaceholderText(self.tr("needed: the template cannot go without it"))
                editor.textChanged.connect(lambda _text: self._show_preview())
                self.editors.append(editor)
                self.form.addRow(fact_name(name), editor)
        self.form_host.setVisible(bool(self.editors))
        self.cost.setText(cost_text(choice.cost) if choice is not None and getattr(choice, "cost", None) else "")
        self._show_preview()

    def _clear_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = []

    def _show_preview(self) -> None:
        choice = self.current()
        body = getattr(choice, "body", "") if choice is not None else ""
        if not body:
            unknown = self.tr("The account gives no text for this template: the customer reads what Meta approved.")
            self.preview.setText(f"<span style='color:#5f6368'>{html.escape(unknown)}</span>" if choice is not None else "")
        else:
            label = html.escape(self.tr("The customer reads:"))
            self.preview.setText(f"<b>{label}</b> {html.escape(choice.filled(self.values()))}")
        self.template_button.setEnabled(choice is not None and all(self.values()))
        self.changed.emit()

    def _request(self, _checked: bool = False) -> None:
        choice = self.current()
        if choice is None:
            return
        if isinstance(choice, tuple):
            self.template_requested.emit(choice[0], choice[1], None)
        else:
            self.template_requested.emit(choice.name, choice.language, self.values())


def _language_of(choice) -> str:
    return choice[1] if isinstance(choice, tuple) else choice.language


def _base(language: str) -> str:
    """"en_US", "pt-BR" -> "en", "pt": Meta's template languages against Desk's."""
    return language.replace("-", "_").split("_")[0].lower()
