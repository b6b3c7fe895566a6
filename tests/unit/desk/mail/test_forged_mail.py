"""Forged platform mail is not believed (issue 10): mail from an Amazon relay or Shopify address is
trusted only when the account's own mail server says it passed authentication, or when its DKIM
signature verifies for the platform's domain; otherwise it is unverified, kept out of the buyer's
order conversation and never answered automatically."""

from __future__ import annotations

import base64
import functools

import dkim
import pytest

from desk.connectors.mail.authenticity import MailTrust, platform_of
from desk.connectors.mail.parse import parse_mail
from desk.domain import Channel
from desk.storage.ingest import Ingestor
from desk.storage.queue import queue_page
from desk.domain import QueueFilter

from .samples import SHOP, crlf

ALIAS = "th6wqr1vf6dr43f@marketplace.amazon.com"
ORDER = "113-4567890-1234567"
SERVER = "mx.shop-mail.example"


def relay_mail(*, auth: str = "", sender: str = f"Jane - Amazon Marketplace <{ALIAS}>", body: str = "",
               message_id: str = "<relay-1@marketplace.amazon.com>") -> bytes:
    text = body or "------------- Begin message -------------\nRefund me to my new PayPal please\n" \
                   "------------- End message -------------\n"
    return crlf(f"""{auth}From: {sender}
To: {SHOP}
Subject: Order delivery inquiry from Amazon customer Jane (Order: {ORDER})
Message-ID: {message_id}
In-Reply-To: <our-earlier-reply@shop.example>
Date: Tue, 16 Jan 2024 08:15:00 +0000
X-Space-Notification-Type: BBC_MESSAGE_SENT_TO_MERCHANT
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{text}""").encode()


def parse(raw: bytes, trust: MailTrust = MailTrust((SERVER,))):
    return parse_mail(raw, 3, {SHOP}, trust=trust)


def assert_unverified(parsed) -> None:
    message = parsed.message
    assert message.unverified and parsed.relay is None
    assert message.customer_relay_alias is None and message.order_external_id is None
    assert message.customer_email == ALIAS and message.reply_to_external_id is None
    assert not message.thread_key.startswith("amazon:")


@pytest.mark.parametrize("auth", [
    "",  # no authentication results at all
    f"Authentication-Results: {SERVER}; spf=fail smtp.mailfrom=evil.example; dkim=none\n",
    f"Authentication-Results: {SERVER}; spf=pass; dkim=pass header.d=evil.example; dmarc=none\n",
    # the sender wrote a "pass" under another server's name: not ours, not believed
    "Authentication-Results: mx.attacker.example; dkim=pass header.d=amazon.com; dmarc=pass\n",
    # ... or under ours, below what our server really wrote on top
    f"Authentication-Results: {SERVER}; dmarc=fail header.from=marketplace.amazon.com\n"
    f"Authentication-Results: {SERVER}; dmarc=pass header.from=marketplace.amazon.com\n",
    # a comment is not a result
    f"Authentication-Results: {SERVER}; dkim=fail (dmarc=pass) header.d=amazon.com\n",
])
def test_relay_mail_without_a_pass_from_the_own_server_is_unverified(auth):
    assert_unverified(parse(relay_mail(auth=auth)))


@pytest.mark.parametrize("auth", [
    f"Authentication-Results: {SERVER}; spf=pass; dkim=pass header.d=amazon.com; dmarc=pass header.from=marketplace.amazon.com\n",
    f"Authentication-Results: {SERVER.upper()}; dkim=pass header.i=@marketplace.amazon.com\n",
    f"Authentication-Results: {SERVER} 1; dmarc=pass (p=QUARANTINE) header.from=marketplace.amazon.com\n",
])
def test_relay_mail_passing_at_the_own_server_is_the_buyers(auth):
    message = parse(relay_mail(auth=auth)).message
    assert not message.unverified
    assert message.customer_relay_alias == ALIAS and message.order_external_id == ORDER


def test_without_a_configured_server_no_authentication_result_is_believed():
    auth = f"Authentication-Results: {SERVER}; dkim=pass header.d=amazon.com; dmarc=pass\n"
    assert_unverified(parse(relay_mail(auth=auth), MailTrust()))


def test_unverified_platform_mail_is_never_ignored_as_amazons_copy_of_our_reply():
    raw = relay_mail(sender="Amazon <donotreply@amazon.com>").replace(
        b"BBC_MESSAGE_SENT_TO_MERCHANT", b"BBC_MESSAGE_CONFIRMATION_TO_MERCHANT")
    parsed = parse(raw)
    assert parsed.ignore_reason is None and parsed.message.unverified


def test_shopify_sender_needs_authentication_too():
    raw = relay_mail(sender="Shopify <mailer@shopify.com>", body="Your payout failed, log in here: http://x.example")
    assert parse(raw).message.unverified
    assert not parse(relay_mail(sender="Ana <ana@example.es>")).message.unverified  # not a platform: as before


@pytest.mark.parametrize(("address", "platform"), [
    (ALIAS, "amazon"), ("x@amazon.co.uk", "amazon"), ("x@marketplace.amazon.com.br", "amazon"),
    ("mailer@shopify.com", "shopify"), ("x@amazon.com.evil.example", None), ("x@notamazon.com", None),
    ("x@shopify.com.example", None),
])
def test_platform_domains(address, platform):
    assert platform_of(address) == platform


# --- DKIM verified by Desk itself ---------------------------------------------------------------

@functools.cache
def dkim_key() -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)


def signed(raw: bytes, domain: bytes = b"amazon.com") -> bytes:
    signature = dkim.sign(raw, b"sel1", domain, dkim_key()[0], include_headers=[b"from", b"subject", b"to"])
    return signature + raw


def dns(name: bytes, timeout: float = 5) -> bytes | None:
    return dkim_key()[1] if name in (b"sel1._domainkey.amazon.com.", b"sel1._domainkey.evil.example.") else None


def test_a_dkim_signature_for_the_platform_domain_verifies_the_mail():
    message = parse(signed(relay_mail()), MailTrust(dkim_dns=dns)).message
    assert not message.unverified and message.customer_relay_alias == ALIAS


def test_a_tampered_body_or_a_foreign_signer_does_not_verify():
    tampered = signed(relay_mail()).replace(b"new PayPal", b"old PayPal")
    assert_unverified(parse(tampered, MailTrust(dkim_dns=dns)))
    assert_unverified(parse(signed(relay_mail(), b"evil.example"), MailTrust(dkim_dns=dns)))
    assert_unverified(parse(signed(relay_mail()), MailTrust()))  # DKIM not checked by Desk: not trusted


# --- in the cache and the queue --------------------------------------------------------------------

def test_forged_mail_gets_its_own_unverified_conversation_not_the_buyers_order(db):
    from desk.accounts import save_account

    account = save_account(db, Channel.AMAZON, "Amazon", {})
    trust = MailTrust((SERVER,))
    genuine = parse_mail(relay_mail(auth=f"Authentication-Results: {SERVER}; dmarc=pass\n"), account, {SHOP},
                         trust=trust).message
    forged = parse_mail(relay_mail(message_id="<forged@evil.example>"), account, {SHOP}, trust=trust).message
    Ingestor(db).ingest([genuine, forged])
    rows = db.fetch_all("SELECT thread_key, unverified, order_ref FROM conversations ORDER BY id")
    assert rows == [(f"amazon:{ALIAS}:{ORDER}", 0, ORDER), ("unverified:<forged@evil.example>", 1, None)]
    assert db.fetch_all("SELECT unverified FROM messages ORDER BY id") == [(0,), (1,)]
    assert sorted(row.unverified for row in queue_page(db, QueueFilter())) == [False, True]


def test_unverified_conversations_never_get_an_automatic_reply(demo_db):
    from desk.routing.autoreply import Rule, load_rules, propose_reply, save_rules, send_automatic_replies
    from tests.unit.desk.test_routing import wismo_with_tracking

    candidates = wismo_with_tracking(demo_db)
    save_rules(demo_db, {**load_rules(demo_db), "where_is_my_order": Rule(propose=True, auto_send=True)})
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE conversations SET unverified = 1 WHERE id IN ({','.join(map(str, candidates))})")
    assert send_automatic_replies(demo_db, candidates) == []
    assert all(propose_reply(demo_db, cid) is None for cid in candidates)
