"""Fake translation providers on 127.0.0.1, speaking each real wire API closely.

One Starlette app serves all five under a prefix each:
- /deepl/v2/translate      DeepL API v2: POST, JSON body (`text` a list of at most 50), header
                           `Authorization: DeepL-Auth-Key <key>`; GET or a key in query/body refused
- /microsoft/translate     Translator v3: POST ?api-version=3.0&to=..[&from=..], headers
                           Ocp-Apim-Subscription-Key/-Region, body [{"Text": ...}] (<= 1,000, 50,000 chars)
- /libre/translate, /detect  LibreTranslate: POST JSON or form, `q` a string or a list, optional api_key
- /mymemory/get            MyMemory: GET ?q=..&langpair=src|tgt[&de=email], 500 bytes per q
- /google/m                Google's mobile page: GET ?sl=..&tl=..&q=.., the result in
                           <div class="result-container"> as deep-translator parses it

Requests that the real API would refuse are refused the same way (status and error body).
The "translation" is deterministic: known words are swapped through a small table and the
result starts with "[<target code as sent>] ". Glossary placeholders pass through, or come back
respaced and re-cased when `mangle_placeholders` is set, as real providers sometimes do.
Faults: `fake.queue(provider, 500, 429, "hang", ...)` makes the next requests fail in order;
`fake.retry_after[provider] = "7"` sends that Retry-After with each failing answer.
"""

from __future__ import annotations

import html
import json
import re
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from desk.sandbox.serve import RunningServer, serve_in_thread

DEEPL_KEY = "5be7a1c2-deepl-test-key:fx"
MICROSOFT_KEY = "ms-3f0c9e1d7a-test-key"
MICROSOFT_REGION = "westeurope"
LIBRE_KEY = "libre-92ab-test-key"

WORDS = {  # concept -> word per language
    "hello": {"en": "hello", "de": "hallo", "es": "hola", "fr": "bonjour", "it": "ciao", "zh": "你好", "ja": "こんにちは"},
    "thanks": {"en": "thanks", "de": "danke", "es": "gracias", "fr": "merci", "it": "grazie", "zh": "谢谢", "ja": "ありがとう"},
    "broken": {"en": "broken", "de": "kaputt", "es": "roto", "fr": "cassé", "it": "rotto", "zh": "坏了", "ja": "壊れた"},
}
_MARKER = re.compile(r"^\[[A-Za-z-]+\] ")
_PLACEHOLDER = re.compile(r"\[G(\d+)\]")

DEEPL_SOURCES = {"BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR", "HU", "ID", "IT", "JA", "KO", "LT",
                 "LV", "NB", "NL", "PL", "PT", "RO", "RU", "SK", "SL", "SV", "TR", "UK", "ZH"}
DEEPL_TARGETS = (DEEPL_SOURCES - {"EN", "PT"}) | {"EN", "EN-GB", "EN-US", "PT-BR", "PT-PT", "ZH-HANS", "ZH-HANT"}
MICROSOFT_CODES = {"en", "de", "es", "fr", "it", "ja", "ko", "pt", "ru", "zh-Hans", "zh-Hant"}
LIBRE_CODES = {"en", "de", "es", "fr", "it", "ja", "ko", "pt", "ru", "zh", "zh-Hans", "zt"}
MYMEMORY_CODES = {"en", "de", "es", "fr", "it", "ja", "zh", "en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "it-IT",
                  "ja-JP", "zh-CN", "zh-TW"}
GOOGLE_CODES = {"en", "de", "es", "fr", "it", "ja", "ko", "pt", "ru", "zh-CN", "zh-TW"}
MYMEMORY_QUOTA = ("MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY. NEXT AVAILABLE IN  "
                  "10 HOURS 20 MINUTES 11 SECONDS VISIT HTTPS://MYMEMORY.TRANSLATED.NET/DOC/USAGELIMITS.PHP")


def fake_translate(text: str, target: str, mangle: bool = False) -> str:
    language = target.split("-")[0].lower()
    result = _MARKER.sub("", text)
    for words in WORDS.values():
        for word in words.values():
            result = re.sub(re.escape(word), words[language], result, flags=re.IGNORECASE)
    if mangle:  # what machine translation sometimes does to unknown tokens
        result = _PLACEHOLDER.sub(lambda m: f"【G{m.group(1)}】" if language in ("zh", "ja") else f"[ g{m.group(1)} ]",
                                  result)
    return f"[{target}] {result}"


@dataclass
class Seen:
    provider: str
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)  # when it arrived


@dataclass
class FakeTranslators:
    keys: dict[str, str | None] = field(default_factory=lambda: {
        "deepl": DEEPL_KEY, "microsoft": MICROSOFT_KEY, "libre": LIBRE_KEY})
    microsoft_region: str = MICROSOFT_REGION
    mangle_placeholders: bool = False
    requests: list[Seen] = field(default_factory=list)
    _faults: dict[str, deque] = field(default_factory=lambda: defaultdict(deque))
    retry_after: dict[str, str] = field(default_factory=dict)
    _release: threading.Event = field(default_factory=threading.Event)
    server: RunningServer | None = None

    # --- control ------------------------------------------------------------------------------

    def url(self, provider: str) -> str:
        suffix = {"google": "/google/m", "mymemory": "/mymemory/get"}.get(provider, f"/{provider}")
        return self.server.url + suffix

    def queue(self, provider: str, *outcomes: int | str) -> None:
        """The next requests to `provider` get these instead: an HTTP status, "hang" (no answer
        until stop), "empty" (Google: a page without a result), "quota" (MyMemory's 200 warning)."""
        self._faults[provider].extend(outcomes)

    def count(self, provider: str) -> int:
        return sum(1 for r in self.requests if r.provider == provider)

    def release(self) -> None:
        """Answer every hanging request now (with 503)."""
        self._release.set()
        self._release = threading.Event()

    def reset(self) -> None:
        self.release()
        self.requests.clear()
        self._faults.clear()
        self.retry_after.clear()
        self.mangle_placeholders = False
        self.keys = FakeTranslators().keys

    def start(self) -> FakeTranslators:
        self.server = serve_in_thread(self.app())
        return self

    def stop(self) -> None:
        self._release.set()
        if self.server is not None:
            self.server.stop()

    def app(self) -> Starlette:
        return Starlette(middleware=[Middleware(BaseHTTPMiddleware, dispatch=self._retry_after_header)], routes=[
            Route("/deepl/v2/translate", self._deepl, methods=["GET", "POST"]),
            Route("/microsoft/translate", self._microsoft, methods=["POST"]),
            Route("/libre/translate", self._libre_translate, methods=["POST"]),
            Route("/libre/detect", self._libre_detect, methods=["POST"]),
            Route("/mymemory/get", self._mymemory, methods=["GET"]),
            Route("/google/m", self._google, methods=["GET"]),
        ])

    async def _retry_after_header(self, request: Request, call_next) -> Response:
        response = await call_next(request)
        provider = request.url.path.strip("/").split("/")[0]
        if response.status_code >= 400 and provider in self.retry_after:
            response.headers["Retry-After"] = self.retry_after[provider]
        return response

    # --- shared -------------------------------------------------------------------------------

    async def _record(self, provider: str, request: Request) -> tuple[Any, bytes]:
        raw = await request.body()
        body: Any = None
        if raw and request.headers.get("content-type", "").startswith("application/json"):
            try:
                body = json.loads(raw)
            except ValueError:
                body = ValueError
        elif raw:
            body = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(raw.decode()).items()}
        self.requests.append(Seen(provider, request.method, request.url.path, parse_qs(request.url.query),
                                  body, dict(request.headers)))
        return body, raw

    async def _fault(self, provider: str) -> int | str | None:
        if not self._faults[provider]:
            return None
        outcome = self._faults[provider].popleft()
        if outcome == "hang":
            await run_in_threadpool(self._release.wait, 10)
            return 503
        return outcome

    # --- DeepL --------------------------------------------------------------------------------

    async def _deepl(self, request: Request) -> Response:
        body, raw = await self._record("deepl", request)
        if request.method != "POST":
            return JSONResponse({"message": "Method not allowed: use POST"}, 405)
        if "auth_key" in request.query_params or (isinstance(body, dict) and "auth_key" in body):
            return JSONResponse({"message": "Authentication via query or body parameter is no longer supported"}, 403)
        if request.headers.get("authorization") != f"DeepL-Auth-Key {self.keys['deepl']}":
            return JSONResponse({"message": "Authorization failure, check auth_key"}, 403)
        if (fault := await self._fault("deepl")) is not None:
            messages = {456: "Quota exceeded", 429: "Too many requests"}
            return JSONResponse({"message": messages.get(fault, "Internal server error")}, fault)
        if len(raw) > 128 * 1024:
            return JSONResponse({"message": "Request Entity Too Large"}, 413)
        if not isinstance(body, dict):
            return JSONResponse({"message": "Invalid request: expected a JSON object"}, 400)
        texts, target, source = body.get("text"), body.get("target_lang"), body.get("source_lang")
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            return JSONResponse({"message": "Value for 'text' not supported: expected a list of strings"}, 400)
        if len(texts) > 50:
            return JSONResponse({"message": "Too many texts, at most 50 per request"}, 413)
        if target not in DEEPL_TARGETS:
            return JSONResponse({"message": "Value for 'target_lang' not supported."}, 400)
        if source is not None and source not in DEEPL_SOURCES:
            return JSONResponse({"message": "Value for 'source_lang' not supported."}, 400)
        return JSONResponse({"translations": [
            {"detected_source_language": source or "EN", "text": fake_translate(t, target, self.mangle_placeholders)}
            for t in texts]})

    # --- Microsoft ----------------------------------------------------------------------------

    async def _microsoft(self, request: Request) -> Response:
        body, _raw = await self._record("microsoft", request)
        query = request.query_params

        def error(status: int, code: int, message: str) -> JSONResponse:
            return JSONResponse({"error": {"code": code, "message": message}}, status)

        if (request.headers.get("ocp-apim-subscription-key") != self.keys["microsoft"]
                or request.headers.get("ocp-apim-subscription-region") != self.microsoft_region):
            return error(401, 401000, "The request is not authorized because credentials are missing or invalid.")
        if (fault := await self._fault("microsoft")) is not None:
            code = {403: 403001, 429: 429001}.get(fault, fault * 1000)
            return error(fault, code, "fault")
        if query.get("api-version") != "3.0":
            return error(400, 400021, "The API version parameter is missing or invalid.")
        if query.get("to") not in MICROSOFT_CODES:
            return error(400, 400036, "The target language is not valid.")
        if "from" in query and query["from"] not in MICROSOFT_CODES:
            return error(400, 400035, "The source language is not valid.")
        if not isinstance(body, list) or not body or len(body) > 1000:
            return error(400, 400074, "The body of the request is not valid JSON.")
        texts = [next((v for k, v in item.items() if k.lower() == "text"), None) if isinstance(item, dict) else None
                 for item in body]
        if not all(isinstance(t, str) for t in texts):
            return error(400, 400000, "One of the request inputs is not valid.")
        if sum(len(t) for t in texts) > 50_000:
            return error(400, 400077, "The maximum request size has been exceeded.")
        target = query["to"]
        answers = []
        for text in texts:
            answer: dict[str, Any] = {"translations": [{"text": fake_translate(text, target, self.mangle_placeholders),
                                                        "to": target}]}
            if "from" not in query:
                answer["detectedLanguage"] = {"language": "en", "score": 1.0}
            answers.append(answer)
        return JSONResponse(answers)

    # --- LibreTranslate -----------------------------------------------------------------------

    def _libre_refusal(self, body: Any) -> JSONResponse | None:
        if not isinstance(body, dict):
            return JSONResponse({"error": "Invalid request: missing q parameter"}, 400)
        key = self.keys.get("libre")
        if key and body.get("api_key") != key:
            return JSONResponse({"error": "Invalid API key"}, 403)
        return None

    async def _libre_translate(self, request: Request) -> Response:
        body, _raw = await self._record("libre", request)
        if (refusal := self._libre_refusal(body)) is not None:
            return refusal
        if (fault := await self._fault("libre")) is not None:
            return JSONResponse({"error": "Slowdown: too many requests" if fault == 429 else "Server error"}, fault)
        q, source, target = body.get("q"), body.get("source"), body.get("target")
        if not q or (isinstance(q, list) and not all(isinstance(t, str) for t in q)):
            return JSONResponse({"error": "Invalid request: missing q parameter"}, 400)
        if source != "auto" and source not in LIBRE_CODES:
            return JSONResponse({"error": f"{source} is not supported"}, 400)
        if target not in LIBRE_CODES:
            return JSONResponse({"error": f"{target} is not supported"}, 400)
        if body.get("format", "text") not in ("text", "html"):
            return JSONResponse({"error": f"{body.get('format')} format is not supported"}, 400)
        texts = q if isinstance(q, list) else [q]
        translated = [fake_translate(t, target, self.mangle_placeholders) for t in texts]
        answer: dict[str, Any] = {"translatedText": translated if isinstance(q, list) else translated[0]}
        if source == "auto":
            detected = {"confidence": 90.0, "language": "en"}
            answer["detectedLanguage"] = [detected] * len(texts) if isinstance(q, list) else detected
        return JSONResponse(answer)

    async def _libre_detect(self, request: Request) -> Response:
        body, _raw = await self._record("libre", request)
        if (refusal := self._libre_refusal(body)) is not None:
            return refusal
        if not isinstance(body.get("q"), str) or not body["q"]:
            return JSONResponse({"error": "Invalid request: missing q parameter"}, 400)
        language = "zh" if re.search(r"[\u4e00-\u9fff]", body["q"]) else "en"
        return JSONResponse([{"confidence": 90.0, "language": language}])

    # --- MyMemory -----------------------------------------------------------------------------

    async def _mymemory(self, request: Request) -> Response:
        await self._record("mymemory", request)
        query = request.query_params

        def answer(text: str, status: int = 200, **extra: Any) -> JSONResponse:
            return JSONResponse({"responseData": {"translatedText": text, "match": 1 if status == 200 else 0},
                                 "quotaFinished": False, "responseStatus": status, "matches": [], **extra})

        fault = await self._fault("mymemory")
        if fault == "quota":
            return answer(MYMEMORY_QUOTA, 429, quotaFinished=True)
        if fault is not None:
            return JSONResponse({"responseStatus": fault, "responseDetails": "error"}, fault)
        q, langpair = query.get("q", ""), query.get("langpair", "")
        if not q:
            return answer("NO QUERY SPECIFIED. EXAMPLE REQUEST: GET?Q=HELLO&LANGPAIR=EN|IT", 403)
        if len(q.encode()) > 500:
            return answer("QUERY LENGTH LIMIT EXCEEDED. MAX ALLOWED QUERY : 500 CHARS", 403)
        source, _, target = langpair.partition("|")
        if source != "Autodetect" and source not in MYMEMORY_CODES:
            return answer(f"'{source.upper()}' IS AN INVALID SOURCE LANGUAGE . EXAMPLE: LANGPAIR=EN|IT USING 2 "
                          "LETTER ISO OR RFC3066 LIKE ZH-CN. ALMOST ALL LANGUAGES SUPPORTED BUT SOME MAY HAVE NO CONTENT",
                          403)
        if target not in MYMEMORY_CODES:
            return answer(f"'{target.upper()}' IS AN INVALID TARGET LANGUAGE . EXAMPLE: LANGPAIR=EN|IT USING 2 "
                          "LETTER ISO OR RFC3066 LIKE ZH-CN. ALMOST ALL LANGUAGES SUPPORTED BUT SOME MAY HAVE NO CONTENT",
                          403)
        return answer(fake_translate(q, target, self.mangle_placeholders))

    # --- Google -------------------------------------------------------------------------------

    async def _google(self, request: Request) -> Response:
        await self._record("google", request)
        query = request.query_params
        fault = await self._fault("google")
        if fault == "empty":  # deep-translator issue #282: a page without the result
            return HTMLResponse("<html><body><div class='other'>Google Translate</div></body></html>")
        if fault is not None:
            return HTMLResponse("<html><body>Error</body></html>", fault)
        sl, tl, q = query.get("sl"), query.get("tl"), query.get("q")
        if not q or tl not in GOOGLE_CODES or (sl != "auto" and sl not in GOOGLE_CODES):
            return HTMLResponse("<html><body>Bad Request</body></html>", 400)
        result = html.escape(fake_translate(q, tl, self.mangle_placeholders))
        return HTMLResponse(f'<html><body><div class="result-container">{result}</div></body></html>')
