"""The confirmation of an order action: the agent sees exactly what will happen, confirms, and sees
what came of it. Each dialog makes its idempotency key when it opens and reuses it for Retry, so
an action whose answer was lost is finished, never done twice (desk.app.orders)."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.app import orders
from ui.ops import run

PREVIEW_DEBOUNCE_MS = 350
CANCEL_REASONS = ("CUSTOMER", "INVENTORY", "DECLINED", "FRAUD", "STAFF", "OTHER")
# Message types Desk writes itself: text only (the others need documents or dates: Seller Central).
TEXT_MESSAGE_TYPES = ("unexpectedProblem", "confirmDeliveryDetails", "confirmOrderDetails", "confirmServiceDetails",
                      "confirmCustomizationDetails")


class ActionDialog(QDialog):
    """Signals:
        ready(): the form holds what the platform suggested; the agent may confirm.
        outcome_shown(object): what came of the action (an ActionOutcome: state, result, error), as shown.
        refused(str): the request could not be made, for this reason (as shown).
    """

    ready = Signal()
    outcome_shown = Signal(object)
    refused = Signal(str)
    action = ""

    def __init__(self, ws, bridge, conversation, parent=None):
        super().__init__(parent)
        self.ws, self.bridge, self.conversation = ws, bridge, conversation
        self.key = orders.new_action_key()  # one action, kept for Retry
        self.setMinimumWidth(520)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_host)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(lambda _checked=False: self.reject())
        self.confirm_button.clicked.connect(lambda _checked=False: self.confirm())
        self.confirm_button.setEnabled(False)
        self._pending = False  # the platform did not answer: the same request goes again on Retry

    # --- for each action --------------------------------------------------------------------------

    def start(self) -> None:
        """Load what the form needs; then `ready`."""
        self._ready()

    def params(self) -> dict:
        raise NotImplementedError

    def confirm_label(self) -> str:
        return self.tr("Confirm")

    def done_text(self, result: dict) -> str:
        return self.tr("Done.")

    # --- shared -----------------------------------------------------------------------------------

    def _ready(self) -> None:
        self.confirm_button.setText(self.confirm_label())
        self.confirm_button.setEnabled(True)
        self.adjustSize()  # the form grew with what the platform sent
        self.ready.emit()

    def say(self, text: str, colour: str = "#3c4043") -> None:
        self.status.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")

    def confirm(self) -> None:
        self.confirm_button.setEnabled(False)
        self.form_host.setEnabled(False)
        self.say(self.tr("Asking the platform…"))
        run(self.operation(), self.bridge, initiator=self, name=f"order-{self.action}",
            on_error=self._refused, on_done=self._answered)

    def operation(self):
        return orders.perform_action(self.ws, self.conversation.id, self.action, self.params(), self.key)

    def _refused(self, error) -> None:
        self.say(str(error), "#c62828")
        self.form_host.setEnabled(True)
        self.confirm_button.setEnabled(True)
        self.key = orders.new_action_key()  # nothing was recorded for a request that could not be made
        self.refused.emit(str(error))

    def _answered(self, result) -> None:
        outcome = result.outcome
        state = outcome.state.value
        if state == "done":
            again = " " + self.tr("(it had already been done)") if outcome.repeated else ""
            self.say(self.done_text(dict(outcome.result)) + again, "#188038")
            self.confirm_button.hide()
            self.close_button.setText(self.tr("Close"))
        elif state == "failed":
            self.say(self.tr("The platform refused: %1").replace("%1", outcome.error or ""), "#c62828")
            self.key = orders.new_action_key()  # a refused action is over; changing it is a new one
            self.form_host.setEnabled(True)
            self.confirm_button.setEnabled(True)
        else:  # pending: same key, same request
            self.say(self.tr("No answer from the platform (%1). Retry finishes this same action: it will not be done twice.")
                     .replace("%1", outcome.error or ""), "#b06000")
            self.confirm_button.setText(self.tr("Retry"))
            self.confirm_button.setEnabled(True)
        self.outcome_shown.emit(outcome)


class RefundDialog(ActionDialog):
    """A full or partial refund, by line, starting from Shopify's suggested refund.

    Signals:
        suggested(object): Shopify's suggestion for the lines chosen is shown (a RefundPreview).
    """

    action = "refund"
    suggested = Signal(object)

    def __init__(self, *args):
        super().__init__(*args)
        self.setWindowTitle(self.tr("Refund"))
        self.preview = None  # the RefundPreview (desk.app.orders.refund_preview) of what is chosen
        self.quantities: dict[str, QSpinBox] = {}
        self.shipping = QCheckBox(self.tr("Also refund shipping"), self)
        self.amount = QDoubleSpinBox(self)
        self.amount.setDecimals(2)
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("reason, kept with the refund"))
        self.notify = QCheckBox(self.tr("Tell the customer (Shopify's e-mail)"), self)
        self.notify.setChecked(True)
        self.restock = QCheckBox(self.tr("Put the items back in stock"), self)
        self.restock.setChecked(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask_suggestion)
        self.shipping.toggled.connect(lambda _on: self._timer.start())
        self.amount.valueChanged.connect(lambda _value: self._label_confirm())

    def start(self) -> None:
        self.say(self.tr("Asking Shopify what it suggests…"))
        run(orders.refund_preview(self.ws, self.conversation.id), self.bridge, name="refund-preview",
            on_error=self._refused, on_done=self._first_preview)

    def _first_preview(self, preview) -> None:
        for line in preview.lines:
            spin = QSpinBox(self.form_host)
            spin.setRange(0, line.refundable)
            spin.setValue(line.suggested)
            spin.setSuffix(f" / {line.refundable}")
            spin.valueChanged.connect(lambda _value: self._timer.start())
            self.quantities[line.line_item_id] = spin
            self.form.addRow(_item_label(line.title, f"{line.sku} · {line.unit_price}", self.form_host), spin)
        self.form.addRow(self.shipping)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.suggestion_label)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.notify)
        self.form.addRow(self.restock)
        self.status.clear()
        self._ready()
        self._show_preview(preview)  # after _ready: nothing to refund leaves the button off

    def chosen_lines(self) -> dict[str, int]:
        return {line_id: spin.value() for line_id, spin in self.quantities.items() if spin.value() > 0}

    def _ask_suggestion(self) -> None:
        lines = self.chosen_lines()
        if not lines and not self.shipping.isChecked():
            self.confirm_button.setEnabled(False)
            return
        run(orders.refund_preview(self.ws, self.conversation.id, lines, shipping=self.shipping.isChecked()),
            self.bridge, name="refund-preview", on_error=self._refused,
            on_done=lambda preview: self._show_preview(preview) if lines == self.chosen_lines() else None)

    def _show_preview(self, preview) -> None:
        self.preview = preview
        self.amount.setSuffix(f" {preview.currency}")
        self.amount.setRange(0.01 if preview.amount > 0 else 0, float(preview.amount))
        self.amount.setValue(float(preview.amount))
        self.suggestion_label.setText(self.tr("Shopify suggests %1 %2 for these items (at most %3 left on the order).")
                               .replace("%1", str(preview.amount)).replace("%2", preview.currency)
                               .replace("%3", str(preview.maximum)))
        self._label_confirm()
        self.confirm_button.setEnabled(preview.amount > 0)
        self.suggested.emit(preview)

    def _label_confirm(self) -> None:
        self.confirm_button.setText(self.confirm_label())

    def confirm_label(self) -> str:
        if self.preview is None:
            return self.tr("Refund")
        return self.tr("Refund %1 %2").replace("%1", f"{self.amount.value():.2f}").replace("%2", self.preview.currency)

    def params(self) -> dict:
        amount = Decimal(f"{self.amount.value():.2f}")
        return {"lines": self.chosen_lines(), "shipping": self.shipping.isChecked(),
                "amount": None if self.preview is not None and amount >= self.preview.amount else str(amount),
                "note": self.note.text().strip(), "notify": self.notify.isChecked(),
                "restock": self.restock.isChecked()}

    def done_text(self, result: dict) -> str:
        return self.tr("Refunded %1 %2.").replace("%1", str(result.get("amount", ""))).replace(
            "%2", str(result.get("currency", "")))


class CancelDialog(ActionDialog):
    action = "cancel"

    def __init__(self, *args):
        super().__init__(*args)
        self.setWindowTitle(self.tr("Cancel the order"))
        self.reason = QComboBox(self.form_host)
        names = {"CUSTOMER": self.tr("the customer asked"), "INVENTORY": self.tr("out of stock"),
                 "DECLINED": self.tr("payment declined"), "FRAUD": self.tr("suspected fraud"),
                 "STAFF": self.tr("staff error"), "OTHER": self.tr("other")}
        for code in CANCEL_REASONS:
            self.reason.addItem(names[code], code)
        self.refund = QCheckBox(self.tr("Refund the payment"), self.form_host)
        self.refund.setChecked(True)
        self.restock = QCheckBox(self.tr("Put the items back in stock"), self.form_host)
        self.restock.setChecked(True)
        self.notify = QCheckBox(self.tr("Tell the customer (Shopify's e-mail)"), self.form_host)
        self.notify.setChecked(True)
        self.staff_note = QLineEdit(self.form_host)
        self.form.addRow(self.tr("Why"), self.reason)
        for box in (self.refund, self.restock, self.notify):
            self.form.addRow(box)
        self.form.addRow(self.tr("Staff note"), self.staff_note)

    def confirm_label(self) -> str:
        return self.tr("Cancel the order")

    def params(self) -> dict:
        return {"reason": self.reason.currentData(), "refund": self.refund.isChecked(),
                "restock": self.restock.isChecked(), "notify": self.notify.isChecked(),
                "staff_note": self.staff_note.text().strip()}

    def done_text(self, result: dict) -> str:
        return self.tr("The order is cancelled.")


class ReturnDialog(ActionDialog):
    action = "create_return"

    def __init__(self, *args):
        super().__init__(*args)
        self.setWindowTitle(self.tr("Start a return"))
        self.quantities: dict[str, QSpinBox] = {}
        self.reason = QComboBox(self)
        self.note = QLineEdit(self)

    def start(self) -> None:
        self.say(self.tr("Reading the order and the store's return reasons…"))
        run(orders.return_form(self.ws, self.conversation.id), self.bridge, name="return-form",
            on_error=self._refused, on_done=self._filled)

    def _filled(self, form) -> None:
        for line in form.lines:
            spin = QSpinBox(self.form_host)
            spin.setRange(0, line.returnable)
            spin.setSuffix(f" / {line.returnable}")
            self.quantities[line.fulfilled_line_id] = spin
            self.form.addRow(_item_label(line.title, line.sku, self.form_host), spin)
        for reason in form.reasons:
            self.reason.addItem(reason.name, reason.id)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Note"), self.note)
        if not form.lines:
            self.say(self.tr("Nothing on this order can be returned now."), "#b06000")
            return
        self.status.clear()
        self._ready()

    def confirm_label(self) -> str:
        return self.tr("Create the return")

    def params(self) -> dict:
        lines = [[line_id, spin.value(), self.reason.currentData()] for line_id, spin in self.quantities.items()
                 if spin.value() > 0]
        return {"lines": lines, "note": self.note.text().strip()}

    def done_text(self, result: dict) -> str:
        return self.tr("Return %1 created.").replace("%1", str(result.get("name", "")))


class NoteDialog(ActionDialog):
    action = "add_note"

    def __init__(self, *args):
        super().__init__(*args)
        self.setWindowTitle(self.tr("Add a note to the order"))
        self.text = QPlainTextEdit(self.form_host)
        self.text.setFixedHeight(90)
        self.form.addRow(self.tr("Note (in Shopify, not seen by the customer)"), self.text)

    def confirm_label(self) -> str:
        return self.tr("Add the note")

    def params(self) -> dict:
        return {"text": self.text.toPlainText()}

    def done_text(self, result: dict) -> str:
        return self.tr("The note is on the order.")


class TagDialog(ActionDialog):
    action = "add_tag"

    def __init__(self, *args):
        super().__init__(*args)
        self.setWindowTitle(self.tr("Tag the order"))
        self.tags = QLineEdit(self.form_host)
        self.tags.setPlaceholderText(self.tr("e.g. refund-issued, vip"))
        self.form.addRow(self.tr("Tags, separated by commas"), self.tags)

    def confirm_label(self) -> str:
        return self.tr("Add the tags")

    def params(self) -> dict:
        return {"tags": [tag.strip() for tag in self.tags.text().split(",") if tag.strip()]}

    def done_text(self, result: dict) -> str:
        return self.tr("Tagged: %1").replace("%1", ", ".join(result.get("tags", [])))


class AmazonMessageDialog(ActionDialog):
    """A proactive message about the order, of a type Amazon offers for it now, in the buyer's
    language, checked against Amazon's rules before it goes."""

    action = "amazon_message"

    def __init__(self, *args):
        super().__init__(*args)
        self.setWindowTitle(self.tr("Message the buyer about this order"))
        self.kind = QComboBox(self.form_host)
        self.locale = QLabel(self.form_host)
        self.text = QPlainTextEdit(self.form_host)
        self.text.setFixedHeight(110)
        self.options = None
        self._confirmed = False  # Amazon's rules object and the agent sends anyway
        self.text.textChanged.connect(self._text_changed)

    def type_names(self) -> dict[str, str]:
        return {"unexpectedProblem": self.tr("An unexpected problem with the order"),
                "confirmDeliveryDetails": self.tr("Confirm delivery details"),
                "confirmOrderDetails": self.tr("Confirm order details"),
                "confirmServiceDetails": self.tr("Confirm service details"),
                "confirmCustomizationDetails": self.tr("Confirm customization details")}

    def start(self) -> None:
        self.say(self.tr("Asking Amazon which messages it allows for this order…"))
        run(orders.amazon_message_options(self.ws, self.conversation.id), self.bridge, name="amazon-options",
            on_error=self._refused, on_done=self._offered)

    def _offered(self, options) -> None:
        self.options = options
        names = self.type_names()
        for kind in options.types:
            if kind.name in TEXT_MESSAGE_TYPES:
                self.kind.addItem(names[kind.name], kind.name)
        self.locale.setText(options.buyer_locale or self.tr("not given"))
        self.form.addRow(self.tr("Message"), self.kind)
        self.form.addRow(self.tr("Write in the buyer's language"), self.locale)
        self.form.addRow(self.text)
        if not self.kind.count():
            self.say(self.tr("Amazon allows no message Desk can write about this order now (invoices, warranties and legal notes go through Seller Central)."), "#b06000")
            return
        self.status.clear()
        self._ready()

    def _text_changed(self) -> None:
        self._confirmed = False
        self.confirm_button.setText(self.confirm_label())

    def confirm_label(self) -> str:
        return self.tr("Send anyway") if self._confirmed else self.tr("Send to the buyer")

    def confirm(self) -> None:
        if self._confirmed:
            super().confirm()
            return
        run(orders.check_amazon_message(self.ws, self.text.toPlainText(), self.options.buyer_locale), self.bridge,
            name="amazon-check", on_done=self._checked)

    def _checked(self, objections: list) -> None:
        if not objections:
            super().confirm()
            return
        zh = self.ws.agent_language == "zh"
        reasons = "; ".join(dict.fromkeys(v.reason_zh if zh else v.reason_en for v in objections))
        self.say(self.tr("Amazon's rules object: %1").replace("%1", reasons), "#b06000")
        self._confirmed = True
        self.confirm_button.setText(self.confirm_label())

    def operation(self):
        return orders.send_amazon_message(self.ws, self.conversation.id, self.kind.currentData(),
                                          self.text.toPlainText().strip() or None, self.key,
                                          confirmed=self._confirmed)

    def params(self) -> dict:
        return {}

    def done_text(self, result: dict) -> str:
        return self.tr("Sent through Amazon; it is kept in the conversation.")


ITEM_TITLE = 48  # characters of an item's title on its row (the whole title in its tooltip)


def _item_label(title: str, detail: str, parent) -> QLabel:
    """An order line's row label: its title (shortened) over its SKU and price."""
    shown = title if len(title) <= ITEM_TITLE else title[:ITEM_TITLE - 1] + "…"
    label = QLabel(f"{shown}\n{detail}", parent)
    label.setToolTip(title)
    return label


DIALOGS = {"refund": RefundDialog, "cancel": CancelDialog, "create_return": ReturnDialog, "add_note": NoteDialog,
           "add_tag": TagDialog, "amazon_message": AmazonMessageDialog}


def dialog_for(key: str, ws, bridge, conversation, parent) -> ActionDialog:
    return DIALOGS[key](ws, bridge, conversation, parent)
