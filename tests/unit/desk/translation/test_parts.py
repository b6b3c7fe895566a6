"""Splitting and packing, the cache file, and the settings with their keys."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.translation.batching import Limits, edges, pack, size, split_text
from desk.translation.cache import CachedAnswer, TranslationCache, cache_key
from desk.translation.settings import (TranslationSettings, load_provider_key, load_translation_settings,
                                       save_translation_settings, store_provider_key)

TEXT = st.lists(st.sampled_from(list("ab ,.。！退货\n") + ["[G1]", "Größe "]), max_size=150).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.integers(min_value=8, max_value=120))
def test_pieces_fit_the_limit_and_join_back_to_the_text(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(size(p) <= limit for p in pieces)
    assert all(p.count("[G") == p.count("[G1]") for p in pieces)  # no placeholder cut in two


def test_splits_prefer_paragraphs_then_sentences():
    assert split_text("First line.\nSecond one here.", 20) == ["First line.\n", "Second one here."]
    assert split_text("好的。谢谢！再见", 18) == ["好的。谢谢！", "再见"]
    assert edges("\n  hello \n") == ("\n  ", "hello", " \n")


def test_packing_respects_items_and_bytes():
    limits = Limits(text_bytes=10, batch_items=3, batch_bytes=10)
    assert pack(["aaaa", "bbbb", "cc", "d", "e", "ffffffffff"], limits) == [[0, 1, 2], [3, 4], [5]]


def test_cache_entries_persist_and_threads_use_their_own_connection(tmp_path):
    cache = TranslationCache(tmp_path / "t.sqlite3")
    key = cache_key("en", "de", "hello")
    worker = threading.Thread(target=cache.put_many, args=([(key, CachedAnswer("hallo", "deepl"))],))
    worker.start()
    worker.join()
    assert cache.get(key) == ("hallo", "deepl")
    assert cache.get(cache_key("en", "fr", "hello")) is None
    cache.close()
    reopened = TranslationCache(tmp_path / "t.sqlite3")
    assert reopened.get(key) == ("hallo", "deepl") and len(reopened) == 1
    assert reopened._connection().execute("PRAGMA journal_mode").fetchone() == ("wal",)
    reopened.close()


def test_a_cache_in_a_file_that_is_not_a_database_is_refused_clearly(tmp_path):
    from desk.errors import StorageUnavailable

    (tmp_path / "t.sqlite3").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageUnavailable, match="translation cache"):
        TranslationCache(tmp_path / "t.sqlite3")


def test_settings_default_save_and_load(db):
    assert load_translation_settings(db) == TranslationSettings("google", (), {})
    chosen = TranslationSettings("libre", ("google",), {"libre": {"url": "http://mt.lan:5000"}})
    save_translation_settings(db, chosen)
    assert load_translation_settings(db) == chosen
    assert chosen.chain == ("libre", "google")


@pytest.mark.parametrize(("bad", "field", "why"), [
    (TranslationSettings("babelfish"), "translation.provider", "one of"),
    (TranslationSettings("deepl", options={"deepl": {"api_key": "k"}}), "translation.options", "unknown option"),
    (TranslationSettings("libre"), "translation.options.libre.url", "required"),
    (TranslationSettings("google", ("babelfish",)), "translation.fallbacks", "unknown provider"),
    (TranslationSettings("deepl", options={"deepl": {"base_url": "ftp://x"}}), "translation.options", "http"),
])
def test_invalid_settings_are_refused_by_field(db, bad, field, why):
    from desk.errors import InvalidSettings

    with pytest.raises(InvalidSettings) as raised:
        save_translation_settings(db, bad)
    assert why in raised.value.problems[field]
    assert load_translation_settings(db) == TranslationSettings()  # nothing was stored


def test_keys_live_in_the_keyring_only(db, session_keyring):
    store_provider_key("deepl", "k-123:fx")
    save_translation_settings(db, TranslationSettings("deepl"))
    assert load_provider_key("deepl") == "k-123:fx"
    assert repr(load_provider_key("deepl")) == "'***'"
    assert not any("k-123" in str(row) for row in db.fetch_all("SELECT * FROM settings"))
