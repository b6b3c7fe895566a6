"""An open workspace and what works on it: the cache, the threads its work runs on, who the agent
is, the translation service and the events the core announces. Every operation takes one.

Opening is in two steps for the window's start-up (README "Performance"): `open_ready` answers
with the cache when it opens as it is (cheap checks, no ORM, no asyncio), so the first queue page
is painted at once; otherwise `open_workspace` migrates or builds the demo on a worker thread.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.app.changes import Changes
from desk.app.events import Events
from desk.executors import Executors

if TYPE_CHECKING:
    from desk.storage.db import Database

log = logging.getLogger(__name__)


class Workspace:
    """`interface_language`: the language of the window ("zh" or "en"), which the agent reads and
    writes unless they chose otherwise (setting agent.language). `translation_offline`: True keeps
    translation to the cache (no provider is called); None decides from the workspace (the demo
    translates from its cache until a provider is chosen)."""

    def __init__(self, db: Database, executors: Executors | None = None, *, interface_language: str = "en",
                 translation_offline: bool | None = None):
        self.db = db
        self.executors = executors or Executors()
        self.events = Events()
        self.interface_language = interface_language
        self.agent_name = ""
        self.agent_language = interface_language if interface_language in ("zh", "en") else "en"
        self.translation: Any = None  # desk.translation.service.TranslationService, once loaded
        self.translate_ahead_into: tuple[str, ...] = ()  # the pipeline's targets; none: agent_language
        self.team: Any = None  # desk.app.team.TeamSession on a team database (README "Team mode")
        self._translation_offline = translation_offline

    @property
    def label(self) -> str:
        if self.team is not None:
            return f"{self.team.login} · {self.team.address.display()}"
        return str(self.db.path or self.db.url)

    async def close(self) -> None:
        if self.translation is not None:
            self.translation.close()  # provider connections and the translation cache
            self.translation = None
        if self.team is not None:
            await self.team.stop()  # telling colleagues this Desk left
        self.executors.shutdown()  # no worker thread uses a database after this
        if self.team is not None:
            self.team.close()
        self.db.close()


def open_ready(data_dir: Path, demo: bool = False) -> Database | None:
    """The cache when it opens as it is, else None (then `open_workspace` on a worker). Bad files
    raise the same DeskErrors either way."""
    from desk.workspace import open_ready_workspace

    return open_ready_workspace(data_dir, demo)


def open_workspace(data_dir: Path, demo: bool = False) -> Database:
    """The cache, migrated, or the demo built first (slow: run it on a worker)."""
    from desk.workspace import open_workspace as open_cache

    return open_cache(data_dir, demo)


def data_dir(chosen: str | None) -> Path:
    """The workspace folder: the one chosen, else $DESK_DATA_DIR, else the per-user data folder."""
    from desk.paths import data_dir as resolve

    return resolve(chosen)


def workspace_file(folder: Path, demo: bool = False) -> Path:
    from desk.paths import workspace_db

    return workspace_db(folder, demo)


def prepare_data_folder(folder: Path) -> None:
    """Create a missing data folder; refuse one Desk cannot write to (StorageUnavailable)."""
    from desk.paths import ensure_writable_folder

    ensure_writable_folder(folder)


# What operations import when first used: tens of milliseconds each (the knowledge base, translation,
# triage, SQLAlchemy), which the window must not spend on its own thread. `warm_up` imports them on
# a worker first.
WARM_MODULES = (
    "desk.settings", "desk.translation.service", "desk.knowledge", "desk.policy", "desk.routing.autoreply",
    "desk.triage", "desk.sla", "desk.storage.conversations", "desk.storage.order_view", "desk.storage.drafts",
    "desk.connectors.whatsapp.window", "desk.sync.outbox", "desk.accounts", "desk.storage.lifecycle",
)


async def warm_up(ws: Workspace) -> None:
    await ws.executors.io(_import_all, WARM_MODULES)


def _import_all(names: tuple[str, ...]) -> None:
    import importlib

    for name in names:
        importlib.import_module(name)


async def load_preferences(ws: Workspace) -> Changes:
    """Who the agent is and the language they work in; the translation service for them."""
    from desk import settings
    from desk.translation.service import open_translation_service

    values = await ws.executors.read(settings.get_many, ws.db, (settings.AGENT_NAME, settings.AGENT_LANGUAGE))
    ws.agent_name = ws.team.login if ws.team is not None else values[settings.AGENT_NAME.key]
    ws.agent_language = values[settings.AGENT_LANGUAGE.key] or ws.agent_language
    offline = ws._translation_offline
    if offline is None:  # the demo translates from its cache (translated by hand) until a provider is chosen
        offline = await ws.executors.read(_demo_without_provider, ws.db)
    if ws.translation is not None:
        ws.translation.close()
        ws.translation = None
    folder = ws.team.data_dir if ws.team is not None else None  # a team's database has no folder: this PC's
    try:
        shared = ws.team.translations() if ws.team is not None else None
        ws.translation = await open_translation_service(ws.db, ws.executors, folder, offline=offline, shared=shared)
        await ws.executors.io(_warm_glossary, ws.translation.glossary, ws.agent_language)
    except Exception as error:  # the workspace works without translations; say why
        log.warning("translation unavailable: %s", error)
    return Changes(settings=frozenset({settings.AGENT_NAME.key, settings.AGENT_LANGUAGE.key}))


def _demo_without_provider(db) -> bool:
    from desk import settings

    return settings.get(db, settings.DEMO_BUILT) is not None and settings.get(db, settings.TRANSLATION_PROVIDER) is None


def _warm_glossary(glossary, agent_language: str) -> None:
    """Build the glossary's matchers for every customer language now, on a worker: built on first
    use, each costs milliseconds of regex compiling that would otherwise fall on the window."""
    from desk.domain.languages import LANGUAGES

    for language in LANGUAGES:
        if language != agent_language:
            glossary.protect("", language, agent_language)
            glossary.protect("", agent_language, language)
