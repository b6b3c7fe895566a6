"""The reply box's operations (issue 11): macros titled in the agent's language with a preview
beside its meaning, macros that act once sent, files checked per platform, the account's
signature, WhatsApp templates filled from the order, and what a WhatsApp reply costs."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from desk.accounts import save_account
from desk.app import knowledge, replies
from desk.app.replies import ReplyLanguage
from desk.app.workspace import Workspace
from desk.domain import AttachmentData, Channel, Direction, IncomingMessage
from desk.domain.records import OrderItemRecord, OrderRecord, ShipmentRecord
from desk.knowledge import KbEntry, KbText, save_entries
from desk.knowledge.actions import MacroActions
from desk.storage.ingest import Ingestor
from desk.storage.orders import upsert_orders

GERMAN_REFUND = "Guten Tag {{ customer_name }}, die Erstattung für {{ order_id }} ist veranlasst."
REFUND = KbEntry("refund-done", "macro", {
    "de": KbText("Erstattung veranlasst", GERMAN_REFUND),
    "zh": KbText("退款已处理", "{{ customer_name }}您好，订单{{ order_id }}的退款已处理。"),
    "en": KbText("Refund issued", "Hello {{ customer_name }}, the refund for {{ order_id }} is issued."),
}, intent="refund_status", actions=MacroActions("resolved", None, "me", ("refunded",), ()))
SIZES = KbEntry("size-chart", "macro", {"en": KbText("Size chart", "Our sizes run small, {{ customer_name }}.")},
                intent="size_exchange")


@pytest.fixture
def ws(db):
    workspace = Workspace(db, interface_language="zh")
    workspace.agent_name = "li.na"
    yield workspace
    workspace.executors.shutdown()


def conversation(db, channel: Channel, *, settings=None, hours_ago: float = 1, order: str | None = "#1163") -> int:
    account = save_account(db, channel, channel.value, settings or {})
    thread = "+4915112345678" if channel is Channel.WHATSAPP else "jana@example.de"
    Ingestor(db).ingest([IncomingMessage(
        account, f"m-{channel.value}", thread, Direction.IN, "Hallo, wo ist meine Erstattung?",
        datetime.now(UTC) - timedelta(hours=hours_ago), customer_name="Jana", customer_email="jana@example.de",
        customer_phone="+4915112345678", language="de", order_external_id=order)])
    if order:
        with db.engine.begin() as conn:
            upsert_orders(conn, [OrderRecord(
                account, order, "shipped", "EUR", Decimal("99.90"), datetime(2026, 11, 2, tzinfo=UTC), None, None,
                items=[OrderItemRecord("LIN-240", "Bettwäsche Leinen", 1, Decimal("99.90"))],
                shipments=[ShipmentRecord("DHL", "JJD0001", "in_transit", datetime(2026, 11, 3, tzinfo=UTC))])])
    return db.fetch_all("SELECT id FROM conversations ORDER BY id DESC LIMIT 1")[0][0]


def run(coro):
    return asyncio.run(coro)


def test_macros_are_titled_in_the_agents_language_and_insert_the_customers(db, ws):
    save_entries(db, [REFUND, SIZES])
    for query in ("", "退款", "Erstattung"):
        choices = {c.slug: c for c in run(knowledge.macro_choices(ws, query, "de"))}
        refund = choices["refund-done"]
        assert (refund.title, refund.title_language, refund.language) == ("退款已处理", "zh", "de"), query
        assert refund.actions.status == "resolved"
    sizes = {c.slug: c for c in run(knowledge.macro_choices(ws, "", "de"))}["size-chart"]
    assert (sizes.title, sizes.language) == ("Size chart", "en")  # only what the KB has


def test_a_macro_preview_shows_the_text_inserted_beside_the_agents_own_version(db, ws):
    save_entries(db, [REFUND, SIZES])
    cid = conversation(db, Channel.SHOPIFY)
    preview = run(knowledge.macro_preview(ws, cid, "refund-done", "de"))
    assert preview.text == "Guten Tag Jana, die Erstattung für #1163 ist veranlasst."
    assert (preview.translation, preview.translation_source) == ("Jana您好，订单#1163的退款已处理。", "kb")
    offline = run(knowledge.macro_preview(ws, cid, "size-chart", "en"))  # no Chinese text, no translator
    assert offline.text == "Our sizes run small, Jana." and offline.translation_source == ""


def test_a_macro_that_acts_resolves_tags_and_assigns_once_its_reply_is_queued(db, ws):
    save_entries(db, [REFUND])
    cid = conversation(db, Channel.SHOPIFY)
    text = "Guten Tag Jana, die Erstattung ist veranlasst."
    refused = run(replies.send_reply(ws, cid, "", ReplyLanguage("de", "de"), actions=REFUND.actions))
    assert refused.refused == "empty"
    assert db.fetch_all("SELECT status, assignee FROM conversations") == [("open", None)]
    outcome = run(replies.send_reply(ws, cid, text, ReplyLanguage("de", "de"), actions=REFUND.actions))
    assert outcome.sent and outcome.action_problem is None and outcome.changes.touches(cid)
    assert db.fetch_all("SELECT status, assignee FROM conversations") == [("resolved", "li.na")]
    assert db.fetch_all("SELECT tag FROM conversation_tags") == [("refunded",)]
    snoozing = MacroActions(None, 48, None, (), ())
    later = run(replies.send_reply(ws, cid, "Noch etwas?", ReplyLanguage("de", "de"), actions=snoozing))
    assert later.sent and later.action_problem is None
    assert db.fetch_all("SELECT status FROM conversations") == [("snoozed",)]
    assert db.fetch_all("SELECT kind FROM audit_events WHERE conversation_id = :c ORDER BY id", {"c": cid}) == [
        ("conversation.resolve",), ("conversation.assign",), ("conversation.tag",), ("conversation.snooze",)]
    to_nobody_known = MacroActions(None, None, "no.such.agent", (), ())
    last = run(replies.send_reply(ws, cid, "Bis bald.", ReplyLanguage("de", "de"), actions=to_nobody_known))
    assert last.sent and last.action_problem == "assign"  # the reply went; the agent is told


def test_files_are_checked_against_the_platform_before_anything_is_queued(db, ws, tmp_path):
    cid = conversation(db, Channel.AMAZON)
    (tmp_path / "label.pdf").write_bytes(b"%PDF-1.4 return label")
    (tmp_path / "video.mp4").write_bytes(b"\0" * 64)
    label = run(replies.read_attachment(ws, tmp_path / "label.pdf"))
    video = run(replies.read_attachment(ws, tmp_path / "video.mp4"))
    assert (label.filename, label.mime_type) == ("label.pdf", "application/pdf")
    assert "video.mp4" in run(replies.check_attachments(ws, cid, [video]))
    refused = run(replies.send_reply(ws, cid, "Hallo, anbei das Etikett.", ReplyLanguage("de", "de"),
                                     attachments=[label, video]))
    assert refused.refused == "attachments" and "video.mp4" in refused.reason
    assert db.fetch_all("SELECT count(*) FROM outbox") == [(0,)]
    sent = run(replies.send_reply(ws, cid, "Hallo, anbei das Etikett für Ihre Rücksendung.",
                                  ReplyLanguage("de", "de"), attachments=[label]))
    assert sent.sent
    assert json.loads(db.fetch_all("SELECT payload_json FROM outbox")[0][0])["attachments"][0]["filename"] == "label.pdf"
    with pytest.raises(Exception, match="cannot be read"):
        run(replies.read_attachment(ws, tmp_path / "missing.pdf"))


def test_the_accounts_signature_goes_below_the_reply_as_written_and_is_checked_with_it(db, ws):
    cid = conversation(db, Channel.SHOPIFY, settings={"signature": "Lumora Home · Kundenservice"})
    prepared = run(replies.prepare_reply(ws, cid, "Hallo Jana, Ihre Erstattung ist unterwegs.",
                                         ReplyLanguage("de", "de")))
    assert prepared.text == "Hallo Jana, Ihre Erstattung ist unterwegs.\n\nLumora Home · Kundenservice"
    assert prepared.signature == "Lumora Home · Kundenservice" and not prepared.blocked
    assert replies.signed(prepared.text, prepared.signature) == prepared.text  # once
    amazon = conversation(db, Channel.AMAZON, settings={"signature": "Lumora · www.lumora.example"})
    checked = run(replies.prepare_reply(ws, amazon, "Hallo Jana, Ihre Erstattung ist unterwegs.",
                                        ReplyLanguage("de", "de")))
    assert any(v.rule_id.startswith("amazon.") and v.severity == "block" for v in checked.violations)


TEMPLATES = ("order_shipped:de:utility = Hallo {{customer_name}}, Ihre Bestellung {{order_id}} ist mit "
             "{{carrier}} unterwegs: {{tracking_number}}\nspring_sale:de:marketing\n")


def test_templates_are_filled_from_the_order_priced_and_sent_with_their_parameters(db, ws):
    cid = conversation(db, Channel.WHATSAPP, settings={"templates": TEMPLATES}, hours_ago=30)
    shipped, sale = run(replies.template_choices(ws, cid))
    assert shipped.parameters == ("customer_name", "order_id", "carrier", "tracking_number")
    assert shipped.values == ("Jana", "#1163", "DHL", "JJD0001") and not shipped.missing
    assert shipped.preview == "Hallo Jana, Ihre Bestellung #1163 ist mit DHL unterwegs: JJD0001"
    assert (shipped.cost.category, sale.cost.category) == ("utility", "marketing")
    assert sale.cost.amount > shipped.cost.amount and sale.preview == ""
    corrected = ("Jana", "#1163", "DHL Paket", "JJD0001")
    outcome = run(replies.send_template(ws, cid, "order_shipped", "de", corrected))
    assert outcome.sent
    payload = json.loads(db.fetch_all("SELECT payload_json FROM outbox")[0][0])
    assert payload["template"] == ["order_shipped", "de", list(corrected)]
    assert payload["pricing"]["category"] == "utility"
    assert db.fetch_all("SELECT body FROM outbox") == [("Hallo Jana, Ihre Bestellung #1163 ist mit DHL Paket "
                                                        "unterwegs: JJD0001",)]
    empty = run(replies.send_template(ws, cid, "order_shipped", "de", ("Jana", "", "DHL", "JJD0001")))
    assert empty.refused == "template_parameters" and empty.reason == "order_id"


def test_template_lines_that_do_not_read_are_refused_when_the_account_is_saved(db):
    from desk.accounts import validate
    from desk.errors import InvalidSettings

    base = {"phone_number_id": "1", "relay_url": "http://127.0.0.1:1", "access_token": "t", "relay_token": "r"}
    for line, problem in (("Order-Shipped:de", "lowercase"), ("x:de:promo", "category"),
                          ("x:de = Hi {{nickname}}", "unknown parameter nickname")):
        with pytest.raises(InvalidSettings, match=problem):
            validate(Channel.WHATSAPP, {**base, "templates": line})


def test_the_cost_of_the_next_reply_and_of_each_sent_one(db, ws):
    cid = conversation(db, Channel.WHATSAPP, settings={"templates": TEMPLATES})
    free = run(replies.reply_cost(ws, cid))
    assert free.category == "service" and free.currency
    assert run(replies.reply_cost(ws, cid, ("spring_sale", "de"))).category == "marketing"
    run(replies.send_reply(ws, cid, "Hallo Jana, Ihr Paket ist unterwegs.", ReplyLanguage("de", "de")))
    [(message_id, cost)] = run(replies.message_costs(ws, cid)).items()
    assert cost.category == "service" and message_id
    assert run(replies.reply_cost(ws, conversation(db, Channel.EMAIL, order=None))) is None
    assert AttachmentData  # the window hands files over as desk.domain values
