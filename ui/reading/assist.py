"""What helps the agent write: the translation preview and back-translation, the policy check,
`/` macros, drafts and proposed replies. Everything runs off the GUI thread; results that arrive
after the agent moved on (another conversation, newer text) are dropped."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject

from desk.storage.conversations import ConversationView
from ui.labels import translation_problem
from ui.ops import load_modules, spawn
from ui.reading.composer import Composer
from ui.services import Services

MACRO_CHOICES = 12


@dataclass(frozen=True)
class PreparedReply:
    send_text: str  # what goes to the customer
    original: str | None  # the agent's own words when translated (kept as an internal note)
    violations: list


class ReplyAssistant(QObject):
    def __init__(self, composer: Composer, services: Services, parent=None):
        super().__init__(parent)
        self.composer = composer
        self.services = services
        self.conversation: ConversationView | None = None
        self._generation = 0
        composer.draft_changed.connect(self._on_draft_changed)
        composer.editor.macro_query.connect(self._on_macro_query)
        composer.editor.macro_chosen.connect(self._on_macro_chosen)

    @property
    def agent_language(self) -> str:
        return self.services.agent_language

    @property
    def customer_language(self) -> str | None:
        return self.conversation.language if self.conversation else None

    def language_names(self) -> dict[str, str]:
        return {"zh": self.tr("Chinese"), "en": self.tr("English"), "es": self.tr("Spanish"), "de": self.tr("German"),
                "fr": self.tr("French"), "it": self.tr("Italian"), "ja": self.tr("Japanese")}

    # --- conversation -------------------------------------------------------------------------

    def show(self, conversation: ConversationView) -> None:
        """A conversation was opened: its draft (or a proposed reply) and the language choice."""
        same = self.conversation is not None and self.conversation.id == conversation.id
        self.conversation = conversation
        self.composer.set_languages(self.agent_language, conversation.language, self.language_names())
        if not same:
            self._generation += 1
            self.composer.sent()
            spawn(self._restore_draft(conversation.id, self._generation), name="load-draft")

    async def _restore_draft(self, conversation_id: int, generation: int) -> None:
        from desk.storage.drafts import load_draft

        draft = await self.services.executors.read(load_draft, self.services.db, conversation_id)
        if generation != self._generation:
            return
        if draft:
            self.composer.set_text(draft)
            return
        await self._propose(conversation_id, generation)

    async def _propose(self, conversation_id: int, generation: int) -> None:
        await load_modules(self.services.executors, "desk.routing.autoreply")
        from desk.routing.autoreply import propose_reply

        proposal = await self.services.executors.read(propose_reply, self.services.db, conversation_id,
                                                      agent_name=self.services.agent_name)
        if proposal is None or generation != self._generation or self.composer.text():
            return
        self.composer.set_text(proposal.text)
        self.composer.write_directly()
        self.composer.show_notice(self.tr("Proposed reply from “%1”: check it, then Ctrl+Enter to send.")
                                  .replace("%1", proposal.title))

    # --- preview --------------------------------------------------------------------------------

    def _on_draft_changed(self, text: str) -> None:
        if self.conversation is None:
            return
        self._generation += 1
        spawn(self._save_draft(self.conversation.id, self.composer.editor.toPlainText()), name="save-draft")
        spawn(self._preview(text, self._generation), name="reply-preview")

    async def _save_draft(self, conversation_id: int, body: str) -> None:
        from desk.storage.drafts import save_draft

        await self.services.executors.write(save_draft, self.services.db, conversation_id, body, int(time.time()))

    async def _preview(self, text: str, generation: int) -> None:
        if not text:
            self.composer.show_preview("", "", [])
            return
        prepared, back, state = await self._prepare(text)
        if generation == self._generation:
            self.composer.show_preview(prepared.send_text if prepared.original else "", back,
                                       prepared.violations, state, agent_zh=self.agent_language == "zh")

    async def prepare_send(self, text: str) -> PreparedReply | None:
        """What to send for `text`, translated when the agent writes in their language; None when
        the translation is not available (the agent sees why and may write directly)."""
        prepared, _back, state = await self._prepare(text)
        if state and prepared.original is not None:
            return None
        return prepared

    async def _prepare(self, text: str) -> tuple[PreparedReply, str, str]:
        """(the reply to send, the back-translation, a translation problem to show or "")."""
        conversation = self.conversation
        send_text, original, back, state = text, None, "", ""
        translation = self.services.translation
        if self.composer.translating() and conversation.language and translation is not None:
            result = await translation.translate_reply(text, self.agent_language, conversation.language)
            if result.translated is None:
                state = translation_problem(result.state)
            else:
                send_text, original, back = result.translated, text, result.back_translation or ""
        elif conversation.language and conversation.language != self.agent_language and translation is not None:
            result = await translation.translate_many([text], conversation.language, self.agent_language)
            back = result[0].translated or ""
        violations = await self.services.executors.io(self._check, send_text, conversation)
        return PreparedReply(send_text, original, violations), back, state

    @staticmethod
    def _check(text: str, conversation: ConversationView) -> list:
        from desk.connectors.whatsapp.window import window_open
        from desk.policy import check_reply
        from desk.storage.timekeys import from_epoch
        from desk.triage import detect_language

        window = None
        if conversation.channel == "whatsapp" and conversation.last_inbound_at is not None:
            from datetime import UTC, datetime

            window = window_open(from_epoch(conversation.last_inbound_at), datetime.now(UTC))
        return check_reply(text, channel=conversation.channel, customer_language=conversation.language,
                           window_open=window, detect_language=detect_language)

    # --- macros ---------------------------------------------------------------------------------

    def _on_macro_query(self, query: str) -> None:
        spawn(self._macro_choices(query), name="macro-search")

    async def _macro_choices(self, query: str) -> None:
        choices = await self.services.executors.read(_macros, self.services.db, query, self.customer_language)
        if self.composer.editor.macro_token() != query:
            return  # the agent typed on
        self.composer.editor.show_choices([(f"{slug}\n{language}", f"{title}  ·  {language}")
                                           for slug, language, title in choices])

    def _on_macro_chosen(self, key: str) -> None:
        slug, language = key.split("\n", 1)
        if self.conversation is not None:
            spawn(self._insert_macro(self.conversation.id, slug, language), name="macro-insert")

    async def _insert_macro(self, conversation_id: int, slug: str, language: str) -> None:
        from desk.errors import DeskError

        try:
            text = await self.services.executors.read(_render, self.services.db, conversation_id, slug, language,
                                                      self.services.agent_name)
        except DeskError as error:
            self.composer.show_notice(str(error))
            return
        if self.conversation is None or self.conversation.id != conversation_id:
            return
        self.composer.editor.replace_macro_token(text)
        if language == self.customer_language:
            self.composer.write_directly()


def _macros(db, query: str, language: str | None) -> list[tuple[str, str, str]]:
    """(slug, language, title) of the macros for `/query`: in the customer's language when it has
    them, else in any; all macros while nothing follows the "/"."""
    from desk.knowledge import list_entries, pick_language, search

    if query:
        hits = (search(db, query, language=language, kind="macro", limit=MACRO_CHOICES) if language else []) or \
            search(db, query, kind="macro", limit=MACRO_CHOICES)
        return [(h.slug, h.language, h.title) for h in hits]
    found = []
    for entry in list_entries(db, kind="macro")[:MACRO_CHOICES * 4]:
        shown = pick_language(entry.texts, language)
        found.append((entry.slug, shown, entry.texts[shown].title))
    found.sort(key=lambda choice: choice[1] != language)
    return found[:MACRO_CHOICES]


def _render(db, conversation_id: int, slug: str, language: str, agent_name: str) -> str:
    from desk.knowledge import macro_context, render_macro

    return render_macro(db, slug, language, macro_context(db, conversation_id, agent_name=agent_name))
