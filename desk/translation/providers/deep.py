"""Google Translate and MyMemory through deep-translator (imported on first use: ~180 ms).

Both take one text per request. deep-translator calls `requests.get` without a timeout (a dead
connection would hold an executor thread for ever) and drops the response of a 429 (so its
Retry-After): the `requests` its modules see is replaced by `_BoundedRequests`, which adds the
provider's timeout to every call and keeps the last Retry-After per thread. The service bounds
the wait as well (see TranslationService).
Each call builds its own translator object: they keep per-request state in `_url_params`, so
one object must not serve two threads. A base URL (tests, a proxy) replaces the instance's
`_base_url`, never the library's global BASE_URLS.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from desk.translation.batching import Limits
from desk.translation.languages import AUTO, base_language
from desk.translation.model import TranslationError, TranslationState
from desk.retry_after import retry_after_seconds
from desk.translation.providers import base

T = TypeVar("T")
DEFAULT_TIMEOUT_S = 10.0
_call = threading.local()  # per executor thread: the current call's timeout and the last Retry-After


class _BoundedRequests:
    """Stands in for the `requests` module inside deep-translator's provider modules."""

    def __init__(self, real):
        self._real = real

    def get(self, *args: Any, **kwargs: Any):
        return self._bounded(self._real.get, args, kwargs)

    def post(self, *args: Any, **kwargs: Any):
        return self._bounded(self._real.post, args, kwargs)

    def _bounded(self, send: Callable, args: tuple, kwargs: dict):
        kwargs.setdefault("timeout", getattr(_call, "timeout", DEFAULT_TIMEOUT_S))
        response = send(*args, **kwargs)
        _call.retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        return response

    def __getattr__(self, name: str):
        return getattr(self._real, name)


def _bound_deep_translator() -> None:
    """Install _BoundedRequests in the modules whose translators Desk uses (once; idempotent)."""
    import requests
    from deep_translator import google, mymemory

    for module in (google, mymemory):
        if not isinstance(module.requests, _BoundedRequests):
            module.requests = _BoundedRequests(requests)

# MyMemory answers some refusals with HTTP 200 and the reason as the "translation".
_MYMEMORY_QUOTA = re.compile(r"^\s*MYMEMORY WARNING", re.IGNORECASE)
_MYMEMORY_REFUSAL = re.compile(
    r"INVALID (SOURCE|TARGET) LANGUAGE|QUERY LENGTH LIMIT|PLEASE SELECT TWO DISTINCT LANGUAGES|INVALID LANGUAGE PAIR")


def guarded(name: str, call: Callable[[], T], timeout: float = DEFAULT_TIMEOUT_S) -> T:
    """Run a deep-translator call within `timeout` per request, turning its and requests'
    exceptions into TranslationError."""
    import requests
    from deep_translator import exceptions as dt

    _bound_deep_translator()
    _call.timeout, _call.retry_after = timeout, None
    failure: TranslationError | None = None
    try:
        return call()
    except requests.Timeout:
        failure = base.offline(name, timed_out=True)
    except requests.ConnectionError:
        failure = base.offline(name)
    except dt.TooManyRequests:
        failure = base.too_many_requests(name, _call.retry_after)
    except (dt.RequestError, dt.TranslationNotFound):  # Google's intermittent 500 / empty page
        failure = TranslationError(TranslationState.FAILED, name,
                                   f"{base.LABELS[name]} gave no translation this time.", transient=True)
    except (dt.LanguageNotSupportedException, dt.InvalidSourceOrTargetLanguage):
        failure = base.refused_request(name, 0, ": language not supported")
    except (dt.NotValidLength, dt.NotValidPayload):
        failure = base.refused_request(name, 0, ": text too long")
    except (requests.RequestException, ValueError, KeyError, TypeError, AttributeError, StopIteration):
        failure = base.bad_answer(name)  # StopIteration: MyMemory with neither text nor matches
    raise failure


def google_code(code: str) -> str:
    language = base_language(code)
    return {"zh": "zh-CN"}.get(language, language)


class Google:
    name = "google"
    limits = Limits(text_bytes=4800, batch_items=1, batch_bytes=4800)  # deep-translator: < 5,000 characters

    def __init__(self, base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT_S):
        self._base_url = base_url
        self._timeout = timeout

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        from deep_translator import GoogleTranslator

        [text] = texts
        translator = guarded(self.name, lambda: GoogleTranslator(source=google_code(source), target=google_code(target)),
                             self._timeout)
        if self._base_url:
            translator._base_url = self._base_url
        translated = guarded(self.name, lambda: translator.translate(text), self._timeout)
        return base.check_count(self.name, [translated], 1)

    def close(self) -> None:
        pass


_MYMEMORY_CODES = {"en": "en-US", "zh": "zh-CN", "ja": "ja-JP", "de": "de-DE", "es": "es-ES", "fr": "fr-FR", "it": "it-IT"}


def mymemory_code(code: str) -> str:
    from deep_translator.constants import MY_MEMORY_LANGUAGES_TO_CODES

    language = base_language(code)
    if language in _MYMEMORY_CODES:
        return _MYMEMORY_CODES[language]
    known = [c for c in MY_MEMORY_LANGUAGES_TO_CODES.values() if base_language(c) == language]
    return known[0] if known else language


class MyMemory:
    name = "mymemory"
    limits = Limits(text_bytes=480, batch_items=1, batch_bytes=480)  # MyMemory: 500 bytes per query

    def __init__(self, email: str | None = None, base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT_S):
        self._email = email or None  # raises the free daily quota from 5,000 to 50,000 characters
        self._base_url = base_url
        self._timeout = timeout

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        from deep_translator import MyMemoryTranslator

        [text] = texts
        auto = base_language(source) == AUTO
        translator = guarded(self.name, lambda: MyMemoryTranslator(
            source=AUTO if auto else mymemory_code(source), target=mymemory_code(target), email=self._email),
            self._timeout)
        if auto:
            translator.source = "Autodetect"  # MyMemory's word for it; "auto" is refused
        if self._base_url:
            translator._base_url = self._base_url
        translated = guarded(self.name, lambda: translator.translate(text), self._timeout)
        if not isinstance(translated, str) or _MYMEMORY_QUOTA.match(translated):
            raise base.quota_used_up(self.name) if isinstance(translated, str) else base.bad_answer(self.name)
        if _MYMEMORY_REFUSAL.search(translated):
            raise base.refused_request(self.name, 200, ": it refused the language pair or text")
        return [translated]

    def close(self) -> None:
        pass
