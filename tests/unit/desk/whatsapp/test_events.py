"""Webhook envelopes -> IncomingMessage / DeliveryUpdate, on every pywa sample and on broken input."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.connectors.whatsapp.events import CallbackEcho, parse_envelope
from desk.domain.model import DeliveryState, Direction

from .stack import samples

MEDIA = "media 1234567890987654321"
EXPECTED_TEXT = {
    ("message", "text"): "Body Text",
    ("message", "image"): "[Image · media 65463453]",
    ("message", "media_with_url"): "[Image · media 65463453]",
    ("message", "video"): "[Forwarded] [Video · media 765756756] caption",
    ("message", "document"): f"[Forwarded] [Document filename.pdf · {MEDIA}] caption",
    ("message", "audio"): f"[Forwarded] [Audio · {MEDIA}]",
    ("message", "voice"): f"[Voice message · {MEDIA}]",
    ("message", "static_sticker"): f"[Sticker · {MEDIA}]",
    ("message", "animated_sticker"): f"[Animated sticker · {MEDIA}]",
    ("message", "reaction"): "[Reaction \U0001f62e to wamid.yzxyzx=]",
    ("message", "unreaction_empty"): "[Reaction removed from wamid.yzxyzx=]",
    ("message", "unreaction_no_emoji"): "[Reaction removed from wamid.yzxyzx=]",
    ("message", "current_location"): "[Forwarded] [Location] (12.25089, 43.90539)",
    ("message", "chosen_location"): "[Forwarded] [Location] Facebook HQ, 1 Hacker Way, Menlo Park, CA 94025 "
                                     "(37.4611978, -122.2164385) https://maps.google.com/?cid=2000000000000000000",
    ("message", "contacts"): "[Contact] Chandler Bing +1 555-555-5555; Monica +1 666-666-6666; "
                             "Rachel Green +1 777-777-7777",
    ("message", "order"): "[Order] 3 × HAMBURGER @ 30 ILS, 2 × FRENCH_FRIES @ 35 ILS, 2 × SODA @ 10 ILS",
    ("message", "unsupported"): "[Unsupported message: Message type unknown]",
    ("message", "unsupported_with_type"): "[Unsupported message (pool): Message type unknown]",
    ("message", "reply"): "replied text",
    ("message", "forwarded"): "[Forwarded] forwarded text",
    ("message", "forwarded_many_times"): "[Forwarded many times] text forwarded many times",
    ("message", "interactive_message_with_err"): "[Interactive reply not readable: Something went wrong]",
    ("message", "referral"): "BODY\n(came from an ad: AD_TITLE)",
    ("callback_button", "button"): "[Button] title",
    ("callback_button", "quick_reply"): "[Button] title",
    ("callback_button", "quick_reply_without_context"): "[Button] title",
    ("callback_selection", "callback"): "[List choice] title",
    ("callback_selection", "description"): "[List choice] title — description",
}
EXPECTED_STATE = {
    "sent": DeliveryState.SENT,
    "delivered": DeliveryState.DELIVERED,
    "read": DeliveryState.READ,
    "played": DeliveryState.READ,
    "failed": DeliveryState.FAILED,
    "with_tracker": DeliveryState.SENT,
    "group": DeliveryState.READ,
}
MESSAGE_FILES = ("message", "callback_button", "callback_selection")


def test_every_sample_has_an_expectation():
    names = {(f, name) for f in MESSAGE_FILES for name in samples(f)}
    assert names == set(EXPECTED_TEXT)
    assert set(samples("message_status")) == set(EXPECTED_STATE)


@pytest.mark.parametrize(("file", "name"), sorted(EXPECTED_TEXT))
def test_every_sample_message_becomes_one_readable_incoming_message(file, name):
    envelope = samples(file)[name]
    raw = envelope["entry"][0]["changes"][0]["value"]["messages"][0]
    parsed = parse_envelope(envelope, account_id=3)
    assert parsed.skipped == [] and parsed.deliveries == []
    [message] = parsed.messages
    assert message.text == EXPECTED_TEXT[(file, name)]
    assert message.account_id == 3
    assert message.external_id == raw["id"]
    assert message.direction is Direction.IN
    assert message.thread_key == "US.13491208655302741918"  # the BSUID; the phone keys older threads
    assert message.thread_aliases == ("972987654321",)
    assert message.customer_phone == "+972987654321"
    assert message.customer_name == "Test Name"
    assert message.sent_at == datetime.fromtimestamp(int(raw["timestamp"]), UTC)


@pytest.mark.parametrize("name", sorted(EXPECTED_STATE))
def test_every_sample_status_becomes_a_delivery_update(name):
    envelope = samples("message_status")[name]
    raw = envelope["entry"][0]["changes"][0]["value"]["statuses"][0]
    parsed = parse_envelope(envelope, account_id=3)
    assert parsed.skipped == [] and parsed.messages == []
    [update] = parsed.deliveries
    assert update.external_id == raw["id"]
    assert update.state is EXPECTED_STATE[name]
    assert update.at == datetime.fromtimestamp(int(raw["timestamp"]), UTC)
    assert (update.error is None) == (name != "failed")


def test_a_failed_status_carries_the_error_code_and_title():
    [update] = parse_envelope(samples("message_status")["failed"], 1).deliveries
    assert update.error.startswith("130472 User's number is part of an experiment")


def test_a_status_echoing_callback_data_is_reported_for_reconciliation():
    parsed = parse_envelope(samples("message_status")["with_tracker"], 1)
    assert parsed.callbacks == [CallbackEcho("some data", "wamid.xyzxyz", DeliveryState.SENT)]


def text_envelope() -> dict:
    return copy.deepcopy(samples("message")["text"])


def value_of(envelope: dict) -> dict:
    return envelope["entry"][0]["changes"][0]["value"]


def test_a_username_only_customer_is_keyed_by_user_id():
    envelope = text_envelope()
    value = value_of(envelope)
    del value["contacts"][0]["wa_id"]
    value["contacts"][0]["profile"] = {"username": "testname"}
    message = value["messages"][0]
    del message["from"]
    message["from_user_id"] = "US.13491208655302741918"
    [parsed] = parse_envelope(envelope, 1).messages
    assert parsed.thread_key == "US.13491208655302741918"
    assert parsed.customer_phone is None
    assert parsed.customer_name == "@testname" and parsed.customer_username == "testname"


def test_malformed_items_are_skipped_with_a_reason_and_the_rest_is_kept():
    envelope = text_envelope()
    value = value_of(envelope)
    good = value["messages"][0]
    value["messages"] = [
        {k: v for k, v in good.items() if k != "id"},
        {**good, "id": "wamid.late", "timestamp": "yesterday"},
        {**good, "id": "wamid.empty", "text": {}},
        "not a message",
        good,
        {**good, "id": "wamid.nobody", "from": None},
    ]
    value["contacts"] = []
    value["statuses"] = [
        {"id": "wamid.a", "status": "exploded", "timestamp": "1"},
        {"id": "wamid.b", "status": "delivered", "timestamp": "1"},
        {"status": "read", "timestamp": "1"},
    ]
    parsed = parse_envelope(envelope, 1)
    assert [m.external_id for m in parsed.messages] == ["wamid.xyzxyz"]
    assert [d.external_id for d in parsed.deliveries] == ["wamid.b"]
    assert parsed.skipped == [
        "entry 0 change 0 message 0: missing id",
        "entry 0 change 0 message 1: bad timestamp 'yesterday'",
        "entry 0 change 0 message 2: wamid.empty is a text message without a body",
        "entry 0 change 0 message 3: not an object",
        "entry 0 change 0 message 5: wamid.nobody has neither a sender phone (from) nor a user id",
        "entry 0 change 0 status 0: wamid.a has unknown status 'exploded'",
        "entry 0 change 0 status 2: missing id",
    ]


@pytest.mark.parametrize("payload", [None, [], "text", {"object": "page", "entry": []}, {"entry": "x"}])
def test_something_that_is_not_a_whatsapp_webhook_is_skipped(payload):
    parsed = parse_envelope(payload, 1)
    assert parsed.messages == [] and parsed.deliveries == []
    assert parsed.skipped == ["not a WhatsApp Business Account webhook"]


def test_broken_entries_and_changes_are_skipped():
    envelope = text_envelope()
    envelope["entry"].insert(0, {"changes": [{"field": "messages"}, "x"]})
    parsed = parse_envelope(envelope, 1)
    assert len(parsed.messages) == 1
    assert parsed.skipped == ["entry 0 change 0: no value object", "entry 0 change 1: no value object"]


def test_changes_of_other_fields_and_other_numbers_are_ignored():
    other_field = text_envelope()
    other_field["entry"][0]["changes"][0]["field"] = "message_template_status_update"
    assert parse_envelope(other_field, 1).messages == []
    assert parse_envelope(other_field, 1).skipped == []
    envelope = text_envelope()
    assert parse_envelope(envelope, 1, phone_number_id="999").messages == []
    assert len(parse_envelope(envelope, 1, phone_number_id="1122334455667").messages) == 1


def test_messages_batched_in_one_value_are_all_parsed():
    envelope = text_envelope()
    value = value_of(envelope)
    second = {**value["messages"][0], "id": "wamid.second", "from": "4915112345678",
              "text": {"body": "Wo ist meine Bestellung?"}}
    value["messages"].append(second)
    value["contacts"].append({"profile": {"name": "Jana"}, "wa_id": "4915112345678"})
    parsed = parse_envelope(envelope, 1)
    assert [(m.thread_key, m.customer_name) for m in parsed.messages] == [
        ("US.13491208655302741918", "Test Name"), ("4915112345678", "Jana")]


STATES = [DeliveryState.SENT, DeliveryState.DELIVERED, DeliveryState.READ, DeliveryState.FAILED]


def test_states_rank_in_delivery_order_with_failed_final():
    assert [s.rank for s in STATES] == sorted(s.rank for s in STATES)
    assert DeliveryState.DELIVERED.furthest(DeliveryState.READ) is DeliveryState.READ
    assert DeliveryState.FAILED.furthest(DeliveryState.SENT) is DeliveryState.FAILED
    assert DeliveryState.SENT.furthest(None) is DeliveryState.SENT


@given(st.lists(st.sampled_from(STATES), min_size=1).flatmap(lambda s: st.tuples(st.just(s), st.permutations(s))))
def test_the_kept_state_does_not_depend_on_arrival_order(orders):
    def fold(states):
        kept = None
        for state in states:
            kept = state.furthest(kept)
        return kept

    original, shuffled = orders
    assert fold(original) is fold(shuffled) is max(original, key=lambda s: s.rank)
