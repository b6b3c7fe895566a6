"""A corpus of pathological mail written for the suite (tests/data/mail/pathological, issue 10):
each is read as expected.json says, or refused with ParseError, never anything else, and what
is read is shown within the conversation view's bounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.connectors.mail.authenticity import MailTrust
from desk.connectors.mail.parse import ParseError, parse_mail
from desk.domain.display import SHOW_CHARS, shown_body
from desk.html import sanitise_html

CORPUS = Path(__file__).resolve().parents[3] / "data" / "mail" / "pathological"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
TRUST = MailTrust(("mx.shop-mail.example",))


def test_every_corpus_file_has_an_expectation():
    assert {p.name for p in CORPUS.glob("*.eml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_mail(name):
    raw = (CORPUS / name).read_bytes()
    expected = EXPECTED[name]
    if "error" in expected:
        with pytest.raises(ParseError, match=expected["error"]):
            parse_mail(raw, 1, {"shop@example.com"}, trust=TRUST)
        return
    message = parse_mail(raw, 1, {"shop@example.com"}, trust=TRUST).message
    checks = {
        "sender": lambda: message.customer_relay_alias or message.customer_email,
        "unverified": lambda: message.unverified,
        "relay_alias": lambda: message.customer_relay_alias,
        "order": lambda: message.order_external_id,
        "name": lambda: message.customer_name,
        "text_length": lambda: len(message.text),
    }
    for key, value in expected.items():
        if key == "text_starts":
            assert message.text.startswith(value), (name, message.text[:80])
        else:
            assert checks[key]() == value, (name, key)
    shown = shown_body(message.text, sanitise_html(message.html) if message.html else None)
    assert len(shown.html) < 2 * SHOW_CHARS
