"""Knowledge-base entries: what one is, what makes it valid, and storing, reading and deleting it.

An entry (macro, article or cultural note) has one text per language. Reads go through the fast
read path (`Database.fetch_all`); writes through the engine, which also keeps kb_fts in step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desk.domain.languages import LANGUAGES
from desk.errors import DeskError
from desk.knowledge.actions import NONE, MacroActions, from_json, to_json
from desk.search.text import index_text
from desk.storage.db import Database
from desk.storage.timekeys import from_epoch
from desk.triage import INTENTS

KINDS = ("macro", "article", "note")
MARKETS = ("US", "UK", "DE", "FR", "ES", "IT", "JP")
CHANNELS = ("amazon", "shopify", "whatsapp", "mail")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG = 100
MAX_TITLE = 300
_JINJA_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_JINJA_VALUE = re.compile(r"\{\{.*?\}\}", re.DOTALL)


class KbError(DeskError):
    """A knowledge-base entry that cannot be stored, found or rendered; the message names it."""


@dataclass(frozen=True, slots=True)
class KbText:
    title: str
    body: str  # Markdown; for a macro, a Jinja2 template


@dataclass(frozen=True, slots=True)
class KbEntry:
    slug: str
    kind: str
    texts: Mapping[str, KbText]  # language -> text
    intent: str | None = None
    markets: tuple[str, ...] = ()  # empty: every market
    channels: tuple[str, ...] = ()  # empty: every channel
    tags: tuple[str, ...] = ()
    updated_at: datetime | None = field(default=None, compare=False)
    actions: MacroActions = NONE  # what a macro also does once its reply is sent (desk.knowledge.actions)


@dataclass(frozen=True, slots=True)
class KbDoc:
    """One entry in one language, as the sidebar shows it."""

    slug: str
    kind: str
    language: str
    title: str
    body: str


# --- validation ---------------------------------------------------------------------------------

def _unknown(values: Iterable[str | None], allowed: tuple[str, ...]) -> list[str]:
    return [str(v) for v in values if v not in allowed]


def metadata_problems(entry: KbEntry) -> list[str]:
    """What is wrong with an entry's slug, kind, intent, markets, channels and tags."""
    problems = []
    if not SLUG.fullmatch(entry.slug) or len(entry.slug) > MAX_SLUG:
        problems.append(f"slug {entry.slug!r} must be lowercase a-z, 0-9 and '-'")
    if not entry.kind:
        problems.append(f"the kind is missing (one of {', '.join(KINDS)})")
    elif entry.kind not in KINDS:
        problems.append(f"unknown kind {entry.kind!r} (one of {', '.join(KINDS)})")
    if entry.intent is not None and entry.intent not in INTENTS:
        problems.append(f"unknown intent {entry.intent!r}")
    for what, values, allowed in (("market", entry.markets, MARKETS), ("channel", entry.channels, CHANNELS)):
        if bad := _unknown(values, allowed):
            problems.append(f"unknown {what} {', '.join(bad)} (one of {', '.join(allowed)})")
    if bad_tags := [t for t in entry.tags if not t.strip() or "," in t]:
        problems.append(f"tags must be non-empty and without commas: {bad_tags!r}")
    if entry.actions and entry.kind != "macro":
        problems.append("only a macro can have actions")
    return problems


def text_problems(entry: KbEntry, language: str, text: KbText, lines_before: int = 0) -> list[str]:
    """What is wrong with one language of an entry (a macro's template is checked too; its line
    numbers count `lines_before` the body, as in a file with front matter)."""
    problems = []
    if language not in LANGUAGES:
        problems.append(f"unknown language {language!r} (one of {', '.join(LANGUAGES)})")
    if not text.title.strip() or len(text.title) > MAX_TITLE:
        problems.append(f"the title must be 1 to {MAX_TITLE} characters")
    if entry.kind == "macro":
        from desk.knowledge.macros import template_problem

        if problem := template_problem(text.body, lines_before):
            problems.append(problem)
    return problems


def entry_problems(entry: KbEntry) -> list[str]:
    problems = metadata_problems(entry)
    if not entry.texts:
        problems.append("it has no text in any language")
    for language, text in entry.texts.items():
        problems.extend(f"{language}: {p}" for p in text_problems(entry, language, text))
    return problems


# --- writes -------------------------------------------------------------------------------------

def plain_text(body: str) -> str:
    """A body without template syntax: what is indexed and shown in snippets. Placeholders show
    as "…" so that "customer_name" does not make every macro match "customer"."""
    return _JINJA_VALUE.sub("…", _JINJA_TAG.sub("", body))


def save_entry(db: Database, entry: KbEntry) -> None:
    """Create or replace the entry with this slug (all its languages)."""
    save_entries(db, [entry])


def save_entries(db: Database, entries: list[KbEntry], now: datetime | None = None) -> None:
    """Create or replace each entry by slug, all in one transaction. Raises KbError naming every
    invalid entry before anything is written."""
    invalid = [f"{e.slug}: {'; '.join(p)}" for e in entries if (p := entry_problems(e))]
    if invalid:
        raise KbError("These knowledge-base entries were not saved: " + " | ".join(invalid))
    store_entries(db, entries, now)


def store_entries(db: Database, entries: list[KbEntry], now: datetime | None = None) -> None:
    """Write entries known to be valid (checked by save_entries, or copies of checked ones)."""
    now = now or datetime.now(UTC)
    with db.engine.begin() as conn:
        for entry in entries:
            _write_entry(db, conn, entry, now)


def _entry_values(entry: KbEntry, now: datetime) -> dict:
    return {"slug": entry.slug, "kind": entry.kind, "intent": entry.intent, "markets": ",".join(entry.markets),
            "channels": ",".join(entry.channels), "tags": ",".join(entry.tags), "updated_at": now,
            "actions": to_json(entry.actions)}


def _write_entry(db: Database, conn, entry: KbEntry, now: datetime) -> None:
    from sqlalchemy import delete, insert, select, update

    from desk.storage.models import KnowledgeEntry, KnowledgeText

    values = _entry_values(entry, now)
    entry_id = conn.execute(select(KnowledgeEntry.id).where(KnowledgeEntry.slug == entry.slug)).scalar()
    if entry_id is None:
        entry_id = conn.execute(insert(KnowledgeEntry).values(values)).inserted_primary_key[0]
    else:
        db.dialect.unindex_kb_entry(conn, entry_id)
        conn.execute(delete(KnowledgeText).where(KnowledgeText.entry_id == entry_id))
        conn.execute(update(KnowledgeEntry).where(KnowledgeEntry.id == entry_id).values(values))
    rows = [{"entry_id": entry_id, "language": language, "title": text.title, "body": text.body}
            for language, text in entry.texts.items()]
    inserted = conn.execute(insert(KnowledgeText).returning(KnowledgeText.id, KnowledgeText.language), rows)
    ids = dict((language, text_id) for text_id, language in inserted)
    db.dialect.index_kb_texts(conn, [
        (ids[language], index_text(text.title), index_text(plain_text(text.body)))
        for language, text in entry.texts.items()
    ])


def delete_entry(db: Database, slug: str) -> bool:
    """Delete the entry with this slug and its texts; False when there was none."""
    from sqlalchemy import delete, select

    from desk.storage.models import KnowledgeEntry

    with db.engine.begin() as conn:
        entry_id = conn.execute(select(KnowledgeEntry.id).where(KnowledgeEntry.slug == slug)).scalar()
        if entry_id is None:
            return False
        db.dialect.unindex_kb_entry(conn, entry_id)
        conn.execute(delete(KnowledgeEntry).where(KnowledgeEntry.id == entry_id))
    return True


# --- reads --------------------------------------------------------------------------------------

def split_codes(joined: str | None) -> tuple[str, ...]:
    return tuple(joined.split(",")) if joined else ()


_ENTRY_COLUMNS = ("e.slug, e.kind, e.intent, e.markets, e.channels, e.tags, e.updated_at, e.actions, t.language, "
                  "t.title, t.body")


def _entries_from_rows(rows: list[tuple]) -> list[KbEntry]:
    """Rows of _ENTRY_COLUMNS, ordered by slug, folded into one KbEntry per slug."""
    texts: dict[str, dict[str, KbText]] = {}
    heads: dict[str, tuple] = {}
    for slug, kind, intent, markets, channels, tags, updated_at, actions, language, title, body in rows:
        heads.setdefault(slug, (kind, intent, markets, channels, tags, updated_at, actions))
        texts.setdefault(slug, {})[language] = KbText(title, body)
    return [
        KbEntry(slug, kind, texts[slug], intent, split_codes(markets), split_codes(channels), split_codes(tags),
                from_epoch(updated_at), from_json(actions))
        for slug, (kind, intent, markets, channels, tags, updated_at, actions) in heads.items()
    ]


def load_entry(db: Database, slug: str) -> KbEntry | None:
    rows = db.fetch_all(
        f"SELECT {_ENTRY_COLUMNS} FROM kb_entries e JOIN kb_texts t ON t.entry_id = e.id "
        "WHERE e.slug = :slug ORDER BY t.language", {"slug": slug})
    entries = _entries_from_rows(rows)
    return entries[0] if entries else None


def list_entries(db: Database, kind: str | None = None) -> list[KbEntry]:
    """Every entry (of `kind`), by slug."""
    where = "WHERE e.kind = :kind " if kind else ""
    rows = db.fetch_all(
        f"SELECT {_ENTRY_COLUMNS} FROM kb_entries e JOIN kb_texts t ON t.entry_id = e.id "
        f"{where}ORDER BY e.slug, t.language", {"kind": kind} if kind else {})
    return _entries_from_rows(rows)


def pick_language(available: Iterable[str], wanted: str | None) -> str:
    """The language to show: the one wanted, else English, else the first in LANGUAGES order."""
    have = set(available)
    for language in (wanted, "en", *LANGUAGES):
        if language in have:
            return language
    return min(have)


def open_entry(db: Database, slug: str, language: str | None = None) -> KbDoc | None:
    """An entry in `language`, or in English or another language when it has no such text."""
    entry = load_entry(db, slug)
    if entry is None:
        return None
    shown = pick_language(entry.texts, language)
    return KbDoc(entry.slug, entry.kind, shown, entry.texts[shown].title, entry.texts[shown].body)
