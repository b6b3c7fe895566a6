"""What happens when an agent writes and sends a reply: the rules live here.

1. A reply leaves in the buyer's language, or in a language the agent chose explicitly for this
   reply (`ReplyLanguage`). When it must be translated and translation is unavailable, sending is
   refused with the reason; the text stays in the box, and it goes as written only once the agent
   switches the reply language to the language they wrote in.
2. The language choice belongs to one conversation: it is saved with that conversation's draft and
   every other conversation starts from its own draft or the default.
3. The policy check runs on exactly what will be sent, every time (never a stale preview):
   blocking rules cannot be overridden; warnings go out only when the agent confirms.
4. A translated reply keeps the agent's own words as an internal note beside it.
5. The reply is saved in the outbox before the network is touched; the account's sync delivers it
   (`desk.app.sync`), woken at once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desk.app.changes import NOTHING, Changes, conversation_changed
from desk.domain import ConversationView

if TYPE_CHECKING:
    from desk.app.workspace import Workspace
    from desk.policy import Violation

ORIGINAL_NOTE_HEADINGS = {"zh": "翻译前的原文：", "en": "Written before translation:"}


@dataclass(frozen=True, slots=True)
class ReplyLanguage:
    """`written`: the language the agent types in; `sent`: the language the reply goes out in.
    They differ when Desk translates."""

    written: str
    sent: str

    @property
    def translated(self) -> bool:
        return self.written != self.sent

    def chosen_over_buyer(self, conversation: ConversationView) -> bool:
        """The agent chose another language than the buyer's for this reply."""
        return bool(conversation.language) and self.sent != conversation.language


def language_choices(conversation: ConversationView, agent_language: str) -> list[ReplyLanguage]:
    """What the reply box offers, the default first: write in your language and send in the
    buyer's; write in the buyer's; or send as written in your language or English (an explicit
    choice of another language than the buyer's)."""
    buyer = conversation.language
    if not buyer:  # the customer's language is not known yet: as written
        return [ReplyLanguage(agent_language, agent_language)]
    choices = [ReplyLanguage(agent_language, buyer)] if buyer != agent_language else []
    choices.append(ReplyLanguage(buyer, buyer))
    choices.extend(ReplyLanguage(other, other) for other in dict.fromkeys((agent_language, "en")) if other != buyer)
    return choices


def default_language(conversation: ConversationView, agent_language: str) -> ReplyLanguage:
    return language_choices(conversation, agent_language)[0]


@dataclass(frozen=True, slots=True)
class PreparedReply:
    """A reply as it would go out now. `text` is None when it cannot be made (the translation it
    needs is unavailable: `translation_problem` says why, a desk.translation TranslationState value)."""

    conversation_id: int
    written: str
    language: ReplyLanguage
    text: str | None
    back_translation: str = ""
    violations: tuple[Violation, ...] = ()
    translation_problem: str | None = None

    @property
    def blocked(self) -> bool:
        return self.text is None or any(v.severity == "block" for v in self.violations)

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "warn")


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """`refused`: why nothing was sent ("empty", "no_mailbox": imported mail has no mailbox to answer
    from, "translation_unavailable", "blocked"), else None.
    `needs_confirmation`: only warnings stand in the way; sending again with confirmed=True sends.
    `templates`: WhatsApp templates the agent may send instead (the 24-hour window has closed)."""

    prepared: PreparedReply | None
    changes: Changes = NOTHING
    queued_key: str | None = None
    refused: str | None = None
    needs_confirmation: bool = False
    templates: list[tuple[str, str]] = field(default_factory=list)

    @property
    def sent(self) -> bool:
        return self.queued_key is not None


async def prepare_reply(ws: Workspace, conversation_id: int, text: str, language: ReplyLanguage,
                        *, now: datetime | None = None) -> PreparedReply:
    """What `text` becomes when sent in `language`, with its back-translation and what the
    platform's rules say about it."""
    from desk.storage.conversations import load_conversation

    conversation = await ws.executors.read(load_conversation, ws.db, conversation_id)
    if conversation is None:
        from desk.app.conversations import UnknownConversation

        raise UnknownConversation(conversation_id)
    outgoing, back, problem = await _translated(ws, text, language)
    if outgoing is None:
        return PreparedReply(conversation_id, text, language, None, translation_problem=problem)
    violations = await ws.executors.io(_check, conversation, outgoing, language, now or datetime.now(UTC))
    return PreparedReply(conversation_id, text, language, outgoing, back, tuple(violations))


async def _translated(ws: Workspace, text: str, language: ReplyLanguage) -> tuple[str | None, str, str | None]:
    """(the text to send, its back-translation into the agent's language, why there is none)."""
    service = ws.translation
    if language.translated:
        if service is None:
            return None, "", "failed"
        result = await service.translate_reply(text, language.written, language.sent)
        if result.translated is None:
            return None, "", result.forward.state.value
        return result.translated, result.back_translation or "", None
    if service is not None and language.sent != ws.agent_language:
        back = (await service.translate_many([text], language.sent, ws.agent_language))[0]
        return text, back.translated or "", None
    return text, "", None


def _check(conversation: ConversationView, text: str, language: ReplyLanguage, now: datetime) -> list:
    from desk.policy import check_outgoing

    return check_outgoing(text, channel=conversation.channel, customer_language=conversation.language,
                          last_inbound_at=conversation.last_inbound_at, now=now, reply_language=language.sent,
                          subject=conversation.subject)


async def send_reply(ws: Workspace, conversation_id: int, text: str, language: ReplyLanguage,
                     *, confirmed: bool = False, now: datetime | None = None) -> SendOutcome:
    """Send `text` in `language` if the rules allow it: prepared afresh, refused when it cannot
    go, held for confirmation over warnings, else saved in the outbox and its draft removed."""
    if not text.strip():
        return SendOutcome(None, refused="empty")
    if await _from_local_account(ws, conversation_id):
        return SendOutcome(None, refused="no_mailbox")
    prepared = await prepare_reply(ws, conversation_id, text, language, now=now)
    if prepared.text is None:
        return SendOutcome(prepared, refused="translation_unavailable")
    if prepared.blocked:
        templates = await _templates_if_window_closed(ws, prepared)
        return SendOutcome(prepared, refused="blocked", templates=templates)
    if prepared.warnings and not confirmed:
        return SendOutcome(prepared, needs_confirmation=True)
    key = await _queue(ws, conversation_id, prepared.text, now=now)
    if language.translated:
        heading = ORIGINAL_NOTE_HEADINGS.get(ws.agent_language, ORIGINAL_NOTE_HEADINGS["en"])
        await _queue(ws, conversation_id, f"{heading}\n{text}", note=True, now=now)
    await _store_draft(ws, conversation_id, "", None)
    return SendOutcome(prepared, conversation_changed(conversation_id), queued_key=key)


async def _from_local_account(ws: Workspace, conversation_id: int) -> bool:
    return await ws.executors.read(_local, ws.db, conversation_id)


def _local(db, conversation_id: int) -> bool:
    from desk.accounts import local_account_ids

    rows = db.fetch_all("SELECT account_id FROM conversations WHERE id = :c", {"c": conversation_id})
    return bool(rows) and rows[0][0] in local_account_ids(db)


async def _templates_if_window_closed(ws: Workspace, prepared: PreparedReply) -> list[tuple[str, str]]:
    if any(v.rule_id == "whatsapp.window_closed" for v in prepared.violations):
        return await approved_templates(ws, prepared.conversation_id)
    return []


async def _queue(ws: Workspace, conversation_id: int, text: str, *, note: bool = False, template=None,
                 now: datetime | None = None) -> str:
    from desk.sync.outbox import queue_reply

    key = await ws.executors.write(queue_reply, ws.db, conversation_id, text, note=note, author=ws.agent_name,
                                   template=template, now=now)
    if not note:
        ws.events.reply_queued.emit(conversation_id)
    return key


async def add_note(ws: Workspace, conversation_id: int, text: str) -> Changes:
    """An internal note: seen by colleagues, never by the customer."""
    if not text.strip():
        return NOTHING
    from desk.app.lifecycle import note_mentions

    key = await _queue(ws, conversation_id, text, note=True)
    await _store_draft(ws, conversation_id, "", None)
    await note_mentions(ws, conversation_id, f"desk:{key}", text)
    return conversation_changed(conversation_id)


async def send_template(ws: Workspace, conversation_id: int, name: str, language: str,
                        parameters: tuple[str, ...] = ()) -> SendOutcome:
    """An approved WhatsApp template: what may go once the 24-hour window has closed."""
    from desk.domain.records import Template

    key = await _queue(ws, conversation_id, f"[{name} · {language}]", template=Template(name, language, parameters))
    return SendOutcome(None, conversation_changed(conversation_id), queued_key=key)


async def approved_templates(ws: Workspace, conversation_id: int) -> list[tuple[str, str]]:
    from desk.accounts import approved_templates as templates

    return await ws.executors.read(templates, ws.db, conversation_id)


# --- drafts ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    language: ReplyLanguage


async def load_draft(ws: Workspace, conversation: ConversationView) -> Draft:
    """The conversation's draft with the language chosen for it, else empty with the default."""
    from desk.storage.drafts import load_draft as load

    stored = await ws.executors.read(load, ws.db, conversation.id)
    default = default_language(conversation, ws.agent_language)
    chosen = ReplyLanguage(stored.written_language, stored.sent_language) \
        if stored.written_language and stored.sent_language else default
    if chosen not in language_choices(conversation, ws.agent_language):
        chosen = default  # the agent's language changed since
    return Draft(stored.body, chosen)


async def save_draft(ws: Workspace, conversation_id: int, text: str, language: ReplyLanguage | None) -> Changes:
    await _store_draft(ws, conversation_id, text, language)
    return NOTHING  # a draft shows nowhere but in its own reply box


async def _store_draft(ws: Workspace, conversation_id: int, text: str, language: ReplyLanguage | None) -> None:
    from desk.storage.drafts import StoredDraft, save_draft as save

    draft = StoredDraft(text, language.written if language else None, language.sent if language else None)
    await ws.executors.write(save, ws.db, conversation_id, draft, int(time.time()))


# --- proposed replies -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Proposal:
    text: str
    title: str  # of the macro it comes from
    language: ReplyLanguage  # written and sent in the buyer's language


async def propose_reply(ws: Workspace, conversation_id: int) -> Proposal | None:
    """A reply to a simple question from the best macro and the order, in the buyer's language."""
    proposal = await ws.executors.read(_propose, ws.db, conversation_id, ws.agent_name)
    if proposal is None:
        return None
    return Proposal(proposal.text, proposal.title, ReplyLanguage(proposal.language, proposal.language))


def _propose(db, conversation_id: int, agent_name: str):
    from desk.routing.autoreply import propose_reply as propose

    return propose(db, conversation_id, agent_name=agent_name)
