"""Replies: deterministic Message-ID, RFC 5322 3.6.4 threading headers, one "Re: ", UTF-8 text."""

import email
import email.policy
from datetime import UTC, datetime

import pytest

from desk.connectors.mail.parse import parse_mail
from desk.connectors.mail.smtp import build_reply, reply_message_id, reply_references, reply_subject

ALIAS = "th6wqr1vf6dr43f+a1b2@marketplace.amazon.de"


def reply(**overrides):
    fields = dict(sender="shop@example.com", sender_name="Shop Team", to=ALIAS,
                  subject="Frage zur Lieferung (Bestellung: 302-1234567-7654321)",
                  text="Guten Tag,\nIhr Paket ist unterwegs.\nViele Grüße — 店铺", idempotency_key="outbox-42",
                  in_reply_to="<parent@relay>", references=("<root@relay>", "<parent@relay>"),
                  date=datetime(2024, 1, 16, 9, 0, tzinfo=UTC))
    fields.update(overrides)
    return build_reply(**fields)


def reparsed(message):
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)


def test_message_id_is_derived_from_the_idempotency_key_and_sender_domain():
    assert reply()["Message-ID"] == "<desk.outbox-42@example.com>"
    assert reply()["Message-ID"] == reply(text="other text")["Message-ID"]
    assert reply(idempotency_key="outbox-43")["Message-ID"] != reply()["Message-ID"]


@pytest.mark.parametrize("key", ["key with spaces", 'quote"and\\back', "..dots", "ключ", "x" * 200])
def test_keys_that_are_not_a_dot_atom_are_hashed_deterministically(key):
    message_id = reply_message_id(key, "Shop@Example.COM")
    assert message_id == reply_message_id(key, "shop@example.com")
    assert message_id.startswith("<desk.h") and message_id.endswith("@example.com>")
    local = message_id[len("<desk."):-len("@example.com>")]
    assert local.isalnum() and local.isascii()


def test_threading_headers_follow_rfc5322():
    message = reparsed(reply())
    assert message["In-Reply-To"] == "<parent@relay>"
    assert message["References"] == "<root@relay> <parent@relay>"


@pytest.mark.parametrize(
    ("in_reply_to", "references", "expected"),
    [
        ("<p@x>", ("<r@x>",), ["<r@x>", "<p@x>"]),  # parent's References + parent id
        ("<p@x>", ("<r@x>", "<p@x>"), ["<r@x>", "<p@x>"]),  # already ends with the parent: not doubled
        ("<p@x>", (), ["<p@x>"]),
        (None, (), []),
        ("<p@x>", ("<p@x>", "<r@x>"), ["<r@x>", "<p@x>"]),  # the parent id comes last, once
    ],
)
def test_reference_chain(in_reply_to, references, expected):
    assert reply_references(in_reply_to, references) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Where is my order?", "Re: Where is my order?"),
        ("Re: Where is my order?", "Re: Where is my order?"),
        ("RE: Re: re:Where is my order?", "Re: Where is my order?"),
        ("AW: Rücksendung", "Re: Rücksendung"),
        ("回复：退款", "Re: 退款"),
        ("Re[2]: Order", "Re: Order"),
        ("Reorder question", "Re: Reorder question"),
    ],
)
def test_single_re_prefix(subject, expected):
    assert reply_subject(subject) == expected


def test_utf8_text_and_headers_survive_the_wire_format():
    message = reply()
    raw = message.as_bytes()
    assert raw.isascii()  # 7-bit safe: no 8BITMIME needed
    back = reparsed(message)
    assert back.get_content().replace("\r\n", "\n") == "Guten Tag,\nIhr Paket ist unterwegs.\nViele Grüße — 店铺\n"
    assert back.get_content_charset() == "utf-8"
    assert str(back["To"]) == ALIAS
    assert str(back["From"]) == "Shop Team <shop@example.com>"
    assert str(back["Subject"]) == "Re: Frage zur Lieferung (Bestellung: 302-1234567-7654321)"


def test_a_reply_parses_back_as_outbound_in_the_same_relay_thread():
    parsed = parse_mail(reply().as_bytes(), 1, {"shop@example.com"})
    assert parsed.message.direction.value == "out"
    assert parsed.message.customer_relay_alias == ALIAS
    assert parsed.message.order_external_id == "302-1234567-7654321"
    assert parsed.message.thread_key == f"amazon:{ALIAS}:302-1234567-7654321"


def test_line_breaks_in_addresses_are_refused():
    with pytest.raises(ValueError):
        reply(to="victim@example.org\r\nBcc: everyone@example.org")
