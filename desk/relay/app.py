"""The relay's HTTP side: Meta's webhook (handshake + signed POSTs) and Desk's event feed.

Order of checks on POST /webhook: a missing signature is refused before the body is read (401),
and so is a declared Content-Length over `max_body_bytes` (413); the body is then read in chunks
into an incremental HMAC, buffering at most `max_body_bytes`, so a forged body is refused as
forged (403) whatever its size, and only a genuine one is refused for its size (413), for not
being standard JSON (400: NaN and Infinity are not JSON, and one stored would poison the feed) or
for not having the shape of a webhook envelope (400). A replayed signature is worthless with any
other body.

GET /events serves a page after a cursor with the store's id and its last cursor (see
desk.relay.store); an event stored before these checks existed that is not standard JSON is
served as `unreadable` with its bytes in base64, so it cannot stop the events around it.

Secrets never reach logs: uvicorn's access log is off (Meta's handshake carries the verify token in
the query string) and the relay logs its own lines without query strings.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from datetime import timedelta

from desk.relay.store import DEFAULT_RETENTION, EventStore, StoreError

log = logging.getLogger("desk.relay")

MAX_BODY_BYTES = 1024 * 1024  # Meta's webhook bodies are a few KB; batches stay far below this
DEFAULT_PAGE = 100
MAX_PAGE = 1000
SIGNATURE_HEADER = "x-hub-signature-256"


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison that also copes with non-ASCII header values."""
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8"))


class _Relay:
    def __init__(self, store: EventStore, verify_token: str, app_secret: str, bearer_token: str, max_body_bytes: int):
        self.store = store
        self._verify_token = verify_token
        self._app_secret = app_secret.encode("utf-8")
        self._bearer = bearer_token
        self.max_body_bytes = max_body_bytes

    def __repr__(self) -> str:
        return f"<relay store={self.store.path}>"

    async def handshake(self, request: Request) -> Response:
        params = request.query_params
        token = params.get("hub.verify_token", "")
        if params.get("hub.mode") == "subscribe" and _same(token, self._verify_token):
            log.info("webhook subscription verified")
            return PlainTextResponse(params.get("hub.challenge", ""))
        log.warning("webhook handshake refused from %s", _client(request))
        return PlainTextResponse("forbidden", status_code=403)

    async def receive(self, request: Request) -> Response:
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature:
            log.warning("webhook without signature refused from %s", _client(request))
            return PlainTextResponse("missing X-Hub-Signature-256", status_code=401)
        if _declared_length(request) > self.max_body_bytes:
            log.warning("webhook declaring over %d bytes refused unread from %s", self.max_body_bytes, _client(request))
            return PlainTextResponse("body too large", status_code=413)
        mac = hmac.new(self._app_secret, digestmod=hashlib.sha256)
        body, too_big = await self._read_body(request, mac)
        if not _same(signature, "sha256=" + mac.hexdigest()):
            log.warning("webhook with a wrong signature refused from %s", _client(request))
            return PlainTextResponse("signature mismatch", status_code=403)
        if too_big:
            log.warning("signed webhook over %d bytes refused", self.max_body_bytes)
            return PlainTextResponse("body too large", status_code=413)
        problem = envelope_problem(body)
        if problem is not None:
            log.warning("signed webhook refused: %s", problem)
            return PlainTextResponse(problem, status_code=400)
        cursor, new = await run_in_threadpool(self.store.add, body)
        log.info("webhook stored as event %d%s", cursor, "" if new else " (duplicate delivery)")
        return PlainTextResponse("ok")

    async def _read_body(self, request: Request, mac: hmac.HMAC) -> tuple[bytes, bool]:
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            mac.update(chunk)
            size += len(chunk)
            if size <= self.max_body_bytes:
                chunks.append(chunk)
        if size > self.max_body_bytes:
            return b"", True
        return b"".join(chunks), False

    async def events(self, request: Request) -> Response:
        if not self._authorised(request):
            log.warning("event feed refused from %s: bad bearer token", _client(request))
            return JSONResponse({"error": "unauthorized"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        try:
            after = int(request.query_params.get("after", "0"))
            limit = int(request.query_params.get("limit", str(DEFAULT_PAGE)))
        except ValueError:
            return JSONResponse({"error": "after and limit must be integers"}, status_code=400)
        if not 0 <= after < 2**63 or not 1 <= limit <= MAX_PAGE:  # SQLite integers are 64-bit
            return JSONResponse({"error": f"after must be >= 0 and limit 1..{MAX_PAGE}"}, status_code=400)
        reader = request.query_params.get("reader") or None
        stored = await run_in_threadpool(self.store.after, after, limit, reader)
        last = await run_in_threadpool(self.store.last_cursor)
        return JSONResponse({"events": [_served(e) for e in stored], "next": stored[-1].cursor if stored else after,
                             "store": self.store.store_id, "last": last})

    def _authorised(self, request: Request) -> bool:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and _same(token.strip(), self._bearer)


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def _declared_length(request: Request) -> int:
    try:
        return int(request.headers.get("content-length", "0"))
    except ValueError:
        return 0


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def strict_json(body: bytes):
    """Standard JSON only (RFC 8259): NaN, Infinity and -Infinity are refused. Raises ValueError."""
    try:
        return json.loads(body, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, RecursionError) as error:
        raise ValueError(str(error)) from None


def envelope_problem(body: bytes) -> str | None:
    """Why `body` is not a webhook envelope Desk can store, or None: standard JSON, an object with
    a string `object` and an `entry` list of objects whose `changes` are objects with a string
    `field` and an object `value`."""
    try:
        payload = strict_json(body)
    except ValueError:
        return "body is not standard JSON"
    if not isinstance(payload, dict):
        return "body is not a JSON object"
    entries = payload.get("entry", [])
    if not isinstance(payload.get("object"), str) or not isinstance(entries, list):
        return "body is not a webhook envelope (object, entry)"
    for entry in entries:
        changes = entry.get("changes", []) if isinstance(entry, dict) else None
        if not isinstance(changes, list):
            return "an entry is not an object with a list of changes"
        for change in changes:
            if not (isinstance(change, dict) and isinstance(change.get("field", ""), str)
                    and isinstance(change.get("value", {}), dict)):
                return "a change is not an object with a field and a value object"
    return None


def _served(event) -> dict:
    try:
        return {"cursor": event.cursor, "received_at": event.received_at, "payload": strict_json(event.body)}
    except ValueError as problem:
        return {"cursor": event.cursor, "received_at": event.received_at, "unreadable": str(problem)[:200],
                "body_base64": base64.b64encode(event.body).decode("ascii")}


def create_relay_app(
    store_path: str | Path,
    verify_token: str,
    app_secret: str,
    bearer_token: str,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    retention: timedelta = DEFAULT_RETENTION,
) -> Starlette:
    """The relay as an ASGI app; `app.state.store` is its EventStore (close it when done)."""
    for name, value in (("verify token", verify_token), ("app secret", app_secret), ("bearer token", bearer_token)):
        if not value:
            raise ValueError(f"the relay needs a non-empty {name}")
    relay = _Relay(EventStore(store_path, retention=retention), verify_token, app_secret, bearer_token, max_body_bytes)
    app = Starlette(
        routes=[
            Route("/webhook", relay.handshake, methods=["GET"]),
            Route("/webhook", relay.receive, methods=["POST"]),
            Route("/events", relay.events, methods=["GET"]),
        ]
    )
    app.state.store = relay.store
    return app


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk relay",
        allow_abbrev=False,  # "--app-secret VALUE" must fail, not pass VALUE as --app-secret-env
        description="Receive WhatsApp webhooks from Meta, store them durably, serve them to Desk. "
        "Secrets are read from environment variables, never from the command line.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080; 0 picks a free one)")
    parser.add_argument("--store", required=True, help="SQLite file that keeps the events")
    parser.add_argument("--verify-token-env", default="DESK_RELAY_VERIFY_TOKEN",
                        help="variable holding the webhook verify token (default DESK_RELAY_VERIFY_TOKEN)")
    parser.add_argument("--app-secret-env", default="DESK_RELAY_APP_SECRET",
                        help="variable holding the Meta app secret (default DESK_RELAY_APP_SECRET)")
    parser.add_argument("--bearer-token-env", default="DESK_RELAY_BEARER_TOKEN",
                        help="variable holding the token Desk presents (default DESK_RELAY_BEARER_TOKEN)")
    parser.add_argument("--retention-days", type=float, default=DEFAULT_RETENTION.days,
                        help="keep events every reader has read for this many days (default "
                        f"{DEFAULT_RETENTION.days})")
    parser.add_argument("--max-body-bytes", type=int, default=MAX_BODY_BYTES, help=argparse.SUPPRESS)
    return parser


def _secrets_from_env(args: argparse.Namespace, environ: Mapping[str, str]) -> tuple[str, str, str]:
    names = (args.verify_token_env, args.app_secret_env, args.bearer_token_env)
    missing = [name for name in names if not environ.get(name)]
    if missing:
        raise SystemExit(f"desk relay: set the environment variable(s) {', '.join(missing)}")
    return environ[names[0]], environ[names[1]], environ[names[2]]


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    import uvicorn

    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # not echoed: someone may have tried to pass a secret on the command line
        parser.error(f"{len(unknown)} unrecognised argument(s); secrets are read from environment variables")
    verify_token, app_secret, bearer_token = _secrets_from_env(args, os.environ if environ is None else environ)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        app = create_relay_app(args.store, verify_token, app_secret, bearer_token, max_body_bytes=args.max_body_bytes,
                               retention=timedelta(days=args.retention_days))
    except StoreError as error:
        print(f"desk relay: {error}", file=sys.stderr)
        return 2
    try:
        uvicorn.run(app, host=args.host, port=args.port, access_log=False, lifespan="off", log_level="info")
    finally:
        app.state.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
