"""desk relay under hostile or broken input (issue 10): only standard JSON in webhook shape is
stored, an oversized declared body is refused unread, stored poison never stops the feed, and the
log is pruned once every reader has read it."""

from __future__ import annotations

import base64
import json
import socket
import urllib.parse
from datetime import UTC, datetime, timedelta

import pytest

from desk.relay.store import EventStore

from .stack import RELAY_TOKEN, get, post, running_relay, signed

AUTH = {"Authorization": f"Bearer {RELAY_TOKEN}"}
GOOD = {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": []}]}


@pytest.fixture
def relay(tmp_path):
    with running_relay(tmp_path / "relay.sqlite3", max_body_bytes=4096) as running:
        yield running


def deliver(relay, payload) -> int:
    return post(f"{relay.url}/webhook", content=signed(payload)[0], headers=signed(payload)[1]).status_code


@pytest.mark.parametrize("body", [
    b'{"object": "whatsapp_business_account", "entry": [], "n": NaN}',
    b'{"object": "whatsapp_business_account", "entry": [], "n": Infinity}',
    b'{"object": "whatsapp_business_account", "entry": [{"changes": [{"value": {"t": -Infinity}}]}]}',
])
def test_a_signed_body_with_nan_or_infinity_is_refused_and_the_feed_keeps_working(relay, body):
    assert deliver(relay, GOOD) == 200
    assert deliver(relay, body) == 400
    assert deliver(relay, {**GOOD, "entry": [{"id": "2", "changes": []}]}) == 200
    feed = get(f"{relay.url}/events", headers=AUTH)
    assert feed.status_code == 200
    assert [e["cursor"] for e in feed.json()["events"]] == [1, 2]


@pytest.mark.parametrize("payload", [
    {"object": 7, "entry": []},
    {"object": "whatsapp_business_account", "entry": "x"},
    {"object": "whatsapp_business_account", "entry": [3]},
    {"object": "whatsapp_business_account", "entry": [{"changes": {"field": "messages"}}]},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": 3, "value": {}}]}]},
    {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": []}]}]},
])
def test_a_signed_body_not_shaped_like_a_webhook_is_refused(relay, payload):
    assert deliver(relay, payload) == 400
    assert relay.store.count() == 0


def test_a_declared_oversized_body_is_refused_before_it_is_read(relay):
    """Only the headers are sent: a relay that waited for the body would never answer."""
    parts = urllib.parse.urlsplit(relay.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as conn:
        conn.sendall(b"POST /webhook HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\n"
                     b"X-Hub-Signature-256: sha256=" + b"0" * 64 + b"\r\nContent-Length: 500000000\r\n\r\n")
        answer = conn.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")
    assert relay.store.count() == 0


def test_poison_stored_by_an_older_relay_is_served_as_unreadable_between_good_events(relay):
    poison = b'{"object": "whatsapp_business_account", "entry": [], "n": NaN}'
    relay.store.add(json.dumps(GOOD).encode())
    relay.store.add(poison)
    relay.store.add(json.dumps({**GOOD, "object": "page"}).encode())
    feed = get(f"{relay.url}/events", headers=AUTH)
    assert feed.status_code == 200
    events = feed.json()["events"]
    assert [e.get("payload", {}).get("object") for e in events] == ["whatsapp_business_account", None, "page"]
    assert base64.b64decode(events[1]["body_base64"]) == poison and "NaN" in events[1]["unreadable"]


def test_events_every_reader_acknowledged_are_pruned_after_the_retention(tmp_path):
    store = EventStore(tmp_path / "relay.sqlite3", retention=timedelta(days=7))
    old = datetime.now(UTC) - timedelta(days=8)
    for n in range(1, 5):
        store.add(json.dumps({**GOOD, "n": n}).encode(), received_at=old)
    store.add(json.dumps({**GOOD, "n": 5}).encode())  # recent
    assert store.prune() == 0  # nobody has read anything yet
    store.after(3, 10, reader="desk-a")
    store.after(1, 10, reader="desk-b")
    assert store.prune() == 1  # only event 1 is read by both
    store.after(5, 10, reader="desk-b")
    store.after(5, 10, reader="desk-a")
    assert store.prune() == 3  # events 2-4; event 5 is read but younger than the retention
    assert [e.cursor for e in store.after(0, 10)] == [5]
    assert store.last_cursor() == 5
    store.close()


def test_the_store_id_survives_a_restart_and_a_new_store_has_another(tmp_path):
    first = EventStore(tmp_path / "relay.sqlite3")
    first.add(b"{}")
    store_id = first.store_id
    first.close()
    again = EventStore(tmp_path / "relay.sqlite3")
    assert again.store_id == store_id and again.last_cursor() == 1
    again.close()
    other = EventStore(tmp_path / "other.sqlite3")
    assert other.store_id != store_id and other.last_cursor() == 0
    other.close()
