"""Real-world broken mail is read, best effort first (issue 10): headers written entirely in encoded
words, mislabelled transfer encodings and charsets, junk in parameters."""

import base64
import quopri

from desk.connectors.mail.charsets import codecs_for, decode_text
from desk.connectors.mail.parse import parse_mail

from .samples import SHOP, crlf, encoded_word, mail

GERMAN = "Guten Tag, wo bleibt mein Paket? Grüße aus München, Jürgen. " * 3


def parse(raw: bytes):
    return parse_mail(raw, 7, {SHOP})


def test_a_from_header_entirely_in_encoded_words_gives_the_sender():
    # Seen in a real Amazon buyer message: name and address both inside one encoded word.
    sender = encoded_word("Jürgen - Amazon Marketplace <th6wqr1vf6dr43f@marketplace.amazon.de>", "utf-8")
    message = parse(mail("Hallo", sender=sender)).message
    assert (message.customer_relay_alias or message.customer_email) == "th6wqr1vf6dr43f@marketplace.amazon.de"
    assert message.customer_name.startswith("Jürgen")


def test_a_from_header_split_over_several_encoded_words():
    address = "=?utf-8?Q?Ana_Garc=C3=ADa_=3Cana=40example=2Ees=3E?="
    message = parse(mail("Hola", sender=address)).message
    assert message.customer_email == "ana@example.es"
    assert message.customer_name == "Ana García"


def test_a_body_labelled_quoted_printable_that_is_really_base64_is_decoded():
    body = base64.encodebytes(GERMAN.encode("utf-8")).decode("ascii")
    message = parse(mail(body, cte="quoted-printable")).message
    assert message.text.startswith("Guten Tag, wo bleibt mein Paket? Grüße")


def test_a_body_labelled_base64_that_is_really_quoted_printable_is_decoded():
    body = quopri.encodestring(GERMAN.encode("utf-8")).decode("ascii")
    message = parse(mail(body, cte="base64")).message
    assert message.text.startswith("Guten Tag, wo bleibt mein Paket? Grüße")


def test_a_body_labelled_base64_that_is_plain_text_is_kept_as_text():
    message = parse(mail("Hello, where is my parcel? It is late.\n", cte="base64")).message
    assert message.text == "Hello, where is my parcel? It is late."


def test_a_nul_byte_in_a_charset_label_does_not_reject_the_message():
    raw = crlf("From: =?utf\x00-8?B?SsO8cmdlbg==?= <j@example.de>\nTo: shop@example.com\n"
               "Subject: =?utf-8\x00?Q?R=C3=BCcksendung?=\n\n").encode() + "Grüße".encode()
    message = parse(raw).message
    assert message.customer_name == "Jürgen"
    assert message.subject == "Rücksendung"
    assert message.text == "Grüße"


def test_charset_labels_with_control_characters_are_looked_up_without_them():
    assert codecs_for("utf\x00-8") == ("utf-8",)
    assert codecs_for("\x00") == ()
    assert decode_text("é".encode("utf-8"), "utf-8\x00\x01") == "é"


def test_junk_in_content_type_parameters_keeps_the_charset_and_the_body():
    content_type = 'text/plain;; charset="iso-8859-1";;; =junk; name==?x?=; charset*=\x00\'\'%zz'
    message = parse(mail(GERMAN.encode("latin-1"), content_type=content_type)).message
    assert message.text.startswith("Guten Tag, wo bleibt mein Paket? Grüße")


def test_a_duplicated_and_quoted_boundary_parameter_still_splits_the_parts():
    raw = crlf(f"""From: a@example.org
To: {SHOP}
Subject: parts
Content-Type: multipart/alternative; boundary=; boundary="b1"; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

first part
--b1--
""").encode()
    assert parse(raw).message.text == "first part"
