"""Each provider against its fake: the wire format, the language codes, and every failure state."""

from __future__ import annotations

import logging
import secrets
import traceback

import pytest

from desk.sandbox.serve import free_port
from desk.translation.model import TranslationError, TranslationState
from desk.translation.providers import build_provider
from desk.translation.providers.http_apis import DEEPL_FREE_URL, DEEPL_URL, DeepL
from tests.helpers.fake_translators import DEEPL_KEY, LIBRE_KEY, MICROSOFT_KEY
from tests.unit.desk.translation.conftest import KEYS, options_for


@pytest.fixture
def build():
    """build(name, options, key, timeout) like build_provider; closed after the test."""
    built = []

    def make(*args, **kwargs):
        built.append(build_provider(*args, **kwargs))
        return built[-1]

    yield make
    for provider in built:
        provider.close()


@pytest.fixture
def provider(fake, build):
    """provider(name, key=<the fake's>, timeout=2, **options): a provider pointed at the fake."""
    def make(name, key=None, timeout=2.0, **options):
        return build(name, {**options_for(fake)[name], **options}, key if key is not None else KEYS.get(name), timeout)

    return make


def failure(call) -> TranslationError:
    with pytest.raises(TranslationError) as raised:
        call()
    return raised.value


def test_deepl_sends_a_thread_in_one_post_with_the_key_in_the_header(fake, provider):
    deepl = provider("deepl")
    assert deepl.translate(["hello", "thanks"], "en", "zh") == ["[ZH-HANS] 你好", "[ZH-HANS] 谢谢"]
    [seen] = fake.requests
    assert (seen.method, seen.path) == ("POST", "/deepl/v2/translate")
    assert seen.headers["authorization"] == f"DeepL-Auth-Key {DEEPL_KEY}"
    assert seen.body == {"text": ["hello", "thanks"], "target_lang": "ZH-HANS", "source_lang": "EN"}
    assert seen.query == {}


def test_deepl_picks_the_free_host_for_fx_keys_and_leaves_auto_to_deepl(fake, provider):
    for key, host in (("abc:fx", DEEPL_FREE_URL), ("abc", DEEPL_URL)):
        deepl = DeepL(key)
        assert str(deepl._client.base_url).startswith(host)
        deepl.close()
    deepl = provider("deepl")
    assert deepl.translate(["hallo"], "auto", "en") == ["[EN-US] hello"]
    assert "source_lang" not in fake.requests[-1].body


@pytest.mark.parametrize(("outcome", "state", "transient"), [
    (456, TranslationState.QUOTA, False),
    (429, TranslationState.QUOTA, True),
    (500, TranslationState.FAILED, True),
    (503, TranslationState.FAILED, True),
])
def test_deepl_statuses_become_states(fake, provider, outcome, state, transient):
    fake.queue("deepl", outcome)
    error = failure(lambda: provider("deepl").translate(["hello"], "en", "de"))
    assert (error.state, error.transient, error.provider) == (state, transient, "deepl")


def test_deepl_refuses_a_wrong_key_as_auth(fake, provider):
    error = failure(lambda: provider("deepl", key="wrong-key:fx").translate(["hello"], "en", "de"))
    assert error.state is TranslationState.AUTH and not error.transient


def test_microsoft_sends_an_array_with_key_and_region_headers(fake, provider):
    microsoft = provider("microsoft")
    assert microsoft.translate(["hello", "broken"], "en", "zh") == ["[zh-Hans] 你好", "[zh-Hans] 坏了"]
    [seen] = fake.requests
    assert seen.query == {"api-version": ["3.0"], "to": ["zh-Hans"], "from": ["en"]}
    assert seen.headers["ocp-apim-subscription-key"] == MICROSOFT_KEY
    assert seen.body == [{"Text": "hello"}, {"Text": "broken"}]


def test_microsoft_errors(fake, provider):
    wrong_region = provider("microsoft", region="eastus")
    assert failure(lambda: wrong_region.translate(["hello"], "en", "de")).state is TranslationState.AUTH
    fake.queue("microsoft", 403, 429)
    quota = failure(lambda: provider("microsoft").translate(["hello"], "en", "de"))
    assert (quota.state, quota.transient) == (TranslationState.QUOTA, False)  # 403001: free tier used up
    busy = failure(lambda: provider("microsoft").translate(["hello"], "en", "de"))
    assert (busy.state, busy.transient) == (TranslationState.QUOTA, True)


def test_libre_sends_q_as_a_list_and_the_key_in_the_body(fake, provider):
    libre = provider("libre")
    assert libre.translate(["hello", "thanks"], "auto", "de") == ["[de] hallo", "[de] danke"]
    [seen] = fake.requests
    assert seen.body == {"q": ["hello", "thanks"], "source": "auto", "target": "de", "format": "text",
                         "api_key": LIBRE_KEY}
    assert seen.query == {}


def test_libre_without_a_key_for_a_self_hosted_server(fake, provider):
    fake.keys["libre"] = None
    assert provider("libre", key="").translate(["hello"], "en", "it") == ["[it] ciao"]
    assert "api_key" not in fake.requests[-1].body
    fake.keys["libre"] = LIBRE_KEY
    assert failure(lambda: provider("libre", key="").translate(["hello"], "en", "it")).state is TranslationState.AUTH


def test_libre_detect_endpoint_speaks_the_api(fake, provider):
    import httpx

    answer = httpx.post(fake.url("libre") + "/detect", json={"q": "我的包裹坏了", "api_key": LIBRE_KEY}).json()
    assert answer == [{"confidence": 90.0, "language": "zh"}]


def test_mymemory_through_deep_translator(fake, provider):
    mymemory = provider("mymemory")
    assert mymemory.translate(["hello"], "en", "ja") == ["[ja-JP] こんにちは"]
    assert mymemory.translate(["hallo"], "auto", "en") == ["[en-US] hello"]
    first, second = fake.requests
    assert first.query["langpair"] == ["en-US|ja-JP"] and first.query["de"] == ["care@lumora.example"]
    assert second.query["langpair"] == ["Autodetect|en-US"]


def test_mymemory_quota_warning_is_not_taken_for_a_translation(fake, provider):
    fake.queue("mymemory", "quota")
    error = failure(lambda: provider("mymemory").translate(["hello"], "en", "de"))
    assert error.state is TranslationState.QUOTA


def test_google_through_deep_translator_at_a_local_url(fake, provider):
    from deep_translator.constants import BASE_URLS

    google = provider("google")
    assert google.translate(["hello & thanks"], "en", "zh") == ["[zh-CN] 你好 & 谢谢"]
    assert fake.requests[0].query == {"tl": ["zh-CN"], "sl": ["en"], "q": ["hello & thanks"]}
    assert BASE_URLS["GOOGLE_TRANSLATE"] == "https://translate.google.com/m"  # the global is untouched


@pytest.mark.parametrize(("outcome", "state"), [
    ("empty", TranslationState.FAILED), (500, TranslationState.FAILED), (429, TranslationState.QUOTA)])
def test_google_failures_are_transient(fake, provider, outcome, state):
    fake.queue("google", outcome)
    error = failure(lambda: provider("google").translate(["hello"], "en", "de"))
    assert (error.state, error.transient) == (state, True)


def test_timeouts_and_unreachable_servers_are_offline(fake, provider, build):
    fake.queue("deepl", "hang")
    slow = failure(lambda: provider("deepl", timeout=0.2).translate(["hello"], "en", "de"))
    fake.release()
    closed = f"http://127.0.0.1:{free_port()}"
    unreachable = [failure(lambda: build(name, {"base_url": closed, "url": closed}, KEYS.get(name))
                           .translate(["hello"], "en", "de")) for name in ("deepl", "microsoft", "libre", "google", "mymemory")]
    assert {e.state for e in [slow, *unreachable]} == {TranslationState.OFFLINE}
    assert all(e.transient for e in [slow, *unreachable])


def test_a_required_key_that_is_missing_is_an_auth_state():
    error = failure(lambda: build_provider("deepl", {}, None))
    assert error.state is TranslationState.AUTH and "DeepL" in str(error)


def test_no_key_in_any_error_message_traceback_or_log(fake, provider, build, caplog):
    caplog.set_level(logging.DEBUG)
    bad_key = f"bad-{secrets.token_hex(8)}"  # made at run time: never in a traceback's source lines
    closed = f"http://127.0.0.1:{free_port()}"
    fake.queue("deepl", 456)
    fake.queue("libre", 500)
    errors = [
        failure(lambda: provider("deepl", key=bad_key).translate(["hello"], "en", "de")),
        failure(lambda: provider("deepl").translate(["hello"], "en", "de")),
        failure(lambda: provider("microsoft", key=bad_key).translate(["hello"], "en", "de")),
        failure(lambda: provider("libre", key=bad_key).translate(["hello"], "en", "de")),
        failure(lambda: provider("libre").translate(["hello"], "en", "de")),
        failure(lambda: build("deepl", {"base_url": closed}, DEEPL_KEY).translate(["hello"], "en", "de")),
        failure(lambda: build("libre", {"url": closed}, LIBRE_KEY).translate(["hello"], "en", "de")),
        failure(lambda: build("microsoft", {"base_url": closed}, MICROSOFT_KEY).translate(["hi"], "en", "de")),
    ]
    keys = [DEEPL_KEY, MICROSOFT_KEY, LIBRE_KEY, bad_key]
    for error in errors:
        shown = str(error) + repr(error) + "".join(traceback.format_exception(error))
        assert not any(key in shown for key in keys), shown
        assert error.__context__ is None and error.__cause__ is None
    assert not any(key in caplog.text for key in keys)
    assert repr(provider("deepl")).count(DEEPL_KEY) == 0
