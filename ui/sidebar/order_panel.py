"""The order beside the conversation: items, tracking, refunds and returns in the agent's language,
and what the agent can do to it (refund, cancel, start a return, note, tag on Shopify; a message
about the order and Seller Central on Amazon), each confirmed in a dialog (ui.sidebar.order_actions)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.app import orders
from desk.domain import ConversationView, OrderView
from ui.labels import date_text, order_status, reason_name, refund_status, return_status, shipment_status
from ui.ops import run

SHIPMENT_COLOURS = {"delivered": "#188038", "exception": "#c62828", "returned": "#c62828", "in_transit": "#1a73e8",
                    "out_for_delivery": "#1a73e8"}
ACTING_CHANNELS = ("shopify", "amazon")


class OrderPanel(QWidget):
    """Signals:
        menu_shown(int): the actions of this conversation's order are on screen.
        dialog_opened(object): an action's confirmation dialog opened (ui.sidebar.order_actions).
    """

    menu_shown = Signal(int)
    dialog_opened = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ws = None  # set once a workspace is open
        self.bridge = None
        self.conversation: ConversationView | None = None
        self.menu = None  # the OrderActionMenu (desk.app.orders.order_actions) of the conversation shown
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setObjectName("orderPanel")
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actions_host = QWidget(self)
        self.actions_grid = QGridLayout(self.actions_host)
        self.actions_grid.setContentsMargins(0, 6, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.why_not = QLabel(self)  # why some actions are not offered, or what the platform cannot do
        self.why_not.setWordWrap(True)
        self.why_not.setObjectName("orderActionsNote")
        self.why_not.setOpenExternalLinks(True)
        self.why_not.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        layout.addWidget(self.actions_host)
        layout.addWidget(self.why_not)
        self.dialog = None  # the open confirmation, kept so it is not collected
        self.show_order(None)

    def attach(self, ws, bridge) -> None:
        self.ws, self.bridge = ws, bridge

    def action_names(self) -> dict[str, str]:
        return {"refund": self.tr("Refund…"), "cancel": self.tr("Cancel order…"),
                "create_return": self.tr("Start a return…"), "add_note": self.tr("Add a note…"),
                "add_tag": self.tr("Add tags…")}

    # --- the order -------------------------------------------------------------------------------

    def show_order(self, order: OrderView | None, conversation: ConversationView | None = None) -> None:
        """The order, and what can be done to it (the same conversation reopened keeps its buttons
        until the refreshed menu arrives)."""
        same = conversation is not None and self.conversation is not None and conversation.id == self.conversation.id
        self.conversation = conversation
        if order is None:
            empty = self.tr("No order linked to this conversation.")
            self.body.setText(f"<span style='color:#5f6368'>{html.escape(empty)}</span>")
        else:
            self.body.setText(self._html(order))
        if not same:
            self._show_menu(None)
        if conversation is not None and conversation.channel in ACTING_CHANNELS and self.ws is not None:
            cid = conversation.id
            run(orders.order_actions(self.ws, cid), self.bridge, name="order-actions",
                on_error=lambda error: self._menu_failed(cid, error),
                on_done=lambda menu: self._menu_arrived(cid, menu))

    def _labels(self) -> dict[str, str]:
        # tr() outside f-strings, where lupdate can see them.
        return {
            "Status": self.tr("Status"), "Placed": self.tr("Placed"), "Total": self.tr("Total"),
            "Items": self.tr("Items"), "Tracking": self.tr("Tracking"), "Refunds": self.tr("Refunds"),
            "Returns": self.tr("Returns"), "ETA": self.tr("ETA"), "shipped": self.tr("shipped"),
        }

    def _html(self, o: OrderView) -> str:
        labels = {key: html.escape(text) for key, text in self._labels().items()}
        esc = html.escape
        parts = [
            f"<b style='font-size:12pt'>{esc(o.external_id)}</b><br>"
            f"{labels['Status']}: {esc(order_status(o.status))} · {labels['Placed']} {esc(date_text(o.placed_at))}<br>"
            f"{labels['Total']}: <b>{esc(o.total)} {esc(o.currency)}</b>",
            f"<p><b>{labels['Items']}</b><br>"
            + "<br>".join(f"{q} × {esc(title)} <span style='color:#5f6368'>({esc(sku)}, {esc(str(price))})</span>"
                          for sku, title, q, price in o.items)
            + "</p>",
        ]
        if o.shipments:
            rows = []
            for carrier, tracking, status, shipped, eta in o.shipments:
                colour = SHIPMENT_COLOURS.get(status, "#3c4043")
                eta_text = f" · {labels['ETA']} {esc(date_text(eta))}" if eta else ""
                rows.append(f"{esc(carrier)} <code>{esc(tracking)}</code><br>"
                            f"<span style='color:{colour}'>{esc(shipment_status(status))}</span> · {labels['shipped']} "
                            f"{esc(date_text(shipped))}{eta_text}")
            parts.append(f"<p><b>{labels['Tracking']}</b><br>" + "<br>".join(rows) + "</p>")
        if o.refunds:
            parts.append(f"<p><b>{labels['Refunds']}</b><br>" + "<br>".join(
                f"{esc(str(amount))} {esc(o.currency)} · {esc(reason_name(reason))} · {esc(refund_status(status))} "
                f"({esc(date_text(at))})" for amount, reason, status, at in o.refunds) + "</p>")
        if o.returns:
            parts.append(f"<p><b>{labels['Returns']}</b><br>" + "<br>".join(
                f"{esc(reason_name(reason))} · {esc(return_status(status))}{' · ' + esc(rma) if rma else ''} "
                f"({esc(date_text(at))})" for reason, status, rma, at in o.returns) + "</p>")
        return "".join(parts)

    # --- what can be done ------------------------------------------------------------------------

    def _menu_arrived(self, conversation_id: int, menu) -> None:
        if self.conversation is None or self.conversation.id != conversation_id:
            return
        self._show_menu(menu)
        self.menu_shown.emit(conversation_id)

    def _menu_failed(self, conversation_id: int, error) -> None:
        if self.conversation is not None and self.conversation.id == conversation_id:
            self._show_menu(None)
            self.why_not.setText(html.escape(str(error)))
            self.why_not.show()

    def _show_menu(self, menu) -> None:
        self.menu = menu
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        self.why_not.clear()
        self.why_not.hide()
        if menu is None or not menu.actions:
            self.actions_host.hide()
            return
        if menu.channel.value == "amazon":
            self._show_amazon(menu)
        else:
            self._show_shopify(menu)
        self.actions_host.show()

    def _show_shopify(self, menu) -> None:
        names, reasons = self.action_names(), []
        for index, available in enumerate(menu.actions):
            button = self._button(available.action.value, names[available.action.value], index)
            button.setEnabled(available.enabled)
            if not available.enabled:
                why = self.reason_text(available.code, available.reason)
                button.setToolTip(why)
                reasons.append(f"{names[available.action.value].rstrip('…')}: {why}")
        self._say(reasons)

    def _show_amazon(self, menu) -> None:
        self._button("amazon_message", self.tr("Message the buyer about this order…"), 0)
        statement = self.tr("Amazon offers no refund, cancellation, return, note or tag through its API: do these in Seller Central.")
        link = self.tr("Open the order in Seller Central")
        text = html.escape(statement)
        if menu.seller_central_url:
            text += f"<br><a href='{html.escape(menu.seller_central_url, quote=True)}'>{html.escape(link)}</a>"
        self.why_not.setText(text)
        self.why_not.show()

    def _button(self, key: str, label: str, index: int) -> QPushButton:
        button = QPushButton(label, self.actions_host)
        button.setObjectName(f"orderAction_{key}")
        button.clicked.connect(lambda _checked=False, k=key: self.open_action(k))
        self.actions_grid.addWidget(button, index // 2, index % 2)
        self.buttons[key] = button
        return button

    def _say(self, reasons: list[str]) -> None:
        if reasons:
            self.why_not.setText("<br>".join(f"<span style='color:#5f6368'>{html.escape(r)}</span>"
                                             for r in dict.fromkeys(reasons)))
            self.why_not.show()

    def reason_text(self, code: str | None, english: str | None) -> str:
        """Why an action is not offered, in the agent's language (the core's words for unknown codes)."""
        return {
            "closed": self.tr("the order is cancelled or fully refunded"),
            "shipped": self.tr("it has shipped: refund it or start a return instead"),
            "not_shipped": self.tr("only shipped items can be returned"),
            "no_order": self.tr("no Shopify order is linked to this conversation yet"),
            "amazon": self.tr("Amazon's API cannot do this"),
        }.get(code or "", english or "")

    def open_action(self, key: str) -> None:
        """The action's confirmation dialog; its idempotency key is made now and kept for Retry."""
        if self.conversation is None or self.ws is None:
            return
        from ui.sidebar.order_actions import dialog_for

        self.dialog = dialog_for(key, self.ws, self.bridge, self.conversation, self.window())
        self.dialog.open()  # never exec(): a nested loop would stall qasync
        self.dialog.start()
        self.dialog_opened.emit(self.dialog)
