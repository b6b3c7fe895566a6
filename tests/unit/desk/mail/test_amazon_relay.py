"""Amazon Buyer-Seller Messaging relay mail (platform-apis.md 1.9), old and new layouts."""

import pytest

from desk.connectors.mail.amazon_relay import buyer_name, find_order_id, recognise
from desk.connectors.mail.authenticity import MailTrust
from desk.connectors.mail.parse import parse_mail
from desk.domain.model import Direction

from .samples import SHOP, b64, crlf, encoded_word

OLD_FORMAT_BODY = """\
------------- Begin message -------------

Hello, the parcel for my order has not arrived yet.
Could you check the tracking please?

------------- End message -------------

Order ID 113-4567890-1234567:
1 of Stainless Steel Water Bottle 750ml [ASIN: B0ABCDEF12]

For Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages
buyers and sellers send through Amazon.com for two years.

Was this email helpful? https://sellercentral.amazon.com/messaging/inbox
[commMgrTok:A1B2C3D4E5F6G7]
"""

NEW_FORMAT_BODY_PT = """\
Detalhes do pedido
# 701-1234567-7654321:
1 de Garrafa Térmica 500ml [ASIN: B0XYZ98765]

------------- Mensagem: -------------

Olá, a garrafa chegou amassada. Posso trocar?

------------- Encerrar mensagem -------------

Resolver caso: https://sellercentral.amazon.com.br/messaging/reply
[commMgrTok:ZZ9988776655]
"""


MAIL_SERVER = "mx.example.com"  # the shop's own mail server, trusted for its Authentication-Results
PASSED = f"Authentication-Results: {MAIL_SERVER}; spf=pass; dkim=pass header.d=amazon.com; dmarc=pass\n"


def relay_mail(body: str, *, sender: str, subject: str, notification: str = "BBC_MESSAGE_SENT_TO_MERCHANT",
               extra: str = "", html: bool = False) -> bytes:
    headers = f"""\
From: {sender}
To: {SHOP}
Subject: {subject}
Message-ID: <0100018d1234abcd-relay@email.amazonses.com>
Date: Tue, 16 Jan 2024 08:15:00 +0000
X-Space-Notification-Type: {notification}
X-Marketplace-ID: ATVPDKIKX0DER
MIME-Version: 1.0
{extra or PASSED}"""
    if not html:
        return crlf(headers + "Content-Type: text/plain; charset=UTF-8\n\n" + body).encode()
    html_body = "<html><body>" + body.replace("\n", "<br>\n") + "</body></html>"
    return crlf(headers + f"""\
Content-Type: multipart/alternative; boundary=rel

--rel
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(body.encode())}
--rel
Content-Type: text/html; charset=UTF-8

{html_body}
--rel--
""").encode()


def parse(raw: bytes):
    return parse_mail(raw, 3, {SHOP}, trust=MailTrust((MAIL_SERVER,)))


def test_old_format_buyer_message():
    raw = relay_mail(OLD_FORMAT_BODY, sender='"Jane - Amazon Marketplace" <th6wqr1vf6dr43f@marketplace.amazon.com>',
                     subject="Order delivery inquiry from Amazon customer Jane (Order: 113-4567890-1234567)")
    parsed = parse(raw)
    message = parsed.message
    assert message.direction is Direction.IN
    assert message.customer_relay_alias == "th6wqr1vf6dr43f@marketplace.amazon.com"
    assert message.customer_email is None
    assert message.customer_name == "Jane"
    assert message.order_external_id == "113-4567890-1234567"
    assert message.thread_key == "amazon:th6wqr1vf6dr43f@marketplace.amazon.com:113-4567890-1234567"
    assert message.text == "Hello, the parcel for my order has not arrived yet.\nCould you check the tracking please?"
    assert "commMgrTok" in parsed.full_text  # the whole mail is kept
    assert parsed.relay.marketplace_id == "ATVPDKIKX0DER"


def test_new_format_with_plus_suffix_alias_localized_markers_and_order_in_body():
    raw = relay_mail(
        NEW_FORMAT_BODY_PT, html=True,
        sender=f"{encoded_word('João', 'utf-8')} <Anonimo42+1111a2b3@Marketplace.Amazon.com.br>",
        subject="Detalhes do produto Amazon João pergunta do cliente",
    )
    message = parse(raw).message
    assert message.customer_relay_alias == "anonimo42+1111a2b3@marketplace.amazon.com.br"
    assert message.customer_name == "João"
    assert message.order_external_id == "701-1234567-7654321"
    assert message.text == "Olá, a garrafa chegou amassada. Posso trocar?"
    assert message.html is not None


def test_german_relay_mail_and_order_id_from_the_subject_first():
    body = "------------- Nachricht: -------------\n\nWo bleibt mein Paket?\n\n------------- Ende -------------\n" \
           "Bestellnummer 999-0000000-0000000"
    raw = relay_mail(body, sender="Max <abc123def456ghi@marketplace.amazon.de>",
                     subject="Bestellung zustellen von Amazon-Kunde Max (Bestellung: 302-1234567-7654321)")
    message = parse(raw).message
    assert message.order_external_id == "302-1234567-7654321"
    assert message.text == "Wo bleibt mein Paket?"


def test_pre_sale_question_has_no_order_and_threads_by_alias():
    body = ("------------- Begin message -------------\nDoes it fit a 40 mm tube?\n"
            "------------- End message -------------")
    raw = relay_mail(body, sender="Amazon customer <q7w8e9r0t1y2u3i@marketplace.amazon.co.uk>",
                     subject="Product details inquiry from Amazon customer")
    message = parse(raw).message
    assert message.order_external_id is None
    assert message.thread_key == "amazon:q7w8e9r0t1y2u3i@marketplace.amazon.co.uk"
    assert message.customer_name == "Amazon customer"


def test_buyer_reply_without_markers_keeps_the_trimmed_mail_text():
    body = "Thanks, it arrived!\n\nOn Tue, Jan 16, 2024 at 9:00 AM Shop <shop@example.com> wrote:\n> It ships today."
    raw = relay_mail(body, sender="Jane <th6wqr1vf6dr43f@marketplace.amazon.com>",
                     subject="RE: Your order (Order: 113-4567890-1234567)")
    message = parse(raw).message
    assert message.text == "Thanks, it arrived!"
    assert message.thread_key == "amazon:th6wqr1vf6dr43f@marketplace.amazon.com:113-4567890-1234567"


def test_confirmation_copy_of_our_own_seller_central_reply_is_ignored():
    raw = relay_mail("------------- Begin message -------------\nWe sent it.\n------------- End message -------------",
                     sender="Amazon <donotreply@amazon.com>", notification="BBC_MESSAGE_CONFIRMATION_TO_MERCHANT",
                     subject="Your message to Jane (Order: 113-4567890-1234567)")
    parsed = parse(raw)
    assert parsed.ignore_reason is not None
    assert parsed.relay.is_confirmation_copy


def test_spoofed_relay_mail_failing_dmarc_is_unverified_ordinary_mail():
    raw = relay_mail(OLD_FORMAT_BODY, sender="Jane <th6wqr1vf6dr43f@marketplace.amazon.com>",
                     subject="Order delivery inquiry (Order: 113-4567890-1234567)",
                     extra="Authentication-Results: mx.example.com; spf=fail; dkim=none; dmarc=fail\n")
    message = parse(raw).message
    assert message.customer_relay_alias is None
    assert message.order_external_id is None
    assert message.customer_email == "th6wqr1vf6dr43f@marketplace.amazon.com"
    assert message.unverified


def test_other_amazon_system_mail_is_not_relay_mail():
    raw = crlf(f"From: Amazon Seller Central <seller-notification@amazon.com>\nTo: {SHOP}\nMessage-ID: <s@amazon.com>\n"
               "Subject: Cancellation request for order 113-4567890-1234567\n\nA buyer asked to cancel.").encode()
    parsed = parse(raw)
    assert parsed.relay is None and parsed.message.customer_relay_alias is None


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Inquiry (Order: 113-4567890-1234567)", "", "113-4567890-1234567"),
        ("Inquiry", "Order ID 028-1234567-1234567:", "028-1234567-1234567"),
        ("Inquiry 1113-4567890-12345678", "", None),  # not a 3-7-7 id on word boundaries
        ("Inquiry", "ASIN B0ABCDEF12", None),
    ],
)
def test_order_id_pattern(subject, body, expected):
    assert find_order_id(subject, body) == expected


@pytest.mark.parametrize(
    ("display", "expected"),
    [("Jane - Amazon Marketplace", "Jane"), ('"Jane"', "Jane"), ("Jean-Luc - Amazon", "Jean-Luc"), ("Anna", "Anna")],
)
def test_buyer_name_from_the_display_name(display, expected):
    assert buyer_name(display) == expected


def test_plain_mail_is_not_recognised():
    assert recognise(counterpart_name="Jane", counterpart_address="jane@example.org",
                     subject="Order 113-4567890-1234567", body="", notification_type=None) is None
