"""A local fake of an OpenAI-compatible chat-completions API (the shape Ollama, llama.cpp and cloud
providers share), for the AI draft tests.

`POST /v1/chat/completions` checks the bearer key (when `key` is set) and the request body as the
API defines it (model, messages with role and content, numeric temperature, integer max_tokens,
boolean stream), answers `reply` split into word chunks as server-sent events ending with
`data: [DONE]` when `stream` is true, and as one JSON body otherwise. Every request is kept in
`requests` (headers and body). `queue(...)` makes the next requests go differently: an HTTP status
(with an OpenAI-style error body), "filter" (finish_reason content_filter), "empty" (no text),
"stall" (the first chunk, then nothing until `release()`), "stream-error" (an error object inside
the stream).
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from desk.sandbox.serve import RunningServer, serve_in_thread

KEY = "sk-fake-0123456789abcdef"
MODELS = ("fake-small", "llama3.1:8b")
ROLES = ("system", "user", "assistant")


@dataclass
class FakeChat:
    key: str | None = KEY
    reply: str = "Hello, your parcel is on its way."
    requests: list[dict[str, Any]] = field(default_factory=list)
    _outcomes: deque = field(default_factory=deque)
    _release: threading.Event = field(default_factory=threading.Event)
    server: RunningServer | None = None

    @property
    def base_url(self) -> str:
        return self.server.url + "/v1"

    def queue(self, *outcomes: int | str) -> None:
        self._outcomes.extend(outcomes)

    def release(self) -> None:
        self._release.set()
        self._release = threading.Event()

    def reset(self) -> None:
        self.release()
        self.requests.clear()
        self._outcomes.clear()
        self.key, self.reply = KEY, FakeChat.reply

    def start(self) -> FakeChat:
        self.server = serve_in_thread(Starlette(routes=[Route("/v1/chat/completions", self._chat, methods=["POST"])]))
        return self

    def stop(self) -> None:
        self._release.set()
        if self.server is not None:
            self.server.stop()

    async def _chat(self, request: Request):
        try:
            body = json.loads(await request.body())
        except json.JSONDecodeError:
            return _error(400, "invalid_request_error", "We could not parse the JSON body of your request.")
        self.requests.append({"headers": dict(request.headers), "body": body})
        if self.key and request.headers.get("authorization") != f"Bearer {self.key}":
            return _error(401, "invalid_api_key", "Incorrect API key provided.")
        problem = _invalid(body)
        if problem:
            return _error(400, "invalid_request_error", problem)
        if body["model"] not in MODELS:
            return _error(404, "model_not_found", f"The model `{body['model']}` does not exist.")
        outcome = self._outcomes.popleft() if self._outcomes else "ok"
        if isinstance(outcome, int):
            return _error(outcome, "server_error" if outcome >= 500 else "rate_limit_exceeded", f"fake failure {outcome}")
        text = "" if outcome == "empty" else self.reply
        finish = "content_filter" if outcome == "filter" else "stop"
        if not body.get("stream"):
            return JSONResponse(_completion(body["model"], text, finish))
        return StreamingResponse(self._events(body["model"], text, finish, outcome, self._release),
                                 media_type="text/event-stream")

    async def _events(self, model: str, text: str, finish: str, outcome: str, release: threading.Event):
        yield ": keep-alive\n\n"
        yield _event(_chunk(model, {"role": "assistant"}, None))
        words = text.split(" ")
        for index, word in enumerate(words):
            yield _event(_chunk(model, {"content": word if index == 0 else " " + word}, None))
            if outcome == "stall":
                await run_in_threadpool(release.wait, 10)
                return
        if outcome == "stream-error":
            yield _event({"error": {"message": "The server had an error while processing your request.", "type": "server_error"}})
            return
        if outcome == "filter":
            yield _event(_chunk(model, {}, "content_filter"))
            return
        yield _event(_chunk(model, {}, finish))
        yield "data: [DONE]\n\n"


def _invalid(body: Any) -> str | None:
    if not isinstance(body, dict) or not isinstance(body.get("model"), str):
        return "you must provide a model parameter"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "'messages' must be a non-empty array"
    for m in messages:
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            return "each message needs a role (system, user, assistant) and string content"
    if "temperature" in body and not isinstance(body["temperature"], int | float):
        return "'temperature' must be a number"
    if "max_tokens" in body and not (isinstance(body["max_tokens"], int) and body["max_tokens"] > 0):
        return "'max_tokens' must be a positive integer"
    if "stream" in body and not isinstance(body["stream"], bool):
        return "'stream' must be a boolean"
    return None


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": code, "code": code}}, status_code=status)


def _chunk(model: str, delta: dict, finish: str | None) -> dict:
    return {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1767000000, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def _completion(model: str, text: str, finish: str) -> dict:
    return {"id": "chatcmpl-fake", "object": "chat.completion", "created": 1767000000, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
            "usage": {"prompt_tokens": 10, "completion_tokens": len(text.split()), "total_tokens": 10 + len(text.split())}}


def _event(data: dict) -> str:
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"
