"""MIME bombs end in a ParseError, quickly, instead of eating memory or the stack.

The time bounds are generous (each case takes well under a second here); they only catch a parser
that starts decoding or walking everything before refusing.
"""

import base64
import time

import pytest

from desk.connectors.mail.parse import MimeLimits, ParseError, parse_mail

from .samples import crlf

HEAD = "From: attacker@example.org\r\nMessage-ID: <bomb@example.org>\r\n"
QUICK_SECONDS = 10


def parse_quickly(raw: bytes, limits: MimeLimits = MimeLimits()):
    started = time.monotonic()
    try:
        return parse_mail(raw, 1, set(), limits=limits)
    finally:
        assert time.monotonic() - started < QUICK_SECONDS


def test_deep_nesting():
    depth = 5000
    opening = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(depth))
    closing = "".join(f"--b{i}--\r\n" for i in reversed(range(depth)))
    raw = (HEAD + opening + "Content-Type: text/plain\r\n\r\nx\r\n" + closing).encode()
    with pytest.raises(ParseError, match="MIME"):
        parse_quickly(raw)


def test_nesting_just_over_the_limit_from_a_few_boundaries():
    limits = MimeLimits(max_depth=5)
    opening = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(7))
    closing = "".join(f"--b{i}--\r\n" for i in reversed(range(7)))
    raw = (HEAD + opening + "Content-Type: text/plain\r\n\r\nx\r\n" + closing).encode()
    with pytest.raises(ParseError, match="nested deeper than 5"):
        parse_quickly(raw, limits)


def test_nesting_within_the_limit_is_fine():
    opening = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(5))
    closing = "".join(f"--b{i}--\r\n" for i in reversed(range(5)))
    raw = (HEAD + opening + "Content-Type: text/plain\r\n\r\ninnermost\r\n" + closing).encode()
    assert parse_quickly(raw).message.text == "innermost"


def test_thousands_of_parts():
    parts = "".join("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(20000))
    raw = (HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + "--b--\r\n").encode()
    with pytest.raises(ParseError, match="more than 250 MIME parts"):
        parse_quickly(raw)


def test_parts_hidden_inside_an_attached_message_count_too():
    inner = "".join("--i\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(30))
    raw = crlf(f"""\
{HEAD}Content-Type: multipart/mixed; boundary=o

--o
Content-Type: text/plain

hello
--o
Content-Type: message/rfc822

From: someone@example.org
Content-Type: multipart/mixed; boundary=i

{inner}--i--
--o--
""").encode()
    with pytest.raises(ParseError, match="more than 20 MIME parts"):
        parse_quickly(raw, MimeLimits(max_parts=20))


def test_one_huge_base64_part():
    data = base64.encodebytes(b"\0" * (30 * 2**20)).decode()
    raw = (HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
           "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + data + "\r\n--b--\r\n").encode()
    with pytest.raises(ParseError, match="exceeds the limit"):
        parse_quickly(raw)


def test_many_parts_that_add_up_over_the_total():
    limits = MimeLimits(max_part_bytes=2**20, max_total_bytes=3 * 2**20)
    part = base64.encodebytes(b"A" * (2**20 - 10)).decode()
    parts = "".join(f"--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    f"{part}\r\n" for _ in range(4))
    raw = (HEAD + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + "--b--\r\n").encode()
    with pytest.raises(ParseError, match="decoded parts exceed"):
        parse_quickly(raw, limits)


def test_raw_size_limit():
    with pytest.raises(ParseError, match="exceeds the limit of 1000"):
        parse_quickly((HEAD + "\r\n" + "x" * 2000).encode(), MimeLimits(max_raw_bytes=1000))


def test_deep_nesting_of_attached_messages():
    depth = 3000  # message/rfc822 needs no boundaries, so only the walk (or the stack) stops it
    raw = (HEAD + "Content-Type: message/rfc822\r\n\r\n" * depth + "From: x@y\r\n\r\ninnermost\r\n").encode()
    with pytest.raises(ParseError, match="nested deeper"):
        parse_quickly(raw)
