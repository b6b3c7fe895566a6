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
    assert result.returncode == 1 and "rejected" in result.stdout and "broken" in result.stdout
    assert "Traceback" not in result.stderr
    db = Database.open_path(workspace / "desk.sqlite3")
    try:
        entries = {e.slug: e for e in list_entries(db)}
    finally:
        db.close()
    assert "broken" not in entries and len(entries) >= 40
    assert "(edited in git)" in entries["culture-de"].texts["en"].title


# --- headless commands on the application layer -------------------------------------------------

def run_json(*args, timeout=300):
    import json

    result = desk(*args, "--json", timeout=timeout)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def test_sync_once_on_the_demo_triages_new_messages_and_delivers_queued_replies(tmp_path):
    """With no window: the demo's sandbox platforms run for the length of the command."""
    code, report = run_json("sync", "--once", "--demo", "--data-dir", str(tmp_path / "data"))
    assert code == 0, report
    assert report["messages_new"] >= 3 and report["triaged"] >= 3
    assert report["replies_delivered"] >= 2  # the demo's two replies written while offline
    assert {"auto_replies_sent", "escalated", "routed", "translated"} <= set(report)
    assert report["accounts"] and all(a["state"] == "idle" for a in report["accounts"])


def test_import_files_mbox_and_maildir_once_naming_what_it_cannot_read(tmp_path):
    import mailbox

    def mail(n: int) -> bytes:
        return (f"From: Buyer {n} <buyer{n}@example.com>\r\nTo: shop@example.com\r\nSubject: Order {n}\r\n"
                f"Message-ID: <old-{n}@example.com>\r\nDate: Mon, 02 Nov 2026 10:0{n}:00 +0000\r\n\r\n"
                f"Where is order {n}?\r\n").encode()

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "one.eml").write_bytes(mail(1))
    box = mailbox.mbox(archive / "old.mbox")
    box.add(mail(2))
    box.add(mail(3))
    box.close()
    maildir = mailbox.Maildir(tmp_path / "Maildir")
    maildir.add(mail(4))
    maildir.close()
    (archive / "broken.eml").write_bytes(b"Subject: nobody wrote this\r\n\r\nno sender at all\r\n")
    data = str(tmp_path / "data")

    code, first = run_json("import", str(archive), str(tmp_path / "Maildir"), "--data-dir", data)
    assert code == 1  # one file was rejected, the rest imported
    assert (first["imported"], first["duplicates"]) == (4, 0)
    assert [r["path"] for r in first["rejected"]] == [str(archive / "broken.eml")] and first["rejected"][0]["reason"]
    code, again = run_json("import", str(archive / "one.eml"), "--data-dir", data)
    assert (code, again["imported"], again["duplicates"], again["rejected"]) == (0, 0, 1, [])

    code, found = run_json("search", "order 3", "--data-dir", data)
    assert code == 0 and any(h["kind"] == "message" and h["message_id"] for h in found["hits"])
    hit = next(h for h in found["hits"] if h["kind"] == "message")
    code, shown = run_json("show", str(hit["conversation_id"]), "--data-dir", data)
    assert code == 0 and shown["id"] == hit["conversation_id"]
    [message] = shown["messages"]
    assert message["id"] == hit["message_id"] and message["sender"] == "Buyer 3"
    assert message["text"].startswith("Where is order 3") and message["language"] == "en"
    assert {"html", "attachments", "translation"} <= set(message) and shown["intent"]


def test_show_and_import_refuse_what_does_not_exist(tmp_path):
    data = str(tmp_path / "data")
    result = desk("show", "999999", "--data-dir", data)
    assert_clear_refusal(result, "no conversation 999999")
    result = desk("import", str(tmp_path / "nowhere.mbox"), "--data-dir", data)
    assert_clear_refusal(result, "no such file")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "desk.sqlite3").write_text("hello, not a database")
    assert_clear_refusal(desk("search", "x", "--data-dir", str(foreign)), "not a Desk cache")


def test_quarantine_is_listed_exported_and_read_again(tmp_path):
    from desk.workspace import open_workspace
    from tests.unit.desk.app.test_quarantine_ops import GOOD_MAIL, NO_SENDER, hold

    data = tmp_path / "data"
    db = open_workspace(data)
    try:
        hold(db, (GOOD_MAIL, "old parser", None), (NO_SENDER, "no sender address (From)", "Ana <ana@example.es>"))
    finally:
        db.close()
    code, listed = run_json("quarantine", "list", "--data-dir", str(data))
    assert code == 0 and listed["count"] == 2
    assert {i["reason"] for i in listed["items"]} == {"old parser", "no sender address (From)"}
    assert any(i["sender"] == "Ana <ana@example.es>" and i["sent_at"] for i in listed["items"])
    code, exported = run_json("quarantine", "export", str(tmp_path / "out"), "--data-dir", str(data))
    assert code == 0 and len(exported["written"]) == 2 and (tmp_path / "out" / "index.json").exists()
    code, again = run_json("quarantine", "retry", "--data-dir", str(data))
    assert code == 1 and (again["read"], again["still_unreadable"], again["messages"]) == (1, 1, 1)
    code, listed = run_json("quarantine", "list", "--data-dir", str(data))
    assert listed["count"] == 1 and listed["items"][0]["retry_count"] == 1
def test_act_on_a_conversation_of_the_demo_and_show_it(demo_dir, tmp_path):
    import shutil

    data = tmp_path / "demo"
    shutil.copytree(demo_dir, data)
    with sqlite3.connect(data / "demo" / "desk.sqlite3") as conn:
        cid, = conn.execute("SELECT c.id FROM conversations c WHERE status = 'open' AND EXISTS (SELECT 1 FROM "
                            "conversation_tags t WHERE t.conversation_id = c.id) ORDER BY id LIMIT 1").fetchone()
        old_tag, = conn.execute("SELECT tag FROM conversation_tags WHERE conversation_id = ?", (cid,)).fetchone()
    where = ("--demo", "--data-dir", str(data))
    code, done = run_json("act", str(cid), "tag", "+vip", f"-{old_tag}", *where)
    assert code == 0 and done["changed"] and "vip" in done["tags"] and old_tag not in done["tags"]
    code, done = run_json("act", str(cid), "assign", "sofia.m", *where)
    assert (code, done["assignee"]) == (0, "sofia.m")
    code, done = run_json("act", str(cid), "snooze", "--until", "2099-01-01T09:00+08:00", *where)
    assert (code, done["status"], done["snooze_until"]) == (0, "snoozed", "2099-01-01T01:00:00+00:00")
    code, shown = run_json("show", str(cid), *where)
    assert (shown["status"], shown["assignee"], shown["snooze_until"]) == ("snoozed", "sofia.m", done["snooze_until"])
    assert "vip" in shown["tags"]
    code, done = run_json("act", str(cid), "resolve", *where)
    assert (code, done["status"], done["snooze_until"]) == (0, "resolved", None)
    with sqlite3.connect(data / "demo" / "desk.sqlite3") as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM audit_events WHERE conversation_id = ? ORDER BY id", (cid,))]
    assert kinds == ["conversation.tag", "conversation.assign", "conversation.snooze", "conversation.resolve"]


@pytest.mark.parametrize("args, words", [
    (("999999", "resolve"), "No conversation 999999"),
    (("1", "snooze"), "needs --until"),
    (("1", "snooze", "--until", "2001-01-01T00:00Z"), "already passed"),
    (("1", "snooze", "--until", "next tuesday"), "not an ISO date"),
    (("1", "assign", "no.such.agent"), "No agent called"),
    (("1", "tag", "vip"), "+NAME to add"),
    (("1", "resolve", "extra"), "takes no names"),
])
def test_act_refuses_bad_input_clearly(demo_dir, tmp_path, args, words):
    result = desk("act", *args, "--demo", "--data-dir", str(demo_dir))
    assert_clear_refusal(result, words)
