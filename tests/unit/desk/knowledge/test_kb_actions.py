"""Macros that also act: the `actions` front matter, checked, stored, exported and read back."""

import pytest

from desk.knowledge import export_folder, import_folder, load_entry
from desk.knowledge.actions import BadActions, MacroActions, parse_actions
from desk.knowledge.folder import seed_folder
from tests.unit.desk.knowledge.test_kb_folder import write

REFUND = """---
kind: macro
title: {title}
intent: refund_status
actions:
  status: resolved
  assign: me
  tags: [refunded, -awaiting-refund]
---
{body}
"""


def test_actions_are_read_from_every_language_stored_and_written_back(db, tmp_path):
    write(tmp_path / "in", "refund-done/en.md", REFUND.format(title="Refund issued", body="Refunded."))
    write(tmp_path / "in", "refund-done/zh.md", REFUND.format(title="退款已处理", body="已退款。"))
    report = import_folder(db, tmp_path / "in")
    assert report.rejected == () and report.imported == ("refund-done",)
    assert load_entry(db, "refund-done").actions == MacroActions("resolved", None, "me", ("refunded",),
                                                                 ("awaiting-refund",))
    export_folder(db, tmp_path / "out")
    again = tmp_path / "again.sqlite3"
    from desk.storage.db import Database

    fresh = Database.open_path(again)
    try:
        assert import_folder(fresh, tmp_path / "out").rejected == ()
        assert load_entry(fresh, "refund-done").actions == load_entry(db, "refund-done").actions
    finally:
        fresh.close()


def test_actions_that_differ_between_languages_or_cannot_be_read_are_rejected_with_the_reason(db, tmp_path):
    write(tmp_path, "a/en.md", REFUND.format(title="A", body="a"))
    write(tmp_path, "a/de.md", "---\nkind: macro\ntitle: A\nintent: refund_status\n---\na\n")
    write(tmp_path, "b/en.md", "---\nkind: macro\ntitle: B\nactions: {status: closed}\n---\nb\n")
    write(tmp_path, "c/en.md", "---\nkind: article\ntitle: C\nactions: {status: resolved}\n---\nc\n")
    report = import_folder(db, tmp_path)
    reasons = {r.path: r.reason for r in report.rejected}
    assert "actions differ" in reasons["a/de.md"]
    assert "status must be one of open, pending, resolved" in reasons["b/en.md"]
    assert "only a macro can have actions" in reasons["c/en.md"]


@pytest.mark.parametrize("value, problem", [
    ({"snooze": "3w"}, "hours or days"), ({"snooze": "40d"}, "30 days"), ({"status": "resolved", "snooze": "2d"},
                                                                        "not both"),
    ({"tags": ["a,b"]}, "without commas"), ({"close": True}, "unknown action close"), ("resolve", "key: value"),
])
def test_bad_actions_say_what_they_must_be(value, problem):
    with pytest.raises(BadActions, match=problem):
        parse_actions(value)


def test_snooze_reads_hours_and_days():
    assert parse_actions({"snooze": "24h"}).snooze_hours == 24
    assert parse_actions({"snooze": "2d", "tags": "vip"}) == MacroActions(None, 48, None, ("vip",), ())


def test_the_seed_has_a_macro_that_resolves():
    from desk.knowledge.folder import read_folder

    entries, rejected = read_folder(seed_folder())
    assert rejected == []
    refund = next(e for e in entries if e.slug == "refund-issued")
    assert refund.actions.status == "resolved" and len(refund.texts) == 7
