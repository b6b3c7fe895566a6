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
6. The account's signature goes below the reply as written (after translation), and the rules
   check it with the rest.
7. Attached files are checked against the platform's types and sizes before anything is queued.
8. A macro's actions (resolve, tag, assign...) are taken once the reply it filled is queued.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desk.app.changes import NOTHING, Changes, conversation_changed
from desk.domain import ConversationView
from desk.domain.model import AttachmentData

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from desk.app.workspace import Workspace
    from desk.knowledge.actions import MacroActions
    from desk.policy import Violation

ORIGINAL_NOTE_HEADINGS = {"zh": "翻译前的原文：", "en": "Written before translation:"}
LARGEST_FILE = 100 * 1024 * 1024  # no platform takes a larger file (WhatsApp documents: 100 MB)


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
    signature: str = ""  # the account's, already at the end of `text`

    @property
    def blocked(self) -> bool:
        return self.text is None or any(v.severity == "block" for v in self.violations)

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "warn")


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """`refused`: why nothing was sent ("empty", "no_mailbox": imported mail has no mailbox to answer
    from, "translation_unavailable", "blocked", "attachments": the platform would refuse the files,
    "template_parameters": a template parameter has no value; on a team database "owned": another
    agent owns the conversation (`reason` names them; send again with `over_owner=True` once the
    agent agrees), "files_offline": files cannot wait in the offline mirror, "offline": a template cannot be
    sent offline), else None; `reason` says more.
    `needs_confirmation`: only warnings stand in the way; sending again with confirmed=True sends.
    `templates`: WhatsApp templates the agent may send instead (the 24-hour window has closed).
    `action_problem`: the reply went, but this step of its macro's actions could not be taken
    ("assign", "snooze"...: desk.app.macro_actions.ActionUnavailable)."""

    prepared: PreparedReply | None
    changes: Changes = NOTHING
    queued_key: str | None = None
    refused: str | None = None
    needs_confirmation: bool = False
    templates: list[tuple[str, str]] = field(default_factory=list)
    reason: str | None = None
    action_problem: str | None = None

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
    signature = await ws.executors.read(_signature, ws.db, conversation_id)
    outgoing = signed(outgoing, signature)
    violations = await ws.executors.io(_check, conversation, outgoing, language, now or datetime.now(UTC))
    return PreparedReply(conversation_id, text, language, outgoing, back, tuple(violations), signature=signature)


def signed(text: str, signature: str) -> str:
    """`text` with the signature below it (once: a text that already ends with it is left as it is)."""
    if not signature or text.rstrip().endswith(signature):
        return text
    return f"{text.rstrip()}\n\n{signature}"


def _signature(db, conversation_id: int) -> str:
    from desk.accounts import signature_of

    return signature_of(db, conversation_id)


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
                     *, confirmed: bool = False, now: datetime | None = None,
                     attachments: Sequence[AttachmentData] = (), actions: MacroActions | None = None,
                     over_owner: bool = False) -> SendOutcome:
    """Send `text` in `language` if the rules allow it: prepared afresh, refused when it cannot
    go, held for confirmation over warnings, else saved in the outbox (with `attachments`, when the
    platform takes them) and its draft removed; then the macro's `actions` are taken. On a team
    database a colleague's conversation is asked about first (refused "owned" unless `over_owner`);
    offline the reply waits in the mirror until the server is back (desk.app.team)."""
    from desk.app.team import writes_offline

    if not text.strip():
        return SendOutcome(None, refused="empty")
    if await _from_local_account(ws, conversation_id):
        return SendOutcome(None, refused="no_mailbox")
    if attachments and writes_offline(ws):  # the mirror keeps text only
        return SendOutcome(None, refused="files_offline")
    if problem := await check_attachments(ws, conversation_id, attachments):
        return SendOutcome(None, refused="attachments", reason=problem)
    if not over_owner and (owner := await _colleague_owning(ws, conversation_id)):
        return SendOutcome(None, refused="owned", reason=owner)
    prepared = await prepare_reply(ws, conversation_id, text, language, now=now)
    if prepared.text is None:
        return SendOutcome(prepared, refused="translation_unavailable")
    if prepared.blocked:
        templates = await _templates_if_window_closed(ws, prepared)
        return SendOutcome(prepared, refused="blocked", templates=templates)
    if prepared.warnings and not confirmed:
        return SendOutcome(prepared, needs_confirmation=True)
    key = await _queue(ws, conversation_id, prepared.text, now=now, attachments=attachments)
    if language.translated:
        heading = ORIGINAL_NOTE_HEADINGS.get(ws.agent_language, ORIGINAL_NOTE_HEADINGS["en"])
        await _queue(ws, conversation_id, f"{heading}\n{text}", note=True, now=now)
    await _store_draft(ws, conversation_id, "", None)
    changes, problem = await _take_actions(ws, conversation_id, actions, now)
    return SendOutcome(prepared, conversation_changed(conversation_id) | changes, queued_key=key,
                       action_problem=problem)


async def _colleague_owning(ws: Workspace, conversation_id: int) -> str | None:
    from desk.app.team import check_owner
    from desk.errors import OwnedByColleague

    try:
        await check_owner(ws, [conversation_id])
    except OwnedByColleague as owned:
        return owned.owners[conversation_id]
    return None


async def _take_actions(ws: Workspace, conversation_id: int, actions: MacroActions | None,
                        now: datetime | None) -> tuple[Changes, str | None]:
    if not actions:
        return NOTHING, None
    from desk.app.macro_actions import ActionUnavailable, apply_macro_actions

    try:
        return await apply_macro_actions(ws, conversation_id, actions, now), None
    except ActionUnavailable as problem:  # the reply is queued all the same; the agent is told what was not done
        return conversation_changed(conversation_id), problem.verb


# --- attachments ------------------------------------------------------------------------------------

async def read_attachment(ws: Workspace, path: Path) -> AttachmentData:
    """A file the agent attached (picked or dropped), read off the window's thread. Raises
    AttachmentRefused for a file that cannot be read or that no platform takes."""
    return await ws.executors.io(_read_file, path)


def _read_file(path) -> AttachmentData:
    import mimetypes
    from pathlib import Path

    from desk.sync.outbox import AttachmentRefused

    path = Path(path)
    try:
        if path.stat().st_size > LARGEST_FILE:
            raise AttachmentRefused(f"{path.name} is larger than any platform takes ({LARGEST_FILE // 2**20} MB)")
        data = path.read_bytes()
    except OSError as error:
        raise AttachmentRefused(f"{path.name} cannot be read: {error.strerror or error}") from None
    mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return AttachmentData(path.name, mime_type, data)


async def check_attachments(ws: Workspace, conversation_id: int, files: Sequence[AttachmentData]) -> str | None:
    """Why the conversation's platform would refuse these files (its types and sizes), or None."""
    if not files:
        return None
    return await ws.executors.read(_attachment_problem, ws.db, conversation_id, list(files))


def _attachment_problem(db, conversation_id: int, files: list[AttachmentData]) -> str | None:
    from desk.connectors.base import Rejected
    from desk.connectors.outbound_files import check_outbound_files
    from desk.domain import Channel

    rows = db.fetch_all("SELECT channel FROM conversations WHERE id = :c", {"c": conversation_id})
    try:
        check_outbound_files(Channel(rows[0][0]), files)
    except Rejected as refusal:
        return str(refusal)
    return None


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
                 now: datetime | None = None, attachments: Sequence[AttachmentData] = ()) -> str:
    from desk.app.team import write_offline, writes_offline
    from desk.sync.outbox import queue_reply

    if writes_offline(ws):  # kept in the mirror, sent when the team server is back
        return await write_offline(ws, conversation_id, text, note=note)
    key = await ws.executors.write(queue_reply, ws.db, conversation_id, text, note=note, author=ws.agent_name,
                                   template=template, now=now, attachments=tuple(attachments))
    if not note:
        ws.events.reply_queued.emit(conversation_id)
    return key


async def add_note(ws: Workspace, conversation_id: int, text: str,
                   attachments: Sequence[AttachmentData] = ()) -> Changes:
    """The reply box's note (desk.app.lifecycle.add_note, with its files): the box is emptied."""
    if not text.strip():
        return NOTHING
    from desk.app import lifecycle

    result = await lifecycle.add_note(ws, conversation_id, text, attachments=attachments)
    await _store_draft(ws, conversation_id, "", None)
    return result.changes


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    """An approved WhatsApp template for this conversation (desk.accounts.TemplateSpec), its
    parameters filled from the order and conversation, the text the customer will read, and what
    sending it is estimated to cost (desk.connectors.whatsapp.pricing.CostEstimate)."""

    name: str
    language: str
    category: str
    parameters: tuple[str, ...]  # the facts that fill {{1}}, {{2}}... (customer_name, order_id...; "1": the agent's)
    values: tuple[str, ...]
    preview: str  # the body filled in; "" when the account gives no body
    body: str = ""  # with its {{parameters}}
    cost: object | None = None
    examples: tuple[str, ...] = ()  # the values Meta approved a fetched template with, by parameter

    @property
    def missing(self) -> tuple[str, ...]:
        """Parameters without a value: Meta refuses a template with an empty parameter."""
        return tuple(name for name, value in zip(self.parameters, self.values) if not value.strip())

    def filled(self, values: tuple[str, ...]) -> str:
        """The body with `values` (the agent may have corrected them) in place of its parameters."""
        from desk.accounts import TemplateSpec

        return TemplateSpec(self.name, self.language, self.category, self.body).filled(values)


async def template_choices(ws: Workspace, conversation_id: int) -> list[TemplateChoice]:
    """The account's approved templates, each filled in for this conversation."""
    return await ws.executors.read(_template_choices, ws.db, conversation_id, ws.agent_name)


def _template_choices(db, conversation_id: int, agent_name: str) -> list[TemplateChoice]:
    from desk.accounts import template_specs
    from desk.domain.records import Template
    from desk.knowledge import macro_context
    from desk.message_costs import estimate_cost

    specs = template_specs(db, conversation_id)
    if not specs:
        return []
    context = macro_context(db, conversation_id, agent_name=agent_name)
    choices = []
    for spec in specs:
        facts = context.variables(spec.language.split("_")[0].split("-")[0].lower())
        values = tuple(_fact(facts.get(name)) for name in spec.parameters)
        cost = estimate_cost(db, conversation_id, template=Template(spec.name, spec.language))
        body = spec.body if spec.text_known else ""  # a line naming only facts: Meta's words are not known
        choices.append(TemplateChoice(spec.name, spec.language, spec.category, spec.parameters, values,
                                      spec.filled(values) if body else "", body, cost, spec.examples))
    return choices


def _fact(value) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


async def send_template(ws: Workspace, conversation_id: int, name: str, language: str,
                        parameters: tuple[str, ...] | None = None) -> SendOutcome:
    """An approved WhatsApp template: what may go once the 24-hour window has closed. Its
    parameters are filled from the order unless given (the agent may have corrected them)."""
    from desk.app.team import writes_offline
    from desk.domain.records import Template

    if writes_offline(ws):
        return SendOutcome(None, refused="offline")
    choice = next((c for c in await template_choices(ws, conversation_id)
                   if (c.name, c.language) == (name, language)), None)
    values = tuple(parameters) if parameters is not None else (choice.values if choice else ())
    if choice is not None and (len(values) != len(choice.parameters) or any(not v.strip() for v in values)):
        missing = [p for p, v in zip(choice.parameters, values) if not v.strip()] or list(choice.parameters)
        return SendOutcome(None, refused="template_parameters", reason=", ".join(missing))
    text = _template_text(choice, values, name, language)
    key = await _queue(ws, conversation_id, text, template=Template(name, language, values))
    return SendOutcome(None, conversation_changed(conversation_id), queued_key=key)


def _template_text(choice: TemplateChoice | None, values: tuple[str, ...], name: str, language: str) -> str:
    """What the conversation shows for a sent template: its body filled in, else its name."""
    if choice is not None and choice.body:
        return choice.filled(values)
    return f"[{name} · {language}]"


async def approved_templates(ws: Workspace, conversation_id: int) -> list[tuple[str, str]]:
    from desk.accounts import approved_templates as templates

    return await ws.executors.read(templates, ws.db, conversation_id)


# --- what a WhatsApp reply costs ---------------------------------------------------------------------

async def reply_cost(ws: Workspace, conversation_id: int, template: tuple[str, str] | None = None):
    """The pricing category and estimated cost of the next reply (free text, or the template
    (name, language)); None outside WhatsApp (a desk.connectors.whatsapp.pricing.CostEstimate)."""
    return await ws.executors.read(_reply_cost, ws.db, conversation_id, template)


def _reply_cost(db, conversation_id: int, template: tuple[str, str] | None):
    from desk.domain.records import Template
    from desk.message_costs import estimate_cost

    return estimate_cost(db, conversation_id, template=Template(*template) if template else None)


async def message_costs(ws: Workspace, conversation_id: int) -> dict:
    """message id -> the cost estimated when each WhatsApp reply of the conversation was queued."""
    from desk.message_costs import message_costs as costs

    return await ws.executors.read(costs, ws.db, conversation_id)


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
    from desk.app.team import mirrored
    from desk.storage.drafts import StoredDraft, save_draft as save

    if not await mirrored(ws, conversation_id):  # a team agent's drafts live in their mirror
        return
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
