"""TranslationService end to end against the fakes: batching, cache, glossary, retries, fallback."""

from __future__ import annotations

import pytest

from desk.translation.model import TranslationState
from tests.conftest import run_async
from tests.helpers.fake_translators import DEEPL_KEY

THREAD = ["hello, my phone case is broken", "I want a refund", "thanks", "hello"]


def test_a_thread_goes_to_deepl_in_one_request_and_never_twice(fake, make_service, aio_loop):
    service = make_service("deepl")
    first = run_async(aio_loop, service.translate_many(THREAD, "en", "zh"))
    assert [t.translated for t in first] == [
        "[ZH-HANS] 你好, my 手机壳 is 坏了", "[ZH-HANS] I want a 退款", "[ZH-HANS] 谢谢", "[ZH-HANS] 你好"]
    assert {(t.provider, t.from_cache, t.state) for t in first} == {("deepl", False, TranslationState.OK)}
    assert fake.count("deepl") == 1
    again = run_async(aio_loop, service.translate_many(THREAD, "en", "zh"))
    assert [t.translated for t in again] == [t.translated for t in first]
    assert all(t.from_cache for t in again) and fake.count("deepl") == 1


@pytest.mark.parametrize(("provider", "requests"), [("microsoft", 1), ("libre", 1), ("google", 4), ("mymemory", 4)])
def test_batching_per_provider(fake, make_service, aio_loop, provider, requests):
    results = run_async(aio_loop, make_service(provider).translate_many(THREAD, "en", "de"))
    assert all(r.ok and r.provider == provider for r in results)
    assert fake.count(provider) == requests


def test_identical_texts_are_sent_once(fake, make_service, aio_loop):
    results = run_async(aio_loop, make_service("google").translate_many(["hello", "hello", "thanks"], "en", "fr"))
    assert [r.translated for r in results] == ["[fr] bonjour", "[fr] bonjour", "[fr] merci"]
    assert fake.count("google") == 2


def test_big_batches_are_split_within_the_provider_limits(fake, make_service, aio_loop):
    texts = [f"order {i}: hello" for i in range(120)]
    results = run_async(aio_loop, make_service("deepl").translate_many(texts, "en", "de"))
    assert results[119].translated == "[DE] order 119: hallo"
    assert sorted(len(r.body["text"]) for r in fake.requests) == [20, 50, 50]


def test_a_long_text_is_translated_in_pieces_and_put_back_together(fake, make_service, aio_loop):
    long_text = "\n\n".join(f"Paragraph {i}: hello, the charging cable is broken." for i in range(30))
    [result] = run_async(aio_loop, make_service("mymemory").translate_many([long_text], "en", "de"))
    assert fake.count("mymemory") >= 3
    assert all(len(r.query["q"][0].encode()) <= 500 for r in fake.requests)
    assert result.translated.count("\n\n") == 29
    assert result.translated.count("Ladekabel") == 30 and result.translated.count("kaputt") == 30


def test_same_language_needs_no_provider(fake, make_service, aio_loop):
    [result] = run_async(aio_loop, make_service("deepl").translate_many(["Hallo"], "de", "de-DE"))
    assert (result.translated, result.state, result.provider) == ("Hallo", TranslationState.SAME_LANGUAGE, None)
    assert fake.requests == []


def test_glossary_holds_when_the_provider_mangles_placeholders(fake, make_service, aio_loop):
    fake.mangle_placeholders = True
    service = make_service("libre")
    to_zh = run_async(aio_loop, service.translate("I want a partial refund", "en", "zh"))
    to_de = run_async(aio_loop, service.translate("我要退货，物流单号是多少", "zh", "de"))
    assert to_zh.translated == "[zh] I want a 部分退款"
    assert to_de.translated == "[de] 我要Rücksendung，Sendungsnummer是多少"
    assert all("[G" in text for r in fake.requests for text in r.body["q"])  # terms never reached the provider


def test_offline_review_reads_the_cache_without_any_request(fake, make_service, aio_loop, tmp_path):
    run_async(aio_loop, make_service("deepl").translate_many(THREAD, "en", "zh"))
    fake.requests.clear()
    later = make_service("deepl", cache_dir=tmp_path / "data")  # a new session on the same cache file
    hit = later.cached("I want a refund", "en", "zh")
    assert (hit.translated, hit.from_cache, hit.provider) == ("[ZH-HANS] I want a 退款", True, "deepl")
    assert later.cached("not translated yet", "en", "zh") is None
    assert later.cached("Hallo", "de", "de").state is TranslationState.SAME_LANGUAGE
    assert fake.requests == []


def test_transient_failures_are_retried(fake, make_service, aio_loop):
    fake.queue("google", 500, "empty")
    [result] = run_async(aio_loop, make_service("google").translate_many(["hello"], "en", "it"))
    assert (result.translated, result.provider) == ("[it] ciao", "google")
    assert fake.count("google") == 3


def test_quota_falls_back_to_the_next_provider_and_says_which_answered(fake, make_service, aio_loop):
    fake.queue("deepl", 456)
    results = run_async(aio_loop, make_service("deepl", "microsoft").translate_many(THREAD, "en", "de"))
    assert {r.provider for r in results} == {"microsoft"}
    assert results[0].translated == "[de] hallo, my Handyhülle is kaputt"
    assert (fake.count("deepl"), fake.count("microsoft")) == (1, 1)  # 456 is not retried


def test_when_every_provider_fails_the_original_stays_with_the_first_reason(fake, make_service, aio_loop):
    fake.queue("google", 500, 500, 500)
    service = make_service("deepl", "google", keys={"deepl": "wrong-key"})
    [result] = run_async(aio_loop, service.translate_many(["hello"], "en", "de"))
    assert (result.translated, result.shown, result.provider) == (None, "hello", None)
    assert result.state is TranslationState.AUTH and "DeepL" in result.message
    assert "wrong-key" not in result.message and DEEPL_KEY not in result.message
    assert (fake.count("deepl"), fake.count("google")) == (1, 3)
    assert service.cached("hello", "en", "de") is None  # failures are not cached


def test_a_missing_key_sends_nothing_and_the_fallback_answers(fake, make_service, aio_loop):
    [result] = run_async(aio_loop, make_service("deepl", "google", keys={}).translate_many(["hello"], "en", "de"))
    assert (result.provider, fake.count("deepl")) == ("google", 0)
    [alone] = run_async(aio_loop, make_service("microsoft", keys={}).translate_many(["thanks"], "en", "de"))
    assert alone.state is TranslationState.AUTH and not alone.ok


@pytest.mark.parametrize("provider", ["deepl", "google"])
def test_a_hanging_provider_ends_offline_after_its_retries(fake, make_service, aio_loop, provider):
    fake.queue(provider, "hang", "hang", "hang")
    [result] = run_async(aio_loop, make_service(provider, timeout=0.1).translate_many(["hello"], "en", "de"))
    assert (result.state, result.ok, result.shown) == (TranslationState.OFFLINE, False, "hello")
    fake.release()


def test_a_reply_is_translated_and_back_translated(fake, make_service, aio_loop):
    reply = run_async(aio_loop, make_service("microsoft").translate_reply("你好，我们会全额退款", "zh", "de"))
    assert reply.translated == "[de] hallo，我们会vollständige Rückerstattung"
    assert reply.back_translation == "[zh-Hans] 你好，我们会全额退款"
    assert (reply.provider, reply.state) == ("microsoft", TranslationState.OK)
    assert fake.count("microsoft") == 2


def test_the_suite_keeps_providers_offline_unless_a_test_points_them_at_the_fake(db, aio_loop, tmp_path):
    from desk.executors import Executors
    from desk.translation import TranslationState
    from desk.translation.service import open_translation_service

    executors = Executors()
    service = run_async(aio_loop, open_translation_service(db, executors, tmp_path / "data"))
    try:
        result = run_async(aio_loop, service.translate("hello", "en", "de"))
        assert result.translated is None and result.state is TranslationState.OFFLINE
    finally:
        service.close()
        executors.shutdown()


def test_the_workspace_service_reads_its_settings_and_new_settings_take_effect(fake, db, aio_loop, tmp_path):
    from desk.executors import Executors
    from desk.translation.service import open_translation_service
    from desk.translation.settings import TranslationSettings, save_translation_settings
    from tests.unit.desk.translation.conftest import KEYS, options_for

    save_translation_settings(db, TranslationSettings("google", (), options_for(fake)))
    executors = Executors()
    service = run_async(aio_loop, open_translation_service(db, executors, tmp_path / "data", load_key=KEYS.get,
                                                           retry_delays=(0, 0)))
    try:
        assert service.settings.provider == "google"
        assert run_async(aio_loop, service.translate("hello", "en", "de")).provider == "google"
        service.configure(TranslationSettings("deepl", (), options_for(fake)))
        assert run_async(aio_loop, service.translate("thanks", "en", "de")).provider == "deepl"
        assert (tmp_path / "data" / "translations.sqlite3").exists()
    finally:
        service.close()
        executors.shutdown()
