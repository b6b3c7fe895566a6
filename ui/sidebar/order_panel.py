"""The order beside the conversation: items, tracking, refunds and returns."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.domain import OrderView

SHIPMENT_COLOURS = {"delivered": "#188038", "exception": "#c62828", "returned": "#c62828", "in_transit": "#1a73e8"}


def _date(epoch: int | None) -> str:
    return "—" if epoch is None else datetime.fromtimestamp(epoch).strftime("%Y-%m-%d")


class OrderPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(self.body.textFormat().RichText)
        self.body.setObjectName("orderPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        self.show_order(None)

    def show_order(self, order: OrderView | None) -> None:
        if order is None:
            empty = self.tr("No order linked to this conversation.")
            self.body.setText(f"<span style='color:#5f6368'>{html.escape(empty)}</span>")
            return
        self.body.setText(self._html(order))

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
            f"{labels['Status']}: {esc(o.status)} · {labels['Placed']} {_date(o.placed_at)}<br>"
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
                eta_text = f" · {labels['ETA']} {_date(eta)}" if eta else ""
                rows.append(f"{esc(carrier)} <code>{esc(tracking)}</code><br>"
                            f"<span style='color:{colour}'>{esc(status)}</span> · {labels['shipped']} "
                            f"{_date(shipped)}{eta_text}")
            parts.append(f"<p><b>{labels['Tracking']}</b><br>" + "<br>".join(rows) + "</p>")
        if o.refunds:
            parts.append(f"<p><b>{labels['Refunds']}</b><br>" + "<br>".join(
                f"{esc(str(amount))} {esc(o.currency)} · {esc(reason)} · {esc(status)} ({_date(at)})"
                for amount, reason, status, at in o.refunds) + "</p>")
        if o.returns:
            parts.append(f"<p><b>{labels['Returns']}</b><br>" + "<br>".join(
                f"{esc(reason)} · {esc(status)}{' · ' + esc(rma) if rma else ''} ({_date(at)})"
                for reason, status, rma, at in o.returns) + "</p>")
        return "".join(parts)
