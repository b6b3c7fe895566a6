"""The reply box's side of the application layer: drafts (with the reply language chosen for each
conversation), the live preview of what will be sent, sending with its refusals and confirmations,
notes, attached files, WhatsApp templates and what a reply costs, `/` macros (titled in the agent's
language, previewed beside their meaning, with the actions they take once sent) and proposed
replies. The rules are in desk.app.replies; this only shows what they answer. Results that arrive
after the agent moved on (another conversation, newer text) are dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desk.app import accounts as account_ops
from desk.app import knowledge, replies
from desk.domain import ConversationView
from ui.labels import fact_name, translation_problem
from ui.ops import run
from ui.reading.composer import Composer
from ui.refusals import refusal_text


class ReplyAssistant(QObject):
    """Signals:
        draft_loaded(int): this conversation's draft (or a proposed reply, or nothing) is in the box.
        previewed(object): the preview shows this PreparedReply.
        answered(object): a send came back with this SendOutcome (sent, refused or held).
        sent(int): a reply or note was saved in this conversation's outbox.
        choices_shown(int): the `/` popup lists this many macros.
        inserted(str): a macro's text went into the reply box.
        macro_previewed(object): the macro the agent is on in the popup is shown (a MacroPreview).
        attached(int): the reply now carries this many files (each read and checked).
        templates_shown(int): this many approved templates are offered for the conversation.
        templates_refreshed(object): the account's templates were fetched again (a TemplateRefresh).
        cost_shown(object): the reply's estimated cost is shown (a CostEstimate, or None).
        asked(object): a question waits for the agent (a QMessageBox with .yes and .no): on a team
            database, whether to reply in a conversation a colleague owns.
    """

    draft_loaded = Signal(int)
    previewed = Signal(object)
    answered = Signal(object)
    sent = Signal(int)
    choices_shown = Signal(int)
    inserted = Signal(str)
    macro_previewed = Signal(object)
    attached = Signal(int)
    templates_shown = Signal(int)
    templates_refreshed = Signal(object)
    cost_shown = Signal(object)
    asked = Signal(object)

    def __init__(self, composer: Composer, ws, bridge, parent=None):
        super().__init__(parent)
        self.composer = composer
        self.ws = ws
        self.bridge = bridge
        self.conversation: ConversationView | None = None
        self.loaded: int | None = None  # the conversation whose draft is in the box
        self._saving: dict[int, object] = {}  # conversation id -> the task saving its latest draft
        self._generation = 0
        self._choices: dict[str, object] = {}  # the `/` popup's keys -> MacroChoice
        composer.draft_changed.connect(self._on_draft_changed)
        composer.language_changed.connect(self._on_language_changed)
        composer.send_requested.connect(self.send)
        composer.template_requested.connect(self.send_template)
        composer.template_panel.refresh_requested.connect(self.refresh_templates)
        bridge.changed.connect(self._on_changed)
        composer.files_chosen.connect(self.attach_files)
        composer.editor.macro_query.connect(self._on_macro_query)
        composer.editor.macro_chosen.connect(self._on_macro_chosen)
        composer.editor.macro_highlighted.connect(self._on_macro_highlighted)

    def language_names(self) -> dict[str, str]:
        return {"zh": self.tr("Chinese"), "en": self.tr("English"), "es": self.tr("Spanish"), "de": self.tr("German"),
                "fr": self.tr("French"), "it": self.tr("Italian"), "ja": self.tr("Japanese")}

    def _current(self, conversation_id: int, generation: int | None = None) -> bool:
        """The agent is still on this conversation (and has not typed since `generation`)."""
        same = self.conversation is not None and self.conversation.id == conversation_id
        return same and (generation is None or generation == self._generation)

    # --- conversation ---------------------------------------------------------------------------

    def show(self, conversation: ConversationView) -> None:
        """A conversation was opened (or reloaded): its draft, its reply language, or a proposal."""
        previous = self.conversation
        same = previous is not None and previous.id == conversation.id
        choices = replies.language_choices(conversation, self.ws.agent_language)
        if same:
            self.conversation = conversation
            chosen = self.composer.reply_language()
            self._offer(choices, chosen if chosen in choices else choices[0])
            return
        self._flush_draft(previous)
        self.conversation = conversation
        self._generation += 1
        self.loaded = None
        self.composer.sent()
        self._offer(choices, choices[0])
        generation = self._generation
        run(self._load_draft(conversation), self.bridge, name="load-draft",
            on_done=lambda draft: self._restore(conversation.id, generation, draft))
        self._show_cost()
        if conversation.channel == "whatsapp":
            self._load_templates(expand=self._window_closed(conversation))

    def reload_draft(self, conversation_id: int) -> None:
        """Its draft was changed outside the box (a reply written offline kept as a draft): when the
        conversation is open, put what is stored in the box, as opening it again would."""
        conversation = self.conversation
        if conversation is None or conversation.id != conversation_id:
            return
        self._generation += 1
        self.loaded = None
        generation = self._generation
        run(self._load_draft(conversation), self.bridge, name="load-draft",
            on_done=lambda draft: self._restore(conversation_id, generation, draft))

    def _window_closed(self, conversation: ConversationView) -> bool:
        from desk.app.conversations import service_window_left

        return conversation.last_inbound_at is None or service_window_left(conversation.last_inbound_at).total_seconds() <= 0

    def _load_templates(self, expand: bool) -> None:
        conversation_id = self.conversation.id
        run(replies.template_choices(self.ws, conversation_id), self.bridge, name="templates",
            on_done=lambda choices: self._show_templates(conversation_id, choices, expand))

    def _show_templates(self, conversation_id: int, choices: list, expand: bool) -> None:
        if self._current(conversation_id):
            self.composer.offer_templates(choices, expand=expand and bool(choices), language=self.conversation.language)
            self.templates_shown.emit(len(choices))

    def refresh_templates(self) -> None:
        """List the account's approved templates again from its WhatsApp Business Account."""
        if self.conversation is None or self.conversation.channel != "whatsapp":
            return
        conversation_id = self.conversation.id
        run(account_ops.refresh_templates(self.ws, self.conversation.account_id), self.bridge, initiator=self,
            name="refresh-templates", on_done=lambda outcome: self._templates_refreshed(conversation_id, outcome))

    def _templates_refreshed(self, conversation_id: int, outcome) -> None:
        if self._current(conversation_id):
            self.composer.show_notice(self._refresh_text(outcome))
            self._load_templates(expand=True)
        self.templates_refreshed.emit(outcome)

    def _refresh_text(self, outcome) -> str:
        if outcome.problem is None:
            return self.tr("Templates listed from WhatsApp: %1 approved.").replace("%1", str(outcome.kept))
        if outcome.problem == "settings":
            return self.tr("Templates not refreshed: add the account's WhatsApp Business Account id in Accounts.")
        if outcome.problem == "withheld":
            return self.tr("Templates not refreshed: on a team database the team's worker lists them when it syncs.")
        if outcome.problem == "rate_limited":
            minutes = str(max(1, round((outcome.retry_after or 60) / 60)))
            return self.tr("Templates not refreshed: WhatsApp is limiting requests. Try again in %1 min.").replace("%1", minutes)
        return self.tr("Templates not refreshed: %1").replace("%1", outcome.detail)

    def _on_changed(self, changes, initiator) -> None:
        """Templates fetched on sync: the open WhatsApp conversation offers the new list."""
        conversation = self.conversation
        if changes.accounts and initiator is not self and conversation is not None \
                and conversation.channel == "whatsapp":
            self._load_templates(expand=self.composer.template_panel.isVisible())

    def _show_cost(self) -> None:
        if self.conversation is None or self.conversation.channel != "whatsapp":
            self.composer.show_cost(None)
            return
        conversation_id = self.conversation.id
        run(replies.reply_cost(self.ws, conversation_id), self.bridge, name="reply-cost",
            on_done=lambda cost: self._cost_known(conversation_id, cost))

    def _cost_known(self, conversation_id: int, cost) -> None:
        if self._current(conversation_id):
            self.composer.show_cost(cost)
            self.cost_shown.emit(cost)

    async def _load_draft(self, conversation: ConversationView):
        """The draft once its last save has landed (an agent coming back at once reads what they typed)."""
        saving = self._saving.get(conversation.id)
        if saving is not None:
            await saving
        return await replies.load_draft(self.ws, conversation)

    def _flush_draft(self, previous: ConversationView | None) -> None:
        """Leaving a conversation with typing not yet saved (the debounce still running): save it now."""
        if previous is not None and self.loaded == previous.id and self.composer.has_unsaved_typing():
            self._save_draft(previous.id)

    def _offer(self, choices: list, chosen) -> None:
        self.composer.set_language_choices(choices, chosen, self.conversation.language, self.language_names())

    def _restore(self, conversation_id: int, generation: int, draft) -> None:
        if not self._current(conversation_id, generation):
            return
        self.composer.choose_language(draft.language)
        if draft.text:
            self.composer.set_text(draft.text)
            self._loaded(conversation_id)
            return
        run(replies.propose_reply(self.ws, conversation_id), self.bridge, name="propose",
            on_done=lambda proposal: self._propose(conversation_id, generation, proposal))

    def _propose(self, conversation_id: int, generation: int, proposal) -> None:
        if not self._current(conversation_id, generation):
            return
        if proposal is not None and not self.composer.text():
            self.composer.set_text(proposal.text)
            self.composer.choose_language(proposal.language)
            self.composer.show_notice(self.tr("Proposed reply from “%1”: check it, then Ctrl+Enter to send.")
                                      .replace("%1", proposal.title))
        self._loaded(conversation_id)

    def _loaded(self, conversation_id: int) -> None:
        self.loaded = conversation_id
        self.draft_loaded.emit(conversation_id)

    # --- draft and preview ----------------------------------------------------------------------

    def _on_draft_changed(self, text: str) -> None:
        if self.conversation is None or self.loaded != self.conversation.id:
            return  # its draft is still loading: saving now would overwrite it
        self._generation += 1
        self._save_draft()
        self._preview(text)
        self._show_cost()

    def _on_language_changed(self) -> None:
        if self.conversation is not None and self.loaded == self.conversation.id:
            self._save_draft()
            self._preview(self.composer.text())

    def _save_draft(self, conversation_id: int | None = None) -> None:
        conversation_id = self.conversation.id if conversation_id is None else conversation_id
        task = run(replies.save_draft(self.ws, conversation_id, self.composer.editor.toPlainText(),
                                      self.composer.reply_language()), self.bridge, name="save-draft")
        if task is not None:
            self._saving[conversation_id] = task
            task.add_done_callback(lambda done: self._saving.pop(conversation_id, None)
                                   if self._saving.get(conversation_id) is done else None)

    def _preview(self, text: str) -> None:
        if not text:
            self.composer.show_preview("", "", [])
            return
        conversation_id, generation = self.conversation.id, self._generation
        run(replies.prepare_reply(self.ws, conversation_id, text, self.composer.reply_language()), self.bridge,
            name="reply-preview", on_done=lambda prepared: self._show_prepared(conversation_id, generation, prepared))

    def _show_prepared(self, conversation_id: int, generation: int | None, prepared) -> None:
        if not self._current(conversation_id, generation):
            return
        problem = translation_problem(prepared.translation_problem) if prepared.translation_problem else ""
        shown = prepared.text if prepared.text is not None and prepared.language.translated else ""
        self.composer.show_preview(shown, prepared.back_translation, list(prepared.violations), problem,
                                   agent_zh=self.ws.agent_language == "zh", signature=prepared.signature)
        self.previewed.emit(prepared)

    # --- sending --------------------------------------------------------------------------------

    def send(self, text: str, note: bool, over_owner: bool = False) -> None:
        """`over_owner`: the agent said yes to replying in a colleague's conversation (team mode)."""
        if self.conversation is None:
            return
        conversation_id = self.conversation.id
        self._generation += 1  # a preview still on its way is older than this send's answer
        files = list(self.composer.attachments)
        if note:
            run(replies.add_note(self.ws, conversation_id, text, files), self.bridge, initiator=self,
                name="add-note", on_done=lambda _changes: self._sent(conversation_id),
                on_error=lambda error: self.bridge.message.emit(refusal_text(error)))
            return
        run(replies.send_reply(self.ws, conversation_id, text, self.composer.reply_language(),
                               confirmed=self.composer.confirmed, attachments=files,
                               actions=self.composer.pending_actions, over_owner=over_owner), self.bridge,
            initiator=self, name="send-reply", on_done=lambda outcome: self._answered(conversation_id, outcome, text))

    def _answered(self, conversation_id: int, outcome, text: str = "") -> None:
        if outcome.refused == "owned" and self._current(conversation_id):
            from ui.team import ask, owner_answer, owner_question

            self.asked.emit(ask(self.composer, owner_question("reply", [outcome.reason]), owner_answer("reply"),
                                lambda: self._send_over_owner(conversation_id, text)))
        elif outcome.sent:
            self._sent(conversation_id)
            if outcome.action_problem and self._current(conversation_id):
                self.composer.show_notice(self._action_problem(outcome.action_problem))
        elif self._current(conversation_id):
            self._refused(conversation_id, outcome)
        self.answered.emit(outcome)

    def _send_over_owner(self, conversation_id: int, text: str) -> None:
        if self._current(conversation_id):
            self.send(text, note=False, over_owner=True)

    def _action_problem(self, verb: str) -> str:
        return {
            "snooze": self.tr("Sent. The macro also snoozes the conversation, which this Desk cannot do yet: snooze it yourself."),
            "assign": self.tr("Sent. The macro assigns the conversation to you: set your name in Settings so it can."),
        }.get(verb, self.tr("Sent. One of the macro's actions was not taken."))

    def _refused(self, conversation_id: int, outcome) -> None:
        if outcome.prepared is not None:
            self._show_prepared(conversation_id, None, outcome.prepared)
        self.composer.show_notice(self._refusal(outcome))
        if outcome.needs_confirmation:
            self.composer.ask_confirmation()
        if outcome.templates:
            self._load_templates(expand=True)

    def _refusal(self, outcome) -> str:
        if outcome.needs_confirmation:
            return self.tr("Check the warnings, then click Send anyway.")
        return {
            "translation_unavailable": self.tr("Not sent: the translation is not available now. Your text stays here. Try again later, or choose the language you wrote it in to send it as written."),
            "blocked": self.tr("Not sent: this reply breaks the platform's rules. Change what is marked."),
            "no_mailbox": self.tr("Not sent: this conversation was imported from an archive and has no mailbox to answer from."),
            "empty": self.tr("Nothing to send."),
            "attachments": self.tr("Not sent: the platform would refuse the attached files (%1). Take them off or choose others.").replace("%1", outcome.reason or ""),
            "template_parameters": self.tr("Not sent: the template needs a value for %1.").replace(
                "%1", ", ".join(fact_name(name) for name in (outcome.reason or "").split(", "))),
            "owned": self.tr("Not sent: %1 owns this conversation.").replace("%1", outcome.reason or ""),
            "files_offline": self.tr("Not sent: files cannot wait while the team server is away. Take them off, "
                                     "or send once Desk is back online."),
        }.get(outcome.refused, outcome.refused or "")

    def _sent(self, conversation_id: int) -> None:
        if self._current(conversation_id):
            self.composer.sent()
            self._show_cost()
        self.sent.emit(conversation_id)

    def send_template(self, name: str, language: str, values=None) -> None:
        if self.conversation is not None:
            conversation_id = self.conversation.id
            run(replies.send_template(self.ws, conversation_id, name, language, values), self.bridge, initiator=self,
                name="send-template", on_done=lambda outcome: self._template_answered(conversation_id, outcome))

    def _template_answered(self, conversation_id: int, outcome) -> None:
        if outcome.sent:
            self._sent(conversation_id)
        elif self._current(conversation_id):
            self.composer.show_notice(self._refusal(outcome))
        self.answered.emit(outcome)

    # --- attachments ----------------------------------------------------------------------------

    def attach_files(self, paths: list) -> None:
        """Read each file off the window's thread, then check them all against the platform."""
        if self.conversation is None:
            return
        conversation_id = self.conversation.id
        for path in paths:
            run(replies.read_attachment(self.ws, Path(path)), self.bridge, name="read-attachment",
                on_error=lambda error: self.composer.show_notice(
                    self.tr("Not attached: %1").replace("%1", str(error))),
                on_done=lambda item: self._attached(conversation_id, item))

    def _attached(self, conversation_id: int, item) -> None:
        if not self._current(conversation_id):
            return
        self.composer.add_attachment(item)
        files = list(self.composer.attachments)
        run(replies.check_attachments(self.ws, conversation_id, files), self.bridge, name="check-attachments",
            on_done=lambda problem: self._checked(conversation_id, files, problem))

    def _checked(self, conversation_id: int, files: list, problem: str | None) -> None:
        if not self._current(conversation_id) or files != self.composer.attachments:
            return
        self.composer.show_notice(self.tr("The platform will refuse these files: %1").replace("%1", problem)
                                  if problem else "")
        self.attached.emit(len(files))

    # --- macros ---------------------------------------------------------------------------------

    def _on_macro_query(self, query: str) -> None:
        language = self.conversation.language if self.conversation else None
        run(knowledge.macro_choices(self.ws, query, language), self.bridge, name="macro-search",
            on_done=lambda choices: self._show_choices(query, choices))

    def _show_choices(self, query: str, choices: list) -> None:
        if self.composer.editor.macro_token() != query:
            return  # the agent typed on
        names = self.language_names()
        self._choices = {f"{c.slug}\n{c.language}": c for c in choices}
        self.composer.editor.show_choices([(key, self._choice_label(c, names)) for key, c in self._choices.items()])
        self.choices_shown.emit(len(choices))

    def _choice_label(self, choice, names: dict[str, str]) -> str:
        """The title in the agent's language, the language it inserts, and ⚡ when it also acts."""
        inserts = names.get(choice.language, choice.language.upper())
        return f"{choice.title}  ·  {inserts}{'  ⚡' if choice.actions else ''}"

    def _on_macro_highlighted(self, key: str) -> None:
        slug, language = key.split("\n", 1)
        if self.conversation is None:
            return
        conversation_id = self.conversation.id
        run(knowledge.macro_preview(self.ws, conversation_id, slug, language), self.bridge, name="macro-preview",
            on_error=lambda error: None, on_done=lambda preview: self._macro_previewed(conversation_id, key, preview))

    def _macro_previewed(self, conversation_id: int, key: str, preview) -> None:
        if self._current(conversation_id) and key in self._choices:
            self.composer.show_macro_preview(preview, self.language_names())
            self.macro_previewed.emit(preview)

    def _on_macro_chosen(self, key: str) -> None:
        slug, language = key.split("\n", 1)
        if self.conversation is not None:
            choice = self._choices.get(key)
            self.insert_macro(slug, language, choice.actions if choice is not None else None)

    def insert_macro(self, slug: str, language: str, actions=None) -> None:
        conversation_id = self.conversation.id
        run(knowledge.render_macro(self.ws, conversation_id, slug, language), self.bridge, name="macro-insert",
            on_error=lambda error: self.composer.show_notice(str(error)),
            on_done=lambda text: self._insert(conversation_id, text, language, replace_token=True, actions=actions))

    def insert_text(self, text: str, language: str, actions=None) -> None:
        """Text from the knowledge panel, at the cursor (a macro's actions with it)."""
        if self.conversation is not None:
            self._insert(self.conversation.id, text, language, replace_token=False, actions=actions)

    def _insert(self, conversation_id: int, text: str, language: str, *, replace_token: bool, actions=None) -> None:
        if not self._current(conversation_id):
            return
        if replace_token:
            self.composer.editor.replace_macro_token(text)
        else:
            self.composer.editor.insertPlainText(text)
        self.composer.macro_box.hide()
        if actions:
            self.composer.set_pending_actions(actions)
        self.composer.choose_language(replies.ReplyLanguage(language, language))
        self.composer.editor.setFocus()
        self.inserted.emit(text)
