"""Bounded rendering (issue 10): what the conversation view is given of a body never grows with
the sender's input, and what is left out is said (show everything)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.bench.pathological import pathological_mails
from desk.connectors.mail.parse import parse_mail
from desk.domain.display import (
    IMAGE_MAX_PX,
    MAX_IMAGES,
    SHOW_CHARS,
    SHOW_LINES,
    breakable,
    shown_body,
    text_part,
)
from desk.html import sanitise_html


def longest_run(markup: str) -> int:
    import re

    return max((len(run) for run in re.split(r"[\s\u200b<>]", markup)), default=0)


def test_a_2_mib_line_is_shown_in_part_with_break_opportunities():
    shown = shown_body("x" * 2 * 2**20)
    assert shown.cut and len(shown.html) < SHOW_CHARS * 2
    assert longest_run(shown.html) <= 80


def test_fifty_thousand_lines_are_shown_in_part():
    shown = shown_body("\n".join(f"line {i}" for i in range(50_000)))
    assert shown.cut and shown.html.count("<br>") < SHOW_LINES


def test_a_short_body_is_shown_whole():
    shown = shown_body("Hello,\nwhere is my parcel?")
    assert not shown.cut and shown.html == "Hello,<br>where is my parcel?"


def test_images_are_clamped_in_size_and_number():
    html = sanitise_html("".join(f'<img src="cid:i{n}" width="10" height="99999999">' for n in range(500)))
    shown = shown_body("text", html)
    assert shown.html.count("<img") == MAX_IMAGES
    assert "99999999" not in shown.html and f'height="{IMAGE_MAX_PX}"' in shown.html


def test_deeply_nested_html_falls_back_to_its_text():
    nested = sanitise_html("<table><tr><td>" * 30 + "deep" + "</td></tr></table>" * 30)
    shown = shown_body("deep", nested)
    assert shown.html == "deep" and shown.cut
    assert shown_body("deep", "<div>" * 500 + "deep" + "</div>" * 500).html == "deep"


def test_html_with_a_long_run_gets_break_opportunities_outside_tags_and_entities():
    shown = shown_body("", '<p><a href="https://example.com/' + "a" * 300 + '">' + "b" * 300 + "&amp;" + "</a></p>")
    assert "a" * 300 in shown.html  # the link target is untouched
    assert "b" * 81 not in shown.html and "&amp;" in shown.html


def test_every_pathological_mail_is_shown_within_the_bounds():
    for name, raw in pathological_mails().items():
        message = parse_mail(raw, 1, {"shop@example.com"}).message
        shown = shown_body(message.text, sanitise_html(message.html) if message.html else None)
        assert len(shown.html) < 6 * SHOW_CHARS + 40 * 200, name
        assert longest_run(shown.html) <= 400, name


@given(st.text(max_size=3000).filter(lambda t: "\u200b" not in t), st.integers(1, 500), st.integers(1, 50))
@settings(max_examples=200, deadline=None)
def test_text_part_is_a_prefix_within_the_limits(text, chars, lines):
    part, cut = text_part(text, chars, lines)
    assert text.startswith(part) and len(part) <= chars and part.count("\n") < lines
    assert cut == (part != text)
    assert breakable(part).replace("\u200b", "") == part
