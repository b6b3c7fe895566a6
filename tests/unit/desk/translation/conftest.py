"""The fake providers (one server per module, reset per test) and a service factory."""

from __future__ import annotations

import pytest

from tests.helpers.fake_translators import DEEPL_KEY, LIBRE_KEY, MICROSOFT_KEY, MICROSOFT_REGION, FakeTranslators

KEYS = {"deepl": DEEPL_KEY, "microsoft": MICROSOFT_KEY, "libre": LIBRE_KEY}


@pytest.fixture(scope="module")
def fake_server():
    server = FakeTranslators().start()
    yield server
    server.stop()


@pytest.fixture
def fake(fake_server):
    fake_server.reset()
    yield fake_server
    fake_server.release()


def options_for(fake: FakeTranslators) -> dict[str, dict[str, str]]:
    return {
        "google": {"base_url": fake.url("google")},
        "mymemory": {"base_url": fake.url("mymemory"), "email": "care@lumora.example"},
        "deepl": {"base_url": fake.url("deepl")},
        "microsoft": {"base_url": fake.url("microsoft"), "region": MICROSOFT_REGION},
        "libre": {"url": fake.url("libre")},
    }


@pytest.fixture
def make_service(fake, tmp_path):
    """make_service(provider, *fallbacks, keys=KEYS, timeout=2.0, cache_dir=None, shared=None) -> TranslationService."""
    from desk.executors import Executors
    from desk.translation.cache import TranslationCache
    from desk.translation.glossary import load_glossary
    from desk.translation.service import TranslationService
    from desk.translation.settings import TranslationSettings

    made = []
    executors = Executors()

    def make(provider: str, *fallbacks: str, keys=KEYS, timeout: float = 2.0, cache_dir=None, shared=None):
        settings = TranslationSettings(provider, fallbacks, options_for(fake))
        cache = TranslationCache.in_data_dir(cache_dir or tmp_path / "data")
        service = TranslationService(settings, load_glossary(), cache, executors, load_key=keys.get,
                                     retry_delays=(0, 0), timeout=timeout, shared=shared)
        made.append(service)
        return service

    yield make
    fake.release()  # a request left hanging must not hold up the executor's shutdown
    for service in made:
        service.close()
    executors.shutdown()
