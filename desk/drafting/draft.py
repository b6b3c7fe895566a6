"""An AI draft for an open conversation, from reading the workspace to a checked, translated text.

    draft_input = gather_draft_input(db, conversation_id, agent_language="zh")     # reader thread
    request = request_payload(settings, draft_input)                              # show it as it is
    async for delta in stream_request(settings, api_key, request): ...            # show it as it comes
    draft = await finish_draft(text, draft_input, translate=service.translate)    # check and translate
    send_automatically(db, conversation_id, draft, settings)                      # writer thread

The draft is in the customer's language; the agent reads it with its translation into theirs, and
the policy check runs on it exactly as on a typed reply.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from desk.drafting.client import DraftError, DraftState, stream_draft
from desk.drafting.prompt import DraftInput, is_local
from desk.drafting.settings import DraftSettings
from desk.storage.db import Database

log = logging.getLogger(__name__)
KB_ENTRIES = 3  # the best macros and articles given to the provider
CONTEXT_MESSAGES = 20  # the newest messages of a long thread


@dataclass(frozen=True)
class AiDraft:
    text: str  # in the customer's language
    language: str
    translation: object | None  # desk.translation Translation into the agent's language, or None
    violations: tuple  # desk.policy Violation, as for a typed reply
    state: DraftState = DraftState.OK


def gather_draft_input(db: Database, conversation_id: int, *, agent_language: str, agent_name: str = "",
                       glossary=None) -> DraftInput:
    """The conversation, its order's facts and the best KB entries (runs on a reader thread)."""
    from desk.knowledge import macro_context, open_entry, suggest
    from desk.storage.conversations import load_conversation

    view = load_conversation(db, conversation_id)
    if view is None:
        raise DraftError(DraftState.REFUSED, f"Conversation {conversation_id} no longer exists.")
    language = view.language or "en"
    messages = tuple((m.direction, m.text) for m in view.messages if m.text and not m.auto_reply)[-CONTEXT_MESSAGES:]
    last_in = next((text for direction, text in reversed(messages) if direction == "in"), "")
    context = macro_context(db, conversation_id, agent_name=agent_name)
    hits = suggest(db, text=last_in, intent=view.intent, language=language, market=context.market,
                   channel=view.channel, limit=KB_ENTRIES)
    knowledge = tuple((doc.title, doc.body) for hit in hits if (doc := open_entry(db, hit.slug, language)))
    return DraftInput(
        channel=view.channel, customer_language=language, agent_language=agent_language, intent=view.intent,
        messages=messages, order_facts=order_facts(context, language), knowledge=knowledge,
        glossary_terms=_glossary_terms(glossary, [t for _, t in messages], language),
        shop_name=context.shop_name, agent_name=agent_name, last_inbound_at=view.last_inbound_at,
    )


def order_facts(context, language: str) -> tuple[tuple[str, str], ...]:
    """The known values of a MacroContext, written the way `language` writes dates and amounts."""
    skip = {"customer_name", "shop_name", "agent_name", "market"}
    facts = []
    for name, value in context.variables(language).items():
        if name in skip or value in (None, "", [], ()):
            continue
        facts.append((name.replace("_", " "), ", ".join(value) if isinstance(value, list) else str(value)))
    return tuple(facts)


def _glossary_terms(glossary, texts: list[str], language: str) -> tuple[str, ...]:
    if glossary is None:
        return ()
    from desk.translation.languages import AUTO

    found: dict[str, None] = {}
    for text in texts:
        found.update(dict.fromkeys(glossary.protect(text, AUTO, language).replacements.values()))
    return tuple(found)


async def stream_request(settings: DraftSettings, api_key: str | None, payload: dict, *,
                         transport=None) -> AsyncIterator[str]:
    """The draft's text deltas; logs what is sent (never the key) and raises DraftError."""
    if not settings.configured:
        raise DraftError(DraftState.NOT_CONFIGURED, "AI drafts are off, or no provider URL and model are set.")
    log.info("AI draft request to %s (%s): %s", settings.base_url, "local" if is_local(settings.base_url) else "cloud",
             json.dumps(payload, ensure_ascii=False))
    async for delta in stream_draft(settings.base_url, api_key, payload, timeout_s=settings.timeout_s,
                                    transport=transport):
        yield delta


async def finish_draft(text: str, draft_input: DraftInput, *,
                       translate: Callable[[str, str, str], Awaitable[object]] | None = None,
                       now: datetime | None = None) -> AiDraft:
    """The policy check on the draft (as on any reply, WhatsApp's window included) and its translation
    into the agent's language (`translate` is TranslationService.translate; None or the same
    language: no translation)."""
    from desk.policy import check_outgoing
    from desk.translation.languages import same_language

    text = text.strip()
    if not text:
        raise DraftError(DraftState.EMPTY, "The AI provider answered with an empty draft.")
    violations = check_outgoing(text, channel=draft_input.channel, customer_language=draft_input.customer_language,
                                last_inbound_at=draft_input.last_inbound_at, now=now or datetime.now(UTC))
    translation = None
    if translate is not None and not same_language(draft_input.customer_language, draft_input.agent_language):
        translation = await translate(text, draft_input.customer_language, draft_input.agent_language)
    return AiDraft(text, draft_input.customer_language, translation, tuple(violations))


def may_send_automatically(db: Database, conversation_id: int, draft: AiDraft, settings: DraftSettings) -> bool:
    """An AI draft goes out unseen only when the workspace allows AI drafts to, the conversation passes
    the gate of every automatic reply (desk.routing.autoreply.may_answer_automatically) and the
    draft's policy check is silent."""
    from desk.routing.autoreply import may_answer_automatically

    if not (settings.auto_send and settings.configured) or draft.violations or draft.state is not DraftState.OK:
        return False
    return may_answer_automatically(db, conversation_id)


def send_automatically(db: Database, conversation_id: int, draft: AiDraft, settings: DraftSettings, *,
                       now: datetime | None = None) -> bool:
    """Queue the draft as the reply and audit it, where `may_send_automatically` allows; runs on the
    writer thread. Whether it went out."""
    from desk.routing.autoreply import AUTO_AUTHOR, audit_automatic_reply
    from desk.sync.outbox import queue_reply

    if not may_send_automatically(db, conversation_id, draft, settings):
        return False
    now = now or datetime.now(UTC)
    queue_reply(db, conversation_id, draft.text, author=AUTO_AUTHOR, now=now)
    audit_automatic_reply(db, conversation_id, {"ai_draft": settings.model, "local": is_local(settings.base_url),
                                                "language": draft.language}, now)
    return True
