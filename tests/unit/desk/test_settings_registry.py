"""Settings declared once: defaults in one place, bad stored values fall back to them, unknown keys
and invalid values are refused before anything is written, the dialog's fields come from here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk import settings
from desk.errors import InvalidSettings
from desk.storage.settings import write_settings

ROOT = Path(__file__).resolve().parents[3]


def test_a_missing_setting_reads_as_its_declared_default(db):
    assert settings.get(db, settings.AGENT_NAME) == ""
    assert settings.get(db, settings.SLA_WARN_HOURS) is None
    assert settings.get(db, settings.AUTOREPLY_RULES) == {}


def test_a_stored_value_that_no_longer_fits_falls_back_to_the_default(db):
    write_settings(db, {"sla.warn_hours": "soon", "translation.provider": "babelfish", "agent.name": 7})
    assert settings.get(db, settings.SLA_WARN_HOURS) is None
    assert settings.get(db, settings.TRANSLATION_PROVIDER) is None
    assert settings.get(db, settings.AGENT_NAME) == ""


def test_invalid_or_unknown_values_are_refused_and_nothing_is_written(db):
    with pytest.raises(InvalidSettings) as refused:
        settings.put_many(db, {"agent.name": "Li Na", "sla.warn_hours": 99, "theme.colour": "pink"})
    assert set(refused.value.problems) == {"sla.warn_hours", "theme.colour"}
    assert settings.get(db, settings.AGENT_NAME) == ""  # not even the valid one
    settings.put_many(db, {"agent.name": "Li Na", "sla.warn_hours": 6})
    assert (settings.get(db, settings.AGENT_NAME), settings.get(db, settings.SLA_WARN_HOURS)) == ("Li Na", 6)


def test_what_an_older_desk_kept_in_one_blob_is_read_until_written_again(db):
    write_settings(db, {"translation.settings": {"provider": "deepl", "fallbacks": ["google"], "agent_language": "en"}})
    assert settings.get(db, settings.TRANSLATION_PROVIDER) == "deepl"
    assert settings.get(db, settings.TRANSLATION_FALLBACKS) == ["google"]
    assert settings.get(db, settings.AGENT_LANGUAGE) == "en"
    settings.put(db, settings.TRANSLATION_PROVIDER, "libre")
    assert settings.get(db, settings.TRANSLATION_PROVIDER) == "libre"


def test_every_setting_has_a_scope_a_description_and_a_valid_default():
    assert settings.SETTINGS
    for setting in settings.SETTINGS.values():
        assert setting.description.strip() and setting.scope in settings.Scope
        assert setting.problem(setting.default) is None or (setting.default is None and setting.optional)
    with pytest.raises(ValueError):
        settings.declare("agent.name", settings.Kind.TEXT, "", "twice", settings.Scope.AGENT)


def test_settings_are_read_and_written_only_through_the_registry():
    """No module but desk.settings touches the settings table's functions or names a key literally."""
    keys = set(settings.SETTINGS) | {"translation.settings"}
    offenders = []
    for path in (ROOT / "desk").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative in ("desk/settings.py", "desk/storage/settings.py") or "/migrations/" in relative:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\b(read_setting|write_settings)\b", text):
            offenders.append(f"{relative}: reads or writes the table directly")
        offenders += [f"{relative}: names {key}" for key in keys if f'"{key}"' in text or f"'{key}'" in text]
    assert offenders == []
