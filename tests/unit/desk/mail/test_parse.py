"""parse_mail: structure, charsets, threading headers, direction and robustness against broken mail."""

import hashlib
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.connectors.mail.parse import ParseError, parse_mail
from desk.domain.model import Direction

from .samples import SHOP, b64, crlf, encoded_word, mail

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n" + b"0123456789" * 500


def parse(raw: bytes, own: set[str] | None = None):
    return parse_mail(raw, 7, {SHOP} if own is None else own)


def nested_mail() -> bytes:
    """mixed[alternative[plain, related[html, inline png]], pdf attachment, forwarded message]."""
    return crlf(f"""\
From: "Müller, Jürgen" <Juergen.Mueller@example.de>
To: Shop <{SHOP}>
Subject: =?utf-8?q?R=C3=BCcksendung?= Bestellung 1042
Message-ID: <nested@example.de>
Date: Tue, 16 Jan 2024 09:30:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Guten Tag, die R=FCcksendung ist unterwegs.

Am 15.01.2024 um 10:00 schrieb Shop <{SHOP}>:
> Bitte senden Sie die Ware zur=FCck.
--alt
Content-Type: multipart/related; boundary="rel"

--rel
Content-Type: text/html; charset=utf-8

<p>Guten Tag, die R&uuml;cksendung ist unterwegs.</p><img src="cid:label@example.de">
--rel
Content-Type: image/png
Content-ID: <label@example.de>
Content-Disposition: inline
Content-Transfer-Encoding: base64

{b64(PNG)}
--rel--
--alt--
--outer
Content-Type: application/pdf; name="=?UTF-8?B?UmVjaG51bmcgMTA0Mi5wZGY=?="
Content-Disposition: attachment; filename*=UTF-8''Rechnung%201042%20%E2%82%AC.pdf
Content-Transfer-Encoding: base64

{b64(PDF)}
--outer
Content-Type: message/rfc822

From: Carrier <noreply@carrier.example>
Subject: Zustellung fehlgeschlagen
Message-ID: <carrier@carrier.example>

Ihr Paket konnte nicht zugestellt werden.
--outer--
""").encode("latin-1")


class TestStructure:
    def test_nested_multiparts_give_text_html_and_attachments(self):
        parsed = parse(nested_mail())
        message = parsed.message
        assert message.text == "Guten Tag, die Rücksendung ist unterwegs."
        assert parsed.full_text.startswith("Guten Tag, die Rücksendung ist unterwegs.\n\nAm 15.01.2024")
        assert "> Bitte senden Sie die Ware zurück." in parsed.full_text
        assert message.html.startswith("<p>Guten Tag, die R&uuml;cksendung")  # raw, sanitised by the caller
        assert message.subject == "Rücksendung Bestellung 1042"
        assert message.customer_name == "Müller, Jürgen"
        assert message.customer_email == "juergen.mueller@example.de"

    def test_inline_images_and_attachments_keep_their_bytes_names_and_content_ids(self):
        attachments = parse(nested_mail()).attachments
        image, pdf, forwarded = attachments
        assert (image.mime_type, image.data, image.content_id) == ("image/png", PNG, "label@example.de")
        assert image.filename.startswith("attachment-") and image.filename.endswith(".png")
        assert (pdf.filename, pdf.mime_type, pdf.data, pdf.content_id) == (
            "Rechnung 1042 €.pdf", "application/pdf", PDF, None)
        assert forwarded.mime_type == "message/rfc822"
        assert forwarded.filename == "Zustellung fehlgeschlagen.eml"
        assert b"Ihr Paket konnte nicht zugestellt werden." in forwarded.data

    def test_a_forwarded_message_does_not_leak_into_the_body(self):
        assert "nicht zugestellt" not in parse(nested_mail()).full_text

    def test_attachment_names_lose_directories_and_control_characters(self):
        raw = crlf(f"""\
From: jane@example.org
Message-ID: <evil@example.org>
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain

see attached
--b
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="../../etc/\x07passwd"

{b64(b"root:x:0:0")}
--b--
""").encode()
        (attachment,) = parse(raw).attachments
        assert attachment.filename == "passwd"

    def test_html_only_mail_gets_a_plain_text_rendering_with_quotes_trimmed(self):
        html = ("<html><head><style>p{color:red}</style></head><body><p>Hello,<br>the zip is broken.</p>"
                "<div class=gmail_quote>On Mon, Jan 15, 2024 at 10:00 AM Shop &lt;shop@example.com&gt; wrote:"
                "<blockquote><p>Your order shipped.</p></blockquote></div><script>alert(1)</script></body></html>")
        parsed = parse(mail(html, content_type="text/html; charset=utf-8"))
        assert parsed.message.html == html
        assert parsed.message.text == "Hello,\nthe zip is broken."
        assert "> Your order shipped." in parsed.full_text
        assert "alert" not in parsed.full_text and "color" not in parsed.full_text

    def test_html_charset_from_meta_when_the_part_declares_none(self):
        html = '<html><head><meta charset="shift_jis"></head><body>返品したいです</body></html>'.encode("cp932")
        parsed = parse(mail(html, content_type="text/html"))
        assert parsed.message.text == "返品したいです"

    def test_several_inline_text_parts_are_joined(self):
        raw = crlf("""\
From: jane@example.org
Message-ID: <apple@example.org>
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain; charset=utf-8

Here is the photo:
--b
Content-Type: image/jpeg; name=photo.jpg
Content-Disposition: inline; filename=photo.jpg

jpegbytes
--b
Content-Type: text/plain; charset=utf-8

The box was crushed.
--b--
""").encode()
        parsed = parse(raw)
        assert parsed.message.text == "Here is the photo:\n\nThe box was crushed."
        assert [a.filename for a in parsed.attachments] == ["photo.jpg"]

    def test_attachment_only_mail_has_empty_text(self):
        raw = crlf(f"""\
From: jane@example.org
Message-ID: <scan@example.org>
Content-Type: application/pdf; name=scan.pdf
Content-Transfer-Encoding: base64

{b64(PDF)}
""").encode()
        parsed = parse(raw)
        assert parsed.message.text == "" and parsed.attachments[0].data == PDF

    def test_multipart_without_boundary_is_read_as_text(self):
        raw = crlf("From: jane@example.org\nMessage-ID: <nb@x>\nContent-Type: multipart/mixed\n\nno boundary here\n")
        assert parse(raw.encode()).message.text == "no boundary here"


class TestCharsetsInMail:
    def test_iso_2022_jp_subject_and_body(self):
        subject = encoded_word("注文した商品が届きません", "iso-2022-jp")
        raw = mail("お世話になっております。\n荷物がまだ届きません。".encode("iso2022_jp"),
                   content_type="text/plain; charset=ISO-2022-JP", cte="7bit", subject=subject)
        message = parse(raw).message
        assert message.subject == "注文した商品が届きません"
        assert message.text == "お世話になっております。\n荷物がまだ届きません。"

    def test_gb2312_declared_body_with_gbk_characters(self):
        text = "你好，朱镕基同学的退款什么时候到账？"  # 镕 is not in GB2312
        raw = mail(b64(text.encode("gbk")), content_type='text/plain; charset="gb2312"', cte="base64")
        assert parse(raw).message.text == text

    def test_shift_jis_base64(self):
        text = "返品の手続きを教えてください。①②"
        raw = mail(b64(text.encode("cp932")), content_type="text/plain; charset=Shift_JIS", cte="base64")
        assert parse(raw).message.text == text

    def test_windows_1252_quoted_printable(self):
        raw = mail("Merci =93beaucoup=94 =96 o=F9 est le colis =80 ?",
                   content_type="text/plain; charset=windows-1252", cte="quoted-printable")
        assert parse(raw).message.text == "Merci “beaucoup” – où est le colis € ?"

    def test_raw_utf8_headers_and_body_without_any_declaration(self):
        raw = mail("Das Paket ist beschädigt.".encode(), content_type="", sender="Jürgen <j@example.de>",
                   subject="Beschädigt")
        message = parse(raw).message
        assert (message.subject, message.customer_name, message.text) == (
            "Beschädigt", "Jürgen", "Das Paket ist beschädigt.")

    def test_invalid_bytes_do_not_break_parsing(self):
        raw = mail(b"caf\xe9 \xff\xfe\x80 ok", content_type="text/plain; charset=utf-8")
        assert parse(raw).message.text.endswith(" ok")

    def test_crlf_bodies_come_out_with_plain_newlines(self):
        assert "\r" not in parse(mail("one\ntwo\n")).full_text


class TestIdentityAndThreading:
    def test_ids_and_thread_key_from_the_root_of_references(self):
        raw = mail("hi", headers="In-Reply-To: <parent@shop>\nReferences: <root@shop>\n <parent@shop>")
        parsed = parse(raw)
        assert parsed.message_id == parsed.message.external_id == "<m1@example.org>"
        assert parsed.in_reply_to == "<parent@shop>"
        assert parsed.references == ("<root@shop>", "<parent@shop>")
        assert parsed.message.thread_key == "mail:<root@shop>"

    def test_thread_key_falls_back_to_in_reply_to_then_own_id(self):
        assert parse(mail("hi", headers="In-Reply-To: <parent@shop>")).message.thread_key == "mail:<parent@shop>"
        assert parse(mail("hi")).message.thread_key == "mail:<m1@example.org>"

    def test_missing_message_id_uses_a_hash_of_the_bytes(self):
        raw = mail("hi", message_id=None)
        parsed = parse(raw)
        expected = "sha256:" + hashlib.sha256(raw).hexdigest()
        assert parsed.message_id is None
        assert parsed.message.external_id == expected == parse(raw).message.external_id
        assert parsed.message.thread_key == "mail:" + expected

    def test_message_id_without_brackets_is_normalised(self):
        assert parse(mail("hi", message_id="bare-id@example.org")).message_id == "<bare-id@example.org>"

    def test_inbound_mail_is_from_the_customer(self):
        message = parse(mail("hi")).message
        assert message.direction is Direction.IN
        assert (message.customer_name, message.customer_email, message.author) == (
            "Jane Doe", "jane@example.org", None)

    def test_mail_from_an_own_address_is_outbound_to_the_recipient(self):
        raw = mail("We shipped it.", sender="Shop Team <Shop@Example.com>", to="Jane Doe <jane@example.org>")
        message = parse(raw).message
        assert message.direction is Direction.OUT
        assert (message.customer_name, message.customer_email, message.author) == (
            "Jane Doe", "jane@example.org", "Shop Team")

    def test_date_header_becomes_utc(self):
        assert parse(mail("hi")).message.sent_at == datetime(2024, 1, 15, 9, 0, tzinfo=UTC)

    def test_without_a_usable_date_the_received_header_then_the_fallback_is_used(self):
        received = "Received: from mx.example.org by mail.example.com; Wed, 17 Jan 2024 08:00:00 +0000"
        assert parse(mail("hi", date=None, headers=received)).message.sent_at == datetime(2024, 1, 17, 8, tzinfo=UTC)
        fallback = datetime(2024, 2, 1, tzinfo=UTC)
        raw = mail("hi", date="yesterday-ish")
        assert parse_mail(raw, 7, {SHOP}, received_at=fallback).message.sent_at == fallback

    def test_sender_header_stands_in_for_a_missing_from(self):
        raw = crlf("Sender: Jane <jane@example.org>\nMessage-ID: <s@x>\n\nhello\n").encode()
        assert parse(raw).message.customer_email == "jane@example.org"


class TestBrokenMail:
    def test_no_sender_at_all_is_a_parse_error(self):
        with pytest.raises(ParseError, match="no sender"):
            parse(b"garbage \xff\xfe no headers at all")

    def test_header_that_crashes_the_stdlib_default_policy_is_still_read(self):
        # policy.default raises IndexError on this Content-Type; parse_mail falls back to compat32.
        raw = (b"From: Jane <jane@example.org>\r\nMessage-ID: <x@y>\r\n"
               b"Content-Type: text/plain; charset*\r=utf-8\r\n\r\nhi")
        parsed = parse(raw)
        assert parsed.message.customer_email == "jane@example.org"
        assert parsed.message.text.endswith("hi")

    def test_address_groups_and_broken_addresses_do_not_raise(self):
        raw = mail("hi", to='undisclosed-recipients:;, "\n(<x" <y@z>, Shop <shop@example.com>')
        assert parse(raw).message.direction is Direction.IN

    def test_broken_base64_is_decoded_as_far_as_possible(self):
        raw = mail("SGVsbG8gd29y!!!bGQ=\n", cte="base64")
        assert "Hello" in parse(raw).message.text


MUTATION_ALPHABET = b"\"<>@,;:\\()[]=?*' \t\r\n\xff\xe9%-X"


@given(st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=3).map(
    lambda b: bytes(MUTATION_ALPHABET[x % len(MUTATION_ALPHABET)] for x in b))), min_size=1, max_size=6))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_mail_parses_or_raises_parse_error_only(mutations):
    raw = bytearray(nested_mail())
    for position, insert in mutations:
        position %= len(raw)
        raw[position:position] = insert
    try:
        parsed = parse(bytes(raw))
    except ParseError:
        return
    assert isinstance(parsed.message.text, str) and isinstance(parsed.full_text, str)


@given(st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_random_bytes_parse_or_raise_parse_error_only(raw):
    try:
        parse(b"From: a@b.c\r\n" + raw)
    except ParseError:
        pass
