"""One HTTP exchange with a size cap, network failures turned into Unavailable."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

from desk.connectors.base import ConnectorError, Unavailable


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    headers: httpx.Headers
    body: bytes

    def json(self) -> Any:
        """The parsed body, or None when it is not JSON."""
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None


async def exchange(http: httpx.AsyncClient, method: str, url: str, *, what: str, limit: int, timeout: float,
                   unanswered: type[ConnectorError] = Unavailable, **request: Any) -> Reply:
    """`what` names the remote end in messages ("Login with Amazon", "Amazon getOrders");
    `unanswered` is raised when the request may have arrived but no answer came (a POST: Ambiguous)."""
    try:
        async with http.stream(method, url, timeout=timeout, **request) as response:
            body = await _read_capped(response, limit, what)
            return Reply(response.status_code, response.headers, body)
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        raise Unavailable(f"{what} unreachable ({type(exc).__name__})") from None
    except httpx.TimeoutException:
        raise unanswered(f"{what} did not answer within {timeout:g} s") from None
    except httpx.HTTPError as exc:
        raise unanswered(f"{what} unreachable ({type(exc).__name__})") from None


async def _read_capped(response: httpx.Response, limit: int, what: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise Unavailable(f"{what} sent a response larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
