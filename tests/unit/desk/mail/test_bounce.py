"""Bounces of replies Desk sent: standard delivery status notifications, mailer-daemon and Amazon
notices; delays and ordinary mail are not bounces."""

from __future__ import annotations

from desk.connectors.mail.bounce import bounce_of

REPLY_ID = "<desk.8c1d0e5a@shop.example>"
ALIAS = "th6wqr1vf6dr43f@marketplace.amazon.de"


def dsn(action: str = "failed", diagnostic: str = "smtp; 550 5.7.1 Sender is not authorized to send to this buyer",
        returned: str = "message/rfc822") -> bytes:
    original = (f"Message-ID: {REPLY_ID}\r\nFrom: care@shop.example\r\nTo: {ALIAS}\r\nSubject: Re: Lieferung\r\n\r\n"
                "Ihr Paket kommt morgen.\r\n")
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.shop.example>\r\nTo: care@shop.example\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nDate: Tue, 08 Dec 2026 10:00:00 +0000\r\n"
        "Message-ID: <bounce-1@mx.shop.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be "
        "delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.shop.example\r\n\r\n"
        f"Final-Recipient: rfc822; {ALIAS}\r\nAction: {action}\r\nStatus: 5.7.1\r\nDiagnostic-Code: {diagnostic}\r\n\r\n"
        f"--B\r\nContent-Type: {returned}\r\n\r\n{original}\r\n--B--\r\n"
    ).encode()


def test_a_failed_dsn_names_the_reply_and_the_reason():
    bounce = bounce_of(dsn())
    assert bounce.original_message_id == REPLY_ID
    assert bounce.reason == f"{ALIAS}: 550 5.7.1 Sender is not authorized to send to this buyer"
    assert bounce.at.isoformat() == "2026-12-08T10:00:00+00:00"


def test_only_the_headers_of_the_returned_mail_are_enough():
    assert bounce_of(dsn(returned="text/rfc822-headers")).original_message_id == REPLY_ID


def test_a_delay_notice_is_not_a_bounce():
    assert bounce_of(dsn(action="delayed")) is None


def amazon_notice(subject: str, sender: str = "donotreply@amazon.de") -> bytes:
    return (f"From: Amazon <{sender}>\r\nTo: care@shop.example\r\nSubject: {subject}\r\n"
            f"Date: Tue, 08 Dec 2026 11:00:00 +0000\r\nIn-Reply-To: {REPLY_ID}\r\nMessage-ID: <n-1@amazon.de>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nYour message could not be delivered because the buyer "
            "has opted out of unsolicited messages.\r\n\r\n> Ihr Paket kommt morgen.\r\n").encode()


def test_an_amazon_notice_that_the_relay_refused_the_reply():
    bounce = bounce_of(amazon_notice("Your e-mail could not be delivered"))
    assert bounce.original_message_id == REPLY_ID
    assert bounce.reason.startswith("Your message could not be delivered because the buyer has opted out")


def test_ordinary_mail_and_amazon_notices_of_other_things_are_not_bounces():
    assert bounce_of(amazon_notice("Your order has shipped")) is None
    assert bounce_of(amazon_notice("Undeliverable", sender="jane@example.org")) is None
    customer = (f"From: Jane <jane@example.org>\r\nTo: care@shop.example\r\nSubject: not delivered yet!\r\n"
                f"In-Reply-To: {REPLY_ID}\r\n\r\nMy parcel was not delivered.\r\n").encode()
    assert bounce_of(customer) is None
