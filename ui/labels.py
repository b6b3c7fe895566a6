"""Display names for the codes the core uses (intents, escalation reasons, order, shipment, refund and
return states, message costs), and dates in the interface's locale."""

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
        "learned": translate("Labels", "reads like an escalation (no rule matched)"),
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
# --- the order panel (Desk's own status codes, as the core maps every platform's) ------------------------

def order_status(code: str) -> str:
    names = {
        "pending": translate("Labels", "awaiting payment"),
        "unshipped": translate("Labels", "not shipped"),
        "partially_shipped": translate("Labels", "partly shipped"),
        "shipped": translate("Labels", "shipped"),
        "delivered": translate("Labels", "delivered"),
        "cancelled": translate("Labels", "cancelled"),
        "unfulfillable": translate("Labels", "cannot be fulfilled"),
        "refunded": translate("Labels", "refunded"),
        "partially_refunded": translate("Labels", "partly refunded"),
    }
    return names.get(code, code)


def shipment_status(code: str) -> str:
    """A carrier's events as Desk keeps them (desk.domain.records.ShipmentRecord.status)."""
    names = {
        "label_created": translate("Labels", "label created"),
        "in_transit": translate("Labels", "in transit"),
        "out_for_delivery": translate("Labels", "out for delivery"),
        "delivered": translate("Labels", "delivered"),
        "exception": translate("Labels", "delivery problem"),
        "returned": translate("Labels", "returned to sender"),
    }
    return names.get(code, code)


def refund_status(code: str) -> str:
    names = {
        "requested": translate("Labels", "requested"),
        "pending": translate("Labels", "in progress"),
        "completed": translate("Labels", "refunded"),
        "rejected": translate("Labels", "refused"),
    }
    return names.get(code, code)


def return_status(code: str) -> str:
    names = {
        "requested": translate("Labels", "requested"),
        "authorized": translate("Labels", "approved"),
        "received": translate("Labels", "item received"),
        "completed": translate("Labels", "completed"),
        "closed": translate("Labels", "closed"),
        "rejected": translate("Labels", "refused"),
    }
    return names.get(code, code)


def reason_name(code: str) -> str:
    """Refund and return reasons that are codes (Shopify's return reason handles, the demo's);
    a reason an agent wrote in their own words is shown as written."""
    names = {
        "return": translate("Labels", "return"),
        "returned": translate("Labels", "returned"),
        "cancelled": translate("Labels", "order cancelled"),
        "damaged": translate("Labels", "damaged"),
        "defective": translate("Labels", "defective"),
        "changed_mind": translate("Labels", "changed their mind"),
        "unwanted": translate("Labels", "no longer wanted"),
        "no_longer_needed": translate("Labels", "no longer needed"),
        "not_as_described": translate("Labels", "not as described"),
        "not_as_expected": translate("Labels", "not as expected"),
        "wrong_size": translate("Labels", "wrong size"),
        "size_too_small": translate("Labels", "too small"),
        "size_too_large": translate("Labels", "too large"),
        "wrong_item": translate("Labels", "wrong item sent"),
        "color": translate("Labels", "colour"),
        "style": translate("Labels", "style"),
        "other": translate("Labels", "other"),
        "unknown": translate("Labels", "no reason given"),
    }
    return ", ".join(names.get(part.strip().lower().replace("-", "_"), part.strip())
                     for part in code.split(",") if part.strip())


# --- dates and times in the interface's locale ----------------------------------------------------

def date_text(epoch: int | None) -> str:
    """A day as the locale writes it short ("2026/11/21", "11/21/26"); "—" when unknown."""
    if epoch is None:
        return "—"
    from PySide6.QtCore import QDateTime, QLocale

    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(epoch)).date(), QLocale.FormatType.ShortFormat)


def date_time_text(epoch: int) -> str:
    """A moment as the locale writes it short, in local time."""
    from PySide6.QtCore import QDateTime, QLocale

    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(epoch)), QLocale.FormatType.ShortFormat)


# --- what a WhatsApp message costs -------------------------------------------------------------------

def cost_text(cost) -> str:
    """A CostEstimate (desk.app.replies.reply_cost): its pricing category and estimated price."""
    categories = {
        "service": translate("Labels", "service"),
        "utility": translate("Labels", "utility"),
        "marketing": translate("Labels", "marketing"),
        "authentication": translate("Labels", "authentication"),
    }
    category = categories.get(cost.category, cost.category)
    if not cost.billable:
        return translate("Labels", "%1 · free").replace("%1", category)
    return translate("Labels", "%1 · about %2 %3").replace("%1", category).replace(
        "%2", _decimal(cost.amount)).replace("%3", cost.currency)


def _decimal(amount) -> str:
    text = f"{amount:.4f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def fact_name(name: str) -> str:
    """A fact of the order or conversation that fills a template parameter or a macro."""
    names = {
        "customer_name": translate("Labels", "customer name"),
        "order_id": translate("Labels", "order number"),
        "order_date": translate("Labels", "order date"),
        "order_total": translate("Labels", "order total"),
        "carrier": translate("Labels", "carrier"),
        "tracking_number": translate("Labels", "tracking number"),
        "tracking_url": translate("Labels", "tracking link"),
        "refund_amount": translate("Labels", "refund amount"),
        "return_deadline": translate("Labels", "return deadline"),
        "items": translate("Labels", "items"),
        "shop_name": translate("Labels", "shop name"),
        "agent_name": translate("Labels", "your name"),
        "market": translate("Labels", "market"),
    }
    if name.isdigit():  # a fetched template's parameter no fact fills: the agent types it
        return translate("Labels", "parameter %1").replace("%1", name)
    return names.get(name, name)


def account_warning(warning) -> str:
    """An account warning (desk.app.accounts.account_warnings) in the agent's language."""
    if warning.kind == "orders_api_v0" and warning.deadline is not None:
        return translate("Labels", "Amazon removes Orders API v0, which this account reads orders through, on %1: switch its Orders API version to 2026-01-01.").replace("%1", warning.deadline.isoformat())
    if warning.kind == "api_version":
        return translate("Labels", "The platform answered with another API version than Desk asks for: %1").replace("%1", warning.message)
    return warning.message


def size_text(size: int) -> str:
    """A file's size as people read it: 12 KB, 3.4 MB."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
