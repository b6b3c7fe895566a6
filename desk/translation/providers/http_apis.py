"""DeepL, Microsoft Translator and LibreTranslate over their JSON APIs with httpx.

deep-translator 1.11.4 cannot serve these three (toolchain.md and its source):
- DeepL: it sends GET with the key in the query, which DeepL refuses since January 2026.
- Microsoft: its constructor fetches the language list from the hard-coded global host (no way to
  point it elsewhere, and a network call before any translation), and it sends one text per
  request; the API takes an array of up to 1,000.
- LibreTranslate: it requires a key even for a self-hosted server, sends the key in the URL
  query (so requests' exception messages carry it), puts the key in the text of its
  AuthorizationException, and sends one text per request although `q` may be a list.
Each needs only one POST, so Desk speaks them directly: keys in headers or the JSON body, one
request per batch, explicit timeouts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from desk.retry_after import retry_after_seconds
from desk.secrets import SecretRedacted
from desk.translation.batching import Limits
from desk.translation.languages import AUTO, base_language
from desk.translation.model import TranslationError
from desk.translation.providers import base


class JsonApi:
    """One httpx client per provider (thread-safe, keeps connections alive between batches)."""

    name = ""

    def __init__(self, base_url: str, timeout: float):
        self._client = httpx.Client(base_url=base_url, timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._client.base_url}>"

    def close(self) -> None:
        self._client.close()

    def _post(self, path: str, body: Any, *, params: dict[str, str] | None = None,
              headers: dict[str, str] | None = None) -> Any:
        failure: TranslationError | None = None
        try:
            response = self._client.post(path, json=body, params=params, headers=headers)
        except httpx.TimeoutException:
            failure = base.offline(self.name, timed_out=True)
        except httpx.InvalidURL:
            failure = base.refused_request(self.name, 0, ": the server address is not a valid URL")
        except httpx.HTTPError:
            failure = base.offline(self.name)
        if failure is not None:
            raise failure  # outside the handler: the httpx exception is not attached as context
        if response.status_code != 200:
            raise self._status_failure(response)
        return self._json(response)

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            pass
        raise base.bad_answer(self.name)

    def _status_failure(self, response: httpx.Response) -> TranslationError:
        return base.status_failure(self.name, response.status_code, _retry_after(response))

    def _extract(self, data: Any, read: Callable[[Any], list[str]], expected: int) -> list[str]:
        try:
            translated = read(data)
        except (KeyError, TypeError, IndexError, AttributeError):
            translated = None
        if translated is None:
            raise base.bad_answer(self.name)
        return base.check_count(self.name, translated, expected)


def _retry_after(response: httpx.Response) -> float | None:
    return retry_after_seconds(response.headers.get("Retry-After"))


# --- DeepL ----------------------------------------------------------------------------------

DEEPL_URL = "https://api.deepl.com"
DEEPL_FREE_URL = "https://api-free.deepl.com"  # keys ending in ":fx"


def deepl_source(code: str) -> str:
    return base_language(code).upper()  # source languages take no variant


def deepl_target(code: str) -> str:
    language = base_language(code)
    return {"en": "EN-US", "zh": "ZH-HANS", "pt": "PT-PT"}.get(language, language.upper())


class DeepL(JsonApi):
    name = "deepl"
    # 50 texts and 128 KiB per request (DeepL API reference, /v2/translate).
    limits = Limits(text_bytes=30_000, batch_items=50, batch_bytes=120_000)

    def __init__(self, key: str, base_url: str | None = None, timeout: float = 10.0):
        super().__init__(base_url or (DEEPL_FREE_URL if key.endswith(":fx") else DEEPL_URL), timeout)
        self._auth = {"Authorization": SecretRedacted(f"DeepL-Auth-Key {key}")}

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        body: dict[str, Any] = {"text": texts, "target_lang": deepl_target(target)}
        if base_language(source) != AUTO:
            body["source_lang"] = deepl_source(source)
        data = self._post("/v2/translate", body, headers=self._auth)
        return self._extract(data, lambda d: [t["text"] for t in d["translations"]], len(texts))


# --- Microsoft Translator v3 ---------------------------------------------------------------

MICROSOFT_URL = "https://api.cognitive.microsofttranslator.com"
_MICROSOFT_QUOTA_CODES = {403001, 429000, 429001, 429002}


def microsoft_code(code: str) -> str:
    language = base_language(code)
    return {"zh": "zh-Hans"}.get(language, language)


class Microsoft(JsonApi):
    name = "microsoft"
    # 1,000 array elements and 50,000 characters per request (Translator v3 reference).
    limits = Limits(text_bytes=10_000, batch_items=1000, batch_bytes=50_000)

    def __init__(self, key: str, region: str | None = None, base_url: str | None = None, timeout: float = 10.0):
        super().__init__(base_url or MICROSOFT_URL, timeout)
        self._auth = {"Ocp-Apim-Subscription-Key": SecretRedacted(key)}
        if region:
            self._auth["Ocp-Apim-Subscription-Region"] = region

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        params = {"api-version": "3.0", "to": microsoft_code(target)}
        if base_language(source) != AUTO:
            params["from"] = microsoft_code(source)
        data = self._post("/translate", [{"Text": t} for t in texts], params=params, headers=self._auth)
        return self._extract(data, lambda d: [item["translations"][0]["text"] for item in d], len(texts))

    def _status_failure(self, response: httpx.Response) -> TranslationError:
        try:
            code = int(response.json()["error"]["code"])
        except (ValueError, KeyError, TypeError):
            code = 0
        if code == 403001:  # free tier's monthly characters used up
            return base.quota_used_up(self.name)
        if code in _MICROSOFT_QUOTA_CODES:
            return base.too_many_requests(self.name, _retry_after(response))
        if response.status_code == 400 and code:
            return base.refused_request(self.name, 400, f", error {code}")
        return base.status_failure(self.name, response.status_code, _retry_after(response))


# --- LibreTranslate ------------------------------------------------------------------------


class Libre(JsonApi):
    name = "libre"
    # Servers set their own --char-limit and --batch-limit; these fit the common public ones.
    limits = Limits(text_bytes=2000, batch_items=25, batch_bytes=10_000)

    def __init__(self, url: str, key: str | None = None, timeout: float = 10.0):
        super().__init__(url, timeout)
        self._key = SecretRedacted(key) if key else None

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        body: dict[str, Any] = {"q": texts, "source": base_language(source), "target": base_language(target),
                                "format": "text"}
        if self._key:
            body["api_key"] = str(self._key)
        data = self._post("/translate", body)
        return self._extract(data, lambda d: d["translatedText"], len(texts))
