"""A client for any OpenAI-compatible chat-completions endpoint (cloud, Ollama, llama.cpp, vLLM...).

`stream_draft` posts the request with `"stream": true` and yields the text as it arrives (server-sent
events: `data: {json}` lines, ending with `data: [DONE]`); a server that answers with one JSON body
instead is read too. Every failure is a `DraftError` with a `DraftState` the reply box can show: no
connection, timeout (no new words for `timeout_s`), key refused, rate limit, request refused (4xx),
provider error (5xx), answer withheld by the provider's content filter, or an empty answer. The key
goes in the Authorization header only; no message here ever contains it.
"""

from __future__ import annotations

import enum
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from desk.errors import DeskError

log = logging.getLogger(__name__)
MAX_ERROR_CHARS = 300
DRAIN_GRACE_S = 2.0  # how long to read on after "[DONE]" before leaving the stream as it is


class DraftState(enum.Enum):
    OK = "ok"
    NOT_CONFIGURED = "not_configured"  # drafts off, or no base URL / model
    OFFLINE = "offline"  # no connection to the provider
    TIMEOUT = "timeout"
    AUTH = "auth"  # 401/403: key missing or refused
    RATE_LIMITED = "rate_limited"  # 429
    REFUSED = "refused"  # another 4xx: the provider rejected the request (unknown model, too long...)
    SERVER_ERROR = "server_error"  # 5xx
    FILTERED = "filtered"  # finish_reason "content_filter": the provider withheld the answer
    EMPTY = "empty"  # the provider answered with no text


class DraftError(DeskError):
    def __init__(self, state: DraftState, message: str, status: int | None = None):
        super().__init__(message)
        self.state = state
        self.status = status


def completions_url(base_url: str) -> str:
    return base_url.rstrip("/") + "/chat/completions"


def headers(api_key: str | None) -> dict[str, str]:
    found = {"Content-Type": "application/json", "Accept": "text/event-stream, application/json"}
    if api_key:
        found["Authorization"] = f"Bearer {api_key}"
    return found


async def stream_draft(base_url: str, api_key: str | None, payload: dict, *, timeout_s: float,
                       transport: Any = None) -> AsyncIterator[str]:
    """Text deltas of the draft as the provider writes them; raises DraftError."""
    import httpx

    timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0))
    produced = False
    try:
        async with httpx.AsyncClient(timeout=timeout, transport=transport) as client:
            async with client.stream("POST", completions_url(base_url), json=payload, headers=headers(api_key)) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise _http_error(response.status_code, response.text)
                streamed = "text/event-stream" in response.headers.get("content-type", "")
                lines = response.aiter_lines() if streamed else None
                chunks = _sse_chunks(lines) if lines is not None else _whole_body(response)
                async for chunk in chunks:
                    for text in _texts(chunk):
                        produced = True
                        yield text
                if lines is not None:
                    await _drain(lines)
    except httpx.TimeoutException:
        raise DraftError(DraftState.TIMEOUT, f"The AI provider sent nothing for {timeout_s:g} seconds.") from None
    except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        raise DraftError(DraftState.OFFLINE, f"The AI provider cannot be reached ({type(exc).__name__}).") from None
    if not produced:
        raise DraftError(DraftState.EMPTY, "The AI provider answered with an empty draft.")


async def complete_draft(base_url: str, api_key: str | None, payload: dict, *, timeout_s: float,
                         transport: Any = None) -> str:
    """The whole draft (streamed underneath)."""
    return "".join([t async for t in stream_draft(base_url, api_key, payload, timeout_s=timeout_s, transport=transport)])


async def _drain(lines: AsyncIterator[str], grace_s: float = DRAIN_GRACE_S) -> None:
    """Read what follows "[DONE]" (servers close the stream right after it): httpx's stream
    generators left suspended would be closed later by the garbage collector, outside the event
    loop, where httpcore fails with "async generator ignored GeneratorExit"."""
    import asyncio

    import httpx

    async def rest() -> None:
        async for _line in lines:
            pass

    try:
        await asyncio.wait_for(rest(), grace_s)
    except (TimeoutError, httpx.HTTPError, httpx.StreamError):  # the draft is complete all the same
        pass


async def _sse_chunks(lines: AsyncIterator[str]) -> AsyncIterator[dict]:
    async for line in lines:
        if not line.startswith("data:"):
            continue  # comments (": keep-alive"), event names, blank separators
        data = line[5:].strip()
        if data == "[DONE]":
            return
        try:
            yield json.loads(data)
        except json.JSONDecodeError:
            raise DraftError(DraftState.SERVER_ERROR, "The AI provider sent a malformed stream chunk.") from None


async def _whole_body(response) -> AsyncIterator[dict]:
    body = await response.aread()
    try:
        yield json.loads(body)
    except json.JSONDecodeError:
        raise DraftError(DraftState.SERVER_ERROR, "The AI provider's answer is not JSON.") from None


def _texts(chunk: dict) -> list[str]:
    if "error" in chunk:  # some servers report failures inside a 200 stream
        raise DraftError(DraftState.REFUSED, f"The AI provider refused: {_error_text(chunk)}")
    found = []
    for choice in chunk.get("choices") or ():
        part = choice.get("delta") or choice.get("message") or {}
        content = part.get("content")
        if content:
            found.append(content)
        if choice.get("finish_reason") == "content_filter":
            raise DraftError(DraftState.FILTERED, "The AI provider's content filter withheld the draft.")
    return found


def _http_error(status: int, body: str) -> DraftError:
    try:
        detail = _error_text(json.loads(body))
    except (json.JSONDecodeError, AttributeError):
        detail = body.strip()
    detail = detail[:MAX_ERROR_CHARS]
    if status in (401, 403):
        return DraftError(DraftState.AUTH, f"The AI provider refused the API key (HTTP {status}). {detail}".strip(), status)
    if status == 429:
        return DraftError(DraftState.RATE_LIMITED, f"The AI provider's rate limit is reached (HTTP 429). {detail}".strip(), status)
    if status >= 500:
        return DraftError(DraftState.SERVER_ERROR, f"The AI provider failed (HTTP {status}). {detail}".strip(), status)
    return DraftError(DraftState.REFUSED, f"The AI provider refused the request (HTTP {status}). {detail}".strip(), status)


def _error_text(body: dict) -> str:
    error = body.get("error")
    if isinstance(error, dict):
        return str(error.get("message") or error.get("type") or "")
    return str(error or "")
