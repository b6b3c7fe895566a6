"""What Desk sends to an AI provider for a draft: built here, shown to the agent as it is, logged.

The draft is grounded on the conversation, the order's facts and the best knowledge-base entries,
and asked for in the buyer's language with the channel's rules. `request_payload` returns the exact
JSON body of the chat-completions request (the API key travels only in a header, never in it).
Customer e-mail addresses and phone numbers are replaced before a cloud provider sees them unless
the workspace allows otherwise; a server on this machine or the local network counts as local.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from desk.drafting.settings import DraftSettings

LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "de": "German", "fr": "French", "it": "Italian", "ja": "Japanese",
    "zh": "Simplified Chinese", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ko": "Korean",
}
# What each channel forbids in a reply (desk/policy/rules says it in full and checks it afterwards).
CHANNEL_RULES = {
    "amazon": ("Amazon buyer-seller messaging: plain text only; no links, e-mail addresses or phone numbers; "
               "never ask for a review or feedback; no promotions, incentives or emojis."),
    "whatsapp": "WhatsApp chat: short and friendly, plain text, no links unless they are tracking links.",
    "shopify": "Store e-mail: plain text, polite and complete.",
    "email": "E-mail: plain text, polite and complete.",
}
MAX_CONVERSATION_CHARS = 6000  # the newest messages are kept when a thread is longer
MAX_KB_CHARS = 2500

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Phone numbers: an optional +country code, then 7+ digits with spaces, dots, dashes or brackets.
# Amazon order ids (3-7-7 digits) are not phones: the order is what the draft is about.
_PHONE = re.compile(r"(?<![\w-])(?:\+|00)?\(?\d[\d\s().-]{6,}\d(?![\w-])")
_ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")


@dataclass(frozen=True)
class DraftInput:
    """Everything a draft may use, read from the workspace (`draft.gather_draft_input`)."""

    channel: str
    customer_language: str
    agent_language: str
    intent: str | None
    messages: tuple[tuple[str, str], ...]  # (direction "in"/"out", text), oldest first
    order_facts: tuple[tuple[str, str], ...] = ()  # (name, value), known values only
    knowledge: tuple[tuple[str, str], ...] = ()  # (title, body) of the best KB entries
    glossary_terms: tuple[str, ...] = ()  # the workspace's wording, in the customer's language
    shop_name: str = ""
    agent_name: str = ""
    last_inbound_at: int | None = None  # the customer's last message (epoch s): WhatsApp's service window


def is_local(base_url: str) -> bool:
    """Whether the provider runs on this machine or the local network (loopback, private, link-local
    addresses, localhost and *.local names)."""
    host = (urlsplit(base_url.strip()).hostname or "").lower()
    if host == "localhost" or host.endswith((".localhost", ".local", ".lan", ".internal")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


def redact_contacts(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub(lambda m: m.group(0) if _ORDER_ID.match(m.group(0).strip()) else "[phone]", text)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code.split("-")[0].lower(), code)


def request_payload(settings: DraftSettings, draft_input: DraftInput, *, stream: bool = True) -> dict:
    """The exact JSON body sent to `{base_url}/chat/completions`."""
    keep_contacts = settings.send_contact_details or is_local(settings.base_url)
    return {
        "model": settings.model,
        "messages": chat_messages(draft_input, redact=not keep_contacts),
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
        "stream": stream,
    }


def chat_messages(draft_input: DraftInput, *, redact: bool) -> list[dict]:
    clean = redact_contacts if redact else (lambda text: text)
    return [
        {"role": "system", "content": _instructions(draft_input)},
        {"role": "user", "content": clean(_grounding(draft_input))},
    ]


def _instructions(d: DraftInput) -> str:
    language = language_name(d.customer_language)
    lines = [
        f"You draft the next reply of an after-sales agent{' of ' + d.shop_name if d.shop_name else ''} "
        f"to a customer. Write it in {language} only, as the agent, ready to send.",
        "Use only the facts given (order facts, knowledge base). Never invent tracking numbers, dates, "
        "amounts or promises; where a fact is missing, say you will check and come back.",
        CHANNEL_RULES.get(d.channel, CHANNEL_RULES["email"]),
        "Answer with the reply text only: no subject line, no notes, no placeholders.",
    ]
    if d.glossary_terms:
        lines.append(f"Use these terms as written: {', '.join(d.glossary_terms)}.")
    if d.agent_name:
        lines.append(f"Sign as {d.agent_name}.")
    return "\n".join(lines)


def _grounding(d: DraftInput) -> str:
    parts = ["Conversation (oldest first):", _conversation(d.messages)]
    if d.order_facts:
        parts += ["", "Order facts:", *(f"- {name}: {value}" for name, value in d.order_facts)]
    if d.knowledge:
        parts += ["", "Knowledge base (the shop's policies and approved answers):", _knowledge(d.knowledge)]
    if d.intent:
        parts += ["", f"Triage says the customer's request is: {d.intent.replace('_', ' ')}."]
    return "\n".join(parts)


def _conversation(messages: tuple[tuple[str, str], ...]) -> str:
    lines: list[str] = []
    used = 0
    for direction, text in reversed(messages):  # newest first until the budget is spent
        line = f"{'Customer' if direction == 'in' else 'Agent'}: {text.strip()}"
        if used + len(line) > MAX_CONVERSATION_CHARS and lines:
            break
        lines.append(line[:MAX_CONVERSATION_CHARS])
        used += len(line)
    return "\n\n".join(reversed(lines))


def _knowledge(entries: tuple[tuple[str, str], ...]) -> str:
    text = "\n\n".join(f"## {title}\n{body.strip()}" for title, body in entries)
    return text[:MAX_KB_CHARS]
