"""The knowledge base from the agent's side: search and suggestions, macros filled in for a
conversation, and the market notes an agent may correct in place."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desk.app.changes import Changes
from desk.domain import ConversationView

if TYPE_CHECKING:
    from desk.app.workspace import Workspace
    from desk.knowledge.actions import MacroActions

MACRO_CHOICES = 12
SUGGESTIONS = 8
# Markets with their own cultural note; elsewhere the note of the market that speaks the language.
LANGUAGE_MARKETS = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "ja": "JP", "en": "US"}


@dataclass(frozen=True, slots=True)
class MacroChoice:
    """A macro offered in the reply box: `language` is the text inserted (the customer's language
    when the macro has it), `title` is shown in the agent's language when the macro has it."""

    slug: str
    language: str
    title: str
    title_language: str = ""
    actions: MacroActions | None = None  # None: it only inserts text


@dataclass(frozen=True, slots=True)
class MacroPreview:
    """What inserting a macro puts in the reply box (`text`, in `language`), beside its meaning in
    the agent's language: the macro's own text in that language when the KB has it ("kb"), else a
    machine translation ("machine"), else nothing (`translation_problem` says why, or the text is
    already in the agent's language)."""

    slug: str
    language: str
    title: str
    text: str
    translation: str = ""
    translation_source: str = ""  # "kb" | "machine" | ""
    translation_problem: str | None = None
    actions: MacroActions | None = None  # None: it only inserts text


@dataclass(frozen=True, slots=True)
class EntryText:
    slug: str
    kind: str  # macro, article or note
    title: str
    text: str  # a macro filled in for the conversation; an article's Markdown
    language: str
    actions: MacroActions | None = None  # a macro's, once its reply is sent


async def search(ws: Workspace, query: str, *, limit: int = 20) -> list:
    """Entries matching `query` as typed (desk.knowledge.KbHit), best first."""
    return await ws.executors.read(_search, ws.db, query, limit)


def _search(db, query: str, limit: int) -> list:
    from desk.knowledge import search as kb_search

    return kb_search(db, query, limit=limit)


async def suggestions(ws: Workspace, conversation: ConversationView, market: str | None) -> list:
    """The entries that fit the conversation: its intent, last message, language, market, channel."""
    last = next((m.text for m in reversed(conversation.messages) if m.direction == "in"), "")
    return await ws.executors.read(_suggest, ws.db, last, conversation.intent, conversation.language or "en",
                                   market, conversation.channel)


def _suggest(db, text: str, intent: str | None, language: str, market: str | None, channel: str) -> list:
    from desk.knowledge import suggest

    return suggest(db, text=text, intent=intent, language=language, market=market, channel=channel,
                   limit=SUGGESTIONS)


async def macro_choices(ws: Workspace, query: str, language: str | None) -> list[MacroChoice]:
    """Macros for `/query` in the reply box (the query in any language, the agent's included), each
    inserted in the customer's `language` when it has it and titled in the agent's language."""
    return await ws.executors.read(_macro_choices, ws.db, query, language, ws.agent_language)


def _macro_choices(db, query: str, language: str | None, agent_language: str) -> list[MacroChoice]:
    from desk.knowledge import list_entries, load_entry, search as kb_search

    if query:
        slugs = []
        for wanted in dict.fromkeys((language, agent_language, None)):
            slugs += [h.slug for h in kb_search(db, query, language=wanted, kind="macro", limit=MACRO_CHOICES)]
        entries = [entry for slug in dict.fromkeys(slugs) if (entry := load_entry(db, slug))][:MACRO_CHOICES]
    else:
        entries = list_entries(db, kind="macro")
        entries.sort(key=lambda entry: language not in entry.texts)
        entries = entries[:MACRO_CHOICES]
    return [_choice(entry, language, agent_language) for entry in entries]


def _choice(entry, language: str | None, agent_language: str) -> MacroChoice:
    from desk.knowledge import pick_language

    inserted = pick_language(entry.texts, language)
    titled = agent_language if agent_language in entry.texts else inserted
    return MacroChoice(entry.slug, inserted, entry.texts[titled].title, titled, entry.actions or None)


async def macro_preview(ws: Workspace, conversation_id: int, slug: str, language: str) -> MacroPreview:
    """The macro filled in for the conversation in `language`, beside its meaning for the agent."""
    preview = await ws.executors.read(_macro_preview, ws.db, conversation_id, slug, language, ws.agent_language,
                                      ws.agent_name)
    if preview.translation_source or preview.language == ws.agent_language or ws.translation is None:
        return preview
    [result] = await ws.translation.translate_many([preview.text], preview.language, ws.agent_language)
    if result.translated is None:
        return replace(preview, translation_problem=result.state.value)
    return replace(preview, translation=result.translated, translation_source="machine")


def _macro_preview(db, conversation_id: int, slug: str, language: str, agent_language: str,
                   agent_name: str) -> MacroPreview:
    from desk.knowledge import KbError, load_entry, macro_context, render_macro as render

    entry = load_entry(db, slug)
    if entry is None or language not in entry.texts:
        raise KbError(f"The macro {slug} is no longer in the knowledge base.")
    context = macro_context(db, conversation_id, agent_name=agent_name)
    text = render(db, slug, language, context)
    preview = MacroPreview(slug, language, entry.texts[language].title, text, actions=entry.actions or None)
    if language != agent_language and agent_language in entry.texts:
        return replace(preview, translation=render(db, slug, agent_language, context), translation_source="kb")
    return preview


async def render_macro(ws: Workspace, conversation_id: int, slug: str, language: str) -> str:
    """The macro filled in from the conversation and its order. Raises DeskError for a template
    that cannot be filled."""
    def fill(db) -> str:
        from desk.knowledge import macro_context, render_macro as render

        return render(db, slug, language, macro_context(db, conversation_id, agent_name=ws.agent_name))

    return await ws.executors.read(fill, ws.db)


async def entry_text(ws: Workspace, slug: str, language: str, conversation_id: int | None) -> EntryText | None:
    """An entry to preview in `language` (or the nearest it has); a macro filled in for the conversation."""
    return await ws.executors.read(_entry_text, ws.db, slug, language, conversation_id, ws.agent_name)


def _entry_text(db, slug: str, language: str, conversation_id: int | None, agent_name: str) -> EntryText | None:
    from desk.knowledge import load_entry, macro_context, open_entry, render_macro as render

    doc = open_entry(db, slug, language)
    if doc is None:
        return None
    text = doc.body
    if doc.kind == "macro" and conversation_id is not None:
        text = render(db, slug, doc.language, macro_context(db, conversation_id, agent_name=agent_name))
    entry = load_entry(db, slug) if doc.kind == "macro" else None
    return EntryText(slug, doc.kind, doc.title, text, doc.language, (entry.actions or None) if entry else None)


async def market_note(ws: Workspace, market: str | None, language: str | None):
    """(market, note): the cultural note of the customer's market in the agent's language, or of the
    market that speaks the customer's language when theirs has none (Austria -> DE); (None, None)
    when no market is known. The note is a desk.knowledge.KbDoc."""
    return await ws.executors.read(_market_note, ws.db, market, language, ws.agent_language)


def _market_note(db, market: str | None, language: str | None, agent_language: str):
    from desk.knowledge import MARKETS, notes_for_market

    if market not in MARKETS and language in LANGUAGE_MARKETS:
        market = LANGUAGE_MARKETS[language]
    if not market:
        return None, None
    notes = notes_for_market(db, market, agent_language)
    return market, (notes[0] if notes else None)


async def save_note_text(ws: Workspace, slug: str, language: str, body: str) -> Changes:
    """An agent corrects a market note in place."""
    await ws.executors.write(_save_note_text, ws.db, slug, language, body)
    return Changes(knowledge=True)


def _save_note_text(db, slug: str, language: str, body: str) -> None:
    from desk.knowledge import KbText, load_entry, save_entry

    entry = load_entry(db, slug)
    texts = dict(entry.texts)
    texts[language] = KbText(texts[language].title, body)
    save_entry(db, replace(entry, texts=texts))


async def import_folder(ws: Workspace, folder):
    """Entries from a folder of Markdown files (desk.knowledge.folder); the report names rejects."""
    report = await ws.executors.write(_import_folder, ws.db, folder)
    return report, Changes(knowledge=bool(report.imported))


def _import_folder(db, folder):
    from desk.knowledge import import_folder as read_folder

    return read_folder(db, folder)


async def export_folder(ws: Workspace, folder) -> int:
    return await ws.executors.read(_export_folder, ws.db, folder)


def _export_folder(db, folder) -> int:
    from desk.knowledge import export_folder as write_folder

    return write_folder(db, folder)
