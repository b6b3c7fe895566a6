"""The keyboard's data: shortcuts declared once with conflicts refused, the fuzzy matching of the
command palette in Chinese and English, and the snooze times an agent can type."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk import settings
from desk.domain import fuzzy, shortcuts, snooze
from desk.errors import InvalidSettings

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 10, 15, 30, tzinfo=SHANGHAI)  # a Thursday


def test_every_default_key_is_unique_and_in_one_spelling():
    keys = shortcuts.bindings()
    assert not shortcuts.conflicts(keys)
    assert all(key == shortcuts.normalise(key) for key in keys.values())
    assert keys["resolve"] == "E" and keys["palette"] == "Ctrl+K" and keys["cheat_sheet"] == "?"


@pytest.mark.parametrize("typed, read", [("ctrl+k", "Ctrl+K"), ("shift+ctrl+x", "Ctrl+Shift+X"), ("escape", "Esc"),
                                         ("f5", "F5"), ("Ctrl++", "Ctrl++"), ("Ctrl+K, Ctrl+C", "Ctrl+K, Ctrl+C")])
def test_keys_are_read_in_their_usual_spellings(typed, read):
    assert shortcuts.normalise(typed) == read


def test_the_setting_refuses_two_actions_on_one_key(db):
    with pytest.raises(InvalidSettings) as refused:
        settings.put(db, settings.KEY_BINDINGS, {"resolve": "r"})
    assert "reply and resolve both use R" in str(refused.value)
    with pytest.raises(InvalidSettings):
        settings.put(db, settings.KEY_BINDINGS, {"no_such_action": "Q"})
    settings.put(db, settings.KEY_BINDINGS, {"resolve": "D", "reply": ""})  # "": no key at all
    assert shortcuts.bindings(settings.get(db, settings.KEY_BINDINGS))["resolve"] == "D"


def test_fuzzy_matching_in_chinese_and_english():
    items = [("resolve", ("解决", "Resolve")), ("reopen", ("重新打开", "Reopen")), ("snooze", ("暂缓…", "Snooze…"))]
    assert fuzzy.rank("rslv", items) == ["resolve"]
    assert fuzzy.rank("解决", items) == ["resolve"]
    assert fuzzy.rank("打开", items) == ["reopen"]
    assert fuzzy.rank("re", items)[:2] == ["resolve", "reopen"]
    assert fuzzy.rank("xyz", items) == []
    assert fuzzy.score("", "anything") == 0.0


@pytest.mark.parametrize("typed, wanted", [
    ("3h", NOW + timedelta(hours=3)), ("45m", NOW + timedelta(minutes=45)), ("2d", NOW + timedelta(days=2)),
    ("1w", NOW + timedelta(weeks=1)), ("18:00", NOW.replace(hour=18, minute=0)),
    ("09:00", (NOW + timedelta(days=1)).replace(hour=9, minute=0)),
    ("2026-12-24", datetime(2026, 12, 24, 9, 0, tzinfo=SHANGHAI)),
    ("2026-12-24 14:30", datetime(2026, 12, 24, 14, 30, tzinfo=SHANGHAI)),
])
def test_snooze_times_typed_in_the_agents_zone(typed, wanted):
    assert snooze.parse(typed, NOW) == wanted


@pytest.mark.parametrize("typed", ["0h", "25:00", "2026-01-01", "next tuesday", ""])
def test_snooze_times_that_are_past_or_unreadable_are_none(typed):
    assert snooze.parse(typed, NOW) is None


def test_snooze_presets_are_after_now_in_order():
    times = [at for _, at in snooze.presets(NOW)]
    assert all(at > NOW for at in times) and times == sorted(times)
    assert dict(snooze.presets(NOW))["monday"] == datetime(2026, 12, 14, 9, 0, tzinfo=SHANGHAI)
