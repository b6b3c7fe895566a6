"""Display names for the codes the core uses (intents, escalation reasons), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def intent_name(intent: str | None) -> str:
    names = {
        "where_is_my_order": _tr("Where is my order"),
        "return_request": _tr("Return"),
        "refund_status": _tr("Refund"),
        "size_exchange": _tr("Size exchange"),
        "damaged_item": _tr("Damaged or wrong item"),
        "cancel_order": _tr("Cancellation"),
        "change_address": _tr("Address change"),
        "product_question": _tr("Product question"),
        "complaint": _tr("Complaint"),
        "invoice_request": _tr("Invoice"),
        "other": _tr("Other"),
    }
    return names.get(intent or "", "")


def escalation_reasons(reasons: str) -> str:
    names = {
        "anger": _tr("angry customer"),
        "chargeback": _tr("chargeback or payment dispute"),
        "a_to_z": _tr("A-to-z claim"),
        "legal": _tr("lawyer or consumer authority"),
        "bad_review": _tr("threatens a bad review"),
    }
    return ", ".join(names.get(code, code) for code in reasons.split(",") if code)


def translation_problem(state) -> str:
    """Why a text has no translation (a desk.translation.TranslationState), in the agent's words."""
    names = {
        "offline": _tr("No translation: the provider cannot be reached (offline?). The original is shown."),
        "quota": _tr("No translation: the provider's quota is used up. Try later or choose another provider."),
        "auth": _tr("No translation: the provider refused the API key. Check it in Settings."),
        "failed": _tr("No translation: the provider failed. The original is shown."),
    }
    return names.get(getattr(state, "value", str(state)), names["failed"])
