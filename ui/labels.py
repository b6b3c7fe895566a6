"""Display names for the codes the core uses (intents, escalation reasons), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


translate = QCoreApplication.translate


def intent_name(intent: str | None) -> str:
    names = {
        "where_is_my_order": translate("Labels", "Where is my order"),
        "return_request": translate("Labels", "Return"),
        "refund_status": translate("Labels", "Refund"),
        "size_exchange": translate("Labels", "Size exchange"),
        "damaged_item": translate("Labels", "Damaged or defective"),
        "missing_item": translate("Labels", "Missing item"),
        "wrong_item": translate("Labels", "Wrong item"),
        "not_as_described": translate("Labels", "Not as described"),
        "cancel_order": translate("Labels", "Cancellation"),
        "change_address": translate("Labels", "Address change"),
        "product_question": translate("Labels", "Product question"),
        "complaint": translate("Labels", "Complaint"),
        "invoice_request": translate("Labels", "Invoice"),
        "other": translate("Labels", "Other"),
    }
    return names.get(intent or "", "")


def escalation_reasons(reasons: str) -> str:
    names = {
        "anger": translate("Labels", "angry customer"),
        "chargeback": translate("Labels", "chargeback or payment dispute"),
        "a_to_z": translate("Labels", "A-to-z claim"),
        "legal": translate("Labels", "lawyer or consumer authority"),
        "bad_review": translate("Labels", "threatens a bad review"),
        "manager": translate("Labels", "asks for a manager"),
    }
    return ", ".join(names.get(code, code) for code in reasons.split(",") if code)


def translation_problem(state) -> str:
    """Why a text has no translation (a TranslationState value), in the agent's words."""
    names = {
        "offline": translate("Labels", "No translation: the provider cannot be reached (offline?). The original is shown."),
        "quota": translate("Labels", "No translation: the provider's quota is used up. Try later or choose another provider."),
        "auth": translate("Labels", "No translation: the provider refused the API key. Check it in Settings."),
        "failed": translate("Labels", "No translation: the provider failed. The original is shown."),
    }
    return names.get(getattr(state, "value", str(state)), names["failed"])


def draft_problem(state) -> str:
    """Why there is no AI draft (a DraftState of the core), in the agent's words."""
    names = {
        "not_configured": translate("Labels", "AI drafts are off, or no provider and model are set (Settings)."),
        "offline": translate("Labels", "No AI draft: the provider cannot be reached (offline, or the local server is not running)."),
        "timeout": translate("Labels", "No AI draft: the provider stopped answering. Try again."),
        "auth": translate("Labels", "No AI draft: the provider refused the API key. Check it in Settings."),
        "rate_limited": translate("Labels", "No AI draft: the provider's rate limit is reached. Try again in a minute."),
        "refused": translate("Labels", "No AI draft: the provider refused the request (model name, length)."),
        "server_error": translate("Labels", "No AI draft: the provider failed. Try again later."),
        "filtered": translate("Labels", "No AI draft: the provider's content filter withheld it. Write this reply yourself."),
        "empty": translate("Labels", "No AI draft: the provider answered with nothing."),
    }
    return names.get(getattr(state, "value", str(state)), names["server_error"])
