"""The KB as a folder of Markdown files: import (upsert, rejects reported), export, round trip, seed."""

from pathlib import Path

from desk.knowledge import export_folder, import_folder, list_entries, load_entry, seed_kb
from desk.knowledge.folder import seed_folder
from desk.storage.db import Database
from tests.unit.desk.knowledge.conftest import ENTRIES

GOOD_DE = """---
kind: macro
title: Rücksendung – so geht's
intent: return_request
markets: [DE]
channels: [amazon]
tags: [returns]
---
Hallo {{ customer_name }},

so geht die Rücksendung.
"""


def write(folder: Path, relative: str, text: str) -> None:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_export_then_import_gives_the_same_entries(kb, tmp_path):
    assert export_folder(kb, tmp_path / "kb") == sum(len(e.texts) for e in ENTRIES)
    fresh = Database.open_path(tmp_path / "other" / "desk.sqlite3")
    try:
        report = import_folder(fresh, tmp_path / "kb")
        assert report.rejected == ()
        assert sorted(report.imported) == sorted(e.slug for e in ENTRIES)
        assert list_entries(fresh) == sorted(ENTRIES, key=lambda e: e.slug)
        export_folder(fresh, tmp_path / "again")
    finally:
        fresh.close()
    files = sorted(p.relative_to(tmp_path / "kb") for p in (tmp_path / "kb").rglob("*.md"))
    assert files == sorted(p.relative_to(tmp_path / "again") for p in (tmp_path / "again").rglob("*.md"))
    assert all((tmp_path / "kb" / f).read_bytes() == (tmp_path / "again" / f).read_bytes() for f in files)


def test_a_well_formed_file_is_exported_byte_for_byte(db, tmp_path):
    write(tmp_path / "in", "return-de/de.md", GOOD_DE)
    import_folder(db, tmp_path / "in")
    export_folder(db, tmp_path / "out")
    assert (tmp_path / "out" / "return-de" / "de.md").read_text(encoding="utf-8") == GOOD_DE


def test_import_replaces_entries_by_slug_and_keeps_the_others(kb, tmp_path):
    tmp_path = tmp_path / "kb"
    write(tmp_path, "refund-status/en.md", "---\nkind: article\ntitle: Refunds explained\n---\nBody.\n")
    assert import_folder(kb, tmp_path).imported == ("refund-status",)
    entry = load_entry(kb, "refund-status")
    assert (entry.kind, list(entry.texts), entry.intent, entry.tags) == ("article", ["en"], None, ())
    assert load_entry(kb, "return-de") == ENTRIES[0]


def test_rejected_files_are_reported_with_reasons_and_the_rest_is_imported(db, tmp_path):
    tmp_path = tmp_path / "kb"  # beside the test's cache folder
    write(tmp_path, "return-de/en.md", GOOD_DE)  # English, when present, is what the others must agree with
    write(tmp_path, "return-de/de.md", GOOD_DE.replace("markets: [DE]", "markets: [DE, FR]"))
    write(tmp_path, "return-de/fr.md", GOOD_DE.replace("{{ customer_name }}", "{{ customer_name }"))
    write(tmp_path, "return-de/pt.md", GOOD_DE)
    write(tmp_path, "no-front-matter/en.md", "Just text.\n")
    write(tmp_path, "bad-yaml/en.md", "---\nkind: [macro\n---\nx\n")
    write(tmp_path, "bad-kind/en.md", "---\nkind: recipe\ntitle: T\n---\nx\n")
    write(tmp_path, "no-kind/en.md", "---\ntitle: T\n---\nx\n")
    write(tmp_path, "bad-intent/en.md", "---\nkind: macro\ntitle: T\nintent: chitchat\nmarkets: [XX]\n---\nx\n")
    write(tmp_path, "bad-key/en.md", "---\nkind: article\ntitle: T\nauthor: me\n---\nx\n")
    write(tmp_path, "unknown-var/en.md", "---\nkind: macro\ntitle: T\n---\nHi {{ customer }}\n")
    write(tmp_path, "Bad_Slug/en.md", GOOD_DE)
    write(tmp_path, "README.md", "About this folder.\n")
    report = import_folder(db, tmp_path)
    reasons = {r.path: r.reason for r in report.rejected}
    assert report.imported == ("return-de",)
    assert "markets differ from en.md" in reasons["return-de/de.md"]
    assert "template syntax error on line 9" in reasons["return-de/fr.md"]
    assert "not a language file" in reasons["return-de/pt.md"]
    assert "no front matter" in reasons["no-front-matter/en.md"]
    assert "bad front matter" in reasons["bad-yaml/en.md"]
    assert "unknown kind 'recipe'" in reasons["bad-kind/en.md"]
    assert "the kind is missing" in reasons["no-kind/en.md"]
    assert "unknown intent 'chitchat'" in reasons["bad-intent/en.md"]
    assert "unknown market XX" in reasons["bad-intent/en.md"]
    assert "unknown front matter key author" in reasons["bad-key/en.md"]
    assert "unknown template variable customer" in reasons["unknown-var/en.md"]
    assert "must be a slug" in reasons["Bad_Slug/"]
    assert len(reasons) == 11
    assert list(load_entry(db, "return-de").texts) == ["en"]


def test_the_seed_is_found_as_package_data_and_imports_cleanly(db):
    assert seed_folder().is_dir()
    report = seed_kb(db)
    assert report.rejected == ()
    assert len(report.imported) == len([p for p in seed_folder().iterdir() if p.is_dir()]) > 0
