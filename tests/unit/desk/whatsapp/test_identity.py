"""WhatsApp customers by BSUID with the phone optional: thread keys, aliases, usernames, and a
changed user id (or number) keeping the conversation together in the cache."""

from __future__ import annotations

import copy

import pytest

from desk.connectors.whatsapp.events import parse_envelope
from desk.connectors.whatsapp.identity import sender_of
from desk.storage.ingest import Ingestor
from desk.sync.outbox import recipient_of
from tests.helpers.messages import NOW

from .stack import samples

OLD, NEW, PHONE = "DE.4471188", "DE.9902211", "4915112345678"


@pytest.mark.parametrize(("raw", "contact", "expected"), [
    ({"from": PHONE, "from_user_id": OLD}, {"profile": {"name": "Jana"}},
     (OLD, (PHONE,), OLD, PHONE, None, "Jana")),
    ({"from_user_id": OLD}, {"profile": {"username": "@kai.m"}, "user_id": OLD},
     (OLD, (), OLD, None, "kai.m", "@kai.m")),
    ({"from": PHONE}, {"profile": {"name": "Jana"}, "wa_id": PHONE},
     (PHONE, (), None, PHONE, None, "Jana")),
    ({"from_user_id": OLD, "type": "system", "system": {"type": "user_changed_user_id", "user_id": NEW}}, {},
     (NEW, (OLD,), NEW, None, None, "")),
    ({"from": PHONE, "type": "system", "system": {"type": "user_changed_number", "wa_id": "4917600000000"}}, {},
     ("4917600000000", (PHONE,), None, "4917600000000", None, "")),
])
def test_the_sender_is_keyed_by_bsuid_with_the_phone_as_an_alias(raw, contact, expected):
    sender = sender_of(raw, contact)
    assert (sender.thread_key, sender.aliases, sender.user_id, sender.wa_id, sender.username, sender.name) == expected


def test_a_message_naming_nobody_has_no_sender():
    assert sender_of({"id": "wamid.x"}, {}) is None


def envelope_from(user_id: str | None, text: str, wamid: str, *, phone: str | None = PHONE,
                  username: str | None = None, name: str = "Jana") -> dict:
    envelope = copy.deepcopy(samples("message")["text"])
    value = envelope["entry"][0]["changes"][0]["value"]
    profile = {"name": name, **({"username": username} if username else {})}
    value["contacts"] = [{"profile": profile, **({"wa_id": phone} if phone else {}),
                          **({"user_id": user_id} if user_id else {})}]
    message = value["messages"][0]
    message.update(id=wamid, text={"body": text}, timestamp=str(int(NOW.timestamp())))
    message.pop("from", None)
    message.pop("from_user_id", None)
    if phone:
        message["from"] = phone
    if user_id:
        message["from_user_id"] = user_id
    return envelope


def ingest(db, account_id: int, envelope: dict) -> None:
    parsed = parse_envelope(envelope, account_id)
    assert parsed.skipped == []
    Ingestor(db).ingest(parsed.messages, now=NOW)


def conversations(db):
    return db.fetch_all("SELECT id, thread_key, customer_id FROM conversations ORDER BY id")


def identities(db, customer_id):
    return set(db.fetch_all("SELECT kind, value FROM customer_identities WHERE customer_id = :c", {"c": customer_id}))


def test_a_thread_from_before_bsuids_takes_the_bsuid_and_stays_one_conversation(db, accounts):
    whatsapp = accounts["whatsapp"]
    ingest(db, whatsapp, envelope_from(None, "Hallo", "wamid.1"))
    [(cid, key, customer)] = conversations(db)
    assert key == PHONE
    ingest(db, whatsapp, envelope_from(OLD, "Wo ist mein Paket?", "wamid.2"))
    assert conversations(db) == [(cid, OLD, customer)]
    assert identities(db, customer) == {("phone", f"+{PHONE}"), ("wa_user", OLD)}
    assert recipient_of(db, cid).to == OLD and recipient_of(db, cid).fallback_to == f"+{PHONE}"


def test_a_changed_user_id_keeps_the_thread_together_for_a_username_only_customer(db, accounts):
    whatsapp = accounts["whatsapp"]
    ingest(db, whatsapp, envelope_from(OLD, "hi", "wamid.1", phone=None, username="kai.m", name=""))
    [(cid, _key, customer)] = conversations(db)
    assert db.fetch_all("SELECT display_name FROM customers") == [("@kai.m",)]
    change = copy.deepcopy(samples("message")["text"])
    value = change["entry"][0]["changes"][0]["value"]
    value.pop("contacts")
    value["messages"] = [{"from_user_id": OLD, "id": "wamid.sys", "timestamp": str(int(NOW.timestamp())),
                          "type": "system", "system": {"type": "user_changed_user_id", "user_id": NEW,
                                                       "body": "User changed their user ID"}}]
    ingest(db, whatsapp, change)
    ingest(db, whatsapp, envelope_from(NEW, "any news?", "wamid.3", phone=None, username="kai.m", name=""))
    assert conversations(db) == [(cid, NEW, customer)]
    assert db.fetch_all("SELECT count(*) FROM messages WHERE conversation_id = :c", {"c": cid}) == [(3,)]
    assert identities(db, customer) >= {("wa_user", OLD), ("wa_user", NEW), ("wa_username", "kai.m")}
    assert (recipient_of(db, cid).to, recipient_of(db, cid).fallback_to) == (NEW, None)
