"""A knowledge base as a folder of Markdown files: `<slug>/<lang>.md`, YAML front matter, then the body.

    ---
    kind: macro
    title: Rücksendung – so geht's
    intent: return_request
    markets: [DE]
    actions: {status: resolved}   # macros only: what sending it also does (desk.knowledge.actions)
    ---
    Hallo {{ customer_name }}, ...

Import is an upsert by slug that keeps going past bad files and reports each with its reason;
export writes the same format back, so export then import gives the same entries.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from desk.knowledge.actions import BadActions, MacroActions, as_front_matter, parse_actions
from desk.knowledge.entries import (
    LANGUAGES,
    SLUG,
    KbEntry,
    KbText,
    list_entries,
    metadata_problems,
    save_entries,
    text_problems,
)
from desk.storage.db import Database

log = logging.getLogger(__name__)

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^---[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE)
KEYS = ("kind", "title", "intent", "markets", "channels", "tags", "actions")
SHARED_KEYS = ("kind", "intent", "markets", "channels", "tags", "actions")  # must agree across an entry's languages


@dataclass(frozen=True, slots=True)
class RejectedFile:
    path: str  # relative to the folder: "<slug>/<lang>.md"
    reason: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: tuple[str, ...]  # slugs created or replaced
    rejected: tuple[RejectedFile, ...]


class _BadFile(ValueError):
    pass


# --- reading one file -------------------------------------------------------------------------------

_EXAMPLES = {"markets": "[DE, FR]", "channels": "[amazon, shopify]", "tags": "[returns]"}


def _codes(value: object, key: str, case) -> tuple[str, ...]:
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        raise _BadFile(f"{key} must be a list of words, like {_EXAMPLES[key]}")
    return tuple(dict.fromkeys(case(v.strip()) for v in values))


def _scalar(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise _BadFile(f"{key} must be text")


def _actions(value: object) -> MacroActions:
    try:
        return parse_actions(value)
    except BadActions as problem:
        raise _BadFile(str(problem)) from None


def parse_file(text: str) -> tuple[dict[str, object], KbText, int]:
    """Front matter (shared keys normalised), the text of one `<lang>.md` file, and the number of
    lines before its body (so errors in a template can name the file's line)."""
    import yaml

    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    found = FRONT_MATTER.match(text)
    if found is None:
        raise _BadFile("no front matter: the file must start with a '---' line and close it with another")
    try:
        meta = yaml.safe_load(found.group(1)) or {}
    except yaml.YAMLError as exc:
        raise _BadFile(f"bad front matter: {' '.join(str(exc).split())}") from None
    if not isinstance(meta, dict):
        raise _BadFile("bad front matter: it must be 'key: value' lines")
    if unknown := sorted(str(k) for k in meta if k not in KEYS):
        raise _BadFile(f"unknown front matter key {', '.join(unknown)} (known: {', '.join(KEYS)})")
    shared = {
        "kind": _scalar(meta, "kind"),
        "intent": _scalar(meta, "intent"),
        "markets": _codes(meta.get("markets"), "markets", str.upper),
        "channels": _codes(meta.get("channels"), "channels", str.lower),
        "tags": _codes(meta.get("tags"), "tags", str),
        "actions": _actions(meta.get("actions")),
    }
    rest = text[found.end():]
    body = rest.strip("\n")
    lines_before = text.count("\n", 0, found.end()) + len(rest) - len(rest.lstrip("\n"))
    return shared, KbText(_scalar(meta, "title") or "", body), lines_before


# --- reading a folder ---------------------------------------------------------------------------------

def _read_entry(folder: Traversable, rejected: list[RejectedFile]) -> KbEntry | None:
    """The entry in one slug folder from its acceptable files; the others go to `rejected`."""
    slug = folder.name
    parsed: dict[str, tuple[dict[str, object], KbText, int]] = {}
    for file in sorted(folder.iterdir(), key=lambda f: f.name):
        path = f"{slug}/{file.name}"
        language = file.name.removesuffix(".md")
        if not file.is_file() or file.name.startswith("."):
            continue
        if not file.name.endswith(".md") or language not in LANGUAGES:
            rejected.append(RejectedFile(path, f"not a language file: <lang>.md, lang one of {', '.join(LANGUAGES)}"))
            continue
        try:
            parsed[language] = parse_file(file.read_text(encoding="utf-8"))
        except (_BadFile, UnicodeDecodeError) as exc:
            rejected.append(RejectedFile(path, str(exc)))
    if not parsed:
        return None
    reference = "en" if "en" in parsed else next(lang for lang in LANGUAGES if lang in parsed)
    shared = parsed[reference][0]
    entry = KbEntry(slug, shared["kind"] or "", {}, shared["intent"], shared["markets"], shared["channels"],
                    shared["tags"], actions=shared["actions"])
    if problems := metadata_problems(entry):
        rejected.extend(RejectedFile(f"{slug}/{lang}.md", "; ".join(problems)) for lang in parsed)
        return None
    texts = {}
    for language, (meta, text, lines_before) in parsed.items():
        if differing := [k for k in SHARED_KEYS if meta[k] != shared[k]]:
            reason = f"{', '.join(differing)} differ from {reference}.md (they must agree across languages)"
        else:
            reason = "; ".join(text_problems(entry, language, text, lines_before))
        if reason:
            rejected.append(RejectedFile(f"{slug}/{language}.md", reason))
        else:
            texts[language] = text
    return KbEntry(slug, entry.kind, texts, entry.intent, entry.markets, entry.channels, entry.tags,
                   actions=entry.actions) if texts else None


def read_folder(folder: Traversable) -> tuple[list[KbEntry], list[RejectedFile]]:
    """The entries in a KB folder and the files rejected, with reasons. Top-level files (a README)
    and hidden folders are not entries and are skipped."""
    entries: list[KbEntry] = []
    rejected: list[RejectedFile] = []
    for child in sorted(folder.iterdir(), key=lambda c: c.name):
        if not child.is_dir() or child.name.startswith((".", "_")):
            continue
        if not SLUG.fullmatch(child.name):
            rejected.append(RejectedFile(f"{child.name}/", "the folder name must be a slug: a-z, 0-9 and '-'"))
            continue
        if entry := _read_entry(child, rejected):
            entries.append(entry)
    return entries, rejected


def import_folder(db: Database, folder: Path | Traversable) -> ImportReport:
    """Create or replace each entry found in `folder` (by slug); entries not in it stay."""
    entries, rejected = read_folder(folder)
    save_entries(db, entries)
    return ImportReport(tuple(e.slug for e in entries), tuple(rejected))


# --- writing ------------------------------------------------------------------------------------------

def format_file(entry: KbEntry, language: str) -> str:
    import yaml

    text = entry.texts[language]
    meta: dict[str, object] = {"kind": entry.kind, "title": text.title}
    if entry.intent:
        meta["intent"] = entry.intent
    for key in ("markets", "channels", "tags"):
        if values := getattr(entry, key):
            meta[key] = list(values)
    if entry.actions:
        meta["actions"] = as_front_matter(entry.actions)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=None, width=10_000)
    return f"---\n{front}---\n{text.body}\n"


def export_folder(db: Database, folder: Path) -> int:
    """Write every entry to `folder` as `<slug>/<lang>.md`; returns the number of files written.
    Files of entries no longer in the database are left alone."""
    written = 0
    for entry in list_entries(db):
        (folder / entry.slug).mkdir(parents=True, exist_ok=True)
        for language in entry.texts:
            (folder / entry.slug / f"{language}.md").write_text(format_file(entry, language), encoding="utf-8",
                                                                 newline="\n")
            written += 1
    return written


def seed_folder() -> Traversable:
    """The KB shipped with Desk (package data, so it is found in a wheel or a frozen build too)."""
    return resources.files("desk.knowledge") / "seed"


def seed_kb(db: Database) -> ImportReport:
    """Import the shipped KB; a packaging mistake that leaves it out imports nothing."""
    folder = seed_folder()
    if not folder.is_dir():
        log.warning("the knowledge-base seed is missing from this installation")
        return ImportReport((), ())
    report = import_folder(db, folder)
    for rejected in report.rejected:  # test_seed_content keeps this from happening in a release
        log.warning("knowledge-base seed file %s skipped: %s", rejected.path, rejected.reason)
    return report
