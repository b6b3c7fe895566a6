"""Property tests over every parser of outside input (issue 10): whatever arrives, nothing escapes
but the project's own declared errors — mail (ParseError), webhooks (nothing: unreadable parts
are listed), the relay (HTTP 200/400/413, and its feed keeps answering), Shopify and Amazon order
mappers (Malformed / MalformedOrder), and the HTML sanitiser (inert output)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.html import sanitise_html

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@st.composite
def mutated(draw, document: Any) -> Any:
    """`document` with a few sub-values replaced by arbitrary JSON (wrong types, NaN, huge numbers)
    or removed."""
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            return draw(JSON)
        path = draw(st.sampled_from(paths))
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON)
    return doc


# --- WhatsApp webhooks ------------------------------------------------------------------------

def _webhook_samples() -> list[Any]:
    from tests.unit.desk.whatsapp.stack import samples

    found = []
    for name in ("message", "message_status", "callback_button", "callback_selection"):
        found += list(samples(name).values())
    return found


WEBHOOKS = _webhook_samples()


@given(st.sampled_from(WEBHOOKS).flatmap(mutated))
@FAST
def test_the_webhook_parser_never_raises(payload):
    from desk.connectors.whatsapp.events import parse_envelope

    parsed = parse_envelope(payload, 1, "1122334455667")
    assert all(isinstance(m.text, str) and m.external_id for m in parsed.messages)
    assert all(isinstance(reason, str) for reason in parsed.skipped)


@given(st.lists(st.sampled_from(WEBHOOKS).flatmap(mutated) | JSON, max_size=4))
@FAST
def test_a_relay_page_of_anything_is_read_or_quarantined(events):
    import httpx

    from desk.connectors.base import Unavailable
    from desk.connectors.whatsapp.connector import _relay_page, unreadable_event

    page = {"events": [{"cursor": n + 1, "payload": e} if n % 3 else e for n, e in enumerate(events)],
            "next": len(events), "store": "s", "last": len(events)}
    try:
        read = _relay_page(httpx.Response(200, content=json.dumps(page).encode()), 0)
    except Unavailable:
        return
    for event in read.events:  # what pull() does with each
        unreadable_event(event.cursor, event.payload, ["x"])
    assert len(read.events) + len(read.unreadable) == len(events)


# --- the relay ------------------------------------------------------------------------------------

@given(st.binary(max_size=300) | st.sampled_from(WEBHOOKS).flatmap(mutated).map(
    lambda p: json.dumps(p).encode()))
@FAST
def test_the_relay_checks_never_raise(body):
    from desk.relay.app import envelope_problem, strict_json

    problem = envelope_problem(body)
    if problem is None:
        assert isinstance(strict_json(body), dict)
        json.dumps(strict_json(body), allow_nan=False)  # servable as standard JSON


@pytest.fixture(scope="module")
def relay(tmp_path_factory):
    from tests.unit.desk.whatsapp.stack import running_relay

    with running_relay(tmp_path_factory.mktemp("relay") / "relay.sqlite3", max_body_bytes=2048) as running:
        yield running


def test_the_relay_under_hostile_signed_bodies_keeps_its_feed(relay):
    import httpx

    from tests.unit.desk.whatsapp.stack import RELAY_TOKEN, signed

    @given(st.binary(max_size=3000) | st.sampled_from(WEBHOOKS).flatmap(mutated).map(
        lambda p: json.dumps(p).encode()))
    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def deliver(body):
        answer = client.post(f"{relay.url}/webhook", content=body, headers=signed(body)[1])
        assert answer.status_code in (200, 400, 413)

    with httpx.Client(timeout=10) as client:
        deliver()
        feed = client.get(f"{relay.url}/events", params={"limit": 1000},
                          headers={"Authorization": f"Bearer {RELAY_TOKEN}"})
    assert feed.status_code == 200
    assert all("payload" in e for e in feed.json()["events"])


# --- order mappers --------------------------------------------------------------------------------

def _amazon_samples():
    from tests.unit.desk.amazon.test_mapping import ORDERS_2026, V0_ITEMS, V0_ORDERS

    return V0_ORDERS, V0_ITEMS, ORDERS_2026


@given(st.data())
@FAST
def test_amazon_mappers_raise_only_malformed_order(data):
    from desk.connectors.amazon.mapping import MalformedOrder, order_from_2026, order_from_v0

    v0_orders, v0_items, orders_2026 = _amazon_samples()
    if data.draw(st.booleans()):
        raw = data.draw(mutated(data.draw(st.sampled_from(orders_2026))))
        call = lambda: order_from_2026(1, raw, "USD")  # noqa: E731
    else:
        raw = data.draw(mutated(data.draw(st.sampled_from(v0_orders))))
        items = data.draw(mutated(v0_items))
        call = lambda: order_from_v0(1, raw, items if isinstance(items, list) else [], None, "USD")  # noqa: E731
    if not isinstance(raw, dict):
        return
    try:
        record = call()
    except MalformedOrder:
        return
    assert record.external_id and record.currency


@given(st.data())
@FAST
def test_the_shopify_mapper_raises_only_malformed(data):
    from desk.connectors.shopify.orders import Malformed, order_record
    from tests.unit.desk.shopify.test_shopify_mapping import node

    raw = data.draw(mutated(node()))
    try:
        record = order_record(raw, 1)
    except Malformed:
        return
    assert record.external_id


# --- HTML sanitiser -------------------------------------------------------------------------------

TAGS = st.sampled_from(["script", "style", "img", "a", "table", "td", "div", "iframe", "svg", "p", "b", "form"])
ATTRS = st.sampled_from(["onerror", "onclick", "src", "href", "style", "width", "height", "srcset", "xmlns"])
VALUES = st.sampled_from(["javascript:alert(1)", "https://tracker.example/p.gif", "cid:x", "data:image/png;base64,AA",
                          "99999999", "expression(x)", "\"><script>x</script>", ""])


@st.composite
def html_soup(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(TAGS)
        attrs = " ".join(f'{draw(ATTRS)}="{draw(VALUES)}"' for _ in range(draw(st.integers(0, 3))))
        parts.append(draw(st.sampled_from([f"<{tag} {attrs}>", f"</{tag}>", draw(st.text(max_size=20))])))
    return "".join(parts)


@given(html_soup() | st.text(max_size=500))
@FAST
def test_sanitised_html_is_inert_and_shown_within_bounds(markup):
    from desk.domain.display import SHOW_CHARS, shown_body

    from html.parser import HTMLParser

    from desk.html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS

    clean = sanitise_html(markup)
    seen: list[tuple[str, list]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            seen.append((tag, attrs))

    Tags().feed(clean)
    for tag, attrs in seen:
        assert tag in ALLOWED_TAGS
        for name, value in attrs:
            assert name in ALLOWED_ATTRIBUTES.get(tag, set()) or name == "rel", (tag, name)
            if tag == "img" and name == "src":
                assert (value or "").startswith(("cid:", "data:image/"))  # nothing remote loads
            if name == "href":
                assert not (value or "").lower().startswith("javascript:")
    assert len(shown_body("text", clean).html) <= max(len(clean) * 3, 2 * SHOW_CHARS)


# --- MIME ----------------------------------------------------------------------------------------

HEADER_VALUES = st.sampled_from([
    "=?utf-8?B?SsO8cmdlbg==?= <j@example.de>", "=?UTF-8?B?SmFuZSA8amFuZUBleGFtcGxlLm9yZz4=?=",
    "=?x\x00y?Q?=FF?=", "\"unterminated <a@b", "<>", "a@b, , ,", "(comment) a@b (x)", "=?utf-8?Q?", "",
])
CONTENT_TYPES = st.sampled_from([
    "text/plain", "text/plain; charset=\"utf\x00-8\"", "text/html; charset=gb2312", "text/plain;; charset=;",
    "multipart/mixed; boundary=\"b\"", "multipart/mixed", "text/plain; charset*=utf-8''%ZZ", "message/rfc822",
])
CTES = st.sampled_from(["base64", "quoted-printable", "8bit", "x-uuencode", "BASE64 ", ""])


@st.composite
def structured_mail(draw) -> bytes:
    headers = [f"From: {draw(HEADER_VALUES)}", f"Subject: {draw(HEADER_VALUES)}", f"To: shop@example.com",
               f"Content-Type: {draw(CONTENT_TYPES)}", f"Content-Transfer-Encoding: {draw(CTES)}"]
    body = draw(st.binary(max_size=400) | st.sampled_from([
        b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n", b"SGVsbG8gd29ybGQsIHdoZXJlIGlzIG15IHBhcmNlbD8=\r\n",
        b"Gr=C3=BC=C3=9Fe=\r\n aus M=FCnchen\r\n", "请尽快退款".encode("gb18030")]))
    return "\r\n".join(headers).encode("utf-8", "surrogateescape") + b"\r\n\r\n" + body


@given(structured_mail())
@FAST
def test_structured_hostile_mail_parses_or_raises_parse_error(raw):
    from desk.connectors.mail.authenticity import MailTrust
    from desk.connectors.mail.parse import ParseError, parse_mail

    try:
        parsed = parse_mail(raw, 1, {"shop@example.com"}, trust=MailTrust(("mx.example",)))
    except ParseError:
        return
    assert isinstance(parsed.message.text, str) and parsed.message.customer_email or parsed.message.customer_name
