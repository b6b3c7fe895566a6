"""The knowledge base: reply macros, articles and cultural notes, each in several languages.

Searched as the agent types (`search`), suggested for the open conversation (`suggest`), macros
filled in from the conversation and its order (`macro_context`, `render_macro`), shared as a
folder of Markdown files (`import_folder`, `export_folder`; format in desk.knowledge.folder).
No Qt here; Jinja2, PyYAML and SQLAlchemy load on first use.
"""

from desk.knowledge.context import macro_context
from desk.knowledge.entries import (
    CHANNELS,
    INTENTS,
    KINDS,
    LANGUAGES,
    MARKETS,
    KbDoc,
    KbEntry,
    KbError,
    KbText,
    delete_entry,
    list_entries,
    load_entry,
    open_entry,
    pick_language,
    save_entries,
    save_entry,
)
from desk.knowledge.folder import ImportReport, RejectedFile, export_folder, import_folder, seed_kb
from desk.knowledge.macros import MacroContext, Money, render_macro
from desk.knowledge.search import KbHit, notes_for_market, search, suggest
from desk.knowledge.tracking import tracking_url

__all__ = [
    "CHANNELS", "INTENTS", "KINDS", "LANGUAGES", "MARKETS",
    "ImportReport", "KbDoc", "KbEntry", "KbError", "KbHit", "KbText", "MacroContext", "Money", "RejectedFile",
    "delete_entry", "export_folder", "import_folder", "list_entries", "load_entry", "macro_context",
    "notes_for_market", "open_entry", "pick_language", "render_macro", "save_entries", "save_entry", "search", "seed_kb",
    "suggest", "tracking_url",
]
