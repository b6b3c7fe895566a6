"""The `desk` command on bad input: a clear message, exit code 2, no traceback, nothing overwritten."""

import sqlite3
import subprocess
import sys

import pytest


def desk(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def workspace(tmp_path):
    return tmp_path / "ws"


def assert_clear_refusal(result, *words):
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr


def test_a_foreign_file_is_refused(workspace):
    workspace.mkdir()
    (workspace / "desk.sqlite3").write_text("hello, not a database")
    result = desk("--data-dir", str(workspace), "--screenshot", str(workspace / "s.png"))
    assert_clear_refusal(result, "not a Desk cache")
    assert (workspace / "desk.sqlite3").read_text() == "hello, not a database"


def test_a_newer_database_is_refused(workspace, tmp_path):
    from desk.storage.db import Database

    Database.open_path(workspace / "desk.sqlite3").close()
    with sqlite3.connect(workspace / "desk.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    result = desk("--data-dir", str(workspace), "--screenshot", str(tmp_path / "s.png"))
    assert_clear_refusal(result, "newer version of Desk")
    assert not (tmp_path / "s.png").exists()


def test_a_data_dir_that_is_a_file_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = desk("--data-dir", str(blocker), "--screenshot", str(tmp_path / "s.png"))
    assert_clear_refusal(result, "Desk cannot")


def test_generate_refuses_a_workspace_with_other_conversations(demo_dir):
    result = desk("demo", "generate", "--conversations", "10", "--data-dir", str(demo_dir / "demo"))
    assert result.returncode != 0 and "already holds other conversations" in result.stderr


def test_the_knowledge_base_goes_to_a_folder_and_back(workspace, tmp_path):
    from desk.knowledge import list_entries
    from desk.storage.db import Database

    seed = tmp_path / "seed-copy"
    assert desk("--data-dir", str(workspace), "--demo", "kb", "export", str(seed)).returncode == 0
    note = seed / "culture-de" / "en.md"
    text = note.read_text(encoding="utf-8")
    note.write_text(text.replace("Germany", "Germany (edited in git)", 1), encoding="utf-8")
    (seed / "broken").mkdir()
    (seed / "broken" / "en.md").write_text("---\nkind: recipe\ntitle: x\n---\nbody\n", encoding="utf-8")

    result = desk("--data-dir", str(workspace), "kb", "import", str(seed))
    assert result.returncode == 1 and "rejected" in result.stderr and "broken" in result.stderr
    assert "Traceback" not in result.stderr
    db = Database.open_path(workspace / "desk.sqlite3")
    try:
        entries = {e.slug: e for e in list_entries(db)}
    finally:
        db.close()
    assert "broken" not in entries and len(entries) >= 40
    assert "(edited in git)" in entries["culture-de"].texts["en"].title
