"""One bad webhook never stops the WhatsApp channel (issue 10): the connector takes what it
understands from a page, quarantines the rest and moves its cursor on; a reset or restored relay
store is read again from the start."""

from __future__ import annotations

import base64
import copy
import json

from starlette.responses import JSONResponse

from desk.relay.store import EventStore

from .stack import run, running_relay, samples, signed, post
from .test_connector import pull_from


def text_event(wamid: str) -> dict:
    payload = copy.deepcopy(samples("message")["text"])
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["id"] = wamid
    return payload


def with_message(**fields) -> dict:
    payload = text_event("wamid.bad")
    payload["entry"][0]["changes"][0]["value"]["messages"][0].update(fields)
    return payload


def test_a_wrongly_typed_field_is_quarantined_and_the_events_after_it_are_kept():
    bad_type = with_message(type=["text"])
    bad_status = copy.deepcopy(samples("message_status")["read"])
    bad_status["entry"][0]["changes"][0]["value"]["statuses"][0]["status"] = {"read": True}
    page = {"events": [{"cursor": 1, "payload": text_event("wamid.one")}, {"cursor": 2, "payload": bad_type},
                       {"cursor": 3, "payload": bad_status}, {"cursor": 4, "payload": text_event("wamid.four")}],
            "next": 4}
    batch = pull_from(JSONResponse(page))
    assert [m.external_id for m in batch.messages] == ["wamid.one", "wamid.four"]
    assert [u.source for u in batch.quarantined] == ["relay event 2", "relay event 3"]
    assert "unreadable (TypeError)" in batch.quarantined[0].reason
    assert json.loads(batch.quarantined[0].raw) == bad_type
    assert batch.cursor["relay_cursor"] == 4


def test_an_event_the_relay_could_not_serve_as_json_is_quarantined_with_its_bytes():
    poison = b'{"object": "whatsapp_business_account", "n": NaN}'
    page = {"events": [{"cursor": 1, "received_at": "x", "unreadable": "NaN is not JSON",
                        "body_base64": base64.b64encode(poison).decode()},
                       {"cursor": 2, "payload": text_event("wamid.two")}], "next": 2}
    batch = pull_from(JSONResponse(page))
    assert [m.external_id for m in batch.messages] == ["wamid.two"]
    [held] = batch.quarantined
    assert (held.raw, held.source) == (poison, "relay event 1")


def test_a_replaced_store_is_read_from_the_start(tmp_path):
    with running_relay(tmp_path / "relay.sqlite3") as relay:
        for n in range(3):
            post(f"{relay.url}/webhook", content=signed(text_event(f"wamid.{n}"))[0],
                 headers=signed(text_event(f"wamid.{n}"))[1])
        batch = _pull(relay.url, {"relay_cursor": 2, "relay_store": "an-older-store"})
        assert [m.external_id for m in batch.messages] == ["wamid.0", "wamid.1", "wamid.2"]
        assert batch.cursor == {"relay_cursor": 3, "relay_store": relay.store.store_id}


def test_a_store_restored_from_a_backup_is_read_from_the_start(tmp_path):
    with running_relay(tmp_path / "relay.sqlite3") as relay:
        post(f"{relay.url}/webhook", content=signed(text_event("wamid.0"))[0], headers=signed(text_event("wamid.0"))[1])
        batch = _pull(relay.url, {"relay_cursor": 40, "relay_store": relay.store.store_id})  # we had read 40
        assert [m.external_id for m in batch.messages] == ["wamid.0"]
        assert batch.cursor["relay_cursor"] == 1


def test_reading_acknowledges_and_lets_the_relay_prune(tmp_path):
    with running_relay(tmp_path / "relay.sqlite3") as relay:
        post(f"{relay.url}/webhook", content=signed(text_event("wamid.0"))[0], headers=signed(text_event("wamid.0"))[1])
        first = _pull(relay.url, None, reader="desk-test")
        _pull(relay.url, first.cursor, reader="desk-test")
        relay.store.retention = relay.store.retention * 0
        assert relay.store.prune() == 1


def _pull(url: str, cursor, **settings):
    from desk.connectors.whatsapp import WhatsAppConnector, WhatsAppSettings

    from .stack import ACCESS_TOKEN, PHONE_NUMBER_ID, RELAY_TOKEN

    connector = WhatsAppConnector(1, WhatsAppSettings(PHONE_NUMBER_ID, url, graph_url=url, **settings),
                                  ACCESS_TOKEN, RELAY_TOKEN)

    async def scenario():
        try:
            return await connector.pull(cursor)
        finally:
            await connector.aclose()

    return run(scenario())


def test_a_quarantined_webhook_is_read_again_after_an_upgrade(db):
    from desk.accounts import save_account
    from desk.connectors.base import SyncBatch
    from desk.connectors.whatsapp.connector import unreadable_event
    from desk.domain import Channel
    from desk.storage import quarantine
    from desk.sync.quarantine import retry
    from desk.sync.store import SyncStore

    from .stack import PHONE_NUMBER_ID

    account = save_account(db, Channel.WHATSAPP, "WA", {"phone_number_id": PHONE_NUMBER_ID, "relay_url": "http://x"})
    old_reason = unreadable_event(5, text_event("wamid.later"), ["a parser of old could not read this"])
    still_bad = unreadable_event(6, with_message(type=["text"]), ["entry 0 change 0 message 0: unreadable"])
    SyncStore(db).apply(account, "main", SyncBatch({}, quarantined=[old_reason, still_bad]))
    result = retry(db)
    assert (result.read, result.still_unreadable, result.messages) == (1, 1, 1)
    assert db.fetch_all("SELECT external_id FROM messages") == [("wamid.later",)]
    assert quarantine.count(db) == 1


def test_the_store_keeps_working_after_a_poison_event(tmp_path):
    store = EventStore(tmp_path / "relay.sqlite3")
    store.add(b'{"n": NaN}')
    store.add(b"{}")
    assert [e.cursor for e in store.after(0, 10)] == [1, 2]
    store.close()
