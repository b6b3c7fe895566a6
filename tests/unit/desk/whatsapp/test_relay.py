"""desk relay: Meta's handshake, signature checks, durable de-duplicated storage, the event feed."""

from __future__ import annotations

import json
import logging
import sqlite3

import httpx
import pytest

from desk.relay.app import main
from desk.relay.store import EventStore, StoreError

from .stack import APP_SECRET, RELAY_TOKEN, SECRETS, VERIFY_TOKEN, get, post, running_relay, signed

AUTH = {"Authorization": f"Bearer {RELAY_TOKEN}"}


def envelope(n: int) -> dict:
    return {"object": "whatsapp_business_account", "entry": [{"id": str(n), "changes": []}]}


@pytest.fixture
def relay(tmp_path):
    with running_relay(tmp_path / "relay.sqlite3", max_body_bytes=4096) as running:
        yield running


def deliver(relay, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return post(f"{relay.url}/webhook", content=body, headers=headers)


def test_handshake_answers_the_challenge_as_plain_text(relay):
    params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    response = get(f"{relay.url}/webhook", params=params)
    assert response.status_code == 200
    assert response.text == "1158201444"
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize("params", [
    {"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1"},
    {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
    {"hub.challenge": "1"},
])
def test_handshake_refuses_a_wrong_token_or_mode(relay, params):
    response = get(f"{relay.url}/webhook", params=params)
    assert response.status_code == 403
    assert "1" not in response.text


def test_a_signed_delivery_is_stored(relay):
    assert deliver(relay, *signed(envelope(1))).status_code == 200
    assert relay.store.count() == 1


def test_a_missing_signature_is_401_and_nothing_is_stored(relay):
    response = deliver(relay, json.dumps(envelope(1)).encode(), {"Content-Type": "application/json"})
    assert response.status_code == 401
    assert relay.store.count() == 0


@pytest.mark.parametrize("signature", [
    lambda body: signed(body, secret="someone-elses-secret")[1]["X-Hub-Signature-256"],
    lambda body: signed(body)[1]["X-Hub-Signature-256"].upper().replace("SHA256=", "sha256="),
    lambda body: signed(body)[1]["X-Hub-Signature-256"].removeprefix("sha256="),
    lambda body: "sha256=" + "0" * 64,
    lambda body: "sha256=zzz\u00e9".encode("latin-1"),
])
def test_a_forged_signature_is_403(relay, signature):
    body = json.dumps(envelope(1)).encode()
    response = deliver(relay, body, {"X-Hub-Signature-256": signature(body)})
    assert response.status_code == 403
    assert relay.store.count() == 0


def test_a_replayed_signature_does_not_authenticate_another_body(relay):
    genuine_body, headers = signed(envelope(1))
    assert deliver(relay, genuine_body, headers).status_code == 200
    forged_body = json.dumps(envelope(666)).encode()
    assert deliver(relay, forged_body, headers).status_code == 403
    assert relay.store.count() == 1


def test_a_retried_delivery_is_stored_once(relay):
    body, headers = signed(envelope(1))
    assert [deliver(relay, body, headers).status_code for _ in range(3)] == [200, 200, 200]
    assert relay.store.count() == 1


def test_a_signed_body_that_is_not_a_json_object_is_400(relay):
    for body in (b"not json at all", b"[1, 2]", b"\xff\xfe"):
        assert deliver(relay, *signed(body)).status_code == 400
    assert relay.store.count() == 0


def chunked(body: bytes):
    """The body streamed without a Content-Length, so its size is known only once read."""
    def chunks():
        for start in range(0, len(body), 1000):
            yield body[start:start + 1000]
    return chunks()


def test_an_undeclared_oversized_body_is_413_when_signed_and_403_when_forged(relay):
    big = json.dumps({"object": "whatsapp_business_account", "pad": "x" * 5000}).encode()
    headers = signed(big)[1]
    assert post(f"{relay.url}/webhook", content=chunked(big), headers=headers).status_code == 413
    forged = signed(big, secret="forger")[1]
    assert post(f"{relay.url}/webhook", content=chunked(big), headers=forged).status_code == 403
    assert relay.store.count() == 0


def test_events_are_served_by_cursor(relay):
    for n in range(1, 6):
        deliver(relay, *signed(envelope(n)))
    first = get(f"{relay.url}/events", params={"after": 0, "limit": 2}, headers=AUTH).json()
    assert [e["cursor"] for e in first["events"]] == [1, 2]
    assert first["next"] == 2
    assert [e["payload"] for e in first["events"]] == [envelope(1), envelope(2)]
    assert all(e["received_at"].endswith("+00:00") for e in first["events"])
    rest = get(f"{relay.url}/events", params={"after": first["next"]}, headers=AUTH).json()
    assert [e["payload"]["entry"][0]["id"] for e in rest["events"]] == ["3", "4", "5"]
    end = get(f"{relay.url}/events", params={"after": rest["next"]}, headers=AUTH).json()
    assert end == {"events": [], "next": 5, "store": relay.store.store_id, "last": 5}


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer wrong-token"},
    {"Authorization": f"Basic {RELAY_TOKEN}"},
    {"Authorization": RELAY_TOKEN},
    {"Authorization": f"Bearer {RELAY_TOKEN}x"},
])
def test_events_need_the_bearer_token(relay, headers):
    deliver(relay, *signed(envelope(1)))
    response = get(f"{relay.url}/events", headers=headers)
    assert response.status_code == 401
    assert "events" not in response.json()


@pytest.mark.parametrize("params", [{"after": "x"}, {"after": -1}, {"after": 10**30}, {"limit": 0}, {"limit": 5000}])
def test_bad_paging_parameters_are_400(relay, params):
    assert get(f"{relay.url}/events", params=params, headers=AUTH).status_code == 400


def test_events_survive_a_restart_and_retries_stay_deduplicated(tmp_path):
    store_path = tmp_path / "relay.sqlite3"
    body, headers = signed(envelope(1))
    with running_relay(store_path) as first_run:
        deliver(first_run, body, headers)
        deliver(first_run, *signed(envelope(2)))
    with running_relay(store_path) as second_run:
        deliver(second_run, body, headers)  # Meta retries a delivery from before the restart
        deliver(second_run, *signed(envelope(3)))
        feed = get(f"{second_run.url}/events", headers=AUTH).json()
    assert [(e["cursor"], e["payload"]) for e in feed["events"]] == [(1, envelope(1)), (2, envelope(2)),
                                                                     (3, envelope(3))]


def test_the_store_is_in_wal_mode(tmp_path):
    store = EventStore(tmp_path / "relay.sqlite3")
    store.close()
    with sqlite3.connect(tmp_path / "relay.sqlite3") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_store_refuses_a_foreign_sqlite_file(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError, match="something else"):
        EventStore(path)


def test_the_store_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"plain text, definitely not a database" * 50)
    with pytest.raises(StoreError):
        EventStore(path)


def test_the_relay_never_logs_its_secrets(relay, caplog):
    caplog.set_level(logging.DEBUG)
    for token in (VERIFY_TOKEN, "wrong"):
        get(f"{relay.url}/webhook", params={"hub.mode": "subscribe", "hub.verify_token": token,
                                                  "hub.challenge": "42"})
    deliver(relay, *signed(envelope(1)))
    deliver(relay, *signed(envelope(2), secret="forger"))
    deliver(relay, json.dumps(envelope(3)).encode(), {})
    get(f"{relay.url}/events", headers=AUTH)
    get(f"{relay.url}/events", headers={"Authorization": "Bearer wrong"})
    server_side = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore")))
    assert "stored as event 1" in server_side
    assert "wrong signature" in server_side
    for secret in SECRETS:
        assert secret not in server_side


def test_the_cli_reads_secrets_only_from_the_environment(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["--store", str(tmp_path / "r.sqlite3"), "--app-secret", APP_SECRET], environ={})
    with pytest.raises(SystemExit, match="DESK_RELAY_APP_SECRET"):
        main(["--store", str(tmp_path / "r.sqlite3")],
             environ={"DESK_RELAY_VERIFY_TOKEN": VERIFY_TOKEN, "DESK_RELAY_BEARER_TOKEN": RELAY_TOKEN})
    assert APP_SECRET not in capsys.readouterr().err
